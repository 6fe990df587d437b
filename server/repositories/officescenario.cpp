#include "server/repositories/officescenario.h"

#include "core/simulation/historyscenario.h"
#include "server/repositories/directoryrepository.h"
#include "server/repositories/statisticsrepository.h"

#include <QJsonArray>
#include <QSet>
#include <QTimeZone>

using namespace Qt::StringLiterals;

std::optional<OfficeScenario> officeScenario(DirectoryRepository &directory,
                                             StatisticsRepository &statistics,
                                             const OfficeScenarioQuery &query, const QDate &today,
                                             qint64 now)
{
    const auto office = directory.office(query.officeId);
    if (!office)
        return std::nullopt;
    QTimeZone zone(office->value(u"timeZone"_s).toString().toUtf8());
    if (!zone.isValid())
        zone = QTimeZone(QByteArrayLiteral("Europe/Berlin"));

    QList<Visit> visits;
    statistics.visits(query.officeId, query.from, query.to, today, zone, [&](const Visit &v) {
        if (query.weekday == 0 || v.day.dayOfWeek() == query.weekday)
            visits.append(v);
    });
    ScenarioSource source;
    source.name = office->value(u"name"_s).toString();
    for (const QJsonValue &service : directory.services(query.officeId))
        source.services.append({service[u"id"_s].toString(), service[u"name"_s].toString(),
                                service[u"typicalMinutes"_s].toDouble()});
    for (const QJsonValue &counter : directory.counters(query.officeId)) {
        if (!counter[u"active"_s].toBool())
            continue;
        QStringList services;
        for (const QJsonValue &id : counter[u"serviceIds"_s].toArray())
            services.append(id.toString());
        source.counters.append({counter[u"id"_s].toString(), services, {}});
    }
    // Booked appointments nobody came to, over the period.
    const QJsonObject appointments = statistics.appointmentsOfDay(
        query.officeId, QDateTime(query.from, QTime(0, 0), zone).toMSecsSinceEpoch(),
        QDateTime(query.to.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch(), now);
    if (const int booked = appointments[u"booked"_s].toInt(); booked >= HistoryScenario::kMinVisits)
        source.noShowRate = appointments[u"missed"_s].toDouble() / booked;
    source.serviceLevelTargetMinutes = office->value(u"waitTargetMinutes"_s).toInt(20);

    OfficeScenario result;
    result.scenario = HistoryScenario::of(source, visits);
    QSet<QDate> days;
    for (const Visit &visit : std::as_const(visits))
        days.insert(visit.day);
    result.days = int(days.size());
    result.visits = int(visits.size());
    return result;
}
