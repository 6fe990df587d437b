#include "core/sync/localstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

using namespace Qt::StringLiterals;

namespace {
Q_LOGGING_CATEGORY(lcLocalStore, "tresen.localstore")

const QString kCursorKey = u"cursor"_s;
const QString kInstanceKey = u"server_instance"_s;
const QString kRolesKey = u"roles"_s;
const QString kLastUsedKey = u"last_used"_s;
const QString kOutboxHeldKey = u"outbox_held"_s;
// Bumped when the cache's tables change; an older cache is dropped and
// synced again (the outbox is never dropped). 3: secure_delete, meta table;
// the caches of earlier versions are vacuumed once, as they were written
// without secure_delete.
constexpr int kCacheSchema = 3;
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

QString compact(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QJsonObject parse(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

QVariant startsAtOf(const QJsonObject &json)
{
    const QDateTime time =
        QDateTime::fromString(json.value(u"startsAt"_s).toString(), Qt::ISODateWithMs);
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch())
                          : QVariant(QMetaType(QMetaType::LongLong));
}

// Runs a prepared statement with `values`.
Result<void> run(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    if (!query.prepare(sql))
        return Result<void>::failure(query.lastError().text());
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Result<void>::failure(query.lastError().text());
    return {};
}

// A transaction on the cache: begins when made, rolls back when it goes
// unless committed (like the server's Transaction), so that no early return
// of a write path can leave half a write behind.
class CacheTransaction
{
public:
    // BEGIN IMMEDIATE takes the write lock at once (waiting up to the busy
    // timeout): a deferred BEGIN that reads first and writes later is refused
    // outright when the cache writer's thread committed in between.
    explicit CacheTransaction(const QSqlDatabase &db)
        : m_db(db)
    {
        QSqlQuery begin(m_db);
        if (begin.exec(u"BEGIN IMMEDIATE"_s))
            m_open = true;
        else
            m_begun = Result<void>::failure(begin.lastError().text());
    }
    ~CacheTransaction()
    {
        if (m_open)
            QSqlQuery(m_db).exec(u"ROLLBACK"_s);
    }
    CacheTransaction(const CacheTransaction &) = delete;
    CacheTransaction &operator=(const CacheTransaction &) = delete;

    // Whether BEGIN worked: check before writing.
    const Result<void> &begun() const { return m_begun; }

    Result<void> commit()
    {
        QSqlQuery commit(m_db);
        if (!commit.exec(u"COMMIT"_s))
            return Result<void>::failure(commit.lastError().text()); // rolled back when it goes
        m_open = false;
        return {};
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
    Result<void> m_begun;
};

OutboxEntry entryFromRow(const QSqlQuery &query)
{
    OutboxEntry entry;
    entry.sequence = query.value(0).toLongLong();
    entry.idempotencyKey = query.value(1).toByteArray();
    entry.method = query.value(2).toByteArray();
    entry.path = query.value(3).toString();
    entry.body = parse(query.value(4));
    entry.entity = query.value(5).toString();
    entry.entityId = query.value(6).toString();
    entry.summary = query.value(7).toString();
    entry.createdAt = query.value(8).toLongLong();
    entry.login = query.value(9).toString();
    return entry;
}

// The cache file and the companions SQLite keeps beside it in WAL mode.
QStringList cacheFileSet(const QString &filePath)
{
    return {filePath, filePath + u"-wal"_s, filePath + u"-shm"_s, filePath + u"-journal"_s};
}

constexpr QFileDevice::Permissions kOwnerOnlyFile =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerOnlyFolder =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

// The cache holds citizens' data: only this OS user may read it. The file is
// made 0600 before SQLite writes a byte to it (SQLite gives its WAL files the
// database file's mode); a file of an earlier version is narrowed too.
Result<void> restrictToOwner(const QString &filePath)
{
    const QFileInfo file(filePath);
    const QString folder = file.absolutePath();
    if (!QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder) || !QFile::setPermissions(folder, kOwnerOnlyFolder))
            return Result<void>::failure(
                QCoreApplication::translate("LocalStore", "The folder %1 cannot be created.")
                    .arg(folder));
    }
    if (!file.exists()) {
        QFile created(filePath);
        if (!created.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnlyFile))
            return Result<void>::failure(created.errorString());
    }
    for (const QString &path : cacheFileSet(filePath)) {
        if (QFileInfo::exists(path) && !QFile::setPermissions(path, kOwnerOnlyFile))
            return Result<void>::failure(
                QCoreApplication::translate("LocalStore", "The access rights of %1 cannot be "
                                                          "narrowed.")
                    .arg(path));
    }
    return {};
}

