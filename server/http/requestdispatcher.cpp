#include "server/http/requestdispatcher.h"

#include "server/auth/needtoknow.h"
#include "server/auth/sessionrepository.h"
#include "server/storage/changelog.h"
#include "server/storage/database.h"
#include "server/storage/idempotencyrepository.h"

#include <QCryptographicHash>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
QRegularExpression compilePattern(const QString &pattern)
{
    QString regex = QRegularExpression::escape(pattern);
    // escape() turned "{id}" into "\{id\}": each becomes one path segment.
    static const QRegularExpression placeholder(uR"(\\\{[A-Za-z]+\\\})"_s);
    regex.replace(placeholder, u"([^/]+)"_s);
    return QRegularExpression(u'^' + regex + u'$');
}

bool isWrite(QHttpServerRequest::Method method)
{
    using M = QHttpServerRequest::Method;
    return method == M::Post || method == M::Patch || method == M::Put || method == M::Delete;
}

QByteArray compact(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

// True when every member of `entity` is in `answer` with the same value.
bool answerIsEntity(const QJsonObject &answer, const QJsonObject &entity)
{
    for (auto it = entity.begin(); it != entity.end(); ++it) {
        if (answer.value(it.key()) != it.value())
            return false;
    }
    return true;
}
// What of a write's body its stored request hash covers: the body as sent, or
// without its passwords. A fast hash of a body with a password in it, kept
// for days, would let anyone with a backup guess the password offline.
QByteArray bodyForRequestHash(const QByteArray &raw, QJsonObject body)
{
    bool secret = false;
    for (const QString &member : {u"password"_s, u"old"_s, u"new"_s}) {
        secret = secret || body.contains(member);
        body.remove(member);
    }
    return secret ? compact(body) : raw;
}
} // namespace

QByteArray bearerToken(const QByteArray &authorization)
{
    static const QByteArray prefix = "Bearer ";
    if (!authorization.startsWith(prefix))
        return {};
    return authorization.mid(prefix.size()).trimmed();
}

QByteArray RequestDispatcher::methodName(Method method)
{
    using M = QHttpServerRequest::Method;
    switch (method) {
    case M::Get:
        return "GET";
    case M::Post:
        return "POST";
    case M::Patch:
        return "PATCH";
    case M::Put:
        return "PUT";
    case M::Delete:
        return "DELETE";
    case M::Head:
        return "HEAD";
    case M::Options:
        return "OPTIONS";
    default:
        return "OTHER";
    }
}

const Roles RequestDispatcher::kPublic = {};
const Roles RequestDispatcher::kAnyUser =
    Role::Clerk | Role::Registrar | Role::Supervisor | Role::Admin | Role::Display | Role::Kiosk;

QString pathForLog(const QString &path)
{
    static const QString payments = u"/api/v1/payments/"_s;
    return path.startsWith(payments) && path.size() > payments.size() ? payments + u"…"_s : path;
}

