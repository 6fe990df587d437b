#include "core/domain/periodstatistics.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
constexpr int kDefaultWaitTarget = 20;

QJsonValue minutesOrNull(const std::optional<double> &minutes)
{
    return minutes ? QJsonValue(roundedMinutes(*minutes)) : QJsonValue();
}

std::optional<double> meanOf(double sum, int count)
{
    return count > 0 ? std::optional<double>(sum / count) : std::nullopt;
}
} // namespace

QString statisticsGroupingName(StatisticsGrouping grouping)
{
    switch (grouping) {
    case StatisticsGrouping::Hour:
        return u"hour"_s;
    case StatisticsGrouping::Day:
        return u"day"_s;
    case StatisticsGrouping::Week:
        return u"week"_s;
    case StatisticsGrouping::Month:
        return u"month"_s;
    case StatisticsGrouping::Weekday:
        return u"weekday"_s;
    }
    return {};
}

std::optional<StatisticsGrouping> statisticsGroupingFromName(QStringView name)
{
    for (const auto grouping :
         {StatisticsGrouping::Hour, StatisticsGrouping::Day, StatisticsGrouping::Week,
          StatisticsGrouping::Month, StatisticsGrouping::Weekday})
        if (statisticsGroupingName(grouping) == name)
            return grouping;
    return std::nullopt;
}

QString statisticsGroupKey(const Visit &visit, StatisticsGrouping grouping)
{
    switch (grouping) {
    case StatisticsGrouping::Hour:
        return u"%1T%2"_s.arg(visit.day.toString(Qt::ISODate))
            .arg(visit.arrivalHour, 2, 10, QLatin1Char('0'));
    case StatisticsGrouping::Day:
        return visit.day.toString(Qt::ISODate);
    case StatisticsGrouping::Week: {
        int year = 0;
        const int week = visit.day.weekNumber(&year);
        return u"%1-W%2"_s.arg(year).arg(week, 2, 10, QLatin1Char('0'));
    }
    case StatisticsGrouping::Month:
        return visit.day.toString(u"yyyy-MM"_s);
    case StatisticsGrouping::Weekday:
        return QString::number(visit.day.dayOfWeek());
    }
    return {};
}

QJsonObject WaitFlow::toJson() const
{
    return {{u"count"_s, count},
            {u"meanWaitMinutes"_s, minutesOrNull(meanWaitMinutes)},
            {u"meanWalkMinutes"_s, minutesOrNull(meanWalkMinutes)},
            {u"meanEstimateMinutes"_s, minutesOrNull(meanEstimateMinutes)}};
}

PeriodTally::PeriodTally(const QDate &from, const QDate &to, StatisticsGrouping groupBy,
                         QHash<qint64, int> waitTargets)
    : m_from(from)
    , m_to(to)
    , m_groupBy(groupBy)
    , m_waitTargets(std::move(waitTargets))
{}

int PeriodTally::waitTarget(qint64 officeId) const
{
    return m_waitTargets.value(officeId, kDefaultWaitTarget);
}

void PeriodTally::add(const Visit &visit)
{
    const int target = waitTarget(visit.officeId);
    m_totals.add(visit, target);
    const bool byHour = m_groupBy == StatisticsGrouping::Hour;
    if (!m_lastGroup || visit.day != m_lastDay || (byHour && visit.arrivalHour != m_lastHour)) {
        m_lastGroup = &m_groups[statisticsGroupKey(visit, m_groupBy)]; // QMap keeps it in place
        m_lastDay = visit.day;
        m_lastHour = visit.arrivalHour;
    }
    m_lastGroup->add(visit, target);
    m_lines.add(visit);

    if (visit.arrivalHour < 0 || visit.arrivalHour > 23)
        return; // not a local hour: counted above, but in no hour
    HourSums &arrival = m_hours[size_t(visit.arrivalHour)];
    ++arrival.arrivals;
    if (visit.served() && visit.finishHour >= 0 && visit.finishHour <= 23)
        ++m_hours[size_t(visit.finishHour)].served;
    HeatSums &cell = m_heat[size_t((visit.day.dayOfWeek() - 1) * 24 + visit.arrivalHour)];
    ++cell.arrivals;
    if (const auto wait = visit.waitMinutes()) {
        ++cell.waits;
        cell.wait += *wait;
        HourSums::Sums &flow = arrival.flows[visit.appointment ? 1 : 0];
        ++flow.count;
        flow.wait += *wait;
        if (const auto walk = visit.walkMinutes()) {
            ++flow.walks;
            flow.walk += *walk;
        }
        if (visit.estimateMinutes >= 0) {
            ++flow.estimates;
            flow.estimate += visit.estimateMinutes;
        }
    }
}

