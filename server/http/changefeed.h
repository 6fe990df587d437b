#pragma once

#include "core/domain/change.h"

#include <QObject>
#include <QTimer>

#include <functional>

class Database;

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
    // Each change, once, in revision order: to the event sockets (or, for
    // SessionRepository::kSessionsEnded, a check of the user's sockets before
    // anything later goes out).
    using Deliver = std::function<void(const Change &)>;
    // Reads what it did not see committed from `db`, a connection of the
    // feed's own thread: the feed runs between requests, never inside one.
    ChangeFeed(Database &db, Deliver deliver, QObject *parent = nullptr);

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
    Deliver m_deliver;
    qint64 m_published = 0;
    QTimer m_retry;            // after a failed read
    bool m_readFailed = false; // warned once per outage
};
