#include "core/domain/statisticsfigures.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
constexpr double kMinute = 60.0 * 1000.0;

// The nearest-rank percentile: the smallest value with at least `percent`
// of all values at or below it. Partitions `values` (no full sort: a year
// has half a million of them).
double nearestRank(QList<double> &values, int percent)
{
    const auto rank = qsizetype(std::ceil(percent / 100.0 * double(values.size())));
    const auto nth = values.begin() + (std::clamp<qsizetype>(rank, 1, values.size()) - 1);
    std::nth_element(values.begin(), nth, values.end());
    return *nth;
}

QJsonObject sourceJson(const Figures::Source &s)
{
    return {{u"issued"_s, s.issued},
            {u"served"_s, s.served},
            {u"noShow"_s, s.noShow},
            {u"waitMinutes"_s, s.wait.toJson()}};
}
} // namespace

double roundedMinutes(double minutes)
{
    return std::round(minutes * 10.0) / 10.0;
}

QJsonValue shareJson(const std::optional<double> &share)
{
    return share ? QJsonValue(std::round(*share * 1000.0) / 1000.0) : QJsonValue();
}

MinuteFigures MinuteFigures::of(QList<double> minutes)
{
    MinuteFigures figures;
    figures.count = int(minutes.size());
    if (minutes.isEmpty())
        return figures;
    double sum = 0;
    double max = minutes.first();
    for (const double m : std::as_const(minutes)) {
        sum += m;
        max = std::max(max, m);
    }
    figures.mean = sum / double(minutes.size());
    figures.max = max;
    figures.median = nearestRank(minutes, 50);
    figures.p90 = nearestRank(minutes, 90);
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
            {u"mean"_s, roundedMinutes(mean)},
            {u"median"_s, roundedMinutes(median)},
            {u"p90"_s, roundedMinutes(p90)},
            {u"max"_s, roundedMinutes(max)}};
}

QJsonObject Figures::toJson() const
{
    return {
        {u"issued"_s, issued},
        {u"served"_s, served},
        {u"noShow"_s, noShow},
        {u"cancelled"_s, cancelled},
        {u"open"_s, open},
        {u"waitMinutes"_s, wait.toJson()},
        {u"serviceMinutes"_s, service.toJson()},
        {u"serviceLevel"_s, shareJson(serviceLevel)},
        {u"walkIn"_s, sourceJson(walkIn)},
        {u"appointment"_s, sourceJson(appointment)},
        {u"estimateErrorMinutes"_s, estimateError.toJson()},
        {u"punctualityMinutes"_s, punctuality.toJson()},
    };
}

void FiguresTally::add(const Visit &visit, int waitTargetMinutes)
{
    Figures::Source &source = visit.appointment ? m_counts.appointment : m_counts.walkIn;
    ++m_counts.issued;
    ++source.issued;
    switch (visit.outcome) {
    case Visit::Outcome::Served:
        ++m_counts.served;
        ++source.served;
        break;
    case Visit::Outcome::NoShow:
        ++m_counts.noShow;
        ++source.noShow;
        break;
    case Visit::Outcome::Cancelled:
        ++m_counts.cancelled;
        break;
    case Visit::Outcome::Open:
        ++m_counts.open;
        break;
    }
    if (const auto wait = visit.waitMinutes()) {
        m_waits.append(*wait);
        m_sourceWaits[visit.appointment ? 1 : 0].append(*wait);
        if (*wait <= waitTargetMinutes)
            ++m_withinTarget;
        if (visit.estimateMinutes >= 0)
            m_estimateErrors.append(std::abs(*wait - visit.estimateMinutes));
        if (visit.appointment && visit.dueAt > 0)
            m_punctuality.append(double(visit.firstCalledAt - visit.dueAt) / kMinute);
    }
    if (const auto minutes = visit.serviceMinutes())
        m_services.append(*minutes);
}

Figures FiguresTally::figures() const
{
    Figures figures = m_counts;
    figures.wait = MinuteFigures::of(m_waits);
    figures.service = MinuteFigures::of(m_services);
    if (!m_waits.isEmpty())
        figures.serviceLevel = double(m_withinTarget) / double(m_waits.size());
    figures.walkIn.wait = MinuteFigures::of(m_sourceWaits[0]);
    figures.appointment.wait = MinuteFigures::of(m_sourceWaits[1]);
    figures.estimateError = MinuteFigures::of(m_estimateErrors);
    figures.punctuality = MinuteFigures::of(m_punctuality);
    return figures;
}

QJsonObject ServiceFigures::toJson() const
{
    return {{u"serviceId"_s, QString::number(serviceId)},
            {u"issued"_s, issued},
            {u"served"_s, served},
            {u"noShow"_s, noShow},
            {u"waitMinutes"_s, wait.toJson()},
            {u"serviceMinutes"_s, service.toJson()}};
}

std::optional<double> CounterFigures::utilisation() const
{
    if (presentMinutes <= 0)
        return std::nullopt;
    return std::min(1.0, busyMinutes / presentMinutes);
}

QJsonObject CounterFigures::toJson() const
{
    return {{u"counterId"_s, QString::number(counterId)},
            {u"served"_s, served},
            {u"busyMinutes"_s, roundedMinutes(busyMinutes)},
            {u"presentMinutes"_s, roundedMinutes(presentMinutes)},
            {u"utilisation"_s, shareJson(utilisation())}};
}

void LinesTally::add(const Visit &visit)
{
    ServiceSums &sums = m_services[visit.serviceId];
    sums.line.serviceId = visit.serviceId;
    ++sums.line.issued;
    if (visit.outcome == Visit::Outcome::NoShow)
        ++sums.line.noShow;
    if (const auto wait = visit.waitMinutes())
        sums.waits.append(*wait);
    const auto minutes = visit.serviceMinutes();
    if (visit.served()) {
        ++sums.line.served;
        if (minutes)
            sums.services.append(*minutes);
    }
    if (visit.counterId <= 0 || visit.firstCalledAt <= 0)
        return;
    CounterFigures &counter = m_counters[visit.counterId];
    counter.counterId = visit.counterId;
    if (visit.served()) {
        ++counter.served;
        counter.busyMinutes += minutes.value_or(0);
    }
    CounterDay &day = m_counterDays[{visit.counterId, visit.day.toJulianDay()}];
    day.firstCall =
        day.firstCall > 0 ? std::min(day.firstCall, visit.firstCalledAt) : visit.firstCalledAt;
    day.lastFinish = std::max({day.lastFinish, visit.finishedAt, visit.firstCalledAt});
}

QList<ServiceFigures> LinesTally::services() const
{
    QList<ServiceFigures> lines;
    for (const ServiceSums &sums : m_services) {
        ServiceFigures line = sums.line;
        line.wait = MinuteFigures::of(sums.waits);
        line.service = MinuteFigures::of(sums.services);
        lines.append(line);
    }
    std::sort(lines.begin(), lines.end(), [](const ServiceFigures &a, const ServiceFigures &b) {
        return a.serviceId < b.serviceId;
    });
    return lines;
}

QList<CounterFigures> LinesTally::counters() const
{
    QHash<qint64, CounterFigures> counters = m_counters;
    for (auto it = m_counterDays.cbegin(); it != m_counterDays.cend(); ++it)
        counters[it.key().first].presentMinutes += double(it->lastFinish - it->firstCall) / kMinute;
    QList<CounterFigures> lines = counters.values();
    std::sort(lines.begin(), lines.end(), [](const CounterFigures &a, const CounterFigures &b) {
        return a.counterId < b.counterId;
    });
    return lines;
}
