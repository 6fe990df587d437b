#pragma once

#include <QFlags>
#include <QString>
#include <QStringList>

#include <optional>

// What a login may do. People have the first four; devices (the waiting-room
// display, a ticket kiosk) log in with their own narrow roles.
enum class Role {
    Clerk = 0x01,
    Registrar = 0x02,
    Supervisor = 0x04,
    Admin = 0x08,
    Display = 0x10,
    Kiosk = 0x20,
};
Q_DECLARE_FLAGS(Roles, Role)
Q_DECLARE_OPERATORS_FOR_FLAGS(Roles)

QString roleName(Role role);
// The role in the user's language ("Sachbearbeitung"), for lists and the status bar.
QString roleTitle(Role role);
std::optional<Role> roleFromName(QStringView name);

QStringList roleNames(Roles roles);
// Unknown names are left out; `unknown` (if given) collects them.
Roles rolesFromNames(const QStringList &names, QStringList *unknown = nullptr);

const QList<Role> &allRoles();
