#pragma once

#include "core/domain/result.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

// A booked visit: `booked -> checked_in -> done | no_show`, or `booked ->
// cancelled` (also `booked -> no_show` when nobody checked in).
enum class AppointmentStatus { Booked, CheckedIn, Done, NoShow, Cancelled };

// Where the booking came from: the city's online portal, a phone call, the desk.
enum class AppointmentSource { Online, Phone, Desk };

QString appointmentStatusName(AppointmentStatus status); // "booked", "checked_in", ...
std::optional<AppointmentStatus> appointmentStatusFromName(QStringView name);
QString appointmentSourceName(AppointmentSource source); // "online", "phone", "desk"
std::optional<AppointmentSource> appointmentSourceFromName(QStringView name);

// An appointment as the API shows it. Times are milliseconds since the epoch;
// contact fields are empty once the retention job has removed them.
struct Appointment
{
    QString id; // server id; "local-…" while only in the outbox
    QString officeId;
    QString serviceId;
    qint64 startsAt = 0;
    int durationMinutes = 0;
    QString bookingCode; // "K7M2-9QXP"
    AppointmentStatus status = AppointmentStatus::Booked;
    AppointmentSource source = AppointmentSource::Desk;
    QString name;
    QString phone;
    QString email;
    QString notes;
    QString ticketId; // the ticket made at check-in
    int version = 0;  // increases with every change; a stale PATCH gets 409
    bool anonymised = false;

    qint64 endsAt() const { return startsAt + qint64(durationMinutes) * 60 * 1000; }
    bool isLocalOnly() const { return id.startsWith(u"local-"); }

    QJsonObject toJson() const;
    // A failure naming the member when id, startsAt, status or source is
    // missing or malformed.
    static Result<Appointment> fromJson(const QJsonObject &json);
};

Q_DECLARE_METATYPE(Appointment)

// Booking codes: 8 characters from an alphabet without 0/O and 1/I (32 symbols,
// so 40 bits), written as two groups of four. The QR code on a confirmation
// holds exactly this text; see docs/architecture.md.
namespace BookingCode {
inline constexpr QStringView kAlphabet{u"23456789ABCDEFGHJKLMNPQRSTUVWXYZ"};
inline constexpr int kLength = 8;

// A fresh code from the system's CSPRNG.
QString generate();
// What a clerk typed or a scanner sent, made canonical ("k7m2 9qxp" ->
// "K7M2-9QXP"); nullopt when it cannot be a booking code.
std::optional<QString> normalise(QStringView text);
} // namespace BookingCode
