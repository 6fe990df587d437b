#include "server/api/routes.h"
#include "server/api/visibleanswer.h"
#include "server/http/requestdispatcher.h"
#include "server/repositories/appointmentrepository.h"
#include "server/repositories/directoryrepository.h"
#include "server/repositories/officesettings.h"
#include "server/repositories/weddingrepository.h"
#include "server/storage/auditlog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTime>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr int kServiceTextLength = 1000;
const QStringList kWeekdayKeys{u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s,
                               u"fri"_s, u"sat"_s, u"sun"_s};

HttpReply notFound(const QString &what)
{
    return HttpReply::notFound(u"There is no %1 with this id."_s.arg(what));
}

// What every PATCH of the organisation checks first, in this order: the
// record (`before`, as the API shows it) exists (404), the request's
// `version` is its own (409 version-conflict), and a given `officeId` is its
// own (409 moves-office, `whyItStays` the detail; empty: an office, which
// has none).
std::optional<HttpReply> refusedPatch(const ApiRequest &r, const std::optional<QJsonObject> &before,
                                      const QString &what, const QString &whyItStays = {})
{
    if (!before)
        return notFound(what);
    if (auto error =
            checkVersion(before->value(u"version"_s).toInt(), r.body.value(u"version"_s), what))
        return error;
    if (!whyItStays.isEmpty() && r.body.contains(u"officeId"_s) &&
        jsonId(r.body.value(u"officeId"_s)) != jsonId(before->value(u"officeId"_s)))
        return HttpReply::conflict(u"moves-office"_s, whyItStays);
    return std::nullopt;
}

// The audit detail of an administrative change: the fields that differ,
// before and after (ids and versions are no change of their own).
QString changeDetail(const QJsonObject &before, const QJsonObject &after)
{
    QJsonObject was;
    QJsonObject is;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        if (it.key() == u"id"_s || it.key() == u"version"_s)
            continue;
        if (before.value(it.key()) != it.value()) {
            if (before.contains(it.key()))
                was.insert(it.key(), before.value(it.key()));
            is.insert(it.key(), it.value());
        }
    }
    return QString::fromUtf8(QJsonDocument(QJsonObject{{u"before"_s, was}, {u"after"_s, is}})
                                 .toJson(QJsonDocument::Compact));
}

void audit(const OrganisationRoutes &parts, const ApiRequest &r, const QString &action,
           const QString &subject, const QJsonObject &before, const QJsonObject &after)
{
    parts.auditLog.record(r.user->login, action, subject, changeDetail(before, after));
}

std::optional<QString> text(const QJsonObject &body, const QString &key, int maxLength,
                            bool mayBeEmpty, std::optional<HttpReply> *error)
{
    if (!body.contains(key))
        return std::nullopt;
    const QJsonValue value = body.value(key);
    const QString trimmed = value.toString().trimmed();
    if (!value.isString() || (!mayBeEmpty && trimmed.isEmpty()) || trimmed.size() > maxLength) {
        *error = HttpReply::badRequest(u"%1 must be text of %2 to %3 characters."_s.arg(
            key, mayBeEmpty ? u"0"_s : u"1"_s, QString::number(maxLength)));
        return std::nullopt;
    }
    return trimmed;
}

std::optional<int> whole(const QJsonObject &body, const QString &key, int min, int max,
                         std::optional<HttpReply> *error)
{
    if (!body.contains(key))
        return std::nullopt;
    const QJsonValue value = body.value(key);
    if (!value.isDouble() || value.toDouble() != value.toInt() || value.toInt() < min ||
        value.toInt() > max) {
        *error = HttpReply::badRequest(
            u"%1 must be a whole number from %2 to %3."_s.arg(key).arg(min).arg(max));
        return std::nullopt;
    }
    return value.toInt();
}

std::optional<bool> flag(const QJsonObject &body, const QString &key,
                         std::optional<HttpReply> *error)
{
    if (!body.contains(key))
        return std::nullopt;
    if (!body.value(key).isBool()) {
        *error = HttpReply::badRequest(u"%1 must be true or false."_s.arg(key));
        return std::nullopt;
    }
    return body.value(key).toBool();
}