const QString kOutboxColumns = u"SELECT seq, idem_key, method, path, body, entity, entity_id, "
                               "summary, created_at, login FROM outbox"_s;
} // namespace

QString withoutContents(const OutboxEntry &entry)
{
    QString kind;
    if (entry.entity == u"appointment"_s)
        kind = QCoreApplication::translate("OutboxEntry", "Appointment");
    else if (entry.entity == u"wedding_booking"_s)
        kind = QCoreApplication::translate("OutboxEntry", "Wedding booking");
    else if (entry.entity == u"ticket"_s)
        kind = QCoreApplication::translate("OutboxEntry", "Ticket");
    else
        kind = QCoreApplication::translate("OutboxEntry", "Record of kind %1").arg(entry.entity);
    const QDate made = QDateTime::fromMSecsSinceEpoch(entry.createdAt).date();
    return QCoreApplication::translate("OutboxEntry", "%1, made on %2")
        .arg(kind, made.toString(u"dd.MM.yyyy"_s));
}

const QString LocalStore::kInMemory = u":memory:"_s;

LocalStore::LocalStore(const QString &filePath, const QString &connectionName, QObject *parent)
    : QObject(parent)
    , m_filePath(filePath)
    , m_connectionName(connectionName)
{}

LocalStore::~LocalStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase LocalStore::database() const
{
    return QSqlDatabase::database(m_connectionName);
}

void LocalStore::reportReadFailure(const QString &what, const QString &message) const
{
    qCWarning(lcLocalStore, "Reading %s from %s failed: %s", qPrintable(what),
              qPrintable(m_filePath), qPrintable(message));
    emit readFailed(message);
}

Result<void> LocalStore::removeFile(const QString &filePath)
{
    for (const QString &path : cacheFileSet(filePath)) {
        if (QFileInfo::exists(path) && !QFile::remove(path))
            return Result<void>::failure(
                QCoreApplication::translate("LocalStore", "%1 cannot be deleted.").arg(path));
    }
    return {};
}

Result<void> LocalStore::open()
{
    if (!isInMemory()) {
        if (const Result<void> restricted = restrictToOwner(m_filePath); !restricted)
            return restricted;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(m_filePath);
    // The sync worker and the UI thread share the file: wait for each other.
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!db.open())
        return Result<void>::failure(db.lastError().text());
    QSqlQuery query(db);
    // Deleted and overwritten contents are zeroed, not left in free space
    // (per connection: the cache writer's opens it too). A build of SQLite
    // without it answers nothing: then the cache is not opened.
    if (!query.exec(u"PRAGMA secure_delete = ON"_s) || !query.next() || query.value(0).toInt() != 1)
        return Result<void>::failure(QCoreApplication::translate(
            "LocalStore", "This SQLite cannot erase deleted data (secure_delete)."));
    if (!query.exec(u"PRAGMA journal_mode=WAL"_s) || !query.exec(u"PRAGMA user_version"_s) ||
        !query.next())
        return Result<void>::failure(query.lastError().text());
    const int schema = query.value(0).toInt();
    QStringList statements;
    if (schema != kCacheSchema) {
        statements << u"DROP TABLE IF EXISTS entity_cache"_s << u"DROP TABLE IF EXISTS sync_state"_s
                   << u"DROP TABLE IF EXISTS cache_meta"_s;
    }
    statements << u"CREATE TABLE IF NOT EXISTS entity_cache (entity TEXT NOT NULL, id TEXT NOT "
                  "NULL, revision INTEGER NOT NULL, data TEXT NOT NULL, server_data TEXT, "
                  "starts_at INTEGER, PRIMARY KEY (entity, id))"_s
               << u"CREATE INDEX IF NOT EXISTS entity_cache_time ON entity_cache (entity, "
                  "starts_at)"_s
               << u"CREATE TABLE IF NOT EXISTS sync_state (key TEXT PRIMARY KEY, value TEXT NOT "
                  "NULL)"_s
               << u"CREATE TABLE IF NOT EXISTS outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                  "idem_key TEXT NOT NULL UNIQUE, method TEXT NOT NULL, path TEXT NOT NULL, body "
                  "TEXT NOT NULL, entity TEXT NOT NULL, entity_id TEXT NOT NULL, summary TEXT NOT "
                  "NULL, created_at INTEGER NOT NULL, login TEXT NOT NULL DEFAULT '')"_s
               << u"CREATE TABLE IF NOT EXISTS cache_meta (key TEXT PRIMARY KEY, value TEXT NOT "
                  "NULL)"_s;
    // Written only when it changes: an open of a current cache writes nothing.
    if (schema != kCacheSchema)
        statements << u"PRAGMA user_version = %1"_s.arg(kCacheSchema);
    for (const QString &statement : std::as_const(statements)) {
        if (!query.exec(statement))
            return Result<void>::failure(query.lastError().text());
    }
    if (schema != kCacheSchema && !isInMemory()) {
        // What an earlier version deleted without secure_delete may still be
        // in free pages: rebuilt once, then the WAL goes.
        if (!query.exec(u"VACUUM"_s))
            return Result<void>::failure(query.lastError().text());
        checkpoint();
    }
    return {};
}

