#pragma once

#include "core/roles.h"

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
    qint64 count();

private:
    Roles rolesOf(qint64 userId);

    Database &m_db;
};
