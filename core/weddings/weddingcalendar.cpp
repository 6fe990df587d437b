#include "core/weddings/weddingcalendar.h"

#include "core/domain/appointment.h"
#include "core/domain/memberreader.h"
#include "core/sync/backendclient.h"
#include "core/sync/localstore.h"
#include "core/sync/outboxwrite.h"
#include "core/sync/syncengine.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
// For the outbox's summaries: short, as lists show them.
QString shortTime(qint64 msecs)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msecs), u"ddd dd.MM.yyyy HH:mm"_s);
}

// Puts the booking into `slot`: its room and time.
void placeIn(WeddingBooking &booking, const WeddingSlot &slot)
{
    booking.slotId = slot.id;
    booking.roomId = slot.roomId;
    booking.roomName = slot.roomName;
    booking.startsAt = slot.startsAt;
    booking.durationMinutes = slot.durationMinutes;
}

const QString kEntity = u"wedding_booking"_s;
const QString kBookings = u"/api/v1/wedding/bookings/"_s;

struct CoupleField
{
    const char *field;
    QString WeddingBooking::*member;
};

const CoupleField kCoupleFields[] = {
    {"partner1", &WeddingBooking::partner1},
    {"partner2", &WeddingBooking::partner2},
    {"email", &WeddingBooking::email},
    {"phone", &WeddingBooking::phone},
    {"notes", &WeddingBooking::notes},
    {"registrar", &WeddingBooking::registrar},
    {"feeReference", &WeddingBooking::feeReference},
};
} // namespace

