#include "core/domain/roles.h"

#include "core/domain/nametable.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
constexpr NameTable<Role, 6> kRoles{{
    {Role::Clerk, u"clerk"},
    {Role::Registrar, u"registrar"},
    {Role::Supervisor, u"supervisor"},
    {Role::Admin, u"admin"},
    {Role::Display, u"display"},
    {Role::Kiosk, u"kiosk"},
}};
} // namespace

QString roleName(Role role)
{
    return kRoles.name(role);
}

QString roleTitle(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QCoreApplication::translate("Roles", "clerk");
    case Role::Registrar:
        return QCoreApplication::translate("Roles", "registrar");
    case Role::Supervisor:
        return QCoreApplication::translate("Roles", "supervisor");
    case Role::Admin:
        return QCoreApplication::translate("Roles", "administrator");
    case Role::Display:
        return QCoreApplication::translate("Roles", "call display");
    case Role::Kiosk:
        return QCoreApplication::translate("Roles", "kiosk");
    }
    return {};
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
            names.append(name.toString());
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
