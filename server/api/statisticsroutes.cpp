#include "core/domain/daystatistics.h"
#include "core/domain/periodstatistics.h"
#include "server/api/routes.h"
#include "server/api/statisticsreport.h"
#include "server/api/visibleanswer.h"
#include "server/http/requestdispatcher.h"
#include "server/repositories/directoryrepository.h"
#include "server/repositories/officescenario.h"
#include "server/repositories/statisticsrepository.h"
#include "server/repositories/ticketrepository.h"
#include "server/storage/auditlog.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// The longest period one answer covers; grouped by hour, a month.
constexpr qint64 kMaxPeriodDays = 366;
constexpr qint64 kMaxHourlyDays = 31;

QTimeZone zoneOf(const QJsonObject &office)
{
    const QTimeZone zone(office.value(u"timeZone"_s).toString().toUtf8());
    return zone.isValid() ? zone : QTimeZone(QByteArrayLiteral("Europe/Berlin"));
}

// Services and counters are named (their names are not personal), so that
// a report needs no second request.
void nameLines(QJsonObject &figures, const QString &member, const QString &idMember,
               const QJsonArray &named)
{
    QHash<QString, QString> names;
    for (const QJsonValue &entry : named)
        names.insert(entry[u"id"_s].toString(), entry[u"name"_s].toString());
    QJsonArray lines = figures.value(member).toArray();
    for (QJsonValueRef line : lines) {
        QJsonObject object = line.toObject();
        object.insert(u"name"_s, names.value(object.value(idMember).toString()));
        line = object;
    }
    figures.insert(member, lines);
}

void nameServicesAndCounters(QJsonObject &figures, DirectoryRepository &directory,
                             std::optional<qint64> officeId)
{
    nameLines(figures, u"byService"_s, u"serviceId"_s, directory.services(officeId));
    nameLines(figures, u"byCounter"_s, u"counterId"_s, directory.counters(officeId));
}

// An office whose staff council has not agreed to figures per counter
// (docs/privacy.md) gets none: its visits are counted as called by no
// counter, so no figure of a counter is even computed.
bool countsPerCounter(const QJsonObject &office)
{
    return office.value(u"counterFigures"_s).toBool(true);
}

Visit withoutCounter(Visit visit)
{
    visit.counterId = 0;
    return visit;
}

std::optional<QDate> dateParameter(const ApiRequest &r, const QString &name, const QDate &absent)
{
    const QString text = r.queryValue(name);
    if (text.isEmpty())
        return absent;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    return date.isValid() ? std::optional(date) : std::nullopt;
}

// The office of the query's required officeId, if the asker may see it; else
// why not (`refusal`).
std::optional<QJsonObject> askedOffice(const StatisticsRoutes &parts, const ApiRequest &r,
                                       std::optional<HttpReply> *refusal)
{
    bool ok = false;
    const qint64 officeId = r.queryValue(u"officeId"_s).toLongLong(&ok);
    if (!ok || officeId <= 0) {
        *refusal = HttpReply::badRequest(u"officeId is required."_s);
        return std::nullopt;
    }
    auto office = parts.directory.office(officeId);
    if (!office) {
        *refusal = HttpReply::notFound(u"There is no office with this id."_s);
        return std::nullopt;
    }
    *refusal = refuseOtherOffice(r, officeId);
    return *refusal ? std::nullopt : office;
}

// The query's days from..to: `from` defaults to `defaultFrom`, `to` to
// `defaultTo` (or to `from` when it has none). Nullopt with `refusal` set
// when they are no days or `to` comes before `from`.
std::optional<std::pair<QDate, QDate>> daysParameter(const ApiRequest &r, const QDate &defaultFrom,
                                                     std::optional<QDate> defaultTo,
                                                     std::optional<HttpReply> *refusal)
{
    const auto from = dateParameter(r, u"from"_s, defaultFrom);
    const auto to = dateParameter(r, u"to"_s, defaultTo.value_or(from.value_or(defaultFrom)));
    if (!from || !to) {
        *refusal = HttpReply::badRequest(u"from and to must be days such as 2026-11-30."_s);
        return std::nullopt;
    }
    if (*to < *from) {
        *refusal = HttpReply::badRequest(u"to must not be before from."_s);
        return std::nullopt;
    }
    return std::pair(*from, *to);
}