std::optional<qint64> jsonId(const QJsonValue &value)
{
    bool ok = false;
    const qint64 id = value.toString().toLongLong(&ok);
    return value.isString() && ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

HttpReply passwordChangeRequired()
{
    return HttpReply::problem(403, u"Forbidden"_s,
                              u"Your password was reset: choose a new one first "
                              "(POST /api/v1/session/password)."_s,
                              u"password-change-required"_s);
}

std::optional<HttpReply> checkVersion(int current, const QJsonValue &expected, const QString &what)
{
    if (expected.isUndefined() || expected.isNull())
        return std::nullopt;
    if (!expected.isDouble())
        return HttpReply::badRequest(u"version must be a number."_s);
    if (expected.toInt() != current)
        return HttpReply::conflict(
            u"version-conflict"_s,
            u"The %1 was changed meanwhile (now version %2)."_s.arg(what).arg(current));
    return std::nullopt;
}

std::optional<qint64> ApiRequest::idArg(int index) const
{
    bool ok = false;
    const qint64 id = pathArgs.value(index).toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

QString ApiRequest::queryValue(const QString &name) const
{
    return http.query().queryItemValue(name, QUrl::FullyDecoded);
}

RequestDispatcher::RequestDispatcher(Parts parts)
    : m_parts(parts)
{}

void RequestDispatcher::route(Method method, const QString &pattern, Roles allowed, Handler handler,
                              qsizetype maxBodyBytes)
{
    m_routes.append(
        {method, compilePattern(pattern), allowed, std::move(handler), {}, maxBodyBytes});
}

void RequestDispatcher::allowBeforePasswordChange(Method method, const QString &pattern)
{
    const QRegularExpression compiled = compilePattern(pattern);
    for (Route &route : m_routes) {
        if (route.method == method && route.pattern == compiled)
            route.beforePasswordChange = true;
    }
}

void RequestDispatcher::routeAsync(const QString &pattern, Roles allowed, AsyncHandler handler)
{
    m_routes.append({Method::Get, compilePattern(pattern), allowed, {}, std::move(handler)});
}

RequestDispatcher::Match RequestDispatcher::match(Method method, const QString &path) const
{
    Match result;
    for (int i = 0; i < m_routes.size(); ++i) {
        const Route &route = m_routes.at(i);
        const QRegularExpressionMatch m = route.pattern.match(path);
        if (!m.hasMatch())
            continue;
        if (route.method != method) {
            result.allowedMethods.append(methodName(route.method));
            continue;
        }
        result.route = i;
        result.args = m.capturedTexts().mid(1);
        result.allowedMethods.clear();
        break;
    }
    return result;
}

std::optional<UserRecord> RequestDispatcher::authenticate(const QByteArray &authorization)
{
    return m_parts.sessions.resolve(bearerToken(authorization));
}

std::optional<UserRecord> RequestDispatcher::userOfSession(const QByteArray &token)
{
    for (int attempt = 0;; ++attempt) {
        if (!m_parts.db.isOpen() && !m_parts.db.ensureAlive())
            throw DatabaseFailure(u"The database is not reachable."_s);
        try {
            return m_parts.sessions.resolve(token);
        } catch (const DatabaseFailure &) {
            if (attempt > 0 || !m_parts.db.ensureAlive())
                throw;
        }
    }
}

HttpReply RequestDispatcher::dispatch(int routeIndex, const RequestData &request,
                                      const QStringList &args, QList<Change> *published)
{
    const Route &route = m_routes.at(routeIndex);
    if (request.body().size() > route.maxBodyBytes)
        return HttpReply::problem(
            413, u"Content Too Large"_s,
            u"The request body is larger than %1 bytes."_s.arg(route.maxBodyBytes));
    // One retry when the connection turns out to be dead: after a database
    // restart the first statement fails although the database is back.
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!m_parts.db.isOpen() && !m_parts.db.ensureAlive())
            break;
        try {
            ApiRequest apiRequest{request, args, std::nullopt, {}, {}, clientAddressOf(request),
                                  {},      {}};
            m_parts.changes.discardRecorded();
            HttpReply reply = run(route, apiRequest, isWrite(request.method()));
            *published = m_parts.changes.takeRecorded();
            runAlways(apiRequest);
            return reply;
        } catch (const RecordChanged &) {
            m_parts.changes.discardRecorded();
            return HttpReply::conflict(u"version-conflict"_s,
                                       u"The record was changed meanwhile; load it again."_s);
        } catch (const DatabaseFailure &failure) {
            m_parts.changes.discardRecorded();
            if (m_parts.db.ensureAlive()) {
                qWarning("Database statement failed: %s", failure.what());
                return HttpReply::problem(500, u"Internal Server Error"_s,
                                          u"The request could not be completed."_s);
            }
        } catch (const std::exception &error) {
            qWarning("Request failed: %s", error.what());
            return HttpReply::problem(500, u"Internal Server Error"_s,
                                      u"The request could not be completed."_s);
        }
    }
    return HttpReply::problem(503, u"Service Unavailable"_s,
                              u"The database is not reachable. Please try again shortly."_s);
}

QString RequestDispatcher::clientAddressOf(const RequestData &request) const
{
    // The last X-Forwarded-For line only: a proxy that adds its own line
    // (HAProxy's `option forwardfor`) adds it last, and the order in which Qt
    // 6.4 hands out repeated lines is not assured: a line the client wrote
    // could come after the proxy's. (nginx extends the client's line instead.)
    const QByteArray forwardedFor =
        m_trustedProxies.isEmpty() ? QByteArray() : request.value("X-Forwarded-For");
    return m_trustedProxies.clientAddress(request.remoteAddress(), forwardedFor).toString();
}

void RequestDispatcher::runAlways(const ApiRequest &request)
{
    if (request.always.isEmpty() && request.auditAlways.isEmpty())
        return;
    try {
        Transaction transaction(m_parts.db);
        for (const auto &work : request.always)
            work();
        for (const AuditEntry &entry : request.auditAlways)
            m_parts.auditLog.record(entry);
        transaction.commit();
    } catch (const DatabaseFailure &failure) {
        // The answer stands; the log says what is missing (never its values).
        qWarning("Writes after the request could not be made (%lld, %lld audit entries): %s",
                 qlonglong(request.always.size()), qlonglong(request.auditAlways.size()),
                 failure.what());
    }
}

