#pragma once

class ApiServer;
struct Backend;

// Each area of the API registers its routes here; ARCHITECTURE.md lists them.
void installSessionRoutes(ApiServer &api, Backend &backend);
void installDirectoryRoutes(ApiServer &api, Backend &backend);
void installChangesRoutes(ApiServer &api, Backend &backend);
void installQueueRoutes(ApiServer &api, Backend &backend);
void installPaymentRoutes(ApiServer &api, Backend &backend);

inline void installAllRoutes(ApiServer &api, Backend &backend)
{
    installSessionRoutes(api, backend);
    installDirectoryRoutes(api, backend);
    installChangesRoutes(api, backend);
    installQueueRoutes(api, backend);
    installPaymentRoutes(api, backend);
}
