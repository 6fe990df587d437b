#include "core/domain/wedding.h"

#include "core/domain/isotime.h"
#include "core/domain/memberreader.h"
#include "core/domain/nametable.h"

using namespace Qt::StringLiterals;

namespace {
constexpr NameTable<WeddingStatus, 5> kStatusNames{{
    {WeddingStatus::Reserved, u"reserved"},
    {WeddingStatus::Registered, u"registered"},
    {WeddingStatus::Confirmed, u"confirmed"},
    {WeddingStatus::Completed, u"completed"},
    {WeddingStatus::Cancelled, u"cancelled"},
}};

constexpr NameTable<WeddingSlotStatus, 4> kSlotStatusNames{{
    {WeddingSlotStatus::Free, u"free"},
    {WeddingSlotStatus::Held, u"held"},
    {WeddingSlotStatus::Booked, u"booked"},
    {WeddingSlotStatus::Blocked, u"blocked"},
}};

constexpr NameTable<DocumentState, 3> kDocumentStateNames{{
    {DocumentState::Missing, u"missing"},
    {DocumentState::Received, u"received"},
    {DocumentState::NotNeeded, u"not_needed"},
}};

QJsonValue timeValue(qint64 msecs)
{
    return msecs > 0 ? QJsonValue(isoTimeFromMSecs(msecs)) : QJsonValue();
}
} // namespace

QString weddingStatusName(WeddingStatus status)
{
    return kStatusNames.name(status);
}

std::optional<WeddingStatus> weddingStatusFromName(QStringView name)
{
    return kStatusNames.find(name);
}

QString weddingSlotStatusName(WeddingSlotStatus status)
{
    return kSlotStatusNames.name(status);
}

std::optional<WeddingSlotStatus> weddingSlotStatusFromName(QStringView name)
{
    return kSlotStatusNames.find(name);
}

QString documentStateName(DocumentState state)
{
    return kDocumentStateNames.name(state);
}

std::optional<DocumentState> documentStateFromName(QStringView name)
{
    return kDocumentStateNames.find(name);
}

namespace WeddingDocuments {
const QStringList &keys()
{
    static const QStringList list{kIdentity.toString(), kBirthCertificates.toString(),
                                  kResidence.toString(), kPreviousMarriage.toString(),
                                  kForeignDocuments.toString()};
    return list;
}

bool isRequired(QStringView key)
{
    return key == kIdentity || key == kBirthCertificates || key == kResidence;
}

QJsonObject checklistToJson(const QMap<QString, DocumentState> &checklist)
{
    QJsonObject json;
    for (auto it = checklist.cbegin(); it != checklist.cend(); ++it)
        json.insert(it.key(), documentStateName(it.value()));
    return json;
}

QMap<QString, DocumentState> checklistFromJson(const QJsonObject &json)
{
    QMap<QString, DocumentState> checklist;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (const auto state = documentStateFromName(it.value().toString()))
            checklist.insert(it.key(), *state);
    }
    return checklist;
}

QMap<QString, DocumentState> initialChecklist()
{
    QMap<QString, DocumentState> checklist;
    for (const QString &key : keys())
        checklist.insert(key, DocumentState::Missing);
    return checklist;
}
} // namespace WeddingDocuments

QStringList WeddingBooking::missingDocuments() const
{
    QStringList missing;
    for (const QString &key : WeddingDocuments::keys()) {
        if (documents.value(key, DocumentState::Missing) == DocumentState::Missing)
            missing.append(key);
    }
    return missing;
}

void WeddingBooking::setStatus(WeddingStatus to)
{
    status = to;
    if (to != WeddingStatus::Cancelled)
        expiresAt = 0;
}

QJsonObject WeddingBooking::toJson() const
{
    return {
        {u"id"_s, id},
        {u"slotId"_s, slotId},
        {u"roomId"_s, roomId},
        {u"roomName"_s, roomName},
        {u"startsAt"_s, timeValue(startsAt)},
        {u"endsAt"_s, timeValue(startsAt + qint64(durationMinutes) * 60 * 1000)},
        {u"durationMinutes"_s, durationMinutes},
        {u"status"_s, weddingStatusName(status)},
        {u"bookingCode"_s, bookingCode},
        {u"partner1"_s, partner1},
        {u"partner2"_s, partner2},
        {u"email"_s, email},
        {u"phone"_s, phone},
        {u"notes"_s, notes},
        {u"registrar"_s, registrar},
        {u"feeReference"_s, feeReference},
        {u"documents"_s, WeddingDocuments::checklistToJson(documents)},
        {u"expiresAt"_s, timeValue(expiresAt)},
        {u"version"_s, version},
        {u"anonymised"_s, anonymised},
    };
}

