#include "core/domain/waitestimate.h"

#include <algorithm>
#include <cmath>

int estimateWaitMinutes(const WaitEstimateInput &input)
{
    const int counters = std::max(1, input.staffedCounters);
    const int idle = std::clamp(input.idleCounters, 0, counters);
    // An idle counter takes the next one at once.
    if (input.ticketsAhead < idle)
        return 0;
    // Everyone ahead who does not get an idle counter waits for a service to
    // end; the counters work in parallel.
    const int queued = input.ticketsAhead - idle + 1;
    const double minutes = queued * std::max(0.0, input.serviceMinutes) / counters;
    return static_cast<int>(std::ceil(minutes));
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 == 1 ? values.at(middle)
                                  : (values.at(middle - 1) + values.at(middle)) / 2.0;
}
