#pragma once

#include "core/change.h"
#include "core/eventstream.h"

#include <QObject>
#include <QStringList>

class BackendClient;
class LocalStore;

// Keeps the local store current: pulls `changes?since=` whenever the events
// WebSocket (re)connects, then applies pushed events as they come, and pulls
// again on any gap in the revisions. So nothing is missed across a drop.
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

signals:
    void connectionChanged(SyncEngine::Connection connection);
    void reconnectCountdown(int secondsLeft);
    // After each applied batch; `entities` names the kinds that changed.
    void changesApplied(const QStringList &entities);
    // Every change pushed live, after it is stored (for call displays, toasts).
    void liveChange(const Change &change);
    void sessionExpired();
    void syncFailed(const QString &message);

private:
    void pull();
    void handleStreamState(EventStream::State state);
    void handleLiveChange(const Change &change);
    void setConnection(Connection connection);

    BackendClient *m_client;
    LocalStore *m_store;
    EventStream m_stream;
    Connection m_connection = Connection::Offline;
    bool m_pulling = false;
    bool m_pullAgain = false;
};
