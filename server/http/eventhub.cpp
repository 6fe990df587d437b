#include "server/http/eventhub.h"

#include <QJsonDocument>
#include <QTimer>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace {
// The most changes a held socket keeps (see EventHub::hold).
constexpr qsizetype kMostKept = 1000;
} // namespace

EventHub::EventHub(const NeedToKnow &needToKnow, QObject *parent)
    : QObject(parent)
    , m_needToKnow(needToKnow)
{}

EventHub::~EventHub()
{
    closeAll();
}

void EventHub::add(QWebSocket *socket, const Recipient &recipient, qint64 userId,
                   const QByteArray &token, qint64 latestRevision)
{
    socket->setParent(this);
    m_sockets.append(socket);
    m_listeners.insert(socket, {recipient, userId, token, latestRevision, {}, {}});
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        m_sockets.removeOne(socket);
        m_listeners.remove(socket);
        socket->deleteLater();
    });
}

void EventHub::endSession(const QByteArray &token)
{
    const QList<QWebSocket *> sockets = m_sockets;
    for (QWebSocket *socket : sockets) {
        if (m_listeners.value(socket).token == token)
            close(socket);
    }
}

void EventHub::endUser(qint64 userId, const QByteArray &keepToken)
{
    const QList<QWebSocket *> sockets = m_sockets;
    for (QWebSocket *socket : sockets) {
        const Listener listener = m_listeners.value(socket);
        if (listener.userId == userId && (keepToken.isEmpty() || listener.token != keepToken))
            close(socket);
    }
}

QList<QByteArray> EventHub::tokens(std::optional<qint64> userId) const
{
    QList<QByteArray> result;
    for (QWebSocket *socket : m_sockets) {
        const auto listener = m_listeners.constFind(socket);
        if ((!userId || listener->userId == *userId) && !result.contains(listener->token))
            result.append(listener->token);
    }
    return result;
}

quint64 EventHub::hold(qint64 userId)
{
    const quint64 hold = ++m_lastHold;
    for (Listener &listener : m_listeners) {
        if (listener.userId == userId)
            listener.holds.insert(hold);
    }
    return hold;
}

void EventHub::release(quint64 hold)
{
    const QList<QWebSocket *> sockets = m_sockets; // a send may disconnect one
    for (QWebSocket *socket : sockets) {
        auto listener = m_listeners.find(socket);
        if (listener == m_listeners.end() || !listener->holds.remove(hold) ||
            !listener->holds.isEmpty())
            continue;
        for (const QString &message : std::exchange(listener->kept, {}))
            socket->sendTextMessage(message);
    }
}

void EventHub::recheckSessions(const QHash<QByteArray, std::optional<Recipient>> &recipients)
{
    const QList<QWebSocket *> sockets = m_sockets;
    for (QWebSocket *socket : sockets) {
        const Listener listener = m_listeners.value(socket);
        const auto recipient = recipients.constFind(listener.token);
        if (recipient != recipients.cend() && (!*recipient || **recipient != listener.recipient))
            close(socket);
    }
}

void EventHub::close(QWebSocket *socket)
{
    m_sockets.removeOne(socket);
    m_listeners.remove(socket);
    socket->disconnect(this);
    // Gone once the client has answered the close (deleting it at once
    // would leave the connection open), or after a few seconds without.
    connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(5000, socket, [socket] { socket->abort(); });
    socket->close(QWebSocketProtocol::CloseCodePolicyViolated, u"session ended"_s);
}

void EventHub::publish(const Change &change)
{
    passed(change.revision);
    // Decided once per recipient: listeners who are the same recipient (see
    // Recipient's ==) receive the same.
    QHash<Recipient, std::optional<Change>> visible;
    const QList<QWebSocket *> sockets = m_sockets; // a send may disconnect one
    for (QWebSocket *socket : sockets) {
        auto listener = m_listeners.find(socket);
        if (listener == m_listeners.end())
            continue;
        auto decided = visible.find(listener->recipient);
        if (decided == visible.end())
            decided = visible.insert(listener->recipient,
                                     m_needToKnow.change(change, listener->recipient));
        if (!*decided)
            continue;
        Change message = **decided;
        message.after = listener->lastSent;
        listener->lastSent = change.revision;
        const QString text =
            QString::fromUtf8(QJsonDocument(message.toJson()).toJson(QJsonDocument::Compact));
        if (listener->holds.isEmpty()) {
            socket->sendTextMessage(text);
        } else if (listener->kept.size() < kMostKept) {
            listener->kept.append(text);
        } else {
            // The check takes too long to keep everything: the client
            // reconnects and pulls what it missed.
            close(socket);
        }
    }
}

void EventHub::closeAll()
{
    const QList<QWebSocket *> sockets = std::exchange(m_sockets, {});
    m_listeners.clear();
    for (QWebSocket *socket : sockets) {
        socket->disconnect(this);
        socket->close(QWebSocketProtocol::CloseCodeGoingAway);
        socket->deleteLater();
    }
}
