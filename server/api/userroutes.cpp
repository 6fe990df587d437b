#include "server/api/routes.h"
#include "server/auth/passwordpolicy.h"
#include "server/auth/sessionrepository.h"
#include "server/auth/userrepository.h"
#include "server/http/eventhub.h"
#include "server/http/requestdispatcher.h"
#include "server/storage/auditlog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

// The accounts, for administrators: people and devices, their roles, offices
// and passwords. Every change is audited with the fields before and after
// (never a password or its hash); one that takes rights away or changes the
// password ends the user's sessions and event sockets at once.
namespace {
QJsonArray officeIdsJson(const QList<qint64> &officeIds)
{
    QJsonArray ids;
    for (qint64 officeId : officeIds)
        ids.append(QString::number(officeId));
    return ids;
}

QJsonObject userJson(const UserRecord &user)
{
    return {{u"id"_s, QString::number(user.id)},
            {u"login"_s, user.login},
            {u"name"_s, user.displayName},
            {u"roles"_s, QJsonArray::fromStringList(roleNames(user.roles))},
            {u"officeIds"_s, officeIdsJson(user.officeIds)},
            {u"active"_s, user.active},
            {u"mustChangePassword"_s, user.mustChangePassword},
            {u"version"_s, user.version}};
}

// The members of `after` that differ from `before`, as the audit log keeps
// them: {"before":{…},"after":{…}}.
QString changeDetail(const QJsonObject &before, const QJsonObject &after)
{
    QJsonObject was;
    QJsonObject is;
    for (const QString &member : {u"login"_s, u"name"_s, u"roles"_s, u"officeIds"_s, u"active"_s,
                                  u"mustChangePassword"_s}) {
        if (before.value(member) != after.value(member)) {
            if (before.contains(member))
                was.insert(member, before.value(member));
            is.insert(member, after.value(member));
        }
    }
    return QString::fromUtf8(QJsonDocument(QJsonObject{{u"before"_s, was}, {u"after"_s, is}})
                                 .toJson(QJsonDocument::Compact));
}

std::optional<Roles> rolesIn(const QJsonValue &value)
{
    if (!value.isArray() || value.toArray().isEmpty())
        return std::nullopt;
    QStringList names;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return std::nullopt;
        names.append(item.toString());
    }
    QStringList unknown;
    const Roles roles = rolesFromNames(names, &unknown);
    return unknown.isEmpty() ? std::optional<Roles>(roles) : std::nullopt;
}

