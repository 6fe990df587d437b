#include "core/domain/workspaces.h"

QList<Workspace> workspacesFor(Roles roles)
{
    // An administrator sees no citizens' data (need-to-know): one who also
    // serves at a counter has the clerk role as well.
    const bool clerk = roles.testFlag(Role::Clerk);
    const bool registrar = roles.testFlag(Role::Registrar);
    const bool supervisor = roles.testFlag(Role::Supervisor);

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
    // Offices, accounts and the audit log: no citizen's data in it.
    if (roles.testFlag(Role::Admin))
        list << Workspace::Administration;
    return list;
}
