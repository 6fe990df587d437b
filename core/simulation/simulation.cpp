#include "core/simulation/simulation.h"

#include "core/domain/waitestimate.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kDayMs = 24 * 60 * kMinuteMs;

struct Visitor
{
    qsizetype service = 0;
    qint64 arrival = 0;
    qint64 dueAt = 0; // appointment start; 0: walk-in
    qint64 durationMs = 0;
};

// A booked appointment as the office knows it: its start, not whether and
// when its visitor comes.
struct Booking
{
    qsizetype service = 0;
    qint64 start = 0;
    qint64 arrival = -1; // -1: nobody came (or only after closing)
};

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const double rank = p * double(values.size() - 1);
    const size_t below = size_t(std::floor(rank));
    const size_t above = std::min(values.size() - 1, below + 1);
    return values[below] + (values[above] - values[below]) * (rank - double(below));
}

// One day's visitors in a fixed order of drawing (services, then hours), so
// that a seed gives the same day whatever the policy; `bookings` gets the
// day's booked appointments, the kept and the missed.
QList<Visitor> visitorsOfDay(const Scenario &scenario, qint64 dayStart, std::mt19937_64 &rng,
                             int *noShows, QList<Booking> *bookings)
{
    QList<Visitor> visitors;
    const qint64 opens = dayStart + scenario.opensMinute * kMinuteMs;
    const qint64 closes = dayStart + scenario.closesMinute * kMinuteMs;
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::normal_distribution<double> lateness(scenario.appointmentArrivalMeanMinutes,
                                              std::max(scenario.appointmentArrivalSdMinutes, 1e-9));
    for (qsizetype s = 0; s < scenario.services.size(); ++s) {
        const ScenarioService &service = scenario.services.at(s);
        // Lognormal with the given mean and standard deviation.
        const double variance =
            std::log(1.0 + std::pow(service.sdMinutes / service.meanMinutes, 2));
        std::lognormal_distribution<double> minutes(std::log(service.meanMinutes) - variance / 2.0,
                                                    std::sqrt(variance));
        const auto duration = [&] { return qint64(minutes(rng) * double(kMinuteMs)); };
        for (int hour = 0; hour < scenario.openingHours(); ++hour) {
            const qint64 hourStart = opens + hour * 60 * kMinuteMs;
            const qint64 hourEnd = std::min(closes, hourStart + 60 * kMinuteMs);
            const double rate = service.walkInsPerHour.value(hour);
            if (rate > 0) {
                std::exponential_distribution<double> gap(rate / double(60 * kMinuteMs));
                for (double at = double(hourStart) + gap(rng); at < double(hourEnd); at += gap(rng))
                    visitors.append({s, qint64(at), 0, duration()});
            }
            for (int k = 0; k < service.appointmentsPerHour; ++k) {
                const qint64 start = hourStart + k * 60 * kMinuteMs / service.appointmentsPerHour;
                if (start >= closes)
                    break;
                const bool kept = unit(rng) >= scenario.noShowRate;
                const double offset = lateness(rng);
                const qint64 length = duration();
                const qint64 arrival = std::max(opens, start + qint64(offset * double(kMinuteMs)));
                if (!kept || arrival >= closes) {
                    ++*noShows;
                    bookings->append({s, start, -1});
                    continue;
                }
                visitors.append({s, arrival, start, length});
                bookings->append({s, start, arrival});
            }
        }
    }
    std::stable_sort(visitors.begin(), visitors.end(),
                     [](const Visitor &a, const Visitor &b) { return a.arrival < b.arrival; });
    return visitors;
}

struct Totals
{
    QList<int> servedByHour;       // by the hour of arrival (the last one: after it)
    QList<int> withinTargetByHour; // of those, called within the target
    std::vector<double> waits;
    std::vector<double> lateness;
    std::vector<double> estimateErrors;
    std::vector<double> zmsEstimateErrors;
    std::vector<double> walkInEstimateErrors;
    std::vector<double> walkInZmsEstimateErrors;
    int withinTarget = 0;
    int visitors = 0;
    int noShows = 0;
    double busyMs = 0;
    double spanMs = 0;
};
} // namespace

