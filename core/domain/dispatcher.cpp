#include "core/domain/dispatcher.h"

#include "core/domain/ticket.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <tuple>

using namespace Qt::StringLiterals;

namespace {
// A ticket's place in a policy's order: the smallest is called.
using OrderKey = std::tuple<int, double, qint64, qint64>;

double minutesOf(const DispatchState &state, qint64 serviceId)
{
    return Dispatch::expectedMinutes(state.serviceMinutes, serviceId);
}

OrderKey fifoKey(const DispatchState &state, const QueuedTicket &ticket)
{
    const bool due = ticket.dueAt > 0 && ticket.dueAt <= state.now;
    return {due ? 0 : 1, -double(ticket.priority), ticket.queueAt, ticket.id};
}

std::optional<OrderKey> zmsKey(const DispatchState &state, const QueuedTicket &ticket)
{
    if (ticket.lastCalledAt > 0 && state.now - ticket.lastCalledAt < Dispatch::kZmsRecallPauseMs)
        return std::nullopt; // called a moment ago: give them time to come
    if (ticket.priority > 0 && ticket.dueAt == 0)
        return OrderKey{0, 0, ticket.queueAt, ticket.id};
    if (ticket.dueAt > 0 && ticket.dueAt <= state.now + Dispatch::kZmsAppointmentLeadMs)
        return OrderKey{1, 0, ticket.dueAt, ticket.id};
    return OrderKey{2, 0, ticket.queueAt, ticket.id};
}

// How many of the staffed counters (the calling one always among them) may
// take tickets of each service.
QHash<qint64, int> countersPerService(const DispatchState &state)
{
    QHash<qint64, int> serving;
    bool callingIsStaffed = false;
    for (const DispatchCounter &counter : state.staffed) {
        callingIsStaffed = callingIsStaffed || counter.id == state.counter.id;
        for (const qint64 serviceId : counter.serviceIds)
            ++serving[serviceId];
    }
    if (!callingIsStaffed) {
        for (const qint64 serviceId : state.counter.serviceIds)
            ++serving[serviceId];
    }
    return serving;
}

OrderKey tresenKey(const DispatchState &state, const QueuedTicket &ticket,
                   const QHash<qint64, int> &serving, int staffed)
{
    // Told a time: called at it.
    if (ticket.dueAt > 0 && ticket.dueAt <= state.now + Dispatch::kAppointmentLeadMs)
        return {0, 0, ticket.dueAt, ticket.id};
    if (ticket.priority > 0)
        return {1, -double(ticket.priority), ticket.queueAt, ticket.id};
    // Early for an appointment: only when no walk-in waits for this counter
    // (it is called on time anyway).
    if (ticket.dueAt > 0)
        return {4, 0, ticket.dueAt, ticket.id};
    const qint64 waitedMs = std::max<qint64>(0, state.now - ticket.queueAt);
    const qint64 cap = state.tuning.overtakeCapMs;
    if (cap > 0 && waitedMs >= cap)
        return {2, 0, ticket.queueAt, ticket.id}; // overtaken long enough: in line order
    // Highest response ratio first: (wait + visit) / visit, so a short visit
    // goes ahead of a long one while their waits are alike, and any wait
    // grows into a lead. A service few staffed counters can take weighs more
    // at a counter that can: that counter is its only chance.
    const double visit = minutesOf(state, ticket.serviceId);
    const double ratio =
        (double(waitedMs) / 60000.0 + visit) / std::pow(visit, state.tuning.shortVisitWeight);
    const int able = std::max(1, serving.value(ticket.serviceId, 1));
    const double scarcity = std::sqrt(double(std::max(staffed, able)) / double(able));
    return {3, -(ratio * scarcity), ticket.queueAt, ticket.id};
}
// When the first ticket the counter may take, but not call yet, becomes
// callable: zms pauses a ticket called a moment ago.
std::optional<qint64> endOfPause(DispatchPolicy policy, const DispatchState &state)
{
    if (policy != DispatchPolicy::Zms)
        return std::nullopt;
    std::optional<qint64> earliest;
    for (const QueuedTicket &ticket : state.waiting) {
        const qint64 end = ticket.lastCalledAt + Dispatch::kZmsRecallPauseMs;
        if (ticket.lastCalledAt > 0 && end > state.now && counterMayTake(state.counter, ticket))
            earliest = std::min(earliest.value_or(end), end);
    }
    return earliest;
}
} // namespace

double Dispatch::expectedMinutes(const QHash<qint64, double> &serviceMinutes, qint64 serviceId)
{
    const double minutes = serviceMinutes.value(serviceId, kDefaultServiceMinutes);
    return minutes > 0 ? minutes : kDefaultServiceMinutes;
}

QString dispatchPolicyName(DispatchPolicy policy)
{
    switch (policy) {
    case DispatchPolicy::Fifo:
        return u"fifo"_s;
    case DispatchPolicy::Zms:
        return u"zms"_s;
    case DispatchPolicy::Tresen:
        return u"tresen"_s;
    }
    return {};
}

