// The workstation's local cache: applying feed batches, the cursor, and
// starting over when the server is another one.

#include "core/sync/backendclient.h"
#include "core/sync/localstore.h"
#include "core/sync/outboxsender.h"
#include "core/sync/syncengine.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <atomic>

using namespace Qt::StringLiterals;

namespace {
Change upsert(qint64 revision, const QString &entity, const QString &id, const QString &name)
{
    return TestSupport::upsertChange(revision, entity, {{u"id"_s, id}, {u"name"_s, name}});
}

Change appointment(qint64 revision, const QString &id, const QString &name, int version,
                   const QString &startsAt = u"2030-01-07T09:00:00+01:00"_s)
{
    Change change = upsert(revision, u"appointment"_s, id, name);
    change.data.insert(u"version"_s, version);
    change.data.insert(u"startsAt"_s, startsAt);
    return change;
}

OutboxEntry write(const QByteArray &method, const QString &id, const QString &summary)
{
    OutboxEntry entry;
    entry.idempotencyKey = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    entry.method = method;
    entry.path = u"/api/v1/appointments/"_s + id;
    entry.body = {{u"note"_s, summary}};
    entry.entity = u"appointment"_s;
    entry.entityId = id;
    entry.summary = summary;
    return entry;
}

QString nameOf(const LocalStore &store, const QString &id)
{
    const auto json = store.entity(u"appointment"_s, id);
    return json ? json->value(u"name"_s).toString() : u"(none)"_s;
}

// Whether `text` is in any byte of the cache file `file` or its companions.
bool inTheFiles(const QString &file, const QString &text)
{
    for (const QString &path : {file, file + u"-wal"_s, file + u"-shm"_s, file + u"-journal"_s}) {
        QFile bytes(path);
        if (bytes.open(QIODevice::ReadOnly) && bytes.readAll().contains(text.toUtf8()))
            return true;
    }
    return false;
}

// Breaks the cache under the store's feet, as a damaged or foreign file would.
bool dropTable(const QString &connection, const QString &table)
{
    QSqlQuery query(QSqlDatabase::database(connection));
    return query.exec(u"DROP TABLE "_s + table);
}

} // namespace

class tst_LocalStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void appliesBatchAndMovesCursor();
    void skipsWhatItAlreadyHas();
    void deletes();
    void keepsDataAcrossReopen();
    void startsOverForAnotherServer();
    void holdsPendingWritesWhenTheServerWentBack();
    void selectsByStartTime();
    void pendingWriteKeepsTheClerksVersion();
    void confirmedAnswerUnlessTheFeedIsNewer();
    void refusedWriteDropsWhatBuiltOnIt();
    void offlineCreateGetsTheServersId();
    void refusedOfflineCreateDisappears();
    void outboxSurvivesReopenInOrder();
    void eachClerkSendsOnlyTheirOwn();
    void findsByAField();
    void failedEntityReadIsReported();
    void failedCursorReadIsNoCursor();
    void failedOutboxReadIsNoEmptyOutbox();
    void failedWriteLeavesNothingBehind();
    void readFailureReachesTheWindow();
    void waitsForTheOtherWriter();
    void erasedNameIsInNoByteOfTheFiles_data();
    void erasedNameIsInNoByteOfTheFiles();
    void openingACurrentCacheWritesNothing();
    void otherRolesDropTheCache();
    void expiredWritesAreNotNextButNamed();
    void anonymisedRecordDropsItsPendingWrites();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
};

void tst_LocalStore::init()
{
    m_store = std::make_unique<LocalStore>(m_dir.filePath(u"cache.db"_s), u"cache"_s);
    const Result<void> opened = m_store->open();
    QVERIFY2(opened, qPrintable(opened.error()));
    QVERIFY(m_store->resetIfOtherServer(u"server-a"_s));
}

void tst_LocalStore::cleanup()
{
    m_store.reset();
    QFile::remove(m_dir.filePath(u"cache.db"_s));
}

void tst_LocalStore::appliesBatchAndMovesCursor()
{
    QCOMPARE(m_store->cursor().value(), 0);
    QVERIFY(m_store->apply({upsert(1, u"counter"_s, u"2"_s, u"Schalter 2"_s),
                            upsert(2, u"counter"_s, u"10"_s, u"Schalter 10"_s),
                            upsert(3, u"office"_s, u"1"_s, u"Bürgeramt"_s)},
                           5));
    QCOMPARE(m_store->cursor().value(), 5);
    const QList<QJsonObject> counters = m_store->entities(u"counter"_s);
    QCOMPARE(counters.size(), 2);
    // Ordered by numeric id, not text ("10" after "2").
    QCOMPARE(counters.at(0).value(u"name"_s).toString(), u"Schalter 2"_s);
    QCOMPARE(counters.at(1).value(u"name"_s).toString(), u"Schalter 10"_s);
    QCOMPARE(m_store->entity(u"office"_s, u"1"_s)->value(u"name"_s).toString(), u"Bürgeramt"_s);
    QVERIFY(!m_store->entity(u"office"_s, u"2"_s));
}

