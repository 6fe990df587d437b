// Two administrators change the same office, service, counter, wedding room or
// account at once: the later write is refused with 409 version-conflict and
// writes nothing, never silently overwriting the first. The guard sits in the
// UPDATE itself, so it holds on PostgreSQL's READ COMMITTED too, where both
// requests can read the same version before either writes.

#include "server/instance/backend.h"
#include "server/instance/serverinstance.h"
#include "testsupport.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;
using TestSupport::HttpClient;
using TestSupport::HttpResult;

namespace {
QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The version of row `id` of `table` (a table name of this test, not input).
int versionOf(Database &db, const QString &table, qint64 id)
{
    SqlRows row = db.exec(u"SELECT version FROM "_s + table + u" WHERE id = ?"_s, {id});
    return row.next() ? row.value(0).toInt() : -1;
}
} // namespace

class tst_LostUpdatesApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void aStaleVersionWritesNothing_data();
    void aStaleVersionWritesNothing();
    void theReadVersionWrites();
    void concurrentPatchesDoNotLoseAnUpdate_data();
    void concurrentPatchesDoNotLoseAnUpdate();

private:
    Backend &backend() { return m_server->backend(); }

    QTemporaryDir m_dir;
    std::unique_ptr<ServerInstance> m_server;
    std::unique_ptr<HttpClient> m_http;
    QByteArray m_admin;
    qint64 m_office = 0;
    qint64 m_service = 0;
    qint64 m_counter = 0;
    qint64 m_room = 0;
    qint64 m_clerk = 0;
};

void tst_LostUpdatesApi::initTestCase()
{
    DatabaseUrl url;
    TRESEN_FRESH_DATABASE(url, u"lostupdatesapi"_s, m_dir);
    ServerConfig config;
    config.database = url;
    m_server = std::make_unique<ServerInstance>(config);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_http = std::make_unique<HttpClient>(QUrl(m_server->baseUrl()));

    const QString password = u"a long test password for admin"_s;
    backend().users.addOrUpdate(u"admin"_s, u"Admin"_s, Role::Admin, password);
    m_admin = m_http->login(u"admin"_s, password);
    QVERIFY(!m_admin.isEmpty());

    m_office = backend().directory.addOffice(u"Standesamt"_s, u"standesamt"_s, u"Rathaus"_s);
    m_service = backend().directory.addService(m_office, u"Eheschließung"_s, u"E"_s, 30, false);
    m_counter = backend().directory.addCounter(m_office, u"Zimmer 1"_s, {m_service});
    WeddingRoom room;
    room.officeId = m_office;
    room.name = u"Trauzimmer"_s;
    room.guests = 20;
    room.weekdays = {5};
    room.firstMinute = 10 * 60;
    room.lastMinute = 12 * 60;
    room.slotMinutes = 30;
    m_room = backend().weddings.addRoom(room);
    m_clerk = backend()
                  .users
                  .addOrUpdate(u"clerk"_s, u"Clerk"_s, Role::Clerk,
                               u"a long test password for clerk"_s, {m_office})
                  .id;
}

void tst_LostUpdatesApi::cleanupTestCase()
{
    m_http.reset();
    m_server.reset();
}

void tst_LostUpdatesApi::aStaleVersionWritesNothing_data()
{
    QTest::addColumn<QString>("table");
    QTest::newRow("office") << u"office"_s;
    QTest::newRow("service") << u"service"_s;
    QTest::newRow("counter") << u"counter"_s;
    QTest::newRow("wedding room") << u"wedding_room"_s;
    QTest::newRow("user") << u"app_user"_s;
}

void tst_LostUpdatesApi::aStaleVersionWritesNothing()
{
    QFETCH(QString, table);
    Database &db = backend().db;
    const QHash<QString, qint64> ids{{u"office"_s, m_office},
                                     {u"service"_s, m_service},
                                     {u"counter"_s, m_counter},
                                     {u"wedding_room"_s, m_room},
                                     {u"app_user"_s, m_clerk}};
    const qint64 id = ids.value(table);
    const int version = versionOf(db, table, id);
    QVERIFY(version >= 1);
    const int stale = version + 1; // another version than the row's, as after a concurrent write
    const qint64 revision = backend().changes.latestRevision();

    Transaction transaction(db);
    if (table == u"office"_s) {
        QVERIFY_THROWS_EXCEPTION(RecordChanged, backend().directory.updateOffice(
                                                    id, {{u"address"_s, u"lost"_s}}, stale));
        QCOMPARE(backend().directory.office(id)->value(u"address"_s).toString(), u"Rathaus"_s);
    } else if (table == u"service"_s) {
        QVERIFY_THROWS_EXCEPTION(RecordChanged, backend().directory.updateService(
                                                    id, {{u"typical_minutes"_s, 99}}, stale));
        QCOMPARE(backend().directory.service(id)->value(u"typicalMinutes"_s).toInt(), 30);
    } else if (table == u"counter"_s) {
        QVERIFY_THROWS_EXCEPTION(
            RecordChanged,
            backend().directory.updateCounter(id, u"lost"_s, QList<qint64>{}, std::nullopt, stale));
        QCOMPARE(backend().directory.counter(id)->value(u"name"_s).toString(), u"Zimmer 1"_s);
        QCOMPARE(backend().directory.counter(id)->value(u"serviceIds"_s).toArray().size(), 1);
    } else if (table == u"wedding_room"_s) {
        WeddingRoom room = *backend().weddings.room(id);
        room.guests = 99;
        QVERIFY_THROWS_EXCEPTION(RecordChanged, backend().weddings.updateRoom(room, stale));
        QCOMPARE(backend().weddings.room(id)->guests, 20);
    } else {
        UserRecord user = *backend().users.findAny(id);
        user.displayName = u"lost"_s;
        user.roles = Role::Admin;
        QVERIFY_THROWS_EXCEPTION(RecordChanged, backend().users.update(user, stale));
        QCOMPARE(backend().users.findAny(id)->displayName, u"Clerk"_s);
        QCOMPARE(backend().users.findAny(id)->roles, Roles(Role::Clerk));
    }
    QCOMPARE(versionOf(db, table, id), version);
    QCOMPARE(backend().changes.latestRevision(), revision);
}

