#include "core/sync/syncengine.h"

#include "core/sync/backendclient.h"
#include "core/sync/cachewriter.h"
#include "core/sync/localstore.h"

#include <QJsonArray>
#include <QSet>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
constexpr int kPageSize = 5000;    // the most the server gives in one page
constexpr int kPullRetryMs = 5000; // a failed pull while connected, before the outbox resumed
} // namespace

SyncEngine::SyncEngine(BackendClient *client, LocalStore *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_outbox(client, store)
    // A store in memory cannot be shared with a worker's connection: its
    // pages are applied here (the call display's feed is small).
    , m_writer(store->isInMemory() ? nullptr : std::make_unique<CacheWriter>(store->filePath()))
{
    // The outbox sends again once the first page after connecting has shown
    // that the server is the one its writes were made for (applyPage).
    connect(&m_stream, &EventStream::connected, this, [this] { m_resumeOutbox = true; });
    connect(&m_stream, &EventStream::stateChanged, this, &SyncEngine::handleStreamState);
    connect(&m_stream, &EventStream::connected, this, &SyncEngine::pull);
    connect(&m_stream, &EventStream::changeReceived, this, &SyncEngine::handleLiveChange);
    connect(&m_stream, &EventStream::reconnectCountdown, this, &SyncEngine::reconnectCountdown);
    // A list that stays empty because the cache cannot be read must not pass
    // for "nothing there": say it where sync trouble is shown.
    connect(store, &LocalStore::readFailed, this, [this](const QString &message) {
        emit syncFailed(tr("The local cache could not be read: %1").arg(message));
    });
    connect(&m_outbox, &OutboxSender::storeFailed, this, [this](const QString &message) {
        emit syncFailed(tr("The local cache could not be updated: %1").arg(message));
    });
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::start()
{
    m_stream.open(m_client->webSocketRequest(u"/api/v1/events"_s));
}

void SyncEngine::stop()
{
    m_stream.close();
}

void SyncEngine::reconnectNow()
{
    m_stream.reconnectNow();
}

void SyncEngine::setConnection(Connection connection)
{
    if (m_connection == connection)
        return;
    m_connection = connection;
    emit connectionChanged(connection);
}

void SyncEngine::handleStreamState(EventStream::State state)
{
    switch (state) {
    case EventStream::State::Closed:
        m_liveDuringPull.clear(); // news no more once the line was down
        m_outbox.pause();
        setConnection(Connection::Offline);
        break;
    case EventStream::State::Connecting:
        m_outbox.pause(); // until the first page shows whose server it is
        if (m_connection == Connection::Offline)
            setConnection(Connection::Connecting);
        break;
    case EventStream::State::Connected:
        setConnection(Connection::Online);
        break;
    case EventStream::State::WaitingToReconnect:
        m_liveDuringPull.clear(); // news no more once the line was down
        // Nothing is sent while the server is away: it may come back restored.
        m_outbox.pause();
        setConnection(Connection::Reconnecting);
        // A plain HTTP pull tells an expired session apart from a network drop
        // (the WebSocket handshake does not say why it failed).
        pull();
        break;
    }
}

void SyncEngine::handleLiveChange(const Change &change)
{
    const Result<qint64> cursor = m_store->cursor();
    if (!cursor) {
        emit syncFailed(tr("The local cache could not be read: %1").arg(cursor.error()));
        return;
    }
    if (change.revision <= *cursor) {
        // Stored already (a pull came first), yet news: announced once, here.
        emit liveChange(change);
        return;
    }
    // The server says which changes before this one were for this login (the
    // others are not, and never come): only a cache short of those has a gap.
    const qint64 previous = change.after >= 0 ? change.after : change.revision - 1;
    if (m_pulling || *cursor < previous) {
        // A gap (or a pull under way): let the feed bring everything in
        // order, and announce this one once it is stored.
        m_liveDuringPull.append(change);
        pull();
        return;
    }
    QList<OutboxEntry> dropped;
    if (const Result<void> applied = m_store->apply({change}, change.revision, &dropped);
        !applied) {
        emit syncFailed(tr("The local cache could not be updated: %1").arg(applied.error()));
        return;
    }
    m_outbox.reportAnonymised(dropped);
    emit changesApplied({change.entity});
    emit liveChange(change);
}

void SyncEngine::announceLiveDuringPull()
{
    // Each again as if it came now: stored by the pull, it is announced;
    // one beyond what the pull brought waits for the next.
    for (const Change &change : std::exchange(m_liveDuringPull, {}))
        handleLiveChange(change);
}

void SyncEngine::pull()
{
    if (m_pulling) {
        m_pullAgain = true;
        return;
    }
    const Result<qint64> cursor = m_store->cursor();
    if (!cursor) {
        emit syncFailed(tr("The local cache could not be read: %1").arg(cursor.error()));
        return;
    }
    m_pulling = true;
    m_pullAgain = false;
    const QUrlQuery query{{u"since"_s, QString::number(*cursor)},
                          {u"limit"_s, QString::number(kPageSize)}};
    m_client->get(u"/api/v1/changes"_s, query, this, [this](const ApiResponse &r) {
        if (!r.ok())
            m_pulling = false;
        if (r.status == 401) {
            m_stream.close();
            emit sessionExpired();
            return;
        }
        if (!r.ok()) {
            // Offline or server trouble: the stream's reconnect brings us back here.
            if (m_connection == Connection::Online) {
                emit syncFailed(r.message);
                // Connected, but the outbox waits for a page that shows the
                // server's instance id: ask again rather than wait for a reconnect.
                if (m_resumeOutbox)
                    QTimer::singleShot(kPullRetryMs, this, &SyncEngine::pull);
            }
            return;
        }
        applyPage(r.body.toObject());
    });
}

void SyncEngine::applyPage(const QJsonObject &json)
{
    const QString instance = json.value(u"instanceId"_s).toString();
    const Result<qint64> cursorBefore = m_store->cursor();
    if (!cursorBefore) {
        m_pulling = false;
        emit syncFailed(tr("The local cache could not be read: %1").arg(cursorBefore.error()));
        return;
    }
    if (const Result<void> reset = m_store->resetIfOtherServer(instance); !reset) {
        m_pulling = false;
        emit syncFailed(tr("The local cache could not be reset: %1").arg(reset.error()));
        return;
    }
    const Result<qint64> cursorAfter = m_store->cursor();
    if (!cursorAfter) {
        m_pulling = false;
        emit syncFailed(tr("The local cache could not be read: %1").arg(cursorAfter.error()));
        return;
    }
    if (*cursorAfter != *cursorBefore) {
        m_pulling = false;
        pull(); // the cache was for another server: start from the beginning
        return;
    }
    // The same server as the cache's (or the cache started over, holding
    // the writes made for the one before: LocalStore::resetIfOtherServer).
    if (std::exchange(m_resumeOutbox, false))
        m_outbox.resume();
    QList<Change> changes;
    QSet<QString> entities;
    for (const QJsonValue &value : json.value(u"changes"_s).toArray()) {
        const auto change = Change::fromJson(value.toObject());
        if (!change) {
            qWarning("Sync: the server sent a change that is not understood: %s",
                     qPrintable(change.error()));
            m_pulling = false;
            emit syncFailed(tr("The server sent a change that is not understood."));
            return;
        }
        entities.insert(change->entity);
        changes.append(*change);
    }
    const bool more = json.value(u"more"_s).toBool();
    // `cursor`: up to where the page is complete, also when none of its
    // changes were for this login. (A server before need-to-know sends none.)
    const qint64 newCursor = json.contains(u"cursor"_s)   ? json.value(u"cursor"_s).toInteger()
                             : more && !changes.isEmpty() ? changes.last().revision
                                                          : json.value(u"revision"_s).toInteger();
    // Still "pulling" while the worker applies: live events wait for it.
    const CacheWriter::Done done = [this, entities, more](const Result<void> &applied,
                                                          const QList<OutboxEntry> &dropped) {
        m_pulling = false;
        if (!applied) {
            emit syncFailed(tr("The local cache could not be updated: %1").arg(applied.error()));
            return;
        }
        m_outbox.reportAnonymised(dropped);
        if (!entities.isEmpty())
            emit changesApplied(entities.values());
        if (more || m_pullAgain) {
            pull();
        } else {
            emit caughtUp();
            announceLiveDuringPull();
        }
    };
    if (m_writer) {
        m_writer->apply(changes, newCursor, this, done);
    } else {
        QList<OutboxEntry> dropped;
        const Result<void> applied = m_store->apply(changes, newCursor, &dropped);
        done(applied, dropped);
    }
}