void tst_LocalStore::skipsWhatItAlreadyHas()
{
    QVERIFY(m_store->apply({upsert(4, u"counter"_s, u"1"_s, u"Neu"_s)}, 4));
    // A late copy of an older change must not overwrite the newer state.
    QVERIFY(m_store->apply({upsert(3, u"counter"_s, u"1"_s, u"Alt"_s)}, 3));
    QCOMPARE(m_store->entity(u"counter"_s, u"1"_s)->value(u"name"_s).toString(), u"Neu"_s);
    QCOMPARE(m_store->cursor().value(), 4);
}

void tst_LocalStore::deletes()
{
    QVERIFY(m_store->apply({upsert(1, u"ticket"_s, u"1"_s, u"A001"_s),
                            upsert(2, u"ticket"_s, u"2"_s, u"A002"_s),
                            TestSupport::removalChange(3, u"ticket"_s, u"1"_s)},
                           3));
    QCOMPARE(m_store->entities(u"ticket"_s).size(), 1);
    QVERIFY(!m_store->entity(u"ticket"_s, u"1"_s));
}

void tst_LocalStore::keepsDataAcrossReopen()
{
    QVERIFY(m_store->apply({upsert(1, u"office"_s, u"1"_s, u"Standesamt"_s)}, 1));
    m_store.reset();
    LocalStore reopened(m_dir.filePath(u"cache.db"_s), u"cache2"_s);
    QVERIFY(reopened.open());
    QCOMPARE(reopened.cursor().value(), 1);
    QCOMPARE(reopened.serverInstanceId().value(), u"server-a"_s);
    QCOMPARE(reopened.entities(u"office"_s).size(), 1);
}

void tst_LocalStore::startsOverForAnotherServer()
{
    QVERIFY(m_store->apply({upsert(9, u"office"_s, u"1"_s, u"Bürgeramt"_s)}, 9));
    QVERIFY(m_store->resetIfOtherServer(u"server-a"_s)); // same server: kept
    QCOMPARE(m_store->cursor().value(), 9);
    QVERIFY(m_store->resetIfOtherServer(u"server-b"_s));
    QCOMPARE(m_store->cursor().value(), 0);
    QCOMPARE(m_store->serverInstanceId().value(), u"server-b"_s);
    QVERIFY(m_store->entities(u"office"_s).isEmpty());
    QCOMPARE(m_store->heldUntil(u"mueller"_s).value(), 0); // nothing was waiting
}

void tst_LocalStore::holdsPendingWritesWhenTheServerWentBack()
{
    QVERIFY(m_store->apply({appointment(3, u"5"_s, u"Müller"_s, 1, u"2030-01-07T09:00:00+01:00"_s)},
                           3));
    OutboxEntry mine = write("PATCH", u"5"_s, u"verschieben"_s);
    mine.login = u"mueller"_s;
    QVERIFY(m_store->enqueue(mine, std::nullopt));
    QCOMPARE(m_store->heldUntil(u"mueller"_s).value(), 0);
    // Restored from a backup: a new instance id.
    QVERIFY(m_store->resetIfOtherServer(u"server-a-restored"_s));
    QCOMPARE(m_store->cursor().value(), 0);
    const qint64 heldUntil = m_store->heldUntil(u"mueller"_s).value();
    QCOMPARE(heldUntil, m_store->pendingWrites().first().sequence);
    QCOMPARE(m_store->heldUntil(u"weber"_s).value(), 0); // had nothing waiting: not held
    QCOMPARE(m_store->pendingCount(), 1);                // kept: the clerk's work
    // A write made afterwards is not one of the held.
    OutboxEntry later = write("PATCH", u"5"_s, u"später"_s);
    later.login = u"mueller"_s;
    QVERIFY(m_store->enqueue(later, std::nullopt));
    QVERIFY(m_store->pendingWrites().last().sequence > heldUntil);
    QCOMPARE(m_store->heldUntil(u"mueller"_s).value(), heldUntil);
    // Once the clerk has looked, nothing of theirs is held.
    QVERIFY(m_store->releaseOutboxOf(u"mueller"_s));
    QCOMPARE(m_store->heldUntil(u"mueller"_s).value(), 0);
    QCOMPARE(m_store->pendingCount(), 2);
}

