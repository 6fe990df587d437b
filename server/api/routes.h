#pragma once

class ApiServer;
struct Backend;
struct Ticket;

// Each area of the API registers its routes here; ARCHITECTURE.md lists them.
void installSessionRoutes(ApiServer &api, Backend &backend);
void installDirectoryRoutes(ApiServer &api, Backend &backend);
void installChangesRoutes(ApiServer &api, Backend &backend);
void installQueueRoutes(ApiServer &api, Backend &backend);
void installPaymentRoutes(ApiServer &api, Backend &backend);
void installAppointmentRoutes(ApiServer &api, Backend &backend);
void installDocumentRoutes(ApiServer &api, Backend &backend);
void installWeddingRoutes(ApiServer &api, Backend &backend);

// A checked-in appointment follows its ticket: done or not come.
void followTicketWithAppointment(Backend &backend, const Ticket &ticket);

inline void installAllRoutes(ApiServer &api, Backend &backend)
{
    installSessionRoutes(api, backend);
    installDirectoryRoutes(api, backend);
    installChangesRoutes(api, backend);
    installQueueRoutes(api, backend);
    installPaymentRoutes(api, backend);
    installAppointmentRoutes(api, backend);
    installDocumentRoutes(api, backend);
    installWeddingRoutes(api, backend);
}
