#include "core/domain/roles.h"

#include "core/domain/nametable.h"

using namespace Qt::StringLiterals;

namespace {
constexpr NameTable<Role, 6> kRoles{{
    {Role::Clerk, "clerk"_L1},
    {Role::Registrar, "registrar"_L1},
    {Role::Supervisor, "supervisor"_L1},
    {Role::Admin, "admin"_L1},
    {Role::Display, "display"_L1},
    {Role::Kiosk, "kiosk"_L1},
}};
} // namespace

QString roleName(Role role)
{
    return kRoles.name(role);
}

std::optional<Role> roleFromName(QStringView name)
{
    return kRoles.find(name);
}

QStringList roleNames(Roles roles)
{
    QStringList names;
    for (const auto &[role, name] : kRoles.entries) {
        if (roles.testFlag(role))
            names.append(name);
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
        for (const auto &[role, name] : kRoles.entries)
            list.append(role);
        return list;
    }();
    return roles;
}
