#pragma once

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
