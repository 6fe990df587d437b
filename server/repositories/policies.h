#pragma once

#include "core/domain/dispatcher.h"

#include <QtGlobal>

#include <algorithm>

// Rules of the queue that a city may set.
struct QueuePolicy
{
    int noShowAfterCalls = 2; // a visitor is called this often before "did not come"
    // How call-next chooses and the estimates forecast (see chooseNextTicket()).
    DispatchPolicy dispatch = DispatchPolicy::Tresen;
};

// How long what names a citizen stays on the server, in days (each set from
// the command line: --retention-days, and for the others their own option,
// which defaults to --retention-days). The records stay, without it.
struct RetentionPolicy
{
    int appointmentDays = 14; // after the appointment's start: contact data and notes
    int ticketDays = 14;      // after the ticket was issued: its notes
    int weddingDays = 14;     // after the wedding's date, whatever the booking's state: the couple
    int documentDays = 14;    // after the upload: the file and its name, codes and case reference
};

// How the Standesamt's online Traukalender holds a slot.
struct WeddingPolicy
{
    // A reservation lapses unless the couple registers within this time.
    int reservationDays = 14;
    // Mindestvorlauf für die Anmeldung: the registrar needs this much time
    // between the registration deadline and the wedding to check the papers.
    // Reserving with less is possible, after a warning on the workstation.
    int registrationLeadDays = 7;

    // When a reservation made at `now` for a slot at `slotStartsAt` lapses.
    qint64 reservationExpiry(qint64 now, qint64 slotStartsAt) const
    {
        return std::min(now + reservationDays * 24LL * 60 * 60 * 1000, slotStartsAt);
    }
};
