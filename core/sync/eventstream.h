#pragma once

#include "core/domain/change.h"

#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QObject>
#include <QTimer>

class QWebSocket;

// The events WebSocket of the backend, kept open: reconnects by itself with
// exponential backoff, and notices a silent dead peer through ping/pong. The
// backoff starts over once the server has shown it accepts the socket (a
// change came, or it stayed open a while): a socket the server closes right
// after the handshake (no valid session, the database unreachable) is tried
// again ever less often.
class EventStream : public QObject
{
    Q_OBJECT

public:
    enum class State { Closed, Connecting, Connected, WaitingToReconnect };
    Q_ENUM(State)

    explicit EventStream(QObject *parent = nullptr);
    ~EventStream() override;

    // Backoff between attempts: 1, 2, 4, ... seconds up to `maximumSeconds`.
    void setBackoff(int firstSeconds, int maximumSeconds);

    void open(const QNetworkRequest &request);
    void close();
    // Skip the wait and try now (e.g. the user clicked "reconnect").
    void reconnectNow();

    State state() const { return m_state; }
    int secondsUntilReconnect() const;

signals:
    void stateChanged(EventStream::State state);
    void connected();
    void changeReceived(const Change &change);
    // Once a second while waiting to reconnect.
    void reconnectCountdown(int secondsLeft);

private:
    void connectSocket();
    void scheduleReconnect();
    void setState(State state);
    void handleMessage(const QString &message);

    QWebSocket *m_socket = nullptr;
    QNetworkRequest m_request;
    State m_state = State::Closed;
    QTimer m_reconnectTimer;
    QTimer m_countdownTimer;
    QTimer m_pingTimer;
    QElapsedTimer m_sinceLastPong;
    QElapsedTimer m_sinceConnected; // invalid while not connected
    int m_firstBackoffSeconds = 1;
    int m_maximumBackoffSeconds = 30;
    int m_nextBackoffSeconds = 1;
    bool m_wantOpen = false;
};
