#pragma once

#include "server/storage/database.h"

#include <QObject>
#include <QTimer>

#include <memory>

// What the other processes on one PostgreSQL tell this server, through
// LISTEN/NOTIFY on a connection of its own: the changes they committed
// (sessions they ended among them, see SessionRepository). PostgreSQL
// delivers a notification when its transaction commits, so what it tells of
// is there to be read. Lost while the connection is down: after
// `reconnected`, read afresh.
class PeerNotifications : public QObject
{
    Q_OBJECT

public:
    // The channel; its payload is a revision, never personal data.
    static constexpr QLatin1StringView kChangesChannel{"tresen_changes"};

    explicit PeerNotifications(const DatabaseUrl &url, QObject *parent = nullptr);
    ~PeerNotifications() override;

    // Connects and listens (PostgreSQL only).
    bool start(QString *error);

signals:
    void changesCommitted(qint64 revision);
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