QJsonObject SimulationResult::toJson() const
{
    return {{u"policy"_s, dispatchPolicyName(policy)},
            {u"days"_s, days},
            {u"visitors"_s, visitors},
            {u"served"_s, served},
            {u"noShows"_s, noShows},
            {u"meanWaitMinutes"_s, meanWaitMinutes},
            {u"medianWaitMinutes"_s, medianWaitMinutes},
            {u"p90WaitMinutes"_s, p90WaitMinutes},
            {u"p95WaitMinutes"_s, p95WaitMinutes},
            {u"maxWaitMinutes"_s, maxWaitMinutes},
            {u"serviceLevel"_s, serviceLevel},
            {u"appointmentLatenessP90Minutes"_s, appointmentLatenessP90Minutes},
            {u"estimateMedianAbsErrorMinutes"_s, estimateMedianAbsErrorMinutes},
            {u"zmsEstimateMedianAbsErrorMinutes"_s, zmsEstimateMedianAbsErrorMinutes},
            {u"walkInEstimateMedianAbsErrorMinutes"_s, walkInEstimateMedianAbsErrorMinutes},
            {u"walkInZmsEstimateMedianAbsErrorMinutes"_s, walkInZmsEstimateMedianAbsErrorMinutes},
            {u"walkInEstimateP90AbsErrorMinutes"_s, walkInEstimateP90AbsErrorMinutes},
            {u"walkInZmsEstimateP90AbsErrorMinutes"_s, walkInZmsEstimateP90AbsErrorMinutes},
            {u"utilisation"_s, utilisation},
            {u"serviceLevelByHour"_s, [this] {
                 QJsonArray levels;
                 for (const double level : serviceLevelByHour)
                     levels.append(level);
                 return levels;
             }()}};
}