std::optional<HttpReply> missing(const QJsonObject &body, const QStringList &keys)
{
    for (const QString &key : keys) {
        if (!body.contains(key))
            return HttpReply::badRequest(u"%1 is required."_s.arg(key));
    }
    return std::nullopt;
}

// The office an entity is created in or moved to: it must exist and not be retired.
std::optional<qint64> activeOffice(const OrganisationRoutes &parts, const QJsonObject &body,
                                   std::optional<HttpReply> *error)
{
    const auto id = jsonId(body.value(u"officeId"_s));
    if (!id || !parts.directory.office(*id)) {
        *error = HttpReply::badRequest(u"officeId must name an office."_s);
        return std::nullopt;
    }
    if (!parts.directory.isActive(u"office"_s, *id)) {
        *error = HttpReply::conflict(u"retired"_s, u"The office is retired."_s);
        return std::nullopt;
    }
    return id;
}

// The office members of `body` as SQL columns of the office table.
std::optional<HttpReply> officeColumns(const OrganisationRoutes &parts, const QJsonObject &body,
                                       std::optional<qint64> id, QVariantMap *columns)
{
    std::optional<HttpReply> error;
    if (const auto name = text(body, u"name"_s, 100, false, &error)) {
        const auto holder = parts.directory.officeByName(*name);
        if (holder && holder != id)
            return HttpReply::conflict(u"name-taken"_s,
                                       u"Another office is called %1."_s.arg(*name));
        columns->insert(u"name"_s, *name);
    }
    if (body.contains(u"kind"_s)) {
        const QString kind = body.value(u"kind"_s).toString();
        if (kind != u"buergeramt"_s && kind != u"standesamt"_s)
            return HttpReply::badRequest(u"kind must be buergeramt or standesamt."_s);
        columns->insert(u"kind"_s, kind);
    }
    if (const auto zone = text(body, u"timeZone"_s, 64, false, &error)) {
        if (!QTimeZone(zone->toUtf8()).isValid())
            return HttpReply::badRequest(
                u"timeZone must be an IANA time zone such as Europe/Berlin."_s);
        columns->insert(u"time_zone"_s, *zone);
    }
    if (const auto address = text(body, u"address"_s, 300, true, &error))
        columns->insert(u"address"_s, *address);
    if (const auto minutes = whole(body, u"waitTargetMinutes"_s, 1, 600, &error))
        columns->insert(u"wait_target_minutes"_s, *minutes);
    if (const auto active = flag(body, u"active"_s, &error))
        columns->insert(u"active"_s, *active ? 1 : 0);
    // Figures per counter describe the clerk's work: an office turns them
    // off where its staff council has not agreed to them (docs/privacy.md).
    if (const auto counterFigures = flag(body, u"counterFigures"_s, &error))
        columns->insert(u"counter_figures"_s, *counterFigures ? 1 : 0);
    return error;
}

std::optional<HttpReply> serviceColumns(const OrganisationRoutes &parts, const QJsonObject &body,
                                        qint64 officeId, std::optional<qint64> id,
                                        QVariantMap *columns)
{
    static const QRegularExpression prefixPattern(u"^[A-Z]{1,2}\\z"_s);
    std::optional<HttpReply> error;
    if (const auto name = text(body, u"name"_s, 100, false, &error))
        columns->insert(u"name"_s, *name);
    if (body.contains(u"prefix"_s)) {
        const QString prefix = body.value(u"prefix"_s).toString();
        if (!prefixPattern.match(prefix).hasMatch())
            return HttpReply::badRequest(u"prefix must be one or two capital letters."_s);
        const auto holder = parts.directory.serviceByPrefix(officeId, prefix);
        if (holder && holder != id)
            return HttpReply::conflict(
                u"prefix-taken"_s,
                u"Another service of the office has the prefix %1."_s.arg(prefix));
        columns->insert(u"prefix"_s, prefix);
    }
    if (const auto minutes = whole(body, u"typicalMinutes"_s, 1, 480, &error))
        columns->insert(u"typical_minutes"_s, *minutes);
    if (const auto online = flag(body, u"bookableOnline"_s, &error))
        columns->insert(u"bookable_online"_s, *online ? 1 : 0);
    if (const auto active = flag(body, u"active"_s, &error))
        columns->insert(u"active"_s, *active ? 1 : 0);
    // The confirmation letter's texts: several lines each, may be empty.
    if (const auto bring = text(body, u"bringAlong"_s, kServiceTextLength, true, &error))
        columns->insert(u"bring_along"_s, *bring);
    if (const auto note = text(body, u"confirmationNote"_s, kServiceTextLength, true, &error))
        columns->insert(u"confirmation_note"_s, *note);
    return error;
}

