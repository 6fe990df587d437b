// A city in a box, as `scripts/dev city` starts it: two tresen-server
// processes on one PostgreSQL and the shipped HAProxy configuration in front,
// with TLS. Everything through the proxy: the events WebSocket, the body
// limits (a 300 MiB body never reaches a server), chunked bodies refused,
// and a server killed with SIGKILL under load loses nothing: the clients go
// on through the other one, and the displays whose event tunnel ran through
// it lose one reconnect, no call.

#include "core/sync/backendclient.h"
#include "core/sync/eventstream.h"
#include "core/sync/trustedauthorities.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>
#include <QWebSocket>

#include <array>
#include <csignal>
#include <optional>

using namespace Qt::StringLiterals;
using TestSupport::HttpClient;

class tst_City : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aCallReachesTheDisplayThroughTheProxy();
    void aHugeBodyNeverReachesAServer();
    void chunkedBodiesAreRefused();
    void aKilledServerLosesNothing();

private:
    // The peak resident memory of a server process (VmHWM), in KiB.
    static qint64 peakMemoryKiB(qint64 pid);
    // Sends a request head and `bodyBytes` of body over TLS to the proxy;
    // the status line it answers with.
    QByteArray rawRequest(const QByteArray &head, qint64 bodyBytes);

    QTemporaryDir m_dir;
    QProcess m_city;
    QUrl m_proxy;
    QList<qint64> m_serverPids;
};

void tst_City::initTestCase()
{
    DatabaseUrl database;
    TRESEN_FRESH_DATABASE(database, u"tst_city"_s, m_dir);
    if (database.kind != DatabaseUrl::Kind::Postgresql)
        QSKIP("Several servers share a database on PostgreSQL only.");
    if (QStandardPaths::findExecutable(u"haproxy"_s, {u"/usr/sbin"_s, u"/usr/bin"_s}).isEmpty())
        QFAIL("HAProxy is not installed (scripts/dev deps installs it).");
    const QString root =
        QFileInfo(QStringLiteral(QT_TESTCASE_SOURCEDIR) + u"/.."_s).absoluteFilePath();
    m_city.setWorkingDirectory(root);
    m_city.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_city.start(u"bash"_s, {root + u"/scripts/dev"_s, u"city"_s, u"--no-build"_s, u"--bin"_s,
                             QFileInfo(QStringLiteral(TRESEN_SERVER_BINARY)).absolutePath(),
                             u"--database"_s, database.redacted()});
    QString certificate;
    QByteArray output;
    while (!output.contains("city: ready")) {
        QVERIFY2(m_city.waitForReadyRead(60000), output.constData());
        output += m_city.readAllStandardOutput();
    }
    for (const QString &line : QString::fromUtf8(output).split(u'\n')) {
        if (line.startsWith(u"city: proxy "_s))
            m_proxy = QUrl(line.mid(12).trimmed());
        else if (line.startsWith(u"city: certificate "_s))
            certificate = line.mid(18).trimmed();
        else if (line.startsWith(u"city: pids "_s)) {
            const QStringList pids = line.mid(11).split(u' ', Qt::SkipEmptyParts);
            for (const QString &pid : pids.mid(0, pids.size() - 1)) // the last one is HAProxy
                m_serverPids.append(pid.toLongLong());
        }
    }
    QVERIFY(m_proxy.scheme() == u"https"_s);
    QCOMPARE(m_serverPids.size(), 2);
    // Trust the city's own certificate, as a city's PCs trust its CA.
    QString error;
    QVERIFY2(trustCertificateAuthorities(certificate, &error), qPrintable(error));
    QCOMPARE(HttpClient(m_proxy).get(u"/api/v1/health"_s).status, 200);
}

void tst_City::cleanupTestCase()
{
    if (m_city.state() == QProcess::NotRunning)
        return;
    m_city.terminate(); // the script stops the servers and HAProxy
    if (!m_city.waitForFinished(30000))
        m_city.kill();
}

