#pragma once

#include "core/domain/roles.h"

#include <QList>

// The workspaces of the workstation, and which roles see which.
enum class Workspace {
    Counter,
    Appointments,
    Standesamt,
    Scan,
    Payments,
    Statistics,
    Administration,
};

QList<Workspace> workspacesFor(Roles roles);
