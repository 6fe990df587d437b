#include "core/domain/workspaces.h"

QList<Workspace> workspacesFor(Roles roles)
{
    const bool admin = roles.testFlag(Role::Admin);
    const bool clerk = roles.testFlag(Role::Clerk) || admin;
    const bool registrar = roles.testFlag(Role::Registrar) || admin;
    const bool supervisor = roles.testFlag(Role::Supervisor) || admin;

    QList<Workspace> list;
    if (clerk)
        list << Workspace::Counter << Workspace::Appointments;
    if (registrar)
        list << Workspace::Standesamt;
    if (clerk || registrar)
        list << Workspace::Scan;
    if (clerk || registrar || supervisor)
        list << Workspace::Payments;
    if (supervisor)
        list << Workspace::Statistics;
    return list;
}
