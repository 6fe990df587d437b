#include "server/api/routes.h"
#include "server/http/requestdispatcher.h"
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

} // namespace

void installDirectoryRoutes(RequestDispatcher &api, const DirectoryRoutes &parts)
{
    using M = RequestDispatcher::Method;

    api.route(M::Get, u"/api/v1/offices"_s, RequestDispatcher::kAnyUser,
              [parts](ApiRequest &) { return HttpReply::json(200, parts.directory.offices()); });

    api.route(M::Get, u"/api/v1/services"_s, RequestDispatcher::kAnyUser, [parts](ApiRequest &r) {
        std::optional<qint64> officeId;
        if (auto error = checkOfficeFilter(parts, r, &officeId))
            return *error;
        return HttpReply::json(200, parts.directory.services(officeId));
    });

    api.route(M::Get, u"/api/v1/counters"_s, RequestDispatcher::kAnyUser, [parts](ApiRequest &r) {
        std::optional<qint64> officeId;
        if (auto error = checkOfficeFilter(parts, r, &officeId))
            return *error;
        return HttpReply::json(200, parts.directory.counters(officeId));
    });

    api.route(M::Get, u"/api/v1/counters/{id}"_s, RequestDispatcher::kAnyUser,
              [parts](ApiRequest &r) {
                  const auto id = r.idArg(0);
                  const auto counter = id ? parts.directory.counter(*id) : std::nullopt;
                  return counter ? HttpReply::json(200, *counter) : notFound(u"counter"_s);
              });
}
