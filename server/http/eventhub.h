#pragma once

#include "core/domain/change.h"
#include "server/auth/needtoknow.h"

#include <QHash>
#include <QList>
#include <QObject>

class QWebSocket;

// The open events WebSockets; each committed change goes to those whose
// recipient may receive it, in the form NeedToKnow decides.
class EventHub : public QObject
{
    Q_OBJECT

public:
    explicit EventHub(const NeedToKnow &needToKnow, QObject *parent = nullptr);
    ~EventHub() override;

    // Takes ownership; `recipient` decides what of each change the socket gets.
    void add(QWebSocket *socket, const Recipient &recipient);
    void publish(const Change &change);
    int connectionCount() const { return static_cast<int>(m_sockets.size()); }
    void closeAll();

private:
    const NeedToKnow &m_needToKnow;
    QList<QWebSocket *> m_sockets;
    QHash<QWebSocket *, Recipient> m_recipients;
};
