#include "server/repositories/statisticsrepository.h"

#include "server/storage/database.h"

#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QSet>

#include <algorithm>

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
    // Before the office's first ticket there is nothing to read or keep
    // (a period from the year 1900 must not write a digest per day).
    SqlRows first =
        m_db.exec(u"SELECT MIN(service_day) FROM ticket WHERE office_id = ?"_s, {officeId});
    const QDate firstDay =
        first.next() ? QDate::fromString(first.value(0).toString(), Qt::ISODate) : QDate();
    if (!firstDay.isValid() || firstDay > to)
        return;
    const QDate start = std::max(from, firstDay);

    // Yesterday may still change (a ticket finished after midnight), so
    // only the days before it are kept as digests.
    const QDate lastDigested = std::min(to, today.addDays(-2));
    QSet<QDate> digested;
    QHash<QDate, int> generations; // of the rows to be made afresh
    if (start <= lastDigested) {
        SqlRows rows =
            m_db.exec(u"SELECT service_day, visits, generation FROM statistics_day WHERE "
                      "office_id = ? AND service_day >= ? AND service_day <= ? "
                      "ORDER BY service_day"_s,
                      {officeId, start.toString(Qt::ISODate), lastDigested.toString(Qt::ISODate)});
        while (rows.next()) {
            const QDate day = QDate::fromString(rows.value(0).toString(), Qt::ISODate);
            const auto visits = decodeVisits(rows.value(1).toByteArray(), officeId, day);
            if (!visits) {
                // Out of date (a ticket changed), another format, or damaged.
                generations.insert(day, rows.value(2).toInt());
                continue;
            }
            digested.insert(day);
            for (const Visit &visit : *visits)
                take(visit);
        }
    }

    QDate firstMissing;
    QDate lastMissing;
    for (QDate day = start; day <= lastDigested; day = day.addDays(1)) {
        if (digested.contains(day))
            continue;
        if (!firstMissing.isValid())
            firstMissing = day;
        lastMissing = day;
    }
    if (firstMissing.isValid()) {
        QMap<QDate, QList<Visit>> days = fromTickets(officeId, firstMissing, lastMissing, zone);
        if (m_afterTicketsRead)
            m_afterTicketsRead();
        QMap<QDate, QList<Visit>> made;
        for (QDate day = firstMissing; day <= lastMissing; day = day.addDays(1)) {
            if (digested.contains(day))
                continue;
            // Days without a visitor get a digest too: they are not read
            // again. A day with a ticket left open is kept as it is; closing
            // it later marks the digest out of date like any change.
            const QList<Visit> visits = days.value(day);
            for (const Visit &visit : visits)
                take(visit);
            made.insert(day, visits);
        }
        storeDigests(officeId, made, generations);
    }

    const QDate firstLive = std::max(start, lastDigested.addDays(1));
    if (firstLive > to)
        return;
    const QMap<QDate, QList<Visit>> live = fromTickets(officeId, firstLive, to, zone);
    for (const QList<Visit> &visits : live)
        for (const Visit &visit : visits)
            take(visit);
}

void StatisticsRepository::storeDigests(qint64 officeId, const QMap<QDate, QList<Visit>> &days,
                                        const QHash<QDate, int> &generations)
{
    if (days.isEmpty())
        return;
    // The digests only save time: when they cannot be written (the database
    // read-only, a disk full), the figures are given all the same, from the
    // tickets, and the next request tries again.
    try {
        Transaction transaction(m_db);
        for (auto day = days.cbegin(); day != days.cend(); ++day) {
            const QString dayText = day.key().toString(Qt::ISODate);
            const QByteArray visits = encodeVisits(day.value());
            // Only over the row as it was read: a ticket changed since (a
            // new generation, see TicketRepository::save) wins, and the day
            // is made afresh by the next request.
            if (generations.contains(day.key()))
                m_db.exec(u"UPDATE statistics_day SET built_at = ?, visits = ? WHERE office_id = ? "
                          "AND service_day = ? AND generation = ?"_s,
                          {m_clock(), visits, officeId, dayText, generations.value(day.key())});
            else
                m_db.exec(u"INSERT INTO statistics_day (office_id, service_day, built_at, visits, "
                          "generation) VALUES (?, ?, ?, ?, 0) ON CONFLICT (office_id, service_day) "
                          "DO NOTHING"_s,
                          {officeId, dayText, m_clock(), visits});
        }
        transaction.commit();
    } catch (const DatabaseFailure &failure) {
        qWarning("Statistics: the digests of office %lld could not be kept: %s", officeId,
                 failure.what());
    }
}

