#include "server/privacy.h"

using namespace Qt::StringLiterals;

bool seesContactData(Roles roles)
{
    return roles & (Role::Clerk | Role::Registrar | Role::Admin);
}

QJsonObject withoutContactData(QJsonObject appointment)
{
    for (const QString &field : {u"name"_s, u"phone"_s, u"email"_s, u"notes"_s}) {
        if (appointment.contains(field))
            appointment.insert(field, QString());
    }
    return appointment;
}

Change visibleTo(Change change, Roles roles)
{
    if (change.entity == "appointment"_L1 && !seesContactData(roles))
        change.data = withoutContactData(change.data);
    return change;
}
