#include "server/auth/userrepository.h"

#include "server/auth/passwordhash.h"
#include "server/storage/advisorylocks.h"
#include "server/storage/database.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
QList<qint64> normalised(QList<qint64> officeIds)
{
    std::sort(officeIds.begin(), officeIds.end());
    officeIds.erase(std::unique(officeIds.begin(), officeIds.end()), officeIds.end());
    return officeIds;
}
} // namespace

QString UserRecord::officesProblem(Roles roles, const QList<qint64> &officeIds)
{
    // A display shows one waiting room's calls; a kiosk issues one office's tickets.
    if ((roles & (Role::Display | Role::Kiosk)) && normalised(officeIds).size() != 1)
        return u"A display or kiosk account belongs to exactly one office."_s;
    return {};
}

UserRecord UserRepository::addOrUpdate(const QString &login, const QString &displayName,
                                       Roles roles, const QString &password,
                                       const QList<qint64> &officeIds)
{
    const QString hash = PasswordHash::hash(password);
    Transaction transaction(m_db);
    SqlRows existing = m_db.exec(u"SELECT id FROM app_user WHERE login = ?"_s, {login});
    qint64 id;
    if (existing.next()) {
        id = existing.value(0).toLongLong();
        m_db.exec(u"UPDATE app_user SET display_name = ?, password_hash = ?, active = 1, "
                  "must_change_password = 0, version = version + 1 WHERE id = ?"_s,
                  {displayName, hash, id});
    } else {
        id = m_db.insert(u"INSERT INTO app_user (login, display_name, password_hash, active, "
                         "created_at) VALUES (?, ?, ?, 1, ?) RETURNING id"_s,
                         {login, displayName, hash, QDateTime::currentMSecsSinceEpoch()});
    }
    writeRolesAndOffices(id, roles, officeIds);
    transaction.commit();
    return *read(id, false);
}

std::optional<UserRecord> UserRepository::create(const UserRecord &user, const QString &password)
{
    {
        SqlRows existing = m_db.exec(u"SELECT id FROM app_user WHERE login = ?"_s, {user.login});
        if (existing.next())
            return std::nullopt;
    }
    const QString hash = PasswordHash::hash(password);
    Transaction transaction(m_db);
    const qint64 id =
        m_db.insert(u"INSERT INTO app_user (login, display_name, password_hash, active, "
                    "must_change_password, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s,
                    {user.login, user.displayName, hash, user.active ? 1 : 0,
                     user.mustChangePassword ? 1 : 0, QDateTime::currentMSecsSinceEpoch()});
    writeRolesAndOffices(id, user.roles, user.officeIds);
    transaction.commit();
    return read(id, false);
}

UserRecord UserRepository::update(const UserRecord &user, std::optional<int> expectedVersion)
{
    Transaction transaction(m_db);
    QVariantList values{user.displayName, user.active ? 1 : 0, user.id};
    QString sql = u"UPDATE app_user SET display_name = ?, active = ?, version = version + 1 "
                  "WHERE id = ?"_s;
    if (expectedVersion) {
        sql += u" AND version = ?"_s;
        values.append(*expectedVersion);
    }
    {
        SqlRows updated = m_db.exec(sql + u" RETURNING id"_s, values);
        if (!updated.next() && expectedVersion)
            throw RecordChanged(u"user %1 changed since it was read"_s.arg(user.id));
    }
    writeRolesAndOffices(user.id, user.roles, user.officeIds);
    transaction.commit();
    return *read(user.id, false);
}

void UserRepository::setPassword(qint64 userId, const QString &password, bool mustChange)
{
    m_db.exec(u"UPDATE app_user SET password_hash = ?, must_change_password = ?, version = "
              "version + 1 WHERE id = ?"_s,
              {PasswordHash::hash(password), mustChange ? 1 : 0, userId});
}

bool UserRepository::passwordMatches(qint64 userId, const QString &password)
{
    SqlRows query = m_db.exec(u"SELECT password_hash FROM app_user WHERE id = ?"_s, {userId});
    return query.next() && PasswordHash::verify(query.value(0).toString(), password);
}

std::optional<UserRecord> UserRepository::authenticate(const QString &login,
                                                       const QString &password)
{
    qint64 id = 0;
    QString hash;
    {
        SqlRows query = m_db.exec(
            u"SELECT id, password_hash FROM app_user WHERE login = ? AND active = 1"_s, {login});
        if (query.next()) {
            id = query.value(0).toLongLong();
            hash = query.value(1).toString();
        }
    }
    if (id == 0) {
        // Same cost as a real check, so response time does not tell which logins exist.
        static const QString dummy = PasswordHash::hash(u"not a password"_s);
        PasswordHash::verify(dummy, password);
        return std::nullopt;
    }
    if (!PasswordHash::verify(hash, password))
        return std::nullopt;
    return read(id, true);
}

