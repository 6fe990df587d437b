#pragma once

#include "core/statistics/statisticsfigures.h"

#include <QAbstractTableModel>

// The Statistik workspace's two tables, one model each: per service and per
// counter, of the day or period shown. Display text in the current locale;
// Qt::UserRole holds the number itself (for sorting and for tests).
class ServiceFiguresModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        IssuedColumn,
        ServedColumn,
        MeanWaitColumn,
        MeanServiceColumn,
        NoShowColumn, // last: the tile above gives the rate
        ColumnCount
    };

    explicit ServiceFiguresModel(QObject *parent = nullptr);

    void setServices(const QList<Statistics::ServiceFigures> &services);
    const QList<Statistics::ServiceFigures> &services() const { return m_services; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Statistics::ServiceFigures> m_services;
};

class CounterFiguresModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        ServedColumn,
        UtilisationColumn, // before the minutes: in sight on a narrow screen
        BusyColumn,
        PresentColumn,
        ColumnCount
    };

    explicit CounterFiguresModel(QObject *parent = nullptr);

    void setCounters(const QList<Statistics::CounterFigures> &counters);
    const QList<Statistics::CounterFigures> &counters() const { return m_counters; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Statistics::CounterFigures> m_counters;
};

namespace Statistics {
// "8,4 min", "–" without a value; in the current locale.
QString minutesText(std::optional<double> minutes);
// A time a counter was busy or staffed: "45 min", "4 h 05 min", "–".
QString durationText(std::optional<double> minutes);
// "83 %", "–" without a value.
QString percentText(std::optional<double> share);
} // namespace Statistics
