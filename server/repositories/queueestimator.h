#pragma once

#include "server/repositories/directoryrepository.h"
#include "server/repositories/ticketrepository.h"

#include <QHash>
#include <QJsonObject>

// Estimated waiting times for an office's queue: from the tickets ahead, the
// counters serving each service now and the recent median service time
// (the service's typical duration until a few tickets are done today).
// Along the call order an estimate never falls: a ticket is called after
// those before it, so it is told at least what they are told.
class QueueEstimator
{
public:
    QueueEstimator(TicketRepository &tickets, DirectoryRepository &directory, qint64 officeId);

    // Minutes for a waiting ticket of the office's current queue.
    int estimateFor(const Ticket &ticket) const;
    // Minutes a new ticket for `serviceId` would wait now (behind all who wait).
    int estimateForNew(qint64 serviceId) const;
    int waitingCount(qint64 serviceId) const;
    const QList<Ticket> &openTickets() const { return m_open; }

private:
    struct ServiceLoad
    {
        double serviceMinutes = 0;
        int staffedCounters = 0;
        int idleCounters = 0;
    };
    ServiceLoad load(qint64 serviceId) const;
    // From the tickets of its own service ahead only (may fall along the call order).
    int ownServiceEstimate(const Ticket &ticket) const;

    QList<Ticket> m_open;
    QHash<qint64, ServiceLoad> m_loads;
    QHash<qint64, int> m_estimates; // by ticket id, never falling along m_open
    int m_lastEstimate = 0;         // that of the last one waiting
};
