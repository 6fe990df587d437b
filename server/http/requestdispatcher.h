#pragma once

#include "core/domain/change.h"
#include "core/domain/roles.h"
#include "server/auth/userrepository.h"
#include "server/http/httpreply.h"
#include "server/http/requestdata.h"
#include "server/http/trustedproxies.h"
#include "server/storage/auditlog.h"
#include "server/storage/idempotencyrepository.h"

#include <QJsonObject>
#include <QRegularExpression>

#include <functional>
#include <optional>

class AuditLog;
class ChangeLog;
class Database;
class NeedToKnow;
class SessionRepository;
struct Recipient;

// The current JSON of an entity by kind and id (nullopt: no such entity), for
// answering a replayed write with the entity as it is now. `kinds` are the
// kinds it reads; an answer that is one of them is stored as a reference only.
struct EntityReader
{
    QStringList kinds;
    std::function<std::optional<QJsonObject>(const QString &kind, const QString &id)> read;
};

// What is kept of a write's answer for replays, for at most
// IdempotencyRepository::kKeepDays. It fails closed:
// * an entity of one of `kinds` (the answer contains the change the request
//   recorded of it, in `recorded`): its kind, id and version, and the members
//   the route added beside it (estimatedWaitMinutes, appointmentId,
//   appointmentStartsAt: figures and ids, no personal data);
// * any other successful answer: the status and the answer's id, nothing
//   else of its body (a wedding slot's free-text reason, a kind added later);
// * problem details and empty answers, as they are: the server writes them
//   from ids, statuses, ticket numbers and at most the booking code the
//   request itself sent, never from names or contact data.
IdempotencyRepository::StoredReply storedReplyOf(const QByteArray &requestHash,
                                                 const HttpReply &reply,
                                                 const QList<Change> &recorded,
                                                 const QStringList &kinds);

// A request's path as the request log writes it: a payment reference (which
// can lead to a person) replaced by "…". Booking codes travel in bodies and
// queries only, which the log leaves out.
QString pathForLog(const QString &path);

// An id in a JSON body ("12", as ids travel), if it is one.
std::optional<qint64> jsonId(const QJsonValue &value);

// 403 `password-change-required`: the account's password was reset and must
// be changed before anything else.
HttpReply passwordChangeRequired();

// The `version` a write expects its record at (undefined or null: no check):
// 400 when it is not a number, 409 `version-conflict` when the record (`what`,
// e.g. "appointment") is at another.
std::optional<HttpReply> checkVersion(int current, const QJsonValue &expected, const QString &what);

// One request as a route handler sees it.
struct ApiRequest
{
    RequestData http;
    QStringList pathArgs;           // the {placeholders} of the route, in order
    std::optional<UserRecord> user; // set for every route that is not public
    QJsonObject body;               // set for routes that take a JSON body
    // Work for after the write's commit (and only when it committed): e.g.
    // deleting files its records no longer name, reclaiming removed data.
    QList<std::function<void()>> afterCommit;
    // The client's address (see TrustedProxies), for the audit log and the
    // login throttle.
    QString clientAddress;
    // Audit entries that must exist whatever becomes of the request (a
    // refused login, a refused read): written by the dispatcher in their own
    // transaction after the request's has ended, committed or rolled back.
    // Entries that belong to the write go to AuditLog::record.
    QList<AuditEntry> auditAlways;
    // Writes that must happen whatever becomes of the request (the login
    // throttle's count of a wrong password): run in that same transaction,
    // before the entries above.
    QList<std::function<void()>> always;

    // The path argument `index` as a database id, if it is one.
    std::optional<qint64> idArg(int index) const;
    QString queryValue(const QString &name) const;
};

// The HTTP API: routing, authentication, role checks, body limits,
// idempotent writes and problem+json errors. Handlers run on this object's
// thread, each write inside one database transaction.

// The token of an "Authorization: Bearer …" header (empty: none).
QByteArray bearerToken(const QByteArray &authorization);

