#pragma once

#include "core/domain/change.h"

#include <QObject>
#include <QTimer>

#include <functional>

class Database;
class EventHub;

// Brings every committed change to this server's event sockets once and in
// revision order: the changes this server committed as soon as it did, and
// those of other processes on the database (another tresen-server behind the
// proxy, a command-line tool) when they are announced (changesCommitted).
// Revisions become visible in order (ChangeLog), so everything up to a
// revision that is known to be committed can be read.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    // Reads what it did not see committed from `db` (the server's
    // connection: the feed runs between requests, never inside one).
    ChangeFeed(Database &db, EventHub &hub, QObject *parent = nullptr);
    // Called, in revision order, for each SessionRepository::kSessionsEnded
    // change: the user's sockets must be checked before anything later goes out.
    void setSessionsEnded(std::function<void(qint64 userId)> recheck)
    {
        m_sessionsEnded = std::move(recheck);
    }

    // Starts from the change log's latest revision: the sockets connect
    // after that and pull what came before.
    void start();
    // The revision up to which every change has gone to the sockets.
    qint64 published() const { return m_published; }

    // After a commit of this server: the changes it recorded, in order.
    void committed(const QList<Change> &changes);
    // A process (this one too) committed a change with `revision`.
    void announced(qint64 revision);
    // Publishes whatever was committed since published() (after a
    // reconnect, when announcements may have been lost).
    void catchUp();

private:
    void publish(const Change &change);

    Database &m_db;
    EventHub &m_hub;
    std::function<void(qint64)> m_sessionsEnded = [](qint64) {};
    qint64 m_published = 0;
    QTimer m_retry;            // after a failed read
    bool m_readFailed = false; // warned once per outage
};
