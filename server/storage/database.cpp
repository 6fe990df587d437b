#include "server/storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>

using namespace Qt::StringLiterals;

Database::Database(const DatabaseUrl &url, const QString &connectionName)
    : m_url(url)
    , m_connectionName(connectionName)
    , m_dialect(url.kind == DatabaseUrl::Kind::Sqlite ? SqlDialect::Sqlite : SqlDialect::Postgresql)
{}

DatabaseFailure::DatabaseFailure(const QSqlError &error)
    : DatabaseFailure(loggableText(error))
{
    m_code = error.nativeErrorCode();
}

QString DatabaseFailure::loggableText(const QSqlError &error)
{
    // Only the first line: PostgreSQL's DETAIL, HINT and CONTEXT follow it.
    QString primary = error.databaseText().trimmed().section(u'\n', 0, 0).trimmed();
    if (primary.startsWith(u"ERROR:"_s))
        primary = primary.mid(6).trimmed();
    // A primary message may end in the value it refused
    // ('invalid input syntax for type bigint: "…"'), or carry "(column)=(value)".
    static const QRegularExpression quotedValue(u":\\s*\"[^\\n]*\"\\s*$"_s);
    static const QRegularExpression keyValue(u"\\)=\\([^\\n]*\\)"_s);
    primary.replace(quotedValue, u": \"…\""_s);
    primary.replace(keyValue, u")=(…)"_s);
    QString text = error.nativeErrorCode().isEmpty()
                       ? primary
                       : u"[%1] %2"_s.arg(error.nativeErrorCode(), primary);
    // Qt's own words ("Unable to create query") name no data.
    if (!error.driverText().isEmpty())
        text += u" ("_s + error.driverText() + u')';
    return text;
}

Database::~Database()
{
    close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

namespace {
constexpr QFile::Permissions kOwnerOnlyFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions kOwnerOnlyFolder =
    QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

// A new SQLite file is made by us, readable by the server's user alone, in a
// folder of its own when we make that too (SQLite gives its -wal and -shm
// files the database file's mode). Existing files keep what the
// administrator set.
bool prepareSqliteFile(const QString &path, QString *error)
{
    if (path.isEmpty() || path == u":memory:"_s || path.startsWith(u"file:"_s) ||
        QFileInfo::exists(path))
        return true;
    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder) || !QFile::setPermissions(folder, kOwnerOnlyFolder)) {
            *error = u"Cannot create the folder %1."_s.arg(folder);
            return false;
        }
    }
    QFile file(path);
    // An empty file is an empty SQLite database.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnlyFile)) {
        *error = u"Cannot create the database file %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}
} // namespace

bool Database::open(QString *error)
{
    // Statements prepared on an earlier connection do not exist on a new one.
    m_statements.clear();
    m_transactionDepth = 0;
    QSqlDatabase db =
        QSqlDatabase::contains(m_connectionName)
            ? QSqlDatabase::database(m_connectionName, false)
            : QSqlDatabase::addDatabase(m_dialect == SqlDialect::Sqlite ? u"QSQLITE"_s : u"QPSQL"_s,
                                        m_connectionName);
    if (!db.isValid()) {
        *error = u"The Qt SQL driver for %1 is not installed."_s.arg(
            m_dialect == SqlDialect::Sqlite ? u"SQLite"_s : u"PostgreSQL"_s);
        return false;
    }
    if (m_dialect == SqlDialect::Sqlite) {
        if (!prepareSqliteFile(m_url.path, error))
            return false;
        db.setDatabaseName(m_url.path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    } else {
        db.setHostName(m_url.host);
        db.setPort(m_url.port);
        db.setUserName(m_url.user);
        db.setPassword(m_url.password);
        db.setDatabaseName(m_url.databaseName);
        QString options = u"connect_timeout=5"_s;
        if (!m_url.options.isEmpty())
            options += u';' + m_url.options;
        db.setConnectOptions(options);
    }
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    try {
        if (m_dialect == SqlDialect::Sqlite) {
            // Removed text is overwritten with zeros, not left in free space.
            exec(u"PRAGMA secure_delete = ON"_s);
            exec(u"PRAGMA journal_mode=WAL"_s);
            exec(u"PRAGMA foreign_keys=ON"_s);
        } else {
            exec(u"SET TIME ZONE 'UTC'"_s);
            if (!m_statementTimeout.isEmpty())
                exec(u"SET statement_timeout = '%1'"_s.arg(m_statementTimeout));
        }
    } catch (const DatabaseFailure &failure) {
        *error = QString::fromStdString(failure.what());
        db.close();
        return false;
    }
    return true;
}

void Database::close()
{
    m_transactionDepth = 0;
    m_statements.clear();
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) &&
           QSqlDatabase::database(m_connectionName, false).isOpen();
}