qint64 tst_City::peakMemoryKiB(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression peak(u"VmHWM:\\s+(\\d+) kB"_s);
    const auto match = peak.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

QByteArray tst_City::rawRequest(const QByteArray &head, qint64 bodyBytes)
{
    QSslSocket socket;
    socket.connectToHostEncrypted(m_proxy.host(), quint16(m_proxy.port()));
    if (!socket.waitForEncrypted(10000))
        return "no TLS: " + socket.errorString().toUtf8();
    socket.write(head);
    const QByteArray chunk(1024 * 1024, 'x');
    // The proxy answers once it has the head; sending stops when it has.
    for (qint64 sent = 0; sent < bodyBytes && socket.bytesAvailable() == 0 &&
                          socket.state() == QAbstractSocket::ConnectedState;
         sent += chunk.size()) {
        socket.write(chunk);
        socket.waitForBytesWritten(10000);
        socket.waitForReadyRead(10);
    }
    while (!socket.canReadLine() && socket.waitForReadyRead(10000)) {
    }
    return socket.readLine().trimmed();
}

void tst_City::aCallReachesTheDisplayThroughTheProxy()
{
    HttpClient proxy(m_proxy);
    const QByteArray display = proxy.login(u"anzeige"_s, u"demo"_s);
    const QByteArray clerk = proxy.login(u"mueller"_s, u"demo"_s);
    QVERIFY(!display.isEmpty() && !clerk.isEmpty());
    QWebSocket board;
    QSignalSpy received(&board, &QWebSocket::textMessageReceived);
    QVERIFY(TestSupport::openEvents(board, m_proxy.toString(), display)); // wss:// through HAProxy

    QCOMPARE(proxy.send("POST", u"/api/v1/tickets"_s, R"({"serviceId":"1"})", clerk).status, 201);
    const auto called = proxy.send("POST", u"/api/v1/counters/1/call-next"_s, "{}", clerk);
    QCOMPARE(called.status, 200);
    const QString id = called.json[u"id"_s].toString();
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(received.cbegin(), received.cend(),
                                         [&id](const QList<QVariant> &message) {
                                             const QString text = message.at(0).toString();
                                             return text.contains(u"ticket.called"_s) &&
                                                    text.contains(u"\"id\":\"%1\""_s.arg(id));
                                         }),
                             10000);
    for (const QString &step : {u"start"_s, u"finish"_s})
        QCOMPARE(proxy.send("POST", u"/api/v1/tickets/%1/%2"_s.arg(id, step), "{}", clerk).status,
                 200);
}

void tst_City::aHugeBodyNeverReachesAServer()
{
    QList<qint64> before;
    for (const qint64 pid : std::as_const(m_serverPids))
        before.append(peakMemoryKiB(pid));
    const QByteArray head = "POST /api/v1/tickets HTTP/1.1\r\nHost: localhost\r\n"
                            "Content-Type: application/json\r\nContent-Length: 314572800\r\n\r\n";
    // The reason phrase is HAProxy's own (2.6: "Request Entity Too Large").
    QCOMPARE(rawRequest(head, 300LL * 1024 * 1024).left(13), QByteArray("HTTP/1.1 413 "));
    // An upload is allowed 40 MiB, not more.
    const QByteArray upload = "POST /api/v1/documents HTTP/1.1\r\nHost: localhost\r\n"
                              "Content-Length: 41943041\r\n\r\n";
    QCOMPARE(rawRequest(upload, 0).left(13), QByteArray("HTTP/1.1 413 "));
    for (int i = 0; i < m_serverPids.size(); ++i) {
        const qint64 after = peakMemoryKiB(m_serverPids.at(i));
        QVERIFY(before.at(i) > 0);
        // Not a byte of it buffered (a few MiB of ordinary work allowed).
        QVERIFY2(after - before.at(i) < 16 * 1024,
                 qPrintable(u"peak %1 -> %2 KiB"_s.arg(before.at(i)).arg(after)));
    }
}

void tst_City::chunkedBodiesAreRefused()
{
    const QByteArray head = "POST /api/v1/tickets HTTP/1.1\r\nHost: localhost\r\n"
                            "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n";
    QCOMPARE(rawRequest(head, 0).left(13), QByteArray("HTTP/1.1 411 "));
}