std::optional<UserRecord> UserRepository::find(qint64 id)
{
    return read(id, true);
}

std::optional<UserRecord> UserRepository::findAny(qint64 id)
{
    return read(id, false);
}

std::optional<UserRecord> UserRepository::findByLogin(const QString &login)
{
    SqlRows query = m_db.exec(u"SELECT id FROM app_user WHERE login = ? AND active = 1"_s, {login});
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    return id > 0 ? find(id) : std::nullopt;
}

std::optional<UserRecord> UserRepository::findAnyByLogin(const QString &login)
{
    SqlRows query = m_db.exec(u"SELECT id FROM app_user WHERE login = ?"_s, {login});
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    return id > 0 ? findAny(id) : std::nullopt;
}

QList<UserRecord> UserRepository::all()
{
    QList<qint64> ids;
    {
        SqlRows query = m_db.exec(u"SELECT id FROM app_user ORDER BY login"_s);
        while (query.next())
            ids.append(query.value(0).toLongLong());
    }
    QList<UserRecord> users;
    for (qint64 id : std::as_const(ids)) {
        if (auto user = read(id, false))
            users.append(*user);
    }
    return users;
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

int UserRepository::otherActiveAdmins(qint64 exceptUserId)
{
    // Two administrators disabling each other at once must not both see the
    // other as still active: on PostgreSQL the count queues on a lock held to
    // the end of the transaction (SQLite's write transaction serialises).
    if (m_db.dialect() == SqlDialect::Postgresql)
        m_db.exec(u"SELECT pg_advisory_xact_lock(?)"_s, {AdvisoryLock::kAdministrators});
    SqlRows query = m_db.exec(u"SELECT COUNT(*) FROM app_user u JOIN user_role r ON r.user_id = "
                              "u.id WHERE r.role = ? AND u.active = 1 AND u.id <> ?"_s,
                              {roleName(Role::Admin), exceptUserId});
    return query.next() ? query.value(0).toInt() : 0;
}

qint64 UserRepository::count()
{
    SqlRows query = m_db.exec(u"SELECT COUNT(*) FROM app_user"_s);
    return query.next() ? query.value(0).toLongLong() : 0;
}

QList<qint64> UserRepository::unknownOffices(const QList<qint64> &officeIds)
{
    QList<qint64> unknown;
    for (qint64 officeId : normalised(officeIds)) {
        SqlRows query = m_db.exec(u"SELECT id FROM office WHERE id = ?"_s, {officeId});
        if (!query.next())
            unknown.append(officeId);
    }
    return unknown;
}

std::optional<UserRecord> UserRepository::read(qint64 id, bool activeOnly)
{
    UserRecord user;
    {
        SqlRows query = m_db.exec(u"SELECT login, display_name, active, must_change_password, "
                                  "version FROM app_user WHERE id = ?"_s,
                                  {id});
        if (!query.next())
            return std::nullopt;
        user.id = id;
        user.login = query.value(0).toString();
        user.displayName = query.value(1).toString();
        user.active = query.value(2).toInt() != 0;
        user.mustChangePassword = query.value(3).toInt() != 0;
        user.version = query.value(4).toInt();
    }
    if (activeOnly && !user.active)
        return std::nullopt;
    user.roles = rolesOf(id);
    user.officeIds = officesOf(id);
    return user;
}

Roles UserRepository::rolesOf(qint64 userId)
{
    SqlRows query = m_db.exec(u"SELECT role FROM user_role WHERE user_id = ?"_s, {userId});
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return rolesFromNames(names);
}

QList<qint64> UserRepository::officesOf(qint64 userId)
{
    SqlRows query = m_db.exec(
        u"SELECT office_id FROM user_office WHERE user_id = ? ORDER BY office_id"_s, {userId});
    QList<qint64> officeIds;
    while (query.next())
        officeIds.append(query.value(0).toLongLong());
    return officeIds;
}

void UserRepository::writeRolesAndOffices(qint64 userId, Roles roles,
                                          const QList<qint64> &officeIds)
{
    m_db.exec(u"DELETE FROM user_role WHERE user_id = ?"_s, {userId});
    for (const QString &role : roleNames(roles))
        m_db.exec(u"INSERT INTO user_role (user_id, role) VALUES (?, ?)"_s, {userId, role});
    m_db.exec(u"DELETE FROM user_office WHERE user_id = ?"_s, {userId});
    for (qint64 officeId : normalised(officeIds))
        m_db.exec(u"INSERT INTO user_office (user_id, office_id) VALUES (?, ?)"_s,
                  {userId, officeId});
}