void tst_LocalStore::selectsByStartTime()
{
    QVERIFY(m_store->apply({appointment(1, u"1"_s, u"Spät"_s, 1, u"2030-01-07T15:00:00+01:00"_s),
                            appointment(2, u"2"_s, u"Früh"_s, 1, u"2030-01-07T08:00:00+01:00"_s),
                            appointment(3, u"3"_s, u"Morgen"_s, 1, u"2030-01-08T08:00:00+01:00"_s)},
                           3));
    const qint64 from =
        QDateTime::fromString(u"2030-01-07T00:00:00+01:00"_s, Qt::ISODate).toMSecsSinceEpoch();
    const auto day =
        m_store->entitiesStartingBetween(u"appointment"_s, from, from + 24 * 3600 * 1000);
    QCOMPARE(day.size(), 2);
    QCOMPARE(day.at(0).value(u"name"_s).toString(), u"Früh"_s);
    QCOMPARE(day.at(1).value(u"name"_s).toString(), u"Spät"_s);
}

void tst_LocalStore::pendingWriteKeepsTheClerksVersion()
{
    QVERIFY(m_store->apply({appointment(1, u"5"_s, u"Server 1"_s, 1)}, 1));
    QJsonObject optimistic = *m_store->entity(u"appointment"_s, u"5"_s);
    optimistic.insert(u"name"_s, u"Sachbearbeiterin"_s);
    const Result<void> queued =
        m_store->enqueue(write("PATCH", u"5"_s, u"Name ändern"_s), optimistic);
    QVERIFY2(queued, qPrintable(queued.error()));
    QCOMPARE(m_store->pendingCount(), 1);
    QCOMPARE(nameOf(*m_store, u"5"_s), u"Sachbearbeiterin"_s);

    // The feed brings another workstation's change meanwhile: the clerk keeps
    // seeing theirs until the server has answered.
    QVERIFY(m_store->apply({appointment(2, u"5"_s, u"Server 2"_s, 2)}, 2));
    QCOMPARE(nameOf(*m_store, u"5"_s), u"Sachbearbeiterin"_s);

    // Taken without an answer to show: the server's latest state shows.
    QVERIFY(m_store->completeWrite(m_store->pendingWrites().first(), std::nullopt));
    QCOMPARE(m_store->pendingCount(), 0);
    QCOMPARE(nameOf(*m_store, u"5"_s), u"Server 2"_s);
    // Now the feed writes through again.
    QVERIFY(m_store->apply({appointment(3, u"5"_s, u"Server 3"_s, 3)}, 3));
    QCOMPARE(nameOf(*m_store, u"5"_s), u"Server 3"_s);
}

void tst_LocalStore::confirmedAnswerUnlessTheFeedIsNewer()
{
    QVERIFY(m_store->apply({appointment(1, u"6"_s, u"Alt"_s, 1)}, 1));
    QVERIFY(m_store->enqueue(write("PATCH", u"6"_s, u"a"_s),
                             QJsonObject{{u"id"_s, u"6"_s}, {u"name"_s, u"Neu"_s}}));
    QVERIFY(m_store->completeWrite(m_store->pendingWrites().first(),
                                   appointment(0, u"6"_s, u"Bestätigt"_s, 2).data));
    QCOMPARE(nameOf(*m_store, u"6"_s), u"Bestätigt"_s);

    // The feed got ahead (version 4) before the answer to a write (version 3) came.
    QVERIFY(m_store->enqueue(write("PATCH", u"6"_s, u"b"_s),
                             QJsonObject{{u"id"_s, u"6"_s}, {u"name"_s, u"Lokal"_s}}));
    QVERIFY(m_store->apply({appointment(2, u"6"_s, u"Schon weiter"_s, 4)}, 2));
    QVERIFY(m_store->completeWrite(m_store->pendingWrites().first(),
                                   appointment(0, u"6"_s, u"Antwort"_s, 3).data));
    QCOMPARE(nameOf(*m_store, u"6"_s), u"Schon weiter"_s);
}

