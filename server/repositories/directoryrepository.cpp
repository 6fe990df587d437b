#include "server/repositories/directoryrepository.h"

#include "server/storage/changelog.h"
#include "server/storage/database.h"

using namespace Qt::StringLiterals;

namespace {
QString idText(qint64 id)
{
    return QString::number(id);
}

QJsonObject officeFromRow(const SqlRows &row)
{
    return {{u"id"_s, idText(row.value(0).toLongLong())},
            {u"name"_s, row.value(1).toString()},
            {u"kind"_s, row.value(2).toString()},
            {u"address"_s, row.value(3).toString()}};
}

QJsonObject serviceFromRow(const SqlRows &row)
{
    return {{u"id"_s, idText(row.value(0).toLongLong())},
            {u"officeId"_s, idText(row.value(1).toLongLong())},
            {u"name"_s, row.value(2).toString()},
            {u"prefix"_s, row.value(3).toString()},
            {u"typicalMinutes"_s, row.value(4).toInt()},
            {u"bookableOnline"_s, row.value(5).toInt() != 0}};
}

const QString kOfficeColumns = u"SELECT id, name, kind, address FROM office"_s;
const QString kServiceColumns =
    u"SELECT id, office_id, name, prefix, typical_minutes, bookable_online FROM service"_s;
} // namespace

QJsonArray DirectoryRepository::offices()
{
    QJsonArray list;
    SqlRows query = m_db.exec(kOfficeColumns + u" ORDER BY id"_s);
    while (query.next())
        list.append(officeFromRow(query));
    return list;
}

std::optional<QJsonObject> DirectoryRepository::office(qint64 id)
{
    SqlRows query = m_db.exec(kOfficeColumns + u" WHERE id = ?"_s, {id});
    if (!query.next())
        return std::nullopt;
    return officeFromRow(query);
}

bool DirectoryRepository::hasOffices()
{
    SqlRows query = m_db.exec(u"SELECT COUNT(*) FROM office"_s);
    return query.next() && query.value(0).toLongLong() > 0;
}

QJsonArray DirectoryRepository::services(std::optional<qint64> officeId)
{
    QJsonArray list;
    SqlRows query =
        officeId
            ? m_db.exec(kServiceColumns + u" WHERE office_id = ? ORDER BY prefix"_s, {*officeId})
            : m_db.exec(kServiceColumns + u" ORDER BY office_id, prefix"_s);
    while (query.next())
        list.append(serviceFromRow(query));
    return list;
}

QJsonArray DirectoryRepository::counters(std::optional<qint64> officeId)
{
    QList<qint64> ids;
    SqlRows query =
        officeId
            ? m_db.exec(u"SELECT id FROM counter WHERE office_id = ? ORDER BY id"_s, {*officeId})
            : m_db.exec(u"SELECT id FROM counter ORDER BY office_id, id"_s);
    while (query.next())
        ids.append(query.value(0).toLongLong());
    QJsonArray list;
    for (const qint64 id : ids) {
        if (const auto json = counter(id))
            list.append(*json);
    }
    return list;
}

std::optional<QJsonObject> DirectoryRepository::service(qint64 id)
{
    SqlRows query = m_db.exec(kServiceColumns + u" WHERE id = ?"_s, {id});
    if (!query.next())
        return std::nullopt;
    return serviceFromRow(query);
}

std::optional<QString> DirectoryRepository::counterName(qint64 id)
{
    SqlRows query = m_db.exec(u"SELECT name FROM counter WHERE id = ?"_s, {id});
    if (!query.next())
        return std::nullopt;
    return query.value(0).toString();
}

std::optional<QJsonObject> DirectoryRepository::counter(qint64 id)
{
    SqlRows query = m_db.exec(u"SELECT id, office_id, name FROM counter WHERE id = ?"_s, {id});
    if (!query.next())
        return std::nullopt;
    QJsonObject json{{u"id"_s, idText(id)},
                     {u"officeId"_s, idText(query.value(1).toLongLong())},
                     {u"name"_s, query.value(2).toString()}};
    QJsonArray serviceIds;
    SqlRows services = m_db.exec(
        u"SELECT service_id FROM counter_service WHERE counter_id = ? ORDER BY service_id"_s, {id});
    while (services.next())
        serviceIds.append(idText(services.value(0).toLongLong()));
    json.insert(u"serviceIds"_s, serviceIds);
    return json;
}

qint64 DirectoryRepository::addOffice(const QString &name, const QString &kind,
                                      const QString &address)
{
    const qint64 id =
        m_db.insert(u"INSERT INTO office (name, kind, address) VALUES (?, ?, ?) RETURNING id"_s,
                    {name, kind, address});
    m_changes.recordUpsert(u"office"_s, idText(id), u"office.created"_s, *office(id));
    return id;
}

qint64 DirectoryRepository::addService(qint64 officeId, const QString &name, const QString &prefix,
                                       int typicalMinutes, bool bookableOnline)
{
    const qint64 id = m_db.insert(u"INSERT INTO service (office_id, name, prefix, "
                                  "typical_minutes, bookable_online) VALUES (?, ?, ?, ?, ?) "
                                  "RETURNING id"_s,
                                  {officeId, name, prefix, typicalMinutes, bookableOnline ? 1 : 0});
    SqlRows row = m_db.exec(kServiceColumns + u" WHERE id = ?"_s, {id});
    row.next();
    m_changes.recordUpsert(u"service"_s, idText(id), u"service.created"_s, serviceFromRow(row));
    return id;
}

qint64 DirectoryRepository::addCounter(qint64 officeId, const QString &name,
                                       const QList<qint64> &serviceIds)
{
    const qint64 id = m_db.insert(
        u"INSERT INTO counter (office_id, name) VALUES (?, ?) RETURNING id"_s, {officeId, name});
    setCounterServices(id, serviceIds);
    m_changes.recordUpsert(u"counter"_s, idText(id), u"counter.created"_s, *counter(id));
    return id;
}

QList<qint64> DirectoryRepository::foreignServices(qint64 counterId,
                                                   const QList<qint64> &serviceIds)
{
    QList<qint64> foreign;
    for (const qint64 serviceId : serviceIds) {
        SqlRows query = m_db.exec(u"SELECT 1 FROM service s JOIN counter c ON c.office_id = "
                                  "s.office_id WHERE s.id = ? AND c.id = ?"_s,
                                  {serviceId, counterId});
        if (!query.next())
            foreign.append(serviceId);
    }
    return foreign;
}

QJsonObject DirectoryRepository::updateCounter(qint64 id, const std::optional<QString> &name,
                                               const std::optional<QList<qint64>> &serviceIds)
{
    if (name)
        m_db.exec(u"UPDATE counter SET name = ? WHERE id = ?"_s, {*name, id});
    if (serviceIds) {
        m_db.exec(u"DELETE FROM counter_service WHERE counter_id = ?"_s, {id});
        setCounterServices(id, *serviceIds);
    }
    const QJsonObject json = *counter(id);
    m_changes.recordUpsert(u"counter"_s, idText(id), u"counter.updated"_s, json);
    return json;
}

void DirectoryRepository::setCounterServices(qint64 counterId, const QList<qint64> &serviceIds)
{
    for (const qint64 serviceId : serviceIds)
        m_db.exec(u"INSERT INTO counter_service (counter_id, service_id) VALUES (?, ?) "
                  "ON CONFLICT DO NOTHING"_s,
                  {counterId, serviceId});
}
