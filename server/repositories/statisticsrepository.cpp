#include "server/repositories/statisticsrepository.h"

#include "server/storage/database.h"

#include <QMap>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {
QVariant nullableId(const QVariant &value)
{
    return value.isNull() ? QVariant(qint64(0)) : value;
}
} // namespace

StatisticsRepository::StatisticsRepository(Database &db, Clock clock)
    : m_db(db)
    , m_clock(std::move(clock))
{}

QMap<QDate, QList<Visit>> StatisticsRepository::fromTickets(qint64 officeId, const QDate &from,
                                                            const QDate &to, const QTimeZone &zone)
{
    QMap<QDate, QList<Visit>> days;
    SqlRows rows = m_db.exec(
        u"SELECT service_day, service_id, counter_id, source, status, issued_at, due_at, "
        "first_called_at, started_at, finished_at, estimate_minutes FROM ticket WHERE office_id "
        "= ? AND service_day >= ? AND service_day <= ?"_s,
        {officeId, from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    while (rows.next()) {
        const QDate day = QDate::fromString(rows.value(0).toString(), Qt::ISODate);
        const QVariant estimate = rows.value(10);
        days[day].append(Visit::of(
            officeId, day, rows.value(1).toLongLong(), nullableId(rows.value(2)).toLongLong(),
            ticketSourceFromName(rows.value(3).toString()).value_or(TicketSource::WalkIn),
            ticketStatusFromName(rows.value(4).toString()).value_or(TicketStatus::Waiting),
            rows.value(5).toLongLong(), rows.value(6).toLongLong(), rows.value(7).toLongLong(),
            rows.value(8).toLongLong(), rows.value(9).toLongLong(),
            estimate.isNull() ? -1 : estimate.toInt(), zone));
    }
    return days;
}

QList<Visit> StatisticsRepository::visitsOfDay(qint64 officeId, const QDate &day,
                                               const QTimeZone &zone)
{
    return fromTickets(officeId, day, day, zone).value(day);
}

void StatisticsRepository::visits(qint64 officeId, const QDate &from, const QDate &to,
                                  const QDate &today, const QTimeZone &zone,
                                  const std::function<void(const Visit &)> &take)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return;
    // Yesterday may still change (a ticket finished after midnight), so
    // only the days before it are kept as digests.
    const QDate lastDigested = std::min(to, today.addDays(-2));
    QSet<QDate> digested;
    if (from <= lastDigested) {
        SqlRows rows =
            m_db.exec(u"SELECT service_day, visits FROM statistics_day WHERE "
                      "office_id = ? AND service_day >= ? AND service_day <= ? "
                      "ORDER BY service_day"_s,
                      {officeId, from.toString(Qt::ISODate), lastDigested.toString(Qt::ISODate)});
        while (rows.next()) {
            const QDate day = QDate::fromString(rows.value(0).toString(), Qt::ISODate);
            const auto visits = decodeVisits(rows.value(1).toByteArray(), officeId, day);
            if (!visits)
                continue; // another format: made afresh below
            digested.insert(day);
            for (const Visit &visit : *visits)
                take(visit);
        }
    }

    QDate firstMissing;
    QDate lastMissing;
    for (QDate day = from; day <= lastDigested; day = day.addDays(1)) {
        if (digested.contains(day))
            continue;
        if (!firstMissing.isValid())
            firstMissing = day;
        lastMissing = day;
    }
    if (firstMissing.isValid()) {
        const QMap<QDate, QList<Visit>> days =
            fromTickets(officeId, firstMissing, lastMissing, zone);
        Transaction transaction(m_db);
        for (QDate day = firstMissing; day <= lastMissing; day = day.addDays(1)) {
            if (digested.contains(day))
                continue;
            // Days without a visitor get a digest too: they are not read again.
            const QList<Visit> visits = days.value(day);
            m_db.exec(u"INSERT INTO statistics_day (office_id, service_day, built_at, visits) "
                      "VALUES (?, ?, ?, ?) ON CONFLICT (office_id, service_day) DO UPDATE SET "
                      "built_at = excluded.built_at, visits = excluded.visits"_s,
                      {officeId, day.toString(Qt::ISODate), m_clock(), encodeVisits(visits)});
            for (const Visit &visit : visits)
                take(visit);
        }
        transaction.commit();
    }

    const QDate firstLive = std::max(from, lastDigested.addDays(1));
    if (firstLive > to)
        return;
    const QMap<QDate, QList<Visit>> live = fromTickets(officeId, firstLive, to, zone);
    for (const QList<Visit> &visits : live)
        for (const Visit &visit : visits)
            take(visit);
}
