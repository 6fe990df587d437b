#include "server/repositories/queueestimator.h"

#include "server/repositories/appointmentrepository.h"
#include "server/repositories/directoryrepository.h"
#include "server/repositories/officesettings.h"
#include "server/repositories/servicetimes.h"
#include "server/repositories/ticketrepository.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {
// The id a new ticket has in a forecast: no stored ticket has it, and it
// is the last in line also where a ticket was drawn in the same millisecond
// (the line's order breaks ties by id).
constexpr qint64 kNewTicket = std::numeric_limits<qint64>::max();
// Booked visitors still to come are -1 - their appointment's id: no
// ticket's either.
qint64 expectedId(qint64 appointmentId)
{
    return -1 - appointmentId;
}

qint64 visitMs(const QHash<qint64, double> &minutes, qint64 serviceId)
{
    return qint64(Dispatch::expectedMinutes(minutes, serviceId) * 60000.0);
}
} // namespace

QueueEstimator::QueueEstimator(const Sources &sources, qint64 officeId, qint64 now)
    : m_now(now)
    , m_policy(sources.settings.dispatchPolicy(officeId))
    , m_open(sources.tickets.open(officeId))
    , m_minutes(sources.serviceTimes.learned(officeId))
{
    // Who is with whom now: from the open tickets, not a query per counter.
    QHash<qint64, qint64> freeAt;
    for (const Ticket &ticket : std::as_const(m_open)) {
        if (ticket.status == TicketStatus::Waiting) {
            m_waiting.append(queuedTicketOf(ticket));
        } else if (ticket.counterId > 0) {
            const qint64 began = ticket.startedAt > 0 ? ticket.startedAt : ticket.lastCalledAt;
            freeAt.insert(ticket.counterId,
                          std::max(now, began + visitMs(m_minutes, ticket.serviceId)));
        }
    }
    const QHash<qint64, QList<qint64>> services = sources.directory.counterServices(officeId);
    for (const qint64 counterId :
         sources.tickets.activeCounters(officeId, TicketRepository::kStaffedWindowMs)) {
        if (services.contains(counterId)) // not retired since
            m_counters.append(
                {{counterId, services.value(counterId)}, freeAt.value(counterId, now)});
    }
    // Booked visitors still to come today (expectedId: none is a ticket's).
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(now);
    const qint64 endOfDay = QDateTime(at.date().addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
    for (const AppointmentRepository::StillToCome &booked : sources.appointments.stillToCome(
             officeId, now - Dispatch::kBookedStillExpectedMs, endOfDay)) {
        QueuedTicket ticket;
        ticket.id = expectedId(booked.id);
        ticket.serviceId = booked.serviceId;
        ticket.queueAt = std::max(now, booked.startsAt);
        ticket.dueAt = booked.startsAt;
        m_expected.append(ticket);
    }
    m_calls = forecast(m_waiting);
}

QHash<qint64, qint64> QueueEstimator::forecast(const QList<QueuedTicket> &waiting,
                                               qint64 until) const
{
    QList<ForecastCounter> counters = m_counters;
    QSet<qint64> taken; // services some counter at work takes
    for (const ForecastCounter &counter : std::as_const(counters)) {
        for (const qint64 serviceId : counter.counter.serviceIds)
            taken.insert(serviceId);
    }
    // Assumed counters get ids below every real one's, so a tie goes to a real one.
    qint64 assumedId = -1;
    if (counters.isEmpty()) {
        QList<qint64> all;
        const QueuedTicket *first = nullptr;
        for (const QueuedTicket &ticket : waiting) {
            if (!all.contains(ticket.serviceId))
                all.append(ticket.serviceId);
            if (!first ||
                std::pair(ticket.queueAt, ticket.id) < std::pair(first->queueAt, first->id))
                first = &ticket;
        }
        if (first)
            counters.append({{assumedId, all}, m_now + visitMs(m_minutes, first->serviceId)});
    } else {
        for (const QueuedTicket &ticket : waiting) {
            if (taken.contains(ticket.serviceId))
                continue;
            taken.insert(ticket.serviceId);
            counters.append(
                {{--assumedId, {ticket.serviceId}}, m_now + visitMs(m_minutes, ticket.serviceId)});
        }
    }
    // A ticket sent to a counter that is not at work waits for it like any of
    // its service (it would otherwise have no time at all).
    QList<QueuedTicket> forecastable = waiting;
    QSet<qint64> atWork;
    for (const ForecastCounter &counter : std::as_const(m_counters))
        atWork.insert(counter.counter.id);
    for (QueuedTicket &ticket : forecastable) {
        if (ticket.targetCounterId > 0 && !atWork.contains(ticket.targetCounterId))
            ticket.targetCounterId = 0;
    }
    return forecastCalls(m_policy, m_now, counters, forecastable, m_minutes, until, {}, m_expected);
}

int QueueEstimator::minutesUntil(qint64 at) const
{
    return int(std::ceil(double(std::max<qint64>(0, at - m_now)) / 60000.0));
}

int QueueEstimator::estimateFor(const Ticket &ticket) const
{
    if (const auto call = m_calls.constFind(ticket.id); call != m_calls.cend())
        return minutesUntil(*call);
    // Not waiting in this office's queue today (a ticket of another day).
    QList<QueuedTicket> waiting = m_waiting;
    waiting.append(queuedTicketOf(ticket));
    return minutesUntil(forecast(waiting, ticket.id).value(ticket.id, m_now));
}

int QueueEstimator::estimateForNew(qint64 serviceId) const
{
    QList<QueuedTicket> waiting = m_waiting;
    QueuedTicket ticket;
    ticket.id = kNewTicket;
    ticket.serviceId = serviceId;
    ticket.queueAt = m_now;
    waiting.append(ticket);
    return minutesUntil(forecast(waiting, kNewTicket).value(kNewTicket, m_now));
}

int QueueEstimator::waitingCount(qint64 serviceId) const
{
    return int(
        std::count_if(m_waiting.cbegin(), m_waiting.cend(),
                      [serviceId](const QueuedTicket &t) { return t.serviceId == serviceId; }));
}