SimulationResult simulate(const Scenario &scenario, const SimulationOptions &options)
{
    // Counters and services by index: ids in the dispatcher are index + 1.
    QList<DispatchCounter> counters;
    QList<int> countersOfService(scenario.services.size(), 0);
    for (qsizetype c = 0; c < scenario.counters.size(); ++c) {
        DispatchCounter counter{c + 1, {}};
        for (const QString &service : scenario.counters.at(c).services) {
            const qsizetype s = scenario.serviceIndex(service);
            counter.serviceIds.append(s + 1);
            ++countersOfService[s];
        }
        counters.append(counter);
    }
    // Learned processing times: the median of the days before (the
    // configured mean on the first day), as the server learns from history.
    QHash<qint64, double> learned;
    QList<QList<double>> observed(scenario.services.size());
    for (qsizetype s = 0; s < scenario.services.size(); ++s)
        learned.insert(s + 1, scenario.services.at(s).meanMinutes);

    // Who works when: by opening hour, and after closing those of the last hour
    // (everyone, if nobody was staffed then).
    const int hours = scenario.openingHours();
    QList<QList<DispatchCounter>> staffedIn(hours + 1);
    QList<QList<qsizetype>> staffedIndexes(hours + 1);
    for (int hour = 0; hour <= hours; ++hour) {
        for (qsizetype c = 0; c < counters.size(); ++c) {
            if (scenario.counters.at(c).staffedIn(std::min(hour, hours - 1))) {
                staffedIn[hour].append(counters.at(c));
                staffedIndexes[hour].append(c);
            }
        }
    }
    if (staffedIn.at(hours).isEmpty()) {
        staffedIn[hours] = counters;
        for (qsizetype c = 0; c < counters.size(); ++c)
            staffedIndexes[hours].append(c);
    }
    qint64 staffedMinutesPerDay = 0;
    for (int hour = 0; hour < hours; ++hour)
        staffedMinutesPerDay +=
            qint64(staffedIn.at(hour).size()) *
            std::min(60, scenario.closesMinute - scenario.opensMinute - hour * 60);

    Totals totals;
    totals.servedByHour = QList<int>(hours, 0);
    totals.withinTargetByHour = QList<int>(hours, 0);
    for (int day = 0; day < options.days; ++day) {
        std::mt19937_64 rng(options.seed * 1'000'003ULL + quint64(day));
        const qint64 dayStart = qint64(day) * kDayMs;
        QList<Booking> bookings;
        const QList<Visitor> visitors =
            visitorsOfDay(scenario, dayStart, rng, &totals.noShows, &bookings);
        totals.visitors += int(visitors.size());

        QList<qint64> freeAt(counters.size(), 0);
        QList<QueuedTicket> waiting;
        // What each visitor was told at arrival (-1: no forecast), by index.
        QList<double> told(visitors.size(), -1);
        QList<double> zmsTold(visitors.size(), 0);
        qsizetype next = 0;
        const qint64 opens = dayStart + scenario.opensMinute * kMinuteMs;
        const qint64 closes = dayStart + scenario.closesMinute * kMinuteMs;
        const auto hourAt = [opens, hours](qint64 at) {
            return int(std::clamp<qint64>((at - opens) / (60 * kMinuteMs), 0, hours));
        };
        const auto hourOfNow = [&](qint64 at) { return at >= closes ? hours : hourAt(at); };
        qint64 now = opens;
        qint64 lastFinish = now;
        for (;;) {
            const int hour = hourOfNow(now);
            // Who arrives by now joins the line, with the estimates they are told.
            for (; next < visitors.size() && visitors.at(next).arrival <= now; ++next) {
                const Visitor &visitor = visitors.at(next);
                const QueuedTicket ticket{
                    next, visitor.service + 1, visitor.arrival, visitor.dueAt, 0, 0, 0};
                QList<ForecastCounter> forecast;
                for (const qsizetype c : staffedIndexes.at(hour))
                    forecast.append({counters.at(c), freeAt.at(c)});
                QList<QueuedTicket> withIt = waiting;
                withIt.append(ticket);
                // The bookings not checked in yet, as the server counts them.
                QList<QueuedTicket> expected;
                for (qsizetype b = 0; b < bookings.size(); ++b) {
                    const Booking &booking = bookings.at(b);
                    if (booking.arrival >= 0 && booking.arrival <= visitor.arrival)
                        continue; // here already
                    if (booking.start + Dispatch::kBookedStillExpectedMs <= visitor.arrival)
                        continue; // taken for a no-show by now
                    expected.append({visitors.size() + b, booking.service + 1,
                                     std::max(visitor.arrival, booking.start), booking.start, 0, 0,
                                     0});
                }
                const QHash<qint64, qint64> calls =
                    forecastCalls(options.policy, visitor.arrival, forecast, withIt, learned,
                                  ticket.id, options.tuning, expected);
                const qint64 from = std::max(visitor.arrival, visitor.dueAt);
                if (calls.contains(ticket.id))
                    told[next] =
                        double(std::max<qint64>(0, calls.value(ticket.id) - from)) / kMinuteMs;
                zmsTold[next] = double(waiting.size()) *
                                scenario.services.at(visitor.service).meanMinutes /
                                double(std::max(1, countersOfService.at(visitor.service)));
                waiting.append(ticket);
            }
            // Every free counter at work calls.
            for (const qsizetype c : staffedIndexes.at(hour)) {
                if (freeAt.at(c) > now || waiting.isEmpty())
                    continue;
                DispatchState state{now,     counters.at(c), staffedIn.at(hour),
                                    waiting, learned,        options.tuning};
                const auto chosen = chooseNextTicket(options.policy, state);
                if (!chosen)
                    continue;
                const QueuedTicket ticket = waiting.takeAt(*chosen);
                const Visitor &visitor = visitors.at(ticket.id);
                const qint64 from = std::max(visitor.arrival, visitor.dueAt);
                const double wait = std::max(0.0, double(now - from) / kMinuteMs);
                totals.waits.push_back(wait);
                const int arrivedIn = std::min(hourAt(visitor.arrival), hours - 1);
                ++totals.servedByHour[arrivedIn];
                if (wait <= scenario.serviceLevelTargetMinutes) {
                    ++totals.withinTarget;
                    ++totals.withinTargetByHour[arrivedIn];
                }
                if (visitor.dueAt > 0)
                    totals.lateness.push_back(double(std::max<qint64>(0, now - visitor.dueAt)) /
                                              kMinuteMs);
                // The estimates this visitor was told, against what came.
                const double zmsError = std::abs(zmsTold.at(ticket.id) - wait);
                if (told.at(ticket.id) >= 0) {
                    const double error = std::abs(told.at(ticket.id) - wait);
                    totals.estimateErrors.push_back(error);
                    if (visitor.dueAt == 0)
                        totals.walkInEstimateErrors.push_back(error);
                }
                totals.zmsEstimateErrors.push_back(zmsError);
                if (visitor.dueAt == 0)
                    totals.walkInZmsEstimateErrors.push_back(zmsError);
                freeAt[c] = now + visitor.durationMs;
                lastFinish = std::max(lastFinish, freeAt.at(c));
                totals.busyMs += double(visitor.durationMs);
                observed[visitor.service].append(double(visitor.durationMs) / kMinuteMs);
            }
            // The next moment something happens: an arrival or a counter free.
            qint64 then = next < visitors.size() ? visitors.at(next).arrival
                                                 : std::numeric_limits<qint64>::max();
            if (!waiting.isEmpty()) {
                for (const qint64 free : std::as_const(freeAt)) {
                    if (free > now)
                        then = std::min(then, free);
                }
                // Someone else may start work at the next hour.
                if (hour < hours)
                    then =
                        std::min(then, hour + 1 < hours ? opens + qint64(hour + 1) * 60 * kMinuteMs
                                                        : closes);
            }
            if (then == std::numeric_limits<qint64>::max())
                break; // nobody comes and nobody left can be served
            now = then;
        }
        totals.spanMs +=
            double(staffedMinutesPerDay * kMinuteMs) +
            double(staffedIn.at(hours).size()) * double(std::max<qint64>(0, lastFinish - closes));
        for (qsizetype s = 0; s < observed.size(); ++s) {
            if (!observed.at(s).isEmpty())
                learned.insert(s + 1, median(observed.at(s)));
        }
    }

    SimulationResult result;
    result.policy = options.policy;
    result.days = options.days;
    result.visitors = totals.visitors;
    result.served = int(totals.waits.size());
    result.noShows = totals.noShows;
    if (!totals.waits.empty()) {
        double sum = 0;
        for (const double wait : totals.waits)
            sum += wait;
        result.meanWaitMinutes = sum / double(totals.waits.size());
        result.serviceLevel = double(totals.withinTarget) / double(totals.waits.size());
    }
    result.medianWaitMinutes = percentile(totals.waits, 0.5);
    result.p90WaitMinutes = percentile(totals.waits, 0.9);
    result.p95WaitMinutes = percentile(totals.waits, 0.95);
    result.maxWaitMinutes = percentile(totals.waits, 1.0);
    result.appointmentLatenessP90Minutes = percentile(totals.lateness, 0.9);
    result.estimateMedianAbsErrorMinutes = percentile(totals.estimateErrors, 0.5);
    result.zmsEstimateMedianAbsErrorMinutes = percentile(totals.zmsEstimateErrors, 0.5);
    result.walkInEstimateMedianAbsErrorMinutes = percentile(totals.walkInEstimateErrors, 0.5);
    result.walkInZmsEstimateMedianAbsErrorMinutes = percentile(totals.walkInZmsEstimateErrors, 0.5);
    result.walkInEstimateP90AbsErrorMinutes = percentile(totals.walkInEstimateErrors, 0.9);
    result.walkInZmsEstimateP90AbsErrorMinutes = percentile(totals.walkInZmsEstimateErrors, 0.9);
    result.utilisation = totals.spanMs > 0 ? totals.busyMs / totals.spanMs : 0;
    for (int hour = 0; hour < hours; ++hour)
        result.serviceLevelByHour.append(totals.servedByHour.at(hour) > 0
                                             ? double(totals.withinTargetByHour.at(hour)) /
                                                   totals.servedByHour.at(hour)
                                             : 1.0);
    return result;
}
