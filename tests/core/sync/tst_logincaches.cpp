// The workstation's caches, one per login: their files and access rights,
// that no login sees another's, the writes other logins left unsent (named,
// counted, discarded by a supervisor and audited by the server), and the
// shared cache of earlier versions.

#include "core/sync/logincaches.h"
#include "core/sync/otherloginswrites.h"
#include "server/instance/backend.h"
#include "server/storage/idempotencyrepository.h"
#include "testsupport.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLockFile>
#include <QSignalSpy>
#include <QUuid>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {
OutboxEntry writeBy(const QString &login, const QString &id, const QString &summary)
{
    OutboxEntry entry;
    entry.idempotencyKey = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    entry.method = "PATCH";
    entry.path = u"/api/v1/appointments/"_s + id;
    entry.body = {{u"notes"_s, summary}};
    entry.entity = u"appointment"_s;
    entry.entityId = id;
    entry.summary = summary;
    entry.login = login;
    return entry;
}

// The mode bits of a file or folder, as `ls -l` shows them (0600, 0700).
int modeOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

// Queues `count` writes made by `login` into the cache file `file`, with no
// sync running: they stay pending, as when that login left offline.
void leavePendingWrites(const QString &file, const QString &login, int count,
                        const QString &name = {})
{
    LocalStore store(file, u"leave-"_s + QUuid::createUuid().toString(QUuid::Id128));
    QVERIFY(store.open());
    for (int i = 0; i < count; ++i) {
        const OutboxEntry entry = writeBy(login, QString::number(i + 1), u"Termin %1"_s.arg(i));
        const std::optional<QJsonObject> shown =
            name.isEmpty()
                ? std::nullopt
                : std::optional(QJsonObject{{u"id"_s, entry.entityId}, {u"name"_s, name}});
        QVERIFY(store.enqueue(entry, shown));
    }
}

constexpr qint64 kDay = 24LL * 3600 * 1000;

// Queues one write of `login`, made at `createdAt`, into the cache file `file`.
void leaveWrite(const QString &file, const QString &login, const QString &summary, qint64 createdAt,
                const QString &id = u"1"_s)
{
    LocalStore store(file, u"leave-"_s + QUuid::createUuid().toString(QUuid::Id128));
    QVERIFY(store.open());
    OutboxEntry entry = writeBy(login, id, summary);
    entry.createdAt = createdAt;
    QVERIFY(store.enqueue(entry, std::nullopt));
}

// Says in the cache file `file` that its login last used it at `when`.
void lastUsedAt(const QString &file, qint64 when)
{
    LocalStore store(file, u"used-"_s + QUuid::createUuid().toString(QUuid::Id128));
    QVERIFY(store.open());
    QVERIFY(store.setLastUsed(when));
}

int auditRows(ServerInstance &server, const QString &by, const QString &whose, const QString &count)
{
    SqlRows rows = server.backend().db.exec(
        u"SELECT COUNT(*) FROM audit_log WHERE action = 'outbox.discard' AND user_login = ? "
        "AND subject = ? AND detail = ?"_s,
        {by, whose, count});
    return rows.next() ? rows.value(0).toInt() : -1;
}
} // namespace

class tst_LoginCaches : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void eachLoginHasItsOwnFileForItsOwner();
    void noLoginSeesAnothersCache();
    void othersPendingWritesAreNamedAndCounted();
    void aSupervisorDiscardsThemAudited();
    void aClerkMayNotDiscard();
    void theRouteChecksItsBody();
    void sharedCacheWithoutWritesGoes();
    void sharedCacheKeepsOthersWritesUntilTheyReturn();
    void inMemoryStoreLeavesNoFile();
    void expiredWritesWaitNamedUntilASupervisorDiscardsThem();
    void noOtherLoginSeesAName();
    void othersCachesInUseAreLeftAlone();
    void clientStopsSendingBeforeTheServerForgetsKeys();
    void unusedCachesGoWithTheirWritesNamed();

private:
    std::unique_ptr<TestSupport::SyncedClient> connect(const QString &login);
    std::unique_ptr<BackendClient> logIn(const QString &login);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerInstance> m_server;
    std::optional<LoginCaches> m_caches;
};

