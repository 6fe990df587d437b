#include "core/queue/counterdesk.h"

#include "core/domain/isotime.h"
#include "core/domain/memberreader.h"
#include "core/queue/frontdesknumbers.h"
#include "core/sync/backendclient.h"
#include "core/sync/localstore.h"
#include "core/sync/outboxwrite.h"
#include "core/sync/syncengine.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;

CounterDesk::CounterDesk(BackendClient *client, LocalStore *store, SyncEngine *sync,
                         QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_sync(sync)
    , m_numbers(new FrontDeskNumbers(client, store, sync, this))
{
    // Many changes in a burst (a busy morning) cost one queue request.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(300);
    connect(&m_refreshTimer, &QTimer::timeout, this, &CounterDesk::refreshQueue);
    m_undoTimer.setSingleShot(true);
    m_undoTimer.setInterval(10000);
    connect(&m_undoTimer, &QTimer::timeout, this, &CounterDesk::endUndo);
    connect(sync, &SyncEngine::changesApplied, this, [this](const QStringList &entities) {
        if (entities.contains(u"ticket"_s) || entities.contains(u"counter"_s)) {
            reloadFromStore();
            emit ticketsChanged();
            m_refreshTimer.start();
        }
    });
    connect(sync, &SyncEngine::connectionChanged, this, [this](SyncEngine::Connection c) {
        if (c == SyncEngine::Connection::Online) {
            m_refreshTimer.start();
            if (m_issuesTickets)
                m_numbers->fetchIfNeeded();
        }
        emit stateChanged();
    });
    connect(m_numbers, &FrontDeskNumbers::changed, this, &CounterDesk::stateChanged);
    // A ticket issued offline that the server refused (e.g. its day is over).
    connect(&sync->outbox(), &OutboxSender::refused, this,
            [this](const OutboxEntry &entry, int, const QString &, const QString &reason) {
                if (entry.entity != u"ticket"_s)
                    return;
                m_refusedTickets.append(tr("%1: %2").arg(entry.summary, reason));
                emit refusedTicketsChanged();
            });
}

void CounterDesk::acknowledgeRefusedTickets()
{
    if (m_refusedTickets.isEmpty())
        return;
    m_refusedTickets.clear();
    emit refusedTicketsChanged();
}

void CounterDesk::setCounter(const QString &counterId)
{
    endUndo(); // a no-show goes back to the counter it was at, not to this one
    m_counterId = counterId;
    const auto counter = m_store->entity(u"counter"_s, counterId);
    m_officeId = counter ? counter->value(u"officeId"_s).toString() : QString();
    reloadFromStore();
    refreshQueue();
    if (m_issuesTickets)
        m_numbers->setOfficeId(m_officeId);
}

void CounterDesk::setIssuesTickets(bool issues)
{
    m_issuesTickets = issues;
    if (issues) {
        m_numbers->setOfficeId(m_officeId);
        m_numbers->fetchIfNeeded();
    }
    emit stateChanged();
}

bool CounterDesk::mayIssueTickets() const
{
    return !m_counterId.isEmpty() && (isOnline() || m_numbers->remaining() > 0);
}

bool CounterDesk::isOnline() const
{
    return m_sync->connection() == SyncEngine::Connection::Online;
}

QString CounterDesk::unavailableReason() const
{
    if (m_counterId.isEmpty())
        return tr("Choose the counter of this workstation first (at the top).");
    if (!isOnline())
        return tr("No connection to the server. Calling is possible again as soon as the "
                  "connection is back; nothing is lost.");
    return {};
}

bool CounterDesk::isAllowed(TicketAction action) const
{
    if (m_busy || !unavailableReason().isEmpty())
        return false;
    if (action == TicketAction::Call)
        return !m_current;
    if (!m_current)
        return false;
    if (!nextTicketStatus(m_current->status, action))
        return false;
    if (action == TicketAction::NoShow)
        return m_current->callCount >= m_noShowAfterCalls;
    return true;
}

void CounterDesk::reloadFromStore()
{
    if (m_busy)
        return; // the answer to the action in flight decides
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    std::optional<Ticket> held;
    if (!m_counterId.isEmpty()) {
        for (const QJsonObject &json : m_store->entities(u"ticket"_s)) {
            const auto ticket = readOrWarn<Ticket>(json, "Counter", "ticket");
            if (ticket && holds(*ticket) && ticket->serviceDay == today) {
                held = *ticket;
                break;
            }
        }
    }
    if (held != m_current) {
        m_current = held;
        emit stateChanged();
    }
}

bool CounterDesk::holds(const Ticket &ticket) const
{
    return QString::number(ticket.counterId) == m_counterId &&
           (ticket.status == TicketStatus::Called || ticket.status == TicketStatus::Serving);
}

void CounterDesk::setBusy(bool busy)
{
    m_busy = busy;
    emit stateChanged();
}

void CounterDesk::handleFailure(const ApiResponse &response, const QString &what)
{
    const QJsonObject problem = response.body.toObject();
    const QString code = problem.value(u"code"_s).toString();
    QString text;
    if (code == u"counter-busy"_s)
        text = tr("This counter still has a visitor. Finish or put them back first.");
    else if (code == u"transition-refused"_s)
        text = tr("The ticket was changed in the meantime; the view is up to date again.");
    else if (code == u"undo-too-late"_s)
        text = tr("It is too late to take this back.");
    else if (code == u"counter-moved-on"_s)
        text = tr("This counter has called someone else since; the ticket cannot come back to "
                  "it. Issue a new ticket if the visitor is here.");
    else if (code == u"undo-not-yours"_s)
        text = tr("Another clerk marked this ticket; only they can take it back.");
    else if (code == u"no-show-too-early"_s)
        text = tr("Please call once more first: a visitor is called %n time(s) before being "
                  "marked as not come.",
                  nullptr, m_noShowAfterCalls);
    else if (response.failure == ApiResponse::Failure::Unreachable)
        text = tr("%1 Nothing was changed.").arg(response.message);
    else
        text = response.message;
    emit notice(tr("%1: %2").arg(what, text), true);
}

void CounterDesk::send(const QString &path, const QJsonObject &body, const QString &what,
                       std::function<void(const Ticket &)> then)
{
    endUndo();
    setBusy(true);
    m_client->send("POST", path, body, this, [this, what, then](const ApiResponse &response) {
        m_busy = false;
        if (response.ok() && response.status == 204) {
            emit notice(tr("Nobody is waiting for this counter."), false);
        } else if (response.ok()) {
            const auto ticket = readOrWarn<Ticket>(response.body.toObject(), "Call next", "ticket");
            if (ticket)
                m_current = holds(*ticket) ? std::optional(*ticket) : std::nullopt;
            if (ticket && then)
                then(*ticket);
            else if (!ticket)
                reloadFromStore(); // an answer that is no ticket: the cache tells
        } else {
            handleFailure(response, what);
            reloadFromStore();
        }
        emit stateChanged();
        m_refreshTimer.start();
    });
}

void CounterDesk::callNext()
{
    if (!isAllowed(TicketAction::Call))
        return;
    send(u"/api/v1/counters/%1/call-next"_s.arg(m_counterId), {}, tr("Call next"));
}

void CounterDesk::act(TicketAction action)
{
    if (!isAllowed(action) || !m_current)
        return;
    std::function<void(const Ticket &)> then;
    if (action == TicketAction::NoShow) {
        then = [this](const Ticket &ticket) {
            offerUndo(ticket);
            emit notice(tr("%1 marked as not come.").arg(ticket.number), false);
        };
    }
    send(u"/api/v1/tickets/%1/%2"_s.arg(QString::number(m_current->id), ticketActionName(action)),
         {}, m_current->number, then);
}

void CounterDesk::transferToService(const QString &serviceId)
{
    if (!isAllowed(TicketAction::Transfer))
        return;
    const auto service = m_store->entity(u"service"_s, serviceId);
    const QString name = service ? service->value(u"name"_s).toString() : QString();
    send(u"/api/v1/tickets/%1/transfer"_s.arg(m_current->id), {{u"serviceId"_s, serviceId}},
         m_current->number, [this, name](const Ticket &ticket) {
             emit notice(tr("%1 transferred to the service %2, keeping its place in line.")
                             .arg(ticket.number, name),
                         false);
         });
}

void CounterDesk::transferToCounter(const QString &counterId)
{
    if (!isAllowed(TicketAction::Transfer))
        return;
    const auto counter = m_store->entity(u"counter"_s, counterId);
    const QString name = counter ? counter->value(u"name"_s).toString() : QString();
    send(u"/api/v1/tickets/%1/transfer"_s.arg(m_current->id), {{u"counterId"_s, counterId}},
         m_current->number, [this, name](const Ticket &ticket) {
             emit notice(
                 tr("%1 transferred to %2, keeping its place in line.").arg(ticket.number, name),
                 false);
         });
}

void CounterDesk::cancelTicket(const QString &ticketId)
{
    if (!unavailableReason().isEmpty())
        return;
    endUndo();
    m_client->send("POST", u"/api/v1/tickets/%1/cancel"_s.arg(ticketId), {}, this,
                   [this](const ApiResponse &response) {
                       if (!response.ok())
                           return handleFailure(response, tr("Cancel"));
                       const auto ticket =
                           readOrWarn<Ticket>(response.body.toObject(), "Cancel", "ticket");
                       if (!ticket)
                           return;
                       offerUndo(*ticket);
                       emit notice(tr("Ticket %1 cancelled.").arg(ticket->number), false);
                   });
}

void CounterDesk::offerUndo(const Ticket &ticket)
{
    m_undoable = ticket;
    m_undoTimer.start();
    emit stateChanged();
}

void CounterDesk::endUndo()
{
    m_undoTimer.stop();
    if (!m_undoable)
        return;
    m_undoable.reset();
    emit stateChanged();
}

void CounterDesk::undo()
{
    if (!m_undoable || m_busy || !unavailableReason().isEmpty())
        return;
    const Ticket was = *m_undoable;
    const QString path = u"/api/v1/tickets/%1/%2"_s.arg(QString::number(was.id),
                                                        ticketActionName(TicketAction::Undo));
    const QString what = tr("Undo %1").arg(was.number);
    if (was.status == TicketStatus::NoShow) {
        // Back to this counter as the ticket it holds.
        send(path, {}, what, [this](const Ticket &ticket) {
            emit notice(tr("%1 is called at this counter again.").arg(ticket.number), false);
        });
        return;
    }
    endUndo();
    m_client->send("POST", path, {}, this, [this, what](const ApiResponse &response) {
        if (!response.ok())
            return handleFailure(response, what);
        const auto ticket = readOrWarn<Ticket>(response.body.toObject(), "Undo", "ticket");
        if (ticket)
            emit notice(tr("%1 is waiting again, at its old place in line.").arg(ticket->number),
                        false);
        m_refreshTimer.start();
    });
}

void CounterDesk::issueTicket(const QString &serviceId, int priority, const QString &notes,
                              std::function<void(const Ticket &, int, const QString &)> done)
{
    QJsonObject body{{u"serviceId"_s, serviceId}};
    if (priority > 0)
        body.insert(u"priority"_s, priority);
    if (!notes.trimmed().isEmpty())
        body.insert(u"notes"_s, notes.trimmed());
    if (!isOnline())
        return issueFromBlock(body, done);
    m_client->send("POST", u"/api/v1/tickets"_s, body, this,
                   [this, body, done = std::move(done)](const ApiResponse &response) {
                       // The network dropped before the connection mark noticed. A
                       // reserve number only when the request never got there: after a
                       // timeout the server may hold an online ticket for this visitor.
                       if (response.failure == ApiResponse::Failure::Unreachable) {
                           if (!response.neverArrived)
                               return done({}, 0,
                                           tr("The server did not answer; the ticket may have "
                                              "been issued. Look in the queue before issuing "
                                              "it again."));
                           if (m_numbers->remaining() > 0)
                               return issueFromBlock(body, done);
                       }
                       if (!response.ok())
                           return done({}, 0, response.message);
                       const QJsonObject json = response.body.toObject();
                       const auto ticket = Ticket::fromJson(json);
                       if (!ticket)
                           return done({}, 0, tr("The server's answer is not a ticket."));
                       done(*ticket, json.value(u"estimatedWaitMinutes"_s).toInt(), {});
                   });
}

void CounterDesk::issueFromBlock(
    const QJsonObject &request,
    const std::function<void(const Ticket &, int, const QString &)> &done)
{
    const auto service = m_store->entity(u"service"_s, request.value(u"serviceId"_s).toString());
    if (!service)
        return done({}, 0, tr("The service is not known on this computer."));
    const Result<QString> number = m_numbers->take();
    if (!number)
        return done({}, 0, number.error());
    Ticket ticket;
    ticket.number = *number;
    ticket.officeId = service->value(u"officeId"_s).toString().toLongLong();
    ticket.serviceId = request.value(u"serviceId"_s).toString().toLongLong();
    ticket.serviceDay = QDate::currentDate().toString(Qt::ISODate);
    ticket.priority = request.value(u"priority"_s).toInt(0);
    ticket.notes = request.value(u"notes"_s).toString();
    ticket.issuedAt = ticket.queueAt = QDateTime::currentMSecsSinceEpoch();
    QJsonObject body = request;
    body.insert(u"number"_s, ticket.number);
    body.insert(u"issuedAt"_s, isoTimeFromMSecs(ticket.issuedAt));
    OutboxEntry entry;
    entry.method = "POST";
    entry.path = u"/api/v1/tickets"_s;
    entry.body = body;
    entry.entity = u"ticket"_s;
    entry.entityId = u"local-"_s + QUuid::createUuid().toString(QUuid::Id128);
    entry.summary = tr("Ticket %1 (%2), issued without connection")
                        .arg(ticket.number, service->value(u"name"_s).toString());
    entry.login = m_client->session().login;
    if (const Result<void> queued = queueWrite(*m_store, *m_sync, entry, std::nullopt); !queued)
        return done({}, 0, queued.error());
    done(ticket, 0, {});
}

void CounterDesk::refreshQueue()
{
    if (m_officeId.isEmpty() || !m_client->isLoggedIn())
        return;
    // A front desk left running overnight, or low on numbers, gets the
    // day's (next) block while the network is there.
    if (m_issuesTickets)
        m_numbers->fetchIfNeeded();
    m_client->get(
        u"/api/v1/queue"_s, QUrlQuery{{u"officeId"_s, m_officeId}}, this,
        [this](const ApiResponse &response) {
            if (!response.ok())
                return; // the connection mark tells; estimates stay as they were
            const QJsonObject queue = response.body.toObject();
            m_noShowAfterCalls = queue.value(u"noShowAfterCalls"_s).toInt(2);
            QHash<qint64, int> estimates;
            for (const QJsonValue &value : queue.value(u"tickets"_s).toArray()) {
                const QJsonObject json = value.toObject();
                if (const auto ticket = readOrWarn<Ticket>(json, "Queue estimates", "ticket"))
                    estimates.insert(ticket->id, json.value(u"estimatedWaitMinutes"_s).toInt());
            }
            emit estimatesChanged(estimates);
            emit stateChanged();
        });
}
