#include "server/repositories/ticketrepository.h"

#include "server/storage/advisorylocks.h"
#include "server/storage/anonymised.h"
#include "server/storage/changelog.h"
#include "server/storage/database.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace {
// A statistics digest no format reads (one zero byte, not NULL): the day is
// made afresh from its tickets (see StatisticsRepository).
const QByteArray kOutOfDateDigest(1, '\0');

const QString kColumns =
    u"SELECT id, office_id, service_id, number, service_day, source, priority, status, notes, "
    "issued_at, queue_at, due_at, first_called_at, last_called_at, started_at, finished_at, "
    "call_count, counter_id, target_counter_id, clerk_login FROM ticket"_s;

// The order of the queue as listed (the dispatcher's fifo policy).
const QString kQueueOrderTerms =
    u"CASE WHEN due_at IS NOT NULL AND due_at <= ? THEN 0 ELSE 1 END, priority DESC, queue_at, id"_s;
const QString kQueueOrder = u" ORDER BY "_s + kQueueOrderTerms;

Ticket fromRow(const SqlRows &row)
{
    Ticket t;
    t.id = row.value(0).toLongLong();
    t.officeId = row.value(1).toLongLong();
    t.serviceId = row.value(2).toLongLong();
    t.number = row.value(3).toString();
    t.serviceDay = row.value(4).toString();
    t.source = ticketSourceFromName(row.value(5).toString()).value_or(TicketSource::WalkIn);
    t.priority = row.value(6).toInt();
    t.status = ticketStatusFromName(row.value(7).toString()).value_or(TicketStatus::Waiting);
    t.notes = row.value(8).toString();
    t.issuedAt = row.value(9).toLongLong();
    t.queueAt = row.value(10).toLongLong();
    t.dueAt = row.value(11).toLongLong();
    t.firstCalledAt = row.value(12).toLongLong();
    t.lastCalledAt = row.value(13).toLongLong();
    t.startedAt = row.value(14).toLongLong();
    t.finishedAt = row.value(15).toLongLong();
    t.callCount = row.value(16).toInt();
    t.counterId = row.value(17).toLongLong();
    t.targetCounterId = row.value(18).toLongLong();
    t.clerkLogin = row.value(19).toString();
    return t;
}

QVariant nullableTime(qint64 msecs)
{
    return msecs > 0 ? QVariant(msecs) : QVariant(QMetaType(QMetaType::LongLong));
}

QString eventFor(TicketAction action)
{
    switch (action) {
    case TicketAction::Call:
        return u"ticket.called"_s;
    case TicketAction::Recall:
        return u"ticket.recalled"_s;
    case TicketAction::Start:
        return u"ticket.started"_s;
    case TicketAction::Finish:
        return u"ticket.finished"_s;
    case TicketAction::NoShow:
        return u"ticket.no_show"_s;
    case TicketAction::Requeue:
        return u"ticket.requeued"_s;
    case TicketAction::Cancel:
        return u"ticket.cancelled"_s;
    case TicketAction::Transfer:
        return u"ticket.transferred"_s;
    case TicketAction::Undo:
        return u"ticket.undone"_s;
    }
    return {};
}
} // namespace

QString TicketRepository::serviceDay() const
{
    return QDateTime::fromMSecsSinceEpoch(m_clock()).date().toString(Qt::ISODate);
}

Ticket TicketRepository::issue(qint64 officeId, qint64 serviceId, const QString &prefix,
                               TicketSource source, int priority, const QString &notes,
                               qint64 dueAt)
{
    Ticket ticket;
    ticket.officeId = officeId;
    ticket.serviceId = serviceId;
    ticket.serviceDay = serviceDay();
    ticket.source = source;
    ticket.priority = priority;
    ticket.notes = notes;
    ticket.issuedAt = ticket.queueAt = now();
    ticket.dueAt = dueAt;
    // One statement on both databases: numbers restart each day and are never reused.
    SqlRows sequence =
        m_db.exec(u"INSERT INTO ticket_sequence (office_id, prefix, service_day, last_number) "
                  "VALUES (?, ?, ?, 1) ON CONFLICT (office_id, prefix, service_day) DO UPDATE SET "
                  "last_number = ticket_sequence.last_number + 1 RETURNING last_number"_s,
                  {officeId, prefix, ticket.serviceDay});
    if (!sequence.next())
        throw DatabaseFailure(u"ticket numbering returned nothing"_s);
    ticket.number = ticketNumber(prefix, sequence.value(0).toInt());
    ticket.id = m_db.insert(
        u"INSERT INTO ticket (office_id, service_id, number, service_day, source, priority, "
        "status, notes, issued_at, queue_at, due_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "RETURNING id"_s,
        {officeId, serviceId, ticket.number, ticket.serviceDay, ticketSourceName(source), priority,
         ticketStatusName(ticket.status), notes, ticket.issuedAt, ticket.queueAt,
         nullableTime(dueAt)});
    return record(ticket, u"ticket.created"_s);
}