void tst_LoginCaches::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    if (qstrcmp(QTest::currentTestFunction(), "inMemoryStoreLeavesNoFile") != 0) {
        QString error;
        m_server = TestSupport::startDemoServer(*m_dir, &error);
        QVERIFY2(m_server, qPrintable(error));
    }
    m_caches.emplace(m_dir->filePath(u"tresen/cache"_s), u"0123456789abcdef"_s);
    QVERIFY(m_caches->prepareFolder());
}

void tst_LoginCaches::cleanup()
{
    m_caches.reset();
    m_server.reset();
    m_dir.reset();
}

std::unique_ptr<TestSupport::SyncedClient> tst_LoginCaches::connect(const QString &login)
{
    QString error;
    auto synced = TestSupport::SyncedClient::connect(QUrl(m_server->baseUrl()), login, u"demo"_s,
                                                     m_caches->fileOf(login), &error);
    if (!synced)
        qWarning("%s", qPrintable(error));
    return synced;
}

std::unique_ptr<BackendClient> tst_LoginCaches::logIn(const QString &login)
{
    auto client = std::make_unique<BackendClient>();
    client->setBaseUrl(QUrl(m_server->baseUrl()));
    bool done = false;
    client->login(login, u"demo"_s, client.get(),
                  [&done](const ApiResponse &, const SessionInfo &) { done = true; });
    if (!QTest::qWaitFor([&done] { return done; }, 10000) || !client->isLoggedIn())
        return nullptr;
    return client;
}

void tst_LoginCaches::eachLoginHasItsOwnFileForItsOwner()
{
    const QString muellers = m_caches->fileOf(u"mueller"_s);
    const QString yilmazs = m_caches->fileOf(u"yilmaz"_s);
    QVERIFY(muellers != yilmazs);
    // The same login on another server has another cache.
    QVERIFY(LoginCaches(m_caches->folder(), u"embedded"_s).fileOf(u"mueller"_s) != muellers);
    // No name in the folder: a hash of server and login.
    QVERIFY(!QFileInfo(muellers).fileName().contains(u"mueller"_s));
    QVERIFY(QFileInfo(muellers).fileName().startsWith(u"0123456789abcdef-"_s));

    const auto mueller = connect(u"mueller"_s);
    QVERIFY(mueller);
    const auto yilmaz = connect(u"yilmaz"_s);
    QVERIFY(yilmaz);
    QCOMPARE(mueller->store->filePath(), muellers);
    for (const QString &file : {muellers, yilmazs, muellers + u"-wal"_s, yilmazs + u"-wal"_s}) {
        QVERIFY2(QFileInfo::exists(file), qPrintable(file));
        QCOMPARE(modeOf(file), 0600);
    }
    QCOMPARE(modeOf(m_caches->folder()), 0700);
}

void tst_LoginCaches::noLoginSeesAnothersCache()
{
    const auto mueller = connect(u"mueller"_s);
    QVERIFY(mueller);
    // Müller's cache holds a citizen's name only it has (a booking made offline).
    OutboxEntry booking = writeBy(u"mueller"_s, u"local-1"_s, u"Termin Probe"_s);
    booking.method = "POST";
    booking.path = u"/api/v1/appointments"_s;
    mueller->sync->outbox().pause(); // it stays the clerk's own, unsent
    QVERIFY(mueller->store->enqueue(
        booking, QJsonObject{{u"id"_s, u"local-1"_s}, {u"name"_s, u"Erika Probenname"_s}}));
    QVERIFY(mueller->store->entityWhere(u"appointment"_s, u"name"_s, u"Erika Probenname"_s));
    mueller.get()->sync->stop();

    const auto yilmaz = connect(u"yilmaz"_s);
    QVERIFY(yilmaz);
    QVERIFY(!yilmaz->store->entityWhere(u"appointment"_s, u"name"_s, u"Erika Probenname"_s));
    QVERIFY(!yilmaz->store->entity(u"appointment"_s, u"local-1"_s));
    QCOMPARE(yilmaz->store->pendingCount(), 0);
    QFile file(yilmaz->store->filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("Erika Probenname"));
}

