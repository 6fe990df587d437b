#pragma once

#include "server/http/requestdispatcher.h"
#include "server/http/requestworkers.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHash>
#include <QHttpServerRequest>
#include <QMap>
#include <QPointer>
#include <QTimer>

#include <optional>

class EventHub;
class QTcpSocket;
class QWebSocket;

// The HTTP API on its sockets: hands each request to a RequestDispatcher
// (its own on this thread, or a worker's) and writes the answer; upgrades
// /api/v1/events to an event socket. After each answer, the changes the
// request committed go on to the ChangeFeed.
//
// With workers, nothing here waits for the database: an event socket's
// session and the sessions checked again are resolved on a worker too, so
// a reconnect holds up no other request.
class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    struct Parts
    {
        RequestDispatcher::Parts dispatcher; // for the routes run on this thread
        EventHub &events;
        // Takes the changes each request committed, on this thread, for the
        // ChangeFeed (which may run on a thread of its own).
        std::function<void(const QList<Change> &)> committed;
    };

    explicit ApiServer(Parts parts, QObject *parent = nullptr);
    ~ApiServer() override;

    // The routes run on this thread; the install*Routes functions add theirs.
    RequestDispatcher &dispatcher() { return m_dispatcher; }
    // Runs every route but the async ones on `workers` from now on (each of
    // their dispatchers has the same routes, in the same order). Not owned;
    // must outlive this server's requests.
    void setWorkers(RequestWorkers *workers) { m_workers = workers; }

    // Stop taking new connections (for a graceful shutdown).
    void stopListening();
    // One line per request (method, path, status, time; never headers or bodies).
    void setRequestLogging(bool enabled) { m_requestLogging = enabled; }
    // Whose X-Forwarded-For names the client (default: nobody's), for the
    // routes run on this thread.
    void setTrustedProxies(const TrustedProxies &proxies);
    // Closes the event sockets whose session has ended or whose recipient
    // has changed; only those of `userId` when given, and then they get no
    // change until that is done.
    void recheckSessions(std::optional<qint64> userId = {});

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    // What the socket needs to get its answer later, on this thread.
    struct Pending
    {
        QPointer<QTcpSocket> socket;
        quint64 sequence = 0; // the request's place on its connection
        QByteArray method;
        QString path;
        bool close = false; // "Connection: close"
        QElapsedTimer started;
    };
    // Answers a connection's requests got, kept until those before them
    // are written: HTTP/1.1 answers go out in the order of the requests,
    // though workers may finish them in any order.
    struct Answers
    {
        // Qt disconnects every signal of a socket it upgrades or gives up
        // on, `destroyed` too: an entry whose socket has gone is stale,
        // even when a new socket has the old one's address.
        QPointer<QTcpSocket> socket;
        quint64 requested = 0; // requests taken on the connection
        quint64 written = 0;   // answers written
        bool closed = false;   // a "Connection: close" answer went out: nothing after it
        QMap<quint64, std::pair<QByteArray, bool>> ready; // sequence -> bytes, close after
    };
    Pending pendingOf(const RequestData &request, QTcpSocket *socket);
    // Writes `reply` to the socket (if it is still there) once the answers
    // before it are written, then hands `published` to the feed and logs
    // the request.
    void answer(const Pending &pending, const HttpReply &reply,
                const QList<Change> &published = {});
    void writeReadyAnswers(Answers &answers);
    // Why /api/v1/events is not upgraded (nullopt: it is), decided without
    // the database: the session is checked once it is a WebSocket.
    std::optional<HttpReply> eventsRefusal(const RequestData &request) const;
    void acceptWebSockets();
    // Adds `socket` to the events if its session is valid, else closes it.
    void authenticateEventSocket(QWebSocket *socket);
    // The user of each session `tokens` names (nullopt: none, or it has
    // ended), looked up as onDatabase() runs work; `done` gets them here, or
    // nullopt when the database could not be asked.
    using Sessions = QHash<QByteArray, std::optional<UserRecord>>;
    using SessionsResolved = std::function<void(const std::optional<Sessions> &)>;
    void resolveSessions(const QList<QByteArray> &tokens, SessionsResolved done);
    // Runs `work` with a dispatcher whose connection is not this thread's
    // (a worker's) when there are workers, else here; then `done` here.
    void onDatabase(RequestWorkers::Work work, std::function<void()> done);

    Parts m_parts;
    RequestDispatcher m_dispatcher;
    RequestWorkers *m_workers = nullptr;
    bool m_requestLogging = false;
    QTimer m_sessionCheck; // ends event sockets whose session has ended
    QHash<QTcpSocket *, Answers> m_answers;
    // Counts the checks of one user's sessions, and the count when each
    // user's last began: an event socket whose session was resolved before
    // a check of its user began is resolved again.
    quint64 m_userChecks = 0;
    QHash<qint64, quint64> m_lastCheckOf;
    bool m_stopping = false; // stopListening(): no more event sockets
};