void tst_LocalStore::refusedWriteDropsWhatBuiltOnIt()
{
    QVERIFY(m_store->apply(
        {appointment(1, u"7"_s, u"Server"_s, 1), appointment(2, u"8"_s, u"Anderer"_s, 1)}, 2));
    QVERIFY(m_store->enqueue(write("PATCH", u"7"_s, u"verschieben"_s),
                             QJsonObject{{u"id"_s, u"7"_s}, {u"name"_s, u"Eins"_s}}));
    QVERIFY(m_store->enqueue(write("PATCH", u"8"_s, u"anderer"_s),
                             QJsonObject{{u"id"_s, u"8"_s}, {u"name"_s, u"Zwei"_s}}));
    QVERIFY(m_store->enqueue(write("DELETE", u"7"_s, u"absagen"_s),
                             QJsonObject{{u"id"_s, u"7"_s}, {u"name"_s, u"Drei"_s}}));
    QCOMPARE(nameOf(*m_store, u"7"_s), u"Drei"_s);

    const QList<OutboxEntry> dropped =
        m_store->rollbackWrite(m_store->pendingWrites().first()).value();
    QCOMPARE(dropped.size(), 2);
    QCOMPARE(dropped.at(0).summary, u"verschieben"_s);
    QCOMPARE(dropped.at(1).summary, u"absagen"_s);
    QCOMPARE(nameOf(*m_store, u"7"_s), u"Server"_s);
    QCOMPARE(m_store->pendingCount(), 1); // the other appointment's write stays
    QCOMPARE(nameOf(*m_store, u"8"_s), u"Zwei"_s);
}

void tst_LocalStore::offlineCreateGetsTheServersId()
{
    OutboxEntry create = write("POST", QString(), u"neu"_s);
    create.path = u"/api/v1/appointments"_s;
    create.entityId = u"local-abc"_s;
    QVERIFY(m_store->enqueue(create, appointment(0, u"local-abc"_s, u"Offline gebucht"_s, 0).data));
    QVERIFY(m_store->enqueue(write("PATCH", u"local-abc"_s, u"danach geändert"_s),
                             appointment(0, u"local-abc"_s, u"Geändert"_s, 0).data));
    QCOMPARE(nameOf(*m_store, u"local-abc"_s), u"Geändert"_s);

    QVERIFY(m_store->completeWrite(m_store->pendingWrites().first(),
                                   appointment(0, u"42"_s, u"Offline gebucht"_s, 1).data));
    QCOMPARE(nameOf(*m_store, u"local-abc"_s), u"(none)"_s);
    const QList<OutboxEntry> pending = m_store->pendingWrites();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().path, u"/api/v1/appointments/42"_s);
    QCOMPARE(pending.first().entityId, u"42"_s);
    // The later change is still pending, so the server's answer waits behind it.
    QVERIFY(m_store->hasPendingWrite(u"appointment"_s, u"42"_s));
    QVERIFY(
        m_store->completeWrite(pending.first(), appointment(0, u"42"_s, u"Geändert"_s, 2).data));
    QCOMPARE(nameOf(*m_store, u"42"_s), u"Geändert"_s);
}

void tst_LocalStore::refusedOfflineCreateDisappears()
{
    OutboxEntry create = write("POST", QString(), u"neu"_s);
    create.path = u"/api/v1/appointments"_s;
    create.entityId = u"local-x"_s;
    QVERIFY(m_store->enqueue(create, appointment(0, u"local-x"_s, u"Voll"_s, 0).data));
    QCOMPARE(m_store->rollbackWrite(m_store->pendingWrites().first())->size(), 1);
    QCOMPARE(nameOf(*m_store, u"local-x"_s), u"(none)"_s);
    QCOMPARE(m_store->pendingCount(), 0);
}

void tst_LocalStore::outboxSurvivesReopenInOrder()
{
    const OutboxEntry first = write("PATCH", u"1"_s, u"erste"_s);
    const OutboxEntry second = write("DELETE", u"2"_s, u"zweite"_s);
    QVERIFY(m_store->enqueue(first, std::nullopt));
    QVERIFY(m_store->enqueue(second, std::nullopt));
    // A key is used once: the same write twice is refused, not sent twice.
    QVERIFY(!m_store->enqueue(first, std::nullopt));
    m_store.reset();
    LocalStore reopened(m_dir.filePath(u"cache.db"_s), u"cache3"_s);
    QVERIFY(reopened.open());
    const QList<OutboxEntry> pending = reopened.pendingWrites();
    QCOMPARE(pending.size(), 2);
    QCOMPARE(pending.at(0).idempotencyKey, first.idempotencyKey);
    QCOMPARE(pending.at(0).method, QByteArray("PATCH"));
    QCOMPARE(pending.at(0).body.value(u"note"_s).toString(), u"erste"_s);
    QCOMPARE(pending.at(1).summary, u"zweite"_s);
    QVERIFY(pending.at(0).sequence < pending.at(1).sequence);
}