qint64 LocalStore::sendableSince(qint64 now)
{
    return now - kSendableDays * kDayMs;
}

void LocalStore::checkpoint()
{
    if (isInMemory())
        return;
    QSqlQuery query(database());
    // TRUNCATE waits (busy timeout) for readers of older snapshots; when it
    // cannot finish now, the next write's checkpoint does.
    if (!query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s) || !query.next())
        qCWarning(lcLocalStore, "Checkpointing %s failed: %s", qPrintable(m_filePath),
                  qPrintable(query.lastError().text()));
    else if (query.value(0).toInt() != 0)
        qCInfo(lcLocalStore, "Checkpointing %s was not finished: readers were busy",
               qPrintable(m_filePath));
}

Result<QString> LocalStore::meta(const QString &key) const
{
    QSqlQuery query(database());
    if (const auto ran = run(query, u"SELECT value FROM cache_meta WHERE key = ?"_s, {key}); !ran)
        return Result<QString>::failure(ran.reason());
    return query.next() ? query.value(0).toString() : QString();
}

Result<void> LocalStore::setMeta(const QString &key, const QString &value)
{
    QSqlQuery query(database());
    return run(query,
               u"INSERT INTO cache_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
               "SET value = excluded.value"_s,
               {key, value});
}

Result<qint64> LocalStore::lastUsed() const
{
    const Result<QString> value = meta(kLastUsedKey);
    if (!value)
        return Result<qint64>::failure(value.reason());
    return value->toLongLong();
}

Result<void> LocalStore::setLastUsed(qint64 msecsSinceEpoch)
{
    return setMeta(kLastUsedKey, QString::number(msecsSinceEpoch));
}

Result<bool> LocalStore::resetIfOtherRoles(const QString &roles)
{
    // A failed read must not look like "the same roles": that would show the
    // data of other roles.
    const Result<QString> stored = meta(kRolesKey);
    if (!stored)
        return Result<bool>::failure(stored.reason());
    // A cache never filled (no cursor) had nothing to drop: it is no reset.
    const Result<qint64> filledTo = cursor();
    if (!filledTo)
        return Result<bool>::failure(filledTo.reason());
    if (*stored == roles)
        return false;
    CacheTransaction transaction(database());
    if (!transaction.begun())
        return Result<bool>::failure(transaction.begun().reason());
    QSqlQuery query(database());
    // The clerk's pending writes stay (and the versions they show): they are
    // the login's own work, sent or refused by the server as the login is now.
    for (const QString &statement :
         {u"DELETE FROM entity_cache WHERE NOT EXISTS (SELECT 1 FROM outbox WHERE outbox.entity "
          "= entity_cache.entity AND outbox.entity_id = entity_cache.id)"_s,
          u"UPDATE entity_cache SET server_data = NULL, revision = 0"_s,
          u"DELETE FROM sync_state WHERE key = 'cursor'"_s}) {
        if (!query.exec(statement))
            return Result<bool>::failure(query.lastError().text());
    }
    if (const auto noted = setMeta(kRolesKey, roles); !noted)
        return Result<bool>::failure(noted.reason());
    if (const auto committed = transaction.commit(); !committed)
        return Result<bool>::failure(committed.reason());
    checkpoint();
    return *filledTo > 0;
}

