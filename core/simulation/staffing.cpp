#include "core/simulation/staffing.h"

#include <algorithm>

Scenario withStaffing(Scenario scenario, const QList<int> &countersPerHour)
{
    const int hours = scenario.openingHours();
    for (qsizetype c = 0; c < scenario.counters.size(); ++c) {
        QList<bool> staffed(hours, false);
        for (int hour = 0; hour < hours; ++hour)
            staffed[hour] = c < countersPerHour.value(hour, int(scenario.counters.size()));
        scenario.counters[c].hours = staffed;
    }
    return scenario;
}

StaffingAdvice adviseStaffing(const Scenario &scenario, double targetShare,
                              const SimulationOptions &options)
{
    const int hours = scenario.openingHours();
    const int all = int(scenario.counters.size());
    const auto play = [&](const QList<int> &plan) {
        return simulate(withStaffing(scenario, plan), options);
    };
    const auto meets = [targetShare](const SimulationResult &result, int hour) {
        return result.serviceLevelByHour.value(hour, 1.0) + 1e-9 >= targetShare;
    };
    // Hour by hour, the fewest counters with which that hour's visitors are
    // called in time (the later hours still fully staffed) ...
    QList<int> plan(hours, all);
    for (int hour = 0; hour < hours; ++hour) {
        for (int n = 1; n <= all; ++n) {
            plan[hour] = n;
            if (meets(play(plan), hour))
                break;
        }
    }
    // ... then, since fewer later on may leave an earlier hour's visitors
    // waiting longer, one more counter wherever an hour falls short, until
    // every hour meets the target or has every counter.
    StaffingAdvice advice;
    for (;;) {
        advice.result = play(plan);
        int shortHour = -1;
        for (int hour = 0; hour < hours && shortHour < 0; ++hour) {
            if (!meets(advice.result, hour) && plan.at(hour) < all)
                shortHour = hour;
        }
        if (shortHour < 0)
            break;
        ++plan[shortHour];
    }
    advice.countersPerHour = plan;
    advice.serviceLevelByHour = advice.result.serviceLevelByHour;
    advice.reached =
        std::all_of(advice.serviceLevelByHour.cbegin(), advice.serviceLevelByHour.cend(),
                    [targetShare](double level) { return level + 1e-9 >= targetShare; });
    return advice;
}