void tst_LocalStore::eachClerkSendsOnlyTheirOwn()
{
    OutboxEntry first = write("PATCH", u"1"_s, u"von Müller"_s);
    first.login = u"mueller"_s;
    OutboxEntry second = write("PATCH", u"2"_s, u"von Yılmaz"_s);
    second.login = u"yilmaz"_s;
    OutboxEntry third = write("PATCH", u"3"_s, u"wieder Müller"_s);
    third.login = u"mueller"_s;
    for (const OutboxEntry &entry : {first, second, third})
        QVERIFY(m_store->enqueue(entry, std::nullopt));
    QCOMPARE(m_store->nextWriteOf(u"mueller"_s).value()->summary, u"von Müller"_s);
    QCOMPARE(m_store->nextWriteOf(u"yilmaz"_s).value()->summary, u"von Yılmaz"_s);
    QVERIFY(!m_store->nextWriteOf(u"weber"_s).value());
    QVERIFY(m_store->completeWrite(*m_store->nextWriteOf(u"mueller"_s).value(), std::nullopt));
    QCOMPARE(m_store->nextWriteOf(u"mueller"_s).value()->summary, u"wieder Müller"_s);
    QCOMPARE(m_store->pendingCount(), 2);
}

void tst_LocalStore::findsByAField()
{
    Change withCode = appointment(1, u"11"_s, u"Mit Code"_s, 1);
    withCode.data.insert(u"bookingCode"_s, u"K7M2-9QXP"_s);
    QVERIFY(m_store->apply({withCode, appointment(2, u"12"_s, u"Ohne"_s, 1)}, 2));
    QCOMPARE(m_store->entityWhere(u"appointment"_s, u"bookingCode"_s, u"K7M2-9QXP"_s)
                 ->value(u"name"_s)
                 .toString(),
             u"Mit Code"_s);
    QVERIFY(!m_store->entityWhere(u"appointment"_s, u"bookingCode"_s, u"ZZZZ-ZZZZ"_s));
}

void tst_LocalStore::failedEntityReadIsReported()
{
    QVERIFY(m_store->apply({appointment(1, u"1"_s, u"Da"_s, 1)}, 1));
    QSignalSpy failed(m_store.get(), &LocalStore::readFailed);
    QCOMPARE(m_store->entities(u"appointment"_s).size(), 1);
    QCOMPARE(failed.size(), 0); // a read that works says nothing

    QVERIFY(dropTable(u"cache"_s, u"entity_cache"_s));
    // Each read still answers "nothing" (the lists stay empty), but says why.
    QVERIFY(m_store->entities(u"appointment"_s).isEmpty());
    QCOMPARE(failed.size(), 1);
    QVERIFY(!failed.at(0).at(0).toString().isEmpty());
    QVERIFY(!m_store->entity(u"appointment"_s, u"1"_s));
    QVERIFY(m_store->entitiesStartingBetween(u"appointment"_s, 0, 1LL << 50).isEmpty());
    QVERIFY(!m_store->entityWhere(u"appointment"_s, u"name"_s, u"Da"_s));
    QCOMPARE(failed.size(), 4);
}

void tst_LocalStore::failedCursorReadIsNoCursor()
{
    QVERIFY(m_store->apply({upsert(3, u"office"_s, u"1"_s, u"Bürgeramt"_s)}, 3));
    QVERIFY(dropTable(u"cache"_s, u"sync_state"_s));
    // Not "0" (which would pull everything again) and not "another server"
    // (which would drop the cache): a failure.
    const Result<qint64> cursor = m_store->cursor();
    QVERIFY(!cursor);
    QVERIFY(!cursor.error().isEmpty());
    QVERIFY(!m_store->serverInstanceId());
    QVERIFY(!m_store->resetIfOtherServer(u"server-a"_s));
    QVERIFY(!m_store->apply({upsert(4, u"office"_s, u"1"_s, u"Neu"_s)}, 4));
    QCOMPARE(m_store->entity(u"office"_s, u"1"_s)->value(u"name"_s).toString(), u"Bürgeramt"_s);
}

void tst_LocalStore::failedOutboxReadIsNoEmptyOutbox()
{
    OutboxEntry entry = write("PATCH", u"1"_s, u"wartet"_s);
    entry.login = u"mueller"_s;
    QVERIFY(m_store->enqueue(entry, std::nullopt));
    QVERIFY(m_store->nextWriteOf(u"mueller"_s).value());
    QSignalSpy failed(m_store.get(), &LocalStore::readFailed);

    QVERIFY(dropTable(u"cache"_s, u"outbox"_s));
    // The sender must not take a failed read for "nothing to send".
    const auto next = m_store->nextWriteOf(u"mueller"_s);
    QVERIFY(!next);
    QVERIFY(!next.error().isEmpty());
    QCOMPARE(m_store->pendingCount(), 0);
    QVERIFY(m_store->pendingWrites().isEmpty());
    QVERIFY(!m_store->hasPendingWrite(u"appointment"_s, u"1"_s));
    QCOMPARE(failed.size(), 3);
}

