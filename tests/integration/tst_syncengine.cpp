// The workstation's sync against a real server on loopback: initial sync,
// live events, a server that goes away and comes back with changes made
// meanwhile, and an expired session.

#include "core/sync/backendclient.h"
#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"
#include "server/instance/backend.h"
#include "server/instance/serverinstance.h"
#include "server/repositories/directoryrepository.h"
#include "server/storage/changelog.h"
#include "server/storage/database.h"
#include "testsupport.h"

#include <QJsonObject>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

class tst_SyncEngine : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void initialSyncFillsTheCache();
    void liveChangesArriveAtOnce();
    void liveChangeAfterChangesForOthersArrivesAtOnce();
    void aLiveChangeThatCameDuringAPullIsAnnouncedOnceStored();
    void catchesUpAfterTheServerWasAway();
    void reportsAnExpiredSession();

private:
    bool startServer(quint16 port);
    // Starts the sync and waits for the first one to have filled the cache.
    bool goOnline();
    QString counterName(const QString &id) const;

    // Each test its own server, cache and sync: none builds on what another
    // synced, renamed or stopped.
    std::unique_ptr<QTemporaryDir> m_dir;
    DatabaseUrl m_url;
    std::unique_ptr<ServerInstance> m_server;
    quint16 m_port = 0;
    std::unique_ptr<BackendClient> m_client;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<SyncEngine> m_sync;
};

bool tst_SyncEngine::startServer(quint16 port)
{
    ServerConfig config;
    config.database = m_url;
    config.demo = true;
    config.port = port;
    m_server = std::make_unique<ServerInstance>(config);
    QString error;
    if (!m_server->start(&error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    m_port = m_server->port();
    return true;
}

QString tst_SyncEngine::counterName(const QString &id) const
{
    const auto counter = m_store->entity(u"counter"_s, id);
    return counter ? counter->value(u"name"_s).toString() : QString();
}

bool tst_SyncEngine::goOnline()
{
    m_sync->start();
    return QTest::qWaitFor(
        [this] {
            return m_sync->connection() == SyncEngine::Connection::Online &&
                   m_store->entities(u"counter"_s).size() == 10;
        },
        10000);
}

void tst_SyncEngine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_url.kind = DatabaseUrl::Kind::Sqlite;
    m_url.path = m_dir->filePath(u"server.db"_s);
    QVERIFY(startServer(0));

    m_client = std::make_unique<BackendClient>();
    m_client->setBaseUrl(QUrl(m_server->baseUrl()));
    bool loggedIn = false;
    m_client->login(u"mueller"_s, u"demo"_s, this,
                    [&loggedIn](const ApiResponse &response, const SessionInfo &session) {
                        loggedIn = response.ok() && session.roles.testFlag(Role::Clerk);
                    });
    QTRY_VERIFY_WITH_TIMEOUT(loggedIn, 10000);

    m_store = std::make_unique<LocalStore>(m_dir->filePath(u"cache.db"_s), u"cache"_s);
    QVERIFY(m_store->open());
    m_sync = std::make_unique<SyncEngine>(m_client.get(), m_store.get());
    m_sync->eventStream().setBackoff(1, 2);
}

void tst_SyncEngine::cleanup()
{
    m_sync.reset();
    m_store.reset();
    m_client.reset();
    m_server.reset();
    m_dir.reset();
}

void tst_SyncEngine::initialSyncFillsTheCache()
{
    QSignalSpy applied(m_sync.get(), &SyncEngine::changesApplied);
    m_sync->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_sync->connection(), SyncEngine::Connection::Online, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_store->entities(u"counter"_s).size(), 10, 10000);
    QCOMPARE(m_store->entities(u"office"_s).size(), 2);
    QCOMPARE(m_store->entities(u"service"_s).size(), 11); // 8 at the Bürgeramt, 3 at the Standesamt
    QCOMPARE(m_store->cursor().value(), m_server->backend().changes.since(0, 1).revision);
    // The cache writer's commit is visible before its report reaches this
    // thread: wait for the signal rather than expect it already.
    QTRY_VERIFY(applied.size() >= 1);
}

void tst_SyncEngine::liveChangesArriveAtOnce()
{
    QVERIFY(goOnline());
    QSignalSpy live(m_sync.get(), &SyncEngine::liveChange);
    TestSupport::HttpClient http(QUrl(m_server->baseUrl()));
    const QByteArray admin = http.login(u"admin"_s, u"demo"_s);
    QCOMPARE(http.send("PATCH", u"/api/v1/counters/5"_s,
                       R"json({"name":"Schalter 5 (Meldewesen)"})json", admin)
                 .status,
             200);
    QTRY_COMPARE_WITH_TIMEOUT(live.size(), 1, 10000);
    QCOMPARE(live.at(0).at(0).value<Change>().event, u"counter.updated"_s);
    QCOMPARE(counterName(u"5"_s), u"Schalter 5 (Meldewesen)"_s);
}