Result<QString> LocalStore::setting(const QString &key) const
{
    QSqlQuery query(database());
    if (const auto ran = run(query, u"SELECT value FROM sync_state WHERE key = ?"_s, {key}); !ran)
        return Result<QString>::failure(ran.reason());
    return query.next() ? query.value(0).toString() : QString(); // never set: empty
}

Result<void> LocalStore::setSetting(const QString &key, const QString &value)
{
    QSqlQuery query(database());
    return run(query,
               u"INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
               "SET value = excluded.value"_s,
               {key, value});
}

Result<QString> LocalStore::workstationValue(const QString &key) const
{
    return setting(u"workstation."_s + key);
}

Result<void> LocalStore::setWorkstationValue(const QString &key, const QString &value)
{
    return setSetting(u"workstation."_s + key, value);
}

Result<qint64> LocalStore::cursor() const
{
    const Result<QString> value = setting(kCursorKey);
    if (!value)
        return Result<qint64>::failure(value.reason());
    return value->toLongLong();
}

Result<QString> LocalStore::serverInstanceId() const
{
    return setting(kInstanceKey);
}

Result<void> LocalStore::resetIfOtherServer(const QString &serverInstanceId)
{
    // A failed read must not look like "another server": that would drop the cache.
    const Result<QString> stored = this->serverInstanceId();
    if (!stored)
        return Result<void>::failure(stored.reason());
    if (*stored == serverInstanceId)
        return {};
    CacheTransaction transaction(database());
    if (!transaction.begun())
        return transaction.begun();
    QSqlQuery query(database());
    // Writes made against the server as it was: it went back (a restore) or
    // is another one. Each login's wait for that login to look at them.
    QJsonObject held;
    if (!stored->isEmpty()) {
        const Result<QString> before = setting(kOutboxHeldKey);
        if (!before)
            return Result<void>::failure(before.reason());
        held = QJsonDocument::fromJson(before->toUtf8()).object();
        if (!query.exec(u"SELECT login, MAX(seq) FROM outbox GROUP BY login"_s))
            return Result<void>::failure(query.lastError().text());
        while (query.next())
            held.insert(query.value(0).toString(), query.value(1).toLongLong());
    }
    for (const QString &statement : {u"DELETE FROM entity_cache"_s, u"DELETE FROM sync_state"_s}) {
        if (!query.exec(statement))
            return Result<void>::failure(query.lastError().text());
    }
    if (const auto written = setSetting(kInstanceKey, serverInstanceId); !written)
        return written;
    if (!held.isEmpty()) {
        const QString value = QString::fromUtf8(QJsonDocument(held).toJson(QJsonDocument::Compact));
        if (const auto written = setSetting(kOutboxHeldKey, value); !written)
            return written;
    }
    if (const auto committed = transaction.commit(); !committed)
        return committed;
    checkpoint();
    return {};
}