Ticket TicketRepository::issueNumbered(qint64 officeId, qint64 serviceId, const QString &number,
                                       TicketSource source, int priority, const QString &notes,
                                       qint64 issuedAt)
{
    Ticket ticket;
    ticket.officeId = officeId;
    ticket.serviceId = serviceId;
    ticket.serviceDay = serviceDay();
    ticket.number = number;
    ticket.source = source;
    ticket.priority = priority;
    ticket.notes = notes;
    ticket.issuedAt = ticket.queueAt = issuedAt;
    ticket.id = m_db.insert(
        u"INSERT INTO ticket (office_id, service_id, number, service_day, source, priority, "
        "status, notes, issued_at, queue_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "RETURNING id"_s,
        {officeId, serviceId, ticket.number, ticket.serviceDay, ticketSourceName(source), priority,
         ticketStatusName(ticket.status), notes, ticket.issuedAt, ticket.queueAt});
    return record(ticket, u"ticket.created"_s);
}

std::optional<Ticket> TicketRepository::findByNumber(qint64 officeId, const QString &number)
{
    return selectOne(u"office_id = ? AND service_day = ? AND number = ?"_s,
                     {officeId, serviceDay(), number});
}

std::optional<Ticket> TicketRepository::selectOne(const QString &where, const QVariantList &values,
                                                  const QString &suffix)
{
    SqlRows query = m_db.exec(kColumns + u" WHERE "_s + where + suffix, values);
    if (!query.next())
        return std::nullopt;
    return fromRow(query);
}

std::optional<Ticket> TicketRepository::find(qint64 id)
{
    return selectOne(u"id = ?"_s, {id});
}

std::optional<Ticket> TicketRepository::findForUpdate(qint64 id)
{
    return selectOne(u"id = ?"_s, {id},
                     m_db.dialect() == SqlDialect::Postgresql ? u" FOR UPDATE"_s : QString());
}

void TicketRepository::lockQueue(qint64 officeId)
{
    if (m_db.dialect() == SqlDialect::Postgresql)
        m_db.exec(u"SELECT pg_advisory_xact_lock(?, ?)"_s,
                  {AdvisoryLock::kOfficeQueue, static_cast<int>(officeId)});
}

std::optional<Ticket> TicketRepository::heldBy(qint64 counterId)
{
    // Only today's: a ticket left open yesterday does not block the counter.
    return selectOne(u"counter_id = ? AND service_day = ? AND status IN ('called', 'serving')"_s,
                     {counterId, serviceDay()}, u" ORDER BY id LIMIT 1"_s);
}

QList<QueuedTicket> TicketRepository::waitingQueue(qint64 officeId)
{
    QList<QueuedTicket> waiting;
    SqlRows query = m_db.exec(
        u"SELECT id, service_id, queue_at, due_at, priority, last_called_at, target_counter_id "
        "FROM ticket WHERE office_id = ? AND status = 'waiting' AND service_day = ?"_s,
        {officeId, serviceDay()});
    while (query.next()) {
        QueuedTicket ticket;
        ticket.id = query.value(0).toLongLong();
        ticket.serviceId = query.value(1).toLongLong();
        ticket.queueAt = query.value(2).toLongLong();
        ticket.dueAt = query.value(3).toLongLong(); // NULL: 0, a walk-in
        ticket.priority = query.value(4).toInt();
        ticket.lastCalledAt = query.value(5).toLongLong();
        ticket.targetCounterId = query.value(6).toLongLong();
        waiting.append(ticket);
    }
    return waiting;
}

