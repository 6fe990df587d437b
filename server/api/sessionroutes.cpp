#include "core/domain/isotime.h"
#include "server/api/routes.h"
#include "server/auth/loginthrottle.h"
#include "server/auth/passwordpolicy.h"
#include "server/auth/sessionrepository.h"
#include "server/auth/userrepository.h"
#include "server/http/eventhub.h"
#include "server/http/requestdispatcher.h"
#include "server/storage/auditlog.h"
#include "server/storage/database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
QJsonObject userJson(const UserRecord &user)
{
    QJsonArray officeIds;
    for (qint64 officeId : user.officeIds)
        officeIds.append(QString::number(officeId));
    return {{u"login"_s, user.login},
            {u"displayName"_s, user.displayName},
            {u"roles"_s, QJsonArray::fromStringList(roleNames(user.roles))},
            {u"officeIds"_s, officeIds}};
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QByteArray bearer(const ApiRequest &request)
{
    return request.http.value("Authorization").mid(7).trimmed();
}
} // namespace

void installSessionRoutes(RequestDispatcher &api, const SessionRoutes &parts)
{
    using M = RequestDispatcher::Method;

    api.route(M::Get, u"/api/v1/health"_s, RequestDispatcher::kPublic, [parts](ApiRequest &) {
        parts.db.exec(u"SELECT 1"_s);
        return HttpReply::json(200, QJsonObject{{u"status"_s, u"ok"_s}});
    });

    api.route(M::Post, u"/api/v1/session"_s, RequestDispatcher::kPublic, [parts](ApiRequest &r) {
        const QJsonValue login = r.body.value(u"login"_s);
        const QJsonValue password = r.body.value(u"password"_s);
        if (!login.isString() || !password.isString() || login.toString().isEmpty())
            return HttpReply::problem(400, u"Bad Request"_s,
                                      u"login and password are required strings."_s);
        // Refused unchecked while throttled: guessing on gains nothing. The
        // first refusal of each wait is audited, whatever becomes of the
        // request; the others would only flood the log.
        const auto refuseThrottled = [&r, &login, &parts](int wait, const QString &why,
                                                          const QString &detail) {
            r.always.append([throttle = &parts.loginThrottle, auditLog = &parts.auditLog,
                             login = login.toString(), address = r.clientAddress, why, wait] {
                if (throttle->isFirstRefusalOfWait(login, address))
                    auditLog->record({login,
                                      u"login.throttled"_s,
                                      {},
                                      compactJson({{u"throttled"_s, why}, {u"retryAfter"_s, wait}}),
                                      address});
            });
            HttpReply reply = HttpReply::problem(429, u"Too Many Requests"_s, detail.arg(wait),
                                                 u"login-throttled"_s, {{u"retryAfter"_s, wait}});
            reply.headers.append({"Retry-After", QByteArray::number(wait)});
            return reply;
        };
        if (const int wait = parts.loginThrottle.secondsToWaitForAddress(r.clientAddress); wait > 0)
            return refuseThrottled(
                wait, u"address"_s,
                u"Too many wrong passwords from this address; try again in %1 seconds."_s);
        if (const int wait = parts.loginThrottle.secondsToWait(login.toString()); wait > 0)
            return refuseThrottled(
                wait, u"login"_s,
                u"Too many wrong passwords for this user; try again in %1 seconds."_s);
        const auto user = parts.users.authenticate(login.toString(), password.toString());
        if (!user) {
            r.always.append([throttle = &parts.loginThrottle, auditLog = &parts.auditLog,
                             login = login.toString(), address = r.clientAddress] {
                const int locked =
                    std::max(throttle->failed(login), throttle->failedFromAddress(address));
                auditLog->record({login,
                                  u"login.failed"_s,
                                  {},
                                  locked > 0 ? compactJson({{u"retryAfter"_s, locked}}) : QString(),
                                  address});
            });
            return HttpReply::problem(401, u"Unauthorized"_s, u"User name or password is wrong."_s);
        }
        parts.loginThrottle.succeeded(login.toString());
        const QByteArray token = parts.sessions.create(user->id);
        parts.auditLog.record({user->login, u"login"_s, {}, {}, r.clientAddress});
        return HttpReply::json(200,
                               QJsonObject{{u"token"_s, QString::fromLatin1(token)},
                                           {u"user"_s, userJson(*user)},
                                           {u"mustChangePassword"_s, user->mustChangePassword}});
    });

    api.route(M::Get, u"/api/v1/session"_s, RequestDispatcher::kAnyUser, [](ApiRequest &r) {
        return HttpReply::json(200,
                               QJsonObject{{u"user"_s, userJson(*r.user)},
                                           {u"mustChangePassword"_s, r.user->mustChangePassword}});
    });
    api.allowBeforePasswordChange(M::Get, u"/api/v1/session"_s);

    // One's own password: the other sessions end (whoever may have known the
    // old one), this one goes on.
    api.route(
        M::Post, u"/api/v1/session/password"_s, RequestDispatcher::kAnyUser,
        [parts](ApiRequest &r) {
            const QJsonValue oldPassword = r.body.value(u"old"_s);
            const QJsonValue newPassword = r.body.value(u"new"_s);
            if (!oldPassword.isString() || !newPassword.isString())
                return HttpReply::badRequest(u"old and new are required strings."_s);
            // A stolen session must not become a way to guess the password: the
            // login's throttle counts here too, and every refusal is audited.
            if (const int wait = parts.loginThrottle.secondsToWait(r.user->login); wait > 0) {
                r.auditAlways.append({r.user->login, u"session.password-change.throttled"_s,
                                      u"user/%1"_s.arg(r.user->id),
                                      compactJson({{u"retryAfter"_s, wait}}), r.clientAddress});
                HttpReply reply = HttpReply::problem(
                    429, u"Too Many Requests"_s,
                    u"Too many wrong passwords for this user; try again in %1 seconds."_s.arg(wait),
                    u"login-throttled"_s, {{u"retryAfter"_s, wait}});
                reply.headers.append({"Retry-After", QByteArray::number(wait)});
                return reply;
            }
            if (!parts.users.passwordMatches(r.user->id, oldPassword.toString())) {
                r.always.append([throttle = &parts.loginThrottle, login = r.user->login] {
                    throttle->failed(login);
                });
                r.auditAlways.append({r.user->login,
                                      u"session.password-change.failed"_s,
                                      u"user/%1"_s.arg(r.user->id),
                                      {},
                                      r.clientAddress});
                return HttpReply::problem(403, u"Forbidden"_s, u"The old password is wrong."_s,
                                          u"wrong-password"_s);
            }
            // The old password was right, whatever becomes of the new one.
            r.always.append([throttle = &parts.loginThrottle, login = r.user->login] {
                throttle->succeeded(login);
            });
            QString problem = PasswordPolicy::problem(newPassword.toString(), r.user->login);
            if (problem.isEmpty() && newPassword.toString() == oldPassword.toString())
                problem = u"The new password must differ from the old one."_s;
            if (!problem.isEmpty())
                return HttpReply::problem(422, u"Unprocessable Content"_s, problem,
                                          u"weak-password"_s);
            parts.users.setPassword(r.user->id, newPassword.toString(), false);
            const QByteArray token = bearer(r);
            parts.sessions.removeForUser(r.user->id, token);
            parts.auditLog.record(r.user->login, u"session.password-change"_s,
                                  u"user/%1"_s.arg(r.user->id));
            return HttpReply::noContent();
        });
    api.allowBeforePasswordChange(M::Post, u"/api/v1/session/password"_s);

    api.route(M::Delete, u"/api/v1/session"_s, RequestDispatcher::kAnyUser, [parts](ApiRequest &r) {
        parts.sessions.remove(bearer(r)); // its event sockets close after the commit
        parts.auditLog.record({r.user->login, u"logout"_s, {}, {}, r.clientAddress});
        return HttpReply::noContent();
    });
    api.allowBeforePasswordChange(M::Delete, u"/api/v1/session"_s);
}
