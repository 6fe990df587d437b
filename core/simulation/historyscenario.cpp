#include "core/simulation/historyscenario.h"

#include "core/domain/dispatcher.h"

#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
constexpr int kLatestMinute = 23 * 60 + 59;

struct Spread
{
    double mean = 0;
    double sd = 0;
};

Spread spreadOf(const QList<double> &values)
{
    Spread spread;
    if (values.isEmpty())
        return spread;
    for (const double v : values)
        spread.mean += v;
    spread.mean /= double(values.size());
    double squares = 0;
    for (const double v : values)
        squares += (v - spread.mean) * (v - spread.mean);
    spread.sd = values.size() > 1 ? std::sqrt(squares / double(values.size() - 1)) : 0;
    return spread;
}
} // namespace

Scenario HistoryScenario::of(const ScenarioSource &source, const QList<Visit> &visits)
{
    Scenario scenario;
    scenario.name = source.name;
    scenario.serviceLevelTargetMinutes = std::max(1, source.serviceLevelTargetMinutes);

    QSet<QDate> days;
    int firstHour = 24;
    int lastHour = -1;
    for (const Visit &visit : visits) {
        days.insert(visit.day);
        firstHour = std::min(firstHour, visit.arrivalHour);
        lastHour = std::max(lastHour, visit.arrivalHour);
    }
    if (lastHour < 0) { // no history: an ordinary day
        firstHour = 8;
        lastHour = 15;
    }
    scenario.opensMinute = firstHour * 60;
    scenario.closesMinute = std::min(kLatestMinute, (lastHour + 1) * 60);
    const int hours = scenario.openingHours();
    const double dayCount = std::max<qsizetype>(1, days.size());

    // Appointments: who came against their start, and who never came.
    QList<double> arrivals;
    int appointmentVisits = 0;
    int appointmentNoShows = 0;
    for (const Visit &visit : visits) {
        if (!visit.appointment)
            continue;
        ++appointmentVisits;
        if (visit.outcome == Visit::Outcome::NoShow)
            ++appointmentNoShows;
        if (visit.dueAt > 0 && visit.issuedAt > 0)
            arrivals.append(double(visit.issuedAt - visit.dueAt) / 60000.0);
    }
    // A figure of fewer than kMinVisits people would tell of one of them
    // (whether they came, how late): the defaults stand in.
    scenario.noShowRate = std::clamp(
        source.noShowRate.value_or(
            appointmentVisits >= kMinVisits ? double(appointmentNoShows) / appointmentVisits : 0.0),
        0.0, 0.95);
    const bool punctualityKnown = arrivals.size() >= kMinVisits;
    const Spread arrival = spreadOf(arrivals);
    scenario.appointmentArrivalMeanMinutes = punctualityKnown ? arrival.mean : -5.0;
    scenario.appointmentArrivalSdMinutes = punctualityKnown ? arrival.sd : 5.0;

    for (const ScenarioSource::Service &known : source.services) {
        const qint64 serviceId = known.id.toLongLong();
        ScenarioService service;
        service.id = known.id;
        service.name = known.name;
        service.walkInsPerHour = QList<double>(hours, 0.0);
        QList<double> minutes;
        int appointments = 0;
        for (const Visit &visit : visits) {
            if (visit.serviceId != serviceId)
                continue;
            if (visit.appointment)
                ++appointments;
            else if (visit.arrivalHour >= firstHour && visit.arrivalHour - firstHour < hours)
                service.walkInsPerHour[visit.arrivalHour - firstHour] += 1.0;
            if (const auto served = visit.serviceMinutes();
                visit.served() && served && *served * 60000.0 >= Visit::kShortestServiceMs)
                minutes.append(*served);
        }
        for (double &rate : service.walkInsPerHour)
            rate = std::round(rate / dayCount * 100.0) / 100.0;
        // Booked ones: those who came and those who did not.
        const double booked = double(appointments) / (1.0 - scenario.noShowRate);
        service.appointmentsPerHour = int(std::lround(booked / dayCount / hours));
        const Spread spread = spreadOf(minutes);
        const double typical =
            known.typicalMinutes > 0 ? known.typicalMinutes : Dispatch::kDefaultServiceMinutes;
        const bool learned = minutes.size() >= kMinVisits;
        service.meanMinutes = std::round((learned ? spread.mean : typical) * 10.0) / 10.0;
        service.sdMinutes = std::round((learned ? spread.sd : typical * 0.4) * 10.0) / 10.0;
        scenario.services.append(service);
    }
    for (ScenarioCounter counter : source.counters) {
        counter.services.removeIf(
            [&scenario](const QString &id) { return scenario.serviceIndex(id) < 0; });
        if (!counter.services.isEmpty())
            scenario.counters.append(counter);
    }
    return scenario;
}
