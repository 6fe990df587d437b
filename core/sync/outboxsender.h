#pragma once

#include "core/sync/localstore.h"

#include <QObject>
#include <QTimer>

class BackendClient;
struct ApiResponse;

// Sends the outbox to the server, one write at a time and in order, each with
// the Idempotency-Key it was made with. A write the server took leaves the
// outbox; one it refused (4xx) is rolled back and reported; when the server
// cannot be reached the sender waits and tries again, so nothing is lost and,
// thanks to the key, nothing is done twice. A write older than the server
// keeps keys (expired) is not sent at all (see LocalStore::kSendableDays).
class OutboxSender : public QObject
{
    Q_OBJECT

public:
    OutboxSender(BackendClient *client, LocalStore *store, QObject *parent = nullptr);

    // Sends what is pending unless a send is under way or the sender is
    // paused. Call after enqueueing.
    void kick();
    // While paused (signed off, stopped) nothing is sent; resume() sends again.
    void pause();
    void resume();
    bool isSending() const { return m_sending; }
    int pendingCount() const;

    // Between retries while the server cannot be reached.
    void setRetryInterval(int milliseconds) { m_retry.setInterval(milliseconds); }

    // The feed brought the anonymised version of records these pending
    // writes were for, and the cache dropped them (LocalStore::apply): said
    // as the server would have refused them (409 "anonymised"), per record,
    // with no summary but the kind and day (the names are gone).
    void reportAnonymised(const QList<OutboxEntry> &dropped);

    // Held: the server went back to a backup (or is another one) since these
    // writes were made (LocalStore::outboxHeld). Nothing is sent until the
    // clerk has looked at them and sends or discards them.
    bool isHeld() const;
    // The logged-in clerk's held writes, oldest first.
    QList<OutboxEntry> heldWrites() const;
    void sendHeld();
    // Drops the clerk's held writes (the cache shows the server's versions).
    void discardHeld();

signals:
    void pendingCountChanged(int count);
    // The server took `entry`; `answer` is its response body.
    void written(const OutboxEntry &entry, const QJsonValue &answer);
    // The server refused `entry` (`code` from problem+json, e.g. "slot-full");
    // `dropped` are the writes rolled back with it, `entry` first; `problem`
    // is the whole problem+json, for members of its own (e.g. "ticketNumber").
    void refused(const OutboxEntry &entry, int status, const QString &code, const QString &reason,
                 const QList<OutboxEntry> &dropped, const QJsonObject &problem);
    // The server could not be reached; the write stays and is tried again.
    void deferred(const QString &reason);
    // The local cache failed: the entry stays in the outbox.
    void storeFailed(const QString &message);
    // The outbox is held (see isHeld) or was released.
    void heldChanged(bool held);

private:
    void sendNext();
    void handleAnswer(const OutboxEntry &entry, const ApiResponse &response);

    BackendClient *m_client;
    LocalStore *m_store;
    QTimer m_retry;
    bool m_sending = false;
    bool m_paused = true;    // until SyncEngine has seen the server's instance id
    bool m_heldSaid = false; // heldChanged(true) was emitted
};
