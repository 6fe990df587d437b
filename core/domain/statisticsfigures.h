#pragma once

#include "core/domain/visit.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>

#include <map>
#include <optional>
#include <vector>

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

    static MinuteFigures of(const QList<double> &minutes);
    QJsonObject toJson() const; // minutes rounded to one decimal; null without a count
};

// Durations counted by the tenth of a minute (as they are shown): the
// median, p90 and maximum of the values as shown are the same as of the
// values themselves (rounding keeps their order), without keeping half a
// million values for a city's year. The mean is of the values themselves.
// Values from an hour below zero to four hours (nearly every wait and
// service) are counted in bins; the rare others apart, exactly, so that an
// outlier neither bends a percentile nor makes a histogram of millions of bins.
class MinuteHistogram
{
public:
    void add(double minutes);
    MinuteFigures figures() const;

private:
    double tenthAtRank(qint64 rank) const; // 1-based, nearest rank

    std::vector<int> m_bins; // m_bins[i]: values of (m_first + i) tenths
    qint64 m_first = 0;
    std::map<qint64, int> m_outliers; // tenths outside the bins' window: count
    qint64 m_count = 0;
    double m_sum = 0;
    double m_max = 0;
};

// The headline figures of a set of visits: a day, a week, a group.
struct Figures
{
    struct Source // walk-ins or appointments
    {
        int issued = 0;
        int served = 0;
        int noShow = 0;
        MinuteFigures wait;
    };

    int issued = 0;
    int served = 0;
    int noShow = 0;
    int cancelled = 0;
    int open = 0;          // waiting, called or being served
    MinuteFigures wait;    // issue to first call, of those called
    MinuteFigures service; // start to finish, of those served
    // Of those called, the share called within their office's wait target
    // (0..1); none called: no level (null in JSON).
    std::optional<double> serviceLevel;
    Source walkIn;
    Source appointment;
    MinuteFigures estimateError; // |estimate told at issue - real wait|
    // Of appointments called: minutes from the appointment's start to the
    // call (negative: called early).
    MinuteFigures punctuality;

    QJsonObject toJson() const;
};

// Adds up visits into Figures.
class FiguresTally
{
public:
    void add(const Visit &visit, int waitTargetMinutes);
    Figures figures() const;

private:
    Figures m_counts;
    MinuteHistogram m_waits;
    MinuteHistogram m_services;
    MinuteHistogram m_sourceWaits[2];
    MinuteHistogram m_estimateErrors;
    MinuteHistogram m_punctuality;
    int m_withinTarget = 0;
};

// Per service: how many and how long.
struct ServiceFigures
{
    qint64 serviceId = 0;
    int issued = 0;
    int served = 0;
    int noShow = 0;
    MinuteFigures wait;
    MinuteFigures service;
    QJsonObject toJson() const;
};

// Per counter: served, busy (start to finish, summed) and present (each
// day from its first call to its last finish, summed).
struct CounterFigures
{
    qint64 counterId = 0;
    int served = 0;
    double busyMinutes = 0;
    double presentMinutes = 0;
    std::optional<double> utilisation() const; // busy / present
    QJsonObject toJson() const;
};

// Adds up visits per service and per counter, in id order.
class LinesTally
{
public:
    void add(const Visit &visit);
    QList<ServiceFigures> services() const;
    QList<CounterFigures> counters() const;

private:
    struct ServiceSums
    {
        ServiceFigures line;
        MinuteHistogram waits;
        MinuteHistogram services;
    };
    struct CounterDay
    {
        qint64 firstCall = 0;
        qint64 lastFinish = 0;
    };
    QHash<qint64, ServiceSums> m_services;
    QHash<qint64, CounterFigures> m_counters;
    QHash<QPair<qint64, qint64>, CounterDay> m_counterDays; // by counter and Julian day
};

// One decimal, as every minute figure is shown.
double roundedMinutes(double minutes);
// A share (0..1) to three decimals, or null.
QJsonValue shareJson(const std::optional<double> &share);
