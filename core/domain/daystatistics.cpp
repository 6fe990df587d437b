#include "core/domain/daystatistics.h"

#include <QDateTime>
#include <QJsonArray>
#include <QMap>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
constexpr double kMinute = 60.0 * 1000.0;

double rounded(double minutes)
{
    return std::round(minutes * 10.0) / 10.0;
}

// The nearest-rank percentile of sorted values: the smallest value with at
// least `percent` of all values at or below it.
double nearestRank(const QList<double> &sorted, int percent)
{
    const auto rank = qsizetype(std::ceil(percent / 100.0 * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank, 1, sorted.size()) - 1);
}

bool wasCalled(const Ticket &t)
{
    return t.firstCalledAt > 0 && t.firstCalledAt >= t.issuedAt;
}

double waitMinutes(const Ticket &t)
{
    return double(t.firstCalledAt - t.issuedAt) / kMinute;
}

bool wasServed(const Ticket &t)
{
    return t.status == TicketStatus::Done && t.startedAt > 0 && t.finishedAt >= t.startedAt;
}

double serviceMinutes(const Ticket &t)
{
    return double(t.finishedAt - t.startedAt) / kMinute;
}

bool isOpen(TicketStatus status)
{
    return status == TicketStatus::Waiting || status == TicketStatus::Called ||
           status == TicketStatus::Serving;
}

QJsonValue orNull(const std::optional<double> &value)
{
    return value ? QJsonValue(std::round(*value * 1000.0) / 1000.0) : QJsonValue();
}
} // namespace

MinuteFigures MinuteFigures::of(QList<double> minutes)
{
    MinuteFigures figures;
    figures.count = int(minutes.size());
    if (minutes.isEmpty())
        return figures;
    std::sort(minutes.begin(), minutes.end());
    double sum = 0;
    for (const double m : std::as_const(minutes))
        sum += m;
    figures.mean = sum / double(minutes.size());
    figures.median = nearestRank(minutes, 50);
    figures.p90 = nearestRank(minutes, 90);
    figures.max = minutes.last();
    return figures;
}

QJsonObject MinuteFigures::toJson() const
{
    if (count == 0)
        return {{u"count"_s, 0},
                {u"mean"_s, QJsonValue()},
                {u"median"_s, QJsonValue()},
                {u"p90"_s, QJsonValue()},
                {u"max"_s, QJsonValue()}};
    return {{u"count"_s, count},
            {u"mean"_s, rounded(mean)},
            {u"median"_s, rounded(median)},
            {u"p90"_s, rounded(p90)},
            {u"max"_s, rounded(max)}};
}

