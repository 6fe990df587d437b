#include "server/http/eventhub.h"

#include "server/auth/privacy.h"

#include <QJsonDocument>
#include <QWebSocket>

EventHub::EventHub(QObject *parent)
    : QObject(parent)
{}

EventHub::~EventHub()
{
    closeAll();
}

void EventHub::add(QWebSocket *socket, Roles roles)
{
    socket->setParent(this);
    m_sockets.append(socket);
    m_roles.insert(socket, roles);
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        m_sockets.removeOne(socket);
        m_roles.remove(socket);
        socket->deleteLater();
    });
}

void EventHub::publish(const Change &change)
{
    const auto text = [](const Change &c) {
        return QString::fromUtf8(QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact));
    };
    const QString full = text(change);
    const QString minimal = text(visibleTo(change, {}));
    for (QWebSocket *socket : std::as_const(m_sockets))
        socket->sendTextMessage(seesContactData(m_roles.value(socket)) ? full : minimal);
}

void EventHub::closeAll()
{
    const QList<QWebSocket *> sockets = std::exchange(m_sockets, {});
    m_roles.clear();
    for (QWebSocket *socket : sockets) {
        socket->disconnect(this);
        socket->close(QWebSocketProtocol::CloseCodeGoingAway);
        socket->deleteLater();
    }
}
