#include "core/domain/appointment.h"
#include "core/domain/isotime.h"
#include "core/domain/personaldata.h"
#include "server/api/routes.h"
#include "server/api/visibleanswer.h"
#include "server/auth/needtoknow.h"
#include "server/auth/userrepository.h"
#include "server/http/requestdispatcher.h"
#include "server/http/textfields.h"
#include "server/repositories/officesettings.h"
#include "server/repositories/weddingrepository.h"
#include "server/storage/auditlog.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
constexpr int kMaxSlotDays = 93;

// Copies the couple's fields present in `body`; an error for a field that is
// not text or too long, or a partner left empty.
std::optional<HttpReply> takeCouple(const QJsonObject &body, WeddingBooking &b)
{
    if (auto error = takeTextFields(body, b, WeddingCouple::fields()))
        return error;
    if (b.partner1.isEmpty() || b.partner2.isEmpty())
        return HttpReply::badRequest(u"partner1 and partner2 are required."_s);
    if (!b.email.isEmpty() && !b.email.contains(u'@'))
        return HttpReply::badRequest(u"email is not an e-mail address."_s);
    return std::nullopt;
}

// Copies the checklist entries in `value` ({"identity": "received", …}).
std::optional<HttpReply> takeDocuments(const QJsonValue &value, WeddingBooking &b)
{
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isObject())
        return HttpReply::badRequest(u"documents must be an object of checklist entries."_s);
    const QJsonObject entries = value.toObject();
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it) {
        if (!WeddingDocuments::keys().contains(it.key()))
            return HttpReply::badRequest(u"documents: %1 is not on the checklist (%2)."_s.arg(
                it.key(), WeddingDocuments::keys().join(u", "_s)));
        const auto state = documentStateFromName(it.value().toString());
        if (!state)
            return HttpReply::badRequest(
                u"documents: %1 must be missing, received or not_needed."_s.arg(it.key()));
        if (*state == DocumentState::NotNeeded && WeddingDocuments::isRequired(it.key()))
            return HttpReply::badRequest(
                u"documents: %1 is needed from every couple."_s.arg(it.key()));
        b.documents.insert(it.key(), *state);
    }
    return std::nullopt;
}

// Whether the slot can take a new booking now. A reservation that lapsed
// there is cancelled first, so its slot is free again.
std::optional<HttpReply> checkReservable(const WeddingRoutes &parts, const WeddingSlot &slot)
{
    if (slot.startsAt <= parts.clock())
        return HttpReply::conflict(
            u"slot-past"_s, u"%1 has already passed."_s.arg(isoTimeFromMSecs(slot.startsAt)));
    if (slot.status == WeddingSlotStatus::Blocked)
        return HttpReply::conflict(u"slot-blocked"_s,
                                   u"The slot is blocked: %1"_s.arg(slot.blockReason));
    if (slot.status == WeddingSlotStatus::Free && !parts.weddings.isOffered(slot))
        return HttpReply::conflict(u"closed"_s,
                                   u"The office is closed on %1, or the room %2 is retired."_s.arg(
                                       isoTimeFromMSecs(slot.startsAt), slot.roomName));
    if (slot.status != WeddingSlotStatus::Free)
        return HttpReply::conflict(u"slot-taken"_s,
                                   u"The slot at %1 in %2 is already reserved or booked."_s.arg(
                                       isoTimeFromMSecs(slot.startsAt), slot.roomName));
    if (auto lapsed = parts.weddings.holderOf(slot.id.toLongLong())) {
        lapsed->setStatus(WeddingStatus::Cancelled);
        parts.weddings.update(*lapsed, u"wedding.lapsed"_s);
    }
    return std::nullopt;
}

