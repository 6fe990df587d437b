#pragma once

#include "core/domain/dispatcher.h"
#include "core/domain/ticket.h"

#include <QHash>
#include <QList>

class AppointmentRepository;
class DirectoryRepository;
class OfficeSettings;
class ServiceTimes;
class TicketRepository;

// Estimated waiting times for an office's queue: the dispatcher run forward
// (forecastCalls) with the office's policy over the waiting tickets, the
// counters at work now (one with a visitor is free once that visit's
// expected minutes are over) and the services' learned minutes. A visitor
// is told what the office will do, in the order it will call, with today's
// booked appointments not checked in yet joining at their start (until
// Dispatch::kBookedStillExpectedMs after it: then taken for no-shows).
// Where nobody is at work, one counter for every service is assumed, busy
// for one visit of the first in line; where some counters work but none
// takes a service, one counter for that service, busy for one of its visits.
class QueueEstimator
{
public:
    struct Sources
    {
        TicketRepository &tickets;
        DirectoryRepository &directory;
        OfficeSettings &settings;
        ServiceTimes &serviceTimes;
        AppointmentRepository &appointments;
    };
    QueueEstimator(const Sources &sources, qint64 officeId, qint64 now);

    // Minutes for a waiting ticket of the office's current queue.
    int estimateFor(const Ticket &ticket) const;
    // Minutes a new ticket for `serviceId` would wait now.
    int estimateForNew(qint64 serviceId) const;
    int waitingCount(qint64 serviceId) const;
    const QList<Ticket> &openTickets() const { return m_open; }

private:
    // When each of `waiting` is expected to be called (see forecastCalls).
    QHash<qint64, qint64> forecast(const QList<QueuedTicket> &waiting, qint64 until = 0) const;
    int minutesUntil(qint64 at) const;

    qint64 m_now = 0;
    DispatchPolicy m_policy = DispatchPolicy::Fifo;
    QList<Ticket> m_open;
    QList<QueuedTicket> m_waiting;
    QList<QueuedTicket> m_expected;    // booked, not here yet (negative ids)
    QList<ForecastCounter> m_counters; // at work now
    QHash<qint64, double> m_minutes;   // per service
    QHash<qint64, qint64> m_calls;     // by ticket id: the forecast for the whole queue
};
