#pragma once

#include "core/domain/appointment.h"
#include "server/storage/clock.h"

#include <QDate>
#include <QList>

#include <optional>

class ChangeLog;
struct PerRecord;
class Database;

// A fresh booking code that no appointment and no wedding booking holds:
// the two share one code space, so that a scanned code names exactly one case.
QString unusedBookingCode(Database &db);

// When an office is open on one weekday, in minutes after local midnight.
struct OpeningHours
{
    int opensMinute = 0;
    int closesMinute = 0;
};

// A day's ranges as the API writes them, "08:00-12:00,13:00-16:00" ("" for
// closed); nullopt (and `error` set) for times that are not HH:MM, ranges
// that are empty, out of order or overlap.
std::optional<QList<OpeningHours>> parseDayHours(const QString &text, QString *error);
QString dayHoursText(const QList<OpeningHours> &ranges);

// One bookable time of a service and how full it is.
struct AppointmentSlot
{
    qint64 startsAt = 0;
    int durationMinutes = 0;
    int capacity = 0;
    int taken = 0;
    int free() const { return qMax(0, capacity - taken); }
};

// The start times of a day's slots: from opening, one every `slotMinutes`, the
// last one ending by closing time. Local time.
QList<qint64> slotStarts(QDate day, OpeningHours hours, int slotMinutes);

// Appointments and the opening hours their slots come from. Every write is
// recorded in the change log; run inside the request's transaction.
class AppointmentRepository
{
public:
    AppointmentRepository(Database &db, ChangeLog &changes, Clock clock)
        : m_db(db)
        , m_changes(changes)
        , m_clock(std::move(clock))
    {}

    // Of one office, starting in [from, to), ordered by time; `search` matches
    // name or booking code (case-insensitive, part of it).
    QList<Appointment> between(qint64 officeId, qint64 from, qint64 to,
                               std::optional<qint64> serviceId, const QString &search);
    // `forUpdate` locks the row until the transaction ends (PostgreSQL).
    std::optional<Appointment> find(qint64 id, bool forUpdate = false);
    std::optional<Appointment> findByCode(const QString &bookingCode, bool forUpdate = false);
    std::optional<Appointment> findByTicket(qint64 ticketId);

    // Serialises bookings of one service, so that capacity checks hold
    // across server processes (PostgreSQL; SQLite's write lock does it there).
    void lockService(qint64 serviceId);
    // A booked appointment nobody has checked in for yet, as a forecast of
    // the queue needs it: no name, no code.
    struct StillToCome
    {
        qint64 id = 0;
        qint64 serviceId = 0;
        qint64 startsAt = 0;
    };
    // The office's, starting in [from, to), by time.
    QList<StillToCome> stillToCome(qint64 officeId, qint64 from, qint64 to);
    // Bookings of a service starting at `startsAt` that take a place.
    int taken(qint64 serviceId, qint64 startsAt, qint64 exceptId = 0);
    // How many visitors a slot of the service takes at once: the active counters that serve it.
    int capacity(qint64 serviceId);

    // The day's ranges, by time; empty when the office is closed that weekday.
    QList<OpeningHours> openingHours(qint64 officeId, int weekday);
    // The weekday has this one range from now on.
    void setOpeningHours(qint64 officeId, int weekday, OpeningHours hours);
    void setDayHours(qint64 officeId, int weekday, const QList<OpeningHours> &ranges);
    void setClosed(qint64 officeId, int weekday);

    // Closure days (holidays, Christmas Eve): no slots, no bookings. Sorted.
    QList<QDate> closedDays(qint64 officeId);
    void setClosedDays(qint64 officeId, const QList<QDate> &days);
    // The version of the office's opening hours and closure days (together).
    int hoursVersion(qint64 officeId);
    // Counts it up, before a change is written (which then waits for another
    // one's to end); with `expectedVersion`, throws RecordChanged when it is
    // at another version by now.
    void countHoursVersionUp(qint64 officeId, std::optional<int> expectedVersion = std::nullopt);
    bool isClosedDay(qint64 officeId, QDate day);
    // Appointments that take place and wedding bookings holding a slot on
    // `day` at the office: what a closure of that day would cancel.
    int bookingsOn(qint64 officeId, QDate day);
    QList<AppointmentSlot> bookableSlots(qint64 officeId, qint64 serviceId, int slotMinutes,
                                         QDate from, QDate to);
    // True when `startsAt` is one of the service's slots on its day.
    bool isSlot(qint64 officeId, qint64 startsAt, int slotMinutes);

    // Stores a new appointment with a fresh booking code and version 1.
    Appointment create(Appointment appointment);
    // Stores the changed appointment with the next version.
    Appointment update(Appointment appointment, const QString &event);

    // The retention rule: contact data of the office's appointments that started before
    // `cutoff` is removed (the rows stay for the statistics), each one in a
    // transaction of its own (see eachDueInOwnTransaction()). Returns how many.
    int anonymiseStartedBefore(qint64 cutoff, qint64 officeId, const PerRecord &perRecord);
    // The one way contact data leaves an appointment, for the retention rule
    // and an erasure alike: name, phone, e-mail and notes are removed, under
    // the row lock and with the next version (so the feed carries it), and
    // from the change log's earlier snapshots. One anonymised already only has
    // its snapshots blanked again. Nullopt: there is no such appointment.
    std::optional<Appointment> anonymise(qint64 id);
    // Blanks the contact data in the change log's snapshots of the
    // appointment before `revision` (done by anonymise()).
    void blankEarlierSnapshots(const QString &id, qint64 revision, const QString &bookingCode = {});

    qint64 now() const { return m_clock(); }

private:
    QList<Appointment> select(const QString &where, const QVariantList &values,
                              const QString &suffix = {});
    Appointment record(const Appointment &appointment, const QString &event);

    Database &m_db;
    ChangeLog &m_changes;
    Clock m_clock;
};
