#include "core/sync/localstore.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
const QString kCursorKey = u"cursor"_s;
const QString kInstanceKey = u"server_instance"_s;
// Bumped when the cache's tables change; an older cache is dropped and
// synced again (the outbox is never dropped).
constexpr int kCacheSchema = 2;

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

// Runs a prepared statement with `values`; false (and `error`) on failure.
bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
{
    if (!query.prepare(sql)) {
        *error = query.lastError().text();
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

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

const QString kOutboxColumns = u"SELECT seq, idem_key, method, path, body, entity, entity_id, "
                               "summary, created_at, login FROM outbox"_s;
} // namespace

LocalStore::LocalStore(const QString &filePath, const QString &connectionName)
    : m_filePath(filePath)
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

bool LocalStore::open(QString *error)
{
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(m_filePath);
    // The sync worker and the UI thread share the file: wait for each other.
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA journal_mode=WAL"_s) || !query.exec(u"PRAGMA user_version"_s) ||
        !query.next()) {
        *error = query.lastError().text();
        return false;
    }
    const int schema = query.value(0).toInt();
    QStringList statements;
    if (schema != kCacheSchema) {
        statements << u"DROP TABLE IF EXISTS entity_cache"_s
                   << u"DROP TABLE IF EXISTS sync_state"_s;
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
               << u"PRAGMA user_version = %1"_s.arg(kCacheSchema);
    for (const QString &statement : std::as_const(statements)) {
        if (!query.exec(statement)) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

QString LocalStore::setting(const QString &key) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    QString error;
    if (run(query, u"SELECT value FROM sync_state WHERE key = ?"_s, {key}, &error) && query.next())
        return query.value(0).toString();
    return {};
}

bool LocalStore::setSetting(const QString &key, const QString &value)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    QString error;
    return run(query,
               u"INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
               "SET value = excluded.value"_s,
               {key, value}, &error);
}

qint64 LocalStore::cursor() const
{
    return setting(kCursorKey).toLongLong();
}

QString LocalStore::serverInstanceId() const
{
    return setting(kInstanceKey);
}

bool LocalStore::resetIfOtherServer(const QString &serverInstanceId, QString *error)
{
    if (this->serverInstanceId() == serverInstanceId)
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    db.transaction();
    QSqlQuery query(db);
    const bool ok = query.exec(u"DELETE FROM entity_cache"_s) &&
                    query.exec(u"DELETE FROM sync_state"_s) &&
                    setSetting(kInstanceKey, serverInstanceId);
    if (!ok || !db.commit()) {
        *error = query.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

bool LocalStore::apply(const QList<Change> &changes, qint64 newCursor, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    const qint64 current = cursor();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    auto rollback = qScopeGuard([&db] { db.rollback(); });
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
    for (const Change &change : changes) {
        if (change.revision <= current)
            continue;
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
        if (!ok) {
            *error = (change.op == Change::Op::Delete ? remove : upsert).lastError().text();
            return false;
        }
    }
    if (newCursor > current && !setSetting(kCursorKey, QString::number(newCursor))) {
        *error = db.lastError().text();
        return false;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    rollback.dismiss();
    return true;
}

QList<QJsonObject> LocalStore::entities(const QString &entity) const
{
    QList<QJsonObject> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    QString error;
    if (!run(query,
             u"SELECT data FROM entity_cache WHERE entity = ? ORDER BY CAST(id AS INTEGER), id"_s,
             {entity}, &error))
        return result;
    while (query.next())
        result.append(parse(query.value(0)));
    return result;
}

std::optional<QJsonObject> LocalStore::entity(const QString &entity, const QString &id) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    QString error;
    if (!run(query, u"SELECT data FROM entity_cache WHERE entity = ? AND id = ?"_s, {entity, id},
             &error) ||
        !query.next())
        return std::nullopt;
    return parse(query.value(0));
}

QList<QJsonObject> LocalStore::entitiesStartingBetween(const QString &entity, qint64 from,
                                                       qint64 to) const
{
    QList<QJsonObject> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    QString error;
    if (!run(query,
             u"SELECT data FROM entity_cache WHERE entity = ? AND starts_at >= ? AND starts_at < "
             "? ORDER BY starts_at, id"_s,
             {entity, from, to}, &error))
        return result;
    while (query.next())
        result.append(parse(query.value(0)));
    return result;
}

std::optional<QJsonObject> LocalStore::entityWhere(const QString &entity, const QString &field,
                                                   const QString &value) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    QString error;
    if (!run(query,
             u"SELECT data FROM entity_cache WHERE entity = ? AND json_extract(data, ?) = ? "
             "LIMIT 1"_s,
             {entity, u"$."_s + field, value}, &error) ||
        !query.next())
        return std::nullopt;
    return parse(query.value(0));
}

bool LocalStore::enqueue(const OutboxEntry &entry, const std::optional<QJsonObject> &optimistic,
                         QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    auto rollback = qScopeGuard([&db] { db.rollback(); });
    QSqlQuery query(db);
    if (!run(query,
             u"INSERT INTO outbox (idem_key, method, path, body, entity, entity_id, summary, "
             "created_at, login) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
             {QString::fromLatin1(entry.idempotencyKey), QString::fromLatin1(entry.method),
              entry.path, compact(entry.body), entry.entity, entry.entityId, entry.summary,
              entry.createdAt > 0 ? entry.createdAt : QDateTime::currentMSecsSinceEpoch(),
              entry.login.isEmpty() ? u""_s : entry.login}, // a null QString binds as NULL
             error))
        return false;
    if (optimistic &&
        !run(query,
             u"INSERT INTO entity_cache (entity, id, revision, data, server_data, starts_at) "
             "VALUES (?, ?, 0, ?, NULL, ?) ON CONFLICT (entity, id) DO UPDATE SET data = "
             "excluded.data, starts_at = excluded.starts_at"_s,
             {entry.entity, entry.entityId, compact(*optimistic), startsAtOf(*optimistic)}, error))
        return false;
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    rollback.dismiss();
    return true;
}

QList<OutboxEntry> LocalStore::pendingWrites() const
{
    QList<OutboxEntry> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    if (!query.exec(kOutboxColumns + u" ORDER BY seq"_s))
        return result;
    while (query.next())
        result.append(entryFromRow(query));
    return result;
}

std::optional<OutboxEntry> LocalStore::nextWriteOf(const QString &login) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    QString error;
    if (!run(query, kOutboxColumns + u" WHERE login = ? ORDER BY seq LIMIT 1"_s, {login}, &error) ||
        !query.next())
        return std::nullopt;
    return entryFromRow(query);
}

int LocalStore::pendingCount() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    return query.exec(u"SELECT COUNT(*) FROM outbox"_s) && query.next() ? query.value(0).toInt()
                                                                        : 0;
}

