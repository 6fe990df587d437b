#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>

struct Backend;

// Forgets what names a citizen once its time is up (RetentionPolicy): the
// contact data of appointments, the notes of tickets, the couples of wedding
// bookings (whatever their state) and the files of documents with their
// names and codes. The records stay for the statistics, and every snapshot
// the change log kept of them loses the same data. Also cancels wedding
// reservations whose time ran out, and deletes idempotency keys older than
// IdempotencyRepository::kKeepDays, expired sessions and the login
// throttle's failures of names that last failed over a day ago. After a run that
// removed something, the database is made to let go of the old text (the
// WAL emptied, tables vacuumed).
// Runs at start and then every hour, on one server of a database at a time
// (the others skip that run); every removal is a change like any other,
// so workstations' caches lose the data too. Each record is removed in a
// transaction of its own, so a long run neither makes every other write of the
// city wait for it nor deadlocks with a clerk (eachDueInOwnTransaction()).
class RetentionJob : public QObject
{
    Q_OBJECT

public:
    // What one run did.
    struct Run
    {
        int appointments = 0;
        int tickets = 0;
        int weddings = 0;
        int documents = 0;
        int lapsedReservations = 0;
        int idempotencyKeys = 0;
        int sessions = 0;
        int loginFailures = 0;     // the throttle's rows no wait needs any more
        int documentFiles = 0;     // files actually deleted: the anonymised ones and orphans
        int snapshotsCaughtUp = 0; // earlier snapshots of records anonymised before version 6
        bool failed = false;
        bool skipped = false;  // another server on the database was running it
        int failedRecords = 0; // skipped until the next run (a lock not had in time, say)
        bool audited = false;  // its counts are in the audit log

        bool removedAnything() const
        {
            return appointments + tickets + weddings + documents + lapsedReservations +
                       idempotencyKeys + sessions + snapshotsCaughtUp >
                   0;
        }
    };

    explicit RetentionJob(Backend &backend, QObject *parent = nullptr);

    void start();
    // One pass; returns how many appointments were anonymised (-1: database
    // trouble; what was done until then stays done).
    int runOnce();
    const Run &lastRun() const { return m_lastRun; }
    // After an erasure: the database lets go of the removed text (VACUUM on
    // PostgreSQL) shortly after the answer has gone, not in the request, which
    // would stall every client of the one server thread. Erasures in a row
    // share one pass.
    void reclaimSoon();
    // How many reclaim passes have run (for the tests and the log).
    int reclaims() const { return m_reclaims; }

private:
    // Fills `run` (and `files`, those to delete) as the records commit, one
    // by one: after a failure it tells what was done.
    void removeDue(Run &run, QStringList *files);
    // Audits what `run` did and deletes the files no record needs any more.
    void finish(Run &run, const QStringList &files);
    void audit(Run &run);
    int catchUpOnEarlierSnapshots();
    void reclaim();

    Backend &m_backend;
    QTimer m_timer;
    QTimer m_reclaimTimer;
    int m_reclaims = 0;
    Run m_lastRun;
};
