#pragma once

#include "core/domain/result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The supervisors' figures as the server answers them (GET
// /api/v1/statistics/daily and /api/v1/statistics), read into typed values
// for the Statistik workspace. Counts and minutes only: the server sends no
// name of a person, and nothing here would keep one.
//
// Reading is lenient where a server of another release may differ (a member
// it does not send yet is absent, null or zero) and strict only about the
// shape: an answer that is not an object of figures is a failure.
namespace Statistics {

// Count, mean, median, 90th percentile and maximum of some waits or service
// times in minutes; without a visitor (count 0) there is no mean and so on.
struct Minutes
{
    int count = 0;
    std::optional<double> mean;
    std::optional<double> median;
    std::optional<double> p90;
    std::optional<double> max;

    static Minutes fromJson(const QJsonValue &json);
};

// Walk-ins or appointments of a day or period.
struct SourceFigures
{
    int issued = 0;
    int served = 0;
    int noShow = 0;
    Minutes wait;
};

// The figures of a day, a period or a group of it.
struct Figures
{
    int issued = 0;
    int served = 0;
    int noShow = 0;
    int cancelled = 0;
    int open = 0;
    Minutes wait;
    Minutes service;
    // Of those called, the share called within the office's wait target (0..1).
    std::optional<double> serviceLevel;
    SourceFigures walkIn;
    SourceFigures appointment;
    Minutes estimateError; // |estimate at issue - real wait|; periods only

    // Of the visitors whose visit has ended at a counter (served or not
    // come when called), the share who did not come (0..1); none: no rate.
    std::optional<double> noShowRate() const;
    // True when nobody drew a ticket (nothing to show but an empty state).
    bool isEmpty() const { return issued == 0 && served == 0 && noShow == 0 && cancelled == 0; }

    static Figures fromJson(const QJsonObject &json);
};

// Arrivals against visitors served in one hour of the day (the office's local
// time), with the waits of those who arrived in it.
struct HourFigures
{
    int hour = 0;
    int arrivals = 0;
    int served = 0;
    Minutes wait;
};

struct ServiceFigures
{
    QString serviceId;
    QString name;
    int issued = 0;
    int served = 0;
    std::optional<int> noShow; // unknown when the server does not count it
    Minutes wait;
    Minutes service;
};

// How busy a counter was: serving time against the time it was staffed.
struct CounterFigures
{
    QString counterId;
    QString name;
    int served = 0;
    double busyMinutes = 0;
    std::optional<double> presentMinutes;
    std::optional<double> utilisation; // 0..1
};

// One cell of the weekday × hour heat map of a period.
struct HeatCell
{
    int weekday = 0; // Monday = 1
    int hour = 0;
    int days = 0; // how many such weekdays the period has
    int arrivals = 0;
    std::optional<double> meanWaitMinutes;

    // Arrivals on an average such day in that hour.
    double arrivalsPerDay() const { return days > 0 ? double(arrivals) / days : arrivals; }
};

// One group of a period (a day, a week, …), in key order.
struct Group
{
    QString key; // "2026-11-30", "2026-W48", "2026-11", "1" (Monday), "2026-11-30T09"
    Figures figures;
};

struct Office
{
    QString officeId;
    QString name;
    int waitTargetMinutes = 0;
    bool counterFigures = true; // false: the office keeps figures per counter off
};

// GET /api/v1/statistics/daily: one office's day, live when it is today.
struct Day
{
    QString officeId;
    QDate date;
    Figures totals;
    std::optional<int> waiting;                  // waiting now
    std::optional<double> longestWaitNowMinutes; // of those waiting now
    int waitTargetMinutes = 0;
    QList<HourFigures> byHour; // hours with an arrival or a visitor served
    QList<ServiceFigures> byService;
    QList<CounterFigures> byCounter;
    bool counterFigures = true; // false: the office keeps figures per counter off

    static Result<Day> fromJson(const QJsonValue &json);
};

// How a period's groups are cut.
enum class Grouping { Hour, Day, Week, Month, Weekday };
QString groupingKey(Grouping grouping); // "hour", "day", …
// The readable name of a group's key ("KW 48", "Mo", "30.11."), in the
// current locale.
QString groupLabel(Grouping grouping, const QString &key);

// GET /api/v1/statistics: a period of one office or all the user may see.
struct Period
{
    QDate from;
    QDate to;
    Grouping grouping = Grouping::Day;
    QList<Office> offices;
    Figures totals;
    QList<Group> groups;
    QList<HourFigures> byHour; // hour of day over the whole period
    QList<ServiceFigures> byService;
    QList<CounterFigures> byCounter;
    QList<HeatCell> heatMap;

    // The names of the period's offices that keep figures per counter off.
    QStringList officesWithoutCounterFigures() const;
    static Result<Period> fromJson(const QJsonValue &json);
};

// The periods a supervisor picks from, each relative to today.
enum class Range { Today, Yesterday, ThisWeek, LastEightWeeks, LastMonth, ThisYear, Custom };
struct DateRange
{
    QDate from;
    QDate to; // inclusive

    bool operator==(const DateRange &) const = default;
};
// The days of `range` as of `today` (Custom: empty, the user's own dates).
DateRange datesOf(Range range, const QDate &today);
// The grouping that reads best for a period of these dates.
Grouping suitableGrouping(const DateRange &dates);
// The server's limits (spec): at most 366 days; hours at most 31 days.
inline constexpr int kMaximumDays = 366;
inline constexpr int kMaximumHourDays = 31;
int dayCount(const DateRange &dates);

} // namespace Statistics
