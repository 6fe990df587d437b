#pragma once

#include "core/domain/roles.h"

#include <QList>
#include <QString>

#include <optional>

class Database;

// A login as the server knows it; never its password hash.
struct UserRecord
{
    qint64 id = 0;
    QString login;
    QString displayName;
    Roles roles;
    // The offices they work in, ascending; empty: every office (as before
    // users had offices).
    QList<qint64> officeIds;
    bool active = true;
    // Set by an administrator's reset: every route but the own session's
    // refuses them until they have chosen a new password.
    bool mustChangePassword = false;
    int version = 1;

    bool isDevice() const { return roles & (Role::Display | Role::Kiosk); }
    bool worksIn(qint64 officeId) const
    {
        return officeIds.isEmpty() || officeIds.contains(officeId);
    }
    // Why `roles` cannot have `officeIds` (a device belongs to exactly one
    // office), or empty when they can.
    static QString officesProblem(Roles roles, const QList<qint64> &officeIds);
};

// The accounts: people and devices, their roles, offices and passwords.
// Passwords are checked against the policy by the callers (PasswordPolicy),
// so that the demo's own users can keep theirs.
class UserRepository
{
public:
    explicit UserRepository(Database &db)
        : m_db(db)
    {}

    // Creates the user, or sets password, name, roles and offices of an
    // existing one (and enables it).
    UserRecord addOrUpdate(const QString &login, const QString &displayName, Roles roles,
                           const QString &password, const QList<qint64> &officeIds = {});
    // A new account (with `user.mustChangePassword`); nullopt when the login is taken.
    std::optional<UserRecord> create(const UserRecord &user, const QString &password);
    // Writes name, roles, offices and active of `user` (by id) and counts its
    // version up. `expectedVersion`: the version the caller read; when the
    // account is at another one by now, throws RecordChanged and writes nothing.
    UserRecord update(const UserRecord &user, std::optional<int> expectedVersion = std::nullopt);
    // A new password; `mustChange`: the user has to choose another at the next login.
    void setPassword(qint64 userId, const QString &password, bool mustChange);
    bool passwordMatches(qint64 userId, const QString &password);

    // The user when login and password match an active account.
    std::optional<UserRecord> authenticate(const QString &login, const QString &password);
    // Active accounts only.
    std::optional<UserRecord> find(qint64 id);
    std::optional<UserRecord> findByLogin(const QString &login);
    // Disabled accounts too: for the administration.
    std::optional<UserRecord> findAny(qint64 id);
    std::optional<UserRecord> findAnyByLogin(const QString &login);
    // Every account, disabled ones too, by login.
    QList<UserRecord> all();
    // Active users with `role`, by name.
    QList<UserRecord> withRole(Role role);
    // Active administrators other than `exceptUserId`.
    int otherActiveAdmins(qint64 exceptUserId);
    qint64 count();
    // The ids of `officeIds` that name no office.
    QList<qint64> unknownOffices(const QList<qint64> &officeIds);

private:
    std::optional<UserRecord> read(qint64 id, bool activeOnly);
    Roles rolesOf(qint64 userId);
    QList<qint64> officesOf(qint64 userId);
    void writeRolesAndOffices(qint64 userId, Roles roles, const QList<qint64> &officeIds);

    Database &m_db;
};
