#pragma once

#include "server/repositories/directoryrepository.h"
#include "server/repositories/ticketrepository.h"

#include <QHash>
#include <QJsonObject>

// Estimated waiting times for an office's queue: from the tickets ahead, the
// counters serving each service now and the recent median service time
// (falling back to the service's typical duration).
class QueueEstimator
{
public:
    QueueEstimator(TicketRepository &tickets, DirectoryRepository &directory, qint64 officeId);

    // Minutes for a waiting ticket of the office's current queue.
    int estimateFor(const Ticket &ticket) const;
    // Minutes a new ticket for `serviceId` would wait now.
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

    QList<Ticket> m_open;
    QHash<qint64, ServiceLoad> m_loads;
};
