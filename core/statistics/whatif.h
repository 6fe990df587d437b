#pragma once

#include "core/simulation/staffing.h"

#include <QDate>
#include <QObject>

class BackendClient;

// The Statistik workspace's "what if": an office's past days as a scenario
// (GET /api/v1/statistics/scenario, times and counts only), played in
// process with the counters per hour the supervisor sets, under every
// policy, with the simulation of tresen-sim (the server's dispatcher); and
// the fewest counters per hour for a service level.
class WhatIf : public QObject
{
    Q_OBJECT

public:
    struct Basis
    {
        QString officeId;
        QDate from;
        QDate to;
        int weekday = 0; // 1..7: only those days of the period; 0: all

        bool operator==(const Basis &) const = default;
    };
    // The days played for each answer, and their seed: the same days for
    // every policy and every staffing, so that they compare.
    static constexpr int kDays = 20;
    static constexpr quint64 kSeed = 1;

    explicit WhatIf(BackendClient *client, QObject *parent = nullptr);

    // Fetches the scenario of `basis`; loaded() or failed() follows. The
    // counters per hour start as the office's (all of them, every hour).
    void load(const Basis &basis);
    bool isLoading() const { return m_loading; }
    bool isLoaded() const { return m_loaded; }
    const Basis &basis() const { return m_basis; }
    const Scenario &scenario() const { return m_scenario; }
    int basedOnDays() const { return m_days; }
    int basedOnVisits() const { return m_visits; }

    int hours() const { return m_scenario.openingHours(); }
    int counterCount() const { return int(m_scenario.counters.size()); }
    // "08:00" of the hour's start.
    QString hourStart(int hour) const;
    const QList<int> &countersPerHour() const { return m_countersPerHour; }
    void setCounters(int hour, int counters);
    void setCountersPerHour(const QList<int> &countersPerHour);

    // The days with the counters set, under fifo, zms and tresen (in that order).
    QList<SimulationResult> play() const;
    // The fewest counters per hour for `share` called within the office's
    // wait target, under `policy` (not set: see setCountersPerHour()).
    StaffingAdvice advise(double share, DispatchPolicy policy) const;

signals:
    void loaded();
    void failed(const QString &message);

private:
    BackendClient *m_client;
    Basis m_basis;
    Scenario m_scenario;
    QList<int> m_countersPerHour;
    int m_days = 0;
    int m_visits = 0;
    bool m_loading = false;
    bool m_loaded = false;
    quint64 m_serial = 0;
};
