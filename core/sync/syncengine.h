#pragma once

#include "core/domain/change.h"
#include "core/sync/eventstream.h"
#include "core/sync/outboxsender.h"

#include <QObject>
#include <QStringList>

#include <memory>

class BackendClient;
class CacheWriter;
class LocalStore;

// Keeps the local store current: pulls `changes?since=` whenever the events
// WebSocket (re)connects, then applies pushed events as they come, and pulls
// again on any gap in the revisions. So nothing is missed across a drop.
// Pulled pages are applied on a worker thread (CacheWriter), or at once for
// a store in memory. The outbox of
// the clerk's writes is sent whenever the connection is (back) up.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    enum class Connection { Offline, Connecting, Online, Reconnecting };
    Q_ENUM(Connection)

    SyncEngine(BackendClient *client, LocalStore *store, QObject *parent = nullptr);
    ~SyncEngine() override;

    void start();
    void stop();
    void reconnectNow();

    Connection connection() const { return m_connection; }
    int secondsUntilReconnect() const { return m_stream.secondsUntilReconnect(); }
    EventStream &eventStream() { return m_stream; }
    OutboxSender &outbox() { return m_outbox; }
    // True while pages of a pull are still being fetched or applied.
    bool isPulling() const { return m_pulling; }

signals:
    void connectionChanged(SyncEngine::Connection connection);
    void reconnectCountdown(int secondsLeft);
    // After each applied batch; `entities` names the kinds that changed.
    void changesApplied(const QStringList &entities);
    // Every change pushed live, after it is stored (for call displays, toasts).
    void liveChange(const Change &change);
    void sessionExpired();
    void syncFailed(const QString &message);
    // A pull has brought the cache up to the server's revision.
    void caughtUp();

private:
    void pull();
    void applyPage(const QJsonObject &page);
    void handleStreamState(EventStream::State state);
    void handleLiveChange(const Change &change);
    void setConnection(Connection connection);

    BackendClient *m_client;
    LocalStore *m_store;
    EventStream m_stream;
    OutboxSender m_outbox;
    bool m_resumeOutbox = false; // connected: resume the outbox after the first page
    std::unique_ptr<CacheWriter> m_writer;
    Connection m_connection = Connection::Offline;
    bool m_pulling = false;
    bool m_pullAgain = false;
    // Pushed live while a pull was under way or after a gap: their data
    // comes with the pull, and they are announced (liveChange) once it is
    // stored, so that a call display gongs for a call that came meanwhile.
    QList<Change> m_liveDuringPull;
    void announceLiveDuringPull();
};