std::optional<DispatchPolicy> dispatchPolicyFromName(QStringView name)
{
    for (const DispatchPolicy policy :
         {DispatchPolicy::Fifo, DispatchPolicy::Zms, DispatchPolicy::Tresen}) {
        if (name == dispatchPolicyName(policy))
            return policy;
    }
    return std::nullopt;
}

QueuedTicket queuedTicketOf(const Ticket &ticket)
{
    return {ticket.id,       ticket.serviceId,    ticket.queueAt,        ticket.dueAt,
            ticket.priority, ticket.lastCalledAt, ticket.targetCounterId};
}

bool counterMayTake(const DispatchCounter &counter, const QueuedTicket &ticket)
{
    if (ticket.targetCounterId > 0)
        return ticket.targetCounterId == counter.id;
    return counter.serviceIds.contains(ticket.serviceId);
}

std::optional<qsizetype> chooseNextTicket(DispatchPolicy policy, const DispatchState &state)
{
    const QHash<qint64, int> serving =
        policy == DispatchPolicy::Tresen ? countersPerService(state) : QHash<qint64, int>();
    const int staffed = std::max<int>(1, int(state.staffed.size()));
    std::optional<qsizetype> chosen;
    OrderKey best;
    for (qsizetype i = 0; i < state.waiting.size(); ++i) {
        const QueuedTicket &ticket = state.waiting.at(i);
        if (!counterMayTake(state.counter, ticket))
            continue;
        std::optional<OrderKey> key;
        switch (policy) {
        case DispatchPolicy::Fifo:
            key = fifoKey(state, ticket);
            break;
        case DispatchPolicy::Zms:
            key = zmsKey(state, ticket);
            break;
        case DispatchPolicy::Tresen:
            key = tresenKey(state, ticket, serving, staffed);
            break;
        }
        if (key && (!chosen || *key < best)) {
            chosen = i;
            best = *key;
        }
    }
    return chosen;
}

QHash<qint64, qint64> forecastCalls(DispatchPolicy policy, qint64 now,
                                    QList<ForecastCounter> counters, QList<QueuedTicket> waiting,
                                    const QHash<qint64, double> &serviceMinutes, qint64 until,
                                    const TresenTuning &tuning, QList<QueuedTicket> expected)
{
    QHash<qint64, qint64> calls;
    DispatchState state;
    state.serviceMinutes = serviceMinutes;
    state.tuning = tuning;
    for (const ForecastCounter &counter : std::as_const(counters))
        state.staffed.append(counter.counter);
    std::sort(expected.begin(), expected.end(), [](const QueuedTicket &a, const QueuedTicket &b) {
        return std::pair(a.queueAt, a.id) < std::pair(b.queueAt, b.id);
    });
    QSet<qint64> expectedIds;
    for (const QueuedTicket &ticket : std::as_const(expected))
        expectedIds.insert(ticket.id);
    for ([[maybe_unused]] const QueuedTicket &ticket : std::as_const(waiting))
        Q_ASSERT_X(!expectedIds.contains(ticket.id), "forecastCalls",
                   "an expected ticket has a waiting one's id");
    qsizetype joined = 0;                   // of `expected`, in line by now
    qsizetype withoutTime = waiting.size(); // of the waiting at the start
    while (withoutTime > 0 && !counters.isEmpty()) {
        // The counter free first (the lower id on a tie) calls next.
        const auto next =
            std::min_element(counters.cbegin(), counters.cend(), [](const auto &a, const auto &b) {
                return std::pair(a.freeAt, a.counter.id) < std::pair(b.freeAt, b.counter.id);
            });
        const qsizetype c = next - counters.cbegin();
        state.now = std::max(now, counters.at(c).freeAt);
        for (; joined < expected.size() && expected.at(joined).queueAt <= state.now; ++joined)
            waiting.append(expected.at(joined));
        state.counter = counters.at(c).counter;
        state.waiting = waiting;
        const auto chosen = chooseNextTicket(policy, state);
        if (!chosen) {
            // None now: under zms one called a moment ago may be callable once
            // its pause is over, and a booked visitor this counter may take
            // comes later; else this counter takes none of those left.
            std::optional<qint64> resume = endOfPause(policy, state);
            for (qsizetype e = joined; e < expected.size(); ++e) {
                if (counterMayTake(state.counter, expected.at(e))) {
                    resume =
                        std::min(resume.value_or(expected.at(e).queueAt), expected.at(e).queueAt);
                    break;
                }
            }
            if (resume)
                counters[c].freeAt = *resume;
            else
                counters.removeAt(c);
            continue;
        }
        const QueuedTicket ticket = waiting.takeAt(*chosen);
        calls.insert(ticket.id, state.now);
        if (!expectedIds.contains(ticket.id))
            --withoutTime;
        if (ticket.id == until)
            break;
        counters[c].freeAt = state.now + qint64(minutesOf(state, ticket.serviceId) * 60000.0);
    }
    return calls;
}
