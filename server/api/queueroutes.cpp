#include "core/domain/isotime.h"
#include "server/api/routes.h"
#include "server/api/visibleanswer.h"
#include "server/auth/needtoknow.h"
#include "server/http/requestdispatcher.h"
#include "server/repositories/appointmentrepository.h"
#include "server/repositories/directoryrepository.h"
#include "server/repositories/numberblockrepository.h"
#include "server/repositories/officesettings.h"
#include "server/repositories/queueestimator.h"
#include "server/repositories/servicetimes.h"
#include "server/repositories/ticketrepository.h"
#include "server/storage/auditlog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
constexpr int kMaxNotesLength = 200;
constexpr int kMaxPriority = 9;
// How long after a no-show or a cancellation the server still takes it back.
// The workstation offers it for seconds; the margin is for its clock and a
// slow network, not for second thoughts minutes later.
constexpr qint64 kUndoWindowMs = 2 * 60 * 1000;

QString notFoundText(const QString &what)
{
    return u"There is no %1 with this id."_s.arg(what);
}

HttpReply notFound(const QString &what)
{
    return HttpReply::notFound(notFoundText(what));
}

qint64 officeOf(const QJsonObject &json)
{
    return json.value(u"officeId"_s).toString().toLongLong();
}

QueueEstimator estimatorOf(const QueueRoutes &parts, qint64 officeId)
{
    return QueueEstimator(
        {parts.tickets, parts.directory, parts.settings, parts.serviceTimes, parts.appointments},
        officeId, parts.clock());
}

// What the dispatcher knows of the office before the queue: its policy, the
// counters' services, who is at work and the services' minutes. Read before
// the office's queue lock, so that a refresh of the learned minutes never
// holds up the office's other calls.
struct DispatchBasis
{
    DispatchPolicy policy = DispatchPolicy::Tresen;
    DispatchState state; // without the queue
};

DispatchBasis dispatchBasis(const QueueRoutes &parts, qint64 counterId, qint64 officeId)
{
    DispatchBasis basis;
    basis.policy = parts.settings.dispatchPolicy(officeId);
    const QHash<qint64, QList<qint64>> services = parts.directory.counterServices(officeId);
    basis.state.counter = {counterId, services.value(counterId)};
    if (basis.policy == DispatchPolicy::Tresen) {
        // Only this policy weighs who else is at work and how long services take.
        for (const qint64 id :
             parts.tickets.activeCounters(officeId, TicketRepository::kStaffedWindowMs))
            basis.state.staffed.append({id, services.value(id)});
        basis.state.serviceMinutes = parts.serviceTimes.learned(officeId);
    }
    return basis;
}

// The ticket the counter calls next, by the office's dispatch policy over
// its whole queue (read under lockQueue()), its row locked. One that a clerk
// cancelled or moved out of the counter's reach meanwhile gives way to the
// dispatcher's next choice.
std::optional<Ticket> chooseNext(const QueueRoutes &parts, DispatchBasis basis, qint64 officeId)
{
    DispatchState &state = basis.state;
    state.now = parts.clock();
    state.waiting = parts.tickets.waitingQueue(officeId);
    while (const auto chosen = chooseNextTicket(basis.policy, state)) {
        auto ticket = parts.tickets.waitingForUpdate(state.waiting.at(*chosen).id);
        if (ticket && counterMayTake(state.counter, queuedTicketOf(*ticket)))
            return ticket;
        state.waiting.removeAt(*chosen);
    }
    return std::nullopt;
}

HttpReply refused(const Ticket &ticket, TicketAction action)
{
    return HttpReply::conflict(
        u"transition-refused"_s,
        u"Ticket %1 is %2; \"%3\" is not possible now."_s.arg(
            ticket.number, ticketStatusName(ticket.status), ticketActionName(action)));
}

