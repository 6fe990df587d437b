#include "server/repositories/weddingrepository.h"

#include "core/domain/appointment.h"
#include "server/repositories/appointmentrepository.h"
#include "server/storage/anonymised.h"
#include "server/storage/changelog.h"
#include "server/storage/database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
const QString kBookingColumns =
    u"SELECT b.id, b.slot_id, s.room_id, r.name, s.starts_at, s.duration_minutes, b.status, "
    "b.booking_code, b.partner1, b.partner2, b.email, b.phone, b.notes, b.registrar, "
    "b.fee_reference, b.documents, b.expires_at, b.version, b.anonymised_at FROM wedding_booking b "
    "JOIN "
    "wedding_slot s ON s.id = b.slot_id JOIN wedding_room r ON r.id = s.room_id"_s;

const QString kSlotColumns =
    u"SELECT s.id, s.room_id, r.name, s.starts_at, s.duration_minutes, s.blocked, "
    "s.block_reason, b.id, b.status, b.expires_at FROM wedding_slot s JOIN wedding_room r ON "
    "r.id = s.room_id LEFT JOIN wedding_booking b ON b.holds_slot = s.id"_s;

QString checklistText(const QMap<QString, DocumentState> &documents)
{
    return QString::fromUtf8(
        QJsonDocument(WeddingDocuments::checklistToJson(documents)).toJson(QJsonDocument::Compact));
}

WeddingBooking bookingFromRow(const SqlRows &row)
{
    WeddingBooking b;
    b.id = QString::number(row.value(0).toLongLong());
    b.slotId = QString::number(row.value(1).toLongLong());
    b.roomId = QString::number(row.value(2).toLongLong());
    b.roomName = row.value(3).toString();
    b.startsAt = row.value(4).toLongLong();
    b.durationMinutes = row.value(5).toInt();
    b.status = weddingStatusFromName(row.value(6).toString()).value_or(WeddingStatus::Reserved);
    b.bookingCode = row.value(7).toString();
    b.partner1 = row.value(8).toString();
    b.partner2 = row.value(9).toString();
    b.email = row.value(10).toString();
    b.phone = row.value(11).toString();
    b.notes = row.value(12).toString();
    b.registrar = row.value(13).toString();
    b.feeReference = row.value(14).toString();
    b.documents = WeddingDocuments::checklistFromJson(
        QJsonDocument::fromJson(row.value(15).toString().toUtf8()).object());
    b.expiresAt = row.value(16).toLongLong();
    b.version = row.value(17).toInt();
    b.anonymised = row.value(18).toLongLong() > 0;
    return b;
}

WeddingSlot slotFromRow(const SqlRows &row, qint64 now)
{
    WeddingSlot slot;
    slot.id = QString::number(row.value(0).toLongLong());
    slot.roomId = QString::number(row.value(1).toLongLong());
    slot.roomName = row.value(2).toString();
    slot.startsAt = row.value(3).toLongLong();
    slot.durationMinutes = row.value(4).toInt();
    slot.blockReason = row.value(6).toString();
    const qint64 bookingId = row.value(7).toLongLong();
    WeddingBooking holder;
    holder.status =
        weddingStatusFromName(row.value(8).toString()).value_or(WeddingStatus::Reserved);
    holder.expiresAt = row.value(9).toLongLong();
    const bool lapsed = holder.hasLapsed(now);
    if (row.value(5).toInt() != 0)
        slot.status = WeddingSlotStatus::Blocked;
    else if (bookingId == 0 || lapsed)
        slot.status = WeddingSlotStatus::Free;
    else
        slot.status = holder.status == WeddingStatus::Reserved ? WeddingSlotStatus::Held
                                                               : WeddingSlotStatus::Booked;
    if (bookingId > 0 && !lapsed)
        slot.bookingId = QString::number(bookingId);
    return slot;
}

QString forUpdate(Database &db, bool wanted, const QString &clause)
{
    return wanted && db.dialect() == SqlDialect::Postgresql ? clause : QString();
}
} // namespace

QList<qint64> WeddingRoom::slotStarts(QDate day) const
{
    QList<qint64> starts;
    if (slotMinutes <= 0 || !weekdays.contains(day.dayOfWeek()))
        return starts;
    for (int minute = firstMinute; minute <= lastMinute; minute += slotMinutes)
        starts.append(QDateTime(day, QTime(minute / 60, minute % 60)).toMSecsSinceEpoch());
    return starts;
}

