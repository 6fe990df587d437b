#pragma once

#include "server/storage/databaseurl.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <memory>
#include <stdexcept>
#include <unordered_map>

class QSqlError;

// Thrown by Database::exec when a statement fails; the API layer turns it into
// 503 (database gone) or 500 (anything else). Its text is logged, so it never
// holds a value of a row (see loggableText()).
class DatabaseFailure : public std::runtime_error
{
public:
    explicit DatabaseFailure(const QString &message)
        : std::runtime_error(message.toStdString())
    {}
    explicit DatabaseFailure(const QSqlError &error);

    // The SQLSTATE (PostgreSQL) or SQLite's code; empty when not from the database.
    const QString &code() const { return m_code; }

    // The SQLSTATE (or SQLite's code) and the database's primary message
    // without PostgreSQL's DETAIL ("Key (booking_code)=(…)", "Failing row
    // contains (…)") and without a value the message quotes: a server log
    // must not name a citizen.
    static QString loggableText(const QSqlError &error);

private:
    QString m_code;
};

// Thrown when a version-guarded UPDATE finds its row at another version than
// the one read (someone changed it in between): the API answers 409
// version-conflict, as for a stale `version` in a request.
class RecordChanged : public DatabaseFailure
{
public:
    using DatabaseFailure::DatabaseFailure;
};

enum class SqlDialect { Sqlite, Postgresql };

// The rows of one statement: either the connection's cached prepared query
// (finished when these rows go, so no read stays open on SQLite) or a one-off.
class SqlRows
{
public:
    explicit SqlRows(QSqlQuery *cached)
        : m_query(cached)
    {}
    explicit SqlRows(std::unique_ptr<QSqlQuery> owned)
        : m_owned(std::move(owned))
        , m_query(m_owned.get())
    {}
    SqlRows(SqlRows &&other) noexcept
        : m_owned(std::move(other.m_owned))
        , m_query(std::exchange(other.m_query, nullptr))
    {}
    SqlRows &operator=(SqlRows &&) = delete;
    SqlRows(const SqlRows &) = delete;
    ~SqlRows()
    {
        if (m_query && !m_owned)
            m_query->finish();
    }

    bool next() { return m_query->next(); }
    QVariant value(int index) const { return m_query->value(index); }

private:
    std::unique_ptr<QSqlQuery> m_owned;
    QSqlQuery *m_query;
};

// One connection, used from the thread that opened it. Every statement with
// values is prepared; values are bound, never spliced into SQL.
class Database
{
public:
    Database(const DatabaseUrl &url, const QString &connectionName);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool open(QString *error);
    void close();
    // PostgreSQL: statements running longer are cancelled (e.g. u"60s"),
    // set at every open, reconnects included. Call before open().
    void setStatementTimeout(const QString &timeout) { m_statementTimeout = timeout; }
    bool isOpen() const;

    // True when a trivial query goes through; after a failure, reopens.
    bool ensureAlive();

    SqlDialect dialect() const { return m_dialect; }
    const DatabaseUrl &url() const { return m_url; }
    QSqlDatabase connection() const;

    // A statement with values is prepared once per connection and reused. Its
    // result is valid until the same SQL text runs again: read it first.
    SqlRows exec(const QString &sql, const QVariantList &values = {});
    // For INSERT ... RETURNING id.
    qint64 insert(const QString &sql, const QVariantList &values);

    // A write transaction: SQLite takes the write lock at once (BEGIN IMMEDIATE)
    // so that concurrent writers queue instead of failing halfway. Nested
    // begin/commit pairs join the outermost transaction.
    void begin();
    void commit();
    void rollback();

    // After data was removed (outside a transaction): SQLite copies the WAL
    // into the database and empties it, so removed text survives in neither
    // file (with secure_delete, freed space is zeroed); PostgreSQL vacuums
    // `tables`, so no query, dump or backup taken from now on finds the old
    // row versions. Table names are ours, never a caller's input.
    void reclaimRemoved(const QStringList &tables);

private:
    DatabaseUrl m_url;
    QString m_connectionName;
    SqlDialect m_dialect;
    int m_transactionDepth = 0;
    QString m_statementTimeout;
    // Prepared statements by SQL text, reused for the life of the connection:
    // on PostgreSQL every fresh prepare costs two extra round trips.
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

// Rolls back unless committed.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    Database &m_db;
    bool m_done = false;
};
