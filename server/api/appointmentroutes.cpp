#include "core/domain/isotime.h"
#include "core/domain/personaldata.h"
#include "server/api/routes.h"
#include "server/api/visibleanswer.h"
#include "server/auth/needtoknow.h"
#include "server/http/requestdispatcher.h"
#include "server/http/textfields.h"
#include "server/repositories/appointmentrepository.h"
#include "server/repositories/directoryrepository.h"
#include "server/repositories/queueestimator.h"
#include "server/repositories/ticketrepository.h"
#include "server/storage/auditlog.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kMinute = 60 * 1000;
constexpr int kMaxSlotDays = 31;
constexpr int kMaxListDays = 62;

// A day ("2026-11-25", its start; with `endOfDay` the start of the next day)
// or a time with offset.
std::optional<qint64> timeParameter(const QString &text, bool endOfDay)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid() && text.size() == 10)
        return QDateTime(endOfDay ? day.addDays(1) : day, QTime(0, 0)).toMSecsSinceEpoch();
    const qint64 msecs = msecsFromIsoTime(text);
    return msecs > 0 ? std::optional(msecs) : std::nullopt;
}

// Copies the contact fields present in `body` into `a`; an error for a field
// that is not text or too long, or a missing name when `requireName`.
std::optional<HttpReply> takeContact(const QJsonObject &body, Appointment &a, bool requireName)
{
    if (auto error = takeTextFields(body, a, AppointmentContact::fields()))
        return error;
    if (requireName && a.name.isEmpty())
        return HttpReply::badRequest(u"name is required."_s);
    if (!a.email.isEmpty() && !a.email.contains(u'@'))
        return HttpReply::badRequest(u"email is not an e-mail address."_s);
    return std::nullopt;
}

// Whether the service can take one more visitor at `startsAt`; locks the
// service's bookings until the transaction ends.
std::optional<HttpReply> checkBookable(const AppointmentRoutes &parts, const QJsonObject &service,
                                       qint64 startsAt, qint64 exceptId)
{
    const qint64 serviceId = service.value(u"id"_s).toString().toLongLong();
    const qint64 officeId = service.value(u"officeId"_s).toString().toLongLong();
    const int minutes = service.value(u"typicalMinutes"_s).toInt();
    if (startsAt < parts.clock() - minutes * kMinute)
        return HttpReply::conflict(u"slot-past"_s,
                                   u"%1 has already passed."_s.arg(isoTimeFromMSecs(startsAt)));
    if (!parts.appointments.isSlot(officeId, startsAt, minutes))
        return HttpReply::conflict(
            u"no-such-slot"_s,
            u"%1 is not a bookable time of this service (opening hours, %2-minute "
            "slots)."_s.arg(isoTimeFromMSecs(startsAt))
                .arg(minutes));
    parts.appointments.lockService(serviceId);
    if (parts.appointments.taken(serviceId, startsAt, exceptId) >=
        parts.appointments.capacity(serviceId))
        return HttpReply::conflict(
            u"slot-full"_s, u"The slot at %1 is fully booked."_s.arg(isoTimeFromMSecs(startsAt)));
    return std::nullopt;
}

} // namespace