// The services a counter of `officeId` serves: ids of the office's active services.
std::optional<HttpReply> counterServices(const OrganisationRoutes &parts, const QJsonValue &value,
                                         qint64 officeId, QList<qint64> *ids)
{
    if (!value.isArray())
        return HttpReply::badRequest(u"serviceIds must be a list of ids."_s);
    for (const QJsonValue &item : value.toArray()) {
        const auto id = jsonId(item);
        if (!id)
            return HttpReply::badRequest(u"serviceIds must be a list of ids."_s);
        const auto service = parts.directory.service(*id);
        if (!service || service->value(u"officeId"_s).toString().toLongLong() != officeId)
            return HttpReply::badRequest(u"Every service must belong to the counter's office."_s);
        if (!service->value(u"active"_s).toBool())
            return HttpReply::conflict(u"retired"_s, u"The service %1 is retired."_s.arg(
                                                         service->value(u"name"_s).toString()));
        ids->append(*id);
    }
    return std::nullopt;
}

QJsonObject hoursJson(AppointmentRepository &appointments, qint64 officeId)
{
    QJsonObject json;
    for (int weekday = 1; weekday <= 7; ++weekday)
        json.insert(kWeekdayKeys.at(weekday - 1),
                    dayHoursText(appointments.openingHours(officeId, weekday)));
    QJsonArray closed;
    for (const QDate &day : appointments.closedDays(officeId))
        closed.append(day.toString(Qt::ISODate));
    json.insert(u"closed"_s, closed);
    return json;
}

std::optional<int> minuteOfDay(const QJsonValue &value)
{
    const QTime time = QTime::fromString(value.toString(), u"HH:mm"_s);
    return value.isString() && time.isValid() ? std::optional(time.hour() * 60 + time.minute())
                                              : std::nullopt;
}

// The room members of `body` over `room` (a new one or as it is).
std::optional<HttpReply> takeRoom(const QJsonObject &body, WeddingRoom &room)
{
    std::optional<HttpReply> error;
    if (const auto name = text(body, u"name"_s, 100, false, &error))
        room.name = *name;
    if (const auto guests = whole(body, u"guests"_s, 1, 1000, &error))
        room.guests = *guests;
    if (const auto minutes = whole(body, u"slotMinutes"_s, 10, 480, &error))
        room.slotMinutes = *minutes;
    if (const auto active = flag(body, u"active"_s, &error))
        room.active = *active;
    if (error)
        return error;
    if (body.contains(u"weekdays"_s)) {
        const QJsonValue days = body.value(u"weekdays"_s);
        QList<int> weekdays;
        for (const QJsonValue &day : days.toArray()) {
            if (!day.isDouble() || day.toInt() < 1 || day.toInt() > 7 ||
                weekdays.contains(day.toInt()))
                return HttpReply::badRequest(
                    u"weekdays must be a list of days from 1 (Monday) to 7 (Sunday)."_s);
            weekdays.append(day.toInt());
        }
        if (!days.isArray())
            return HttpReply::badRequest(
                u"weekdays must be a list of days from 1 (Monday) to 7 (Sunday)."_s);
        std::sort(weekdays.begin(), weekdays.end());
        room.weekdays = weekdays;
    }
    for (const auto &[key, minute] : {std::pair{u"firstStart"_s, &room.firstMinute},
                                      std::pair{u"lastStart"_s, &room.lastMinute}}) {
        if (!body.contains(key))
            continue;
        const auto value = minuteOfDay(body.value(key));
        if (!value)
            return HttpReply::badRequest(u"%1 must be a time HH:MM."_s.arg(key));
        *minute = *value;
    }
    if (room.lastMinute < room.firstMinute)
        return HttpReply::badRequest(u"lastStart must not be before firstStart."_s);
    return std::nullopt;
}
} // namespace

