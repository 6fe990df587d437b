#include "server/repositories/appointmentrepository.h"

#include "server/repositories/officeversion.h"
#include "server/storage/anonymised.h"
#include "server/storage/changelog.h"
#include "server/storage/database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {
const QString kColumns =
    u"SELECT id, office_id, service_id, starts_at, duration_minutes, booking_code, status, "
    "source, name, phone, email, notes, ticket_id, version, anonymised_at FROM appointment"_s;

// Statuses that hold a place in a slot.
const QString kTakesPlace = u"status IN ('booked', 'checked_in', 'done', 'no_show')"_s;

constexpr qint64 kMinute = 60 * 1000;

Appointment fromRow(const SqlRows &row)
{
    Appointment a;
    a.id = QString::number(row.value(0).toLongLong());
    a.officeId = QString::number(row.value(1).toLongLong());
    a.serviceId = QString::number(row.value(2).toLongLong());
    a.startsAt = row.value(3).toLongLong();
    a.durationMinutes = row.value(4).toInt();
    a.bookingCode = row.value(5).toString();
    a.status =
        appointmentStatusFromName(row.value(6).toString()).value_or(AppointmentStatus::Booked);
    a.source = appointmentSourceFromName(row.value(7).toString()).value_or(AppointmentSource::Desk);
    a.name = row.value(8).toString();
    a.phone = row.value(9).toString();
    a.email = row.value(10).toString();
    a.notes = row.value(11).toString();
    const qint64 ticketId = row.value(12).toLongLong();
    a.ticketId = ticketId > 0 ? QString::number(ticketId) : QString();
    a.version = row.value(13).toInt();
    a.anonymised = row.value(14).toLongLong() > 0;
    return a;
}
} // namespace

QList<qint64> slotStarts(QDate day, OpeningHours hours, int slotMinutes)
{
    QList<qint64> starts;
    if (slotMinutes <= 0 || !day.isValid())
        return starts;
    const qint64 midnight = QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch();
    for (int minute = hours.opensMinute; minute + slotMinutes <= hours.closesMinute;
         minute += slotMinutes) {
        // Through the calendar, not by adding minutes to midnight: a day with a
        // clock change has 23 or 25 hours.
        const QTime time(minute / 60, minute % 60);
        starts.append(time.isValid() ? QDateTime(day, time).toMSecsSinceEpoch()
                                     : midnight + minute * kMinute);
    }
    return starts;
}

QList<Appointment> AppointmentRepository::select(const QString &where, const QVariantList &values,
                                                 const QString &suffix)
{
    QList<Appointment> result;
    SqlRows rows = m_db.exec(kColumns + u" WHERE "_s + where + suffix, values);
    while (rows.next())
        result.append(fromRow(rows));
    return result;
}

QList<Appointment> AppointmentRepository::between(qint64 officeId, qint64 from, qint64 to,
                                                  std::optional<qint64> serviceId,
                                                  const QString &search)
{
    QString where = u"office_id = ? AND starts_at >= ? AND starts_at < ?"_s;
    QVariantList values{officeId, from, to};
    if (serviceId) {
        where += u" AND service_id = ?"_s;
        values.append(*serviceId);
    }
    if (!search.isEmpty()) {
        where += u" AND (LOWER(name) LIKE ? OR LOWER(booking_code) LIKE ?)"_s;
        QString pattern = search.toLower();
        pattern.replace(u'%', QString()).replace(u'_', QString());
        pattern = u'%' + pattern + u'%';
        values << pattern << pattern;
    }
    return select(where, values, u" ORDER BY starts_at, id"_s);
}

std::optional<Appointment> AppointmentRepository::find(qint64 id, bool forUpdate)
{
    const auto rows = select(
        u"id = ?"_s, {id},
        forUpdate && m_db.dialect() == SqlDialect::Postgresql ? u" FOR UPDATE"_s : QString());
    return rows.isEmpty() ? std::nullopt : std::optional(rows.first());
}

