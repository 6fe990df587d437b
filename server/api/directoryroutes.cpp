#include "server/api/routes.h"
#include "server/http/apiserver.h"
#include "server/repositories/directoryrepository.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
HttpReply notFound(const QString &what)
{
    return HttpReply::notFound(u"There is no %1 with this id."_s.arg(what));
}

// `officeId` is optional; when given it must name an office.
std::optional<HttpReply> checkOfficeFilter(const DirectoryRoutes &parts, const ApiRequest &r,
                                           std::optional<qint64> *officeId)
{
    const QString text = r.queryValue(u"officeId"_s);
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return HttpReply::problem(400, u"Bad Request"_s, u"officeId must be an office id."_s);
    if (!parts.directory.office(id))
        return notFound(u"office"_s);
    *officeId = id;
    return std::nullopt;
}

std::optional<QList<qint64>> idList(const QJsonValue &value)
{
    if (!value.isArray())
        return std::nullopt;
    QList<qint64> ids;
    for (const QJsonValue &item : value.toArray()) {
        bool ok = false;
        const qint64 id = item.toString().toLongLong(&ok);
        if (!item.isString() || !ok || id <= 0)
            return std::nullopt;
        ids.append(id);
    }
    return ids;
}
} // namespace

void installDirectoryRoutes(ApiServer &api, const DirectoryRoutes &parts)
{
    using M = ApiServer::Method;

    api.route(M::Get, u"/api/v1/offices"_s, ApiServer::kAnyUser,
              [parts](ApiRequest &) { return HttpReply::json(200, parts.directory.offices()); });

    api.route(M::Get, u"/api/v1/services"_s, ApiServer::kAnyUser, [parts](ApiRequest &r) {
        std::optional<qint64> officeId;
        if (auto error = checkOfficeFilter(parts, r, &officeId))
            return *error;
        return HttpReply::json(200, parts.directory.services(officeId));
    });

    api.route(M::Get, u"/api/v1/counters"_s, ApiServer::kAnyUser, [parts](ApiRequest &r) {
        std::optional<qint64> officeId;
        if (auto error = checkOfficeFilter(parts, r, &officeId))
            return *error;
        return HttpReply::json(200, parts.directory.counters(officeId));
    });

    api.route(M::Get, u"/api/v1/counters/{id}"_s, ApiServer::kAnyUser, [parts](ApiRequest &r) {
        const auto id = r.idArg(0);
        const auto counter = id ? parts.directory.counter(*id) : std::nullopt;
        return counter ? HttpReply::json(200, *counter) : notFound(u"counter"_s);
    });

    api.route(M::Patch, u"/api/v1/counters/{id}"_s, Role::Admin | Role::Supervisor,
              [parts](ApiRequest &r) {
                  const auto id = r.idArg(0);
                  if (!id || !parts.directory.counter(*id))
                      return notFound(u"counter"_s);
                  std::optional<QString> name;
                  std::optional<QList<qint64>> serviceIds;
                  if (r.body.contains(u"name"_s)) {
                      name = r.body.value(u"name"_s).toString().trimmed();
                      if (!r.body.value(u"name"_s).isString() || name->isEmpty() ||
                          name->size() > 60)
                          return HttpReply::problem(400, u"Bad Request"_s,
                                                    u"name must be 1 to 60 characters."_s);
                  }
                  if (r.body.contains(u"serviceIds"_s)) {
                      serviceIds = idList(r.body.value(u"serviceIds"_s));
                      if (!serviceIds)
                          return HttpReply::problem(400, u"Bad Request"_s,
                                                    u"serviceIds must be a list of ids."_s);
                      if (!parts.directory.foreignServices(*id, *serviceIds).isEmpty())
                          return HttpReply::problem(
                              400, u"Bad Request"_s,
                              u"Every service must belong to the counter's office."_s);
                  }
                  if (!name && !serviceIds)
                      return HttpReply::problem(400, u"Bad Request"_s,
                                                u"Nothing to change: give name or serviceIds."_s);
                  return HttpReply::json(200, parts.directory.updateCounter(*id, name, serviceIds));
              });
}
