#pragma once

#include "core/domain/roles.h"

#include <QList>
#include <QString>

#include <optional>

class Database;

struct UserRecord
{
    qint64 id = 0;
    QString login;
    QString displayName;
    Roles roles;
};

class UserRepository
{
public:
    explicit UserRepository(Database &db)
        : m_db(db)
    {}

    // Creates the user, or sets password, name and roles of an existing one.
    UserRecord addOrUpdate(const QString &login, const QString &displayName, Roles roles,
                           const QString &password);
    // The user when login and password match an active account.
    std::optional<UserRecord> authenticate(const QString &login, const QString &password);
    std::optional<UserRecord> find(qint64 id);
    std::optional<UserRecord> findByLogin(const QString &login);
    // Active users with `role`, by name.
    QList<UserRecord> withRole(Role role);
    qint64 count();

private:
    Roles rolesOf(qint64 userId);

    Database &m_db;
};