void tst_SyncEngine::liveChangeAfterChangesForOthersArrivesAtOnce()
{
    QVERIFY(goOnline());
    QSignalSpy live(m_sync.get(), &SyncEngine::liveChange);
    TestSupport::HttpClient http(QUrl(m_server->baseUrl()));
    // A wedding reservation: a change a clerk never receives.
    const QByteArray registrar = http.login(u"schmidt"_s, u"demo"_s);
    const QDate day = TestSupport::mondayWeeksAhead(3);
    QString slotId;
    for (const QJsonValue &slot :
         http.get(u"/api/v1/wedding/slots?from=%1&to=%2"_s.arg(
                      day.toString(Qt::ISODate), day.addDays(4).toString(Qt::ISODate)),
                  registrar)
             .json.toArray()) {
        if (slot[u"status"_s].toString() == u"free"_s && slotId.isEmpty())
            slotId = slot[u"id"_s].toString();
    }
    QVERIFY(!slotId.isEmpty());
    QCOMPARE(http.send("POST", u"/api/v1/wedding/slots/%1/reservations"_s.arg(slotId),
                       R"json({"partner1":"A","partner2":"B"})json", registrar)
                 .status,
             201);
    // The next change for the clerk follows that gap in the revisions, yet is
    // applied as it comes (a call display would gong for it), not pulled.
    const QByteArray supervisor = http.login(u"weber"_s, u"demo"_s);
    QCOMPARE(http.send("PATCH", u"/api/v1/counters/5"_s,
                       R"json({"name":"Schalter 5 (Meldewesen)"})json", supervisor)
                 .status,
             200);
    QTRY_COMPARE_WITH_TIMEOUT(live.size(), 1, 10000);
    QCOMPARE(live.at(0).at(0).value<Change>().event, u"counter.updated"_s);
    QCOMPARE(counterName(u"5"_s), u"Schalter 5 (Meldewesen)"_s);
}

void tst_SyncEngine::aLiveChangeThatCameDuringAPullIsAnnouncedOnceStored()
{
    QVERIFY(goOnline());
    QSignalSpy live(m_sync.get(), &SyncEngine::liveChange);
    // Two renames the socket has not brought (made through another server,
    // say): in the server's change log, not in the cache.
    const auto renamedElsewhere = [this](qint64 counter, const QString &name) {
        Database db(m_url, u"elsewhere"_s);
        QString error;
        if (!db.open(&error))
            qFatal("%s", qPrintable(error));
        ChangeLog changes(db);
        DirectoryRepository directory(db, changes);
        Transaction transaction(db);
        directory.updateCounter(counter, name, std::nullopt);
        transaction.commit();
        return changes.takeRecorded().last();
    };
    const Change first = renamedElsewhere(5, u"Schalter 5 (eins)"_s);
    Change second = renamedElsewhere(6, u"Schalter 6 (zwei)"_s);

    // The second comes live, saying the first came before it: a gap, so the
    // engine pulls, and announces the second once the pull has stored it
    // (a call display gongs for it), not never.
    second.after = first.revision;
    emit m_sync->eventStream().changeReceived(second);
    QTRY_COMPARE_WITH_TIMEOUT(live.size(), 1, 10000);
    QCOMPARE(live.at(0).at(0).value<Change>().revision, second.revision);
    QCOMPARE(counterName(u"5"_s), u"Schalter 5 (eins)"_s);
    QCOMPARE(counterName(u"6"_s), u"Schalter 6 (zwei)"_s);

    // A live message for a change a pull has brought already is news all
    // the same: announced, once.
    emit m_sync->eventStream().changeReceived(first);
    QCOMPARE(live.size(), 2);
    QCOMPARE(live.at(1).at(0).value<Change>().revision, first.revision);
}

void tst_SyncEngine::catchesUpAfterTheServerWasAway()
{
    QVERIFY(goOnline());
    const quint16 port = m_port;
    m_server.reset();
    QTRY_COMPARE_WITH_TIMEOUT(m_sync->connection(), SyncEngine::Connection::Reconnecting, 10000);

    {
        // Meanwhile someone else changed a counter (another server process, say).
        Database db(m_url, u"meanwhile"_s);
        QString error;
        QVERIFY(db.open(&error));
        ChangeLog changes(db);
        DirectoryRepository directory(db, changes);
        Transaction transaction(db);
        directory.updateCounter(6, u"Schalter 6 (umbenannt)"_s, std::nullopt);
        transaction.commit();
    }
    QCOMPARE(counterName(u"6"_s), u"Schalter 6"_s);

    QVERIFY(startServer(port));
    QTRY_COMPARE_WITH_TIMEOUT(m_sync->connection(), SyncEngine::Connection::Online, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(counterName(u"6"_s), u"Schalter 6 (umbenannt)"_s, 10000);
    QCOMPARE(counterName(u"5"_s), u"Schalter 5"_s); // what did not change stays
    QCOMPARE(m_store->cursor().value(), m_server->backend().changes.since(0, 1).revision);
}

void tst_SyncEngine::reportsAnExpiredSession()
{
    QVERIFY(goOnline());
    QSignalSpy expired(m_sync.get(), &SyncEngine::sessionExpired);
    const quint16 port = m_port;
    m_server.reset();
    {
        Database db(m_url, u"expire"_s);
        QString error;
        QVERIFY(db.open(&error));
        db.exec(u"DELETE FROM user_session"_s);
    }
    QVERIFY(startServer(port));
    QTRY_COMPARE_WITH_TIMEOUT(expired.size(), 1, 15000);
    QCOMPARE(m_sync->connection(), SyncEngine::Connection::Offline);
}

QTEST_GUILESS_MAIN(tst_SyncEngine)
#include "tst_syncengine.moc"
