#include "server/storage/idempotencyrepository.h"

#include "server/storage/database.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

std::optional<IdempotencyRepository::StoredReply> IdempotencyRepository::find(qint64 userId,
                                                                              const QString &key)
{
    SqlRows query = m_db.exec(u"SELECT request_hash, status, content_type, body, entity, "
                              "entity_id, entity_version FROM idempotency_key WHERE user_id = ? "
                              "AND idem_key = ?"_s,
                              {userId, key});
    if (!query.next())
        return std::nullopt;
    return StoredReply{query.value(0).toString().toLatin1(),
                       query.value(1).toInt(),
                       query.value(2).toString().toLatin1(),
                       query.value(3).toString().toUtf8(),
                       query.value(4).toString(),
                       query.value(5).toString(),
                       query.value(6).toInt()};
}

IdempotencyRepository::Claim IdempotencyRepository::claim(qint64 userId, const QString &key,
                                                          const QByteArray &requestHash)
{
    const bool postgresql = m_db.dialect() == SqlDialect::Postgresql;
    // A server waiting on another's claim serves nobody else meanwhile: wait
    // a few seconds at most.
    if (postgresql)
        m_db.exec(u"SET LOCAL lock_timeout = '%1s'"_s.arg(kClaimWaitSeconds));
    bool claimed = false;
    try {
        SqlRows inserted = m_db.exec(
            u"INSERT INTO idempotency_key (user_id, idem_key, request_hash, status, content_type, "
            "body, created_at) VALUES (?, ?, ?, 0, '', '', ?) ON CONFLICT (user_id, idem_key) DO "
            "NOTHING RETURNING status"_s,
            {userId, key, QString::fromLatin1(requestHash), QDateTime::currentMSecsSinceEpoch()});
        claimed = inserted.next();
    } catch (const DatabaseFailure &failure) {
        if (failure.code() == u"55P03"_s) // lock_not_available
            return Claim::Busy;
        throw;
    }
    if (postgresql)
        m_db.exec(u"SET LOCAL lock_timeout = DEFAULT"_s);
    return claimed ? Claim::Claimed : Claim::Taken;
}

void IdempotencyRepository::complete(qint64 userId, const QString &key, const StoredReply &reply)
{
    m_db.exec(u"UPDATE idempotency_key SET request_hash = ?, status = ?, content_type = ?, body = "
              "?, entity = ?, entity_id = ?, entity_version = ? WHERE user_id = ? AND idem_key = "
              "?"_s,
              {QString::fromLatin1(reply.requestHash), reply.status,
               QString::fromLatin1(reply.contentType), QString::fromUtf8(reply.body), reply.entity,
               reply.entityId, reply.entityVersion, userId, key});
}

int IdempotencyRepository::removeOlderThan(qint64 msecsSinceEpoch)
{
    int count = 0;
    {
        SqlRows rows = m_db.exec(u"SELECT COUNT(*) FROM idempotency_key WHERE created_at < ?"_s,
                                 {msecsSinceEpoch});
        count = rows.next() ? rows.value(0).toInt() : 0;
    }
    if (count > 0)
        m_db.exec(u"DELETE FROM idempotency_key WHERE created_at < ?"_s, {msecsSinceEpoch});
    return count;
}

int IdempotencyRepository::forgetAnswersFor(const QString &entity, const QString &id)
{
    int count = 0;
    {
        SqlRows rows =
            m_db.exec(u"SELECT COUNT(*) FROM idempotency_key WHERE entity = ? AND entity_id = ?"_s,
                      {entity, id});
        count = rows.next() ? rows.value(0).toInt() : 0;
    }
    if (count > 0)
        m_db.exec(u"UPDATE idempotency_key SET request_hash = 'erased', body = '' WHERE entity = ? "
                  "AND entity_id = ?"_s,
                  {entity, id});
    return count;
}

int IdempotencyRepository::forgetAnswersMentioning(const QString &text)
{
    if (text.isEmpty())
        return 0;
    QString pattern = text;
    pattern.remove(u'%').remove(u'_');
    pattern = u'%' + pattern + u'%';
    int count = 0;
    {
        SqlRows rows =
            m_db.exec(u"SELECT COUNT(*) FROM idempotency_key WHERE body LIKE ?"_s, {pattern});
        count = rows.next() ? rows.value(0).toInt() : 0;
    }
    if (count > 0)
        m_db.exec(u"UPDATE idempotency_key SET request_hash = 'erased', body = '' WHERE body "
                  "LIKE ?"_s,
                  {pattern});
    return count;
}