void tst_LoginCaches::othersPendingWritesAreNamedAndCounted()
{
    leavePendingWrites(m_caches->fileOf(u"mueller"_s), u"mueller"_s, 3);
    leavePendingWrites(m_caches->fileOf(u"schmidt"_s), u"schmidt"_s, 1);
    const auto yilmaz = logIn(u"yilmaz"_s);
    QVERIFY(yilmaz);
    OtherLoginsWrites others(*m_caches, yilmaz.get());
    QVERIFY(others.refresh());
    QCOMPARE(others.pending().size(), 2);
    QCOMPARE(others.pending().at(0).login, u"mueller"_s);
    QCOMPARE(others.pending().at(0).count, 3);
    QCOMPARE(others.pending().at(1).login, u"schmidt"_s);
    QCOMPARE(others.pending().at(1).count, 1);
    const QString text = OtherLoginsWrites::waitingText(u"mueller"_s, 3);
    QVERIFY2(text.contains(u"mueller"_s) && text.contains(u'3'), qPrintable(text));
    QVERIFY(!others.mayDiscard());

    // One's own writes are not "another login's".
    const auto mueller = logIn(u"mueller"_s);
    QVERIFY(mueller);
    OtherLoginsWrites seenByMueller(*m_caches, mueller.get());
    QVERIFY(seenByMueller.refresh());
    QCOMPARE(seenByMueller.pending().size(), 1);
    QCOMPARE(seenByMueller.pending().at(0).login, u"schmidt"_s);
}

void tst_LoginCaches::aSupervisorDiscardsThemAudited()
{
    leavePendingWrites(m_caches->fileOf(u"mueller"_s), u"mueller"_s, 2, u"Erika Probenname"_s);
    leavePendingWrites(m_caches->fileOf(u"schmidt"_s), u"schmidt"_s, 1);
    const auto weber = logIn(u"weber"_s);
    QVERIFY(weber);
    OtherLoginsWrites others(*m_caches, weber.get());
    QVERIFY(others.refresh());
    QVERIFY(others.mayDiscard());
    QSignalSpy discarded(&others, &OtherLoginsWrites::discarded);
    QCOMPARE(auditRows(*m_server, u"weber"_s, u"mueller"_s, u"2"_s), 0);
    others.discard(u"mueller"_s, 2);
    QVERIFY(discarded.wait());
    QCOMPARE(discarded.first().at(0).toString(), u"mueller"_s);
    QCOMPARE(discarded.first().at(1).toInt(), 2);
    QCOMPARE(auditRows(*m_server, u"weber"_s, u"mueller"_s, u"2"_s), 1);
    // Gone from Müller's cache, with the optimistic versions they showed;
    // Schmidt's stay.
    QCOMPARE(others.pending().size(), 1);
    QCOMPARE(others.pending().at(0).login, u"schmidt"_s);
    LocalStore muellers(m_caches->fileOf(u"mueller"_s), u"check"_s);
    QVERIFY(muellers.open());
    QCOMPARE(muellers.pendingCount(), 0);
    QVERIFY(!muellers.entityWhere(u"appointment"_s, u"name"_s, u"Erika Probenname"_s));
}

void tst_LoginCaches::aClerkMayNotDiscard()
{
    leavePendingWrites(m_caches->fileOf(u"mueller"_s), u"mueller"_s, 2);
    const auto yilmaz = logIn(u"yilmaz"_s);
    QVERIFY(yilmaz);
    OtherLoginsWrites others(*m_caches, yilmaz.get());
    QVERIFY(others.refresh());
    QSignalSpy failed(&others, &OtherLoginsWrites::discardFailed);
    others.discard(u"mueller"_s, 2);
    QVERIFY(failed.wait());
    QCOMPARE(others.pending().size(), 1);
    QCOMPARE(others.pending().at(0).count, 2); // nothing dropped
    QCOMPARE(auditRows(*m_server, u"yilmaz"_s, u"mueller"_s, u"2"_s), 0);

    TestSupport::HttpClient http(QUrl(m_server->baseUrl()));
    const QByteArray body = R"({"login":"mueller","count":2})";
    for (const QString &refused : {u"mueller"_s, u"schmidt"_s, u"admin"_s, u"anzeige"_s})
        QCOMPARE(
            http.send("POST", u"/api/v1/outbox-discards"_s, body, http.login(refused, u"demo"_s))
                .status,
            403);
    QCOMPARE(http.send("POST", u"/api/v1/outbox-discards"_s, body).status, 401);
}