void installOrganisationRoutes(RequestDispatcher &api, const OrganisationRoutes &parts)
{
    using M = RequestDispatcher::Method;

    // Offices.
    api.route(M::Post, u"/api/v1/offices"_s, Role::Admin, [parts](ApiRequest &r) {
        if (auto error = missing(r.body, {u"name"_s, u"kind"_s}))
            return *error;
        QVariantMap columns;
        if (auto error = officeColumns(parts, r.body, std::nullopt, &columns))
            return *error;
        const qint64 id = parts.directory.addOffice(
            columns.value(u"name"_s).toString(), columns.value(u"kind"_s).toString(),
            columns.value(u"address"_s).toString(), columns.value(u"time_zone"_s).toString(),
            columns.value(u"wait_target_minutes"_s, 30).toInt());
        QJsonObject office = *parts.directory.office(id);
        // Switches that are on by default, turned off at once.
        QVariantMap off;
        for (const QString &column : {u"active"_s, u"counter_figures"_s})
            if (columns.value(column, 1).toInt() == 0)
                off.insert(column, 0);
        if (!off.isEmpty())
            office = parts.directory.updateOffice(id, off);
        audit(parts, r, u"office.create"_s, u"office/%1"_s.arg(id), {}, office);
        return HttpReply::json(201, office);
    });

    api.route(M::Patch, u"/api/v1/offices/{id}"_s, Role::Admin, [parts](ApiRequest &r) {
        const auto id = r.idArg(0);
        const auto before = id ? parts.directory.office(*id) : std::nullopt;
        if (auto refusal = refusedPatch(r, before, u"office"_s))
            return *refusal;
        QVariantMap columns;
        if (auto error = officeColumns(parts, r.body, id, &columns))
            return *error;
        if (columns.value(u"active"_s, 1).toInt() == 0 && before->value(u"active"_s).toBool()) {
            const int tickets = parts.directory.openTicketsOfOffice(*id);
            const int appointments = parts.directory.futureAppointmentsOfOffice(*id, parts.clock());
            if (tickets + appointments > 0)
                return HttpReply::conflict(
                    u"in-use"_s,
                    u"The office still has %1 open ticket(s) and %2 coming "
                    "appointment(s); it can be retired once they are done."_s.arg(tickets)
                        .arg(appointments));
        }
        // The wait target is one of the office's settings too: a settings
        // page still showing the old one must meet a version conflict.
        if (columns.contains(u"wait_target_minutes"_s) &&
            columns.value(u"wait_target_minutes"_s).toInt() !=
                before->value(u"waitTargetMinutes"_s).toInt())
            parts.settings.countVersionUp(*id);
        const QJsonObject after =
            parts.directory.updateOffice(*id, columns, before->value(u"version"_s).toInt());
        audit(parts, r, u"office.update"_s, u"office/%1"_s.arg(*id), *before, after);
        return HttpReply::json(200, after);
    });

    // Services.
    api.route(M::Post, u"/api/v1/services"_s, Role::Admin, [parts](ApiRequest &r) {
        if (auto error =
                missing(r.body, {u"officeId"_s, u"name"_s, u"prefix"_s, u"typicalMinutes"_s}))
            return *error;
        std::optional<HttpReply> error;
        const auto officeId = activeOffice(parts, r.body, &error);
        if (!officeId)
            return *error;
        QVariantMap columns;
        if (auto error = serviceColumns(parts, r.body, *officeId, std::nullopt, &columns))
            return *error;
        const qint64 id = parts.directory.addService(
            *officeId, columns.value(u"name"_s).toString(), columns.value(u"prefix"_s).toString(),
            columns.value(u"typical_minutes"_s).toInt(),
            columns.value(u"bookable_online"_s, 0).toInt() != 0,
            columns.value(u"bring_along"_s).toString(),
            columns.value(u"confirmation_note"_s).toString());
        QJsonObject service = *parts.directory.service(id);
        if (columns.value(u"active"_s, 1).toInt() == 0)
            service = parts.directory.updateService(id, {{u"active"_s, 0}});
        audit(parts, r, u"service.create"_s, u"service/%1"_s.arg(id), {}, service);
        return HttpReply::json(201, service);
    });

    api.route(M::Patch, u"/api/v1/services/{id}"_s, Role::Admin, [parts](ApiRequest &r) {
        const auto id = r.idArg(0);
        const auto before = id ? parts.directory.service(*id) : std::nullopt;
        if (auto refusal = refusedPatch(r, before, u"service"_s,
                                        u"A service stays with its office (its tickets and "
                                        "appointments name it there): create the service in the "
                                        "other office and retire this one."_s))
            return *refusal;
        const qint64 officeId = before->value(u"officeId"_s).toString().toLongLong();
        QVariantMap columns;
        if (auto error = serviceColumns(parts, r.body, officeId, id, &columns))
            return *error;
        if (columns.value(u"active"_s, 1).toInt() == 0 && before->value(u"active"_s).toBool()) {
            const int tickets = parts.directory.waitingTicketsOfService(*id);
            const int appointments =
                parts.directory.futureAppointmentsOfService(*id, parts.clock());
            if (tickets + appointments > 0)
                return HttpReply::conflict(
                    u"in-use"_s,
                    u"The service still has %1 open ticket(s) and %2 coming "
                    "appointment(s); it can be retired once they are done."_s.arg(tickets)
                        .arg(appointments));
        }
        const QJsonObject after =
            parts.directory.updateService(*id, columns, before->value(u"version"_s).toInt());
        audit(parts, r, u"service.update"_s, u"service/%1"_s.arg(*id), *before, after);
        return HttpReply::json(200, after);
    });

    // Counters. Supervisors may name them and choose their services (as before).
    api.route(M::Post, u"/api/v1/counters"_s, Role::Admin, [parts](ApiRequest &r) {
        if (auto error = missing(r.body, {u"officeId"_s, u"name"_s}))
            return *error;
        std::optional<HttpReply> error;
        const auto officeId = activeOffice(parts, r.body, &error);
        if (!officeId)
            return *error;
        const auto name = text(r.body, u"name"_s, 60, false, &error);
        if (!name)
            return *error;
        if (parts.directory.counterByName(*officeId, *name))
            return HttpReply::conflict(u"name-taken"_s,
                                       u"The office already has a counter %1."_s.arg(*name));
        QList<qint64> serviceIds;
        if (r.body.contains(u"serviceIds"_s)) {
            if (auto error =
                    counterServices(parts, r.body.value(u"serviceIds"_s), *officeId, &serviceIds))
                return *error;
        }
        const auto active = flag(r.body, u"active"_s, &error);
        if (error)
            return *error;
        const qint64 id = parts.directory.addCounter(*officeId, *name, serviceIds);
        QJsonObject counter = *parts.directory.counter(id);
        if (active == false)
            counter = parts.directory.updateCounter(id, std::nullopt, std::nullopt, false);
        audit(parts, r, u"counter.create"_s, u"counter/%1"_s.arg(id), {}, counter);
        return HttpReply::json(201, counter);
    });

    api.route(
        M::Patch, u"/api/v1/counters/{id}"_s, Role::Admin | Role::Supervisor,
        [parts](ApiRequest &r) {
            const auto id = r.idArg(0);
            const auto before = id ? parts.directory.counter(*id) : std::nullopt;
            if (auto refusal = refusedPatch(r, before, u"counter"_s,
                                            u"A counter stays with its office: create one in "
                                            "the other office and retire this one."_s))
                return *refusal;
            const qint64 officeId = before->value(u"officeId"_s).toString().toLongLong();
            std::optional<HttpReply> error;
            const auto name = text(r.body, u"name"_s, 60, false, &error);
            if (error)
                return HttpReply::badRequest(u"name must be 1 to 60 characters."_s);
            if (name) {
                const auto holder = parts.directory.counterByName(officeId, *name);
                if (holder && holder != id)
                    return HttpReply::conflict(
                        u"name-taken"_s, u"The office already has a counter %1."_s.arg(*name));
            }
            std::optional<QList<qint64>> serviceIds;
            if (r.body.contains(u"serviceIds"_s)) {
                serviceIds.emplace();
                if (auto error = counterServices(parts, r.body.value(u"serviceIds"_s), officeId,
                                                 &*serviceIds))
                    return *error;
            }
            const auto active = flag(r.body, u"active"_s, &error);
            if (error)
                return *error;
            if (!name && !serviceIds && !active)
                return HttpReply::badRequest(
                    u"Nothing to change: give name, serviceIds or active."_s);
            if (active == false && before->value(u"active"_s).toBool()) {
                if (const int busy = parts.directory.busyTicketsOfCounter(*id))
                    return HttpReply::conflict(
                        u"in-use"_s, u"The counter has %1 called or serving ticket(s); finish "
                                     "or requeue them first."_s.arg(busy));
            }
            const QJsonObject after = parts.directory.updateCounter(
                *id, name, serviceIds, active, before->value(u"version"_s).toInt());
            audit(parts, r, u"counter.update"_s, u"counter/%1"_s.arg(*id), *before, after);
            return HttpReply::json(200, after);
        });

    // Opening hours and closure days: the slots appointments and weddings come from.
    api.route(M::Get, u"/api/v1/offices/{id}/opening-hours"_s, RequestDispatcher::kAnyUser,
              [parts](ApiRequest &r) {
                  const auto id = r.idArg(0);
                  if (!id || !parts.directory.office(*id))
                      return notFound(u"office"_s);
                  QJsonObject json = hoursJson(parts.appointments, *id);
                  json.insert(u"version"_s, parts.appointments.hoursVersion(*id));
                  return HttpReply::json(200, json);
              });

    api.route(M::Put, u"/api/v1/offices/{id}/opening-hours"_s, Role::Admin, [parts](ApiRequest &r) {
        const auto id = r.idArg(0);
        if (!id || !parts.directory.office(*id))
            return notFound(u"office"_s);
        // Without `version` (a city's script) the PUT writes as it did.
        const int version = parts.appointments.hoursVersion(*id);
        if (auto error = checkVersion(version, r.body.value(u"version"_s), u"opening hours"_s))
            return *error;
        QList<QList<OpeningHours>> week;
        for (const QString &key : kWeekdayKeys) {
            const QJsonValue value = r.body.value(key);
            if (!value.isUndefined() && !value.isString())
                return HttpReply::badRequest(
                    u"%1 must be text such as \"08:00-12:00,13:00-16:00\" (\"\": closed)."_s.arg(
                        key));
            QString why;
            const auto ranges = parseDayHours(value.toString(), &why);
            if (!ranges)
                return HttpReply::badRequest(u"%1: %2"_s.arg(key, why));
            week.append(*ranges);
        }
        const QJsonValue closedValue = r.body.value(u"closed"_s);
        if (!closedValue.isUndefined() && !closedValue.isArray())
            return HttpReply::badRequest(u"closed must be a list of dates (YYYY-MM-DD)."_s);
        QList<QDate> closed;
        for (const QJsonValue &item : closedValue.toArray()) {
            const QDate day = QDate::fromString(item.toString(), Qt::ISODate);
            if (!item.isString() || !day.isValid() || item.toString().size() != 10)
                return HttpReply::badRequest(
                    u"closed: \"%1\" is not a date YYYY-MM-DD."_s.arg(item.toString()));
            if (!closed.contains(day))
                closed.append(day);
        }
        std::sort(closed.begin(), closed.end());
        const QList<QDate> wasClosed = parts.appointments.closedDays(*id);
        QStringList taken;
        int bookings = 0;
        for (const QDate &day : std::as_const(closed)) {
            if (wasClosed.contains(day))
                continue;
            if (const int count = parts.appointments.bookingsOn(*id, day)) {
                taken.append(u"%1 (%2)"_s.arg(day.toString(Qt::ISODate)).arg(count));
                bookings += count;
            }
        }
        if (bookings > 0)
            return HttpReply::problem(409, u"Conflict"_s,
                                      u"%1 booking(s) fall on the new closure days: %2. Move or "
                                      "cancel them first; nothing was changed."_s.arg(bookings)
                                          .arg(taken.join(u", "_s)),
                                      u"closure-has-bookings"_s,
                                      QJsonObject{{u"bookings"_s, bookings}});
        const QJsonObject before = hoursJson(parts.appointments, *id);
        parts.appointments.countHoursVersionUp(*id, version);
        for (int weekday = 1; weekday <= 7; ++weekday)
            parts.appointments.setDayHours(*id, weekday, week.at(weekday - 1));
        parts.appointments.setClosedDays(*id, closed);
        const QJsonObject after = hoursJson(parts.appointments, *id);
        if (before != after)
            audit(parts, r, u"opening-hours.update"_s, u"office/%1"_s.arg(*id), before, after);
        QJsonObject answer = after;
        answer.insert(u"version"_s, version + 1);
        return HttpReply::json(200, answer);
    });

    // Each office's own rules.
    api.route(M::Get, u"/api/v1/offices/{id}/settings"_s, Role::Admin | Role::Supervisor,
              [parts](ApiRequest &r) {
                  const auto id = r.idArg(0);
                  const auto office = id ? parts.directory.office(*id) : std::nullopt;
                  if (!office)
                      return notFound(u"office"_s);
                  // A supervisor sees their own offices' rules; an admin sets everyone's.
                  if (!r.user->roles.testFlag(Role::Admin)) {
                      if (auto refusal = refuseOtherOffice(r, *id))
                          return *refusal;
                  }
                  QJsonObject json = parts.settings.toJson(*id);
                  json.insert(u"waitTargetMinutes"_s, office->value(u"waitTargetMinutes"_s));
                  json.insert(u"version"_s, parts.settings.version(*id));
                  return HttpReply::json(200, json);
              });

    api.route(M::Put, u"/api/v1/offices/{id}/settings"_s, Role::Admin, [parts](ApiRequest &r) {
        const auto id = r.idArg(0);
        const auto office = id ? parts.directory.office(*id) : std::nullopt;
        if (!office)
            return notFound(u"office"_s);
        OfficeSettingValues values;
        std::optional<HttpReply> error;
        // null or absent: the server's option holds.
        const auto setting = [&](const QString &key, int min, int max) -> std::optional<int> {
            if (r.body.value(key).isNull() || r.body.value(key).isUndefined())
                return std::nullopt;
            return whole(r.body, key, min, max, &error);
        };
        values.noShowAfterCalls = setting(u"noShowAfterCalls"_s, 1, 10);
        values.reservationDays = setting(u"reservationDays"_s, 1, 365);
        values.retentionDays = setting(u"retentionDays"_s, 0, 3650);
        values.registrationLeadDays = setting(u"registrationLeadDays"_s, 0, 365);
        const QJsonValue policy = r.body.value(u"dispatchPolicy"_s);
        if (!policy.isNull() && !policy.isUndefined()) {
            values.dispatchPolicy = dispatchPolicyFromName(policy.toString());
            if (!values.dispatchPolicy)
                return HttpReply::badRequest(
                    u"dispatchPolicy must be \"fifo\", \"zms\", \"tresen\" or null."_s);
        }
        const auto waitTarget = whole(r.body, u"waitTargetMinutes"_s, 1, 600, &error);
        if (error)
            return *error;
        // Without `version` (a city's script) the PUT writes as it did.
        const int version = parts.settings.version(*id);
        if (auto error = checkVersion(version, r.body.value(u"version"_s), u"settings"_s))
            return *error;
        QJsonObject before = parts.settings.toJson(*id);
        before.insert(u"waitTargetMinutes"_s, office->value(u"waitTargetMinutes"_s));
        before.remove(u"effective"_s);
        parts.settings.countVersionUp(*id, version);
        parts.settings.store(*id, values);
        if (waitTarget && *waitTarget != office->value(u"waitTargetMinutes"_s).toInt())
            parts.directory.updateOffice(*id, {{u"wait_target_minutes"_s, *waitTarget}},
                                         office->value(u"version"_s).toInt());
        QJsonObject after = parts.settings.toJson(*id);
        after.insert(u"waitTargetMinutes"_s,
                     parts.directory.office(*id)->value(u"waitTargetMinutes"_s));
        QJsonObject compared = after;
        compared.remove(u"effective"_s);
        if (before != compared)
            audit(parts, r, u"office-settings.update"_s, u"office/%1"_s.arg(*id), before, compared);
        after.insert(u"version"_s, version + 1);
        return HttpReply::json(200, after);
    });

    // Wedding rooms and their slot rules.
    api.route(M::Post, u"/api/v1/wedding/rooms"_s, Role::Admin, [parts](ApiRequest &r) {
        if (auto error = missing(r.body, {u"officeId"_s, u"name"_s, u"guests"_s, u"weekdays"_s,
                                          u"firstStart"_s, u"lastStart"_s, u"slotMinutes"_s}))
            return *error;
        std::optional<HttpReply> error;
        const auto officeId = activeOffice(parts, r.body, &error);
        if (!officeId)
            return *error;
        if (parts.directory.office(*officeId)->value(u"kind"_s).toString() != u"standesamt"_s)
            return HttpReply::badRequest(u"Wedding rooms belong to a Standesamt."_s);
        WeddingRoom room;
        room.officeId = *officeId;
        if (auto error = takeRoom(r.body, room))
            return *error;
        if (parts.weddings.roomByName(*officeId, room.name))
            return HttpReply::conflict(u"name-taken"_s,
                                       u"The office already has a room %1."_s.arg(room.name));
        room.id = parts.weddings.addRoom(room);
        if (!room.active)
            parts.weddings.updateRoom(room);
        const QJsonObject json = parts.weddings.room(room.id)->toJson();
        audit(parts, r, u"wedding-room.create"_s, u"wedding-room/%1"_s.arg(room.id), {}, json);
        return HttpReply::json(201, json);
    });

    api.route(M::Patch, u"/api/v1/wedding/rooms/{id}"_s, Role::Admin, [parts](ApiRequest &r) {
        const auto id = r.idArg(0);
        const auto before = id ? parts.weddings.room(*id) : std::nullopt;
        if (auto refusal = refusedPatch(r, before ? std::optional(before->toJson()) : std::nullopt,
                                        u"wedding room"_s,
                                        u"A room stays with its office: create one in the other "
                                        "office and retire this one."_s))
            return *refusal;
        WeddingRoom room = *before;
        if (auto error = takeRoom(r.body, room))
            return *error;
        const auto holder = parts.weddings.roomByName(room.officeId, room.name);
        if (holder && holder != room.id)
            return HttpReply::conflict(u"name-taken"_s,
                                       u"The office already has a room %1."_s.arg(room.name));
        if (!room.active && before->active) {
            if (const int held = parts.weddings.heldBookingsOfRoom(room.id, parts.clock()))
                return HttpReply::conflict(u"in-use"_s,
                                           u"The room holds %1 coming wedding(s); move or "
                                           "cancel them first."_s.arg(held));
        }
        const QJsonObject json = parts.weddings.updateRoom(room, before->version).toJson();
        audit(parts, r, u"wedding-room.update"_s, u"wedding-room/%1"_s.arg(room.id),
              before->toJson(), json);
        return HttpReply::json(200, json);
    });
}
