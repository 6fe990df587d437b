#pragma once

#include "core/domain/ticket.h"
#include "server/storage/clock.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class ChangeLog;
class Database;

struct TicketRecord
{
    qint64 id = 0;
    qint64 officeId = 0;
    qint64 serviceId = 0;
    QString number;
    QString serviceDay;
    TicketSource source = TicketSource::WalkIn;
    int priority = 0;
    TicketStatus status = TicketStatus::Waiting;
    QString notes;
    qint64 issuedAt = 0;
    qint64 queueAt = 0; // the place in line: issue time, or the time it was put back
    qint64 dueAt = 0;   // appointment time (0: walk-in)
    qint64 firstCalledAt = 0;
    qint64 lastCalledAt = 0;
    qint64 startedAt = 0;
    qint64 finishedAt = 0;
    int callCount = 0;
    qint64 counterId = 0;       // the counter that called it
    qint64 targetCounterId = 0; // transferred to this counter only
    QString clerkLogin;

    QJsonObject toJson() const;
};

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

    TicketRecord issue(qint64 officeId, qint64 serviceId, const QString &prefix,
                       TicketSource source, int priority, const QString &notes, qint64 dueAt = 0);
    std::optional<TicketRecord> find(qint64 id);
    // The same, locking the row until the transaction ends (PostgreSQL), for
    // changing it: two clerks acting on one ticket at once are serialised.
    std::optional<TicketRecord> findForUpdate(qint64 id);
    // Serialises the actions of one counter (e.g. a double click on two servers).
    void lockCounter(qint64 counterId);

    // The day's queue is the day's: tickets of earlier days are never called.
    // The ticket a counter holds (called or serving) today, if any.
    std::optional<TicketRecord> heldBy(qint64 counterId);
    // The next ticket for a counter: appointments whose time has come, then
    // priority, then the longest wait. Locks the row on PostgreSQL so that two
    // server processes never hand out the same ticket.
    std::optional<TicketRecord> nextFor(qint64 counterId);

    // Applies an allowed lifecycle step and records it; the caller has checked
    // nextTicketStatus(). `counterId` is the acting counter (for call).
    TicketRecord apply(TicketRecord ticket, TicketAction action, qint64 counterId,
                       const QString &clerkLogin);
    TicketRecord transferToService(TicketRecord ticket, qint64 serviceId, const QString &clerk);
    TicketRecord transferToCounter(TicketRecord ticket, qint64 counterId, const QString &clerk);

    // Today's waiting and called tickets of an office, in the order counters take them.
    QList<TicketRecord> open(qint64 officeId);
    // Today's calls of an office, newest first.
    QList<TicketRecord> recentCalls(qint64 officeId, int limit);
    // Service times (minutes) of the latest finished tickets of a service today.
    QList<double> recentServiceMinutes(qint64 serviceId, int limit);
    // Counters that called, started or finished something within `windowMs`.
    QList<qint64> activeCounters(qint64 officeId, qint64 windowMs);

    QString serviceDay() const;
    qint64 now() const { return m_clock(); }

private:
    std::optional<TicketRecord> selectOne(const QString &where, const QVariantList &values,
                                          const QString &suffix = {});
    TicketRecord transfer(TicketRecord ticket, qint64 targetCounterId, const QString &clerk);
    void save(const TicketRecord &ticket);
    TicketRecord record(TicketRecord ticket, const QString &event);

    Database &m_db;
    ChangeLog &m_changes;
    Clock m_clock;
};
