// Embedded mode: the server library in-process on its own thread, with SQLite
// and demo data; the workstation's client logs in over loopback HTTP and
// receives events over the WebSocket like from any city server.

#include "core/sync/backendclient.h"
#include "core/sync/eventstream.h"
#include "server/instance/embeddedserver.h"
#include "server/storage/database.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

class tst_EmbeddedServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void logsInAndReceivesEvents();
    void keepsItsDataAcrossRestarts();
    void reportsAFailureToStart();

private:
    // Each test its own folder: no test starts on another's database.
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_EmbeddedServer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_EmbeddedServer::cleanup()
{
    m_dir.reset();
}

void tst_EmbeddedServer::logsInAndReceivesEvents()
{
    EmbeddedServer embedded(m_dir->filePath(u"embedded/tresen.db"_s));
    QSignalSpy started(&embedded, &EmbeddedServer::started);
    embedded.start();
    QVERIFY(started.wait(30000));
    const QUrl url = started.at(0).at(0).toUrl();
    QCOMPARE(url.host(), u"127.0.0.1"_s);
    QVERIFY(url.port() > 0);

    BackendClient client;
    client.setBaseUrl(url);
    SessionInfo session;
    client.login(u"mueller"_s, u"demo"_s, this,
                 [&session](const ApiResponse &, const SessionInfo &s) { session = s; });
    QTRY_VERIFY_WITH_TIMEOUT(!session.token.isEmpty(), 10000);
    QCOMPARE(session.displayName, u"Anna Müller"_s);

    EventStream events;
    QSignalSpy connected(&events, &EventStream::connected);
    QSignalSpy received(&events, &EventStream::changeReceived);
    events.open(client.webSocketRequest(u"/api/v1/events"_s));
    QVERIFY(connected.wait(10000));

    TestSupport::HttpClient admin(url);
    const QByteArray adminToken = admin.login(u"admin"_s, u"demo"_s);
    QCOMPARE(admin
                 .send("PATCH", u"/api/v1/counters/2"_s, R"json({"name":"Schalter 2 (Info)"})json",
                       adminToken)
                 .status,
             200);
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 10000);
    const Change change = received.at(0).at(0).value<Change>();
    QCOMPARE(change.entity, u"counter"_s);
    QCOMPARE(change.data.value(u"name"_s).toString(), u"Schalter 2 (Info)"_s);
}

void tst_EmbeddedServer::keepsItsDataAcrossRestarts()
{
    const QString file = m_dir->filePath(u"embedded/tresen.db"_s);
    // The finished tickets of past days (the demo's history) in the file.
    const auto pastTickets = [&file] {
        DatabaseUrl url;
        url.path = file;
        Database db(url, u"history"_s);
        QString error;
        if (!db.open(&error))
            return qint64(-1);
        SqlRows rows = db.exec(u"SELECT COUNT(*) FROM ticket WHERE status <> 'waiting'"_s);
        return rows.next() ? rows.value(0).toLongLong() : qint64(-1);
    };
    {
        EmbeddedServer first(file);
        QSignalSpy started(&first, &EmbeddedServer::started);
        first.start();
        QVERIFY(started.wait(30000));
        TestSupport::HttpClient admin(first.url());
        const QByteArray adminToken = admin.login(u"admin"_s, u"demo"_s);
        QCOMPARE(admin
                     .send("PATCH", u"/api/v1/counters/2"_s,
                           R"json({"name":"Schalter 2 (Info)"})json", adminToken)
                     .status,
                 200);
    }
    // The Statistik workspace has eight weeks to show from the first start.
    const qint64 history = pastTickets();
    QVERIFY2(history > 1000, qPrintable(QString::number(history)));
    {
        // The same file again: the rename is still there, and no second demo set was added.
        EmbeddedServer embedded(file);
        QSignalSpy started(&embedded, &EmbeddedServer::started);
        embedded.start();
        QVERIFY(started.wait(30000));
        TestSupport::HttpClient http(embedded.url());
        const QByteArray token = http.login(u"mueller"_s, u"demo"_s);
        const auto counter = http.get(u"/api/v1/counters/2"_s, token);
        QCOMPARE(counter.json.toObject().value(u"name"_s).toString(), u"Schalter 2 (Info)"_s);
        QCOMPARE(http.get(u"/api/v1/offices"_s, token).json.toArray().size(), 2);
    }
    QCOMPARE(pastTickets(), history); // nor a second history
    // A demo file from before demo databases were marked: still the demo's own.
    {
        DatabaseUrl url;
        url.path = file;
        Database db(url, u"unmark"_s);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        db.exec(u"DELETE FROM server_info WHERE key = 'demo-data'"_s);
        db.close();
    }
    EmbeddedServer older(file);
    QSignalSpy olderStarted(&older, &EmbeddedServer::started);
    older.start();
    QVERIFY(olderStarted.wait(30000));
    TestSupport::HttpClient again(older.url());
    QVERIFY(!again.login(u"mueller"_s, u"demo"_s).isEmpty());
}

void tst_EmbeddedServer::reportsAFailureToStart()
{
    // A database path inside a file cannot be created.
    QFile blocker(m_dir->filePath(u"not-a-directory"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    EmbeddedServer embedded(m_dir->filePath(u"not-a-directory/tresen.db"_s));
    QSignalSpy failed(&embedded, &EmbeddedServer::failed);
    embedded.start();
    QVERIFY(failed.wait(30000));
    QVERIFY(!failed.at(0).at(0).toString().isEmpty());
    QVERIFY(!embedded.isRunning());
}

QTEST_GUILESS_MAIN(tst_EmbeddedServer)
#include "tst_embeddedserver.moc"
