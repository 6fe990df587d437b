#pragma once

#include "core/domain/change.h"
#include "core/domain/roles.h"

#include <QHash>
#include <QList>
#include <QObject>

class QWebSocket;

// The open events WebSockets; each committed change goes to all of them.
class EventHub : public QObject
{
    Q_OBJECT

public:
    explicit EventHub(QObject *parent = nullptr);
    ~EventHub() override;

    // Takes ownership; `roles` decide what of each change the socket sees.
    void add(QWebSocket *socket, Roles roles);
    void publish(const Change &change);
    int connectionCount() const { return static_cast<int>(m_sockets.size()); }
    void closeAll();

private:
    QList<QWebSocket *> m_sockets;
    QHash<QWebSocket *, Roles> m_roles;
};