std::optional<HttpReply> refusal(const WeddingBooking &b, WeddingStatus to, qint64 now)
{
    const auto code = weddingChangeRefusal(b, to, now);
    if (!code)
        return std::nullopt;
    const QString from = weddingStatusName(b.status);
    const QString target = weddingStatusName(to);
    if (*code == u"documents-missing"_s)
        return HttpReply::conflict(*code, u"Still missing for the registration: %1."_s.arg(
                                              b.missingDocuments().join(u", "_s)));
    if (*code == u"registrar-missing"_s)
        return HttpReply::conflict(*code, u"Choose the registrar before confirming."_s);
    if (*code == u"fee-missing"_s)
        return HttpReply::conflict(*code, u"Enter the fee's Kassenzeichen before confirming."_s);
    if (*code == u"too-early"_s)
        return HttpReply::conflict(
            *code, u"The wedding has not begun yet (%1)."_s.arg(isoTimeFromMSecs(b.startsAt)));
    return HttpReply::conflict(*code,
                               u"A booking that is %1 cannot become %2."_s.arg(from, target));
}

// 403 when the asking registrar does not work in the office of room `roomId`.
std::optional<HttpReply> refuseOtherRoom(const WeddingRoutes &parts, const ApiRequest &r,
                                         const QString &roomId)
{
    if (r.user->officeIds.isEmpty())
        return std::nullopt;
    for (const WeddingRoom &room : parts.weddings.rooms()) {
        if (room.id == roomId.toLongLong())
            return refuseOtherOffice(r, room.officeId);
    }
    return refuseOtherOffice(r, 0);
}

HttpReply badRange()
{
    return HttpReply::badRequest(
        u"from and to must be days (YYYY-MM-DD), at most %1 days apart."_s.arg(kMaxSlotDays));
}

// The days [from, to] of the query (to defaults to from) as [start, end) in milliseconds.
std::optional<std::pair<qint64, qint64>> dayRange(const ApiRequest &r)
{
    const QDate from = QDate::fromString(r.queryValue(u"from"_s), Qt::ISODate);
    QDate to = QDate::fromString(r.queryValue(u"to"_s), Qt::ISODate);
    if (!to.isValid() && r.queryValue(u"to"_s).isEmpty())
        to = from;
    if (!from.isValid() || !to.isValid() || to < from || from.daysTo(to) >= kMaxSlotDays)
        return std::nullopt;
    return std::pair(QDateTime(from, QTime(0, 0)).toMSecsSinceEpoch(),
                     QDateTime(to.addDays(1), QTime(0, 0)).toMSecsSinceEpoch());
}
} // namespace