Result<void> LocalStore::apply(const QList<Change> &changes, qint64 newCursor,
                               QList<OutboxEntry> *dropped)
{
    QSqlDatabase db = database();
    CacheTransaction transaction(db);
    if (!transaction.begun())
        return transaction.begun();
    const Result<qint64> current = cursor(); // inside: no other writer moves it meanwhile
    if (!current)
        return Result<void>::failure(current.reason());
    // While a write for the entity waits in the outbox, the clerk keeps
    // seeing their version; the server's is kept beside it.
    const QString pending =
        u"EXISTS (SELECT 1 FROM outbox WHERE outbox.entity = entity_cache.entity AND "
        "outbox.entity_id = entity_cache.id)"_s;
    QSqlQuery upsert(db);
    upsert.prepare(u"INSERT INTO entity_cache (entity, id, revision, data, server_data, "
                   "starts_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (entity, id) DO UPDATE SET "
                   "revision = excluded.revision, server_data = excluded.server_data, "
                   "data = CASE WHEN "_s +
                   pending + u" THEN data ELSE excluded.data END, starts_at = CASE WHEN "_s +
                   pending + u" THEN starts_at ELSE excluded.starts_at END"_s);
    QSqlQuery remove(db);
    remove.prepare(u"DELETE FROM entity_cache WHERE entity = ? AND id = ? AND NOT "_s + pending);
    QSqlQuery forget(db);
    forget.prepare(u"UPDATE entity_cache SET server_data = NULL WHERE entity = ? AND id = ?"_s);
    bool changed = false;
    for (const Change &change : changes) {
        if (change.revision <= *current)
            continue;
        changed = true;
        if (change.op != Change::Op::Delete && change.data.value(u"anonymised"_s).toBool()) {
            // Anonymised on the server: the writes waiting for it would be
            // refused, and keep the names it no longer has. They go first,
            // so that the upsert below shows the server's version.
            QSqlQuery pendingOfRecord(db);
            if (const auto ran =
                    run(pendingOfRecord,
                        kOutboxColumns + u" WHERE entity = ? AND entity_id = ? ORDER BY seq"_s,
                        {change.entity, change.id});
                !ran)
                return ran;
            while (pendingOfRecord.next()) {
                if (dropped)
                    dropped->append(entryFromRow(pendingOfRecord));
            }
            if (const auto ran =
                    run(pendingOfRecord, u"DELETE FROM outbox WHERE entity = ? AND entity_id = ?"_s,
                        {change.entity, change.id});
                !ran)
                return ran;
        }
        bool ok = true;
        if (change.op == Change::Op::Delete) {
            for (QSqlQuery *query : {&remove, &forget}) {
                query->addBindValue(change.entity);
                query->addBindValue(change.id);
                ok = ok && query->exec();
            }
        } else {
            const QString data = compact(change.data);
            upsert.addBindValue(change.entity);
            upsert.addBindValue(change.id);
            upsert.addBindValue(change.revision);
            upsert.addBindValue(data);
            upsert.addBindValue(data);
            upsert.addBindValue(startsAtOf(change.data));
            ok = upsert.exec();
        }
        if (!ok)
            return Result<void>::failure(
                (change.op == Change::Op::Delete ? remove : upsert).lastError().text());
    }
    if (newCursor > *current) {
        if (const auto moved = setSetting(kCursorKey, QString::number(newCursor)); !moved)
            return moved;
    }
    if (const auto committed = transaction.commit(); !committed)
        return committed;
    // An erasure or anonymisation overwrote or removed rows: their former
    // contents leave the WAL too. (Any batch may carry one; a checkpoint of a
    // small WAL costs little, and SQLite would checkpoint a large one anyway.)
    if (changed)
        checkpoint();
    return {};
}

QList<QJsonObject> LocalStore::entities(const QString &entity) const
{
    QList<QJsonObject> result;
    QSqlQuery query(database());
    const auto ran = run(
        query, u"SELECT data FROM entity_cache WHERE entity = ? ORDER BY CAST(id AS INTEGER), id"_s,
        {entity});
    if (!ran) {
        reportReadFailure(entity, ran.error());
        return result;
    }
    while (query.next())
        result.append(parse(query.value(0)));
    return result;
}