void tst_LocalStore::failedWriteLeavesNothingBehind()
{
    QVERIFY(dropTable(u"cache"_s, u"entity_cache"_s));
    // The outbox row goes in, the optimistic change cannot: the whole write
    // is rolled back, so no write is sent that the clerk never saw.
    const Result<void> queued =
        m_store->enqueue(write("PATCH", u"5"_s, u"ändern"_s), QJsonObject{{u"id"_s, u"5"_s}});
    QVERIFY(!queued);
    QVERIFY(!queued.error().isEmpty());
    QCOMPARE(m_store->pendingCount(), 0);

    QVERIFY(m_store->enqueue(write("PATCH", u"6"_s, u"ohne Änderung"_s), std::nullopt));
    QCOMPARE(m_store->pendingCount(), 1);
    // Taking it out of the outbox works, showing the server's answer does
    // not: the write stays pending, to be completed again.
    QVERIFY(!m_store->completeWrite(m_store->pendingWrites().first(),
                                    appointment(0, u"6"_s, u"Bestätigt"_s, 2).data));
    QCOMPARE(m_store->pendingCount(), 1);
}

void tst_LocalStore::readFailureReachesTheWindow()
{
    BackendClient client;
    SyncEngine sync(&client, m_store.get());
    QSignalSpy failed(&sync, &SyncEngine::syncFailed);
    QVERIFY(dropTable(u"cache"_s, u"entity_cache"_s));
    QVERIFY(m_store->entities(u"counter"_s).isEmpty());
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.at(0).at(0).toString().startsWith(u"The local cache could not be read: "_s));
}

// The cache writer's thread and the window share the file. A write that finds
// the other one writing waits for it (BEGIN IMMEDIATE with the busy timeout)
// instead of failing: a deferred BEGIN that reads first would be refused when
// the other commits in between.
void tst_LocalStore::waitsForTheOtherWriter()
{
    QVERIFY(m_store->apply({upsert(1, u"counter"_s, u"1"_s, u"Schalter 1"_s)}, 1));
    std::atomic<bool> holding = false;
    QString otherError;
    std::unique_ptr<QThread> other(QThread::create([&] {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other-writer"_s);
            db.setDatabaseName(m_dir.filePath(u"cache.db"_s));
            QSqlQuery query(db);
            if (!db.open() || !query.exec(u"BEGIN IMMEDIATE"_s) ||
                !query.exec(u"UPDATE sync_state SET value = value WHERE key = 'cursor'"_s)) {
                otherError = db.lastError().text() + query.lastError().text();
                holding = true;
                return;
            }
            holding = true;
            QThread::msleep(300); // long enough for the write below to find the lock
            if (!query.exec(u"COMMIT"_s))
                otherError = query.lastError().text();
        }
        QSqlDatabase::removeDatabase(u"other-writer"_s);
    }));
    other->start();
    QTRY_VERIFY(holding.load());
    const Result<void> written =
        m_store->apply({upsert(2, u"counter"_s, u"2"_s, u"Schalter 2"_s)}, 2);
    QVERIFY(other->wait(10000));
    QVERIFY2(otherError.isEmpty(), qPrintable(otherError));
    QVERIFY2(written, qPrintable(written.error()));
    QCOMPARE(m_store->cursor().value(), 2);
    QCOMPARE(m_store->entities(u"counter"_s).size(), 2);
}

void tst_LocalStore::erasedNameIsInNoByteOfTheFiles_data()
{
    QTest::addColumn<bool>("removed");
    QTest::addRow("anonymised") << false;
    QTest::addRow("removed") << true;
}

