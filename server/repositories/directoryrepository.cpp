#include "server/repositories/directoryrepository.h"

#include "server/storage/changelog.h"
#include "server/storage/database.h"

#include <QHash>
#include <QStringList>

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
            {u"address"_s, row.value(3).toString()},
            {u"timeZone"_s, row.value(4).toString()},
            {u"waitTargetMinutes"_s, row.value(5).toInt()},
            {u"active"_s, row.value(6).toInt() != 0},
            {u"version"_s, row.value(7).toInt()},
            {u"counterFigures"_s, row.value(8).toInt() != 0}};
}

QJsonObject serviceFromRow(const SqlRows &row)
{
    return {{u"id"_s, idText(row.value(0).toLongLong())},
            {u"officeId"_s, idText(row.value(1).toLongLong())},
            {u"name"_s, row.value(2).toString()},
            {u"prefix"_s, row.value(3).toString()},
            {u"typicalMinutes"_s, row.value(4).toInt()},
            {u"bookableOnline"_s, row.value(5).toInt() != 0},
            {u"active"_s, row.value(6).toInt() != 0},
            {u"version"_s, row.value(7).toInt()},
            {u"bringAlong"_s, row.value(8).toString()},
            {u"confirmationNote"_s, row.value(9).toString()}};
}

const QString kOfficeColumns =
    u"SELECT id, name, kind, address, time_zone, "
    "wait_target_minutes, active, version, counter_figures FROM office"_s;
const QString kServiceColumns = u"SELECT id, office_id, name, prefix, typical_minutes, "
                                "bookable_online, active, version, bring_along, "
                                "confirmation_note FROM service"_s;

// The columns a change may set, by table: names in SQL come from here only.
bool isColumnOf(const QString &table, const QString &column)
{
    static const QHash<QString, QStringList> columns{
        {u"office"_s,
         {u"name"_s, u"kind"_s, u"address"_s, u"time_zone"_s, u"wait_target_minutes"_s, u"active"_s,
          u"counter_figures"_s}},
        {u"service"_s,
         {u"office_id"_s, u"name"_s, u"prefix"_s, u"typical_minutes"_s, u"bookable_online"_s,
          u"active"_s, u"bring_along"_s, u"confirmation_note"_s}},
        {u"counter"_s, {u"name"_s, u"active"_s}},
    };
    return columns.value(table).contains(column);
}
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

std::optional<DirectoryRepository::CounterBasics> DirectoryRepository::counterBasics(qint64 id)
{
    SqlRows query = m_db.exec(u"SELECT name, office_id, active FROM counter WHERE id = ?"_s, {id});
    if (!query.next())
        return std::nullopt;
    return CounterBasics{query.value(0).toString(), query.value(1).toLongLong(),
                         query.value(2).toInt() != 0};
}

QHash<qint64, QList<qint64>> DirectoryRepository::counterServices(qint64 officeId)
{
    QHash<qint64, QList<qint64>> services;
    SqlRows query = m_db.exec(u"SELECT cs.counter_id, cs.service_id FROM counter_service cs JOIN "
                              "counter c ON c.id = cs.counter_id WHERE c.office_id = ? AND "
                              "c.active <> 0 ORDER BY cs.counter_id, cs.service_id"_s,
                              {officeId});
    while (query.next())
        services[query.value(0).toLongLong()].append(query.value(1).toLongLong());
    return services;
}

std::optional<QJsonObject> DirectoryRepository::counter(qint64 id)
{
    SqlRows query =
        m_db.exec(u"SELECT id, office_id, name, active, version FROM counter WHERE id = ?"_s, {id});
    if (!query.next())
        return std::nullopt;
    QJsonObject json{{u"id"_s, idText(id)},
                     {u"officeId"_s, idText(query.value(1).toLongLong())},
                     {u"name"_s, query.value(2).toString()},
                     {u"active"_s, query.value(3).toInt() != 0},
                     {u"version"_s, query.value(4).toInt()}};
    QJsonArray serviceIds;
    SqlRows services = m_db.exec(
        u"SELECT service_id FROM counter_service WHERE counter_id = ? ORDER BY service_id"_s, {id});
    while (services.next())
        serviceIds.append(idText(services.value(0).toLongLong()));
    json.insert(u"serviceIds"_s, serviceIds);
    return json;
}

qint64 DirectoryRepository::addOffice(const QString &name, const QString &kind,
                                      const QString &address, const QString &timeZone,
                                      int waitTargetMinutes)
{
    const qint64 id =
        m_db.insert(u"INSERT INTO office (name, kind, address, time_zone, "
                    "wait_target_minutes) VALUES (?, ?, ?, ?, ?) RETURNING id"_s,
                    {name, kind, address, timeZone.isEmpty() ? u"Europe/Berlin"_s : timeZone,
                     waitTargetMinutes});
    m_changes.recordUpsert(u"office"_s, idText(id), u"office.created"_s, *office(id));
    return id;
}

