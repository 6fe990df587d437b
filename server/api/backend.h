#pragma once

#include "server/auth/loginthrottle.h"
#include "server/auth/sessionrepository.h"
#include "server/auth/userrepository.h"
#include "server/http/eventhub.h"
#include "server/payments/paymentlookup.h"
#include "server/repositories/appointmentrepository.h"
#include "server/repositories/directoryrepository.h"
#include "server/repositories/ticketrepository.h"
#include "server/repositories/weddingrepository.h"
#include "server/storage/changelog.h"
#include "server/storage/database.h"
#include "server/storage/idempotencyrepository.h"

#include <QDateTime>

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

// Everything a route needs, over one database connection, on the server thread.
struct Backend
{
    explicit Backend(Database &database, EventHub &eventHub)
        : db(database)
        , events(eventHub)
        , users(database)
        , sessions(database)
        , changes(database)
        , directory(database, changes)
        , idempotency(database)
        , tickets(database, changes, [this] { return clock(); })
        , appointments(database, changes, [this] { return clock(); })
        , weddings(database, changes, [this] { return clock(); })
    {}

    void audit(const QString &login, const QString &action, const QString &subject,
               const QString &detail = {});

    Database &db;
    EventHub &events;
    UserRepository users;
    SessionRepository sessions;
    ChangeLog changes;
    DirectoryRepository directory;
    IdempotencyRepository idempotency;
    TicketRepository tickets;
    AppointmentRepository appointments;
    WeddingRepository weddings;
    PaymentLookup payments;
    QueuePolicy queuePolicy;
    RetentionPolicy retention;
    WeddingPolicy weddingPolicy;
    // Where uploaded documents are kept for the city's document management.
    QString documentFolder;
    // Milliseconds since the epoch; tests set another day.
    std::function<qint64()> clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
    LoginThrottle loginThrottle{[this] { return clock(); }};
};
