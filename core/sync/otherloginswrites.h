#pragma once

#include "core/sync/logincaches.h"

#include <QObject>

class BackendClient;

// The writes other logins left unsent on this workstation (in their own
// caches of this server, or in the shared cache of earlier versions): who
// made them and how many. Only their maker's session sends them (see
// OutboxEntry::login), so they wait until that login returns here. A
// supervisor may discard them: the server audits the discard first
// (POST /api/v1/outbox-discards: who, whose, how many — no contents), and
// only then are they dropped here.
class OtherLoginsWrites : public QObject
{
    Q_OBJECT

public:
    OtherLoginsWrites(const LoginCaches &caches, BackendClient *client, QObject *parent = nullptr);

    // Reads the other caches again; on failure the list stays as it was.
    Result<void> refresh();
    QList<PendingWritesOfLogin> pending() const { return m_pending; }
    // Whether the logged-in user may discard them (a supervisor).
    bool mayDiscard() const;
    // Has the server audit the discard of `count` writes of `login`, then
    // drops them here; says how it went with discarded() or discardFailed().
    void discard(const QString &login, int count);

    // For the user: `count` writes of `login` wait here for that login.
    static QString waitingText(const QString &login, int count);
    // For the user: one write made by `login`, for the list of pending writes.
    static QString madeByText(const QString &summary, const QString &login);

signals:
    void changed();
    void discarded(const QString &login, int count);
    void discardFailed(const QString &login, const QString &reason);

private:
    LoginCaches m_caches;
    BackendClient *m_client;
    QList<PendingWritesOfLogin> m_pending;
};
