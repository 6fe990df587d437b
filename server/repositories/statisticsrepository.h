#pragma once

#include "core/domain/visit.h"
#include "server/storage/clock.h"

#include <QDate>
#include <QJsonObject>
#include <QTimeZone>

#include <functional>

class Database;

// The visits behind the supervisors' figures, read from the tickets.
// Days before yesterday are kept as digests (statistics_day: each day's
// visits as compact bytes), made the first time a period asks for them, so
// that a year's figures read a few thousand rows instead of every ticket.
// A change to a ticket of a past day marks its day's digest out of date
// (see TicketRepository::save); today and yesterday and the days before the
// office's first ticket are never kept.
class StatisticsRepository
{
public:
    StatisticsRepository(Database &db, Clock clock);

    // Every visit of the office's service days from..to (inclusive), in no
    // particular order; `zone` is the office's, `today` the server's service day.
    void visits(qint64 officeId, const QDate &from, const QDate &to, const QDate &today,
                const QTimeZone &zone, const std::function<void(const Visit &)> &take);
    // One day's visits, from its tickets.
    QList<Visit> visitsOfDay(qint64 officeId, const QDate &day, const QTimeZone &zone);

    // The day's appointments at the office (starting between `dayStart` and
    // `dayEnd`, ms): {booked, checkedIn, missed, cancelled}; missed counts
    // those marked so and, once the day is over at `now`, those never come.
    QJsonObject appointmentsOfDay(qint64 officeId, qint64 dayStart, qint64 dayEnd, qint64 now);
    // The Standesamt's day: weddings per room (confirmed or completed),
    // bookings of the day cancelled by a registrar, and provisional
    // reservations whose time ran out that day.
    QJsonObject weddingsOfDay(qint64 officeId, qint64 dayStart, qint64 dayEnd, qint64 now);

    // For tests: runs after a period's tickets are read and before their
    // digests are kept, where another request's change may fall.
    void setAfterTicketsRead(std::function<void()> hook) { m_afterTicketsRead = std::move(hook); }

private:
    QMap<QDate, QList<Visit>> fromTickets(qint64 officeId, const QDate &from, const QDate &to,
                                          const QTimeZone &zone);
    // Keeps days' visits as digests, each only where its row is
    // still absent or at the generation read (`generations`: the rows found
    // out of date); a failure is logged, not thrown.
    void storeDigests(qint64 officeId, const QMap<QDate, QList<Visit>> &days,
                      const QHash<QDate, int> &generations);

    Database &m_db;
    Clock m_clock;
    std::function<void()> m_afterTicketsRead;
};