PeriodStatistics PeriodTally::result() const
{
    PeriodStatistics period;
    period.from = m_from;
    period.to = m_to;
    period.groupBy = m_groupBy;
    period.totals = m_totals.figures();
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it)
        period.groups.append({it.key(), it->figures()});
    for (int h = 0; h < 24; ++h) {
        const HourSums &sums = m_hours[size_t(h)];
        if (sums.arrivals == 0 && sums.served == 0)
            continue;
        PeriodStatistics::Hour hour;
        hour.hour = h;
        hour.arrivals = sums.arrivals;
        hour.served = sums.served;
        WaitFlow *flows[2] = {&hour.walkIn, &hour.appointment};
        for (int kind = 0; kind < 2; ++kind) {
            const HourSums::Sums &flow = sums.flows[kind];
            flows[kind]->count = flow.count;
            flows[kind]->meanWaitMinutes = meanOf(flow.wait, flow.count);
            flows[kind]->meanWalkMinutes = meanOf(flow.walk, flow.walks);
            flows[kind]->meanEstimateMinutes = meanOf(flow.estimate, flow.estimates);
        }
        period.byHour.append(hour);
    }
    period.byService = m_lines.services();
    period.byCounter = m_lines.counters();

    int weekdays[8] = {};
    if (m_from.isValid() && m_to.isValid())
        for (QDate day = m_from; day <= m_to; day = day.addDays(1))
            ++weekdays[day.dayOfWeek()];
    for (size_t index = 0; index < m_heat.size(); ++index) {
        const HeatSums &sums = m_heat[index];
        if (sums.arrivals == 0)
            continue;
        PeriodStatistics::HeatCell cell;
        cell.weekday = int(index / 24) + 1;
        cell.hour = int(index % 24);
        cell.days = weekdays[cell.weekday];
        cell.arrivals = sums.arrivals;
        cell.meanWaitMinutes = meanOf(sums.wait, sums.waits);
        period.heatMap.append(cell);
    }
    return period;
}

QJsonObject PeriodStatistics::toJson() const
{
    QJsonArray groupsJson;
    for (const Group &group : groups) {
        QJsonObject json = group.figures.toJson();
        json.insert(u"key"_s, group.key);
        groupsJson.append(json);
    }
    QJsonArray hoursJson;
    for (const Hour &h : byHour)
        hoursJson.append(QJsonObject{{u"hour"_s, h.hour},
                                     {u"arrivals"_s, h.arrivals},
                                     {u"served"_s, h.served},
                                     {u"walkIn"_s, h.walkIn.toJson()},
                                     {u"appointment"_s, h.appointment.toJson()}});
    QJsonArray servicesJson;
    for (const ServiceFigures &s : byService)
        servicesJson.append(s.toJson());
    QJsonArray countersJson;
    for (const CounterFigures &c : byCounter)
        countersJson.append(c.toJson());
    QJsonArray heatJson;
    for (const HeatCell &cell : heatMap)
        heatJson.append(QJsonObject{{u"weekday"_s, cell.weekday},
                                    {u"hour"_s, cell.hour},
                                    {u"days"_s, cell.days},
                                    {u"arrivals"_s, cell.arrivals},
                                    {u"meanWaitMinutes"_s, minutesOrNull(cell.meanWaitMinutes)}});
    return {{u"from"_s, from.toString(Qt::ISODate)},
            {u"to"_s, to.toString(Qt::ISODate)},
            {u"groupBy"_s, statisticsGroupingName(groupBy)},
            {u"totals"_s, totals.toJson()},
            {u"groups"_s, groupsJson},
            {u"byHour"_s, hoursJson},
            {u"byService"_s, servicesJson},
            {u"byCounter"_s, countersJson},
            {u"heatMap"_s, heatJson}};
}
