#include "server/http/eventhub.h"

#include <QJsonDocument>
#include <QWebSocket>

EventHub::EventHub(const NeedToKnow &needToKnow, QObject *parent)
    : QObject(parent)
    , m_needToKnow(needToKnow)
{}

EventHub::~EventHub()
{
    closeAll();
}

void EventHub::add(QWebSocket *socket, const Recipient &recipient)
{
    socket->setParent(this);
    m_sockets.append(socket);
    m_recipients.insert(socket, recipient);
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        m_sockets.removeOne(socket);
        m_recipients.remove(socket);
        socket->deleteLater();
    });
}

void EventHub::publish(const Change &change)
{
    // Decided once per set of roles: what a recipient receives depends on
    // nothing else while every user works in every office. Empty: nothing.
    QHash<Roles::Int, QString> messages;
    for (QWebSocket *socket : std::as_const(m_sockets)) {
        const Recipient recipient = m_recipients.value(socket);
        auto message = messages.find(recipient.roles.toInt());
        if (message == messages.end()) {
            const auto visible = m_needToKnow.change(change, recipient);
            message = messages.insert(
                recipient.roles.toInt(),
                visible ? QString::fromUtf8(
                              QJsonDocument(visible->toJson()).toJson(QJsonDocument::Compact))
                        : QString());
        }
        if (!message->isEmpty())
            socket->sendTextMessage(*message);
    }
}

void EventHub::closeAll()
{
    const QList<QWebSocket *> sockets = std::exchange(m_sockets, {});
    m_recipients.clear();
    for (QWebSocket *socket : sockets) {
        socket->disconnect(this);
        socket->close(QWebSocketProtocol::CloseCodeGoingAway);
        socket->deleteLater();
    }
}