HttpReply RequestDispatcher::run(const Route &route, ApiRequest &apiRequest, bool write)
{
    const RequestData &request = apiRequest.http;
    if (auto refused = authorize(route, apiRequest))
        return *refused;
    if (write && request.method() != Method::Delete) {
        const QByteArray body = request.body();
        QJsonParseError error;
        const QJsonDocument document = body.trimmed().isEmpty()
                                           ? QJsonDocument(QJsonObject())
                                           : QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return HttpReply::problem(400, u"Bad Request"_s,
                                      u"The request body must be a JSON object."_s);
        apiRequest.body = document.object();
    }
    if (!write)
        return route.handler(apiRequest);

    const QString key = QString::fromLatin1(request.value("Idempotency-Key"));
    const bool idempotent = !key.isEmpty() && apiRequest.user;
    QByteArray requestHash;
    if (idempotent) {
        if (key.size() > 200)
            return HttpReply::problem(400, u"Bad Request"_s, u"The Idempotency-Key is too long."_s);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(methodName(request.method()));
        hash.addData(request.url().path().toUtf8());
        hash.addData(bodyForRequestHash(request.body(), apiRequest.body));
        requestHash = hash.result().toHex();
        if (const auto stored = m_parts.idempotency.find(apiRequest.user->id, key)) {
            if (stored->requestHash != requestHash)
                return HttpReply::problem(422, u"Unprocessable Content"_s,
                                          u"This Idempotency-Key was used for another request."_s);
            return replayOf(*stored, Recipient::of(*apiRequest.user));
        }
    }

    HttpReply reply;
    {
        Transaction transaction(m_parts.db);
        if (idempotent) {
            const auto keyInUse = [] {
                return HttpReply::conflict(u"idempotency-key-in-use"_s,
                                           u"A request with this Idempotency-Key is still being "
                                           "handled; try again shortly."_s);
            };
            using Claim = IdempotencyRepository::Claim;
            switch (m_parts.idempotency.claim(apiRequest.user->id, key, requestHash)) {
            case Claim::Busy:
                return keyInUse();
            case Claim::Taken: {
                // The same key came meanwhile, through this server or another
                // one, and its write has ended (the claim waited for it):
                // answer as it was answered; this request does nothing.
                const auto stored = m_parts.idempotency.find(apiRequest.user->id, key);
                if (!stored)
                    return keyInUse(); // removed in between (30 days old)
                if (stored->requestHash != requestHash)
                    return HttpReply::problem(
                        422, u"Unprocessable Content"_s,
                        u"This Idempotency-Key was used for another request."_s);
                return replayOf(*stored, Recipient::of(*apiRequest.user));
            }
            case Claim::Claimed:
                break;
            }
            // A refusal undoes the handler's work but keeps the claim, which
            // gets the refusal as its answer in this same transaction.
            m_parts.db.exec(u"SAVEPOINT handler"_s);
        }
        reply = route.handler(apiRequest);
        if (reply.status < 400) {
            if (idempotent)
                m_parts.idempotency.complete(apiRequest.user->id, key,
                                             storedFormOf(requestHash, reply));
            transaction.commit();
        } else {
            m_parts.changes.discardRecorded(); // rolled back: nothing happened
            if (idempotent && reply.status < 500) {
                m_parts.db.exec(u"ROLLBACK TO SAVEPOINT handler"_s);
                m_parts.idempotency.complete(apiRequest.user->id, key,
                                             storedFormOf(requestHash, reply));
                transaction.commit();
            }
        }
    }
    if (reply.status < 400) {
        for (const auto &work : std::as_const(apiRequest.afterCommit))
            work();
    }
    return reply;
}