std::optional<QJsonObject> LocalStore::entity(const QString &entity, const QString &id) const
{
    QSqlQuery query(database());
    const auto ran =
        run(query, u"SELECT data FROM entity_cache WHERE entity = ? AND id = ?"_s, {entity, id});
    if (!ran) {
        reportReadFailure(entity, ran.error());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return parse(query.value(0));
}

QList<QJsonObject> LocalStore::entitiesStartingBetween(const QString &entity, qint64 from,
                                                       qint64 to) const
{
    QList<QJsonObject> result;
    QSqlQuery query(database());
    const auto ran =
        run(query,
            u"SELECT data FROM entity_cache WHERE entity = ? AND starts_at >= ? AND starts_at < "
            "? ORDER BY starts_at, id"_s,
            {entity, from, to});
    if (!ran) {
        reportReadFailure(entity, ran.error());
        return result;
    }
    while (query.next())
        result.append(parse(query.value(0)));
    return result;
}

std::optional<QJsonObject> LocalStore::entityWhere(const QString &entity, const QString &field,
                                                   const QString &value) const
{
    QSqlQuery query(database());
    const auto ran = run(query,
                         u"SELECT data FROM entity_cache WHERE entity = ? AND json_extract(data, "
                         "?) = ? LIMIT 1"_s,
                         {entity, u"$."_s + field, value});
    if (!ran) {
        reportReadFailure(entity, ran.error());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return parse(query.value(0));
}

Result<void> LocalStore::enqueue(const OutboxEntry &entry,
                                 const std::optional<QJsonObject> &optimistic)
{
    CacheTransaction transaction(database());
    if (!transaction.begun())
        return transaction.begun();
    QSqlQuery query(database());
    const auto queued =
        run(query,
            u"INSERT INTO outbox (idem_key, method, path, body, entity, entity_id, summary, "
            "created_at, login) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {QString::fromLatin1(entry.idempotencyKey), QString::fromLatin1(entry.method),
             entry.path, compact(entry.body), entry.entity, entry.entityId, entry.summary,
             entry.createdAt > 0 ? entry.createdAt : QDateTime::currentMSecsSinceEpoch(),
             entry.login.isEmpty() ? u""_s : entry.login}); // a null QString binds as NULL
    if (!queued)
        return queued;
    if (optimistic) {
        const auto shown =
            run(query,
                u"INSERT INTO entity_cache (entity, id, revision, data, server_data, starts_at) "
                "VALUES (?, ?, 0, ?, NULL, ?) ON CONFLICT (entity, id) DO UPDATE SET data = "
                "excluded.data, starts_at = excluded.starts_at"_s,
                {entry.entity, entry.entityId, compact(*optimistic), startsAtOf(*optimistic)});
        if (!shown)
            return shown;
    }
    return transaction.commit();
}

QList<OutboxEntry> LocalStore::pendingWrites() const
{
    QList<OutboxEntry> result;
    QSqlQuery query(database());
    if (!query.exec(kOutboxColumns + u" ORDER BY seq"_s)) {
        reportReadFailure(u"the outbox"_s, query.lastError().text());
        return result;
    }
    while (query.next())
        result.append(entryFromRow(query));
    return result;
}

Result<std::optional<OutboxEntry>> LocalStore::nextWriteOf(const QString &login,
                                                           qint64 madeSince) const
{
    QSqlQuery query(database());
    const auto ran =
        run(query,
            kOutboxColumns + u" WHERE login = ? AND created_at >= ? AND NOT EXISTS (SELECT 1 "
                             "FROM outbox AS earlier WHERE earlier.entity = outbox.entity AND "
                             "earlier.entity_id = outbox.entity_id AND earlier.seq < outbox.seq "
                             "AND earlier.created_at < ?) ORDER BY seq LIMIT 1"_s,
            {login, madeSince, madeSince});
    if (!ran)
        return Result<std::optional<OutboxEntry>>::failure(ran.reason());
    if (!query.next())
        return std::nullopt;
    return entryFromRow(query);
}

Result<qint64> LocalStore::heldUntil(const QString &login) const
{
    const Result<QString> held = setting(kOutboxHeldKey);
    if (!held)
        return Result<qint64>::failure(held.reason());
    return QJsonDocument::fromJson(held->toUtf8()).object().value(login).toInteger();
}

Result<void> LocalStore::releaseOutboxOf(const QString &login)
{
    const Result<QString> held = setting(kOutboxHeldKey);
    if (!held)
        return Result<void>::failure(held.reason());
    QJsonObject logins = QJsonDocument::fromJson(held->toUtf8()).object();
    logins.remove(login);
    return setSetting(kOutboxHeldKey,
                      QString::fromUtf8(QJsonDocument(logins).toJson(QJsonDocument::Compact)));
}

int LocalStore::pendingCount() const
{
    QSqlQuery query(database());
    if (!query.exec(u"SELECT COUNT(*) FROM outbox"_s) || !query.next()) {
        reportReadFailure(u"the outbox"_s, query.lastError().text());
        return 0;
    }
    return query.value(0).toInt();
}

Result<bool> LocalStore::pendingWriteFor(const QString &entity, const QString &id) const
{
    QSqlQuery query(database());
    if (const auto ran =
            run(query, u"SELECT 1 FROM outbox WHERE entity = ? AND entity_id = ?"_s, {entity, id});
        !ran)
        return Result<bool>::failure(ran.reason());
    return query.next();
}

bool LocalStore::hasPendingWrite(const QString &entity, const QString &id) const
{
    const Result<bool> pending = pendingWriteFor(entity, id);
    if (!pending)
        reportReadFailure(u"the outbox"_s, pending.error());
    return pending.valueOr(false);
}

Result<void> LocalStore::restoreServerVersion(const QString &entity, const QString &id)
{
    const Result<bool> pending = pendingWriteFor(entity, id);
    if (!pending)
        return Result<void>::failure(pending.reason());
    if (*pending)
        return {}; // a later write still shows the clerk's version
    QSqlQuery query(database());
    if (const auto ran =
            run(query, u"SELECT server_data FROM entity_cache WHERE entity = ? AND id = ?"_s,
                {entity, id});
        !ran)
        return ran;
    if (!query.next())
        return {};
    if (query.value(0).isNull()) // only ever local: it goes
        return run(query, u"DELETE FROM entity_cache WHERE entity = ? AND id = ?"_s, {entity, id});
    const QString serverData = query.value(0).toString();
    return run(query,
               u"UPDATE entity_cache SET data = ?, starts_at = ? WHERE entity = ? AND id = ?"_s,
               {serverData, startsAtOf(parse(serverData)), entity, id});
}

Result<void> LocalStore::completeWrite(const OutboxEntry &entry,
                                       const std::optional<QJsonObject> &confirmed)
{
    CacheTransaction transaction(database());
    if (!transaction.begun())
        return transaction.begun();
    QSqlQuery query(database());
    if (const auto done = run(query, u"DELETE FROM outbox WHERE seq = ?"_s, {entry.sequence});
        !done)
        return done;
    const QString serverId = confirmed ? confirmed->value(u"id"_s).toString() : QString();
    if (!serverId.isEmpty() && serverId != entry.entityId) {
        // Created offline: the local id gives way to the server's everywhere.
        if (const auto dropped =
                run(query, u"DELETE FROM entity_cache WHERE entity = ? AND id = ?"_s,
                    {entry.entity, entry.entityId});
            !dropped)
            return dropped;
        if (const auto renamed =
                run(query,
                    u"UPDATE outbox SET entity_id = ?, path = REPLACE(path, ?, ?) WHERE entity = "
                    "? AND entity_id = ?"_s,
                    {serverId, entry.entityId, serverId, entry.entity, entry.entityId});
            !renamed)
            return renamed;
    }
    const QString id = serverId.isEmpty() ? entry.entityId : serverId;
    if (confirmed) {
        const QString data = compact(*confirmed);
        // The server's answer is the newest state unless the feed already
        // brought a later one (a higher version) meanwhile.
        if (const auto stored = run(
                query,
                u"INSERT INTO entity_cache (entity, id, revision, data, server_data, starts_at) "
                "VALUES (?, ?, 0, ?, ?, ?) ON CONFLICT (entity, id) DO UPDATE SET server_data = "
                "CASE WHEN COALESCE(json_extract(server_data, '$.version'), 0) > "
                "COALESCE(json_extract(excluded.server_data, '$.version'), 0) THEN server_data "
                "ELSE excluded.server_data END"_s,
                {entry.entity, id, data, data, startsAtOf(*confirmed)});
            !stored)
            return stored;
    }
    if (const auto restored = restoreServerVersion(entry.entity, id); !restored)
        return restored;
    if (const auto committed = transaction.commit(); !committed)
        return committed;
    checkpoint();
    return {};
}

Result<QList<OutboxEntry>> LocalStore::rollbackWrite(const OutboxEntry &entry)
{
    using Dropped = Result<QList<OutboxEntry>>;
    CacheTransaction transaction(database());
    if (!transaction.begun())
        return Dropped::failure(transaction.begun().reason());
    QSqlQuery query(database());
    if (const auto ran =
            run(query,
                kOutboxColumns + u" WHERE entity = ? AND entity_id = ? AND seq >= ? ORDER BY seq"_s,
                {entry.entity, entry.entityId, entry.sequence});
        !ran)
        return Dropped::failure(ran.reason());
    QList<OutboxEntry> dropped;
    while (query.next())
        dropped.append(entryFromRow(query));
    if (const auto removed =
            run(query, u"DELETE FROM outbox WHERE entity = ? AND entity_id = ? AND seq >= ?"_s,
                {entry.entity, entry.entityId, entry.sequence});
        !removed)
        return Dropped::failure(removed.reason());
    if (const auto restored = restoreServerVersion(entry.entity, entry.entityId); !restored)
        return Dropped::failure(restored.reason());
    if (const auto committed = transaction.commit(); !committed)
        return Dropped::failure(committed.reason());
    checkpoint();
    return dropped;
}

Result<QList<OutboxEntry>> LocalStore::pendingWritesOf(const QString &login) const
{
    QSqlQuery query(database());
    if (const auto ran = run(query, kOutboxColumns + u" WHERE login = ? ORDER BY seq"_s, {login});
        !ran)
        return Result<QList<OutboxEntry>>::failure(ran.reason());
    QList<OutboxEntry> entries;
    while (query.next())
        entries.append(entryFromRow(query));
    return entries;
}

Result<QMap<QString, int>> LocalStore::pendingCountByLogin() const
{
    QSqlQuery query(database());
    if (!query.exec(u"SELECT login, COUNT(*) FROM outbox GROUP BY login"_s))
        return Result<QMap<QString, int>>::failure(query.lastError().text());
    QMap<QString, int> counts;
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toInt());
    return counts;
}

