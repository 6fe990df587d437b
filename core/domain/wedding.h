#pragma once

#include "core/domain/result.h"

#include <QJsonObject>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// A wedding booking at the Standesamt: `reserved` (provisional, expires) ->
// `registered` (Anmeldung zur Eheschließung done, documents checked) ->
// `confirmed` -> `completed`; anything not yet completed may be `cancelled`.
enum class WeddingStatus { Reserved, Registered, Confirmed, Completed, Cancelled };

// A slot in a wedding room: free, held by a provisional reservation, booked,
// or blocked (a holiday, the room is used otherwise).
enum class WeddingSlotStatus { Free, Held, Booked, Blocked };

// Where one of the papers for the Anmeldung stands.
enum class DocumentState { Missing, Received, NotNeeded };

QString weddingStatusName(WeddingStatus status); // "reserved", ...
std::optional<WeddingStatus> weddingStatusFromName(QStringView name);
QString weddingSlotStatusName(WeddingSlotStatus status); // "free", "held", ...
std::optional<WeddingSlotStatus> weddingSlotStatusFromName(QStringView name);
QString documentStateName(DocumentState state); // "missing", "received", "not_needed"
std::optional<DocumentState> documentStateFromName(QStringView name);

// The papers a couple brings in person. The first three every couple needs;
// the others only apply to some (a registrar marks them "not needed").
namespace WeddingDocuments {
inline constexpr QStringView kIdentity{u"identity"};
inline constexpr QStringView kBirthCertificates{u"birthCertificates"};
inline constexpr QStringView kResidence{u"residence"};
inline constexpr QStringView kPreviousMarriage{u"previousMarriage"};
inline constexpr QStringView kForeignDocuments{u"foreignDocuments"};

// In the order a registrar goes through them.
const QStringList &keys();
bool isRequired(QStringView key);
// A fresh checklist: everything still missing.
QMap<QString, DocumentState> initialChecklist();
// The checklist as the API and the database write it ({"identity": "received", …});
// entries with an unknown state are left out when reading.
QJsonObject checklistToJson(const QMap<QString, DocumentState> &checklist);
QMap<QString, DocumentState> checklistFromJson(const QJsonObject &json);
} // namespace WeddingDocuments

// A wedding booking as the API shows it. Times are milliseconds since the
// epoch; partner and contact fields are empty for roles that do not serve
// citizens.
struct WeddingBooking
{
    QString id; // server id; "local-…" while only in the outbox
    QString slotId;
    QString roomId;
    QString roomName;
    qint64 startsAt = 0;
    int durationMinutes = 0;
    WeddingStatus status = WeddingStatus::Reserved;
    QString bookingCode; // as for appointments; printed as QR on the confirmation
    QString partner1;
    QString partner2;
    QString email;
    QString phone;
    QString notes;
    QString registrar;    // login of the registrar who officiates
    QString feeReference; // Kassenzeichen of the fee
    QMap<QString, DocumentState> documents;
    qint64 expiresAt = 0; // when a reservation lapses; 0 once registered
    int version = 0;
    bool anonymised = false; // the couple was removed (retention or erasure)

    bool isLocalOnly() const { return id.startsWith(u"local-"); }
    // A reservation whose time ran out (the slot is free again).
    bool hasLapsed(qint64 now) const
    {
        return status == WeddingStatus::Reserved && expiresAt > 0 && expiresAt <= now;
    }
    // The keys of the checklist still missing, in checklist order.
    QStringList missingDocuments() const;
    // Takes the step to `to`; a booking that leaves `reserved` other than by
    // cancelling is no longer provisional.
    void setStatus(WeddingStatus to);

    QJsonObject toJson() const;
    // A failure naming the member when id, startsAt or status is missing or
    // malformed.
    static Result<WeddingBooking> fromJson(const QJsonObject &json);
};

Q_DECLARE_METATYPE(WeddingBooking)

// A slot as the server offers it.
struct WeddingSlot
{
    QString id;
    QString roomId;
    QString roomName;
    qint64 startsAt = 0;
    int durationMinutes = 0;
    WeddingSlotStatus status = WeddingSlotStatus::Free;
    QString bookingId; // of the reservation or booking that holds it
    QString blockReason;
    // For a free slot: when a reservation made now would have to be
    // registered by (0: not said), and the office's Mindestvorlauf für die
    // Anmeldung, the days the registrar wants between that deadline and the
    // wedding (0: none).
    qint64 registrationDeadline = 0;
    int registrationLeadDays = 0;

    // Whether reserving now leaves the registrar less than the office's lead
    // between the registration deadline and the wedding (e.g. a wedding three
    // days ahead, whose deadline is the wedding day).
    bool leavesTooLittleLead() const
    {
        return registrationDeadline > 0 && registrationLeadDays > 0 &&
               startsAt - registrationDeadline < registrationLeadDays * 24LL * 60 * 60 * 1000;
    }

    QJsonObject toJson() const;
    // A failure naming the member when id, startsAt or status is missing or
    // malformed.
    static Result<WeddingSlot> fromJson(const QJsonObject &json);
};

// Why a booking may not go to `to` at `now` (an error code as the API names
// it: "transition", "documents-missing", "registrar-missing", "fee-missing",
// "too-early"), or nullopt when it may. The server refuses with it; the
// workstation offers only what it allows.
std::optional<QString> weddingChangeRefusal(const WeddingBooking &booking, WeddingStatus to,
                                            qint64 now);