QJsonObject WeddingRoom::toJson() const
{
    QJsonArray days;
    for (int day : weekdays)
        days.append(day);
    return {
        {u"id"_s, QString::number(id)},
        {u"officeId"_s, QString::number(officeId)},
        {u"name"_s, name},
        {u"guests"_s, guests},
        {u"weekdays"_s, days},
        {u"firstStart"_s, QTime(firstMinute / 60, firstMinute % 60).toString(u"HH:mm"_s)},
        {u"lastStart"_s, QTime(lastMinute / 60, lastMinute % 60).toString(u"HH:mm"_s)},
        {u"slotMinutes"_s, slotMinutes},
        {u"active"_s, active},
        {u"version"_s, version},
    };
}

qint64 WeddingRepository::addRoom(const WeddingRoom &room)
{
    QStringList days;
    for (int day : room.weekdays)
        days.append(QString::number(day));
    const qint64 id = m_db.insert(
        u"INSERT INTO wedding_room (office_id, name, guests, weekdays, first_minute, last_minute, "
        "slot_minutes) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        {room.officeId, room.name, room.guests, days.join(u','), room.firstMinute, room.lastMinute,
         room.slotMinutes});
    // Recorded like every entity's: the event sockets learn the room's
    // office from it (DirectorySnapshot) before any slot or booking in it.
    m_changes.recordUpsert(u"wedding_room"_s, QString::number(id), u"wedding_room.created"_s,
                           this->room(id)->toJson());
    return id;
}

QList<WeddingRoom> WeddingRepository::rooms()
{
    QList<WeddingRoom> list;
    SqlRows rows = m_db.exec(u"SELECT id, office_id, name, guests, weekdays, first_minute, "
                             "last_minute, slot_minutes, active, version FROM wedding_room "
                             "ORDER BY id"_s);
    while (rows.next()) {
        WeddingRoom room;
        room.id = rows.value(0).toLongLong();
        room.officeId = rows.value(1).toLongLong();
        room.name = rows.value(2).toString();
        room.guests = rows.value(3).toInt();
        for (const QString &day : rows.value(4).toString().split(u',', Qt::SkipEmptyParts))
            room.weekdays.append(day.toInt());
        room.firstMinute = rows.value(5).toInt();
        room.lastMinute = rows.value(6).toInt();
        room.slotMinutes = rows.value(7).toInt();
        room.active = rows.value(8).toInt() != 0;
        room.version = rows.value(9).toInt();
        list.append(room);
    }
    return list;
}

void WeddingRepository::ensureSlots(QDate from, QDate to)
{
    // Two requests making the same day's slots at once: the second one's
    // rows are already there, and the unique key drops them quietly.
    const QList<WeddingRoom> all = rooms();
    const QHash<qint64, QSet<QDate>> closed = closedDays();
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        for (const WeddingRoom &room : all) {
            if (!room.active || closed.value(room.officeId).contains(day))
                continue;
            for (qint64 start : room.slotStarts(day))
                m_db.exec(u"INSERT INTO wedding_slot (room_id, starts_at, duration_minutes) "
                          "VALUES (?, ?, ?) ON CONFLICT (room_id, starts_at) DO NOTHING"_s,
                          {room.id, start, room.slotMinutes});
        }
    }
}

QList<WeddingSlot> WeddingRepository::slotsBetween(qint64 from, qint64 to)
{
    QList<WeddingSlot> list;
    SqlRows rows = m_db.exec(
        kSlotColumns + u" WHERE s.starts_at >= ? AND s.starts_at < ? ORDER BY s.starts_at, r.id"_s,
        {from, to});
    while (rows.next())
        list.append(slotFromRow(rows, now()));
    // A closure day or a retired room offers nothing; what is booked stays visible.
    list.removeIf(
        [this](const WeddingSlot &slot) { return slot.bookingId.isEmpty() && !isOffered(slot); });
    return list;
}

std::optional<WeddingRoom> WeddingRepository::room(qint64 id)
{
    for (const WeddingRoom &room : rooms()) {
        if (room.id == id)
            return room;
    }
    return std::nullopt;
}

