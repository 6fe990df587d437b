#include "core/domain/daystatistics.h"

#include <QJsonArray>
#include <QMap>

using namespace Qt::StringLiterals;

DayStatistics DayStatistics::of(qint64 officeId, const QDate &date, const QList<Visit> &visits,
                                int waitTargetMinutes, qint64 now)
{
    FiguresTally totals;
    LinesTally lines;
    QMap<int, Hour> hours;
    QMap<int, MinuteHistogram> hourWaits;
    qint64 longestWaitingSince = 0;
    int waiting = 0;
    for (const Visit &visit : visits) {
        totals.add(visit, waitTargetMinutes);
        lines.add(visit);
        ++hours[visit.arrivalHour].arrivals;
        if (const auto wait = visit.waitMinutes())
            hourWaits[visit.arrivalHour].add(*wait);
        if (visit.served() && visit.finishHour >= 0)
            ++hours[visit.finishHour].served;
        if (visit.waiting) {
            ++waiting;
            if (longestWaitingSince == 0 || visit.issuedAt < longestWaitingSince)
                longestWaitingSince = visit.issuedAt;
        }
    }

    DayStatistics day;
    static_cast<Figures &>(day) = totals.figures();
    day.officeId = officeId;
    day.date = date;
    day.waitTargetMinutes = waitTargetMinutes;
    day.waiting = waiting;
    if (waiting > 0)
        day.longestWaitMinutes = std::max(0.0, double(now - longestWaitingSince) / 60000.0);
    for (auto it = hours.begin(); it != hours.end(); ++it) {
        it->hour = it.key();
        it->wait = hourWaits.value(it.key()).figures();
        day.byHour.append(*it);
    }
    day.byService = lines.services();
    day.byCounter = lines.counters();
    return day;
}

QJsonObject DayStatistics::toJson() const
{
    QJsonObject json = Figures::toJson();
    QJsonArray hoursJson;
    for (const Hour &h : byHour)
        hoursJson.append(QJsonObject{{u"hour"_s, h.hour},
                                     {u"arrivals"_s, h.arrivals},
                                     {u"served"_s, h.served},
                                     {u"waitMinutes"_s, h.wait.toJson()}});
    QJsonArray servicesJson;
    for (const ServiceFigures &s : byService)
        servicesJson.append(s.toJson());
    QJsonArray countersJson;
    for (const CounterFigures &c : byCounter)
        countersJson.append(c.toJson());
    json.insert(u"officeId"_s, QString::number(officeId));
    json.insert(u"date"_s, date.toString(Qt::ISODate));
    json.insert(u"waitTargetMinutes"_s, waitTargetMinutes);
    json.insert(u"waiting"_s, waiting);
    json.insert(u"longestWaitNowMinutes"_s, longestWaitMinutes
                                                ? QJsonValue(roundedMinutes(*longestWaitMinutes))
                                                : QJsonValue());
    json.insert(u"byHour"_s, hoursJson);
    json.insert(u"byService"_s, servicesJson);
    json.insert(u"byCounter"_s, countersJson);
    return json;
}
