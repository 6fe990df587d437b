#include "core/localstore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {
const QString kCursorKey = QStringLiteral("cursor");
const QString kInstanceKey = QStringLiteral("server_instance");
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
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_filePath);
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    const QStringList statements{
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS entity_cache (entity TEXT NOT NULL, id TEXT NOT "
                       "NULL, revision INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY (entity, "
                       "id))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS sync_state (key TEXT PRIMARY KEY, value TEXT "
                       "NOT NULL)"),
    };
    for (const QString &statement : statements) {
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
    query.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

bool LocalStore::setSetting(const QString &key, const QString &value)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    return query.exec();
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
    const bool ok = query.exec(QStringLiteral("DELETE FROM entity_cache")) &&
                    query.exec(QStringLiteral("DELETE FROM sync_state")) &&
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
    QSqlQuery upsert(db);
    upsert.prepare(QStringLiteral(
        "INSERT INTO entity_cache (entity, id, revision, data) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (entity, id) DO UPDATE SET revision = excluded.revision, data = "
        "excluded.data"));
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM entity_cache WHERE entity = ? AND id = ?"));
    for (const Change &change : changes) {
        if (change.revision <= current)
            continue;
        QSqlQuery &query = change.op == Change::Op::Delete ? remove : upsert;
        query.addBindValue(change.entity);
        query.addBindValue(change.id);
        if (change.op == Change::Op::Upsert) {
            query.addBindValue(change.revision);
            query.addBindValue(
                QString::fromUtf8(QJsonDocument(change.data).toJson(QJsonDocument::Compact)));
        }
        if (!query.exec()) {
            *error = query.lastError().text();
            db.rollback();
            return false;
        }
    }
    if (newCursor > current && !setSetting(kCursorKey, QString::number(newCursor))) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

QList<QJsonObject> LocalStore::entities(const QString &entity) const
{
    QList<QJsonObject> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("SELECT data FROM entity_cache WHERE entity = ? ORDER BY "
                                 "CAST(id AS INTEGER), id"));
    query.addBindValue(entity);
    if (!query.exec())
        return result;
    while (query.next())
        result.append(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
    return result;
}

std::optional<QJsonObject> LocalStore::entity(const QString &entity, const QString &id) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("SELECT data FROM entity_cache WHERE entity = ? AND id = ?"));
    query.addBindValue(entity);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
}
