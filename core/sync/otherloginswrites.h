#pragma once

#include "core/sync/logincaches.h"

#include <QObject>

class BackendClient;
struct OutboxEntry;

// The writes other logins left unsent on this workstation (in their own
// caches of this server, or in the shared cache of earlier versions): who
// made them and how many. Only their maker's session sends them (see
// OutboxEntry::login), so they wait until that login returns here. A
// supervisor may discard them: the server audits the discard first
// (POST /api/v1/outbox-discards: who, whose, how many — no contents), and
// only then are they dropped here.
//
// Writes older than the server keeps idempotency keys (expired, see
// LocalStore::kSendableDays) are not sent: sent now, they might be applied a
// second time. One's own are named with their summaries; another login's
// only with their kind of record and day (withoutContents()): no reader,
// a supervisor least, sees another login's citizens. A supervisor discards
// them (the same audited path; one's own expired writes only, the others'
// all). When the caches of logins gone too long were deleted at login, the
// unsent writes that went with them are counted here too. Caches in use in
// another window are not read (LoginCaches takes their lock): said too.
class OtherLoginsWrites : public QObject
{
    Q_OBJECT

public:
    OtherLoginsWrites(const LoginCaches &caches, BackendClient *client, QObject *parent = nullptr);

    // Reads the other caches again; on failure the list stays as it was.
    Result<void> refresh();
    QList<PendingWritesOfLogin> pending() const { return m_pending; }
    // The summaries of the logged-in user's own expired writes, oldest first.
    QStringList ownExpired() const { return m_ownExpired; }
    // How many other caches were in use elsewhere and not read at refresh().
    int cachesInUse() const { return m_cachesInUse; }
    // The unsent writes deleted with the caches of logins not seen for
    // `days` days (LoginCaches::removeStale), to be named.
    void setLostWrites(const QList<PendingWritesOfLogin> &lost, int days);
    QList<PendingWritesOfLogin> lostWrites() const { return m_lost; }
    int staleDays() const { return m_staleDays; }
    QString login() const;
    // Whether the logged-in user may discard them (a supervisor).
    bool mayDiscard() const;
    // Has the server audit the discard of `count` writes of `login`, then
    // drops them here (all of another login's; of one's own, the expired
    // ones); says how it went with discarded() or discardFailed().
    void discard(const QString &login, int count);

    // For the user: `count` writes of `login` wait here for that login.
    static QString waitingText(const QString &login, int count);
    // For the user: another login's write, for the list of pending writes:
    // its kind and day and who made it, not what it says.
    static QString madeByText(const OutboxEntry &entry);
    // For the user: `count` other caches were in use and not read.
    static QString inUseText(int count);
    // For the user: `count` of another login's waiting writes are too old to send.
    static QString expiredText(int count);
    // For the user: `count` of one's own writes are too old to send.
    static QString ownExpiredText(int count);
    // For the user: `count` unsent writes of `login` went with their cache.
    static QString lostText(const QString &login, int count, int days);

signals:
    void changed();
    void discarded(const QString &login, int count);
    void discardFailed(const QString &login, const QString &reason);

private:
    LoginCaches m_caches;
    BackendClient *m_client;
    QList<PendingWritesOfLogin> m_pending;
    QStringList m_ownExpired;
    int m_cachesInUse = 0;
    qint64 m_expiredBefore = 0; // the expired ones named: made before this
    QList<PendingWritesOfLogin> m_lost;
    int m_staleDays = 0;
};