void tst_LostUpdatesApi::theReadVersionWrites()
{
    const int office = versionOf(backend().db, u"office"_s, m_office);
    const QJsonObject updated =
        backend().directory.updateOffice(m_office, {{u"address"_s, u"Rathaus"_s}}, office);
    QCOMPARE(updated.value(u"version"_s).toInt(), office + 1);

    WeddingRoom room = *backend().weddings.room(m_room);
    QCOMPARE(backend().weddings.updateRoom(room, room.version).version, room.version + 1);

    const UserRecord clerk = *backend().users.findAny(m_clerk);
    QCOMPARE(backend().users.update(clerk, clerk.version).version, clerk.version + 1);

    const int counter = versionOf(backend().db, u"counter"_s, m_counter);
    QCOMPARE(
        backend()
            .directory
            .updateCounter(m_counter, std::nullopt, QList<qint64>{m_service}, std::nullopt, counter)
            .value(u"version"_s)
            .toInt(),
        counter + 1);
}

void tst_LostUpdatesApi::concurrentPatchesDoNotLoseAnUpdate_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("body");
    QTest::newRow("office") << u"office"_s << u"/api/v1/offices/%1"_s
                            << QJsonObject{{u"address"_s, u"Marktplatz 9"_s}};
    QTest::newRow("service") << u"service"_s << u"/api/v1/services/%1"_s
                             << QJsonObject{{u"typicalMinutes"_s, 45}};
    QTest::newRow("counter") << u"counter"_s << u"/api/v1/counters/%1"_s
                             << QJsonObject{{u"name"_s, u"Zimmer 2"_s}};
    QTest::newRow("wedding room") << u"wedding_room"_s << u"/api/v1/wedding/rooms/%1"_s
                                  << QJsonObject{{u"guests"_s, 25}};
    QTest::newRow("user") << u"app_user"_s << u"/api/v1/users/%1"_s
                          << QJsonObject{{u"name"_s, u"Clerk Neu"_s}};
}

// A second administrator's change is committed while this PATCH waits for the
// row: the PATCH read the version before, so only the UPDATE's own guard can
// notice. (SQLite lets one writer in at a time, so there both read in turn.)
void tst_LostUpdatesApi::concurrentPatchesDoNotLoseAnUpdate()
{
    QFETCH(QString, table);
    QFETCH(QString, path);
    QFETCH(QJsonObject, body);
    if (TestSupport::databaseKind() != TestSupport::DatabaseKind::Postgresql)
        QSKIP("SQLite serialises writing transactions: no two requests read the same version.");
    const QHash<QString, qint64> ids{{u"office"_s, m_office},
                                     {u"service"_s, m_service},
                                     {u"counter"_s, m_counter},
                                     {u"wedding_room"_s, m_room},
                                     {u"app_user"_s, m_clerk}};
    const qint64 id = ids.value(table);
    const int version = versionOf(backend().db, table, id);
    body.insert(u"version"_s, version);

    // The other administrator: changes the row, then commits once this
    // server's UPDATE waits for the row lock.
    std::atomic<bool> holdsTheRow = false;
    std::atomic<bool> sawTheWait = false;
    QString racerError;
    const DatabaseUrl url = backend().db.url();
    std::unique_ptr<QThread> racer(QThread::create([&] {
        Database other(url, u"racer"_s);
        Database watcher(url, u"watcher"_s);
        if (!other.open(&racerError) || !watcher.open(&racerError)) {
            holdsTheRow = true;
            return;
        }
        other.begin();
        other.exec(u"UPDATE "_s + table + u" SET version = version + 1 WHERE id = ?"_s, {id});
        holdsTheRow = true;
        QDeadlineTimer deadline(30000);
        while (!deadline.hasExpired() && !sawTheWait) {
            SqlRows waiting = watcher.exec(
                u"SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND "
                "datname = current_database()"_s);
            sawTheWait = waiting.next() && waiting.value(0).toInt() > 0;
            if (!sawTheWait)
                QThread::msleep(5);
        }
        other.commit();
    }));
    racer->start();
    QTRY_VERIFY_WITH_TIMEOUT(holdsTheRow, 30000);
    QVERIFY2(racerError.isEmpty(), qPrintable(racerError));

    const HttpResult result = m_http->send("PATCH", path.arg(id), json(body), m_admin);
    QVERIFY(racer->wait(60000));
    QVERIFY(sawTheWait);
    QCOMPARE(result.status, 409);
    QCOMPARE(result.json.toObject().value(u"code"_s).toString(), u"version-conflict"_s);
    QCOMPARE(result.header("Content-Type"), QByteArray("application/problem+json"));
    // The other administrator's change stands; this one wrote nothing.
    QCOMPARE(versionOf(backend().db, table, id), version + 1);
}

QTEST_MAIN(tst_LostUpdatesApi)
#include "tst_lostupdatesapi.moc"