std::optional<Appointment> AppointmentRepository::findByCode(const QString &bookingCode,
                                                             bool forUpdate)
{
    const auto rows = select(
        u"booking_code = ?"_s, {bookingCode},
        forUpdate && m_db.dialect() == SqlDialect::Postgresql ? u" FOR UPDATE"_s : QString());
    return rows.isEmpty() ? std::nullopt : std::optional(rows.first());
}

std::optional<Appointment> AppointmentRepository::findByTicket(qint64 ticketId)
{
    // Locked: the caller writes the appointment back, and an erasure running
    // meanwhile must either wait for that write or be seen by it.
    const auto rows =
        select(u"ticket_id = ?"_s, {ticketId},
               m_db.dialect() == SqlDialect::Postgresql ? u" FOR UPDATE"_s : QString());
    return rows.isEmpty() ? std::nullopt : std::optional(rows.first());
}

void AppointmentRepository::lockService(qint64 serviceId)
{
    if (m_db.dialect() == SqlDialect::Postgresql)
        m_db.exec(u"SELECT id FROM service WHERE id = ? FOR UPDATE"_s, {serviceId});
}

QList<AppointmentRepository::StillToCome> AppointmentRepository::stillToCome(qint64 officeId,
                                                                             qint64 from, qint64 to)
{
    SqlRows rows = m_db.exec(u"SELECT id, service_id, starts_at FROM appointment WHERE office_id = "
                             "? AND starts_at >= ? AND starts_at < ? AND status = 'booked' "
                             "ORDER BY starts_at, id"_s,
                             {officeId, from, to});
    QList<StillToCome> booked;
    while (rows.next())
        booked.append(
            {rows.value(0).toLongLong(), rows.value(1).toLongLong(), rows.value(2).toLongLong()});
    return booked;
}

int AppointmentRepository::taken(qint64 serviceId, qint64 startsAt, qint64 exceptId)
{
    SqlRows rows = m_db.exec(u"SELECT COUNT(*) FROM appointment WHERE service_id = ? AND "
                             "starts_at = ? AND id <> ? AND "_s +
                                 kTakesPlace,
                             {serviceId, startsAt, exceptId});
    return rows.next() ? rows.value(0).toInt() : 0;
}

int AppointmentRepository::capacity(qint64 serviceId)
{
    SqlRows rows = m_db.exec(u"SELECT COUNT(*) FROM counter_service cs JOIN counter c ON c.id = "
                             "cs.counter_id WHERE cs.service_id = ? AND c.active = 1"_s,
                             {serviceId});
    return rows.next() ? rows.value(0).toInt() : 0;
}

QList<OpeningHours> AppointmentRepository::openingHours(qint64 officeId, int weekday)
{
    QList<OpeningHours> ranges;
    SqlRows rows = m_db.exec(u"SELECT opens_minute, closes_minute FROM office_hours WHERE "
                             "office_id = ? AND weekday = ? ORDER BY opens_minute"_s,
                             {officeId, weekday});
    while (rows.next())
        ranges.append({rows.value(0).toInt(), rows.value(1).toInt()});
    return ranges;
}

void AppointmentRepository::setOpeningHours(qint64 officeId, int weekday, OpeningHours hours)
{
    setDayHours(officeId, weekday, {hours});
}

void AppointmentRepository::setDayHours(qint64 officeId, int weekday,
                                        const QList<OpeningHours> &ranges)
{
    setClosed(officeId, weekday);
    for (const OpeningHours &range : ranges)
        m_db.exec(u"INSERT INTO office_hours (office_id, weekday, opens_minute, closes_minute) "
                  "VALUES (?, ?, ?, ?)"_s,
                  {officeId, weekday, range.opensMinute, range.closesMinute});
}