HttpReply ticketAction(const QueueRoutes &parts, ApiRequest &r, TicketAction action)
{
    const auto id = r.idArg(0);
    const auto ticket = id ? parts.tickets.findForUpdate(*id) : std::nullopt;
    if (!ticket)
        return notFound(u"ticket"_s);
    if (auto refusal = refuseOtherOffice(r, ticket->officeId))
        return *refusal;
    if (!nextTicketStatus(ticket->status, action))
        return refused(*ticket, action);
    const int callsNeeded = parts.settings.noShowAfterCalls(ticket->officeId);
    if (action == TicketAction::NoShow && ticket->callCount < callsNeeded)
        return HttpReply::conflict(
            u"no-show-too-early"_s,
            u"Ticket %1 has been called %2 time(s); call it %3 time(s) before "
            "marking it as not come."_s.arg(ticket->number)
                .arg(ticket->callCount)
                .arg(callsNeeded));
    const Ticket changed = parts.tickets.apply(*ticket, action, ticket->counterId, r.user->login);
    followTicketWithAppointment(parts.appointments, changed);
    return HttpReply::json(200, changed.toJson());
}

// No-show -> called at the same counter, cancelled -> waiting at its old
// place: only shortly after, only today, and only while nothing else took
// the ticket's place (the counter called someone else meanwhile).
HttpReply undo(const QueueRoutes &parts, ApiRequest &r)
{
    const auto id = r.idArg(0);
    const auto ticket = id ? parts.tickets.findForUpdate(*id) : std::nullopt;
    if (!ticket)
        return notFound(u"ticket"_s);
    if (auto refusal = refuseOtherOffice(r, ticket->officeId))
        return *refusal;
    const auto to = nextTicketStatus(ticket->status, TicketAction::Undo);
    if (!to)
        return refused(*ticket, TicketAction::Undo); // e.g. taken back already
    // The slip is the one clerk's: another counter's clerk cannot see what
    // they take back.
    if (ticket->clerkLogin != r.user->login)
        return HttpReply::conflict(
            u"undo-not-yours"_s,
            u"Ticket %1 was marked %2 by another clerk; only they can take it back."_s.arg(
                ticket->number, ticketStatusName(ticket->status)));
    const qint64 now = parts.clock();
    if (ticket->serviceDay != parts.tickets.serviceDay() || ticket->finishedAt <= 0 ||
        now - ticket->finishedAt > kUndoWindowMs)
        return HttpReply::conflict(
            u"undo-too-late"_s,
            u"Ticket %1 is %2 for more than %3 minutes; it can no longer be taken back."_s
                .arg(ticket->number, ticketStatusName(ticket->status))
                .arg(kUndoWindowMs / 60000));
    if (*to == TicketStatus::Called) {
        const auto counter = parts.directory.counter(ticket->counterId);
        if (!counter || !counter->value(u"active"_s).toBool())
            return HttpReply::conflict(
                u"counter-moved-on"_s,
                u"The counter of ticket %1 is retired; it cannot be called back to it."_s.arg(
                    ticket->number));
        parts.tickets.lockQueue(ticket->officeId);
        if (const auto held = parts.tickets.heldBy(ticket->counterId))
            return HttpReply::conflict(
                u"counter-moved-on"_s,
                u"The counter has ticket %1 (%2) now; ticket %3 cannot be called back to it."_s.arg(
                    held->number, ticketStatusName(held->status), ticket->number));
    }
    const Ticket changed =
        parts.tickets.apply(*ticket, TicketAction::Undo, ticket->counterId, r.user->login);
    if (ticket->status == TicketStatus::NoShow && changed.source == TicketSource::Appointment) {
        // Its appointment followed it to "no-show"; it comes back too.
        auto appointment = parts.appointments.findByTicket(changed.id);
        if (appointment && appointment->status == AppointmentStatus::NoShow) {
            appointment->status = AppointmentStatus::CheckedIn;
            parts.appointments.update(*appointment, u"appointment.checked_in"_s);
        }
    }
    const QJsonObject detail{
        {u"before"_s, QJsonObject{{u"status"_s, ticketStatusName(ticket->status)}}},
        {u"after"_s, QJsonObject{{u"status"_s, ticketStatusName(changed.status)}}}};
    parts.auditLog.record(r.user->login, u"ticket.undo"_s, QString::number(changed.id),
                          QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    return HttpReply::json(200, changed.toJson());
}

constexpr int kMaxDeviceIdLength = 100;
constexpr int kMaxBlockParts = 20;
constexpr int kMaxDevicesPerLogin = 3; // a front desk, a spare, a laptop

// A ticket a front desk numbered from its block while the network was down,
// now sent: taken only from the block's owner, on its day, once; it joins
// the line at the time it was issued.
// A new ticket with the wait it is told, which is kept for the statistics'
// accuracy figure.
HttpReply issuedReply(const QueueRoutes &parts, const Ticket &ticket)
{
    const int estimate = estimatorOf(parts, ticket.officeId).estimateFor(ticket);
    parts.tickets.recordEstimate(ticket.id, estimate);
    QJsonObject json = ticket.toJson();
    json.insert(u"estimatedWaitMinutes"_s, estimate);
    return HttpReply::json(201, json);
}

HttpReply issueFromBlock(const QueueRoutes &parts, ApiRequest &r, const QJsonObject &service,
                         qint64 serviceId, int priority, const QString &notes)
{
    const QString number = r.body.value(u"number"_s).toString();
    const auto blockNumber = BlockNumber::parse(number);
    if (!blockNumber)
        return HttpReply::badRequest(u"number must be a block number such as Z1-007."_s);
    const qint64 issuedAt = msecsFromIsoTime(r.body.value(u"issuedAt"_s).toString());
    if (issuedAt <= 0)
        return HttpReply::badRequest(u"issuedAt (ISO 8601) is required with number."_s);
    if (!r.user->roles.testFlag(Role::Clerk))
        return HttpReply::problem(403, u"Forbidden"_s,
                                  u"Only a front desk issues numbers from a block."_s);
    const qint64 officeId = officeOf(service);
    const QString today = parts.tickets.serviceDay();
    if (QDateTime::fromMSecsSinceEpoch(issuedAt).date().toString(Qt::ISODate) != today)
        return HttpReply::conflict(
            u"issued-another-day"_s,
            u"Ticket %1 was issued on another day; a day's queue takes only that day's "
            "tickets."_s.arg(number));
    NumberBlockRepository::Holding holding;
    const auto block = parts.numberBlocks.find(officeId, today, blockNumber->ordinal, &holding);
    if (!block || holding.login != r.user->login || blockNumber->sequence > block->size)
        return HttpReply::conflict(
            u"number-not-in-block"_s,
            u"%1 is not a number of a block this login holds for the office today."_s.arg(number));
    if (parts.tickets.findByNumber(officeId, number))
        return HttpReply::conflict(u"number-taken"_s,
                                   u"Ticket %1 has been issued already."_s.arg(number));
    // A clock ahead does not put a ticket behind those issued since, nor a
    // clock behind before those that were there when the block was handed out.
    const qint64 queuedAt = qMin(qMax(issuedAt, holding.allocatedAt), parts.clock());
    const Ticket ticket = parts.tickets.issueNumbered(
        officeId, serviceId, number, TicketSource::WalkIn, priority, notes, queuedAt);
    parts.auditLog.record(r.user->login, u"ticket.issue_from_block"_s, QString::number(ticket.id),
                          u"number %1, block %2"_s.arg(number).arg(block->id));
    return issuedReply(parts, ticket);
}

std::optional<qint64> officeParameter(const QueueRoutes &parts, const ApiRequest &r,
                                      std::optional<HttpReply> *error)
{
    bool ok = false;
    const qint64 officeId = r.queryValue(u"officeId"_s).toLongLong(&ok);
    if (!ok || officeId <= 0) {
        *error = HttpReply::badRequest(u"officeId is required."_s);
        return std::nullopt;
    }
    if (!parts.directory.office(officeId)) {
        *error = notFound(u"office"_s);
        return std::nullopt;
    }
    if (auto refusal = refuseOtherOffice(r, officeId)) {
        *error = refusal;
        return std::nullopt;
    }
    return officeId;
}
} // namespace

