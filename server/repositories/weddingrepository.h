#pragma once

#include "core/domain/wedding.h"
#include "server/storage/clock.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>

#include <optional>

class ChangeLog;
struct PerRecord;
class Database;

// A wedding room (Trauzimmer) and the rule its slots follow: on `weekdays`
// (1 = Monday), one slot every `slotMinutes` from `firstMinute` to
// `lastMinute` (local minutes after midnight, the last start included).
struct WeddingRoom
{
    qint64 id = 0;
    qint64 officeId = 0;
    QString name;
    int guests = 0;
    QList<int> weekdays;
    int firstMinute = 0;
    int lastMinute = 0;
    int slotMinutes = 0;
    bool active = true; // a retired room offers no more slots
    int version = 1;

    // The slot starts of `day` (local time); none when the room is closed.
    QList<qint64> slotStarts(QDate day) const;
    QJsonObject toJson() const;
};

// The Standesamt's rooms, slots and wedding bookings. Slots are rows made
// from the rooms' rules on first sight; a slot's status follows from the
// booking that holds it. Every booking write is recorded in the change log;
// run inside the request's transaction.
class WeddingRepository
{
public:
    WeddingRepository(Database &db, ChangeLog &changes, Clock clock)
        : m_db(db)
        , m_changes(changes)
        , m_clock(std::move(clock))
    {}

    qint64 addRoom(const WeddingRoom &room);
    QList<WeddingRoom> rooms();
    std::optional<WeddingRoom> room(qint64 id);
    qint64 officeOfRoom(qint64 roomId);
    std::optional<qint64> roomByName(qint64 officeId, const QString &name);
    // Stores `room`'s fields with the next version. Free slots from today on
    // (no booking ever held them, not blocked) are dropped, to be made anew
    // from the new rule. `expectedVersion`: the version the caller read; when
    // the room is at another one by now, throws RecordChanged and writes nothing.
    WeddingRoom updateRoom(const WeddingRoom &room,
                           std::optional<int> expectedVersion = std::nullopt);
    // Bookings holding a slot of the room that starts at or after `from`.
    int heldBookingsOfRoom(qint64 roomId, qint64 from);
    // The slot is on a closure day of its room's office, or its room is retired.
    bool isOffered(const WeddingSlot &slot);

    // Makes the slot rows of the days [from, to] that the rules give.
    void ensureSlots(QDate from, QDate to);
    // Slots starting in [from, to), by time and room.
    QList<WeddingSlot> slotsBetween(qint64 from, qint64 to);
    // `forUpdate` locks the slot until the transaction ends (PostgreSQL;
    // SQLite's write lock does it there): reservations of it queue.
    std::optional<WeddingSlot> slot(qint64 id, bool forUpdate = false);
    void setBlocked(qint64 slotId, bool blocked, const QString &reason);

    std::optional<WeddingBooking> find(qint64 id, bool forUpdate = false);
    std::optional<WeddingBooking> findByCode(const QString &bookingCode);
    // Bookings (any status) of slots starting in [from, to).
    QList<WeddingBooking> between(qint64 from, qint64 to);
    // The booking that holds the slot, if any (lapsed reservations included).
    std::optional<WeddingBooking> holderOf(qint64 slotId);

    // A new booking of `booking.slotId` with a fresh booking code and version 1.
    WeddingBooking create(WeddingBooking booking);
    // Stores the changed booking with the next version; a cancelled one
    // gives its slot back.
    WeddingBooking update(WeddingBooking booking, const QString &event);
    // Cancels the reservations whose time ran out, each one in a transaction of its own (see
    // eachDueInOwnTransaction()). Returns how many.
    int cancelLapsed(const PerRecord &perRecord);
    // The retention rule: the couple's names, contact data and fee reference
    // leave every booking, whatever its state, whose slot began before
    // `cutoff`, also the change log's earlier snapshots (the rows stay for
    // the statistics), each one in a transaction of its own (see
    // eachDueInOwnTransaction()). Returns how many.
    int anonymiseBefore(qint64 cutoff, const PerRecord &perRecord);
    // The one way the couple leaves a booking, for the retention rule and an
    // erasure alike: names, contact data, notes and fee reference are
    // removed, under the row lock and with the next version (so the feed
    // carries it), and from the change log's earlier snapshots. The booking
    // can no longer be changed then. One anonymised already only has its
    // snapshots blanked again. Nullopt: there is no such booking.
    std::optional<WeddingBooking> anonymise(qint64 id);
    // Blanks the couple in the change log's snapshots of the booking before
    // `revision` (done by anonymise()).
    void blankEarlierSnapshots(const QString &id, qint64 revision, const QString &bookingCode = {});

    qint64 now() const { return m_clock(); }

private:
    // Per office, its closure days.
    QHash<qint64, QSet<QDate>> closedDays();
    QList<WeddingBooking> select(const QString &where, const QVariantList &values,
                                 const QString &suffix = {});
    WeddingBooking record(const WeddingBooking &booking, const QString &event);

    Database &m_db;
    ChangeLog &m_changes;
    Clock m_clock;
};
