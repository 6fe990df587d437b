#pragma once

#include "server/http/changefeed.h"
#include "server/storage/databaseurl.h"

#include <QObject>
#include <QTimer>

#include <memory>

class Database;
class PeerNotifications;
class PublishedRevision;

// The ChangeFeed and what it needs, on the thread it runs on: the connection
// it reads the change log from, the other servers' notifications
// (PostgreSQL), and every 2 s the highest revision handed out, kept in
// PublishedRevision. With request workers that is a thread of its own
// (DatabaseThread): reading the change log, hearing other servers and
// reconnecting then never hold up the thread that accepts connections.
class ChangeFeedHost : public QObject
{
    Q_OBJECT

public:
    struct Config
    {
        DatabaseUrl database;
        // The connection to read from, on the host's thread.
        Database &connection;
        PublishedRevision &publishedRevision; // used on this thread only
        QString instanceId;                   // the database's epoch
        ChangeFeed::Deliver deliver;
    };

    explicit ChangeFeedHost(Config config, QObject *parent = nullptr);
    // Remembers the revision handed out a last time.
    ~ChangeFeedHost() override;

    bool start(QString *error);
    ChangeFeed &feed() { return *m_feed; }
    // The change log's revision when the feed started.
    qint64 startRevision() const { return m_startRevision; }

private:
    void rememberPublishedRevision();

    Config m_config;
    Database &m_db;
    std::unique_ptr<PeerNotifications> m_peers;
    std::unique_ptr<ChangeFeed> m_feed;
    QTimer m_rememberPublished;
    qint64 m_startRevision = 0;
};