DayStatistics DayStatistics::of(qint64 officeId, const QString &date, const QList<Ticket> &tickets,
                                int waitTargetMinutes, const QTimeZone &zone)
{
    DayStatistics day;
    day.officeId = officeId;
    day.date = date;
    day.waitTargetMinutes = waitTargetMinutes;
    const auto hourOf = [&zone](qint64 msecs) {
        return QDateTime::fromMSecsSinceEpoch(msecs, zone).time().hour();
    };

    QList<double> waits;
    QList<double> services;
    QList<double> sourceWaits[2];
    QMap<int, Hour> hours;
    QMap<int, QList<double>> hourWaits;
    QMap<qint64, ServiceLine> lines;
    QMap<qint64, QList<double>> lineWaits;
    QMap<qint64, QList<double>> lineServices;
    QMap<qint64, CounterLine> counters;
    int withinTarget = 0;

    for (const Ticket &t : tickets) {
        const bool appointment = t.source == TicketSource::Appointment;
        Source &source = appointment ? day.appointment : day.walkIn;
        ServiceLine &line = lines[t.serviceId];
        line.serviceId = t.serviceId;
        Hour &arrival = hours[hourOf(t.issuedAt)];
        ++day.issued;
        ++source.issued;
        ++line.issued;
        ++arrival.arrivals;
        if (t.status == TicketStatus::NoShow) {
            ++day.noShow;
            ++source.noShow;
        } else if (t.status == TicketStatus::Cancelled) {
            ++day.cancelled;
        } else if (isOpen(t.status)) {
            ++day.open;
        }
        if (wasCalled(t)) {
            const double wait = waitMinutes(t);
            waits.append(wait);
            sourceWaits[appointment ? 1 : 0].append(wait);
            hourWaits[hourOf(t.issuedAt)].append(wait);
            lineWaits[t.serviceId].append(wait);
            if (wait <= waitTargetMinutes)
                ++withinTarget;
        }
        if (wasServed(t)) {
            const double minutes = serviceMinutes(t);
            services.append(minutes);
            lineServices[t.serviceId].append(minutes);
            ++day.served;
            ++source.served;
            ++line.served;
            ++hours[hourOf(t.finishedAt)].served;
            if (t.counterId > 0) {
                CounterLine &counter = counters[t.counterId];
                counter.counterId = t.counterId;
                ++counter.served;
                counter.busyMinutes += minutes;
            }
        }
    }

    day.wait = MinuteFigures::of(waits);
    day.service = MinuteFigures::of(services);
    if (!waits.isEmpty())
        day.serviceLevel = double(withinTarget) / double(waits.size());
    day.walkIn.wait = MinuteFigures::of(sourceWaits[0]);
    day.appointment.wait = MinuteFigures::of(sourceWaits[1]);
    for (auto it = hours.begin(); it != hours.end(); ++it) {
        it->hour = it.key();
        it->wait = MinuteFigures::of(hourWaits.value(it.key()));
        day.byHour.append(*it);
    }
    for (auto it = lines.begin(); it != lines.end(); ++it) {
        it->wait = MinuteFigures::of(lineWaits.value(it.key()));
        it->service = MinuteFigures::of(lineServices.value(it.key()));
        day.byService.append(*it);
    }
    day.byCounter = counters.values();
    return day;
}

QJsonObject DayStatistics::toJson() const
{
    const auto source = [](const Source &s) {
        return QJsonObject{{u"issued"_s, s.issued},
                           {u"served"_s, s.served},
                           {u"noShow"_s, s.noShow},
                           {u"waitMinutes"_s, s.wait.toJson()}};
    };
    QJsonArray hoursJson;
    for (const Hour &h : byHour)
        hoursJson.append(QJsonObject{{u"hour"_s, h.hour},
                                     {u"arrivals"_s, h.arrivals},
                                     {u"served"_s, h.served},
                                     {u"waitMinutes"_s, h.wait.toJson()}});
    QJsonArray servicesJson;
    for (const ServiceLine &s : byService)
        servicesJson.append(QJsonObject{{u"serviceId"_s, QString::number(s.serviceId)},
                                        {u"issued"_s, s.issued},
                                        {u"served"_s, s.served},
                                        {u"waitMinutes"_s, s.wait.toJson()},
                                        {u"serviceMinutes"_s, s.service.toJson()}});
    QJsonArray countersJson;
    for (const CounterLine &c : byCounter)
        countersJson.append(QJsonObject{{u"counterId"_s, QString::number(c.counterId)},
                                        {u"served"_s, c.served},
                                        {u"busyMinutes"_s, rounded(c.busyMinutes)}});
    return {
        {u"officeId"_s, QString::number(officeId)},
        {u"date"_s, date},
        {u"issued"_s, issued},
        {u"served"_s, served},
        {u"noShow"_s, noShow},
        {u"cancelled"_s, cancelled},
        {u"open"_s, open},
        {u"waitMinutes"_s, wait.toJson()},
        {u"serviceMinutes"_s, service.toJson()},
        {u"waitTargetMinutes"_s, waitTargetMinutes},
        {u"serviceLevel"_s, orNull(serviceLevel)},
        {u"walkIn"_s, source(walkIn)},
        {u"appointment"_s, source(appointment)},
        {u"byHour"_s, hoursJson},
        {u"byService"_s, servicesJson},
        {u"byCounter"_s, countersJson},
    };
}
