#pragma once

#include "server/changelog.h"
#include "server/database.h"
#include "server/directoryrepository.h"
#include "server/eventhub.h"
#include "server/idempotencyrepository.h"
#include "server/sessionrepository.h"
#include "server/userrepository.h"

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
};