void AppointmentRepository::setClosed(qint64 officeId, int weekday)
{
    m_db.exec(u"DELETE FROM office_hours WHERE office_id = ? AND weekday = ?"_s,
              {officeId, weekday});
}

QList<QDate> AppointmentRepository::closedDays(qint64 officeId)
{
    QList<QDate> days;
    SqlRows rows =
        m_db.exec(u"SELECT day FROM office_closure WHERE office_id = ? ORDER BY day"_s, {officeId});
    while (rows.next())
        days.append(QDate::fromString(rows.value(0).toString(), Qt::ISODate));
    return days;
}

void AppointmentRepository::setClosedDays(qint64 officeId, const QList<QDate> &days)
{
    m_db.exec(u"DELETE FROM office_closure WHERE office_id = ?"_s, {officeId});
    for (const QDate &day : days)
        m_db.exec(u"INSERT INTO office_closure (office_id, day) VALUES (?, ?) "
                  "ON CONFLICT DO NOTHING"_s,
                  {officeId, day.toString(Qt::ISODate)});
}

int AppointmentRepository::hoursVersion(qint64 officeId)
{
    return OfficeVersion::read(m_db, u"hours_version"_s, officeId);
}

void AppointmentRepository::countHoursVersionUp(qint64 officeId, std::optional<int> expectedVersion)
{
    OfficeVersion::countUp(m_db, u"hours_version"_s, officeId, expectedVersion, u"opening hours"_s);
}

bool AppointmentRepository::isClosedDay(qint64 officeId, QDate day)
{
    SqlRows rows = m_db.exec(u"SELECT 1 FROM office_closure WHERE office_id = ? AND day = ?"_s,
                             {officeId, day.toString(Qt::ISODate)});
    return rows.next();
}

int AppointmentRepository::bookingsOn(qint64 officeId, QDate day)
{
    const qint64 from = QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch();
    const qint64 to = QDateTime(day.addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
    SqlRows rows = m_db.exec(
        u"SELECT (SELECT COUNT(*) FROM appointment WHERE office_id = ? AND starts_at >= ? AND "
        "starts_at < ? AND status IN ('booked', 'checked_in')) + (SELECT COUNT(*) FROM "
        "wedding_booking b JOIN wedding_slot s ON s.id = b.holds_slot JOIN wedding_room r ON "
        "r.id = s.room_id WHERE r.office_id = ? AND s.starts_at >= ? AND s.starts_at < ?)"_s,
        {officeId, from, to, officeId, from, to});
    return rows.next() ? rows.value(0).toInt() : 0;
}

QList<AppointmentSlot> AppointmentRepository::bookableSlots(qint64 officeId, qint64 serviceId,
                                                            int slotMinutes, QDate from, QDate to)
{
    QList<AppointmentSlot> result;
    const int capacity = this->capacity(serviceId);
    QHash<qint64, int> takenAt;
    SqlRows rows = m_db.exec(u"SELECT starts_at, COUNT(*) FROM appointment WHERE service_id = ? "
                             "AND starts_at >= ? AND starts_at < ? AND "_s +
                                 kTakesPlace + u" GROUP BY starts_at"_s,
                             {serviceId, QDateTime(from, QTime(0, 0)).toMSecsSinceEpoch(),
                              QDateTime(to.addDays(1), QTime(0, 0)).toMSecsSinceEpoch()});
    while (rows.next())
        takenAt.insert(rows.value(0).toLongLong(), rows.value(1).toInt());
    const QList<QDate> closed = closedDays(officeId);
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        if (closed.contains(day))
            continue;
        for (const OpeningHours &hours : openingHours(officeId, day.dayOfWeek())) {
            for (const qint64 start : slotStarts(day, hours, slotMinutes))
                result.append({start, slotMinutes, capacity, takenAt.value(start)});
        }
    }
    return result;
}