Result<WeddingBooking> WeddingBooking::fromJson(const QJsonObject &json)
{
    using P = MemberReader::Presence;
    MemberReader read(json);
    WeddingBooking b;
    read.key(u"id"_s, b.id, P::Required);
    read.time(u"startsAt"_s, b.startsAt, P::Required);
    read.name(u"status"_s, b.status, &weddingStatusFromName);
    b.slotId = json.value(u"slotId"_s).toString();
    b.roomId = json.value(u"roomId"_s).toString();
    b.roomName = json.value(u"roomName"_s).toString();
    b.durationMinutes = json.value(u"durationMinutes"_s).toInt();
    b.bookingCode = json.value(u"bookingCode"_s).toString();
    b.partner1 = json.value(u"partner1"_s).toString();
    b.partner2 = json.value(u"partner2"_s).toString();
    b.email = json.value(u"email"_s).toString();
    b.phone = json.value(u"phone"_s).toString();
    b.notes = json.value(u"notes"_s).toString();
    b.registrar = json.value(u"registrar"_s).toString();
    b.feeReference = json.value(u"feeReference"_s).toString();
    b.documents = WeddingDocuments::checklistFromJson(json.value(u"documents"_s).toObject());
    b.expiresAt = msecsFromIsoTime(json.value(u"expiresAt"_s).toString());
    b.version = json.value(u"version"_s).toInt();
    b.anonymised = json.value(u"anonymised"_s).toBool();
    return read.result(std::move(b));
}

QJsonObject WeddingSlot::toJson() const
{
    QJsonObject json{
        {u"id"_s, id},
        {u"roomId"_s, roomId},
        {u"roomName"_s, roomName},
        {u"startsAt"_s, timeValue(startsAt)},
        {u"endsAt"_s, timeValue(startsAt + qint64(durationMinutes) * 60 * 1000)},
        {u"durationMinutes"_s, durationMinutes},
        {u"status"_s, weddingSlotStatusName(status)},
        {u"bookingId"_s, bookingId.isEmpty() ? QJsonValue() : QJsonValue(bookingId)},
        {u"blockReason"_s, blockReason},
    };
    if (registrationDeadline > 0)
        json.insert(u"registrationDeadline"_s, timeValue(registrationDeadline));
    if (registrationLeadDays > 0)
        json.insert(u"registrationLeadDays"_s, registrationLeadDays);
    return json;
}

Result<WeddingSlot> WeddingSlot::fromJson(const QJsonObject &json)
{
    using P = MemberReader::Presence;
    MemberReader read(json);
    WeddingSlot slot;
    read.key(u"id"_s, slot.id, P::Required);
    read.time(u"startsAt"_s, slot.startsAt, P::Required);
    read.name(u"status"_s, slot.status, &weddingSlotStatusFromName);
    slot.roomId = json.value(u"roomId"_s).toString();
    slot.roomName = json.value(u"roomName"_s).toString();
    slot.durationMinutes = json.value(u"durationMinutes"_s).toInt();
    slot.bookingId = json.value(u"bookingId"_s).toString();
    slot.blockReason = json.value(u"blockReason"_s).toString();
    slot.registrationDeadline = msecsFromIsoTime(json.value(u"registrationDeadline"_s).toString());
    slot.registrationLeadDays = json.value(u"registrationLeadDays"_s).toInt();
    return read.result(std::move(slot));
}

std::optional<QString> weddingChangeRefusal(const WeddingBooking &booking, WeddingStatus to,
                                            qint64 now)
{
    const WeddingStatus from = booking.status;
    bool allowed = false;
    switch (to) {
    case WeddingStatus::Registered:
        allowed = from == WeddingStatus::Reserved;
        break;
    case WeddingStatus::Confirmed:
        allowed = from == WeddingStatus::Registered;
        break;
    case WeddingStatus::Completed:
        allowed = from == WeddingStatus::Confirmed;
        break;
    case WeddingStatus::Cancelled:
        allowed = from != WeddingStatus::Completed && from != WeddingStatus::Cancelled;
        break;
    case WeddingStatus::Reserved:
        allowed = false; // a reservation is only ever made new
        break;
    }
    if (!allowed)
        return u"transition"_s;
    if (to == WeddingStatus::Registered && !booking.missingDocuments().isEmpty())
        return u"documents-missing"_s;
    if (to == WeddingStatus::Confirmed && booking.registrar.isEmpty())
        return u"registrar-missing"_s;
    if (to == WeddingStatus::Confirmed && booking.feeReference.isEmpty())
        return u"fee-missing"_s;
    if (to == WeddingStatus::Completed && now < booking.startsAt)
        return u"too-early"_s;
    return std::nullopt;
}
