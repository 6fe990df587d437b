#include "server/auth/userrepository.h"

#include "server/auth/passwordhash.h"
#include "server/storage/database.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

UserRecord UserRepository::addOrUpdate(const QString &login, const QString &displayName,
                                       Roles roles, const QString &password)
{
    const QString hash = PasswordHash::hash(password);
    Transaction transaction(m_db);
    SqlRows existing = m_db.exec(u"SELECT id FROM app_user WHERE login = ?"_s, {login});
    qint64 id;
    if (existing.next()) {
        id = existing.value(0).toLongLong();
        m_db.exec(u"UPDATE app_user SET display_name = ?, password_hash = ?, active = 1 "
                  "WHERE id = ?"_s,
                  {displayName, hash, id});
        m_db.exec(u"DELETE FROM user_role WHERE user_id = ?"_s, {id});
    } else {
        id = m_db.insert(u"INSERT INTO app_user (login, display_name, password_hash, active, "
                         "created_at) VALUES (?, ?, ?, 1, ?) RETURNING id"_s,
                         {login, displayName, hash, QDateTime::currentMSecsSinceEpoch()});
    }
    for (const QString &role : roleNames(roles))
        m_db.exec(u"INSERT INTO user_role (user_id, role) VALUES (?, ?)"_s, {id, role});
    transaction.commit();
    return {id, login, displayName, roles};
}

std::optional<UserRecord> UserRepository::authenticate(const QString &login,
                                                       const QString &password)
{
    SqlRows query = m_db.exec(
        u"SELECT id, display_name, password_hash FROM app_user WHERE login = ? AND active = 1"_s,
        {login});
    if (!query.next()) {
        // Same cost as a real check, so response time does not tell which logins exist.
        static const QString dummy = PasswordHash::hash(u"not a password"_s);
        PasswordHash::verify(dummy, password);
        return std::nullopt;
    }
    if (!PasswordHash::verify(query.value(2).toString(), password))
        return std::nullopt;
    const qint64 id = query.value(0).toLongLong();
    return UserRecord{id, login, query.value(1).toString(), rolesOf(id)};
}

std::optional<UserRecord> UserRepository::find(qint64 id)
{
    SqlRows query =
        m_db.exec(u"SELECT login, display_name FROM app_user WHERE id = ? AND active = 1"_s, {id});
    if (!query.next())
        return std::nullopt;
    return UserRecord{id, query.value(0).toString(), query.value(1).toString(), rolesOf(id)};
}

std::optional<UserRecord> UserRepository::findByLogin(const QString &login)
{
    SqlRows query = m_db.exec(u"SELECT id FROM app_user WHERE login = ? AND active = 1"_s, {login});
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    return id > 0 ? find(id) : std::nullopt;
}

QList<UserRecord> UserRepository::withRole(Role role)
{
    QList<qint64> ids;
    {
        SqlRows query = m_db.exec(u"SELECT u.id FROM app_user u JOIN user_role r ON r.user_id = "
                                  "u.id WHERE r.role = ? AND u.active = 1 ORDER BY "
                                  "u.display_name"_s,
                                  {roleName(role)});
        while (query.next())
            ids.append(query.value(0).toLongLong());
    }
    QList<UserRecord> users;
    for (qint64 id : std::as_const(ids)) {
        if (auto user = find(id))
            users.append(*user);
    }
    return users;
}

qint64 UserRepository::count()
{
    SqlRows query = m_db.exec(u"SELECT COUNT(*) FROM app_user"_s);
    return query.next() ? query.value(0).toLongLong() : 0;
}

Roles UserRepository::rolesOf(qint64 userId)
{
    SqlRows query = m_db.exec(u"SELECT role FROM user_role WHERE user_id = ?"_s, {userId});
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return rolesFromNames(names);
}