std::optional<Ticket> TicketRepository::waitingForUpdate(qint64 id)
{
    // Not SKIP LOCKED: a ticket a clerk is transferring or cancelling right
    // now is waited for; PostgreSQL then reads it again, and one no longer
    // waiting is not returned. (The held ticket is read apart, in heldBy():
    // read with the queue, a held ticket being put back would be read as
    // waiting and called at once, ahead of the line.)
    return selectOne(u"id = ? AND status = 'waiting'"_s, {id},
                     m_db.dialect() == SqlDialect::Postgresql ? u" FOR UPDATE"_s : QString());
}

Ticket TicketRepository::apply(Ticket ticket, TicketAction action, qint64 counterId,
                               const QString &clerkLogin)
{
    const qint64 at = now();
    ticket.status = nextTicketStatus(ticket.status, action).value_or(ticket.status);
    ticket.clerkLogin = clerkLogin;
    switch (action) {
    case TicketAction::Call:
        ticket.counterId = counterId;
        ticket.targetCounterId = 0;
        if (ticket.firstCalledAt == 0)
            ticket.firstCalledAt = at;
        ticket.lastCalledAt = at;
        ticket.callCount += 1;
        break;
    case TicketAction::Recall:
        ticket.lastCalledAt = at;
        ticket.callCount += 1;
        break;
    case TicketAction::Start:
        ticket.startedAt = at;
        break;
    case TicketAction::Finish:
    case TicketAction::NoShow:
    case TicketAction::Cancel:
        ticket.finishedAt = at;
        break;
    case TicketAction::Requeue:
        // Back in line behind those waiting now; called again later.
        ticket.counterId = 0;
        ticket.queueAt = at;
        break;
    case TicketAction::Transfer:
        break; // see transferTo…()
    case TicketAction::Undo:
        // Open again as it was: a no-show called at its counter, a cancelled
        // ticket waiting at its place in line (queue_at, priority unchanged).
        ticket.finishedAt = 0;
        break;
    }
    save(ticket);
    return record(ticket, eventFor(action));
}

Ticket TicketRepository::transferToService(Ticket ticket, qint64 serviceId, const QString &clerk)
{
    ticket.serviceId = serviceId;
    return transfer(std::move(ticket), 0, clerk);
}

Ticket TicketRepository::transferToCounter(Ticket ticket, qint64 counterId, const QString &clerk)
{
    return transfer(std::move(ticket), counterId, clerk);
}

Ticket TicketRepository::transfer(Ticket ticket, qint64 targetCounterId, const QString &clerk)
{
    // Back to waiting, keeping its place in line: the visitor has waited already.
    ticket.status = TicketStatus::Waiting;
    ticket.counterId = 0;
    ticket.targetCounterId = targetCounterId;
    ticket.startedAt = 0;
    ticket.callCount = 0;
    ticket.clerkLogin = clerk;
    save(ticket);
    return record(ticket, eventFor(TicketAction::Transfer));
}

void TicketRepository::save(const Ticket &t)
{
    const QVariant noId(QMetaType(QMetaType::LongLong));
    m_db.exec(u"UPDATE ticket SET service_id = ?, status = ?, notes = ?, queue_at = ?, "
              "first_called_at = ?, last_called_at = ?, started_at = ?, finished_at = ?, "
              "call_count = ?, counter_id = ?, target_counter_id = ?, clerk_login = ? "
              "WHERE id = ?"_s,
              {t.serviceId, ticketStatusName(t.status), t.notes, t.queueAt,
               nullableTime(t.firstCalledAt), nullableTime(t.lastCalledAt),
               nullableTime(t.startedAt), nullableTime(t.finishedAt), t.callCount,
               t.counterId > 0 ? QVariant(t.counterId) : noId,
               t.targetCounterId > 0 ? QVariant(t.targetCounterId) : noId, t.clerkLogin, t.id});
    // A past day's figures change with it: its digest is marked out of date
    // (no visits, a new generation), so that a digest being made from the
    // tickets as they were before is not kept over it (StatisticsRepository).
    if (t.serviceDay != serviceDay())
        m_db.exec(u"INSERT INTO statistics_day (office_id, service_day, built_at, visits, "
                  "generation) VALUES (?, ?, ?, ?, 1) ON CONFLICT (office_id, service_day) DO "
                  "UPDATE SET built_at = excluded.built_at, visits = excluded.visits, "
                  "generation = statistics_day.generation + 1"_s,
                  {t.officeId, t.serviceDay, m_clock(), kOutOfDateDigest});
}

