#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QVariantMap>

#include <optional>

class ChangeLog;
class Database;

// Offices, their services and counters, as the API shows them. Every write
// records its change in the change log.
class DirectoryRepository
{
public:
    DirectoryRepository(Database &db, ChangeLog &changes)
        : m_db(db)
        , m_changes(changes)
    {}

    QJsonArray offices();
    QJsonArray services(std::optional<qint64> officeId);
    QJsonArray counters(std::optional<qint64> officeId);
    std::optional<QJsonObject> office(qint64 id);
    std::optional<QJsonObject> counter(qint64 id);
    std::optional<QJsonObject> service(qint64 id);
    // The counter's name, if it exists (one query; for hot paths).
    std::optional<QString> counterName(qint64 id);
    struct CounterBasics
    {
        QString name;
        qint64 officeId = 0;
        bool active = false;
    };
    // Name, office and whether it is active, in one query (for call-next).
    std::optional<CounterBasics> counterBasics(qint64 id);
    // The services of each active counter of the office, in one query (for
    // the dispatcher).
    QHash<qint64, QList<qint64>> counterServices(qint64 officeId);
    bool hasOffices();

    // An empty `timeZone` is Europe/Berlin.
    qint64 addOffice(const QString &name, const QString &kind, const QString &address,
                     const QString &timeZone = {}, int waitTargetMinutes = 30);
    // `bringAlong` and `confirmationNote`: the service's texts on the
    // appointment confirmation (what to bring; how to cancel or rebook).
    qint64 addService(qint64 officeId, const QString &name, const QString &prefix,
                      int typicalMinutes, bool bookableOnline, const QString &bringAlong = {},
                      const QString &confirmationNote = {});
    qint64 addCounter(qint64 officeId, const QString &name, const QList<qint64> &serviceIds);

    // The services must belong to the counter's office; returns the ids that do not.
    QList<qint64> foreignServices(qint64 counterId, const QList<qint64> &serviceIds);
    // The updates take the version the caller read as `expectedVersion`: when
    // the row is at another version by now (someone changed it in between;
    // PostgreSQL's READ COMMITTED lets two requests read the same version),
    // they throw RecordChanged and write nothing. Without it they write as is.
    QJsonObject updateCounter(qint64 id, const std::optional<QString> &name,
                              const std::optional<QList<qint64>> &serviceIds,
                              std::optional<bool> active = std::nullopt,
                              std::optional<int> expectedVersion = std::nullopt);
    // Sets the given columns (SQL names: name, kind, address, time_zone,
    // wait_target_minutes, active; for services office_id, prefix,
    // typical_minutes, bookable_online, bring_along, confirmation_note), with the next version and
    // a change log entry. Returns the entity as it is now.
    QJsonObject updateOffice(qint64 id, const QVariantMap &columns,
                             std::optional<int> expectedVersion = std::nullopt);
    QJsonObject updateService(qint64 id, const QVariantMap &columns,
                              std::optional<int> expectedVersion = std::nullopt);

    // The keys a setup file names things by.
    std::optional<qint64> officeByName(const QString &name);
    std::optional<qint64> serviceByPrefix(qint64 officeId, const QString &prefix);
    std::optional<qint64> counterByName(qint64 officeId, const QString &name);

    // What a retirement or move would leave without its office, service or counter.
    int openTicketsOfOffice(qint64 officeId);
    int waitingTicketsOfService(qint64 serviceId); // waiting, called or serving
    int futureAppointmentsOfService(qint64 serviceId, qint64 now);
    int futureAppointmentsOfOffice(qint64 officeId, qint64 now);
    int busyTicketsOfCounter(qint64 counterId); // called or serving there
    int recordsOfService(qint64 serviceId);     // tickets and appointments, any time
    // `table`: office, service or counter. False also when there is none.
    bool isActive(const QString &table, qint64 id);

private:
    // Sets `columns` (none: only the version) and counts the version up.
    void setColumns(const QString &table, qint64 id, const QVariantMap &columns,
                    std::optional<int> expectedVersion);
    int futureAppointments(const QString &column, qint64 id, qint64 now);
    void setCounterServices(qint64 counterId, const QList<qint64> &serviceIds);

    Database &m_db;
    ChangeLog &m_changes;
};
