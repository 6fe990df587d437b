#pragma once

#include <QtGlobal>

#include <algorithm>

// Rules of the queue that a city may set.
struct QueuePolicy
{
    int noShowAfterCalls = 2; // a visitor is called this often before "did not come"
};

// How long a citizen's contact data stays with an appointment.
struct RetentionPolicy
{
    int appointmentDays = 14; // days after the appointment's start
};

// How the Standesamt's online Traukalender holds a slot.
struct WeddingPolicy
{
    // A reservation lapses unless the couple registers within this time.
    int reservationDays = 14;

    // When a reservation made at `now` for a slot at `slotStartsAt` lapses.
    qint64 reservationExpiry(qint64 now, qint64 slotStartsAt) const
    {
        return std::min(now + reservationDays * 24LL * 60 * 60 * 1000, slotStartsAt);
    }
};
