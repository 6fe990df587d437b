#pragma once

#include "core/domain/statisticsfigures.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <array>
#include <optional>

// How a period's figures are grouped (groupBy=hour|day|week|month|weekday).
enum class StatisticsGrouping { Hour, Day, Week, Month, Weekday };
QString statisticsGroupingName(StatisticsGrouping grouping);
std::optional<StatisticsGrouping> statisticsGroupingFromName(QStringView name);
// The group a visit falls in: "2026-11-30T09", "2026-11-30", "2026-W48",
// "2026-11" or "1" (Monday) to "7"; keys of one grouping sort in time order.
QString statisticsGroupKey(const Visit &visit, StatisticsGrouping grouping);

// ZMS's Wartestatistik for one hour and one kind of visitor: how many were
// called, and their mean real wait, way to the counter and estimated wait.
struct WaitFlow
{
    int count = 0;
    std::optional<double> meanWaitMinutes;
    std::optional<double> meanWalkMinutes;
    std::optional<double> meanEstimateMinutes;
    QJsonObject toJson() const;
};

// Any period's figures for one office or several (GET /api/v1/statistics).
struct PeriodStatistics
{
    struct Group
    {
        QString key;
        Figures figures;
    };
    struct Hour // hour of the day over the whole period, local time
    {
        int hour = 0;
        int arrivals = 0;
        int served = 0;
        WaitFlow walkIn;
        WaitFlow appointment;
    };
    struct HeatCell // weekday x hour: where staff is short
    {
        int weekday = 1; // Monday
        int hour = 0;
        int days = 0; // such weekdays in the period
        int arrivals = 0;
        std::optional<double> meanWaitMinutes;
    };

    QDate from;
    QDate to;
    StatisticsGrouping groupBy = StatisticsGrouping::Day;
    Figures totals;
    QList<Group> groups; // in key order, only those with a visitor
    QList<Hour> byHour;
    QList<ServiceFigures> byService;
    QList<CounterFigures> byCounter;
    QList<HeatCell> heatMap; // cells with an arrival, by weekday and hour

    QJsonObject toJson() const;
};

// Adds up a period's visits, one at a time (a year need not be in memory
// as visits at once). `waitTargets` holds each office's wait target in
// minutes; an office without one has 20.
class PeriodTally
{
public:
    PeriodTally(const QDate &from, const QDate &to, StatisticsGrouping groupBy,
                QHash<qint64, int> waitTargets);
    Q_DISABLE_COPY_MOVE(PeriodTally) // m_lastGroup points into m_groups
    void add(const Visit &visit);
    PeriodStatistics result() const;

private:
    struct HourSums
    {
        int arrivals = 0;
        int served = 0;
        struct Sums
        {
            int count = 0;
            double wait = 0;
            double walk = 0;
            int walks = 0;
            double estimate = 0;
            int estimates = 0;
        } flows[2]; // walk-ins, appointments
    };
    struct HeatSums
    {
        int arrivals = 0;
        int waits = 0;
        double wait = 0;
    };
    int waitTarget(qint64 officeId) const;

    QDate m_from;
    QDate m_to;
    StatisticsGrouping m_groupBy;
    QHash<qint64, int> m_waitTargets;
    FiguresTally m_totals;
    QMap<QString, FiguresTally> m_groups;
    // The group of the visit before: visits come day by day, and a key for
    // each of half a million of them would cost more than the figures.
    FiguresTally *m_lastGroup = nullptr;
    QDate m_lastDay;
    int m_lastHour = -1;
    std::array<HourSums, 24> m_hours{};
    std::array<HeatSums, 7 * 24> m_heat{}; // (weekday - 1) * 24 + hour
    LinesTally m_lines;
};