std::optional<QList<qint64>> officeIdsIn(const QJsonValue &value)
{
    if (!value.isArray())
        return std::nullopt;
    QList<qint64> ids;
    for (const QJsonValue &item : value.toArray()) {
        const auto id = jsonId(item);
        if (!id)
            return std::nullopt;
        ids.append(*id);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

// 400 or 422 when the roles, offices or password `user` is to have are not
// acceptable; `password` null: unchanged.
std::optional<HttpReply> checkAccount(UserRepository &users, const UserRecord &user,
                                      const QJsonValue &password)
{
    if (const QString problem = UserRecord::officesProblem(user.roles, user.officeIds);
        !problem.isEmpty())
        return HttpReply::badRequest(problem);
    if (const QList<qint64> unknown = users.unknownOffices(user.officeIds); !unknown.isEmpty())
        return HttpReply::badRequest(u"There is no office %1."_s.arg(unknown.first()));
    if (!password.isUndefined()) {
        if (!password.isString())
            return HttpReply::badRequest(u"password must be a string."_s);
        if (const QString problem = PasswordPolicy::problem(password.toString(), user.login);
            !problem.isEmpty())
            return HttpReply::problem(422, u"Unprocessable Content"_s, problem, u"weak-password"_s);
    }
    return std::nullopt;
}

// Sets name, roles, offices and active from `body` onto `user`; 400 when a
// member is not what it should be.
std::optional<HttpReply> applyMembers(const QJsonObject &body, UserRecord *user)
{
    if (body.contains(u"name"_s)) {
        const QString name = body.value(u"name"_s).toString().trimmed();
        if (!body.value(u"name"_s).isString() || name.isEmpty() || name.size() > 100)
            return HttpReply::badRequest(u"name must be a text of 1 to 100 characters."_s);
        user->displayName = name;
    }
    if (body.contains(u"roles"_s)) {
        const auto roles = rolesIn(body.value(u"roles"_s));
        if (!roles) {
            QStringList known;
            for (const Role role : allRoles())
                known.append(roleName(role));
            return HttpReply::badRequest(
                u"roles must be a non-empty list of: %1."_s.arg(known.join(u", "_s)));
        }
        user->roles = *roles;
    }
    if (body.contains(u"officeIds"_s)) {
        const auto officeIds = officeIdsIn(body.value(u"officeIds"_s));
        if (!officeIds)
            return HttpReply::badRequest(u"officeIds must be a list of office ids."_s);
        user->officeIds = *officeIds;
    }
    if (body.contains(u"active"_s)) {
        if (!body.value(u"active"_s).isBool())
            return HttpReply::badRequest(u"active must be true or false."_s);
        user->active = body.value(u"active"_s).toBool();
    }
    return std::nullopt;
}

// Whether a change from `before` to `after` leaves the city without an
// active administrator.
bool removesLastAdmin(UserRepository &users, const UserRecord &before, const UserRecord &after)
{
    const bool wasAdmin = before.active && before.roles.testFlag(Role::Admin);
    const bool isAdmin = after.active && after.roles.testFlag(Role::Admin);
    return wasAdmin && !isAdmin && users.otherActiveAdmins(before.id) == 0;
}

// Ends every session of `userId` in this transaction, and its event sockets
// once the change has committed (the server's ChangeFeed meets the end).
void endSessions(const UserRoutes &parts, qint64 userId)
{
    parts.sessions.removeForUser(userId);
}
} // namespace

QString userChangeDetail(const UserRecord *before, const UserRecord &after)
{
    return changeDetail(before ? userJson(*before) : QJsonObject(), userJson(after));
}

void installUserRoutes(RequestDispatcher &api, const UserRoutes &parts)
{
    using M = RequestDispatcher::Method;
    const Roles admin = Role::Admin;

    api.route(M::Get, u"/api/v1/users"_s, admin, [parts](ApiRequest &) {
        QJsonArray list;
        for (const UserRecord &user : parts.users.all())
            list.append(userJson(user));
        return HttpReply::json(200, list);
    });

    api.route(M::Post, u"/api/v1/users"_s, admin, [parts](ApiRequest &r) {
        static const QRegularExpression loginPattern(u"^[A-Za-z0-9._@-]{1,64}\\z"_s);
        UserRecord user;
        user.login = r.body.value(u"login"_s).toString();
        if (!loginPattern.match(user.login).hasMatch())
            return HttpReply::badRequest(
                u"login must be 1 to 64 letters, digits or . _ @ - (no spaces)."_s);
        user.displayName = user.login;
        if (!r.body.contains(u"roles"_s))
            return HttpReply::badRequest(u"roles are required."_s);
        if (!r.body.value(u"password"_s).isString())
            return HttpReply::badRequest(u"password is required."_s);
        if (auto error = applyMembers(r.body, &user))
            return *error;
        if (auto error = checkAccount(parts.users, user, r.body.value(u"password"_s)))
            return *error;
        // The administrator chose the first password: its person chooses their
        // own at the first login (as after a reset); a device cannot.
        user.mustChangePassword = !user.isDevice();
        const auto created = parts.users.create(user, r.body.value(u"password"_s).toString());
        if (!created)
            return HttpReply::conflict(u"login-taken"_s, u"This login exists already."_s);
        const QJsonObject answer = userJson(*created);
        parts.auditLog.record(r.user->login, u"user.create"_s, u"user/%1"_s.arg(created->id),
                              changeDetail({}, answer));
        return HttpReply::json(201, answer);
    });

    api.route(M::Patch, u"/api/v1/users/{id}"_s, admin, [parts](ApiRequest &r) {
        const auto id = r.idArg(0);
        const auto before = id ? parts.users.findAny(*id) : std::nullopt;
        if (!before)
            return HttpReply::notFound(u"There is no user with this id."_s);
        if (auto conflict = checkVersion(before->version, r.body.value(u"version"_s), u"user"_s))
            return *conflict;
        UserRecord after = *before;
        if (auto error = applyMembers(r.body, &after))
            return *error;
        const QJsonValue password = r.body.value(u"password"_s);
        if (auto error = checkAccount(parts.users, after, password))
            return *error;
        if (removesLastAdmin(parts.users, *before, after))
            return HttpReply::conflict(u"last-admin"_s,
                                       u"This is the last active administrator; make another "
                                       "one first."_s);
        UserRecord updated = parts.users.update(after, before->version);
        if (!password.isUndefined()) {
            // A password an administrator chose is changed by its person at
            // the next login; a device cannot choose one.
            parts.users.setPassword(updated.id, password.toString(), !updated.isDevice());
            updated = *parts.users.findAny(updated.id);
        }
        if (!updated.active || updated.roles != before->roles ||
            updated.officeIds != before->officeIds || !password.isUndefined())
            endSessions(parts, updated.id);
        const QJsonObject answer = userJson(updated);
        parts.auditLog.record(r.user->login, u"user.update"_s, u"user/%1"_s.arg(updated.id),
                              changeDetail(userJson(*before), answer));
        return HttpReply::json(200, answer);
    });

    api.route(M::Post, u"/api/v1/users/{id}/password"_s, admin, [parts](ApiRequest &r) {
        const auto id = r.idArg(0);
        const auto before = id ? parts.users.findAny(*id) : std::nullopt;
        if (!before)
            return HttpReply::notFound(u"There is no user with this id."_s);
        if (!r.body.value(u"password"_s).isString())
            return HttpReply::badRequest(u"password is required."_s);
        if (auto error = checkAccount(parts.users, *before, r.body.value(u"password"_s)))
            return *error;
        parts.users.setPassword(before->id, r.body.value(u"password"_s).toString(),
                                !before->isDevice());
        endSessions(parts, before->id);
        const QJsonObject answer = userJson(*parts.users.findAny(before->id));
        parts.auditLog.record(r.user->login, u"user.password-reset"_s, u"user/%1"_s.arg(before->id),
                              changeDetail(userJson(*before), answer));
        return HttpReply::json(200, answer);
    });
}
