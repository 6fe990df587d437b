#pragma once

#include "core/domain/visit.h"
#include "server/storage/clock.h"

#include <QHash>
#include <QList>

class Database;

// How long each service of an office takes, learned from its history: the
// median processing time (start to finish) of the tickets
// served in the last kWeeks weeks (none shorter than
// Visit::kShortestServiceMs). A service with fewer than kMinSample of
// them keeps its configured typical duration. The dispatcher orders and
// forecasts with these minutes. Kept for kKeepMs per office, so that a call
// reads no history.
class ServiceTimes
{
public:
    static constexpr int kWeeks = 4;
    static constexpr int kMinSample = 5;
    static constexpr qint64 kKeepMs = 10 * 60 * 1000;

    ServiceTimes(Database &db, Clock clock)
        : m_db(db)
        , m_clock(std::move(clock))
    {}

    // Minutes per service id, for every service of the office.
    QHash<qint64, double> learned(qint64 officeId);

    // The rule, apart from the database: the median of `samples` (minutes)
    // once there are enough, else `typical` (else the samples' median, else 0).
    static double minutesFrom(QList<double> samples, double typical);

private:
    struct Learned
    {
        qint64 at = 0;
        QHash<qint64, double> minutes;
    };
    Database &m_db;
    Clock m_clock;
    QHash<qint64, Learned> m_byOffice;
};