WeddingCalendar::WeddingCalendar(BackendClient *client, LocalStore *store, SyncEngine *sync,
                                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_sync(sync)
{
    connect(m_sync, &SyncEngine::changesApplied, this, [this](const QStringList &entities) {
        if (entities.contains(kEntity))
            emit changed();
    });
    OutboxSender &outbox = m_sync->outbox();
    connect(&outbox, &OutboxSender::written, this,
            [this](const OutboxEntry &entry, const QJsonValue &answer) {
                if (entry.entity != kEntity)
                    return;
                emit changed();
                if (entry.method == "POST") {
                    if (const auto b = readOrWarn<WeddingBooking>(answer.toObject(), "Reserved",
                                                                  "wedding booking"))
                        emit reserved(*b);
                }
            });
    connect(&outbox, &OutboxSender::refused, this,
            [this](const OutboxEntry &entry, int status, const QString &code, const QString &detail,
                   const QList<OutboxEntry> &dropped) {
                if (entry.entity != kEntity)
                    return;
                const QString what = refusedSummary(entry, dropped);
                emit changed();
                emit refused(what, refusalText(status, code, detail));
            });
}

QList<WeddingBooking> WeddingCalendar::between(qint64 from, qint64 to) const
{
    QList<WeddingBooking> result;
    for (const QJsonObject &json : m_store->entitiesStartingBetween(kEntity, from, to)) {
        if (const auto b = readOrWarn<WeddingBooking>(json, "Weddings", "wedding booking"))
            result.append(*b);
    }
    return result;
}

std::optional<WeddingBooking> WeddingCalendar::find(const QString &id) const
{
    const auto json = m_store->entity(kEntity, id);
    if (!json)
        return std::nullopt;
    return readOrWarn<WeddingBooking>(*json, "Wedding", "wedding booking");
}

std::optional<WeddingBooking> WeddingCalendar::findByCode(const QString &bookingCode) const
{
    const auto code = BookingCode::normalise(bookingCode);
    const auto json = code ? m_store->entityWhere(kEntity, u"bookingCode"_s, *code) : std::nullopt;
    if (!json)
        return std::nullopt;
    return readOrWarn<WeddingBooking>(*json, "Booking code", "wedding booking");
}

bool WeddingCalendar::isPending(const QString &id) const
{
    return m_store->hasPendingWrite(kEntity, id);
}

QSet<QString> WeddingCalendar::pendingIds() const
{
    QSet<QString> ids;
    for (const OutboxEntry &entry : m_store->pendingWrites()) {
        if (entry.entity == kEntity)
            ids.insert(entry.entityId);
    }
    return ids;
}

std::optional<QJsonObject> WeddingCalendar::standesamt() const
{
    return m_store->entityWhere(u"office"_s, u"kind"_s, u"standesamt"_s);
}

QString WeddingCalendar::login() const
{
    return m_client->session().login;
}

void WeddingCalendar::fetchSlots(
    QDate from, QDate to, QObject *context,
    std::function<void(const QList<WeddingSlot> &, const QString &error)> done)
{
    const QUrlQuery query{{u"from"_s, from.toString(Qt::ISODate)},
                          {u"to"_s, to.toString(Qt::ISODate)}};
    m_client->get(u"/api/v1/wedding/slots"_s, query, context, [done](const ApiResponse &response) {
        if (!response.ok()) {
            done({}, response.message);
            return;
        }
        QList<WeddingSlot> list;
        for (const QJsonValue &value : response.body.toArray()) {
            if (const auto slot =
                    readOrWarn<WeddingSlot>(value.toObject(), "Wedding slots", "wedding slot"))
                list.append(*slot);
        }
        done(list, QString());
    });
}

void WeddingCalendar::fetchRegistrars(
    QObject *context, std::function<void(const QList<Registrar> &, const QString &error)> done)
{
    m_client->get(u"/api/v1/wedding/registrars"_s, {}, context,
                  [done](const ApiResponse &response) {
                      QList<Registrar> list;
                      for (const QJsonValue &value : response.body.toArray())
                          list.append({value.toObject().value(u"login"_s).toString(),
                                       value.toObject().value(u"name"_s).toString()});
                      done(list, response.ok() ? QString() : response.message);
                  });
}

void WeddingCalendar::checkFee(const QString &reference, QObject *context,
                               std::function<void(const PaymentCheck::Result &)> done)
{
    auto *check = new PaymentCheck(m_client, context);
    connect(check, &PaymentCheck::finished, context,
            [check, done](const PaymentCheck::Result &result) {
                check->deleteLater();
                done(result);
            });
    check->check(reference);
}

QString WeddingCalendar::describe(const WeddingBooking &b) const
{
    return tr("Wedding %1 & %2, %3").arg(b.partner1, b.partner2, shortTime(b.startsAt));
}

Result<void> WeddingCalendar::enqueue(const QByteArray &method, const QString &path,
                                      const QJsonObject &body, const QString &entityId,
                                      const QString &summary,
                                      const std::optional<WeddingBooking> &optimistic)
{
    OutboxEntry entry;
    entry.method = method;
    entry.path = path;
    entry.body = body;
    entry.entity = kEntity;
    entry.entityId = entityId;
    entry.summary = summary;
    entry.login = login();
    if (const Result<void> queued =
            queueWrite(*m_store, *m_sync, entry,
                       optimistic ? std::optional(optimistic->toJson()) : std::nullopt);
        !queued)
        return queued;
    emit changed();
    return {};
}

Result<void> WeddingCalendar::reserve(const WeddingSlot &slot, const WeddingBooking &couple)
{
    if (couple.partner1.trimmed().isEmpty() || couple.partner2.trimmed().isEmpty())
        return Result<void>::failure(tr("Please enter the names of both partners."));
    if (slot.status != WeddingSlotStatus::Free)
        return Result<void>::failure(tr("This slot is not free."));
    WeddingBooking b;
    b.id = u"local-"_s + QUuid::createUuid().toString(QUuid::Id128);
    placeIn(b, slot);
    b.documents = WeddingDocuments::initialChecklist();
    QJsonObject body;
    for (const CoupleField &field : kCoupleFields) {
        b.*field.member = (couple.*field.member).trimmed();
        if (!(b.*field.member).isEmpty())
            body.insert(QString::fromLatin1(field.field), b.*field.member);
    }
    return enqueue("POST", u"/api/v1/wedding/slots/%1/reservations"_s.arg(slot.id), body, b.id,
                   tr("Reserve %1").arg(describe(b)), b);
}

Result<void> WeddingCalendar::update(const WeddingBooking &current, const WeddingBooking &edited)
{
    WeddingBooking next = current;
    QJsonObject body;
    for (const CoupleField &field : kCoupleFields) {
        const QString value = (edited.*field.member).trimmed();
        if (value != current.*field.member) {
            body.insert(QString::fromLatin1(field.field), value);
            next.*field.member = value;
        }
    }
    if (next.partner1.isEmpty() || next.partner2.isEmpty())
        return Result<void>::failure(tr("Please enter the names of both partners."));
    QJsonObject papers;
    for (auto it = edited.documents.cbegin(); it != edited.documents.cend(); ++it) {
        if (current.documents.value(it.key(), DocumentState::Missing) != it.value()) {
            papers.insert(it.key(), documentStateName(it.value()));
            next.documents.insert(it.key(), it.value());
        }
    }
    if (!papers.isEmpty())
        body.insert(u"documents"_s, papers);
    QString summary = tr("Change %1").arg(describe(current));
    if (edited.status != current.status) {
        if (const auto refusal =
                weddingChangeRefusal(next, edited.status, QDateTime::currentMSecsSinceEpoch()))
            return Result<void>::failure(refusalText(409, *refusal, QString()));
        body.insert(u"status"_s, weddingStatusName(edited.status));
        next.setStatus(edited.status);
        summary = tr("%1: %2").arg(describe(current), statusText(edited.status));
    }
    if (body.isEmpty())
        return {}; // nothing changed
    if (!current.isLocalOnly())
        body.insert(u"version"_s, current.version);
    next.version += 1;
    return enqueue("PATCH", kBookings + current.id, body, current.id, summary, next);
}

Result<void> WeddingCalendar::move(const WeddingBooking &current, const WeddingSlot &to)
{
    if (to.status != WeddingSlotStatus::Free)
        return Result<void>::failure(tr("This slot is not free."));
    WeddingBooking moved = current;
    placeIn(moved, to);
    moved.version += 1;
    QJsonObject body{{u"slotId"_s, to.id}};
    if (!current.isLocalOnly())
        body.insert(u"version"_s, current.version);
    return enqueue(
        "PATCH", kBookings + current.id, body, current.id,
        tr("Move %1 to %2, %3").arg(describe(current), to.roomName, shortTime(to.startsAt)), moved);
}

void WeddingCalendar::setSlotBlocked(const WeddingSlot &slot, bool blocked, const QString &reason,
                                     QObject *context,
                                     std::function<void(const QString &error)> done)
{
    const QJsonObject body{{u"blocked"_s, blocked}, {u"reason"_s, reason.trimmed()}};
    m_client->send("PATCH", u"/api/v1/wedding/slots/"_s + slot.id, body, context,
                   [done](const ApiResponse &response) {
                       if (response.ok())
                           done(QString());
                       else if (response.failure == ApiResponse::Failure::Http)
                           done(refusalText(response.status,
                                            response.body.toObject().value(u"code"_s).toString(),
                                            response.problemDetail()));
                       else
                           done(response.message);
                   });
}

QString WeddingCalendar::refusalText(int status, const QString &code, const QString &detail)
{
    if (code == u"slot-taken"_s)
        return tr("The slot was reserved by someone else meanwhile. Please choose another one.");
    if (code == u"slot-blocked"_s)
        return tr("The slot is blocked. Please choose another one.");
    if (code == u"slot-past"_s)
        return tr("The slot has passed. Please choose another one.");
    if (code == u"documents-missing"_s)
        return tr("The registration needs every paper ticked as received or not needed.");
    if (code == u"registrar-missing"_s)
        return tr("Please choose the registrar before confirming.");
    if (code == u"fee-missing"_s)
        return tr("Please enter the fee's Kassenzeichen before confirming.");
    if (code == u"too-early"_s)
        return tr("The wedding has not begun yet.");
    if (code == u"transition"_s)
        return tr("This step does not follow from the booking's status.");
    if (code == u"version-conflict"_s)
        return tr("Someone else changed this booking meanwhile. Your change was undone; please "
                  "look at the booking again.");
    if (code == u"lapsed"_s)
        return tr("The reservation has lapsed; its slot is free again.");
    if (code == u"closed"_s)
        return tr("The booking is completed or cancelled and can no longer be changed.");
    if (status == 404)
        return tr("The server does not know this slot or booking.");
    if (status == 403)
        return tr("You are not allowed to do this.");
    return detail.isEmpty() ? tr("The server refused the change (HTTP %1).").arg(status) : detail;
}

QString WeddingCalendar::statusText(WeddingStatus status)
{
    switch (status) {
    case WeddingStatus::Reserved:
        return tr("Reserved (provisional)");
    case WeddingStatus::Registered:
        return tr("Registered");
    case WeddingStatus::Confirmed:
        return tr("Confirmed");
    case WeddingStatus::Completed:
        return tr("Completed");
    case WeddingStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString WeddingCalendar::slotStatusText(WeddingSlotStatus status)
{
    switch (status) {
    case WeddingSlotStatus::Free:
        return tr("Free");
    case WeddingSlotStatus::Held:
        return tr("Reserved");
    case WeddingSlotStatus::Booked:
        return tr("Booked");
    case WeddingSlotStatus::Blocked:
        return tr("Blocked");
    }
    return {};
}

QString WeddingCalendar::slotTime(qint64 msecs)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msecs), u"dddd, dd.MM.yyyy, HH:mm"_s);
}

QString WeddingCalendar::documentLabel(const QString &key)
{
    if (key == WeddingDocuments::kIdentity)
        return tr("Identity cards or passports of both");
    if (key == WeddingDocuments::kBirthCertificates)
        return tr("Certified birth register extracts");
    if (key == WeddingDocuments::kResidence)
        return tr("Extended residence certificates");
    if (key == WeddingDocuments::kPreviousMarriage)
        return tr("Proof that earlier marriages ended");
    if (key == WeddingDocuments::kForeignDocuments)
        return tr("Foreign documents with translation");
    return key;
}

QString WeddingCalendar::documentStateText(DocumentState state)
{
    switch (state) {
    case DocumentState::Missing:
        return tr("missing");
    case DocumentState::Received:
        return tr("received");
    case DocumentState::NotNeeded:
        return tr("not needed");
    }
    return {};
}
