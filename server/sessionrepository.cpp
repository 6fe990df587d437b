#include "server/sessionrepository.h"

#include "server/database.h"
#include "server/passwordhash.h"

#include <QCryptographicHash>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace {
QString tokenHash(const QByteArray &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
}
} // namespace

QByteArray SessionRepository::create(qint64 userId)
{
    const QByteArray token =
        randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 expires =
        now + std::chrono::duration_cast<std::chrono::milliseconds>(m_lifetime).count();
    m_db.exec(u"INSERT INTO user_session (token_hash, user_id, created_at, expires_at) "
              "VALUES (?, ?, ?, ?)"_s,
              {tokenHash(token), userId, now, expires});
    return token;
}

std::optional<UserRecord> SessionRepository::resolve(const QByteArray &token)
{
    if (token.isEmpty())
        return std::nullopt;
    QSqlQuery query = m_db.exec(u"SELECT user_id FROM user_session WHERE token_hash = ? AND "
                                "expires_at > ?"_s,
                                {tokenHash(token), QDateTime::currentMSecsSinceEpoch()});
    if (!query.next())
        return std::nullopt;
    return UserRepository(m_db).find(query.value(0).toLongLong());
}

void SessionRepository::remove(const QByteArray &token)
{
    m_db.exec(u"DELETE FROM user_session WHERE token_hash = ?"_s, {tokenHash(token)});
}

void SessionRepository::removeExpired()
{
    m_db.exec(u"DELETE FROM user_session WHERE expires_at <= ?"_s,
              {QDateTime::currentMSecsSinceEpoch()});
}