void tst_City::aKilledServerLosesNothing()
{
    // Four counters' worth of clients issue tickets, each write with its
    // Idempotency-Key and retried until answered, as the workstation's
    // outbox does. Half-way, one server dies without a word. Four
    // waiting-room displays listen meanwhile, connected as tresen-display
    // connects (BackendClient, EventStream); leastconn spreads their tunnels
    // over both servers.
    BackendClient displayClient;
    displayClient.setBaseUrl(m_proxy);
    std::optional<bool> displayLoggedIn;
    displayClient.login(
        u"anzeige"_s, u"demo"_s, this,
        [&](const ApiResponse &response, const SessionInfo &) { displayLoggedIn = response.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(displayLoggedIn.has_value(), 10000);
    QVERIFY(*displayLoggedIn);
    constexpr int kDisplays = 4;
    std::vector<std::unique_ptr<EventStream>> displays;
    std::array<int, kDisplays> connects{};
    std::array<QSet<QString>, kDisplays> calledIds;
    for (int i = 0; i < kDisplays; ++i) {
        auto stream = std::make_unique<EventStream>();
        stream->setBackoff(1, 2);
        connect(stream.get(), &EventStream::connected, this, [&connects, i] { ++connects[i]; });
        connect(stream.get(), &EventStream::changeReceived, this,
                [&calledIds, i](const Change &change) {
                    if (change.event == u"ticket.called"_s)
                        calledIds[i].insert(change.id);
                });
        stream->open(displayClient.webSocketRequest(u"/api/v1/events"_s));
        // One after the other, so that leastconn sees the tunnels before.
        QTRY_COMPARE_WITH_TIMEOUT(connects[i], 1, 10000);
        displays.push_back(std::move(stream));
    }

    const QByteArray clerk = HttpClient(m_proxy).login(u"weber"_s, u"demo"_s);
    QVERIFY(!clerk.isEmpty());
    HttpClient proxy(m_proxy);
    const auto queueIds = [&proxy, &clerk] {
        QSet<QString> ids;
        const QJsonArray queue =
            proxy.get(u"/api/v1/queue?officeId=1"_s, clerk).json[u"tickets"_s].toArray();
        for (const QJsonValue &ticket : queue)
            ids.insert(ticket[u"id"_s].toString());
        return ids;
    };
    const QSet<QString> waitingBefore = queueIds();
    constexpr int kClients = 4;
    constexpr int kTicketsEach = 15;
    QMutex mutex;
    QSet<QString> issued;
    int answered = 0;
    int retried = 0;
    bool killed = false;
    QVERIFY(TestSupport::runConcurrently(kClients, [&](int) {
        HttpClient http(m_proxy);
        for (int i = 0; i < kTicketsEach; ++i) {
            const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
            for (int attempt = 0; attempt < 50; ++attempt) {
                const auto result = http.send("POST", u"/api/v1/tickets"_s, R"({"serviceId":"3"})",
                                              clerk, {{"Idempotency-Key", key}});
                const QMutexLocker lock(&mutex);
                if (result.status == 201) {
                    issued.insert(result.json[u"id"_s].toString());
                    if (++answered == kClients * kTicketsEach / 2 && !killed) {
                        killed = true;
                        ::kill(pid_t(m_serverPids.first()), SIGKILL);
                    }
                    break;
                }
                ++retried;
                QThread::msleep(200);
            }
        }
    }));
    QVERIFY(killed);
    qInfo("%d retries while the proxy noticed", retried);
    QCOMPARE(answered, kClients * kTicketsEach);
    QCOMPARE(issued.size(), kClients * kTicketsEach);
    // All of them are in the queue, as the surviving server sees it, and
    // nothing else: a retried write never made a second ticket.
    const QSet<QString> added = queueIds() - waitingBefore;
    QCOMPARE(added, issued);

    // Every display is connected again (those of the dead server after one
    // reconnect through the survivor), and each sees the next call.
    const auto allConnected = [&displays] {
        return std::all_of(displays.cbegin(), displays.cend(), [](const auto &stream) {
            return stream->state() == EventStream::State::Connected;
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(allConnected() && std::any_of(connects.cbegin(), connects.cend(),
                                                           [](int count) { return count >= 2; }),
                             20000);
    qInfo("displays connected %d, %d, %d and %d times", connects[0], connects[1], connects[2],
          connects[3]);
    const auto called = proxy.send("POST", u"/api/v1/counters/1/call-next"_s, "{}", clerk);
    QCOMPARE(called.status, 200);
    const QString id = called.json[u"id"_s].toString();
    for (int i = 0; i < kDisplays; ++i)
        QTRY_VERIFY_WITH_TIMEOUT(calledIds[i].contains(id), 10000);
}

QTEST_GUILESS_MAIN(tst_City)
#include "tst_city.moc"