Result<QList<OutboxEntry>> LocalStore::writesMadeBefore(qint64 madeBefore) const
{
    QSqlQuery query(database());
    if (const auto ran =
            run(query, kOutboxColumns + u" WHERE created_at < ? ORDER BY seq"_s, {madeBefore});
        !ran)
        return Result<QList<OutboxEntry>>::failure(ran.reason());
    QList<OutboxEntry> entries;
    while (query.next())
        entries.append(entryFromRow(query));
    return entries;
}

Result<int> LocalStore::discardWritesOf(const QString &login, std::optional<qint64> madeBefore)
{
    CacheTransaction transaction(database());
    if (!transaction.begun())
        return Result<int>::failure(transaction.begun().reason());
    // All of them: made before the end of time.
    const qint64 before = madeBefore.value_or(std::numeric_limits<qint64>::max());
    QSqlQuery query(database());
    if (const auto ran = run(query,
                             u"SELECT entity, entity_id, COUNT(*) FROM outbox WHERE login = ? "
                             "AND created_at < ? GROUP BY entity, entity_id"_s,
                             {login, before});
        !ran)
        return Result<int>::failure(ran.reason());
    QList<QPair<QString, QString>> changed;
    int count = 0;
    while (query.next()) {
        changed.append({query.value(0).toString(), query.value(1).toString()});
        count += query.value(2).toInt();
    }
    if (const auto removed =
            run(query, u"DELETE FROM outbox WHERE login = ? AND created_at < ?"_s, {login, before});
        !removed)
        return Result<int>::failure(removed.reason());
    for (const auto &[entity, id] : std::as_const(changed)) {
        if (const auto restored = restoreServerVersion(entity, id); !restored)
            return Result<int>::failure(restored.reason());
    }
    if (const auto committed = transaction.commit(); !committed)
        return Result<int>::failure(committed.reason());
    checkpoint();
    return count;
}

