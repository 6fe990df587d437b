#pragma once

#include <QList>

// Estimated waiting time of one waiting ticket, from what is ahead of it.
struct WaitEstimateInput
{
    int ticketsAhead = 0;      // waiting tickets that the same counters take first
    int staffedCounters = 0;   // counters serving this service now (0: assume one)
    int idleCounters = 0;      // of those, the ones with nobody at them
    double serviceMinutes = 0; // recent median service time, or the typical duration
};

int estimateWaitMinutes(const WaitEstimateInput &input);

// The median of `values` (0 when empty).
double median(QList<double> values);
