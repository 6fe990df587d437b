#pragma once

#include <QObject>
#include <QTimer>

struct Backend;

// Forgets what names a citizen once its time is up (RetentionPolicy): the
// contact data of appointments, the notes of tickets, the couples of wedding
// bookings (whatever their state) and the files of documents with their
// names and codes. The records stay for the statistics, and every snapshot
// the change log kept of them loses the same data. Also cancels wedding
// reservations whose time ran out, and deletes idempotency keys older than
// IdempotencyRepository::kKeepDays and expired sessions. After a run that
// removed something, the database is made to let go of the old text (the
// WAL emptied, tables vacuumed).
// Runs at start and then every hour; every removal is a change like any other,
// so workstations' caches lose the data too.
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
        int snapshotsCaughtUp = 0; // earlier snapshots of records anonymised before version 6
        bool failed = false;

        bool removedAnything() const
        {
            return appointments + tickets + weddings + documents + lapsedReservations +
                       idempotencyKeys + sessions + snapshotsCaughtUp >
                   0;
        }
    };

    explicit RetentionJob(Backend &backend, QObject *parent = nullptr);

    void start();
    // One pass; returns how many appointments were anonymised (-1: database trouble).
    int runOnce();
    const Run &lastRun() const { return m_lastRun; }

private:
    Run removeDue();
    int catchUpOnEarlierSnapshots();

    Backend &m_backend;
    QTimer m_timer;
    Run m_lastRun;
};