// The routes of the API and how one request is run: authentication, role
// checks, body limits, idempotent writes, one transaction per write and
// problem+json errors. Not tied to a socket: the ApiServer hands it the
// request and writes its answer. Everything here works with one database
// connection, so a dispatcher belongs to one thread; a server with worker
// threads has one per worker, each with the same routes in the same order.
class RequestDispatcher
{
public:
    using Method = QHttpServerRequest::Method;
    using Handler = std::function<HttpReply(ApiRequest &)>;
    // For answers that wait on something outside (a payment provider): call
    // `respond` once, later, on this thread. The request is not available then.
    using Respond = std::function<void(const HttpReply &)>;
    using AsyncHandler = std::function<void(ApiRequest &, Respond)>;

    static constexpr qsizetype kMaxJsonBodyBytes = 1024 * 1024;
    static const Roles kPublic; // no login needed
    static const Roles kAnyUser;

    // What it needs besides the routes: the connection for the request's
    // transaction, sessions for the token, the change log whose recorded
    // changes a request hands back, the stored answers of writes and the
    // current form of the entities those answers name.
    struct Parts
    {
        Database &db;
        SessionRepository &sessions;
        ChangeLog &changes;
        IdempotencyRepository &idempotency;
        EntityReader entities;
        const NeedToKnow &needToKnow; // for a replayed answer
        AuditLog &auditLog;           // for ApiRequest::auditAlways
    };

    explicit RequestDispatcher(Parts parts);

    // `pattern` like "/api/v1/counters/{id}/call-next". Bodies over
    // `maxBodyBytes` are refused with 413 (uploads allow more).
    void route(Method method, const QString &pattern, Roles allowed, Handler handler,
               qsizetype maxBodyBytes = kMaxJsonBodyBytes);
    // Lets the route `pattern` serve an account that must change its password
    // first (all others answer passwordChangeRequired()); after route().
    void allowBeforePasswordChange(Method method, const QString &pattern);
    // A read-only route whose answer comes later (no transaction, no idempotency).
    void routeAsync(const QString &pattern, Roles allowed, AsyncHandler handler);

    // The route for `method` and `path`: its index, or -1 with the methods
    // the path has (empty: no such path).
    struct Match
    {
        int route = -1;
        QStringList args;
        QList<QByteArray> allowedMethods;
    };
    Match match(Method method, const QString &path) const;
    qsizetype routeCount() const { return m_routes.size(); }
    bool isAsync(int route) const { return bool(m_routes.at(route).asyncHandler); }

    // Runs route `route` (not an async one) and returns its answer; the
    // changes its transaction committed go to `published`.
    HttpReply dispatch(int route, const RequestData &request, const QStringList &args,
                       QList<Change> *published);
    void dispatchAsync(int route, const RequestData &request, const QStringList &args,
                       Respond respond);
    std::optional<UserRecord> authenticate(const QByteArray &authorization);
    // The user whose session `token` is (nullopt: none, or it has ended),
    // outside any route: reconnects first when the connection is closed, and
    // once more when the statement fails on a dead one (as dispatch does).
    // Throws DatabaseFailure when the database cannot be reached.
    std::optional<UserRecord> userOfSession(const QByteArray &token);

    // Whose X-Forwarded-For names the client (default: nobody's).
    void setTrustedProxies(const TrustedProxies &proxies) { m_trustedProxies = proxies; }

    static QByteArray methodName(Method method);

private:
    struct Route
    {
        Method method;
        QRegularExpression pattern;
        Roles allowed;
        Handler handler;
        AsyncHandler asyncHandler;
        qsizetype maxBodyBytes = kMaxJsonBodyBytes;
        bool beforePasswordChange = false;
    };

    HttpReply run(const Route &route, ApiRequest &apiRequest, bool isWrite);
    // Token and role checks; an error reply when they fail.
    std::optional<HttpReply> authorize(const Route &route, ApiRequest &apiRequest);
    // What of a write's answer is kept for replays, and the replay made from it.
    IdempotencyRepository::StoredReply storedFormOf(const QByteArray &requestHash,
                                                    const HttpReply &reply) const;
    HttpReply replayOf(const IdempotencyRepository::StoredReply &stored,
                       const Recipient &asker) const;
    QString clientAddressOf(const RequestData &request) const;
    // Runs ApiRequest::always and writes ApiRequest::auditAlways, in a
    // transaction of their own.
    void runAlways(const ApiRequest &request);

    Parts m_parts;
    QList<Route> m_routes;
    TrustedProxies m_trustedProxies;
};
