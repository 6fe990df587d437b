#pragma once

#include "core/domain/change.h"

#include <QObject>
#include <QTimer>

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
    // Reads what it did not see committed from `db` (on this thread).
    ChangeFeed(Database &db, EventHub &hub, QObject *parent = nullptr);

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
    qint64 m_published = 0;
    QTimer m_retry; // after a failed read
};
