#include "server/api/routes.h"
#include "server/auth/needtoknow.h"
#include "server/http/requestdispatcher.h"
#include "server/storage/changelog.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
constexpr int kDefaultPageSize = 1000;
constexpr int kMaximumPageSize = 5000;
} // namespace

void installChangesRoutes(RequestDispatcher &api, const ChangesRoutes &parts)
{
    api.route(RequestDispatcher::Method::Get, u"/api/v1/changes"_s, RequestDispatcher::kAnyUser,
              [parts](ApiRequest &r) {
                  bool ok = true;
                  const QString sinceText = r.queryValue(u"since"_s);
                  const qint64 since = sinceText.isEmpty() ? 0 : sinceText.toLongLong(&ok);
                  if (!ok || since < 0)
                      return HttpReply::problem(400, u"Bad Request"_s,
                                                u"since must be a revision (0 or more)."_s);
                  const QString limitText = r.queryValue(u"limit"_s);
                  const int limit = limitText.isEmpty() ? kDefaultPageSize : limitText.toInt(&ok);
                  if (!ok || limit < 1 || limit > kMaximumPageSize)
                      return HttpReply::problem(
                          400, u"Bad Request"_s,
                          u"limit must be between 1 and %1."_s.arg(kMaximumPageSize));
                  const ChangeLog::Page page = parts.changes.since(since, limit);
                  QJsonArray changes;
                  for (const Change &change :
                       parts.needToKnow.changes(page.changes, Recipient::of(*r.user)))
                      changes.append(change.toJson());
                  return HttpReply::json(200, QJsonObject{
                                                  {u"instanceId"_s, parts.changes.instanceId()},
                                                  {u"revision"_s, page.revision},
                                                  {u"cursor"_s, page.cursor},
                                                  {u"more"_s, page.more},
                                                  {u"changes"_s, changes},
                                              });
              });
}
