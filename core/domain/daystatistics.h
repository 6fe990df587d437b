#pragma once

#include "core/domain/statisticsfigures.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// What a supervisor reads of one office's day (GET /api/v1/statistics/daily):
// counts and minutes of the day's visitors, nothing personal.
struct DayStatistics : Figures
{
    struct Hour // the office's local hour
    {
        int hour = 0;
        int arrivals = 0;   // issued in that hour
        int served = 0;     // finished in that hour
        MinuteFigures wait; // of those issued in that hour and called
    };

    qint64 officeId = 0;
    QDate date; // the tickets' service day
    int waitTargetMinutes = 0;
    int waiting = 0;                          // in the queue now
    std::optional<double> longestWaitMinutes; // of those waiting now, at `now`
    QList<Hour> byHour;                       // hours with an arrival or a visitor served, in order
    QList<ServiceFigures> byService;
    QList<CounterFigures> byCounter;

    // `now` (ms since the epoch) measures the waits of those still waiting.
    static DayStatistics of(qint64 officeId, const QDate &date, const QList<Visit> &visits,
                            int waitTargetMinutes, qint64 now);
    QJsonObject toJson() const;
};