void installWeddingRoutes(RequestDispatcher &api, const WeddingRoutes &parts)
{
    using M = RequestDispatcher::Method;
    const Roles readers = Role::Registrar | Role::Supervisor;

    // Administrators set the rooms up (Verwaltung); they see no couple's data.
    api.route(M::Get, u"/api/v1/wedding/rooms"_s, readers | Role::Admin, [parts](ApiRequest &r) {
        QJsonArray list;
        for (const WeddingRoom &room : parts.weddings.rooms())
            list.append(room.toJson());
        return visibleList(parts.needToKnow, u"wedding_room", list, r);
    });

    api.route(M::Get, u"/api/v1/wedding/registrars"_s, readers, [parts](ApiRequest &r) {
        QJsonArray list;
        for (const UserRecord &user : parts.users.withRole(Role::Registrar))
            list.append(QJsonObject{{u"login"_s, user.login}, {u"name"_s, user.displayName}});
        return visibleList(parts.needToKnow, u"registrar", list, r);
    });

    api.route(M::Get, u"/api/v1/wedding/slots"_s, readers, [parts](ApiRequest &r) {
        const auto range = dayRange(r);
        if (!range)
            return badRange();
        parts.weddings.ensureSlots(QDateTime::fromMSecsSinceEpoch(range->first).date(),
                                   QDateTime::fromMSecsSinceEpoch(range->second - 1).date());
        QJsonArray list;
        const qint64 now = parts.clock();
        QHash<qint64, WeddingPolicy> policies; // per office, looked up once
        for (WeddingSlot slot : parts.weddings.slotsBetween(range->first, range->second)) {
            // A free slot says what reserving it now would mean for the
            // registration, so that the workstation can warn before it reserves.
            if (slot.status == WeddingSlotStatus::Free && slot.startsAt > now) {
                const qint64 office = parts.weddings.officeOfRoom(slot.roomId.toLongLong());
                if (!policies.contains(office))
                    policies.insert(office, parts.settings.weddingPolicy(office));
                const WeddingPolicy &policy = policies[office];
                slot.registrationDeadline = policy.reservationExpiry(now, slot.startsAt);
                slot.registrationLeadDays = policy.registrationLeadDays;
            }
            list.append(slot.toJson());
        }
        return visibleList(parts.needToKnow, u"wedding_slot", list, r);
    });

    api.route(M::Patch, u"/api/v1/wedding/slots/{id}"_s, Role::Registrar, [parts](ApiRequest &r) {
        const auto id = r.idArg(0);
        const auto slot = id ? parts.weddings.slot(*id, true) : std::nullopt;
        if (!slot)
            return HttpReply::notFound(u"There is no wedding slot with this id."_s);
        if (auto refusal = refuseOtherRoom(parts, r, slot->roomId))
            return *refusal;
        const QJsonValue blocked = r.body.value(u"blocked"_s);
        const QString reason = r.body.value(u"reason"_s).toString().trimmed();
        if (!blocked.isBool() || reason.size() > 200)
            return HttpReply::badRequest(
                u"blocked must be true or false; reason at most 200 characters."_s);
        if (blocked.toBool() && !slot->bookingId.isEmpty())
            return HttpReply::conflict(
                u"slot-taken"_s,
                u"The slot is reserved or booked; cancel or move the booking first."_s);
        parts.weddings.setBlocked(*id, blocked.toBool(), reason);
        // The reason is free text: it stays with the slot, not in the audit log.
        parts.auditLog.record(
            r.user->login, blocked.toBool() ? u"wedding.slot.block"_s : u"wedding.slot.unblock"_s,
            slot->id);
        return HttpReply::json(200, parts.weddings.slot(*id)->toJson());
    });

    api.route(M::Post, u"/api/v1/wedding/slots/{id}/reservations"_s, Role::Registrar,
              [parts](ApiRequest &r) {
                  const auto id = r.idArg(0);
                  const auto slot = id ? parts.weddings.slot(*id, true) : std::nullopt;
                  if (!slot)
                      return HttpReply::notFound(u"There is no wedding slot with this id."_s);
                  if (auto refusal = refuseOtherRoom(parts, r, slot->roomId))
                      return *refusal;
                  WeddingBooking b;
                  if (auto error = takeCouple(r.body, b))
                      return *error;
                  if (auto error = checkReservable(parts, *slot))
                      return *error;
                  b.slotId = slot->id;
                  b.status = WeddingStatus::Reserved;
                  b.documents = WeddingDocuments::initialChecklist();
                  b.expiresAt =
                      parts.settings
                          .weddingPolicy(parts.weddings.officeOfRoom(slot->roomId.toLongLong()))
                          .reservationExpiry(parts.clock(), slot->startsAt);
                  b = parts.weddings.create(b);
                  parts.auditLog.record(r.user->login, u"wedding.reserve"_s, b.id);
                  return HttpReply::json(201, b.toJson());
              });

    api.route(M::Get, u"/api/v1/wedding/bookings"_s, readers, [parts](ApiRequest &r) {
        const auto range = dayRange(r);
        if (!range)
            return badRange();
        QJsonArray list;
        for (const WeddingBooking &b : parts.weddings.between(range->first, range->second))
            list.append(b.toJson());
        return visibleList(parts.needToKnow, u"wedding_booking", list, r);
    });

    api.route(M::Get, u"/api/v1/wedding/bookings/{id}"_s, readers, [parts](ApiRequest &r) {
        const auto id = r.idArg(0);
        const auto b = id ? parts.weddings.find(*id) : std::nullopt;
        const QString notFound = u"There is no wedding booking with this id."_s;
        return b ? visibleEntity(parts.needToKnow, u"wedding_booking", b->toJson(), r, notFound)
                 : HttpReply::notFound(notFound);
    });

    api.route(
        M::Patch, u"/api/v1/wedding/bookings/{id}"_s, Role::Registrar, [parts](ApiRequest &r) {
            const auto id = r.idArg(0);
            auto b = id ? parts.weddings.find(*id, true) : std::nullopt;
            if (!b)
                return HttpReply::notFound(u"There is no wedding booking with this id."_s);
            if (auto refusal = refuseOtherRoom(parts, r, b->roomId))
                return *refusal;
            if (auto error = checkVersion(b->version, r.body.value(u"version"_s), u"booking"_s))
                return *error;
            // The couple was removed (retention or erasure): nothing may bring
            // them back, and a booking without its couple is no case to work on.
            if (b->anonymised)
                return HttpReply::conflict(u"anonymised"_s,
                                           u"The couple's data of this booking has been removed; "
                                           "the booking can no longer be changed."_s);
            const bool closed =
                b->status == WeddingStatus::Completed || b->status == WeddingStatus::Cancelled;
            if (closed)
                return HttpReply::conflict(u"closed"_s,
                                           u"The booking is %1 and can no longer be "
                                           "changed."_s.arg(weddingStatusName(b->status)));
            if (b->hasLapsed(parts.clock()))
                return HttpReply::conflict(
                    u"lapsed"_s, u"The reservation lapsed on %1; its slot is free again."_s.arg(
                                     isoTimeFromMSecs(b->expiresAt)));
            if (auto error = takeCouple(r.body, *b))
                return *error;
            if (auto error = takeDocuments(r.body.value(u"documents"_s), *b))
                return *error;
            if (r.body.contains(u"registrar"_s)) {
                const QString login = r.body.value(u"registrar"_s).toString();
                const auto user = parts.users.findByLogin(login);
                if (!login.isEmpty() && (!user || !(user->roles & Role::Registrar)))
                    return HttpReply::badRequest(u"registrar must be the login of a registrar."_s);
                b->registrar = login;
            }
            if (r.body.contains(u"feeReference"_s)) {
                const QJsonValue fee = r.body.value(u"feeReference"_s);
                if (!fee.isString() || fee.toString().trimmed().size() > 40)
                    return HttpReply::badRequest(
                        u"feeReference must be text of at most 40 characters."_s);
                b->feeReference = fee.toString().trimmed();
            }
            QString event = u"wedding.updated"_s;
            if (r.body.contains(u"slotId"_s)) {
                const auto slotId = jsonId(r.body.value(u"slotId"_s));
                const auto slot = slotId ? parts.weddings.slot(*slotId, true) : std::nullopt;
                if (!slot)
                    return HttpReply::notFound(u"There is no wedding slot with this id."_s);
                if (auto refusal = refuseOtherRoom(parts, r, slot->roomId))
                    return *refusal;
                if (slot->id != b->slotId) {
                    if (auto error = checkReservable(parts, *slot))
                        return *error;
                    b->slotId = slot->id;
                    event = u"wedding.moved"_s;
                }
            }
            if (r.body.contains(u"status"_s)) {
                const auto to = weddingStatusFromName(r.body.value(u"status"_s).toString());
                if (!to)
                    return HttpReply::badRequest(
                        u"status must be registered, confirmed, completed or cancelled."_s);
                if (*to != b->status) {
                    if (auto error = refusal(*b, *to, parts.clock()))
                        return *error;
                    b->setStatus(*to);
                    event = u"wedding."_s + weddingStatusName(*to);
                }
            }
            const WeddingBooking saved = parts.weddings.update(*b, event);
            parts.auditLog.record(r.user->login, event, saved.id);
            return HttpReply::json(200, saved.toJson());
        });
}
