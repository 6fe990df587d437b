#pragma once

#include "server/auth/loginthrottle.h"
#include "server/auth/sessionrepository.h"
#include "server/auth/userrepository.h"
#include "server/payments/paymentlookup.h"
#include "server/repositories/appointmentrepository.h"
#include "server/repositories/directoryrepository.h"
#include "server/repositories/documentrepository.h"
#include "server/repositories/numberblockrepository.h"
#include "server/repositories/officesettings.h"
#include "server/repositories/policies.h"
#include "server/repositories/privacyoffice.h"
#include "server/repositories/servicetimes.h"
#include "server/repositories/statisticsrepository.h"
#include "server/repositories/ticketrepository.h"
#include "server/repositories/weddingrepository.h"
#include "server/storage/auditlog.h"
#include "server/storage/changelog.h"
#include "server/storage/clock.h"
#include "server/storage/database.h"
#include "server/storage/idempotencyrepository.h"

#include <QDateTime>

#include <functional>

// Every repository and policy of a server, over one database connection, on
// the server thread. ServerInstance hands each area of the API its parts.
struct Backend
{
    explicit Backend(Database &database)
        : db(database)
        , users(database)
        , changes(database)
        , sessions(database, changes)
        , directory(database, changes)
        , idempotency(database)
        , tickets(database, changes, [this] { return clock(); })
        , appointments(database, changes, [this] { return clock(); })
        , weddings(database, changes, [this] { return clock(); })
        , documents(database, changes, [this] { return clock(); })
        , auditLog(database)
        , privacy({database, changes, idempotency, tickets, appointments, weddings, documents,
                   auditLog})
    {}

    Database &db;
    UserRepository users;
    ChangeLog changes;
    SessionRepository sessions;
    DirectoryRepository directory;
    IdempotencyRepository idempotency;
    TicketRepository tickets;
    NumberBlockRepository numberBlocks{db};
    StatisticsRepository statistics{db, [this] { return clock(); }};
    ServiceTimes serviceTimes{db, [this] { return clock(); }};
    AppointmentRepository appointments;
    WeddingRepository weddings;
    DocumentRepository documents;
    AuditLog auditLog;
    PrivacyOffice privacy; // access and erasure
    PaymentLookup payments;
    QueuePolicy queuePolicy;
    RetentionPolicy retention;
    WeddingPolicy weddingPolicy;
    // Each office's own rules; the policies above are their defaults.
    OfficeSettings officeSettings{db, queuePolicy, weddingPolicy, retention};
    // Where uploaded documents are kept for the city's document management.
    QString documentFolder;
    // Asks for the database to let go of removed text soon, outside the
    // request (RetentionJob::reclaimSoon once the server runs).
    std::function<void()> reclaimSoon = [] {};
    // Hands changes committed outside a request (the retention job's) to the
    // event sockets (ChangeFeed::committed once the server runs).
    std::function<void(const QList<Change> &)> committed = [](const QList<Change> &) {};
    Clock clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
    LoginThrottle loginThrottle{db, [this] { return clock(); }};
};