qint64 WeddingRepository::officeOfRoom(qint64 roomId)
{
    SqlRows rows = m_db.exec(u"SELECT office_id FROM wedding_room WHERE id = ?"_s, {roomId});
    return rows.next() ? rows.value(0).toLongLong() : 0;
}

std::optional<qint64> WeddingRepository::roomByName(qint64 officeId, const QString &name)
{
    SqlRows rows = m_db.exec(u"SELECT id FROM wedding_room WHERE office_id = ? AND name = ?"_s,
                             {officeId, name});
    return rows.next() ? std::optional(rows.value(0).toLongLong()) : std::nullopt;
}

WeddingRoom WeddingRepository::updateRoom(const WeddingRoom &room,
                                          std::optional<int> expectedVersion)
{
    QStringList days;
    for (int day : room.weekdays)
        days.append(QString::number(day));
    QVariantList values{room.officeId,    room.name,           room.guests,
                        days.join(u','),  room.firstMinute,    room.lastMinute,
                        room.slotMinutes, room.active ? 1 : 0, room.id};
    QString sql = u"UPDATE wedding_room SET office_id = ?, name = ?, guests = ?, weekdays = ?, "
                  "first_minute = ?, last_minute = ?, slot_minutes = ?, active = ?, version = "
                  "version + 1 WHERE id = ?"_s;
    if (expectedVersion) {
        sql += u" AND version = ?"_s;
        values.append(*expectedVersion);
    }
    {
        SqlRows updated = m_db.exec(sql + u" RETURNING id"_s, values);
        if (!updated.next() && expectedVersion)
            throw RecordChanged(u"wedding room %1 changed since it was read"_s.arg(room.id));
    }
    const qint64 today =
        QDateTime(QDateTime::fromMSecsSinceEpoch(now()).date(), QTime(0, 0)).toMSecsSinceEpoch();
    m_db.exec(u"DELETE FROM wedding_slot WHERE room_id = ? AND starts_at >= ? AND blocked = 0 "
              "AND NOT EXISTS (SELECT 1 FROM wedding_booking b WHERE b.slot_id = "
              "wedding_slot.id)"_s,
              {room.id, today});
    const WeddingRoom updated = *this->room(room.id);
    m_changes.recordUpsert(u"wedding_room"_s, QString::number(room.id), u"wedding_room.updated"_s,
                           updated.toJson());
    return updated;
}

int WeddingRepository::heldBookingsOfRoom(qint64 roomId, qint64 from)
{
    SqlRows rows = m_db.exec(u"SELECT COUNT(*) FROM wedding_booking b JOIN wedding_slot s ON s.id "
                             "= b.holds_slot WHERE s.room_id = ? AND s.starts_at >= ?"_s,
                             {roomId, from});
    return rows.next() ? rows.value(0).toInt() : 0;
}

bool WeddingRepository::isOffered(const WeddingSlot &slot)
{
    SqlRows rows = m_db.exec(u"SELECT r.active, r.office_id FROM wedding_room r WHERE r.id = ?"_s,
                             {slot.roomId.toLongLong()});
    if (!rows.next() || rows.value(0).toInt() == 0)
        return false;
    const QDate day = QDateTime::fromMSecsSinceEpoch(slot.startsAt).date();
    SqlRows closed = m_db.exec(u"SELECT 1 FROM office_closure WHERE office_id = ? AND day = ?"_s,
                               {rows.value(1).toLongLong(), day.toString(Qt::ISODate)});
    return !closed.next();
}

QHash<qint64, QSet<QDate>> WeddingRepository::closedDays()
{
    QHash<qint64, QSet<QDate>> days;
    SqlRows rows = m_db.exec(u"SELECT office_id, day FROM office_closure"_s);
    while (rows.next())
        days[rows.value(0).toLongLong()].insert(
            QDate::fromString(rows.value(1).toString(), Qt::ISODate));
    return days;
}

std::optional<WeddingSlot> WeddingRepository::slot(qint64 id, bool lock)
{
    if (lock && m_db.dialect() == SqlDialect::Postgresql)
        m_db.exec(u"SELECT id FROM wedding_slot WHERE id = ? FOR UPDATE"_s, {id});
    SqlRows rows = m_db.exec(kSlotColumns + u" WHERE s.id = ?"_s, {id});
    return rows.next() ? std::optional(slotFromRow(rows, now())) : std::nullopt;
}

