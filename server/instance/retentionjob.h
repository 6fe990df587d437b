#pragma once

#include <QObject>
#include <QTimer>

struct Backend;

// Removes citizens' contact data from appointments that lie more than the
// retention period back (RetentionPolicy); the rows stay for the statistics.
// The same for the couples of wedding bookings that are over (completed or
// cancelled). Also cancels wedding reservations whose time ran out (their slots are
// offered as free already; this tells the workstations).
// Runs at start and then every hour; every removal is a change like any other,
// so workstations' caches lose the data too.
class RetentionJob : public QObject
{
    Q_OBJECT

public:
    explicit RetentionJob(Backend &backend, QObject *parent = nullptr);

    void start();
    // One pass; returns how many appointments were anonymised (-1: database trouble).
    int runOnce();

private:
    Backend &m_backend;
    QTimer m_timer;
};