bool LocalStore::hasPendingWrite(const QString &entity, const QString &id) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    QString error;
    return run(query, u"SELECT 1 FROM outbox WHERE entity = ? AND entity_id = ?"_s, {entity, id},
               &error) &&
           query.next();
}

bool LocalStore::restoreServerVersion(const QString &entity, const QString &id)
{
    if (hasPendingWrite(entity, id))
        return true; // a later write still shows the clerk's version
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    QString error;
    if (!run(query, u"SELECT server_data FROM entity_cache WHERE entity = ? AND id = ?"_s,
             {entity, id}, &error))
        return false;
    if (!query.next())
        return true;
    if (query.value(0).isNull()) // only ever local: it goes
        return run(query, u"DELETE FROM entity_cache WHERE entity = ? AND id = ?"_s, {entity, id},
                   &error);
    const QString serverData = query.value(0).toString();
    return run(query,
               u"UPDATE entity_cache SET data = ?, starts_at = ? WHERE entity = ? AND id = ?"_s,
               {serverData, startsAtOf(parse(serverData)), entity, id}, &error);
}

bool LocalStore::completeWrite(const OutboxEntry &entry,
                               const std::optional<QJsonObject> &confirmed, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    auto rollback = qScopeGuard([&db] { db.rollback(); });
    QSqlQuery query(db);
    if (!run(query, u"DELETE FROM outbox WHERE seq = ?"_s, {entry.sequence}, error))
        return false;
    const QString serverId = confirmed ? confirmed->value(u"id"_s).toString() : QString();
    if (!serverId.isEmpty() && serverId != entry.entityId) {
        // Created offline: the local id gives way to the server's everywhere.
        if (!run(query, u"DELETE FROM entity_cache WHERE entity = ? AND id = ?"_s,
                 {entry.entity, entry.entityId}, error) ||
            !run(query,
                 u"UPDATE outbox SET entity_id = ?, path = REPLACE(path, ?, ?) WHERE entity = ? "
                 "AND entity_id = ?"_s,
                 {serverId, entry.entityId, serverId, entry.entity, entry.entityId}, error))
            return false;
    }
    if (confirmed) {
        const QString id = serverId.isEmpty() ? entry.entityId : serverId;
        const QString data = compact(*confirmed);
        // The server's answer is the newest state unless the feed already
        // brought a later one (a higher version) meanwhile.
        if (!run(query,
                 u"INSERT INTO entity_cache (entity, id, revision, data, server_data, starts_at) "
                 "VALUES (?, ?, 0, ?, ?, ?) ON CONFLICT (entity, id) DO UPDATE SET server_data = "
                 "CASE WHEN COALESCE(json_extract(server_data, '$.version'), 0) > "
                 "COALESCE(json_extract(excluded.server_data, '$.version'), 0) THEN server_data "
                 "ELSE excluded.server_data END"_s,
                 {entry.entity, id, data, data, startsAtOf(*confirmed)}, error))
            return false;
        if (!restoreServerVersion(entry.entity, id)) {
            *error = db.lastError().text();
            return false;
        }
    } else if (!restoreServerVersion(entry.entity, entry.entityId)) {
        *error = db.lastError().text();
        return false;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    rollback.dismiss();
    return true;
}

QList<OutboxEntry> LocalStore::rollbackWrite(const OutboxEntry &entry, QString *error)
{
    QList<OutboxEntry> dropped;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return dropped;
    }
    auto rollback = qScopeGuard([&db] { db.rollback(); });
    QSqlQuery query(db);
    if (!run(query,
             kOutboxColumns + u" WHERE entity = ? AND entity_id = ? AND seq >= ? ORDER BY seq"_s,
             {entry.entity, entry.entityId, entry.sequence}, error))
        return {};
    while (query.next())
        dropped.append(entryFromRow(query));
    if (!run(query, u"DELETE FROM outbox WHERE entity = ? AND entity_id = ? AND seq >= ?"_s,
             {entry.entity, entry.entityId, entry.sequence}, error) ||
        !restoreServerVersion(entry.entity, entry.entityId)) {
        if (error->isEmpty())
            *error = db.lastError().text();
        return {};
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        return {};
    }
    rollback.dismiss();
    return dropped;
}
