#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// A day at an office, as tresen-sim plays it: opening hours, services with
// their processing times and arrivals, the counters and what they serve.
// Read from the fixed JSON format of docs/simulation.md.
struct ScenarioService
{
    QString id;
    QString name;
    double meanMinutes = 0;       // processing time: lognormal with this mean ...
    double sdMinutes = 0;         // ... and standard deviation
    QList<double> walkInsPerHour; // a Poisson rate for each opening hour
    int appointmentsPerHour = 0;  // slots spread evenly over each hour
};

struct ScenarioCounter
{
    QString id;
    QStringList services; // ids of ScenarioService
    // Whether it is staffed in each opening hour (optional "hours": [1, 1,
    // 0, ...]); empty: in all of them. After closing, the counters staffed
    // in the last hour serve who is still waiting.
    QList<bool> hours;

    bool staffedIn(int hour) const { return hours.isEmpty() || hours.value(hour, hours.last()); }
};

struct Scenario
{
    Q_DECLARE_TR_FUNCTIONS(Scenario)

public:
    QString name;
    int opensMinute = 0;  // minutes after midnight
    int closesMinute = 0; // after opensMinute
    QList<ScenarioService> services;
    QList<ScenarioCounter> counters;
    double noShowRate = 0;                    // of booked appointments
    double appointmentArrivalMeanMinutes = 0; // against the start; negative: early
    double appointmentArrivalSdMinutes = 0;
    int serviceLevelTargetMinutes = 20;

    // Whole or begun opening hours: the length of each walkInsPerHour.
    int openingHours() const { return (closesMinute - opensMinute + 59) / 60; }
    // The index in `services` of the service with `id`, or -1.
    qsizetype serviceIndex(const QString &id) const;

    // A failure names the member that is wrong and why (for exit code 2).
    static Result<Scenario> fromJson(const QByteArray &json);
    // The same format (fromJson(toJson()) gives the scenario back).
    QByteArray toJson() const;
};