HttpReply daily(const StatisticsRoutes &parts, ApiRequest &r)
{
    std::optional<HttpReply> refusal;
    const auto office = askedOffice(parts, r, &refusal);
    if (!office)
        return *refusal;
    const qint64 officeId = office->value(u"id"_s).toString().toLongLong();
    const auto date =
        dateParameter(r, u"date"_s, QDate::fromString(parts.tickets.serviceDay(), Qt::ISODate));
    if (!date)
        return HttpReply::badRequest(u"date must be a day such as 2026-11-30."_s);
    const QTimeZone zone = zoneOf(*office);
    QList<Visit> visits = parts.statistics.visitsOfDay(officeId, *date, zone);
    if (!countsPerCounter(*office))
        std::transform(visits.begin(), visits.end(), visits.begin(), withoutCounter);
    const DayStatistics figures = DayStatistics::of(
        officeId, *date, visits, office->value(u"waitTargetMinutes"_s).toInt(), parts.clock());
    QJsonObject json = figures.toJson();
    json.insert(u"counterFigures"_s, countsPerCounter(*office));
    nameServicesAndCounters(json, parts.directory, officeId);
    const qint64 dayStart = QDateTime(*date, QTime(0, 0), zone).toMSecsSinceEpoch();
    const qint64 dayEnd = QDateTime(date->addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();
    json.insert(u"appointments"_s,
                parts.statistics.appointmentsOfDay(officeId, dayStart, dayEnd, parts.clock()));
    json.insert(u"standesamt"_s,
                parts.statistics.weddingsOfDay(officeId, dayStart, dayEnd, parts.clock()));
    return HttpReply::json(200, json);
}

// A period's figures (the answer of GET /api/v1/statistics), or why not.
// `fixedGrouping`: the report's, whatever the query says.
struct PeriodAnswer
{
    std::optional<HttpReply> refusal;
    QJsonObject figures;
};

PeriodAnswer periodFigures(const StatisticsRoutes &parts, const ApiRequest &r,
                           std::optional<StatisticsGrouping> fixedGrouping = std::nullopt)
{
    const auto refused = [](HttpReply reply) { return PeriodAnswer{std::move(reply), {}}; };
    const QDate today = QDate::fromString(parts.tickets.serviceDay(), Qt::ISODate);
    std::optional<HttpReply> badDays;
    const auto period = daysParameter(r, today, std::nullopt, &badDays);
    if (!period)
        return refused(*badDays);
    const auto &[from, to] = *period;
    const QString groupName = r.queryValue(u"groupBy"_s);
    const auto groupBy = fixedGrouping         ? fixedGrouping
                         : groupName.isEmpty() ? StatisticsGrouping::Day
                                               : statisticsGroupingFromName(groupName);
    if (!groupBy)
        return refused(
            HttpReply::badRequest(u"groupBy must be hour, day, week, month or weekday."_s));
    const qint64 days = from.daysTo(to) + 1;
    if (days > kMaxPeriodDays)
        return refused(
            HttpReply::badRequest(u"A period has at most %1 days."_s.arg(kMaxPeriodDays)));
    if (*groupBy == StatisticsGrouping::Hour && days > kMaxHourlyDays)
        return refused(HttpReply::badRequest(
            u"Grouped by hour, a period has at most %1 days."_s.arg(kMaxHourlyDays)));

    // One office, or every office the user works in (city-wide).
    QList<QJsonObject> offices;
    std::optional<qint64> onlyOffice;
    if (!r.queryValue(u"officeId"_s).isEmpty()) {
        bool ok = false;
        const qint64 officeId = r.queryValue(u"officeId"_s).toLongLong(&ok);
        if (!ok || officeId <= 0)
            return refused(HttpReply::badRequest(u"officeId must be an office's id."_s));
        const auto office = parts.directory.office(officeId);
        if (!office)
            return refused(HttpReply::notFound(u"There is no office with this id."_s));
        if (auto refusal = refuseOtherOffice(r, officeId))
            return refused(*refusal);
        offices.append(*office);
        onlyOffice = officeId;
    } else {
        for (const QJsonValue &office : parts.directory.offices())
            if (r.user->worksIn(office[u"id"_s].toString().toLongLong()))
                offices.append(office.toObject());
    }

    QHash<qint64, int> waitTargets;
    QJsonArray officesJson;
    for (const QJsonObject &office : std::as_const(offices)) {
        const qint64 id = office.value(u"id"_s).toString().toLongLong();
        const int target = office.value(u"waitTargetMinutes"_s).toInt();
        waitTargets.insert(id, target);
        officesJson.append(QJsonObject{{u"officeId"_s, QString::number(id)},
                                       {u"name"_s, office.value(u"name"_s)},
                                       {u"waitTargetMinutes"_s, target},
                                       {u"counterFigures"_s, countsPerCounter(office)}});
    }
    PeriodTally tally(from, to, *groupBy, waitTargets);
    for (const QJsonObject &office : std::as_const(offices)) {
        const bool perCounter = countsPerCounter(office);
        parts.statistics.visits(office.value(u"id"_s).toString().toLongLong(), from, to, today,
                                zoneOf(office), [&tally, perCounter](const Visit &v) {
                                    if (perCounter)
                                        tally.add(v);
                                    else
                                        tally.add(withoutCounter(v));
                                });
    }
    QJsonObject json = tally.result().toJson();
    json.insert(u"offices"_s, officesJson);
    nameServicesAndCounters(json, parts.directory, onlyOffice);
    return {std::nullopt, json};
}

HttpReply period(const StatisticsRoutes &parts, ApiRequest &r)
{
    PeriodAnswer answer = periodFigures(parts, r);
    return answer.refusal ? *answer.refusal : HttpReply::json(200, answer.figures);
}

// The period's figures by day as a file to keep; each download is audited
// (what and for when, no figures).
HttpReply report(const StatisticsRoutes &parts, ApiRequest &r)
{
    const QString format = r.queryValue(u"format"_s);
    QByteArray contentType;
    if (format == u"xlsx")
        contentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    else if (format == u"csv")
        contentType = "text/csv; charset=utf-8";
    else if (format == u"pdf")
        contentType = "application/pdf";
    else
        return HttpReply::badRequest(u"format must be xlsx, csv or pdf."_s);
    PeriodAnswer answer = periodFigures(parts, r, StatisticsGrouping::Day);
    if (answer.refusal)
        return *answer.refusal;
    QByteArray body;
    if (format == u"xlsx") {
        QString error;
        body = statisticsXlsx(answer.figures, &error);
        if (body.isEmpty())
            return HttpReply::problem(500, u"Internal Server Error"_s,
                                      u"The spreadsheet could not be written: %1"_s.arg(error));
    } else {
        body = format == u"csv" ? statisticsCsv(answer.figures) : statisticsPdf(answer.figures);
    }
    const QString from = answer.figures.value(u"from"_s).toString();
    const QString to = answer.figures.value(u"to"_s).toString();
    // Which offices' figures left the server, also for a city-wide report.
    QStringList officeIds;
    for (const QJsonValue &office : answer.figures.value(u"offices"_s).toArray())
        officeIds.append(office[u"officeId"_s].toString());
    parts.auditLog.record(
        r.user->login, u"statistics.report"_s, r.queryValue(u"officeId"_s),
        u"%1, %2 to %3, offices %4"_s.arg(format, from, to, officeIds.join(u',')));
    HttpReply reply{200, contentType, body, {}};
    reply.headers.append(qMakePair(
        QByteArray("Content-Disposition"),
        u"attachment; filename=\"tresen-statistik-%1-%2.%3\""_s.arg(from, to, format).toUtf8()));
    return reply;
}
// A scenario for tresen-sim and the what-if of Statistik, derived from the
// office's past days (all of from..to, or those of one weekday): times and
// counts only, nothing that names anyone, no figure of fewer than five
// people (HistoryScenario); each answer is audited.
HttpReply scenario(const StatisticsRoutes &parts, ApiRequest &r)
{
    std::optional<HttpReply> refusal;
    const auto office = askedOffice(parts, r, &refusal);
    if (!office)
        return *refusal;
    const qint64 officeId = office->value(u"id"_s).toString().toLongLong();
    const QDate today = QDate::fromString(parts.tickets.serviceDay(), Qt::ISODate);
    const auto days = daysParameter(r, today.addDays(-28), today.addDays(-1), &refusal);
    if (!days)
        return *refusal;
    const auto &[from, to] = *days;
    if (from.daysTo(to) + 1 > kMaxPeriodDays)
        return HttpReply::badRequest(u"A period has at most %1 days."_s.arg(kMaxPeriodDays));
    int weekday = 0;
    if (const QString text = r.queryValue(u"weekday"_s); !text.isEmpty()) {
        bool ok = false;
        weekday = text.toInt(&ok);
        if (!ok || weekday < 1 || weekday > 7)
            return HttpReply::badRequest(u"weekday must be 1 (Monday) to 7 (Sunday)."_s);
    }

    const auto derived = officeScenario(parts.directory, parts.statistics,
                                        {officeId, from, to, weekday}, today, parts.clock());
    if (derived->scenario.counters.isEmpty())
        return HttpReply::conflict(u"no-counters"_s,
                                   u"The office has no active counter to play its days with."_s);
    // Which office's days left the server, as for a report.
    parts.auditLog.record(
        r.user->login, u"statistics.scenario"_s, QString::number(officeId),
        u"%1 to %2, weekday %3"_s.arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
            .arg(weekday));
    QJsonObject json = QJsonDocument::fromJson(derived->scenario.toJson()).object();
    json.insert(u"basedOn"_s,
                QJsonObject{{u"officeId"_s, QString::number(officeId)},
                            {u"from"_s, from.toString(Qt::ISODate)},
                            {u"to"_s, to.toString(Qt::ISODate)},
                            {u"weekday"_s,
                             weekday > 0 ? QJsonValue(weekday) : QJsonValue(QJsonValue::Null)},
                            {u"days"_s, derived->days},
                            {u"visits"_s, derived->visits}});
    return HttpReply::json(200, json);
}
} // namespace

// The supervisors' figures: counts and minutes of an office's visitors,
// never a name, note or booking code (a Visit holds none).
void installStatisticsRoutes(RequestDispatcher &api, const StatisticsRoutes &parts)
{
    using M = RequestDispatcher::Method;
    api.route(M::Get, u"/api/v1/statistics/daily"_s, Role::Supervisor | Role::Admin,
              [parts](ApiRequest &r) { return daily(parts, r); });
    api.route(M::Get, u"/api/v1/statistics"_s, Role::Supervisor | Role::Admin,
              [parts](ApiRequest &r) { return period(parts, r); });
    api.route(M::Get, u"/api/v1/statistics/report"_s, Role::Supervisor | Role::Admin,
              [parts](ApiRequest &r) { return report(parts, r); });
    api.route(M::Get, u"/api/v1/statistics/scenario"_s, Role::Supervisor | Role::Admin,
              [parts](ApiRequest &r) { return scenario(parts, r); });
}