void WeddingRepository::setBlocked(qint64 slotId, bool blocked, const QString &reason)
{
    m_db.exec(u"UPDATE wedding_slot SET blocked = ?, block_reason = ? WHERE id = ?"_s,
              {blocked ? 1 : 0, blocked ? reason : QString(), slotId});
}

QList<WeddingBooking> WeddingRepository::select(const QString &where, const QVariantList &values,
                                                const QString &suffix)
{
    QList<WeddingBooking> result;
    SqlRows rows = m_db.exec(kBookingColumns + u" WHERE "_s + where + suffix, values);
    while (rows.next())
        result.append(bookingFromRow(rows));
    return result;
}

std::optional<WeddingBooking> WeddingRepository::find(qint64 id, bool lock)
{
    const auto rows = select(u"b.id = ?"_s, {id}, forUpdate(m_db, lock, u" FOR UPDATE OF b"_s));
    return rows.isEmpty() ? std::nullopt : std::optional(rows.first());
}

std::optional<WeddingBooking> WeddingRepository::findByCode(const QString &bookingCode)
{
    const auto rows = select(u"b.booking_code = ?"_s, {bookingCode});
    return rows.isEmpty() ? std::nullopt : std::optional(rows.first());
}

QList<WeddingBooking> WeddingRepository::between(qint64 from, qint64 to)
{
    return select(u"s.starts_at >= ? AND s.starts_at < ?"_s, {from, to},
                  u" ORDER BY s.starts_at, b.id"_s);
}

std::optional<WeddingBooking> WeddingRepository::holderOf(qint64 slotId)
{
    const auto rows = select(u"b.holds_slot = ?"_s, {slotId});
    return rows.isEmpty() ? std::nullopt : std::optional(rows.first());
}

WeddingBooking WeddingRepository::create(WeddingBooking b)
{
    b.bookingCode = unusedBookingCode(m_db);
    b.version = 1;
    const qint64 at = now();
    const QVariant noTime(QMetaType(QMetaType::LongLong));
    const qint64 id = m_db.insert(
        u"INSERT INTO wedding_booking (slot_id, holds_slot, status, booking_code, partner1, "
        "partner2, email, phone, notes, registrar, fee_reference, documents, expires_at, "
        "version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?) RETURNING id"_s,
        {b.slotId.toLongLong(), b.slotId.toLongLong(), weddingStatusName(b.status), b.bookingCode,
         b.partner1, b.partner2, b.email, b.phone, b.notes, b.registrar, b.feeReference,
         checklistText(b.documents), b.expiresAt > 0 ? QVariant(b.expiresAt) : noTime, b.version,
         at, at});
    return record(*find(id), u"wedding.reserved"_s);
}

WeddingBooking WeddingRepository::update(WeddingBooking b, const QString &event)
{
    b.version += 1;
    const QVariant none(QMetaType(QMetaType::LongLong));
    const bool holds = b.status != WeddingStatus::Cancelled;
    // Guarded by the version read, so a stale copy cannot overwrite a newer
    // row (an erasure's above all), and personal data never goes back into an
    // anonymised row whatever the caller holds.
    SqlRows updated = m_db.exec(
        u"UPDATE wedding_booking SET slot_id = ?, holds_slot = ?, status = ?, "
        "partner1 = CASE WHEN anonymised_at IS NULL THEN ? ELSE '' END, "
        "partner2 = CASE WHEN anonymised_at IS NULL THEN ? ELSE '' END, "
        "email = CASE WHEN anonymised_at IS NULL THEN ? ELSE '' END, "
        "phone = CASE WHEN anonymised_at IS NULL THEN ? ELSE '' END, "
        "notes = CASE WHEN anonymised_at IS NULL THEN ? ELSE '' END, registrar = ?, "
        "fee_reference = CASE WHEN anonymised_at IS NULL THEN ? ELSE '' END, "
        "documents = CASE WHEN anonymised_at IS NULL THEN ? ELSE documents END, expires_at = ?, "
        "version = ?, updated_at = ? WHERE id = ? AND version = ? RETURNING id"_s,
        {b.slotId.toLongLong(), holds ? QVariant(b.slotId.toLongLong()) : none,
         weddingStatusName(b.status), b.partner1, b.partner2, b.email, b.phone, b.notes,
         b.registrar, b.feeReference, checklistText(b.documents),
         b.expiresAt > 0 ? QVariant(b.expiresAt) : none, b.version, now(), b.id.toLongLong(),
         b.version - 1});
    if (!updated.next())
        throw RecordChanged(u"wedding booking %1 changed since it was read"_s.arg(b.id));
    return record(*find(b.id.toLongLong()), event);
}