void tst_LoginCaches::theRouteChecksItsBody()
{
    TestSupport::HttpClient http(QUrl(m_server->baseUrl()));
    const QByteArray weber = http.login(u"weber"_s, u"demo"_s);
    for (const QByteArray &bad :
         {QByteArray(R"({"login":"","count":2})"), QByteArray(R"({"login":"mueller"})"),
          QByteArray(R"({"login":"mueller","count":0})"),
          QByteArray(R"({"login":"mueller","count":1.5})")})
        QCOMPARE(http.send("POST", u"/api/v1/outbox-discards"_s, bad, weber).status, 400);
    const auto answer =
        http.send("POST", u"/api/v1/outbox-discards"_s, R"({"login":"yilmaz","count":4})", weber);
    QCOMPARE(answer.status, 201);
    QCOMPARE(auditRows(*m_server, u"weber"_s, u"yilmaz"_s, u"4"_s), 1);
}

void tst_LoginCaches::sharedCacheWithoutWritesGoes()
{
    // Version 1's one cache for everyone, with what a clerk synced into it.
    {
        LocalStore shared(m_caches->sharedFile(), u"shared"_s);
        QVERIFY(shared.open());
        QVERIFY(shared.apply(
            {TestSupport::upsertChange(1, u"appointment"_s,
                                       {{u"id"_s, u"7"_s}, {u"name"_s, u"Erika Probenname"_s}})},
            1));
    }
    const auto yilmaz = connect(u"yilmaz"_s);
    QVERIFY(yilmaz);
    QCOMPARE(m_caches->migrateShared(u"yilmaz"_s, *yilmaz->store).valueOr(-1), 0);
    QVERIFY(!QFileInfo::exists(m_caches->sharedFile()));
    QVERIFY(!QFileInfo::exists(m_caches->sharedFile() + u"-wal"_s));
    QVERIFY(!yilmaz->store->entityWhere(u"appointment"_s, u"name"_s, u"Erika Probenname"_s));
}

void tst_LoginCaches::sharedCacheKeepsOthersWritesUntilTheyReturn()
{
    leavePendingWrites(m_caches->sharedFile(), u"mueller"_s, 2, u"Erika Probenname"_s);
    leavePendingWrites(m_caches->sharedFile(), u"yilmaz"_s, 1);
    const QList<OutboxEntry> muellersWrites = [this] {
        LocalStore shared(m_caches->sharedFile(), u"shared"_s);
        return shared.open() ? shared.pendingWritesOf(u"mueller"_s).valueOr({})
                             : QList<OutboxEntry>();
    }();
    QCOMPARE(muellersWrites.size(), 2);

    // Yilmaz comes first: takes its own write, sees Müller's.
    {
        LocalStore mine(m_caches->fileOf(u"yilmaz"_s), u"yilmaz"_s);
        QVERIFY(mine.open());
        QCOMPARE(m_caches->migrateShared(u"yilmaz"_s, mine).valueOr(-1), 1);
        QCOMPARE(mine.pendingCount(), 1);
        QVERIFY(!mine.entityWhere(u"appointment"_s, u"name"_s, u"Erika Probenname"_s));
    }
    QVERIFY(QFileInfo::exists(m_caches->sharedFile()));
    const auto others = m_caches->pendingOfOthers(u"yilmaz"_s);
    QVERIFY(others);
    QCOMPARE(others->size(), 1);
    QCOMPARE(others->at(0).login, u"mueller"_s);
    QCOMPARE(others->at(0).count, 2);

    // Müller returns: the writes move, in order, with their keys and what
    // they showed; the shared file is empty now, and goes.
    LocalStore mine(m_caches->fileOf(u"mueller"_s), u"mueller"_s);
    QVERIFY(mine.open());
    QCOMPARE(m_caches->migrateShared(u"mueller"_s, mine).valueOr(-1), 2);
    QVERIFY(!QFileInfo::exists(m_caches->sharedFile()));
    const QList<OutboxEntry> moved = mine.pendingWritesOf(u"mueller"_s).valueOr({});
    QCOMPARE(moved.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(moved.at(i).idempotencyKey, muellersWrites.at(i).idempotencyKey);
        QCOMPARE(moved.at(i).path, muellersWrites.at(i).path);
        QCOMPARE(moved.at(i).login, u"mueller"_s);
    }
    QVERIFY(mine.entityWhere(u"appointment"_s, u"name"_s, u"Erika Probenname"_s));
    QCOMPARE(m_caches->pendingOfOthers(u"mueller"_s)->size(), 1); // Yilmaz's, in its own file
}

