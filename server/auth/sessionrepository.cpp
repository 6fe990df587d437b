#include "server/auth/sessionrepository.h"

#include "server/auth/passwordhash.h"
#include "server/storage/changelog.h"
#include "server/storage/database.h"

#include <QCryptographicHash>
#include <QDateTime>

#include <algorithm>

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

bool SessionRepository::isWellFormed(const QByteArray &token)
{
    constexpr qsizetype kLength = 43; // 32 bytes, base64url without padding
    return token.size() == kLength && std::all_of(token.cbegin(), token.cend(), [](char c) {
               return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '_';
           });
}

std::optional<UserRecord> SessionRepository::resolve(const QByteArray &token)
{
    if (token.isEmpty())
        return std::nullopt;
    // One round trip on every request: the user, one row per role and office.
    SqlRows rows = m_db.exec(
        u"SELECT u.id, u.login, u.display_name, u.must_change_password, u.version, r.role, "
        "o.office_id FROM user_session s JOIN app_user u ON u.id = s.user_id LEFT JOIN "
        "user_role r ON r.user_id = u.id LEFT JOIN user_office o ON o.user_id = u.id WHERE "
        "s.token_hash = ? AND s.expires_at > ? AND u.active = 1"_s,
        {tokenHash(token), QDateTime::currentMSecsSinceEpoch()});
    std::optional<UserRecord> user;
    QStringList roles;
    while (rows.next()) {
        if (!user) {
            user = UserRecord{};
            user->id = rows.value(0).toLongLong();
            user->login = rows.value(1).toString();
            user->displayName = rows.value(2).toString();
            user->mustChangePassword = rows.value(3).toInt() != 0;
            user->version = rows.value(4).toInt();
        }
        if (!rows.value(5).isNull() && !roles.contains(rows.value(5).toString()))
            roles.append(rows.value(5).toString());
        if (!rows.value(6).isNull() && !user->officeIds.contains(rows.value(6).toLongLong()))
            user->officeIds.append(rows.value(6).toLongLong());
    }
    if (user) {
        user->roles = rolesFromNames(roles);
        std::sort(user->officeIds.begin(), user->officeIds.end());
    }
    return user;
}

void SessionRepository::remove(const QByteArray &token)
{
    qint64 userId = 0;
    {
        SqlRows removed =
            m_db.exec(u"DELETE FROM user_session WHERE token_hash = ? RETURNING user_id"_s,
                      {tokenHash(token)});
        userId = removed.next() ? removed.value(0).toLongLong() : 0;
    }
    if (userId > 0)
        recordSessionsEnded(userId);
}

void SessionRepository::removeForUser(qint64 userId, const QByteArray &keepToken)
{
    if (keepToken.isEmpty())
        m_db.exec(u"DELETE FROM user_session WHERE user_id = ?"_s, {userId});
    else
        m_db.exec(u"DELETE FROM user_session WHERE user_id = ? AND token_hash <> ?"_s,
                  {userId, tokenHash(keepToken)});
    // Also when the user had no session left: the user's roles or offices
    // may have changed, which open event sockets must follow.
    recordSessionsEnded(userId);
}

void SessionRepository::recordSessionsEnded(qint64 userId)
{
    m_changes.recordDelete(QString(kSessionsEnded), QString::number(userId), u"sessions.ended"_s);
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
