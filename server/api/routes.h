#pragma once

#include "server/storage/clock.h"

#include <QString>

class RequestDispatcher;
class AppointmentRepository;
class AuditLog;
class ChangeLog;
class Database;
class DirectoryRepository;
class DocumentRepository;
class EventHub;
class LoginThrottle;
class NeedToKnow;
class NumberBlockRepository;
class OfficeSettings;
class PaymentLookup;
class PrivacyOffice;
class ServiceTimes;
class SessionRepository;
class StatisticsRepository;
class TicketRepository;
class UserRepository;
class WeddingRepository;
struct Ticket;
struct UserRecord;

// Each area of the API registers its routes here (openapi.yaml describes
// them), handed only the parts it works with. The routes keep those
// references: the parts must outlive the RequestDispatcher.

struct SessionRoutes
{
    Database &db; // the health check asks it
    UserRepository &users;
    SessionRepository &sessions;
    LoginThrottle &loginThrottle;
    AuditLog &auditLog;
};
void installSessionRoutes(RequestDispatcher &api, const SessionRoutes &parts);

struct DirectoryRoutes
{
    DirectoryRepository &directory;
};
void installDirectoryRoutes(RequestDispatcher &api, const DirectoryRoutes &parts);

struct ChangesRoutes
{
    ChangeLog &changes;
    const NeedToKnow &needToKnow;
};
void installChangesRoutes(RequestDispatcher &api, const ChangesRoutes &parts);

struct StatisticsRoutes
{
    DirectoryRepository &directory;
    TicketRepository &tickets; // the server's service day
    StatisticsRepository &statistics;
    AuditLog &auditLog; // report downloads
    const Clock &clock;
};
void installStatisticsRoutes(RequestDispatcher &api, const StatisticsRoutes &parts);

struct QueueRoutes
{
    const NeedToKnow &needToKnow;
    DirectoryRepository &directory;
    TicketRepository &tickets;
    AppointmentRepository &appointments; // followTicketWithAppointment
    OfficeSettings &settings;            // calls before a no-show, the dispatch policy
    ServiceTimes &serviceTimes;          // the dispatcher's minutes per service
    AuditLog &auditLog; // undone no-shows and cancellations, tickets from number blocks
    const Clock &clock;
    NumberBlockRepository &numberBlocks; // the front desks' numbers for offline
};
void installQueueRoutes(RequestDispatcher &api, const QueueRoutes &parts);

struct PaymentRoutes
{
    const NeedToKnow &needToKnow;
    PaymentLookup &payments;
    AuditLog &auditLog;
};
void installPaymentRoutes(RequestDispatcher &api, const PaymentRoutes &parts);

struct AppointmentRoutes
{
    const NeedToKnow &needToKnow;
    DirectoryRepository &directory;
    TicketRepository &tickets; // a check-in issues a ticket
    AppointmentRepository &appointments;
    AuditLog &auditLog;
    const Clock &clock;
    OfficeSettings &settings;   // the estimate kept with the ticket: the policy
    ServiceTimes &serviceTimes; // and the services' minutes
};
void installAppointmentRoutes(RequestDispatcher &api, const AppointmentRoutes &parts);

struct DocumentRoutes
{
    const NeedToKnow &needToKnow;
    DocumentRepository &documents;
    // The cases a document can belong to.
    TicketRepository &tickets;
    AppointmentRepository &appointments;
    WeddingRepository &weddings;
    AuditLog &auditLog;
    // Where uploaded documents are kept for the city's document management.
    const QString &documentFolder;
};
void installDocumentRoutes(RequestDispatcher &api, const DocumentRoutes &parts);

struct WeddingRoutes
{
    const NeedToKnow &needToKnow;
    WeddingRepository &weddings;
    UserRepository &users; // the registrars
    AuditLog &auditLog;
    OfficeSettings &settings; // how long a reservation holds
    const Clock &clock;
};
void installWeddingRoutes(RequestDispatcher &api, const WeddingRoutes &parts);

struct OutboxDiscardRoutes
{
    AuditLog &auditLog;
};
void installOutboxDiscardRoutes(RequestDispatcher &api, const OutboxDiscardRoutes &parts);

struct AuditRoutes
{
    AuditLog &auditLog; // read, and the reading recorded
};
void installAuditRoutes(RequestDispatcher &api, const AuditRoutes &parts);

struct PrivacyRoutes
{
    Database &db; // the searches' transactions; reclaiming after an erasure
    PrivacyOffice &privacy;
    DocumentRepository &documents; // an erasure's files go after its commit
    const QString &documentFolder;
    const std::function<void()> &reclaimSoon; // PostgreSQL's VACUUM, after the answer
};
void installPrivacyRoutes(RequestDispatcher &api, const PrivacyRoutes &parts);

struct UserRoutes
{
    UserRepository &users;
    SessionRepository &sessions; // a disabled account, a new password: its sessions end
    AuditLog &auditLog;
};
void installUserRoutes(RequestDispatcher &api, const UserRoutes &parts);
// The audit detail of a change to an account, as the user routes write it
// (the command line's `user add` too): the fields that differ, never a
// password or its hash, as {"before":{…},"after":{…}}; `before` null: created.
QString userChangeDetail(const UserRecord *before, const UserRecord &after);

// The organisation, for admins: offices, services, counters, opening hours
// and closure days, wedding rooms, each office's settings. Nothing is
// deleted; things are retired, and never while records still need them.
struct OrganisationRoutes
{
    DirectoryRepository &directory;
    AppointmentRepository &appointments; // opening hours and closure days
    WeddingRepository &weddings;         // the rooms
    OfficeSettings &settings;
    AuditLog &auditLog;
    const Clock &clock;
};
void installOrganisationRoutes(RequestDispatcher &api, const OrganisationRoutes &parts);

// A checked-in appointment follows its ticket: done or not come. The queue's
// ticket actions call it; the appointment rules stay with the appointments.
void followTicketWithAppointment(AppointmentRepository &appointments, const Ticket &ticket);