void TicketRepository::recordEstimate(qint64 ticketId, int minutes)
{
    m_db.exec(u"UPDATE ticket SET estimate_minutes = ? WHERE id = ?"_s, {minutes, ticketId});
}

Ticket TicketRepository::record(Ticket ticket, const QString &event)
{
    m_changes.recordUpsert(u"ticket"_s, QString::number(ticket.id), event, ticket.toJson());
    return ticket;
}

int TicketRepository::anonymiseIssuedBefore(qint64 cutoff, qint64 officeId,
                                            const PerRecord &perRecord)
{
    // Notes are written when a ticket is issued and never changed, so a
    // ticket without them never had any (the index holds only those with).
    return eachDueInOwnTransaction(
        m_db,
        u"SELECT id FROM ticket WHERE notes <> '' AND issued_at < ? AND office_id = ? ORDER BY id"_s,
        {cutoff, officeId}, [this](qint64 id) { return anonymise(id).has_value(); }, perRecord);
}

std::optional<Ticket> TicketRepository::anonymise(qint64 id)
{
    auto ticket = findForUpdate(id);
    if (!ticket)
        return std::nullopt;
    const QString key = QString::number(ticket->id);
    if (ticket->notes.isEmpty()) {
        // Nothing in the row; earlier snapshots may still hold notes.
        m_changes.blankEarlier(u"ticket"_s, key, m_changes.latestRevision() + 1,
                               {{u"notes"_s, QString()}});
        return ticket;
    }
    ticket->notes.clear();
    m_db.exec(u"UPDATE ticket SET notes = '' WHERE id = ?"_s, {ticket->id});
    const Change change =
        m_changes.recordUpsert(u"ticket"_s, key, u"ticket.anonymised"_s, ticket->toJson());
    m_changes.blankEarlier(u"ticket"_s, key, change.revision, {{u"notes"_s, QString()}});
    return ticket;
}

QList<Ticket> TicketRepository::ofDay(qint64 officeId, const QString &serviceDay)
{
    QList<Ticket> tickets;
    SqlRows query = m_db.exec(kColumns + u" WHERE office_id = ? AND service_day = ? ORDER BY id"_s,
                              {officeId, serviceDay});
    while (query.next())
        tickets.append(fromRow(query));
    return tickets;
}

QList<Ticket> TicketRepository::open(qint64 officeId)
{
    QList<Ticket> tickets;
    SqlRows query = m_db.exec(kColumns +
                                  u" WHERE office_id = ? AND service_day = ? AND status IN "
                                  "('waiting', 'called')"_s +
                                  kQueueOrder,
                              {officeId, serviceDay(), now()});
    while (query.next())
        tickets.append(fromRow(query));
    return tickets;
}

QList<Ticket> TicketRepository::recentCalls(qint64 officeId, int limit)
{
    QList<Ticket> tickets;
    SqlRows query = m_db.exec(kColumns + u" WHERE office_id = ? AND service_day = ? AND "
                                         "status IN ('called', 'serving') AND last_called_at IS "
                                         "NOT NULL ORDER BY last_called_at DESC, id DESC LIMIT ?"_s,
                              {officeId, serviceDay(), limit});
    while (query.next())
        tickets.append(fromRow(query));
    return tickets;
}

QList<qint64> TicketRepository::activeCounters(qint64 officeId, qint64 windowMs)
{
    const qint64 since = now() - windowMs;
    QList<qint64> counters;
    SqlRows query = m_db.exec(
        u"SELECT DISTINCT counter_id FROM ticket WHERE office_id = ? AND service_day = ? AND "
        "counter_id IS NOT NULL AND (status IN ('called', 'serving') OR last_called_at >= ? OR "
        "finished_at >= ?)"_s,
        {officeId, serviceDay(), since, since});
    while (query.next())
        counters.append(query.value(0).toLongLong());
    return counters;
}
