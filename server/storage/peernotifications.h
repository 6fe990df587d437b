#pragma once

#include "server/storage/database.h"

#include <QObject>
#include <QTimer>

#include <memory>

// What the other processes on one PostgreSQL tell this server, through
// LISTEN/NOTIFY on a connection of its own: the changes they committed and
// the users whose sessions they ended. PostgreSQL delivers a notification
// when its transaction commits, so what it tells of is there to be read.
// Lost while the connection is down: after `reconnected`, read afresh.
class PeerNotifications : public QObject
{
    Q_OBJECT

public:
    // The channels; their payloads are numbers, never personal data.
    static constexpr QLatin1StringView kChangesChannel{"tresen_changes"};   // a revision
    static constexpr QLatin1StringView kSessionsChannel{"tresen_sessions"}; // a user id

    explicit PeerNotifications(const DatabaseUrl &url, QObject *parent = nullptr);
    ~PeerNotifications() override;

    // Connects and listens (PostgreSQL only).
    bool start(QString *error);
    // The listening connection, for reading what was told (on this thread).
    Database &database() { return *m_database; }

    // Tells every server on the database, the sender too, once the current
    // transaction of `db` commits.
    static void announceSessionsEnded(Database &db, qint64 userId);

signals:
    void changesCommitted(qint64 revision);
    void sessionsEnded(qint64 userId);
    // The connection was lost and is back: notifications meanwhile are gone.
    void reconnected();

private:
    bool listen(QString *error);
    void checkConnection();
    void notified(const QString &channel, const QVariant &payload);

    std::unique_ptr<Database> m_database;
    QTimer m_check;
    bool m_lost = false;
};
