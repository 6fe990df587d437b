#include "server/eventhub.h"

#include <QJsonDocument>
#include <QWebSocket>

EventHub::EventHub(QObject *parent)
    : QObject(parent)
{}

EventHub::~EventHub()
{
    closeAll();
}

void EventHub::add(QWebSocket *socket)
{
    socket->setParent(this);
    m_sockets.append(socket);
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        m_sockets.removeOne(socket);
        socket->deleteLater();
    });
}

void EventHub::publish(const Change &change)
{
    const QString message =
        QString::fromUtf8(QJsonDocument(change.toJson()).toJson(QJsonDocument::Compact));
    for (QWebSocket *socket : std::as_const(m_sockets))
        socket->sendTextMessage(message);
}

void EventHub::closeAll()
{
    const QList<QWebSocket *> sockets = std::exchange(m_sockets, {});
    for (QWebSocket *socket : sockets) {
        socket->disconnect(this);
        socket->close(QWebSocketProtocol::CloseCodeGoingAway);
        socket->deleteLater();
    }
}
