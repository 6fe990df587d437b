#pragma once

#include "core/domain/change.h"
#include "server/auth/needtoknow.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

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
    // `userId` and `token`: whose it is and the session it was opened with;
    // `latestRevision`: the change log's when the socket connected.
    void add(QWebSocket *socket, const Recipient &recipient, qint64 userId, const QByteArray &token,
             qint64 latestRevision);
    // Closes the sockets opened with `token` (its session ended: logout).
    void endSession(const QByteArray &token);
    // Closes the sockets of `userId` but those opened with `keepToken` (if
    // given): their sessions ended (disabled, new password, other roles or
    // offices).
    void endUser(qint64 userId, const QByteArray &keepToken = {});
    // Closes the sockets whose session has ended (expired, account removed)
    // or whose recipient changed (roles, offices); `recipientOf` answers
    // nullopt for an ended session.
    // Only those of `userId` when given (another server ended or changed
    // that user's sessions).
    using RecipientOf = std::function<std::optional<Recipient>(const QByteArray &)>;
    void recheckSessions(const RecipientOf &recipientOf, std::optional<qint64> userId = {});
    void publish(const Change &change);
    int connectionCount() const { return static_cast<int>(m_sockets.size()); }
    void closeAll();

private:
    const NeedToKnow &m_needToKnow;
    QList<QWebSocket *> m_sockets;
    struct Listener
    {
        Recipient recipient;
        qint64 userId = 0;
        QByteArray token;    // kept in memory only, to check the session again
        qint64 lastSent = 0; // the revision last sent to it ("after" of the next)
    };
    void close(QWebSocket *socket);
    QHash<QWebSocket *, Listener> m_listeners;
};
