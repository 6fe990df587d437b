#pragma once

#include "core/domain/dispatcher.h"
#include "core/simulation/scenario.h"

#include <QJsonObject>

struct SimulationOptions
{
    DispatchPolicy policy = DispatchPolicy::Fifo;
    int days = 20;
    quint64 seed = 1;
    TresenTuning tuning; // the tresen policy's knobs (the server's by default)
};

// What whole simulated days came to. Waits in minutes: a walk-in waits from
// arrival to call, an appointment from the later of arrival and start to
// call; lateness is how long after its start an appointment was called.
struct SimulationResult
{
    DispatchPolicy policy = DispatchPolicy::Fifo;
    int days = 0;
    int visitors = 0; // who came (walk-ins and the appointments that were kept)
    int served = 0;
    int noShows = 0; // booked appointments nobody came to (or came after closing)
    double meanWaitMinutes = 0;
    double medianWaitMinutes = 0;
    double p90WaitMinutes = 0;
    double p95WaitMinutes = 0;
    double maxWaitMinutes = 0;
    double serviceLevel = 0; // share called within the scenario's target
    double appointmentLatenessP90Minutes = 0;
    // |estimate at arrival - real wait|: the dispatcher's forecast, and the
    // ZMS formula (tickets ahead x the service's minutes / its counters) beside it.
    double estimateMedianAbsErrorMinutes = 0;
    double zmsEstimateMedianAbsErrorMinutes = 0;
    // The same for walk-ins alone: an appointment is mostly called at its
    // time and told so, which flatters the figures above.
    double walkInEstimateMedianAbsErrorMinutes = 0;
    double walkInZmsEstimateMedianAbsErrorMinutes = 0;
    double walkInEstimateP90AbsErrorMinutes = 0;
    double walkInZmsEstimateP90AbsErrorMinutes = 0;
    double utilisation = 0; // busy time of the counters over their working span
    // The service level of the visitors who arrived in each opening hour
    // (1 where nobody did).
    QList<double> serviceLevelByHour;

    QJsonObject toJson() const; // the members of `tresen-sim --json`
};

// Plays `options.days` days of the scenario with the real dispatcher. The
// same seed gives the same visitors (arrivals, processing times, no-shows)
// to every policy, so policies compare on the same days.
SimulationResult simulate(const Scenario &scenario, const SimulationOptions &options);