QJsonObject StatisticsRepository::appointmentsOfDay(qint64 officeId, qint64 dayStart, qint64 dayEnd,
                                                    qint64 now)
{
    int booked = 0;
    int checkedIn = 0;
    int missed = 0;
    int cancelled = 0;
    SqlRows rows = m_db.exec(u"SELECT status, starts_at + duration_minutes * 60000, ticket_id "
                             "FROM appointment WHERE office_id = ? AND starts_at >= ? AND "
                             "starts_at < ?"_s,
                             {officeId, dayStart, dayEnd});
    while (rows.next()) {
        const QString status = rows.value(0).toString();
        if (status == u"cancelled") {
            ++cancelled;
            continue;
        }
        ++booked;
        if (!rows.value(2).isNull())
            ++checkedIn;
        else if (status == u"no_show" || (status == u"booked" && dayEnd <= now))
            ++missed;
    }
    return {{u"booked"_s, booked},
            {u"checkedIn"_s, checkedIn},
            {u"missed"_s, missed},
            {u"cancelled"_s, cancelled}};
}

QJsonObject StatisticsRepository::weddingsOfDay(qint64 officeId, qint64 dayStart, qint64 dayEnd,
                                                qint64 now)
{
    QJsonArray rooms;
    int weddings = 0;
    SqlRows held = m_db.exec(
        u"SELECT r.id, r.name, COUNT(b.id) FROM wedding_room r JOIN wedding_slot s ON s.room_id "
        "= r.id JOIN wedding_booking b ON b.slot_id = s.id WHERE r.office_id = ? AND s.starts_at "
        ">= ? AND s.starts_at < ? AND b.status IN ('confirmed', 'completed') GROUP BY r.id, "
        "r.name ORDER BY r.id"_s,
        {officeId, dayStart, dayEnd});
    while (held.next()) {
        weddings += held.value(2).toInt();
        rooms.append(QJsonObject{{u"roomId"_s, QString::number(held.value(0).toLongLong())},
                                 {u"name"_s, held.value(1).toString()},
                                 {u"weddings"_s, held.value(2).toInt()}});
    }
    SqlRows cancelled = m_db.exec(
        u"SELECT COUNT(*) FROM wedding_booking b JOIN wedding_slot s ON b.slot_id = s.id JOIN "
        "wedding_room r ON s.room_id = r.id WHERE r.office_id = ? AND s.starts_at >= ? AND "
        "s.starts_at < ? AND b.status = 'cancelled' AND NOT (b.expires_at IS NOT NULL AND "
        "b.updated_at >= b.expires_at)"_s,
        {officeId, dayStart, dayEnd});
    // A provisional reservation lapses when its time runs out unconfirmed;
    // the lapse job then cancels it (after its expiry, unlike a registrar).
    SqlRows lapsed = m_db.exec(
        u"SELECT COUNT(*) FROM wedding_booking b JOIN wedding_slot s ON b.slot_id = s.id JOIN "
        "wedding_room r ON s.room_id = r.id WHERE r.office_id = ? AND b.expires_at >= ? AND "
        "b.expires_at < ? AND b.expires_at <= ? AND (b.status = 'reserved' OR (b.status = "
        "'cancelled' AND b.updated_at >= b.expires_at))"_s,
        {officeId, dayStart, dayEnd, now});
    return {{u"weddings"_s, weddings},
            {u"byRoom"_s, rooms},
            {u"cancelled"_s, cancelled.next() ? cancelled.value(0).toInt() : 0},
            {u"lapsedReservations"_s, lapsed.next() ? lapsed.value(0).toInt() : 0}};
}