int WeddingRepository::cancelLapsed(const PerRecord &perRecord)
{
    const qint64 at = now();
    return eachDueInOwnTransaction(
        m_db,
        u"SELECT id FROM wedding_booking WHERE status = 'reserved' AND expires_at IS NOT NULL "
        "AND expires_at <= ? ORDER BY id"_s,
        {at},
        [this, at](qint64 id) {
            // Read afresh under the row lock: a registrar who confirmed or
            // extended the reservation meanwhile keeps it.
            std::optional<WeddingBooking> b = find(id, true);
            if (!b || !b->hasLapsed(at))
                return false;
            b->setStatus(WeddingStatus::Cancelled);
            update(*b, u"wedding.lapsed"_s);
            return true;
        },
        perRecord);
}

int WeddingRepository::anonymiseBefore(qint64 cutoff, const PerRecord &perRecord)
{
    return eachDueInOwnTransaction(
        m_db,
        u"SELECT b.id FROM wedding_booking b JOIN wedding_slot s ON s.id = b.slot_id WHERE "
        "b.anonymised_at IS NULL AND s.starts_at < ? ORDER BY b.id"_s,
        {cutoff}, [this](qint64 id) { return anonymise(id).has_value(); }, perRecord);
}

std::optional<WeddingBooking> WeddingRepository::anonymise(qint64 id)
{
    // Read afresh under the row lock: a registrar's change that committed
    // since the caller chose this booking is blanked too, one running waits.
    auto b = find(id, true);
    if (!b)
        return std::nullopt;
    if (b->anonymised) {
        blankEarlierSnapshots(b->id, m_changes.latestRevision() + 1, b->bookingCode);
        return b;
    }
    b->partner1.clear();
    b->partner2.clear();
    b->email.clear();
    b->phone.clear();
    b->notes.clear();
    b->feeReference.clear();
    // Which papers a couple brought tells about them; the old code would
    // still find the record.
    b->documents.clear();
    b->bookingCode = unusedBookingCode(m_db);
    b->anonymised = true;
    b->version += 1;
    // Guarded by the version read: a write in between (which the lock rules
    // out) fails the transaction rather than being overwritten or lost.
    SqlRows updated = m_db.exec(
        u"UPDATE wedding_booking SET partner1 = '', partner2 = '', email = '', phone = '', notes "
        "= '', fee_reference = '', documents = ?, booking_code = ?, anonymised_at = ?, "
        "version = ?, updated_at = ? WHERE id = ? AND version = ? RETURNING id"_s,
        {checklistText(b->documents), b->bookingCode, now(), b->version, now(), id,
         b->version - 1});
    if (!updated.next())
        throw RecordChanged(u"wedding booking %1 changed while it was anonymised"_s.arg(id));
    const Change change =
        m_changes.recordUpsert(u"wedding_booking"_s, b->id, u"wedding.anonymised"_s, b->toJson());
    blankEarlierSnapshots(b->id, change.revision, b->bookingCode);
    return b;
}

void WeddingRepository::blankEarlierSnapshots(const QString &id, qint64 revision,
                                              const QString &bookingCode)
{
    QJsonObject blanked{{u"partner1"_s, QString()},
                        {u"partner2"_s, QString()},
                        {u"email"_s, QString()},
                        {u"phone"_s, QString()},
                        {u"notes"_s, QString()},
                        {u"feeReference"_s, QString()},
                        {u"documents"_s, WeddingDocuments::checklistToJson({})}};
    if (!bookingCode.isEmpty())
        blanked.insert(u"bookingCode"_s, bookingCode);
    m_changes.blankEarlier(u"wedding_booking"_s, id, revision, blanked);
}

WeddingBooking WeddingRepository::record(const WeddingBooking &booking, const QString &event)
{
    m_changes.recordUpsert(u"wedding_booking"_s, booking.id, event, booking.toJson());
    return booking;
}
