#pragma once

#include "core/domain/ticket.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QTimeZone>

#include <optional>

// One visitor as the statistics see them: the times and the office's local
// hours of a ticket, its service, counter and outcome. Nothing here names
// anyone (no number, note or clerk), so past days' visits can be kept as
// compact digests and survive the anonymisation of their tickets.
struct Visit
{
    enum class Outcome : quint8 { Open, Served, NoShow, Cancelled };
    // A service started and finished within this was a correction, not a
    // visit: learned service times and scenarios leave it out.
    static constexpr qint64 kShortestServiceMs = 30 * 1000;

    qint64 officeId = 0;
    QDate day; // the ticket's service day
    qint64 serviceId = 0;
    qint64 counterId = 0; // that called it (0: none)
    bool appointment = false;
    Outcome outcome = Outcome::Open;
    bool waiting = false; // in the queue now (not called, or put back)
    int arrivalHour = 0;  // the office's local hour of issue
    int finishHour = -1;  // the office's local hour it was finished in (-1: not served)
    // Milliseconds since the epoch, 0 for "never".
    qint64 issuedAt = 0;
    qint64 dueAt = 0; // appointment start
    qint64 firstCalledAt = 0;
    qint64 startedAt = 0;
    qint64 finishedAt = 0;
    int estimateMinutes = -1; // the wait it was told at issue (-1: none told)

    // `zone` is the office's: its hours are the local ones, so that the days
    // on which the clocks change have 23 and 25 hours.
    static Visit of(const Ticket &ticket, const QTimeZone &zone, int estimateMinutes = -1);
    static Visit of(qint64 officeId, const QDate &day, qint64 serviceId, qint64 counterId,
                    TicketSource source, TicketStatus status, qint64 issuedAt, qint64 dueAt,
                    qint64 firstCalledAt, qint64 startedAt, qint64 finishedAt, int estimateMinutes,
                    const QTimeZone &zone);

    bool served() const { return outcome == Outcome::Served; }
    // Issue to first call; none if never called.
    std::optional<double> waitMinutes() const;
    // First call to start at the counter ("the way to the counter").
    std::optional<double> walkMinutes() const;
    // Start to finish, of a visitor served.
    std::optional<double> serviceMinutes() const;

    friend bool operator==(const Visit &, const Visit &) = default;
};

// A day's visits of one office as bytes (the server's digests of past days)
// and back; decoding gives nothing for bytes of another format.
QByteArray encodeVisits(const QList<Visit> &visits);
std::optional<QList<Visit>> decodeVisits(const QByteArray &bytes, qint64 officeId,
                                         const QDate &day);
