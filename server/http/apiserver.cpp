#include "server/http/apiserver.h"

#include "server/auth/needtoknow.h"
#include "server/auth/sessionrepository.h"
#include "server/http/eventhub.h"
#include "server/http/requestworkers.h"
#include "server/storage/database.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QWebSocket>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
const QString kEventsPath = u"/api/v1/events"_s;

// Whether Qt hands the request's socket to its WebSocket server once
// handleRequest returns true: "Connection: upgrade" (one of its options)
// with "Upgrade: websocket".
bool isWebSocketUpgrade(const RequestData &request)
{
    if (request.value("Upgrade").trimmed().compare("websocket", Qt::CaseInsensitive) != 0)
        return false;
    const QList<QByteArray> options = request.value("Connection").split(',');
    return std::any_of(options.cbegin(), options.cend(), [](const QByteArray &option) {
        return option.trimmed().compare("upgrade", Qt::CaseInsensitive) == 0;
    });
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Content";
    case 426:
        return "Upgrade Required";
    case 428:
        return "Precondition Required";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return status < 400 ? "OK" : "Error";
    }
}
} // namespace

ApiServer::ApiServer(Parts parts, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_parts(parts)
    , m_dispatcher(parts.dispatcher)
{
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this, &ApiServer::acceptWebSockets);
    // A logout, a disabled account, a new password or other roles or offices
    // end the sockets at once (the feed meets the sessions' end); expiry
    // within a minute.
    m_sessionCheck.setInterval(60 * 1000);
    connect(&m_sessionCheck, &QTimer::timeout, this, [this] {
        recheckSessions();
        m_answers.removeIf([](const auto &entry) { return entry.value().socket.isNull(); });
    });
    m_sessionCheck.start();
}

ApiServer::~ApiServer() = default;

void ApiServer::setTrustedProxies(const TrustedProxies &proxies)
{
    m_dispatcher.setTrustedProxies(proxies);
}

void ApiServer::recheckSessions(std::optional<qint64> userId)
{
    std::optional<quint64> hold;
    if (userId) {
        m_lastCheckOf.insert(*userId, ++m_userChecks);
        hold = m_parts.events.hold(*userId);
    }
    resolveSessions(m_parts.events.tokens(userId), [this, userId, hold](const auto &sessions) {
        if (sessions) {
            QHash<QByteArray, std::optional<Recipient>> recipients;
            for (auto it = sessions->cbegin(); it != sessions->cend(); ++it)
                recipients.insert(it.key(), it.value() ? std::optional(Recipient::of(*it.value()))
                                                       : std::nullopt);
            m_parts.events.recheckSessions(recipients);
        } else if (userId) {
            // A user whose sessions ended loses all their sockets rather
            // than keep one that should be closed (the others reconnect and
            // are checked then); the minute's check of everyone is tried
            // again.
            m_parts.events.endUser(*userId);
        }
        if (hold)
            m_parts.events.release(*hold);
    });
}

void ApiServer::resolveSessions(const QList<QByteArray> &tokens, SessionsResolved done)
{
    auto sessions = std::make_shared<std::optional<Sessions>>(Sessions());
    onDatabase(
        [tokens, sessions](RequestDispatcher &dispatcher) {
            try {
                for (const QByteArray &token : tokens)
                    (*sessions)->insert(token, dispatcher.userOfSession(token));
            } catch (const DatabaseFailure &) {
                sessions->reset();
            }
        },
        [sessions, done = std::move(done)] { done(*sessions); });
}

void ApiServer::onDatabase(RequestWorkers::Work work, std::function<void()> done)
{
    if (m_workers) {
        m_workers->run(std::move(work), this, std::move(done));
        return;
    }
    work(m_dispatcher);
    done();
}

void ApiServer::stopListening()
{
    m_stopping = true;
    for (QTcpServer *server : servers())
        server->close();
}