void tst_LocalStore::erasedNameIsInNoByteOfTheFiles()
{
    QFETCH(bool, removed);
    const QString file = m_dir.filePath(u"cache.db"_s);
    const QString name = u"Quirinus Zwetschgenbaum"_s;
    // The person, among others, synced as the feed brings them.
    QList<Change> batch;
    for (int i = 1; i <= 50; ++i)
        batch.append(appointment(i, QString::number(i), u"Bürger Nummer %1"_s.arg(i), 1));
    Change person = appointment(51, u"51"_s, name, 1);
    person.data.insert(u"email"_s, u"q.zwetschgenbaum@example.org"_s);
    batch.append(person);
    QVERIFY(m_store->apply(batch, 51));
    QVERIFY(m_store->apply({appointment(52, u"7"_s, u"Bürger Sieben"_s, 2)}, 52));
    QVERIFY(inTheFiles(file, name)); // the test would see it

    // The feed carries the erasure: the entity without contact data, or gone.
    if (removed) {
        QVERIFY(m_store->apply({TestSupport::removalChange(53, u"appointment"_s, u"51"_s)}, 53));
    } else {
        Change anonymised = appointment(53, u"51"_s, QString(), 2);
        anonymised.data.insert(u"email"_s, QString());
        QVERIFY(m_store->apply({anonymised}, 53));
    }
    QCOMPARE(nameOf(*m_store, u"51"_s), removed ? u"(none)"_s : QString());
    // While the workstation runs, and after it closed the cache.
    QVERIFY(!inTheFiles(file, name));
    QVERIFY(!inTheFiles(file, u"zwetschgenbaum@"_s));
    m_store.reset();
    QVERIFY(!inTheFiles(file, name));
}

void tst_LocalStore::openingACurrentCacheWritesNothing()
{
    const QString file = m_dir.filePath(u"cache.db"_s);
    QVERIFY(m_store->apply({upsert(1, u"office"_s, u"1"_s, u"Standesamt"_s)}, 1));
    m_store.reset(); // the last connection goes: the WAL is folded in and removed
    const QDateTime written = QFileInfo(file).lastModified();
    LocalStore reopened(file, u"reopened"_s);
    QVERIFY(reopened.open());
    // Nothing waits in the WAL to be written, and the file is as it was.
    QCOMPARE(QFileInfo(file + u"-wal"_s).size(), 0);
    QCOMPARE(QFileInfo(file).lastModified(), written);
    QCOMPARE(reopened.entities(u"office"_s).size(), 1);
}

void tst_LocalStore::otherRolesDropTheCache()
{
    // A cache never filled is no reset: its roles are noted.
    QCOMPARE(m_store->resetIfOtherRoles(u"clerk"_s).value(), false);
    QVERIFY(m_store->apply({appointment(1, u"1"_s, u"Bürgeramt-Termin"_s, 1),
                            appointment(2, u"2"_s, u"Mit Änderung"_s, 1)},
                           2));
    QJsonObject optimistic = *m_store->entity(u"appointment"_s, u"2"_s);
    optimistic.insert(u"name"_s, u"Geändert"_s);
    OutboxEntry pending = write("PATCH", u"2"_s, u"ändern"_s);
    pending.login = u"mueller"_s;
    QVERIFY(m_store->enqueue(pending, optimistic));
    QCOMPARE(m_store->resetIfOtherRoles(u"clerk"_s).value(), false); // the same roles: kept
    QCOMPARE(m_store->entities(u"appointment"_s).size(), 2);

    // The same login, now a registrar: nothing the clerk received is shown,
    // and the sync starts again from the beginning on the same server.
    QCOMPARE(m_store->resetIfOtherRoles(u"registrar"_s).value(), true);
    QVERIFY(!m_store->entity(u"appointment"_s, u"1"_s));
    QCOMPARE(m_store->cursor().value(), 0);
    QCOMPARE(m_store->serverInstanceId().value(), u"server-a"_s);
    // Their own pending write stays, with what it shows, until the server answers.
    QCOMPARE(m_store->pendingCount(), 1);
    QCOMPARE(nameOf(*m_store, u"2"_s), u"Geändert"_s);

    // Remembered across a reopen; a new server instance does not forget them.
    QVERIFY(m_store->resetIfOtherServer(u"server-b"_s));
    m_store.reset();
    LocalStore reopened(m_dir.filePath(u"cache.db"_s), u"reopened"_s);
    QVERIFY(reopened.open());
    QVERIFY(reopened.apply({appointment(1, u"1"_s, u"Trauung"_s, 1)}, 1));
    QCOMPARE(reopened.resetIfOtherRoles(u"registrar"_s).value(), false);
    QCOMPARE(reopened.resetIfOtherRoles(u"clerk"_s).value(), true);
    QVERIFY(reopened.entities(u"appointment"_s).isEmpty());
}

