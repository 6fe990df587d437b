#pragma once

#include "core/domain/ticket.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

// Count, mean, median, 90th percentile and maximum of some durations in
// minutes. Percentiles are nearest-rank over the visitors themselves, never
// averages of averages.
struct MinuteFigures
{
    int count = 0;
    double mean = 0;
    double median = 0;
    double p90 = 0;
    double max = 0;

    static MinuteFigures of(QList<double> minutes);
    QJsonObject toJson() const; // minutes rounded to one decimal
};

// What a supervisor reads of one office's day (GET /api/v1/statistics/daily),
// computed from the day's tickets: counts and minutes, nothing personal.
struct DayStatistics
{
    struct Source // walk-ins or appointments
    {
        int issued = 0;
        int served = 0;
        int noShow = 0;
        MinuteFigures wait;
    };
    struct Hour // the office's local hour
    {
        int hour = 0;
        int arrivals = 0;   // issued in that hour
        int served = 0;     // finished in that hour
        MinuteFigures wait; // of those issued in that hour and called
    };
    struct ServiceLine
    {
        qint64 serviceId = 0;
        int issued = 0;
        int served = 0;
        MinuteFigures wait;
        MinuteFigures service;
    };
    struct CounterLine
    {
        qint64 counterId = 0;
        int served = 0;
        double busyMinutes = 0; // started to finished, summed
    };

    qint64 officeId = 0;
    QString date; // "2026-11-30", the tickets' service day
    int issued = 0;
    int served = 0;
    int noShow = 0;
    int cancelled = 0;
    int open = 0;          // waiting, called or being served
    MinuteFigures wait;    // issue to first call, of those called
    MinuteFigures service; // start to finish, of those served
    int waitTargetMinutes = 0;
    // Of those called, the share called within the target (0..1); none
    // called: no level (null in JSON).
    std::optional<double> serviceLevel;
    Source walkIn;
    Source appointment;
    QList<Hour> byHour; // hours with an arrival or a visitor served, in order
    QList<ServiceLine> byService;
    QList<CounterLine> byCounter;

    // The day's figures; hours in `zone` (the office's), so that the days on
    // which the clocks change have 23 and 25 hours.
    static DayStatistics of(qint64 officeId, const QString &date, const QList<Ticket> &tickets,
                            int waitTargetMinutes, const QTimeZone &zone);
    QJsonObject toJson() const;
};
