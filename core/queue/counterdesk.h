#pragma once

#include "core/domain/ticket.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <optional>

class BackendClient;
class FrontDeskNumbers;
class LocalStore;
class SyncEngine;
struct ApiResponse;

// What one counter does with the queue: the ticket it holds, which actions
// the lifecycle allows now, and the actions themselves (online only: the
// server decides atomically who gets which ticket).
class CounterDesk : public QObject
{
    Q_OBJECT

public:
    CounterDesk(BackendClient *client, LocalStore *store, SyncEngine *sync,
                QObject *parent = nullptr);

    void setCounter(const QString &counterId);
    QString counterId() const { return m_counterId; }
    QString officeId() const { return m_officeId; }

    std::optional<Ticket> currentTicket() const { return m_current; }
    bool isOnline() const;
    bool isBusy() const { return m_busy; }
    int noShowAfterCalls() const { return m_noShowAfterCalls; }
    // Allowed by the lifecycle, the no-show rule, the connection and the counter.
    bool isAllowed(TicketAction action) const;
    // Why actions are off (empty when they are not).
    QString unavailableReason() const;

    void callNext();
    void act(TicketAction action); // recall, start, finish, no-show, requeue on the current ticket
    void transferToService(const QString &serviceId);
    void transferToCounter(const QString &counterId);
    void cancelTicket(const QString &ticketId);

    // A no-show or a cancellation made here can be taken back for a few
    // seconds (the server allows a little more, for a slow network); any
    // other action here ends the chance.
    bool canUndo() const { return m_undoable.has_value(); }
    QString undoableNumber() const { return m_undoable ? m_undoable->number : QString(); }
    void undo();
    // How long canUndo() holds after the step (10 s; shorter in tests).
    void setUndoWindow(int msecs) { m_undoTimer.setInterval(msecs); }
    // Whether this workstation issues tickets (the front desk is open): only
    // then does it hold a number block for offline issuing.
    void setIssuesTickets(bool issues);
    // Tickets can be issued: online, or offline with reserve numbers left.
    bool mayIssueTickets() const;
    // The reserve numbers of this workstation (see FrontDeskNumbers).
    FrontDeskNumbers &reserveNumbers() { return *m_numbers; }
    // `done` gets the new ticket and the server's estimate for its slip, or an
    // error. Offline (or when the server cannot be reached) the ticket is
    // numbered from the workstation's block, has id 0, and waits in the
    // outbox; it joins the queue, at the time it was issued, once sent.
    void issueTicket(
        const QString &serviceId, int priority, const QString &notes,
        std::function<void(const Ticket &ticket, int estimatedWaitMinutes, const QString &error)>
            done);

    // Tickets issued offline that the server refused when they were sent
    // ("Z1-003 (Personalausweis): why"): their visitors hold slips that will
    // never be called, so they stay listed until the clerk has seen them.
    QStringList refusedTickets() const { return m_refusedTickets; }
    void acknowledgeRefusedTickets();

    // Fetches the server's queue (estimates, rules) now; also done after changes.
    void refreshQueue();

signals:
    void stateChanged();
    // Tickets in the local cache changed (the queue list reloads).
    void ticketsChanged();
    void estimatesChanged(const QHash<qint64, int> &minutesByTicketId);
    // Something the clerk should read: the outcome of an action.
    void notice(const QString &text, bool isError);
    void refusedTicketsChanged();

private:
    // `then` gets the changed ticket when the server took the step.
    void send(const QString &path, const QJsonObject &body, const QString &what,
              std::function<void(const Ticket &)> then = {});
    void offerUndo(const Ticket &ticket);
    void endUndo();
    void handleFailure(const ApiResponse &response, const QString &what);
    void reloadFromStore();
    // Called or being served at this counter.
    bool holds(const Ticket &ticket) const;
    void setBusy(bool busy);
    void issueFromBlock(const QJsonObject &body,
                        const std::function<void(const Ticket &, int, const QString &)> &done);

    BackendClient *m_client;
    LocalStore *m_store;
    SyncEngine *m_sync;
    QString m_counterId;
    QString m_officeId;
    QStringList m_refusedTickets; // see refusedTickets()
    std::optional<Ticket> m_current;
    bool m_busy = false;
    int m_noShowAfterCalls = 2;
    QTimer m_refreshTimer;
    std::optional<Ticket> m_undoable; // as the step left it
    QTimer m_undoTimer;
    FrontDeskNumbers *m_numbers;
    bool m_issuesTickets = false;
};