void tst_LocalStore::expiredWritesAreNotNextButNamed()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 day = 24LL * 3600 * 1000;
    const qint64 sendableSince = LocalStore::sendableSince(now);
    QCOMPARE(sendableSince, now - 28 * day); // two days short of the server's 30
    OutboxEntry old = write("PATCH", u"1"_s, u"vor 29 Tagen"_s);
    old.login = u"mueller"_s;
    old.createdAt = now - 29 * day;
    // For the same record: it built on the expired one, and waits with it.
    OutboxEntry builtOnOld = write("PATCH", u"1"_s, u"vor 2 Tagen, Termin 1"_s);
    builtOnOld.login = u"mueller"_s;
    builtOnOld.createdAt = now - 2 * day;
    OutboxEntry recent = write("PATCH", u"2"_s, u"vor 27 Tagen"_s);
    recent.login = u"mueller"_s;
    recent.createdAt = now - 27 * day;
    QVERIFY(m_store->enqueue(old, std::nullopt));
    QVERIFY(m_store->enqueue(builtOnOld, std::nullopt));
    QVERIFY(m_store->enqueue(recent, std::nullopt));

    // The sender's next write skips the expired one and the one for its
    // record after it; neither is dropped.
    QCOMPARE(m_store->nextWriteOf(u"mueller"_s).value()->summary, u"vor 29 Tagen"_s);
    QCOMPARE(m_store->nextWriteOf(u"mueller"_s, sendableSince).value()->summary, u"vor 27 Tagen"_s);
    const QList<OutboxEntry> expired = m_store->writesMadeBefore(sendableSince).value();
    QCOMPARE(expired.size(), 1);
    QCOMPARE(expired.at(0).summary, u"vor 29 Tagen"_s);

    // Discarding the expired ones leaves the others, and frees the record.
    QCOMPARE(m_store->discardWritesOf(u"mueller"_s, sendableSince).value(), 1);
    QCOMPARE(m_store->pendingCount(), 2);
    QCOMPARE(m_store->nextWriteOf(u"mueller"_s, sendableSince).value()->summary,
             u"vor 2 Tagen, Termin 1"_s);
}

void tst_LocalStore::anonymisedRecordDropsItsPendingWrites()
{
    const QString file = m_dir.filePath(u"cache.db"_s);
    const QString name = u"Quirinus Zwetschgenbaum"_s;
    QVERIFY(
        m_store->apply({appointment(1, u"1"_s, name, 1), appointment(2, u"2"_s, u"Anna"_s, 1)}, 2));
    // The clerk changed both offline; the writes keep the name.
    OutboxEntry mine = write("PATCH", u"1"_s, u"Appointment "_s + name + u", moved"_s);
    mine.login = u"mueller"_s;
    QVERIFY(
        m_store->enqueue(mine, QJsonObject{{u"id"_s, u"1"_s}, {u"name"_s, name + u" (moved)"_s}}));
    OutboxEntry other = write("PATCH", u"2"_s, u"Appointment Anna, moved"_s);
    other.login = u"mueller"_s;
    QVERIFY(m_store->enqueue(other, QJsonObject{{u"id"_s, u"2"_s}, {u"name"_s, u"Anna M."_s}}));
    QVERIFY(inTheFiles(file, name));

    // The server anonymised appointment 1 (retention): the feed brings it.
    Change anonymised = appointment(3, u"1"_s, QString(), 2);
    anonymised.data.insert(u"anonymised"_s, true);
    QList<OutboxEntry> dropped;
    QVERIFY(m_store->apply({anonymised}, 3, &dropped));
    QCOMPARE(dropped.size(), 1);
    QCOMPARE(dropped.at(0).entityId, u"1"_s);
    QVERIFY(!m_store->hasPendingWrite(u"appointment"_s, u"1"_s));
    QCOMPARE(m_store->pendingCount(), 1); // the other record's stays
    QCOMPARE(nameOf(*m_store, u"1"_s), QString());
    QVERIFY(m_store->entity(u"appointment"_s, u"1"_s)->value(u"anonymised"_s).toBool());
    QCOMPARE(nameOf(*m_store, u"2"_s), u"Anna M."_s);
    QVERIFY(!inTheFiles(file, name));

    // The clerk is told, as if the server had refused it (409 anonymised):
    // the windows say so for refused writes; without the name.
    BackendClient client;
    OutboxSender sender(&client, m_store.get());
    QSignalSpy refused(&sender, &OutboxSender::refused);
    sender.reportAnonymised(dropped);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().at(1).toInt(), 409);
    QCOMPARE(refused.first().at(2).toString(), u"anonymised"_s);
    const auto told = refused.first().at(0).value<OutboxEntry>();
    QCOMPARE(told.entityId, u"1"_s);
    QVERIFY2(!told.summary.contains(u"Zwetschgenbaum"_s), qPrintable(told.summary));
    QVERIFY(!QJsonDocument(told.body).toJson().contains("Zwetschgenbaum"));
    m_store.reset();
    QVERIFY(!inTheFiles(file, name));
}

QTEST_GUILESS_MAIN(tst_LocalStore)
#include "tst_localstore.moc"
