#include "server/repositories/servicetimes.h"

#include "core/domain/waitestimate.h"
#include "server/storage/database.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

double ServiceTimes::minutesFrom(QList<double> samples, double typical)
{
    if (samples.size() >= kMinSample || (typical <= 0 && !samples.isEmpty()))
        return median(std::move(samples));
    return std::max(0.0, typical);
}

QHash<qint64, double> ServiceTimes::learned(qint64 officeId)
{
    const qint64 now = m_clock();
    if (const auto known = m_byOffice.constFind(officeId);
        known != m_byOffice.cend() && now - known->at >= 0 && now - known->at < kKeepMs)
        return known->minutes;

    QHash<qint64, double> typical;
    {
        SqlRows services =
            m_db.exec(u"SELECT id, typical_minutes FROM service WHERE office_id = ?"_s, {officeId});
        while (services.next())
            typical.insert(services.value(0).toLongLong(), services.value(1).toDouble());
    }
    // By service and day (the ticket_service_day index), today included.
    const QString since =
        QDateTime::fromMSecsSinceEpoch(now).date().addDays(-7 * kWeeks).toString(Qt::ISODate);
    QHash<qint64, QList<double>> samples;
    {
        SqlRows served = m_db.exec(
            u"SELECT service_id, finished_at - started_at FROM ticket WHERE service_id IN (SELECT "
            "id FROM service WHERE office_id = ?) AND service_day >= ? AND status = 'done' AND "
            "started_at IS NOT NULL AND finished_at - started_at >= ?"_s,
            {officeId, since, Visit::kShortestServiceMs});
        while (served.next())
            samples[served.value(0).toLongLong()].append(served.value(1).toDouble() / 60000.0);
    }
    Learned learned{now, {}};
    for (auto service = typical.cbegin(); service != typical.cend(); ++service)
        learned.minutes.insert(service.key(),
                               minutesFrom(samples.value(service.key()), service.value()));
    m_byOffice.insert(officeId, learned);
    return learned.minutes;
}