void tst_LoginCaches::inMemoryStoreLeavesNoFile()
{
    const QString before = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_dir->path()));
    {
        LocalStore store(LocalStore::kInMemory, u"memory"_s);
        QVERIFY(store.open());
        QVERIFY(store.isInMemory());
        QVERIFY(store.apply({TestSupport::upsertChange(
                                1, u"ticket"_s, {{u"id"_s, u"1"_s}, {u"number"_s, u"A001"_s}})},
                            1));
        QCOMPARE(store.entities(u"ticket"_s).size(), 1);
    }
    QVERIFY(QDir::setCurrent(before));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).size(), 0);
}

void tst_LoginCaches::expiredWritesWaitNamedUntilASupervisorDiscardsThem()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString muellers = m_caches->fileOf(u"mueller"_s);
    // As AppointmentBook writes them: with the citizen's name.
    const QString citizen = u"Appointment Max Mustermann, Mon 02.11. 09:30"_s;
    leaveWrite(muellers, u"mueller"_s, citizen + u", notes (old)"_s, now - 29 * kDay);
    leaveWrite(muellers, u"mueller"_s, citizen + u", notes (new)"_s, now - kDay);
    leaveWrite(muellers, u"mueller"_s, u"Appointment Erika Musterfrau, notes"_s, now - kDay,
               u"2"_s);

    // Müller returns: the write for another record is sent; the expired one
    // (older than LocalStore::kSendableDays) is not, nor the later one for
    // its record (it built on it), and both stay.
    const auto mueller = connect(u"mueller"_s);
    QVERIFY(mueller);
    QTRY_COMPARE_WITH_TIMEOUT(mueller->store->pendingCount(), 2, 10000);
    const QList<OutboxEntry> left = mueller->store->pendingWritesOf(u"mueller"_s).value();
    QCOMPARE(left.size(), 2);
    QCOMPARE(left.at(0).summary, citizen + u", notes (old)"_s);
    QCOMPARE(left.at(1).summary, citizen + u", notes (new)"_s);
    // Named to Müller with what it is (their own); a clerk cannot discard it.
    OtherLoginsWrites seenByMueller(*m_caches, mueller->client.get());
    QVERIFY(seenByMueller.refresh());
    QCOMPARE(seenByMueller.ownExpired(), QStringList{citizen + u", notes (old)"_s});
    QVERIFY(seenByMueller.pending().isEmpty());
    QVERIFY(!seenByMueller.mayDiscard());

    // A supervisor sees Müller's writes counted, the expired one by kind and
    // day only: no name, no booking code. Their own expired one they see
    // in full, and discard it: only that one goes, audited.
    const QString webers = m_caches->fileOf(u"weber"_s);
    leaveWrite(webers, u"weber"_s, u"Weber alt"_s, now - 40 * kDay);
    leaveWrite(webers, u"weber"_s, u"Weber neu"_s, now - kDay);
    const auto weber = logIn(u"weber"_s);
    QVERIFY(weber);
    OtherLoginsWrites seenByWeber(*m_caches, weber.get());
    QVERIFY(seenByWeber.refresh());
    QCOMPARE(seenByWeber.pending().size(), 1);
    const PendingWritesOfLogin muellersWrites = seenByWeber.pending().at(0);
    QCOMPARE(muellersWrites.login, u"mueller"_s);
    QCOMPARE(muellersWrites.count, 2);
    QCOMPARE(muellersWrites.expired.size(), 1);
    const QString made = QDateTime::fromMSecsSinceEpoch(now - 29 * kDay).toString(u"dd.MM.yyyy"_s);
    QCOMPARE(muellersWrites.expired.at(0), u"Appointment, made on "_s + made);
    for (const QString &shown : muellersWrites.expired)
        QVERIFY2(!shown.contains(u"Mustermann"_s), qPrintable(shown));
    QCOMPARE(seenByWeber.ownExpired(), QStringList{u"Weber alt"_s});
    QSignalSpy discarded(&seenByWeber, &OtherLoginsWrites::discarded);
    seenByWeber.discard(u"weber"_s, 1);
    QVERIFY(discarded.wait());
    QCOMPARE(discarded.first().at(1).toInt(), 1);
    QCOMPARE(auditRows(*m_server, u"weber"_s, u"weber"_s, u"1"_s), 1);
    QVERIFY(seenByWeber.ownExpired().isEmpty());
    LocalStore check(webers, u"check"_s);
    QVERIFY(check.open());
    QCOMPARE(check.pendingWritesOf(u"weber"_s)->size(), 1);
    QCOMPARE(check.pendingWritesOf(u"weber"_s)->at(0).summary, u"Weber neu"_s);
}

