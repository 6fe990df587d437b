#pragma once

#include "core/simulation/scenario.h"

#include <QDate>

#include <optional>

class DirectoryRepository;
class StatisticsRepository;

// The scenario of an office's past days (HistoryScenario) as the database
// knows them: for GET /api/v1/statistics/scenario and tresen-sim
// --from-database, so both play the same history.
struct OfficeScenario
{
    Scenario scenario;
    int days = 0;   // with visits, that it was derived from
    int visits = 0; // on them
};

struct OfficeScenarioQuery
{
    qint64 officeId = 0;
    QDate from;
    QDate to;
    int weekday = 0; // 1..7: only those days; 0: all
};

// Nullopt when there is no such office.
std::optional<OfficeScenario> officeScenario(DirectoryRepository &directory,
                                             StatisticsRepository &statistics,
                                             const OfficeScenarioQuery &query, const QDate &today,
                                             qint64 now);