void installQueueRoutes(RequestDispatcher &api, const QueueRoutes &parts)
{
    using M = RequestDispatcher::Method;

    api.route(M::Post, u"/api/v1/tickets"_s, Role::Clerk | Role::Kiosk, [parts](ApiRequest &r) {
        const auto serviceId = jsonId(r.body.value(u"serviceId"_s));
        if (!serviceId)
            return HttpReply::badRequest(u"serviceId is required."_s);
        const QJsonValue priorityValue = r.body.value(u"priority"_s);
        const QJsonValue notesValue = r.body.value(u"notes"_s);
        if (!priorityValue.isUndefined() &&
            (!priorityValue.isDouble() || priorityValue.toInt(-1) < 0 ||
             priorityValue.toInt(-1) > kMaxPriority ||
             priorityValue.toDouble() != priorityValue.toInt()))
            return HttpReply::badRequest(
                u"priority must be a whole number from 0 to %1."_s.arg(kMaxPriority));
        if (!notesValue.isUndefined() &&
            (!notesValue.isString() || notesValue.toString().size() > kMaxNotesLength))
            return HttpReply::badRequest(
                u"notes must be text of at most %1 characters."_s.arg(kMaxNotesLength));
        const auto service = parts.directory.service(*serviceId);
        if (!service)
            return notFound(u"service"_s);
        if (auto refusal = refuseOtherOffice(r, officeOf(*service)))
            return *refusal;
        // A visitor holding a slip from the front desk's block keeps their
        // place even if the service was retired while the network was down.
        if (r.body.contains(u"number"_s))
            return issueFromBlock(parts, r, *service, *serviceId, priorityValue.toInt(0),
                                  notesValue.toString());
        if (!service->value(u"active"_s).toBool())
            return HttpReply::conflict(u"retired"_s,
                                       u"The service %1 is retired and takes no new tickets."_s.arg(
                                           service->value(u"name"_s).toString()));
        const bool kiosk = !r.user->roles.testFlag(Role::Clerk);
        const Ticket ticket = parts.tickets.issue(
            officeOf(*service), *serviceId, service->value(u"prefix"_s).toString(),
            kiosk ? TicketSource::Kiosk : TicketSource::WalkIn, kiosk ? 0 : priorityValue.toInt(0),
            kiosk ? QString() : notesValue.toString()); // a kiosk notes nothing about anyone
        return issuedReply(parts, ticket);
    });

    api.route(
        M::Post, u"/api/v1/offices/{id}/number-blocks"_s, Role::Clerk, [parts](ApiRequest &r) {
            const auto officeId = r.idArg(0);
            if (!officeId || !parts.directory.office(*officeId))
                return notFound(u"office"_s);
            if (auto refusal = refuseOtherOffice(r, *officeId))
                return *refusal;
            const QJsonValue deviceValue = r.body.value(u"deviceId"_s);
            const QString deviceId = deviceValue.toString();
            if (!deviceValue.isString() || deviceId.trimmed().isEmpty() ||
                deviceId.size() > kMaxDeviceIdLength)
                return HttpReply::badRequest(
                    u"deviceId must be text of 1 to %1 characters."_s.arg(kMaxDeviceIdLength));
            const QJsonValue partValue = r.body.value(u"part"_s);
            const int part = partValue.isUndefined() ? 1 : partValue.toInt(0);
            if (part < 1 || part > kMaxBlockParts ||
                (partValue.isDouble() && partValue.toDouble() != partValue.toInt()))
                return HttpReply::badRequest(
                    u"part must be a whole number from 1 to %1."_s.arg(kMaxBlockParts));
            const QString day = parts.tickets.serviceDay();
            if (parts.numberBlocks.otherDevices(*officeId, day, r.user->login, deviceId) >=
                kMaxDevicesPerLogin)
                return HttpReply::conflict(
                    u"too-many-devices"_s,
                    u"This login holds number blocks on %1 other devices today already."_s.arg(
                        kMaxDevicesPerLogin));
            const auto allocation = parts.numberBlocks.allocate(*officeId, day, r.user->login,
                                                                deviceId, part, parts.clock());
            const NumberBlock &block = allocation.block;
            if (allocation.created)
                parts.auditLog.record(r.user->login, u"number_block.allocate"_s,
                                      QString::number(block.id),
                                      u"office %1, %2, part %3: %4 to %5"_s.arg(*officeId)
                                          .arg(block.serviceDay)
                                          .arg(block.part)
                                          .arg(block.firstNumber(), block.lastNumber()));
            return HttpReply::json(allocation.created ? 201 : 200, block.toJson());
        });

    api.route(M::Get, u"/api/v1/tickets/{id}"_s, Role::Clerk | Role::Supervisor,
              [parts](ApiRequest &r) {
                  const auto id = r.idArg(0);
                  const auto ticket = id ? parts.tickets.find(*id) : std::nullopt;
                  return ticket ? visibleEntity(parts.needToKnow, u"ticket", ticket->toJson(), r,
                                                notFoundText(u"ticket"_s))
                                : notFound(u"ticket"_s);
              });

    api.route(M::Get, u"/api/v1/queue"_s, Role::Clerk | Role::Supervisor | Role::Display,
              [parts](ApiRequest &r) {
                  std::optional<HttpReply> error;
                  const auto officeId = officeParameter(parts, r, &error);
                  if (!officeId)
                      return *error;
                  const QueueEstimator estimator = estimatorOf(parts, *officeId);
                  QJsonArray tickets;
                  for (const Ticket &ticket : estimator.openTickets()) {
                      QJsonObject json = ticket.toJson();
                      json.insert(u"estimatedWaitMinutes"_s, ticket.status == TicketStatus::Waiting
                                                                 ? estimator.estimateFor(ticket)
                                                                 : 0);
                      tickets.append(json);
                  }
                  QJsonArray services;
                  for (const QJsonValue &value : parts.directory.services(*officeId)) {
                      const QJsonObject service = value.toObject();
                      const qint64 serviceId = service.value(u"id"_s).toString().toLongLong();
                      services.append(QJsonObject{
                          {u"serviceId"_s, service.value(u"id"_s)},
                          {u"name"_s, service.value(u"name"_s)},
                          {u"prefix"_s, service.value(u"prefix"_s)},
                          {u"waiting"_s, estimator.waitingCount(serviceId)},
                          {u"estimatedWaitMinutes"_s, estimator.estimateForNew(serviceId)},
                      });
                  }
                  return HttpReply::json(
                      200, QJsonObject{
                               {u"officeId"_s, QString::number(*officeId)},
                               {u"generatedAt"_s, isoTimeFromMSecs(parts.clock())},
                               {u"noShowAfterCalls"_s, parts.settings.noShowAfterCalls(*officeId)},
                               {u"tickets"_s, parts.needToKnow.entities(u"ticket", tickets,
                                                                        Recipient::of(*r.user))},
                               {u"services"_s, services},
                           });
              });

    api.route(
        M::Get, u"/api/v1/calls"_s, Role::Clerk | Role::Supervisor | Role::Display,
        [parts](ApiRequest &r) {
            std::optional<HttpReply> error;
            const auto officeId = officeParameter(parts, r, &error);
            if (!officeId)
                return *error;
            bool ok = false;
            int limit = r.queryValue(u"limit"_s).toInt(&ok);
            if (!ok)
                limit = 6;
            if (limit < 1 || limit > 50)
                return HttpReply::badRequest(u"limit must be between 1 and 50."_s);
            QJsonArray calls;
            for (const Ticket &ticket : parts.tickets.recentCalls(*officeId, limit)) {
                const auto counter = parts.directory.counter(ticket.counterId);
                calls.append(QJsonObject{
                    {u"ticketId"_s, QString::number(ticket.id)},
                    {u"number"_s, ticket.number},
                    {u"status"_s, ticketStatusName(ticket.status)},
                    {u"counterId"_s, QString::number(ticket.counterId)},
                    {u"counterName"_s, counter ? counter->value(u"name"_s).toString() : QString()},
                    {u"calledAt"_s, isoTimeFromMSecs(ticket.lastCalledAt)},
                    {u"callCount"_s, ticket.callCount},
                });
            }
            return HttpReply::json(200, calls);
        });

    api.route(M::Post, u"/api/v1/counters/{id}/call-next"_s, Role::Clerk, [parts](ApiRequest &r) {
        // Few round trips: the counter, the office's policy and counters,
        // the office's lock, the ticket it holds, the queue, the chosen
        // ticket (and its update and the change log's append).
        const auto counterId = r.idArg(0);
        const auto counter = counterId ? parts.directory.counterBasics(*counterId) : std::nullopt;
        if (!counter)
            return notFound(u"counter"_s);
        if (auto refusal = refuseOtherOffice(r, counter->officeId))
            return *refusal;
        if (!counter->active)
            return HttpReply::conflict(u"retired"_s,
                                       u"%1 is retired and calls nobody."_s.arg(counter->name));
        DispatchBasis basis = dispatchBasis(parts, *counterId, counter->officeId);
        parts.tickets.lockQueue(counter->officeId);
        if (const auto held = parts.tickets.heldBy(*counterId))
            return HttpReply::conflict(
                u"counter-busy"_s,
                u"%1 still has ticket %2 (%3): finish or requeue it first."_s.arg(
                    counter->name, held->number, ticketStatusName(held->status)));
        const auto next = chooseNext(parts, std::move(basis), counter->officeId);
        if (!next)
            return HttpReply::noContent();
        return HttpReply::json(
            200,
            parts.tickets.apply(*next, TicketAction::Call, *counterId, r.user->login).toJson());
    });

    api.route(M::Post, u"/api/v1/tickets/{id}/transfer"_s, Role::Clerk, [parts](ApiRequest &r) {
        const auto id = r.idArg(0);
        const auto ticket = id ? parts.tickets.findForUpdate(*id) : std::nullopt;
        if (!ticket)
            return notFound(u"ticket"_s);
        if (auto refusal = refuseOtherOffice(r, ticket->officeId))
            return *refusal;
        const bool toService = r.body.contains(u"serviceId"_s);
        const bool toCounter = r.body.contains(u"counterId"_s);
        if (toService == toCounter)
            return HttpReply::badRequest(u"Give either serviceId or counterId."_s);
        const auto targetId = jsonId(r.body.value(toService ? u"serviceId"_s : u"counterId"_s));
        if (!targetId)
            return HttpReply::badRequest(u"The id must be a string id."_s);
        const auto target =
            toService ? parts.directory.service(*targetId) : parts.directory.counter(*targetId);
        if (!target)
            return notFound(toService ? u"service"_s : u"counter"_s);
        if (officeOf(*target) != ticket->officeId)
            return HttpReply::badRequest(u"The target belongs to another office."_s);
        if (!target->value(u"active"_s).toBool())
            return HttpReply::conflict(u"retired"_s, u"The target is retired."_s);
        if (!nextTicketStatus(ticket->status, TicketAction::Transfer))
            return refused(*ticket, TicketAction::Transfer);
        const Ticket moved =
            toService ? parts.tickets.transferToService(*ticket, *targetId, r.user->login)
                      : parts.tickets.transferToCounter(*ticket, *targetId, r.user->login);
        return HttpReply::json(200, moved.toJson());
    });

    const QList<TicketAction> actions{TicketAction::Recall,  TicketAction::Start,
                                      TicketAction::Finish,  TicketAction::NoShow,
                                      TicketAction::Requeue, TicketAction::Cancel};
    for (const TicketAction action : actions) {
        api.route(M::Post, u"/api/v1/tickets/{id}/"_s + ticketActionName(action), Role::Clerk,
                  [parts, action](ApiRequest &r) { return ticketAction(parts, r, action); });
    }
    api.route(M::Post, u"/api/v1/tickets/{id}/"_s + ticketActionName(TicketAction::Undo),
              Role::Clerk, [parts](ApiRequest &r) { return undo(parts, r); });
}
