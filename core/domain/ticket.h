#pragma once

#include "core/domain/result.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

// A visit in the queue and what may happen to it. The lifecycle is a pure
// function: the server refuses every transition it does not list, and the
// counter workspace enables exactly the buttons it allows.
enum class TicketStatus { Waiting, Called, Serving, Done, NoShow, Cancelled };

enum class TicketAction {
    Call,     // waiting -> called (call-next picks the ticket)
    Recall,   // called -> called, one more call
    Start,    // called -> serving
    Finish,   // serving -> done
    NoShow,   // called -> no_show
    Requeue,  // called -> waiting (recall later, parked)
    Cancel,   // waiting -> cancelled
    Transfer, // serving -> waiting, for another service or counter
    // Takes back a slip, shortly after (the server sets how long): no_show ->
    // called (at the same counter), cancelled -> waiting (at its old place).
    Undo,
};

enum class TicketSource { WalkIn, Appointment, Kiosk };

std::optional<TicketStatus> nextTicketStatus(TicketStatus from, TicketAction action);
bool isTicketOpen(TicketStatus status); // waiting, called or serving

QString ticketStatusName(TicketStatus status); // "waiting", "no_show", ...
std::optional<TicketStatus> ticketStatusFromName(QStringView name);
QString ticketActionName(TicketAction action); // "call", "no-show", ... as in the routes
std::optional<TicketAction> ticketActionFromName(QStringView name);
QString ticketSourceName(TicketSource source); // "walk_in", "appointment", "kiosk"
std::optional<TicketSource> ticketSourceFromName(QStringView name);

// "A017": the service's prefix and the day's sequence, at least three digits.
QString ticketNumber(const QString &prefix, int sequence);

// A ticket as the server keeps it and the API shows it, the same value on both
// sides. Ids are the server's row ids (strings in JSON, like every id; 0 for
// none); times are milliseconds since the epoch, 0 for "not yet" (null in
// JSON). JSON carries whole seconds, so a time's milliseconds do not travel.
struct Ticket
{
    qint64 id = 0;
    qint64 officeId = 0;
    qint64 serviceId = 0;
    QString number;     // "A017"
    QString serviceDay; // "2026-11-25": the day the number belongs to
    TicketSource source = TicketSource::WalkIn;
    int priority = 0;
    TicketStatus status = TicketStatus::Waiting;
    QString notes;
    qint64 issuedAt = 0;
    qint64 queueAt = 0; // the place in line: issue time, or the time it was put back
    qint64 dueAt = 0;   // appointment time (0: walk-in)
    qint64 firstCalledAt = 0;
    qint64 lastCalledAt = 0;
    qint64 startedAt = 0;
    qint64 finishedAt = 0;
    int callCount = 0;
    qint64 counterId = 0;       // the counter that called it
    qint64 targetCounterId = 0; // transferred to this counter only
    QString clerkLogin;         // who acted last; kept by the server, not shown in the API

    QJsonObject toJson() const;
    // A failure when a required member (id, number, status, source, officeId,
    // serviceId, serviceDay, issuedAt, queuedAt) is missing or any member is
    // malformed; the reason then names it. Members that are not the ticket's
    // (estimatedWaitMinutes, appointmentId) are ignored.
    static Result<Ticket> fromJson(const QJsonObject &json);

    friend bool operator==(const Ticket &, const Ticket &) = default;
};

Q_DECLARE_METATYPE(Ticket)

// What a waiting-room display may know of a ticket: what its call board shows,
// nothing more (no notes, no times of arrival, no appointment). Its JSON is the
// ticket's with every other member left out, so the same keys mean the same.
struct TicketCall
{
    qint64 id = 0;
    qint64 officeId = 0;
    qint64 serviceId = 0;
    QString number;
    TicketStatus status = TicketStatus::Waiting;
    qint64 counterId = 0;    // 0 until called
    qint64 lastCalledAt = 0; // "calledAt" in JSON; 0 until called
    int callCount = 0;

    static TicketCall of(const Ticket &ticket);
    QJsonObject toJson() const;
    // A failure when id, number, status, officeId or serviceId is missing or
    // any member is malformed.
    static Result<TicketCall> fromJson(const QJsonObject &json);

    friend bool operator==(const TicketCall &, const TicketCall &) = default;
};
