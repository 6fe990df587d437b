#include "server/instance/changefeedhost.h"

#include "server/instance/publishedrevision.h"
#include "server/storage/changelog.h"
#include "server/storage/database.h"
#include "server/storage/peernotifications.h"

using namespace Qt::StringLiterals;

ChangeFeedHost::ChangeFeedHost(Config config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_db(m_config.connection)
{}

ChangeFeedHost::~ChangeFeedHost()
{
    if (m_feed)
        rememberPublishedRevision();
}

bool ChangeFeedHost::start(QString *error)
{
    // Every committed change to the event sockets, this server's and the
    // other servers' on one PostgreSQL alike.
    if (m_config.database.kind == DatabaseUrl::Kind::Postgresql) {
        m_peers = std::make_unique<PeerNotifications>(m_config.database);
        QString reason;
        if (!m_peers->start(&reason)) {
            *error = tr("Cannot listen for other servers' changes: %1").arg(reason);
            return false;
        }
    }
    m_feed = std::make_unique<ChangeFeed>(m_db, m_config.deliver);
    try {
        m_feed->start();
    } catch (const DatabaseFailure &failure) {
        *error = tr("Cannot read the change log: %1").arg(QString::fromUtf8(failure.what()));
        m_feed.reset();
        return false;
    }
    m_startRevision = m_feed->published();
    if (m_peers) {
        connect(m_peers.get(), &PeerNotifications::changesCommitted, m_feed.get(),
                &ChangeFeed::announced);
        connect(m_peers.get(), &PeerNotifications::reconnected, m_feed.get(), &ChangeFeed::catchUp);
    }
    rememberPublishedRevision();
    m_rememberPublished.setInterval(2000);
    connect(&m_rememberPublished, &QTimer::timeout, this,
            &ChangeFeedHost::rememberPublishedRevision);
    m_rememberPublished.start();
    return true;
}

void ChangeFeedHost::rememberPublishedRevision()
{
    // The changes route hands out what is committed, also ahead of the feed.
    qint64 handedOut = m_feed->published();
    try {
        handedOut = std::max(handedOut, ChangeLog(m_db).latestRevision());
    } catch (const DatabaseFailure &) {
        // The feed's revision, until the database answers again.
    }
    if (!m_config.publishedRevision.remember(m_config.instanceId, handedOut))
        qWarning("Cannot write %s: a database that goes back would not be noticed.",
                 qPrintable(m_config.publishedRevision.path()));
}
