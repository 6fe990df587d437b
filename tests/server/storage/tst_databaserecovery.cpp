// The database going away under a running server: 503 with a clear problem,
// the server stays up, nothing half-written, and it recovers by itself when
// the database is back. PostgreSQL is reached through a TCP relay that the
// test cuts and restores, like a network drop or a database restart.

#include "server/instance/serverinstance.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

using namespace Qt::StringLiterals;
using TestSupport::HttpClient;

// Relays TCP connections from a loopback port to the real database. It runs
// on its own thread: libpq connects synchronously from the server's thread.
class TcpRelay : public QObject
{
public:
    TcpRelay(const QString &targetHost, quint16 targetPort)
        : m_targetHost(targetHost)
        , m_targetPort(targetPort)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection()) {
                auto *upstream = new QTcpSocket(client);
                upstream->connectToHost(m_targetHost, m_targetPort);
                connect(client, &QTcpSocket::readyRead, upstream,
                        [client, upstream] { upstream->write(client->readAll()); });
                connect(upstream, &QTcpSocket::readyRead, client,
                        [client, upstream] { client->write(upstream->readAll()); });
                connect(upstream, &QTcpSocket::disconnected, client,
                        &QTcpSocket::disconnectFromHost);
                connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
                m_clients.append(client);
            }
        });
    }

    bool start(quint16 port = 0)
    {
        if (!m_server.listen(QHostAddress::LocalHost, port))
            return false;
        m_port = m_server.serverPort();
        return true;
    }

    // Refuse new connections and drop the open ones.
    void cut()
    {
        m_server.close();
        for (const QPointer<QTcpSocket> &client : std::as_const(m_clients)) {
            if (client)
                client->abort();
        }
        m_clients.clear();
    }

    quint16 port() const { return m_port; }

private:
    QTcpServer m_server{this}; // a child, so that it moves to the relay's thread
    QString m_targetHost;
    quint16 m_targetPort;
    quint16 m_port = 0;
    QList<QPointer<QTcpSocket>> m_clients;
};

// Owns a TcpRelay on a thread of its own and calls it there.
class RelayThread
{
public:
    RelayThread(const QString &host, quint16 port)
    {
        m_thread.start();
        m_relay = new TcpRelay(host, port);
        m_relay->moveToThread(&m_thread);
    }
    ~RelayThread()
    {
        QMetaObject::invokeMethod(
            m_relay, [this] { delete m_relay; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    bool start(quint16 port = 0)
    {
        bool ok = false;
        QMetaObject::invokeMethod(
            m_relay, [&] { ok = m_relay->start(port); }, Qt::BlockingQueuedConnection);
        return ok;
    }
    void cut()
    {
        QMetaObject::invokeMethod(
            m_relay, [this] { m_relay->cut(); }, Qt::BlockingQueuedConnection);
    }
    quint16 port() const { return m_relay->port(); }

private:
    QThread m_thread;
    TcpRelay *m_relay = nullptr;
};

class tst_DatabaseRecovery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void answers503WhileGoneAndRecovers();

private:
    qint64 latestRevision(const QByteArray &token);

    QTemporaryDir m_dir;
    std::unique_ptr<RelayThread> m_relay;
    std::unique_ptr<ServerInstance> m_server;
    std::unique_ptr<HttpClient> m_http;
};

void tst_DatabaseRecovery::initTestCase()
{
    DatabaseUrl url;
    TRESEN_FRESH_DATABASE(url, u"tst_databaserecovery"_s, m_dir);
    m_relay = std::make_unique<RelayThread>(url.host, static_cast<quint16>(url.port));
    QVERIFY(m_relay->start());
    url.host = u"127.0.0.1"_s;
    url.port = m_relay->port();
    QString error;
    m_server = TestSupport::startDemoServer(url, &error);
    QVERIFY2(m_server, qPrintable(error));
    m_http = std::make_unique<HttpClient>(QUrl(m_server->baseUrl()));
}

void tst_DatabaseRecovery::cleanupTestCase()
{
    m_http.reset();
    m_server.reset();
    m_relay.reset();
}

qint64 tst_DatabaseRecovery::latestRevision(const QByteArray &token)
{
    return m_http->get(u"/api/v1/changes?since=0&limit=1"_s, token)
        .json.toObject()
        .value(u"revision"_s)
        .toInteger();
}

void tst_DatabaseRecovery::answers503WhileGoneAndRecovers()
{
    const QByteArray token = m_http->login(u"admin"_s, u"demo"_s);
    QVERIFY(!token.isEmpty());
    QCOMPARE(m_http->get(u"/api/v1/offices"_s, token).status, 200);
    const qint64 revisionBefore = latestRevision(token);

    m_relay->cut();

    const auto offices = m_http->get(u"/api/v1/offices"_s, token);
    QCOMPARE(offices.status, 503);
    QCOMPARE(offices.header("Content-Type"), QByteArray("application/problem+json"));
    QVERIFY(offices.json.toObject().value(u"detail"_s).toString().contains(u"database"_s));
    QCOMPARE(m_http->get(u"/api/v1/health"_s).status, 503);
    const QByteArray rename = R"json({"name": "Schalter 1 (neu)"})json";
    QCOMPARE(m_http
                 ->send("PATCH", u"/api/v1/counters/1"_s, rename, token,
                        {qMakePair(QByteArray("Idempotency-Key"), QByteArray("during-outage"))})
                 .status,
             503);

    QVERIFY(m_relay->start(m_relay->port()));

    QCOMPARE(m_http->get(u"/api/v1/health"_s).status, 200);
    QCOMPARE(m_http->get(u"/api/v1/offices"_s, token).status, 200);
    QCOMPARE(latestRevision(token), revisionBefore); // the refused write left nothing
    // The retry with the same key is applied now, exactly once.
    const auto retried =
        m_http->send("PATCH", u"/api/v1/counters/1"_s, rename, token,
                     {qMakePair(QByteArray("Idempotency-Key"), QByteArray("during-outage"))});
    QCOMPARE(retried.status, 200);
    QVERIFY(retried.header("Idempotent-Replayed").isEmpty());
    QCOMPARE(latestRevision(token), revisionBefore + 1);
}

QTEST_GUILESS_MAIN(tst_DatabaseRecovery)
#include "tst_databaserecovery.moc"