qint64 DirectoryRepository::addService(qint64 officeId, const QString &name, const QString &prefix,
                                       int typicalMinutes, bool bookableOnline,
                                       const QString &bringAlong, const QString &confirmationNote)
{
    const qint64 id =
        m_db.insert(u"INSERT INTO service (office_id, name, prefix, typical_minutes, "
                    "bookable_online, bring_along, confirmation_note) VALUES (?, ?, ?, ?, ?, ?, ?) "
                    "RETURNING id"_s,
                    {officeId, name, prefix, typicalMinutes, bookableOnline ? 1 : 0, bringAlong,
                     confirmationNote});
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
                                               const std::optional<QList<qint64>> &serviceIds,
                                               std::optional<bool> active,
                                               std::optional<int> expectedVersion)
{
    QVariantMap columns;
    if (name)
        columns.insert(u"name"_s, *name);
    if (active)
        columns.insert(u"active"_s, *active ? 1 : 0);
    if (!columns.isEmpty() || serviceIds)
        setColumns(u"counter"_s, id, columns, expectedVersion);
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

void DirectoryRepository::setColumns(const QString &table, qint64 id, const QVariantMap &columns,
                                     std::optional<int> expectedVersion)
{
    QString assignments;
    QVariantList values;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        Q_ASSERT(isColumnOf(table, it.key()));
        if (!isColumnOf(table, it.key()))
            continue;
        assignments += it.key() + u" = ?, "_s;
        values.append(it.value());
    }
    values.append(id);
    QString sql =
        u"UPDATE "_s + table + u" SET "_s + assignments + u"version = version + 1 WHERE id = ?"_s;
    if (expectedVersion) {
        // The guard is in the UPDATE itself: a concurrent writer's committed
        // change makes it match no row, where a check before it would pass.
        sql += u" AND version = ?"_s;
        values.append(*expectedVersion);
    }
    SqlRows updated = m_db.exec(sql + u" RETURNING id"_s, values);
    if (!updated.next() && expectedVersion)
        throw RecordChanged(u"%1 %2 changed since it was read"_s.arg(table).arg(id));
}

QJsonObject DirectoryRepository::updateOffice(qint64 id, const QVariantMap &columns,
                                              std::optional<int> expectedVersion)
{
    if (!columns.isEmpty())
        setColumns(u"office"_s, id, columns, expectedVersion);
    const QJsonObject json = *office(id);
    m_changes.recordUpsert(u"office"_s, idText(id), u"office.updated"_s, json);
    return json;
}

QJsonObject DirectoryRepository::updateService(qint64 id, const QVariantMap &columns,
                                               std::optional<int> expectedVersion)
{
    if (!columns.isEmpty())
        setColumns(u"service"_s, id, columns, expectedVersion);
    const QJsonObject json = *service(id);
    m_changes.recordUpsert(u"service"_s, idText(id), u"service.updated"_s, json);
    return json;
}

std::optional<qint64> DirectoryRepository::officeByName(const QString &name)
{
    SqlRows query = m_db.exec(u"SELECT id FROM office WHERE name = ?"_s, {name});
    return query.next() ? std::optional(query.value(0).toLongLong()) : std::nullopt;
}

std::optional<qint64> DirectoryRepository::serviceByPrefix(qint64 officeId, const QString &prefix)
{
    SqlRows query = m_db.exec(u"SELECT id FROM service WHERE office_id = ? AND prefix = ?"_s,
                              {officeId, prefix});
    return query.next() ? std::optional(query.value(0).toLongLong()) : std::nullopt;
}

std::optional<qint64> DirectoryRepository::counterByName(qint64 officeId, const QString &name)
{
    SqlRows query =
        m_db.exec(u"SELECT id FROM counter WHERE office_id = ? AND name = ?"_s, {officeId, name});
    return query.next() ? std::optional(query.value(0).toLongLong()) : std::nullopt;
}

int DirectoryRepository::openTicketsOfOffice(qint64 officeId)
{
    SqlRows query = m_db.exec(u"SELECT COUNT(*) FROM ticket WHERE office_id = ? AND status IN "
                              "('waiting', 'called', 'serving')"_s,
                              {officeId});
    return query.next() ? query.value(0).toInt() : 0;
}

int DirectoryRepository::waitingTicketsOfService(qint64 serviceId)
{
    SqlRows query = m_db.exec(u"SELECT COUNT(*) FROM ticket WHERE service_id = ? AND status IN "
                              "('waiting', 'called', 'serving')"_s,
                              {serviceId});
    return query.next() ? query.value(0).toInt() : 0;
}

int DirectoryRepository::futureAppointments(const QString &column, qint64 id, qint64 now)
{
    SqlRows query = m_db.exec(u"SELECT COUNT(*) FROM appointment WHERE "_s + column +
                                  u" = ? AND starts_at >= ? AND status IN ('booked', "
                                  "'checked_in')"_s,
                              {id, now});
    return query.next() ? query.value(0).toInt() : 0;
}

int DirectoryRepository::futureAppointmentsOfService(qint64 serviceId, qint64 now)
{
    return futureAppointments(u"service_id"_s, serviceId, now);
}

int DirectoryRepository::futureAppointmentsOfOffice(qint64 officeId, qint64 now)
{
    return futureAppointments(u"office_id"_s, officeId, now);
}

int DirectoryRepository::busyTicketsOfCounter(qint64 counterId)
{
    SqlRows query = m_db.exec(u"SELECT COUNT(*) FROM ticket WHERE counter_id = ? AND status IN "
                              "('called', 'serving')"_s,
                              {counterId});
    return query.next() ? query.value(0).toInt() : 0;
}

int DirectoryRepository::recordsOfService(qint64 serviceId)
{
    SqlRows query = m_db.exec(u"SELECT (SELECT COUNT(*) FROM ticket WHERE service_id = ?) + "
                              "(SELECT COUNT(*) FROM appointment WHERE service_id = ?)"_s,
                              {serviceId, serviceId});
    return query.next() ? query.value(0).toInt() : 0;
}

bool DirectoryRepository::isActive(const QString &table, qint64 id)
{
    Q_ASSERT(table == u"office"_s || table == u"service"_s || table == u"counter"_s);
    SqlRows query = m_db.exec(u"SELECT active FROM "_s + table + u" WHERE id = ?"_s, {id});
    return query.next() && query.value(0).toInt() != 0;
}
