#include "server/repositories/queueestimator.h"

#include "core/domain/waitestimate.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr int kMedianSample = 20;
// Fewer finished tickets than this today: the typical duration still counts.
// Two quick ones (a form handed over) would otherwise turn 15 minutes into 1.
constexpr int kMinMedianSample = 5;
} // namespace

QueueEstimator::QueueEstimator(TicketRepository &tickets, DirectoryRepository &directory,
                               qint64 officeId)
    : m_open(tickets.open(officeId))
{
    const QList<qint64> active =
        tickets.activeCounters(officeId, TicketRepository::kStaffedWindowMs);
    QSet<qint64> busy;
    for (const qint64 counterId : active) {
        if (tickets.heldBy(counterId))
            busy.insert(counterId);
    }
    QHash<qint64, QList<qint64>> countersOfService;
    for (const qint64 counterId : active) {
        const auto counter = directory.counter(counterId);
        if (!counter)
            continue;
        for (const QJsonValue &serviceId : counter->value(u"serviceIds"_s).toArray())
            countersOfService[serviceId.toString().toLongLong()].append(counterId);
    }
    for (const QJsonValue &value : directory.services(officeId)) {
        const QJsonObject service = value.toObject();
        const qint64 serviceId = service.value(u"id"_s).toString().toLongLong();
        const QList<double> recent = tickets.recentServiceMinutes(serviceId, kMedianSample);
        ServiceLoad serviceLoad;
        const double typical = service.value(u"typicalMinutes"_s).toDouble();
        serviceLoad.serviceMinutes =
            recent.size() >= kMinMedianSample || (typical <= 0 && !recent.isEmpty())
                ? median(recent)
                : typical;
        for (const qint64 counterId : countersOfService.value(serviceId)) {
            ++serviceLoad.staffedCounters;
            if (!busy.contains(counterId))
                ++serviceLoad.idleCounters;
        }
        m_loads.insert(serviceId, serviceLoad);
    }
    // A running maximum along the call order (the order of m_open).
    for (const Ticket &ticket : std::as_const(m_open)) {
        if (ticket.status != TicketStatus::Waiting)
            continue;
        m_lastEstimate = std::max(m_lastEstimate, ownServiceEstimate(ticket));
        m_estimates.insert(ticket.id, m_lastEstimate);
    }
}

QueueEstimator::ServiceLoad QueueEstimator::load(qint64 serviceId) const
{
    return m_loads.value(serviceId);
}

int QueueEstimator::estimateFor(const Ticket &ticket) const
{
    return m_estimates.value(ticket.id, ownServiceEstimate(ticket));
}

int QueueEstimator::ownServiceEstimate(const Ticket &ticket) const
{
    int ahead = 0;
    for (const Ticket &other : m_open) {
        if (other.id == ticket.id)
            break;
        if (other.status == TicketStatus::Waiting && other.serviceId == ticket.serviceId)
            ++ahead;
    }
    const ServiceLoad serviceLoad = load(ticket.serviceId);
    return estimateWaitMinutes(
        {ahead, serviceLoad.staffedCounters, serviceLoad.idleCounters, serviceLoad.serviceMinutes});
}

int QueueEstimator::estimateForNew(qint64 serviceId) const
{
    const ServiceLoad serviceLoad = load(serviceId);
    return std::max(m_lastEstimate,
                    estimateWaitMinutes({waitingCount(serviceId), serviceLoad.staffedCounters,
                                         serviceLoad.idleCounters, serviceLoad.serviceMinutes}));
}

int QueueEstimator::waitingCount(qint64 serviceId) const
{
    int count = 0;
    for (const Ticket &ticket : m_open) {
        if (ticket.status == TicketStatus::Waiting && ticket.serviceId == serviceId)
            ++count;
    }
    return count;
}
