#pragma once

#include "server/databaseurl.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <stdexcept>

// Thrown by Database::exec when a statement fails; the API layer turns it into
// 503 (database gone) or 500 (anything else).
class DatabaseFailure : public std::runtime_error
{
public:
    explicit DatabaseFailure(const QString &message)
        : std::runtime_error(message.toStdString())
    {}
};

enum class SqlDialect { Sqlite, Postgresql };

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
    bool isOpen() const;

    // True when a trivial query goes through; after a failure, reopens.
    bool ensureAlive();

    SqlDialect dialect() const { return m_dialect; }
    const DatabaseUrl &url() const { return m_url; }
    QSqlDatabase connection() const;

    QSqlQuery exec(const QString &sql, const QVariantList &values = {});
    // For INSERT ... RETURNING id.
    qint64 insert(const QString &sql, const QVariantList &values);

    // A write transaction: SQLite takes the write lock at once (BEGIN IMMEDIATE)
    // so that concurrent writers queue instead of failing halfway. Nested
    // begin/commit pairs join the outermost transaction.
    void begin();
    void commit();
    void rollback();

private:
    DatabaseUrl m_url;
    QString m_connectionName;
    SqlDialect m_dialect;
    int m_transactionDepth = 0;
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