bool Database::ensureAlive()
{
    if (isOpen()) {
        QSqlQuery probe(connection());
        if (probe.exec(u"SELECT 1"_s))
            return true;
        close();
    }
    QString error;
    return open(&error);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

SqlRows Database::exec(const QString &sql, const QVariantList &values)
{
    if (values.isEmpty()) {
        auto query = std::make_unique<QSqlQuery>(connection());
        query->setForwardOnly(true);
        if (!query->exec(sql))
            throw DatabaseFailure(query->lastError());
        return SqlRows(std::move(query));
    }
    auto cached = m_statements.find(sql);
    if (cached == m_statements.end()) {
        auto prepared = std::make_unique<QSqlQuery>(connection());
        prepared->setForwardOnly(true);
        if (!prepared->prepare(sql))
            throw DatabaseFailure(prepared->lastError());
        cached = m_statements.emplace(sql, std::move(prepared)).first;
    }
    QSqlQuery *query = cached->second.get();
    query->finish();
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        // A null QString is an empty text here, not SQL NULL (a typed null
        // QVariant of another type still binds NULL on purpose).
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        query->bindValue(static_cast<int>(i), nullText ? QVariant(QString(u""_s)) : value);
    }
    if (!query->exec())
        throw DatabaseFailure(query->lastError());
    return SqlRows(query);
}

qint64 Database::insert(const QString &sql, const QVariantList &values)
{
    SqlRows query = exec(sql, values);
    if (!query.next())
        throw DatabaseFailure(u"INSERT returned no id"_s);
    return query.value(0).toLongLong();
}

void Database::begin()
{
    if (m_transactionDepth++ > 0)
        return;
    try {
        exec(m_dialect == SqlDialect::Sqlite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s);
    } catch (const DatabaseFailure &) {
        m_transactionDepth = 0;
        throw;
    }
}

void Database::commit()
{
    if (m_transactionDepth == 0 || --m_transactionDepth > 0)
        return;
    try {
        exec(u"COMMIT"_s);
    } catch (const DatabaseFailure &) {
        m_transactionDepth = 1; // still open: the caller's Transaction rolls it back
        throw;
    }
}

void Database::rollback()
{
    if (m_transactionDepth == 0)
        return;
    m_transactionDepth = 0;
    QSqlQuery query(connection());
    query.exec(u"ROLLBACK"_s); // best effort: the connection may already be gone
}

void Database::reclaimRemoved(const QStringList &tables)
{
    if (m_transactionDepth > 0)
        throw DatabaseFailure(u"reclaimRemoved() runs outside a transaction"_s);
    if (m_dialect == SqlDialect::Sqlite) {
        SqlRows result = exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        // busy = 1: a reader kept the WAL; the next run tries again.
        if (result.next() && result.value(0).toInt() != 0)
            qWarning("The SQLite WAL could not be emptied now (a reader was busy).");
        return;
    }
    // VACUUM cannot run inside a transaction block; each statement here commits on its own.
    for (const QString &table : tables)
        exec(u"VACUUM "_s + table);
}

Transaction::Transaction(Database &db)
    : m_db(db)
{
    m_db.begin();
}

Transaction::~Transaction()
{
    if (!m_done)
        m_db.rollback();
}

void Transaction::commit()
{
    m_db.commit();
    m_done = true;
}