ApiServer::Pending ApiServer::pendingOf(const RequestData &request, QTcpSocket *socket)
{
    if (const auto known = m_answers.constFind(socket);
        known == m_answers.cend() || known->socket != socket) {
        Answers fresh;
        fresh.socket = socket;
        m_answers.insert(socket, fresh);
        connect(socket, &QObject::destroyed, this, [this, socket] { m_answers.remove(socket); });
    }
    Pending pending{socket,
                    m_answers[socket].requested++,
                    RequestDispatcher::methodName(request.method()),
                    request.url().path(),
                    false,
                    {}};
    // "Connection: close, TE" closes too: the header is a list of options.
    for (const QByteArray &option : request.value("Connection").split(',')) {
        if (option.trimmed().compare("close", Qt::CaseInsensitive) == 0)
            pending.close = true;
    }
    pending.started.start();
    return pending;
}

bool ApiServer::handleRequest(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    const RequestData request = RequestData::of(httpRequest);
    const Pending pending = pendingOf(request, socket);
    if (pending.path == kEventsPath) {
        if (const std::optional<HttpReply> refusal = eventsRefusal(request)) {
            // Qt upgrades an upgrade request's socket when this returns true,
            // and closes it (after this answer) when false.
            Pending refused = pending;
            refused.close = true;
            answer(refused, *refusal);
            return !isWebSocketUpgrade(request);
        }
        // No answer: the socket becomes a WebSocket, and answers to
        // requests pipelined before the upgrade could only corrupt it.
        m_answers.remove(socket);
        return true;
    }
    const RequestDispatcher::Match match = m_dispatcher.match(request.method(), pending.path);
    if (match.route < 0 && match.allowedMethods.isEmpty()) {
        answer(pending, HttpReply::notFound(u"There is no such resource."_s));
        return true;
    }
    if (match.route < 0) {
        HttpReply reply = HttpReply::problem(405, u"Method Not Allowed"_s);
        reply.headers.append(qMakePair(QByteArray("Allow"), match.allowedMethods.join(", ")));
        answer(pending, reply);
        return true;
    }
    if (m_dispatcher.isAsync(match.route)) {
        // The answer is written when it comes: clients wait for an answer
        // before they send the next request on a connection.
        auto answered = std::make_shared<bool>(false);
        m_dispatcher.dispatchAsync(match.route, request, match.args,
                                   [this, pending, answered](const HttpReply &reply) {
                                       if (!std::exchange(*answered, true))
                                           answer(pending, reply);
                                   });
        return true;
    }
    if (m_workers) {
        m_workers->dispatch(
            match.route, request, match.args, this,
            [this, pending](const HttpReply &reply, const QList<Change> &published) {
                answer(pending, reply, published);
            });
        return true;
    }
    QList<Change> published;
    const HttpReply reply = m_dispatcher.dispatch(match.route, request, match.args, &published);
    answer(pending, reply, published);
    return true;
}

std::optional<HttpReply> ApiServer::eventsRefusal(const RequestData &request) const
{
    if (request.method() != QHttpServerRequest::Method::Get) {
        HttpReply reply = HttpReply::problem(405, u"Method Not Allowed"_s);
        reply.headers.append(qMakePair(QByteArray("Allow"), QByteArray("GET")));
        return reply;
    }
    // Whether the session is valid takes the database: that is asked once
    // the socket is a WebSocket, not on this thread.
    if (!SessionRepository::isWellFormed(bearerToken(request.value("Authorization"))))
        return HttpReply::problem(401, u"Unauthorized"_s, u"A valid bearer token is required."_s);
    if (!isWebSocketUpgrade(request)) {
        HttpReply reply = HttpReply::problem(426, u"Upgrade Required"_s,
                                             u"The events are sent over a WebSocket."_s);
        reply.headers.append(qMakePair(QByteArray("Upgrade"), QByteArray("websocket")));
        return reply;
    }
    return std::nullopt;
}

