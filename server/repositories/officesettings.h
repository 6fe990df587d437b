#pragma once

#include "server/repositories/policies.h"

#include <QJsonObject>

#include <optional>

class Database;

// What an office has set for itself; unset, the server's option holds.
struct OfficeSettingValues
{
    std::optional<int> noShowAfterCalls;          // QueuePolicy::noShowAfterCalls
    std::optional<int> reservationDays;           // WeddingPolicy::reservationDays
    std::optional<int> retentionDays;             // RetentionPolicy: appointments and tickets
    std::optional<int> registrationLeadDays;      // WeddingPolicy::registrationLeadDays
    std::optional<DispatchPolicy> dispatchPolicy; // QueuePolicy::dispatch

    bool operator==(const OfficeSettingValues &) const = default;
    // {"noShowAfterCalls", "reservationDays", "retentionDays",
    // "registrationLeadDays", "dispatchPolicy"}, null where unset.
    QJsonObject toJson() const;
};

// The rules each office may set for itself, in the database. The options of
// `serve` are the defaults of an office that sets nothing: the database wins.
class OfficeSettings
{
public:
    OfficeSettings(Database &db, const QueuePolicy &queue, const WeddingPolicy &wedding,
                   const RetentionPolicy &retention)
        : m_db(db)
        , m_queue(queue)
        , m_wedding(wedding)
        , m_retention(retention)
    {}

    OfficeSettingValues stored(qint64 officeId);
    void store(qint64 officeId, const OfficeSettingValues &values);
    // The version of the office's settings (its wait target among them).
    int version(qint64 officeId);
    // Counts it up, before a change is written (which then waits for another
    // one's to end); with `expectedVersion`, throws RecordChanged when it is
    // at another version by now.
    void countVersionUp(qint64 officeId, std::optional<int> expectedVersion = std::nullopt);

    int noShowAfterCalls(qint64 officeId);
    DispatchPolicy dispatchPolicy(qint64 officeId);
    WeddingPolicy weddingPolicy(qint64 officeId);
    int appointmentRetentionDays(qint64 officeId);
    int ticketRetentionDays(qint64 officeId);

    // The values as stored (OfficeSettingValues::toJson(), null: the
    // default) and "effective": the values in force.
    QJsonObject toJson(qint64 officeId);

private:
    Database &m_db;
    const QueuePolicy &m_queue;
    const WeddingPolicy &m_wedding;
    const RetentionPolicy &m_retention;
};