void installAppointmentRoutes(RequestDispatcher &api, const AppointmentRoutes &parts)
{
    using M = RequestDispatcher::Method;
    const Roles readers = Role::Clerk | Role::Registrar | Role::Supervisor;
    const Roles bookers = Role::Clerk | Role::Registrar;

    api.route(M::Get, u"/api/v1/appointments/slots"_s, readers, [parts](ApiRequest &r) {
        const auto serviceId = jsonId(QJsonValue(r.queryValue(u"serviceId"_s)));
        const auto service = serviceId ? parts.directory.service(*serviceId) : std::nullopt;
        if (!service)
            return HttpReply::notFound(u"There is no service with this id."_s);
        if (auto refusal =
                refuseOtherOffice(r, service->value(u"officeId"_s).toString().toLongLong()))
            return *refusal;
        const QDate from = QDate::fromString(r.queryValue(u"from"_s), Qt::ISODate);
        QDate to = QDate::fromString(r.queryValue(u"to"_s), Qt::ISODate);
        if (!to.isValid())
            to = from;
        if (!from.isValid() || to < from || from.daysTo(to) >= kMaxSlotDays)
            return HttpReply::badRequest(
                u"from and to must be days (YYYY-MM-DD), at most %1 days apart."_s.arg(
                    kMaxSlotDays));
        const int minutes = service->value(u"typicalMinutes"_s).toInt();
        const qint64 earliest = parts.clock() - minutes * kMinute;
        QJsonArray list;
        for (const AppointmentSlot &slot :
             parts.appointments.bookableSlots(service->value(u"officeId"_s).toString().toLongLong(),
                                              *serviceId, minutes, from, to)) {
            if (slot.startsAt < earliest)
                continue;
            list.append(QJsonObject{
                {u"startsAt"_s, isoTimeFromMSecs(slot.startsAt)},
                {u"endsAt"_s, isoTimeFromMSecs(slot.startsAt + slot.durationMinutes * kMinute)},
                {u"capacity"_s, slot.capacity},
                {u"taken"_s, slot.taken},
                {u"free"_s, slot.free()},
            });
        }
        return HttpReply::json(200, list);
    });

    api.route(M::Get, u"/api/v1/appointments"_s, readers, [parts](ApiRequest &r) {
        bool ok = false;
        const qint64 officeId = r.queryValue(u"officeId"_s).toLongLong(&ok);
        if (!ok || !parts.directory.office(officeId))
            return HttpReply::notFound(u"There is no office with this id."_s);
        if (auto refusal = refuseOtherOffice(r, officeId))
            return *refusal;
        const auto from = timeParameter(r.queryValue(u"from"_s), false);
        const auto to = timeParameter(r.queryValue(u"to"_s).isEmpty() ? r.queryValue(u"from"_s)
                                                                      : r.queryValue(u"to"_s),
                                      true);
        if (!from || !to || *to <= *from || *to - *from > kMaxListDays * 24 * 60 * kMinute)
            return HttpReply::badRequest(
                u"from and to must be days or times, at most %1 days apart."_s.arg(kMaxListDays));
        std::optional<qint64> serviceId;
        if (!r.queryValue(u"serviceId"_s).isEmpty()) {
            serviceId = jsonId(QJsonValue(r.queryValue(u"serviceId"_s)));
            if (!serviceId)
                return HttpReply::badRequest(u"serviceId must be an id."_s);
        }
        // Only who may see names may find by them.
        const QString search =
            parts.needToKnow.searchesContactData(u"appointment", Recipient::of(*r.user))
                ? r.queryValue(u"q"_s)
                : QString();
        QJsonArray list;
        for (const Appointment &a :
             parts.appointments.between(officeId, *from, *to, serviceId, search))
            list.append(a.toJson());
        return visibleList(parts.needToKnow, u"appointment", list, r);
    });

    api.route(M::Get, u"/api/v1/appointments/{id}"_s, readers, [parts](ApiRequest &r) {
        const auto id = r.idArg(0);
        const auto a = id ? parts.appointments.find(*id) : std::nullopt;
        const QString notFound = u"There is no appointment with this id."_s;
        return a ? visibleEntity(parts.needToKnow, u"appointment", a->toJson(), r, notFound)
                 : HttpReply::notFound(notFound);
    });

    api.route(M::Post, u"/api/v1/appointments"_s, bookers, [parts](ApiRequest &r) {
        const auto serviceId = jsonId(r.body.value(u"serviceId"_s));
        const auto service = serviceId ? parts.directory.service(*serviceId) : std::nullopt;
        if (!service)
            return serviceId ? HttpReply::notFound(u"There is no service with this id."_s)
                             : HttpReply::badRequest(u"serviceId is required."_s);
        if (auto refusal =
                refuseOtherOffice(r, service->value(u"officeId"_s).toString().toLongLong()))
            return *refusal;
        if (!service->value(u"active"_s).toBool())
            return HttpReply::conflict(u"retired"_s, u"The service %1 is retired."_s.arg(
                                                         service->value(u"name"_s).toString()));
        Appointment a;
        a.serviceId = QString::number(*serviceId);
        a.officeId = service->value(u"officeId"_s).toString();
        a.durationMinutes = service->value(u"typicalMinutes"_s).toInt();
        a.startsAt = msecsFromIsoTime(r.body.value(u"startsAt"_s).toString());
        if (a.startsAt == 0)
            return HttpReply::badRequest(u"startsAt must be a time in ISO 8601 with offset."_s);
        const QJsonValue source = r.body.value(u"source"_s);
        if (!source.isUndefined()) {
            const auto parsed = appointmentSourceFromName(source.toString());
            if (!parsed)
                return HttpReply::badRequest(u"source must be online, phone or desk."_s);
            a.source = *parsed;
        }
        if (auto error = takeContact(r.body, a, true))
            return *error;
        if (auto error = checkBookable(parts, *service, a.startsAt, 0))
            return *error;
        a = parts.appointments.create(a);
        parts.auditLog.record(r.user->login, u"appointment.create"_s, a.id);
        return HttpReply::json(201, a.toJson());
    });

    api.route(M::Patch, u"/api/v1/appointments/{id}"_s, bookers, [parts](ApiRequest &r) {
        const auto id = r.idArg(0);
        auto a = id ? parts.appointments.find(*id, true) : std::nullopt;
        if (a) {
            if (auto refusal = refuseOtherOffice(r, a->officeId.toLongLong()))
                return *refusal;
        }
        if (!a || !mayReceive(parts.needToKnow, u"appointment", a->toJson(), r))
            return HttpReply::notFound(u"There is no appointment with this id."_s);
        if (auto error = checkVersion(a->version, r.body.value(u"version"_s), u"appointment"_s))
            return *error;
        const bool moves = r.body.contains(u"startsAt"_s) || r.body.contains(u"serviceId"_s);
        const bool statusChange = r.body.contains(u"status"_s);
        if ((moves || statusChange) && a->status != AppointmentStatus::Booked)
            return HttpReply::conflict(
                u"not-booked"_s, u"The appointment is %1; only a booked appointment can be moved "
                                 "or marked."_s.arg(appointmentStatusName(a->status)));
        // Every change, not only one to the contact fields: the contact check
        // below would refuse the blanked name with a misleading 400.
        if (a->anonymised)
            return HttpReply::conflict(u"anonymised"_s,
                                       u"The contact data of this appointment has been removed; "
                                       "the appointment can no longer be changed."_s);
        if (auto error = takeContact(r.body, *a, true))
            return *error;
        QString event = u"appointment.updated"_s;
        if (statusChange) {
            if (r.body.value(u"status"_s).toString() != u"no_show"_s)
                return HttpReply::badRequest(u"status can only be set to no_show here."_s);
            a->status = AppointmentStatus::NoShow;
            event = u"appointment.no_show"_s;
        }
        if (moves) {
            std::optional<QJsonObject> service = parts.directory.service(a->serviceId.toLongLong());
            if (r.body.contains(u"serviceId"_s)) {
                const auto serviceId = jsonId(r.body.value(u"serviceId"_s));
                service = serviceId ? parts.directory.service(*serviceId) : std::nullopt;
                if (!service)
                    return HttpReply::notFound(u"There is no service with this id."_s);
                if (service->value(u"officeId"_s).toString() != a->officeId)
                    return HttpReply::badRequest(u"The service belongs to another office."_s);
                a->serviceId = service->value(u"id"_s).toString();
                a->durationMinutes = service->value(u"typicalMinutes"_s).toInt();
            }
            if (r.body.contains(u"startsAt"_s)) {
                a->startsAt = msecsFromIsoTime(r.body.value(u"startsAt"_s).toString());
                if (a->startsAt == 0)
                    return HttpReply::badRequest(
                        u"startsAt must be a time in ISO 8601 with offset."_s);
            }
            if (auto error = checkBookable(parts, *service, a->startsAt, a->id.toLongLong()))
                return *error;
            event = u"appointment.rebooked"_s;
        }
        const Appointment saved = parts.appointments.update(*a, event);
        parts.auditLog.record(r.user->login, event, saved.id);
        return HttpReply::json(200, saved.toJson());
    });

    api.route(M::Delete, u"/api/v1/appointments/{id}"_s, bookers, [parts](ApiRequest &r) {
        const auto id = r.idArg(0);
        auto a = id ? parts.appointments.find(*id, true) : std::nullopt;
        if (a) {
            if (auto refusal = refuseOtherOffice(r, a->officeId.toLongLong()))
                return *refusal;
        }
        if (!a || !mayReceive(parts.needToKnow, u"appointment", a->toJson(), r))
            return HttpReply::notFound(u"There is no appointment with this id."_s);
        const QString version = r.queryValue(u"version"_s);
        if (auto error = checkVersion(
                a->version, version.isEmpty() ? QJsonValue() : QJsonValue(version.toInt()),
                u"appointment"_s))
            return *error;
        if (a->status != AppointmentStatus::Booked)
            return HttpReply::conflict(u"not-booked"_s,
                                       u"The appointment is %1 and cannot be cancelled."_s.arg(
                                           appointmentStatusName(a->status)));
        a->status = AppointmentStatus::Cancelled;
        const Appointment saved = parts.appointments.update(*a, u"appointment.cancelled"_s);
        parts.auditLog.record(r.user->login, u"appointment.cancel"_s, saved.id);
        return HttpReply::json(200, saved.toJson());
    });

    api.route(
        M::Post, u"/api/v1/appointments/check-in"_s, Role::Clerk | Role::Kiosk,
        [parts](ApiRequest &r) {
            const auto code = BookingCode::normalise(r.body.value(u"bookingCode"_s).toString());
            if (!code)
                return HttpReply::badRequest(
                    u"bookingCode is not a booking code (8 characters)."_s);
            auto a = parts.appointments.findByCode(*code, true);
            if (!a)
                return HttpReply::notFound(u"No appointment has the booking code %1."_s.arg(*code));
            if (auto refusal = refuseOtherOffice(r, a->officeId.toLongLong()))
                return *refusal;
            switch (a->status) {
            case AppointmentStatus::Booked:
                break;
            case AppointmentStatus::CheckedIn:
            case AppointmentStatus::Done: {
                // The visitor at the desk asks for their number again: it comes along.
                const auto ticket = a->ticketId.isEmpty()
                                        ? std::nullopt
                                        : parts.tickets.find(a->ticketId.toLongLong());
                const QString number = ticket ? ticket->number : QString();
                return HttpReply::problem(
                    409, u"Conflict"_s,
                    number.isEmpty()
                        ? u"The appointment %1 has already been checked in."_s.arg(*code)
                        : u"The appointment %1 has already been checked in; its ticket is %2."_s
                              .arg(*code, number),
                    u"already-checked-in"_s,
                    number.isEmpty() ? QJsonObject() : QJsonObject{{u"ticketNumber"_s, number}});
            }
            case AppointmentStatus::Cancelled:
                return HttpReply::conflict(u"appointment-cancelled"_s,
                                           u"The appointment %1 was cancelled."_s.arg(*code));
            case AppointmentStatus::NoShow:
                return HttpReply::conflict(
                    u"appointment-missed"_s,
                    u"The appointment %1 was marked as missed."_s.arg(*code));
            }
            const QDate today = QDateTime::fromMSecsSinceEpoch(parts.clock()).date();
            if (QDateTime::fromMSecsSinceEpoch(a->startsAt).date() != today)
                return HttpReply::conflict(u"not-today"_s,
                                           u"The appointment %1 is on %2, not today."_s.arg(
                                               *code, isoTimeFromMSecs(a->startsAt)));
            const auto service = parts.directory.service(a->serviceId.toLongLong());
            if (!service)
                return HttpReply::notFound(u"The appointment's service no longer exists."_s);
            const Ticket ticket =
                parts.tickets.issue(a->officeId.toLongLong(), a->serviceId.toLongLong(),
                                    service->value(u"prefix"_s).toString(),
                                    TicketSource::Appointment, 0, QString(), a->startsAt);
            a->status = AppointmentStatus::CheckedIn;
            a->ticketId = QString::number(ticket.id);
            const Appointment saved = parts.appointments.update(*a, u"appointment.checked_in"_s);
            // Kept for the statistics' accuracy figure, like a walk-in's;
            // after the check-in, so the forecast does not count the
            // appointment twice (as this ticket and as still to come).
            parts.tickets.recordEstimate(
                ticket.id, QueueEstimator({parts.tickets, parts.directory, parts.settings,
                                           parts.serviceTimes, parts.appointments},
                                          ticket.officeId, parts.clock())
                               .estimateFor(ticket));
            parts.auditLog.record(r.user->login, u"appointment.check_in"_s, saved.id);
            QJsonObject json = ticket.toJson();
            json.insert(u"appointmentId"_s, saved.id);
            json.insert(u"appointmentStartsAt"_s, isoTimeFromMSecs(saved.startsAt));
            return HttpReply::json(201, json);
        });
}

void followTicketWithAppointment(AppointmentRepository &appointments, const Ticket &ticket)
{
    if (ticket.source != TicketSource::Appointment)
        return;
    auto a = appointments.findByTicket(ticket.id);
    if (!a || a->status != AppointmentStatus::CheckedIn)
        return;
    switch (ticket.status) {
    case TicketStatus::Done:
        a->status = AppointmentStatus::Done;
        appointments.update(*a, u"appointment.done"_s);
        break;
    case TicketStatus::NoShow:
        a->status = AppointmentStatus::NoShow;
        appointments.update(*a, u"appointment.no_show"_s);
        break;
    default:
        break;
    }
}
