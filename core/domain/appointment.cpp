#include "core/domain/appointment.h"

#include "core/domain/isotime.h"
#include "core/domain/memberreader.h"
#include "core/domain/nametable.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {
constexpr NameTable<AppointmentStatus, 5> kStatusNames{{
    {AppointmentStatus::Booked, u"booked"},
    {AppointmentStatus::CheckedIn, u"checked_in"},
    {AppointmentStatus::Done, u"done"},
    {AppointmentStatus::NoShow, u"no_show"},
    {AppointmentStatus::Cancelled, u"cancelled"},
}};

constexpr NameTable<AppointmentSource, 3> kSourceNames{{
    {AppointmentSource::Online, u"online"},
    {AppointmentSource::Phone, u"phone"},
    {AppointmentSource::Desk, u"desk"},
}};

QJsonValue timeValue(qint64 msecs)
{
    return msecs > 0 ? QJsonValue(isoTimeFromMSecs(msecs)) : QJsonValue();
}
} // namespace

QString appointmentStatusName(AppointmentStatus status)
{
    return kStatusNames.name(status);
}

std::optional<AppointmentStatus> appointmentStatusFromName(QStringView name)
{
    return kStatusNames.find(name);
}

QString appointmentSourceName(AppointmentSource source)
{
    return kSourceNames.name(source);
}

std::optional<AppointmentSource> appointmentSourceFromName(QStringView name)
{
    return kSourceNames.find(name);
}

QJsonObject Appointment::toJson() const
{
    return {
        {u"id"_s, id},
        {u"officeId"_s, officeId},
        {u"serviceId"_s, serviceId},
        {u"startsAt"_s, timeValue(startsAt)},
        {u"endsAt"_s, timeValue(endsAt())},
        {u"durationMinutes"_s, durationMinutes},
        {u"bookingCode"_s, bookingCode},
        {u"status"_s, appointmentStatusName(status)},
        {u"source"_s, appointmentSourceName(source)},
        {u"name"_s, name},
        {u"phone"_s, phone},
        {u"email"_s, email},
        {u"notes"_s, notes},
        {u"ticketId"_s, ticketId.isEmpty() ? QJsonValue() : QJsonValue(ticketId)},
        {u"version"_s, version},
        {u"anonymised"_s, anonymised},
    };
}

Result<Appointment> Appointment::fromJson(const QJsonObject &json)
{
    using P = MemberReader::Presence;
    MemberReader read(json);
    Appointment a;
    read.key(u"id"_s, a.id, P::Required);
    read.time(u"startsAt"_s, a.startsAt, P::Required);
    read.name(u"status"_s, a.status, &appointmentStatusFromName);
    read.name(u"source"_s, a.source, &appointmentSourceFromName);
    a.officeId = json.value(u"officeId"_s).toString();
    a.serviceId = json.value(u"serviceId"_s).toString();
    a.durationMinutes = json.value(u"durationMinutes"_s).toInt();
    a.bookingCode = json.value(u"bookingCode"_s).toString();
    a.name = json.value(u"name"_s).toString();
    a.phone = json.value(u"phone"_s).toString();
    a.email = json.value(u"email"_s).toString();
    a.notes = json.value(u"notes"_s).toString();
    a.ticketId = json.value(u"ticketId"_s).toString();
    a.version = json.value(u"version"_s).toInt();
    a.anonymised = json.value(u"anonymised"_s).toBool();
    return read.result(std::move(a));
}

namespace BookingCode {
QString generate()
{
    // QRandomGenerator::system() reads the kernel's CSPRNG (getrandom).
    QString code;
    QRandomGenerator *random = QRandomGenerator::system();
    for (int i = 0; i < kLength; ++i) {
        if (i == kLength / 2)
            code += u'-';
        code += QChar(kAlphabet[random->bounded(int(kAlphabet.size()))]);
    }
    return code;
}

std::optional<QString> normalise(QStringView text)
{
    QString symbols;
    for (const QChar c : text.trimmed()) {
        if (c == u'-' || c == u' ')
            continue;
        const QChar upper = c.toUpper();
        if (!kAlphabet.contains(upper))
            return std::nullopt;
        symbols += upper;
    }
    if (symbols.size() != kLength)
        return std::nullopt;
    return symbols.left(kLength / 2) + u'-' + symbols.mid(kLength / 2);
}
} // namespace BookingCode