void ApiServer::answer(const Pending &pending, const HttpReply &reply,
                       const QList<Change> &published)
{
    const auto answers = m_answers.find(pending.socket.data());
    if (pending.socket && answers != m_answers.end() && answers->socket == pending.socket) {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' +
                          reasonPhrase(reply.status) + "\r\n";
        if (!reply.contentType.isEmpty())
            head += "Content-Type: " + reply.contentType + "\r\n";
        for (const auto &[name, value] : reply.headers)
            head += name + ": " + value + "\r\n";
        head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
        if (pending.close)
            head += "Connection: close\r\n";
        answers->ready.insert(pending.sequence, {head + "\r\n" + reply.body, pending.close});
        writeReadyAnswers(*answers);
    } // else: the client has gone meanwhile
    if (!published.isEmpty())
        m_parts.committed(published);
    if (m_requestLogging)
        qInfo("%s %s -> %d (%lld ms)", pending.method.constData(),
              qPrintable(pathForLog(pending.path)), reply.status, pending.started.elapsed());
}

void ApiServer::writeReadyAnswers(Answers &answers)
{
    QTcpSocket *socket = answers.socket.data();
    if (answers.closed) {
        answers.ready.clear();
        return;
    }
    while (!answers.ready.isEmpty() && answers.ready.firstKey() == answers.written) {
        const auto [bytes, close] = answers.ready.take(answers.written);
        ++answers.written;
        socket->write(bytes);
        if (close) {
            // Nothing after a "Connection: close" answer is written.
            answers.closed = true;
            answers.ready.clear();
            socket->disconnectFromHost();
            return;
        }
    }
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest answers every request; Qt calls this only if it did not,
    // and after a refused upgrade, whose answer has gone out already.
    if (const auto known = m_answers.constFind(socket);
        known != m_answers.cend() && known->socket == socket && known->closed)
        return;
    answer(pendingOf(RequestData::of(request), socket),
           HttpReply::notFound(u"There is no such resource."_s));
}

void ApiServer::acceptWebSockets()
{
    while (hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = nextPendingWebSocketConnection();
        if (!socket)
            continue;
        QWebSocket *accepted = socket.release();
        accepted->setParent(this);
        // Gone when the client leaves, also before its session is known.
        connect(accepted, &QWebSocket::disconnected, accepted, &QObject::deleteLater);
        authenticateEventSocket(accepted);
    }
}

void ApiServer::authenticateEventSocket(QWebSocket *socket)
{
    const QByteArray token = bearerToken(socket->request().rawHeader("Authorization"));
    const quint64 checksBefore = m_userChecks;
    resolveSessions({token}, [this, socket = QPointer<QWebSocket>(socket), token,
                              checksBefore](const auto &sessions) {
        const bool failed = !sessions;
        const std::optional<UserRecord> user = sessions ? sessions->value(token) : std::nullopt;
        if (!socket || socket->state() != QAbstractSocket::ConnectedState)
            return; // the client has left
        if (user && m_lastCheckOf.value(user->id) > checksBefore) {
            // The user's sessions ended meanwhile, perhaps this one: their
            // sockets here were checked without this one.
            authenticateEventSocket(socket);
            return;
        }
        if (!m_stopping && !failed && user && !user->mustChangePassword) {
            m_parts.events.add(socket, Recipient::of(*user), user->id, token,
                               m_parts.events.latestRevision());
            return;
        }
        // Gone once the client has answered the close, or after a few
        // seconds without.
        QTimer::singleShot(5000, socket, [socket] { socket->abort(); });
        if (m_stopping)
            socket->close(QWebSocketProtocol::CloseCodeGoingAway);
        else if (failed) // not the session's fault: the client tries again, backing off
            socket->close(QWebSocketProtocol::CloseCodeBadOperation, u"database unreachable"_s);
        else
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, u"unauthorized"_s);
    });
}
