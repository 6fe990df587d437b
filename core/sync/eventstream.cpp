#include "core/sync/eventstream.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QWebSocket>

namespace {
constexpr int kPingIntervalMs = 10000;
// No pong for this long means the peer (or the network) is gone without a word.
constexpr int kPongTimeoutMs = 25000;
// Open this long, a socket was accepted: its loss starts the backoff over.
constexpr int kAcceptedAfterMs = 10000;
} // namespace

EventStream::EventStream(QObject *parent)
    : QObject(parent)
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &EventStream::connectSocket);
    m_countdownTimer.setInterval(1000);
    connect(&m_countdownTimer, &QTimer::timeout, this,
            [this] { emit reconnectCountdown(secondsUntilReconnect()); });
    m_pingTimer.setInterval(kPingIntervalMs);
    connect(&m_pingTimer, &QTimer::timeout, this, [this] {
        if (!m_socket)
            return;
        if (m_sinceLastPong.elapsed() > kPongTimeoutMs) {
            m_socket->abort();
            return;
        }
        m_socket->ping();
    });
}

EventStream::~EventStream()
{
    m_wantOpen = false;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void EventStream::setBackoff(int firstSeconds, int maximumSeconds)
{
    m_firstBackoffSeconds = qMax(1, firstSeconds);
    m_maximumBackoffSeconds = qMax(m_firstBackoffSeconds, maximumSeconds);
    m_nextBackoffSeconds = m_firstBackoffSeconds;
}

void EventStream::open(const QNetworkRequest &request)
{
    m_request = request;
    m_wantOpen = true;
    m_nextBackoffSeconds = m_firstBackoffSeconds;
    connectSocket();
}

void EventStream::close()
{
    m_wantOpen = false;
    m_reconnectTimer.stop();
    m_countdownTimer.stop();
    m_pingTimer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->close();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    setState(State::Closed);
}

void EventStream::reconnectNow()
{
    if (m_state != State::WaitingToReconnect)
        return;
    m_reconnectTimer.stop();
    connectSocket();
}

int EventStream::secondsUntilReconnect() const
{
    if (!m_reconnectTimer.isActive())
        return 0;
    return (m_reconnectTimer.remainingTime() + 999) / 1000;
}

void EventStream::connectSocket()
{
    if (!m_wantOpen)
        return;
    m_countdownTimer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->deleteLater();
    }
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(m_socket, &QWebSocket::connected, this, [this] {
        m_sinceConnected.start();
        m_sinceLastPong.start();
        m_pingTimer.start();
        setState(State::Connected);
        emit connected();
    });
    connect(m_socket, &QWebSocket::pong, this, [this] { m_sinceLastPong.start(); });
    connect(m_socket, &QWebSocket::textMessageReceived, this, &EventStream::handleMessage);
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        m_pingTimer.stop();
        if (m_sinceConnected.isValid() && m_sinceConnected.elapsed() >= kAcceptedAfterMs)
            m_nextBackoffSeconds = m_firstBackoffSeconds;
        m_sinceConnected.invalidate();
        scheduleReconnect();
    });
    setState(State::Connecting);
    m_socket->open(m_request);
}

void EventStream::scheduleReconnect()
{
    if (!m_wantOpen) {
        setState(State::Closed);
        return;
    }
    m_reconnectTimer.start(m_nextBackoffSeconds * 1000);
    m_nextBackoffSeconds = qMin(m_nextBackoffSeconds * 2, m_maximumBackoffSeconds);
    m_countdownTimer.start();
    setState(State::WaitingToReconnect);
    emit reconnectCountdown(secondsUntilReconnect());
}

void EventStream::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void EventStream::handleMessage(const QString &message)
{
    m_nextBackoffSeconds = m_firstBackoffSeconds; // the server took the socket
    const QJsonDocument document = QJsonDocument::fromJson(message.toUtf8());
    if (const auto change = Change::fromJson(document.object()))
        emit changeReceived(*change);
    else
        qWarning("EventStream: ignoring a message that is not a change: %s",
                 qPrintable(change.error()));
}