IdempotencyRepository::StoredReply storedReplyOf(const QByteArray &requestHash,
                                                 const HttpReply &reply,
                                                 const QList<Change> &recorded,
                                                 const QStringList &kinds)
{
    IdempotencyRepository::StoredReply stored{
        requestHash, reply.status, reply.contentType, reply.body, {}, {}, 0};
    if (reply.status >= 300 || reply.body.isEmpty())
        return stored;
    const QJsonObject answer = QJsonDocument::fromJson(reply.body).object();
    const QString id = answer.value(u"id"_s).toString();
    for (auto change = recorded.crbegin(); !id.isEmpty() && change != recorded.crend(); ++change) {
        if (change->op != Change::Op::Upsert || change->id != id ||
            !kinds.contains(change->entity) || !answerIsEntity(answer, change->data))
            continue;
        QJsonObject beside;
        for (auto it = answer.begin(); it != answer.end(); ++it) {
            if (!change->data.contains(it.key()))
                beside.insert(it.key(), it.value());
        }
        stored.body = beside.isEmpty() ? QByteArray() : compact(beside);
        stored.entity = change->entity;
        stored.entityId = id;
        stored.entityVersion = answer.value(u"version"_s).toInt();
        return stored;
    }
    // Not an entity it knows: whatever it holds (a slot's free-text reason, a
    // kind added later) is not kept, only that it succeeded and on what.
    stored.body = id.isEmpty() ? QByteArray() : compact(QJsonObject{{u"id"_s, id}});
    stored.contentType = id.isEmpty() ? QByteArray() : QByteArray("application/json");
    return stored;
}

IdempotencyRepository::StoredReply RequestDispatcher::storedFormOf(const QByteArray &requestHash,
                                                                   const HttpReply &reply) const
{
    return storedReplyOf(requestHash, reply, m_parts.changes.recorded(), m_parts.entities.kinds);
}

// A replay answers with the first status and, for an entity, the entity as it
// is now (anonymised, if the retention run came by), as the asker may see it.
HttpReply RequestDispatcher::replayOf(const IdempotencyRepository::StoredReply &stored,
                                      const Recipient &asker) const
{
    HttpReply replay{stored.status, stored.contentType, stored.body, {}};
    if (!stored.entity.isEmpty()) {
        QJsonObject answer = QJsonDocument::fromJson(stored.body).object();
        if (const auto current = m_parts.entities.read
                                     ? m_parts.entities.read(stored.entity, stored.entityId)
                                     : std::nullopt) {
            for (auto it = current->begin(); it != current->end(); ++it)
                answer.insert(it.key(), it.value());
        }
        replay.contentType = "application/json";
        // As the asker may see it now; one they may not see at all (a
        // registrar who booked for the Bürgeramt) is named by id only; a
        // kiosk asking again gets the number it prints, and the wait.
        const auto visible = m_parts.needToKnow.entity(stored.entity, answer, asker);
        QJsonObject named{{u"id"_s, stored.entityId}, {u"version"_s, answer.value(u"version"_s)}};
        if (stored.entity == u"ticket"_s) {
            for (const QString &member : {u"number"_s, u"estimatedWaitMinutes"_s})
                named.insert(member, answer.value(member));
        }
        replay.body = compact(visible ? *visible : named);
    }
    replay.headers.append(qMakePair(QByteArray("Idempotent-Replayed"), QByteArray("true")));
    return replay;
}

std::optional<HttpReply> RequestDispatcher::authorize(const Route &route, ApiRequest &apiRequest)
{
    if (route.allowed == kPublic)
        return std::nullopt;
    apiRequest.user = authenticate(apiRequest.http.value("Authorization"));
    if (!apiRequest.user)
        return HttpReply::problem(401, u"Unauthorized"_s, u"A valid bearer token is required."_s);
    // Each route names every role it serves; an administrator is no
    // exception (need-to-know: configuration, not citizens' data).
    if (apiRequest.user->mustChangePassword && !route.beforePasswordChange)
        return passwordChangeRequired();
    if (!(apiRequest.user->roles & route.allowed))
        return HttpReply::problem(403, u"Forbidden"_s, u"Your role may not use this resource."_s);
    return std::nullopt;
}

void RequestDispatcher::dispatchAsync(int routeIndex, const RequestData &request,
                                      const QStringList &args, Respond respond)
{
    const Route &route = m_routes.at(routeIndex);
    std::optional<HttpReply> refused;
    ApiRequest apiRequest{request, args, std::nullopt, {}, {}, clientAddressOf(request), {}, {}};
    try {
        if (!m_parts.db.ensureAlive())
            refused = HttpReply::problem(503, u"Service Unavailable"_s,
                                         u"The database is not reachable."_s);
        else
            refused = authorize(route, apiRequest);
    } catch (const DatabaseFailure &) {
        refused =
            HttpReply::problem(503, u"Service Unavailable"_s, u"The database is not reachable."_s);
    }
    if (refused) {
        respond(*refused);
        return;
    }
    try {
        route.asyncHandler(apiRequest, respond);
    } catch (const std::exception &error) {
        qWarning("Request failed: %s", error.what());
        respond(HttpReply::problem(500, u"Internal Server Error"_s,
                                   u"The request could not be completed."_s));
    }
}