Result<int> LocalStore::takeWritesOf(const QString &login, LocalStore &other)
{
    const Result<QList<OutboxEntry>> entries = other.pendingWritesOf(login);
    if (!entries)
        return Result<int>::failure(entries.reason());
    int moved = 0;
    for (const OutboxEntry &entry : *entries) {
        QSqlQuery known(database());
        if (const auto ran = run(known, u"SELECT 1 FROM outbox WHERE idem_key = ?"_s,
                                 {QString::fromLatin1(entry.idempotencyKey)});
            !ran)
            return Result<int>::failure(ran.reason());
        if (!known.next()) {
            // What the entity showed there comes along, unless another
            // login's write for it waits there too: then it may show that
            // login's change, and the server's version is shown here.
            QSqlQuery shared(other.database());
            if (const auto ran = run(shared,
                                     u"SELECT 1 FROM outbox WHERE entity = ? AND entity_id = ? "
                                     "AND login <> ?"_s,
                                     {entry.entity, entry.entityId, login});
                !ran)
                return Result<int>::failure(ran.reason());
            const std::optional<QJsonObject> shown =
                shared.next() ? std::nullopt : other.entity(entry.entity, entry.entityId);
            // Sent twice after all (a move cut short), the key makes the
            // server answer the second from its record.
            if (const auto queued = enqueue(entry, shown); !queued)
                return Result<int>::failure(queued.reason());
        }
        ++moved;
    }
    if (const Result<int> dropped = other.discardWritesOf(login); !dropped)
        return dropped;
    return moved;
}