void tst_LoginCaches::noOtherLoginSeesAName()
{
    // A registrar's expired write names the couple; a clerk's the citizen.
    const qint64 old = QDateTime::currentMSecsSinceEpoch() - 29 * kDay;
    {
        LocalStore store(m_caches->fileOf(u"schmidt"_s), u"leave-registrar"_s);
        QVERIFY(store.open());
        OutboxEntry entry = writeBy(u"schmidt"_s, u"7"_s, u"Wedding Anna Beispiel & Ben Muster"_s);
        entry.entity = u"wedding_booking"_s;
        entry.path = u"/api/v1/wedding-bookings/7"_s;
        entry.createdAt = old;
        QVERIFY(store.enqueue(entry, std::nullopt));
    }
    leaveWrite(m_caches->fileOf(u"mueller"_s), u"mueller"_s,
               u"Appointment Max Mustermann, Mon 02.11. 09:30"_s, old);
    for (const QString &reader : {u"mueller"_s, u"schmidt"_s, u"weber"_s, u"yilmaz"_s}) {
        const auto others = m_caches->pendingOfOthers(reader, old + 1);
        QVERIFY(others);
        for (const PendingWritesOfLogin &writes : *others) {
            QVERIFY(writes.login != reader);
            QCOMPARE(writes.expired.size(), 1);
            const QString shown = writes.expired.join(u'\n');
            QVERIFY2(shown.startsWith(writes.login == u"schmidt"_s ? u"Wedding booking, made on"_s
                                                                   : u"Appointment, made on"_s),
                     qPrintable(shown));
            for (const QString &name : {u"Mustermann"_s, u"Beispiel"_s, u"Muster"_s})
                QVERIFY2(!shown.contains(name), qPrintable(reader + u": "_s + shown));
        }
    }
}

