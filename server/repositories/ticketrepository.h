#pragma once

#include "core/domain/dispatcher.h"
#include "core/domain/ticket.h"
#include "server/storage/clock.h"

#include <QList>
#include <QString>

#include <optional>

class ChangeLog;
struct PerRecord;
class Database;

// Tickets: daily numbering, selection for a counter, lifecycle changes. Every
// change is recorded in the change log. Run inside the request's transaction.
class TicketRepository
{
public:
    TicketRepository(Database &db, ChangeLog &changes, Clock clock)
        : m_db(db)
        , m_changes(changes)
        , m_clock(std::move(clock))
    {}

    Ticket issue(qint64 officeId, qint64 serviceId, const QString &prefix, TicketSource source,
                 int priority, const QString &notes, qint64 dueAt = 0);
    // A ticket a front desk numbered from its number block while offline:
    // it keeps `number` and takes its place in line at `issuedAt`.
    Ticket issueNumbered(qint64 officeId, qint64 serviceId, const QString &number,
                         TicketSource source, int priority, const QString &notes, qint64 issuedAt);
    // Today's ticket of an office with `number`, if any.
    std::optional<Ticket> findByNumber(qint64 officeId, const QString &number);
    std::optional<Ticket> find(qint64 id);
    // The same, locking the row until the transaction ends (PostgreSQL), for
    // changing it: two clerks acting on one ticket at once are serialised.
    std::optional<Ticket> findForUpdate(qint64 id);
    // Serialises the calls of an office's counters until the transaction
    // ends (PostgreSQL; SQLite's write lock does it there): every server
    // process sees the queue as the last call left it, so no ticket is
    // handed out twice and a counter never holds two.
    void lockQueue(qint64 officeId);

    // The day's queue is the day's: tickets of earlier days are never called.
    // The ticket a counter holds (called or serving) today, if any.
    std::optional<Ticket> heldBy(qint64 counterId);

    // The office's waiting tickets today, as the dispatcher sees them (no
    // number, no notes), for call-next under lockQueue().
    QList<QueuedTicket> waitingQueue(qint64 officeId);
    // The ticket if it is still waiting, its row locked until the
    // transaction ends (the dispatcher chose it from waitingQueue(); a clerk
    // cancelling or transferring it meanwhile is waited for).
    std::optional<Ticket> waitingForUpdate(qint64 id);

    // Applies an allowed lifecycle step and records it; the caller has checked
    // nextTicketStatus(). `counterId` is the acting counter (for call).
    Ticket apply(Ticket ticket, TicketAction action, qint64 counterId, const QString &clerkLogin);
    Ticket transferToService(Ticket ticket, qint64 serviceId, const QString &clerk);
    Ticket transferToCounter(Ticket ticket, qint64 counterId, const QString &clerk);

    // Today's waiting and called tickets of an office, in the order counters take them.
    QList<Ticket> open(qint64 officeId);
    // Every ticket of the office's service day ("2026-11-30"), any status.
    QList<Ticket> ofDay(qint64 officeId, const QString &serviceDay);
    // Today's current calls of an office (called or being served), newest
    // first: a ticket put back, moved on, finished or not come has left.
    QList<Ticket> recentCalls(qint64 officeId, int limit);
    // Counters that called, started or finished something within `windowMs`.
    QList<qint64> activeCounters(qint64 officeId, qint64 windowMs);
    // The window in which a counter counts as staffed (activeCounters()).
    static constexpr qint64 kStaffedWindowMs = 30 * 60 * 1000;

    // The retention rule: the notes of tickets issued before `cutoff` are
    // removed, also from the change log's earlier snapshots (the tickets stay
    // for the statistics), each one in a transaction of its own (see
    // eachDueInOwnTransaction()). Returns how many.
    int anonymiseIssuedBefore(qint64 cutoff, qint64 officeId, const PerRecord &perRecord);
    // The one way notes leave a ticket, for the retention rule and an erasure
    // alike: removed from the row (recorded as a change) and from the change
    // log's earlier snapshots. Nullopt: there is no such ticket.
    std::optional<Ticket> anonymise(qint64 id);

    // The wait a ticket was told at issue, for the statistics' accuracy figure.
    void recordEstimate(qint64 ticketId, int minutes);

    QString serviceDay() const;
    qint64 now() const { return m_clock(); }

private:
    std::optional<Ticket> selectOne(const QString &where, const QVariantList &values,
                                    const QString &suffix = {});
    Ticket transfer(Ticket ticket, qint64 targetCounterId, const QString &clerk);
    void save(const Ticket &ticket);
    Ticket record(Ticket ticket, const QString &event);

    Database &m_db;
    ChangeLog &m_changes;
    Clock m_clock;
};