bool AppointmentRepository::isSlot(qint64 officeId, qint64 startsAt, int slotMinutes)
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(startsAt).date();
    if (isClosedDay(officeId, day))
        return false;
    for (const OpeningHours &hours : openingHours(officeId, day.dayOfWeek())) {
        if (slotStarts(day, hours, slotMinutes).contains(startsAt))
            return true;
    }
    return false;
}

std::optional<QList<OpeningHours>> parseDayHours(const QString &text, QString *error)
{
    static const QRegularExpression range(u"^(\\d\\d):(\\d\\d)-(\\d\\d):(\\d\\d)\\z"_s);
    QList<OpeningHours> ranges;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch match = range.match(part.trimmed());
        const auto minuteAt = [&](int hourGroup) {
            const int hour = match.captured(hourGroup).toInt();
            const int minute = match.captured(hourGroup + 1).toInt();
            return hour <= 24 && minute < 60 && (hour < 24 || minute == 0) ? hour * 60 + minute
                                                                           : -1;
        };
        if (!match.hasMatch() || minuteAt(1) < 0 || minuteAt(3) < 0) {
            *error = u"\"%1\" is not HH:MM-HH:MM."_s.arg(part.trimmed());
            return std::nullopt;
        }
        const OpeningHours hours{minuteAt(1), minuteAt(3)};
        if (hours.closesMinute <= hours.opensMinute) {
            *error = u"\"%1\" closes before it opens."_s.arg(part.trimmed());
            return std::nullopt;
        }
        if (!ranges.isEmpty() && hours.opensMinute < ranges.last().closesMinute) {
            *error = u"\"%1\" overlaps or precedes the range before it."_s.arg(part.trimmed());
            return std::nullopt;
        }
        ranges.append(hours);
    }
    return ranges;
}

QString dayHoursText(const QList<OpeningHours> &ranges)
{
    const auto time = [](int minutes) {
        return minutes == 24 * 60 ? u"24:00"_s
                                  : QTime(minutes / 60, minutes % 60).toString(u"HH:mm"_s);
    };
    QStringList parts;
    for (const OpeningHours &hours : ranges)
        parts.append(time(hours.opensMinute) + u'-' + time(hours.closesMinute));
    return parts.join(u',');
}

QString unusedBookingCode(Database &db)
{
    // 40 random bits make a collision rare; the UNIQUE column makes it impossible.
    for (;;) {
        QString code = BookingCode::generate();
        SqlRows taken = db.exec(u"SELECT 1 FROM wedding_booking WHERE booking_code = ? UNION "
                                "ALL SELECT 1 FROM appointment WHERE booking_code = ?"_s,
                                {code, code});
        if (!taken.next())
            return code;
    }
}

Appointment AppointmentRepository::create(Appointment a)
{
    a.bookingCode = unusedBookingCode(m_db);
    a.version = 1;
    a.anonymised = false;
    const qint64 at = now();
    const qint64 id = m_db.insert(
        u"INSERT INTO appointment (office_id, service_id, starts_at, duration_minutes, "
        "booking_code, status, source, name, phone, email, notes, version, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        {a.officeId.toLongLong(), a.serviceId.toLongLong(), a.startsAt, a.durationMinutes,
         a.bookingCode, appointmentStatusName(a.status), appointmentSourceName(a.source), a.name,
         a.phone, a.email, a.notes, a.version, at, at});
    a.id = QString::number(id);
    return record(a, u"appointment.created"_s);
}

