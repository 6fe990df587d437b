#include "core/roles.h"

namespace {
struct RoleEntry
{
    Role role;
    QLatin1StringView name;
};

constexpr RoleEntry kRoles[] = {
    {Role::Clerk, QLatin1StringView("clerk")},
    {Role::Registrar, QLatin1StringView("registrar")},
    {Role::Supervisor, QLatin1StringView("supervisor")},
    {Role::Admin, QLatin1StringView("admin")},
    {Role::Display, QLatin1StringView("display")},
    {Role::Kiosk, QLatin1StringView("kiosk")},
};
} // namespace

QString roleName(Role role)
{
    for (const auto &entry : kRoles) {
        if (entry.role == role)
            return entry.name;
    }
    return {};
}

std::optional<Role> roleFromName(QStringView name)
{
    for (const auto &entry : kRoles) {
        if (name == entry.name)
            return entry.role;
    }
    return std::nullopt;
}

QStringList roleNames(Roles roles)
{
    QStringList names;
    for (const auto &entry : kRoles) {
        if (roles.testFlag(entry.role))
            names.append(entry.name);
    }
    return names;
}

Roles rolesFromNames(const QStringList &names, QStringList *unknown)
{
    Roles roles;
    for (const QString &name : names) {
        if (const auto role = roleFromName(name))
            roles |= *role;
        else if (unknown)
            unknown->append(name);
    }
    return roles;
}

const QList<Role> &allRoles()
{
    static const QList<Role> roles = [] {
        QList<Role> list;
        for (const auto &entry : kRoles)
            list.append(entry.role);
        return list;
    }();
    return roles;
}
