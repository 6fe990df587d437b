#pragma once

#include "core/domain/change.h"
#include "server/auth/needtoknow.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <algorithm>
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
    // The session tokens of the open sockets (only `userId`'s when given),
    // to be resolved elsewhere: that takes the database.
    QList<QByteArray> tokens(std::optional<qint64> userId = {}) const;
    // Keeps the changes for `userId`'s sockets, in order, until
    // release(hold): their sessions are being checked again, and none of
    // them may get a change made after the session ended.
    quint64 hold(qint64 userId);
    void release(quint64 hold);
    // Closes the sockets whose token `recipients` names with no recipient
    // (the session has ended) or another one (roles, offices); those whose
    // token it does not name are left as they are.
    void recheckSessions(const QHash<QByteArray, std::optional<Recipient>> &recipients);
    void publish(const Change &change);
    // A change that goes to no socket went by (the end of sessions), or the
    // change log stood at `revision` when the events began.
    void passed(qint64 revision) { m_latestRevision = std::max(m_latestRevision, revision); }
    // The revision of the last change that went out or went by: a socket
    // added now gets what comes after it.
    qint64 latestRevision() const { return m_latestRevision; }
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
        QSet<quint64> holds; // see hold()
        QStringList kept;    // messages held back while `holds` is not empty
    };
    void close(QWebSocket *socket);
    QHash<QWebSocket *, Listener> m_listeners;
    quint64 m_lastHold = 0;
    qint64 m_latestRevision = 0;
};