Appointment AppointmentRepository::update(Appointment a, const QString &event)
{
    a.version += 1;
    const QVariant noTicket(QMetaType(QMetaType::LongLong));
    // Guarded by the version read, so a stale copy cannot overwrite a newer
    // row (an erasure's above all), and contact data never goes back into an
    // anonymised row whatever the caller holds.
    SqlRows updated = m_db.exec(
        u"UPDATE appointment SET service_id = ?, starts_at = ?, duration_minutes = ?, "
        "status = ?, name = CASE WHEN anonymised_at IS NULL THEN ? ELSE '' END, "
        "phone = CASE WHEN anonymised_at IS NULL THEN ? ELSE '' END, "
        "email = CASE WHEN anonymised_at IS NULL THEN ? ELSE '' END, "
        "notes = CASE WHEN anonymised_at IS NULL THEN ? ELSE '' END, ticket_id = ?, version = ?, "
        "updated_at = ? WHERE id = ? AND version = ? RETURNING anonymised_at"_s,
        {a.serviceId.toLongLong(), a.startsAt, a.durationMinutes, appointmentStatusName(a.status),
         a.name, a.phone, a.email, a.notes,
         a.ticketId.isEmpty() ? noTicket : QVariant(a.ticketId.toLongLong()), a.version, now(),
         a.id.toLongLong(), a.version - 1});
    if (!updated.next())
        throw RecordChanged(u"appointment %1 changed since it was read"_s.arg(a.id));
    if (!updated.value(0).isNull()) {
        a.name.clear();
        a.phone.clear();
        a.email.clear();
        a.notes.clear();
        a.anonymised = true;
    }
    return record(a, event);
}

int AppointmentRepository::anonymiseStartedBefore(qint64 cutoff, qint64 officeId,
                                                  const PerRecord &perRecord)
{
    return eachDueInOwnTransaction(
        m_db,
        u"SELECT id FROM appointment WHERE anonymised_at IS NULL AND starts_at < ? AND "
        "office_id = ? ORDER BY id"_s,
        {cutoff, officeId}, [this](qint64 id) { return anonymise(id).has_value(); }, perRecord);
}

std::optional<Appointment> AppointmentRepository::anonymise(qint64 id)
{
    // Read afresh under the row lock: a clerk's change that committed since the
    // caller chose this appointment is blanked too, one still running waits.
    auto a = find(id, true);
    if (!a)
        return std::nullopt;
    if (a->anonymised) {
        blankEarlierSnapshots(a->id, m_changes.latestRevision() + 1, a->bookingCode);
        return a;
    }
    a->name.clear();
    a->phone.clear();
    a->email.clear();
    a->notes.clear();
    // The old code would still find the record (and is in the citizen's mail).
    a->bookingCode = unusedBookingCode(m_db);
    a->anonymised = true;
    a->version += 1;
    // Guarded by the version read: a write in between (which the lock rules
    // out) fails the transaction rather than being overwritten or lost.
    SqlRows updated = m_db.exec(
        u"UPDATE appointment SET name = '', phone = '', email = '', notes = '', booking_code = ?, "
        "anonymised_at = ?, version = ?, updated_at = ? WHERE id = ? AND version = ? "
        "RETURNING id"_s,
        {a->bookingCode, now(), a->version, now(), id, a->version - 1});
    if (!updated.next())
        throw RecordChanged(u"appointment %1 changed while it was anonymised"_s.arg(id));
    const Change change =
        m_changes.recordUpsert(u"appointment"_s, a->id, u"appointment.anonymised"_s, a->toJson());
    blankEarlierSnapshots(a->id, change.revision, a->bookingCode);
    return a;
}

void AppointmentRepository::blankEarlierSnapshots(const QString &id, qint64 revision,
                                                  const QString &bookingCode)
{
    QJsonObject blanked{{u"name"_s, QString()},
                        {u"phone"_s, QString()},
                        {u"email"_s, QString()},
                        {u"notes"_s, QString()}};
    if (!bookingCode.isEmpty())
        blanked.insert(u"bookingCode"_s, bookingCode);
    m_changes.blankEarlier(u"appointment"_s, id, revision, blanked);
}

Appointment AppointmentRepository::record(const Appointment &appointment, const QString &event)
{
    m_changes.recordUpsert(u"appointment"_s, appointment.id, event, appointment.toJson());
    return appointment;
}
