#pragma once

#include "core/simulation/simulation.h"

// How many counters an office needs in each opening hour for a service level.
struct StaffingAdvice
{
    QList<int> countersPerHour;       // the first n counters of the scenario's list, per hour
    QList<double> serviceLevelByHour; // what they reach, by the hour visitors arrive in
    SimulationResult result;          // the whole days with this staffing
    bool reached = false;             // every hour reaches the target
};

// The fewest counters per opening hour (the first n of the scenario's, as
// listed) with which at least `targetShare` of the visitors arriving in each
// hour are called within the scenario's serviceLevelTargetMinutes, played
// with `options` (the same days for every trial). An hour that cannot reach
// it even with every counter gets them all (`reached` is then false).
StaffingAdvice adviseStaffing(const Scenario &scenario, double targetShare,
                              const SimulationOptions &options);

// The scenario with the first `countersPerHour[h]` counters staffed in hour h.
Scenario withStaffing(Scenario scenario, const QList<int> &countersPerHour);
