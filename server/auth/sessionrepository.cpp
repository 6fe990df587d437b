#include "server/auth/sessionrepository.h"

#include "server/auth/passwordhash.h"
#include "server/storage/database.h"

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
    // One round trip on every request: the user and one row per role.
    SqlRows rows = m_db.exec(u"SELECT u.id, u.login, u.display_name, r.role FROM user_session s "
                             "JOIN app_user u ON u.id = s.user_id LEFT JOIN user_role r ON "
                             "r.user_id = u.id WHERE s.token_hash = ? AND s.expires_at > ? AND "
                             "u.active = 1"_s,
                             {tokenHash(token), QDateTime::currentMSecsSinceEpoch()});
    std::optional<UserRecord> user;
    QStringList roles;
    while (rows.next()) {
        if (!user)
            user = UserRecord{
                rows.value(0).toLongLong(), rows.value(1).toString(), rows.value(2).toString(), {}};
        if (!rows.value(3).isNull())
            roles.append(rows.value(3).toString());
    }
    if (user)
        user->roles = rolesFromNames(roles);
    return user;
}

void SessionRepository::remove(const QByteArray &token)
{
    m_db.exec(u"DELETE FROM user_session WHERE token_hash = ?"_s, {tokenHash(token)});
}

int SessionRepository::removeExpired()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    int count = 0;
    {
        SqlRows rows =
            m_db.exec(u"SELECT COUNT(*) FROM user_session WHERE expires_at <= ?"_s, {now});
        count = rows.next() ? rows.value(0).toInt() : 0;
    }
    if (count > 0)
        m_db.exec(u"DELETE FROM user_session WHERE expires_at <= ?"_s, {now});
    return count;
}