void tst_LoginCaches::othersCachesInUseAreLeftAlone()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString fischers = m_caches->fileOf(u"fischer"_s);
    leaveWrite(fischers, u"fischer"_s, u"Fischer alt"_s, now - 29 * kDay);
    leavePendingWrites(m_caches->fileOf(u"schmidt"_s), u"schmidt"_s, 1);
    // Fischer works in another window: that cache is in use.
    QLockFile fischersLock(LoginCaches::lockFileOf(fischers));
    QVERIFY(fischersLock.tryLock(0));

    int inUse = 0;
    const auto others = m_caches->pendingOfOthers(u"weber"_s, now - 28 * kDay, &inUse);
    QVERIFY(others);
    QCOMPARE(others->size(), 1);
    QCOMPARE(others->at(0).login, u"schmidt"_s);
    QCOMPARE(inUse, 1);
    // Not discarded under Fischer's feet either.
    QCOMPARE(m_caches->discardWritesOf(u"weber"_s, u"fischer"_s).value(), 0);
    const auto weber = logIn(u"weber"_s);
    QVERIFY(weber);
    OtherLoginsWrites seenByWeber(*m_caches, weber.get());
    QVERIFY(seenByWeber.refresh());
    QCOMPARE(seenByWeber.cachesInUse(), 1); // the banner says so

    // Fischer gone: read and discarded as before.
    fischersLock.unlock();
    inUse = 0;
    QCOMPARE(m_caches->pendingOfOthers(u"weber"_s, now - 28 * kDay, &inUse)->size(), 2);
    QCOMPARE(inUse, 0);
    QCOMPARE(m_caches->discardWritesOf(u"weber"_s, u"fischer"_s).value(), 1);
    QVERIFY(!QFileInfo::exists(LoginCaches::lockFileOf(fischers))); // no lock left behind
}

void tst_LoginCaches::clientStopsSendingBeforeTheServerForgetsKeys()
{
    // A margin for the workstation's and the server's clocks: a write the
    // client still sends is one whose key the server surely still keeps.
    QVERIFY(LocalStore::kSendableDays < IdempotencyRepository::kKeepDays);
    QVERIFY(IdempotencyRepository::kKeepDays - LocalStore::kSendableDays >= 2);
}

void tst_LoginCaches::unusedCachesGoWithTheirWritesNamed()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString muellers = m_caches->fileOf(u"mueller"_s);
    const QString schmidts = m_caches->fileOf(u"schmidt"_s);
    const QString yilmaz = m_caches->fileOf(u"yilmaz"_s);
    const QString fischers = m_caches->fileOf(u"fischer"_s);
    const QString earlier = m_caches->fileOf(u"alt"_s);
    leavePendingWrites(muellers, u"mueller"_s, 2);
    lastUsedAt(muellers, now - 40 * kDay);
    lastUsedAt(schmidts, now - 5 * kDay);
    lastUsedAt(yilmaz, now - 40 * kDay); // the one logging in: not stale
    lastUsedAt(fischers, now - 40 * kDay);
    // A cache of an earlier version does not say when it was used: its
    // file's time does.
    leavePendingWrites(earlier, u"alt"_s, 1);
    {
        QFile file(earlier);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTime().addDays(-40),
                                 QFileDevice::FileModificationTime));
    }
    // Fischer works in another Tresen process: that cache is in use.
    QLockFile fischersLock(LoginCaches::lockFileOf(fischers));
    QVERIFY(fischersLock.tryLock(0));

    const Result<StaleCacheRemoval> removed = m_caches->removeStale(u"yilmaz"_s, now - 30 * kDay);
    QVERIFY2(removed, qPrintable(removed ? QString() : removed.error()));
    QCOMPARE(removed->files, 2);
    QCOMPARE(removed->lostWrites.size(), 2);
    QCOMPARE(removed->lostWrites.at(0).login, u"alt"_s);
    QCOMPARE(removed->lostWrites.at(0).count, 1);
    QCOMPARE(removed->lostWrites.at(1).login, u"mueller"_s);
    QCOMPARE(removed->lostWrites.at(1).count, 2);
    for (const QString &path : {muellers, muellers + u"-wal"_s, earlier})
        QVERIFY2(!QFileInfo::exists(path), qPrintable(path));
    for (const QString &path : {schmidts, yilmaz, fischers})
        QVERIFY2(QFileInfo::exists(path), qPrintable(path));
    QVERIFY(!QFileInfo::exists(LoginCaches::lockFileOf(muellers))); // no lock left behind
}

QTEST_GUILESS_MAIN(tst_LoginCaches)
#include "tst_logincaches.moc"
