#include "server/auth/privacy.h"

using namespace Qt::StringLiterals;

bool seesContactData(Roles roles)
{
    return roles & (Role::Clerk | Role::Registrar | Role::Admin);
}

QJsonObject withoutContactData(QJsonObject entity)
{
    for (const QString &field :
         {u"name"_s, u"partner1"_s, u"partner2"_s, u"phone"_s, u"email"_s, u"notes"_s}) {
        if (entity.contains(field))
            entity.insert(field, QString());
    }
    return entity;
}

QJsonObject visibleTo(QJsonObject entity, Roles roles)
{
    return seesContactData(roles) ? entity : withoutContactData(std::move(entity));
}

Change visibleTo(Change change, Roles roles)
{
    if (change.entity == u"appointment"_s || change.entity == u"wedding_booking"_s)
        change.data = visibleTo(change.data, roles);
    return change;
}
