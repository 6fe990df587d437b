#include "server/http/changefeed.h"

#include "server/storage/changelog.h"
#include "server/storage/database.h"

namespace {
constexpr int kPageSize = 500;
constexpr int kRetryMs = 1000;
} // namespace

ChangeFeed::ChangeFeed(Database &db, Deliver deliver, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_deliver(std::move(deliver))
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(kRetryMs);
    connect(&m_retry, &QTimer::timeout, this, &ChangeFeed::catchUp);
}

void ChangeFeed::start()
{
    m_published = ChangeLog(m_db).latestRevision();
}

void ChangeFeed::committed(const QList<Change> &changes)
{
    if (changes.isEmpty())
        return;
    // Revisions are handed out in commit order, so a commit that follows on
    // what has gone out is all there is up to its last revision.
    qint64 expected = m_published + 1;
    bool followsOn = !m_retry.isActive();
    for (const Change &change : changes)
        followsOn = followsOn && change.revision == expected++;
    if (!followsOn) {
        announced(changes.last().revision);
        return;
    }
    for (const Change &change : changes)
        publish(change);
}

void ChangeFeed::announced(qint64 revision)
{
    if (revision > m_published && !m_retry.isActive())
        catchUp();
}

void ChangeFeed::catchUp()
{
    ChangeLog log(m_db);
    try {
        for (;;) {
            const ChangeLog::Page page = log.since(m_published, kPageSize);
            for (const Change &change : page.changes)
                publish(change);
            m_published = std::max(m_published, page.cursor);
            if (!page.more)
                break;
        }
        m_retry.stop();
        if (std::exchange(m_readFailed, false))
            qInfo("The event sockets are up to date again.");
    } catch (const DatabaseFailure &failure) {
        // Tried again shortly; the sockets then get everything, in order.
        if (!std::exchange(m_readFailed, true))
            qWarning("Could not read the change log for the event sockets; retrying: %s",
                     failure.what());
        m_retry.start();
    }
}

void ChangeFeed::publish(const Change &change)
{
    m_deliver(change);
    m_published = change.revision;
}
