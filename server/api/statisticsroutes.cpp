#include "core/domain/daystatistics.h"
#include "server/api/routes.h"
#include "server/api/visibleanswer.h"
#include "server/http/apiserver.h"
#include "server/repositories/directoryrepository.h"
#include "server/repositories/ticketrepository.h"

#include <QDate>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// The supervisors' figures: counts and minutes of an office's tickets,
// never a name, note or booking code (DayStatistics holds none).
void installStatisticsRoutes(ApiServer &api, const StatisticsRoutes &parts)
{
    using M = ApiServer::Method;

    api.route(M::Get, u"/api/v1/statistics/daily"_s, Role::Supervisor | Role::Admin,
              [parts](ApiRequest &r) {
                  bool ok = false;
                  const qint64 officeId = r.queryValue(u"officeId"_s).toLongLong(&ok);
                  if (!ok || officeId <= 0)
                      return HttpReply::badRequest(u"officeId is required."_s);
                  const auto office = parts.directory.office(officeId);
                  if (!office)
                      return HttpReply::notFound(u"There is no office with this id."_s);
                  if (auto refusal = refuseOtherOffice(r, officeId))
                      return *refusal;
                  const QString dateText = r.queryValue(u"date"_s);
                  const QDate date =
                      dateText.isEmpty()
                          ? QDate::fromString(parts.tickets.serviceDay(), Qt::ISODate)
                          : QDate::fromString(dateText, Qt::ISODate);
                  if (!date.isValid())
                      return HttpReply::badRequest(u"date must be a day such as 2026-11-30."_s);
                  const QString day = date.toString(Qt::ISODate);
                  QTimeZone zone(office->value(u"timeZone"_s).toString().toUtf8());
                  if (!zone.isValid())
                      zone = QTimeZone(QByteArrayLiteral("Europe/Berlin"));
                  const DayStatistics figures =
                      DayStatistics::of(officeId, day, parts.tickets.ofDay(officeId, day),
                                        office->value(u"waitTargetMinutes"_s).toInt(), zone);
                  return HttpReply::json(200, figures.toJson());
              });
}
