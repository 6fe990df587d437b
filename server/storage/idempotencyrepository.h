#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

class Database;

// The first answer to each (user, Idempotency-Key), so that a retried write
// is answered again instead of being applied twice.
class IdempotencyRepository
{
public:
    struct StoredReply
    {
        QByteArray requestHash; // method, path and body of the first request
        int status = 0;
        QByteArray contentType;
        QByteArray body;
    };

    explicit IdempotencyRepository(Database &db)
        : m_db(db)
    {}

    std::optional<StoredReply> find(qint64 userId, const QString &key);
    void store(qint64 userId, const QString &key, const StoredReply &reply);
    void removeOlderThan(qint64 msecsSinceEpoch);

private:
    Database &m_db;
};
