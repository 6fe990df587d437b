#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

// Finished past days of an office's queue, believable enough for the
// supervisors' statistics (issue #15): the demo's last eight weeks, and the
// city's year of the statistics benchmark. Each working day (Monday to
// Friday, within the office's opening hours, in its own time zone, closure
// days left out) gets walk-ins and appointments whose arrivals peak between
// 11 and 14 o'clock, a service mix like a Bürgeramt's, missed appointments
// and tickets, and waits from a simulation of the day's queue at the
// office's counters, so that waits, calls and service times fit together.
//
// Nothing in it names a person: tickets have no notes, appointments no name,
// phone, e-mail or notes (those older than the retention time are written as
// the retention job leaves them). Deterministic: the same seed gives the
// same rows. A day that has tickets already is left as it is.
namespace DemoHistory {

// One service's share of the visitors (the shares need not add up to 1).
struct ServiceShare
{
    qint64 serviceId = 0;
    double share = 0;
};

struct Options
{
    QDate from; // local days, both included
    QDate to;
    // Visitors of an average working day (walk-ins and appointments, those
    // who do not come among them); a day's count follows its opening hours.
    int visitorsPerDay = 80;
    quint32 seed = 1;
    // Empty: typicalMix().
    QList<ServiceShare> mix;
    double walkInShare = 1.0 / 3; // of the visitors; the others have an appointment
    double noShowShare = 0.12;    // of the visitors: walk-ins and appointments alike
    // Walk-ins who give up waiting and cancel their ticket, on top of the visitors.
    double cancelledShare = 0.015;
    // Who works: one counter each, every day. Empty: as many counters as the
    // day's visitors need, with no login.
    QStringList clerkLogins;
    int noShowAfterCalls = 2; // see QueuePolicy
    // Appointments that started more than this many days before `now` are
    // written as the retention job leaves them (anonymised_at set); the
    // others have no contact data either, and the job finds them in time.
    // Negative: none is marked.
    int appointmentRetentionDays = 14;
    qint64 now = 0; // 0: the current time
    // The wait each ticket was told at issue, in minutes (WaitEstimate, from
    // the queue of that moment), is worked out for every ticket. Migration
    // 14 (#15) adds the column for it: name it here ("estimate_minutes", a
    // name of ours: it goes into the SQL as it is) and the history writes
    // it. Empty: the estimate is not written.
    QString estimateColumn;
};

// What write() wrote.
struct Written
{
    int days = 0;
    int tickets = 0;
    int appointments = 0;
};

// Writes the office's finished days from `from` to `to`, in one transaction
// (joining the caller's, if any), with multi-row INSERTs. Records nothing in
// the change log: see the comment at its definition. Throws DatabaseFailure.
Written write(Database &db, qint64 officeId, const Options &options);
// The same with the other options at their defaults: the benchmark's entry
// (e.g. 500,000 tickets over 10 offices in a year is about 200 a day each).
Written write(Database &db, qint64 officeId, QDate from, QDate to, int visitorsPerDay,
              quint32 seed);

// A Bürgeramt's visitors by the office's service names: about 51 % register
// their home (Wohnsitz), 25 % come for an identity card (Personalausweis),
// 20 % for a passport (Reisepass), 4 % for a residents' parking permit
// (Parkausweis). An office with none of these (a Standesamt): every active
// service, the shorter ones more often (share by 1 / typical minutes).
QList<ServiceShare> typicalMix(Database &db, qint64 officeId);
} // namespace DemoHistory
