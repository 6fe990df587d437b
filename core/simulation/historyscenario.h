#pragma once

#include "core/domain/visit.h"
#include "core/simulation/scenario.h"

#include <optional>

// What an office is now, for a scenario of its past days.
struct ScenarioSource
{
    struct Service
    {
        QString id;
        QString name;
        double typicalMinutes = 0; // the configured duration
    };
    QString name;
    QList<Service> services;
    QList<ScenarioCounter> counters; // as they are now, staffed all day
    // Booked appointments nobody came to, of all booked (from the
    // appointments, at least kMinVisits of them); nullopt: the visits'
    // no-shows of those who checked in (at least kMinVisits), else none.
    std::optional<double> noShowRate;
    int serviceLevelTargetMinutes = 20; // the office's wait target
};

// A scenario that plays an office's history back: from the visits of its
// past days (times only, see Visit), per service the walk-ins of each
// local hour averaged over the days, the appointments per hour, the
// processing minutes (mean and spread of the visits served, the typical
// duration below kMinVisits), when appointments came against their start
// (from at least kMinVisits, else 5 minutes early, give or take 5), and the
// opening hours from the first to the last hour anyone came in. The days are
// those with visits.
namespace HistoryScenario {
constexpr int kMinVisits = 5;
Scenario of(const ScenarioSource &source, const QList<Visit> &visits);
} // namespace HistoryScenario
