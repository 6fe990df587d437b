#pragma once

#include "core/domain/change.h"
#include "core/domain/roles.h"

// Data minimisation: a citizen's contact data (name, phone, e-mail, notes of an
// appointment; the couple of a wedding booking) goes only to people who serve citizens.
// Supervisors, call displays and kiosks get the same entities without it.
bool seesContactData(Roles roles);
QJsonObject withoutContactData(QJsonObject entity);
// An appointment or wedding booking as `roles` may see it.
QJsonObject visibleTo(QJsonObject entity, Roles roles);
Change visibleTo(Change change, Roles roles);
