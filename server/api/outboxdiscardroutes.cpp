#include "server/api/routes.h"
#include "server/http/requestdispatcher.h"
#include "server/storage/auditlog.h"

using namespace Qt::StringLiterals;

// A supervisor discarded writes another login left unsent on a workstation:
// the workstation reports it here before it drops them, so the audit log says
// who discarded whose writes and how many (never what they were).
void installOutboxDiscardRoutes(RequestDispatcher &api, const OutboxDiscardRoutes &parts)
{
    api.route(
        RequestDispatcher::Method::Post, u"/api/v1/outbox-discards"_s, Role::Supervisor,
        [parts](ApiRequest &r) {
            const QString login = r.body.value(u"login"_s).toString().trimmed();
            const QJsonValue count = r.body.value(u"count"_s);
            if (login.isEmpty() || login.size() > 100 || !count.isDouble() ||
                count.toDouble() != count.toInteger() || count.toInteger() < 1)
                return HttpReply::badRequest(
                    u"login (the writes' maker) and count (at least 1) are needed."_s);
            parts.auditLog.record(r.user->login, u"outbox.discard"_s, login,
                                  QString::number(count.toInteger()));
            return HttpReply::json(201, QJsonObject{{u"login"_s, login}, {u"count"_s, count}});
        });
}
