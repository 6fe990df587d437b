#pragma once

#include <QChartView>
#include <QList>
#include <QString>

#include <optional>

class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QLineSeries;
class QValueAxis;

// Two counts side by side per category (arrivals against visitors served, per
// hour or per group of a period) as bars, with the mean wait as a line on an
// axis of its own (minutes, on the right). Colours from the theme.
class FigureChart : public QChartView
{
    Q_OBJECT

public:
    struct Row
    {
        QString label;
        int first = 0;  // e.g. arrivals
        int second = 0; // e.g. served
        std::optional<double> meanWaitMinutes;
    };

    explicit FigureChart(QWidget *parent = nullptr);

    // `firstName` and `secondName` name the bars in the legend.
    void setRows(const QString &title, const QString &firstName, const QString &secondName,
                 const QList<Row> &rows);
    const QList<Row> &rows() const { return m_rows; }
    // Whether the category labels stand upright, there being no room for them across.
    bool labelsUpright() const;

private:
    void fitLabels();

    QList<Row> m_rows;
    QBarSet *m_first;
    QBarSet *m_second;
    QBarSeries *m_bars;
    QLineSeries *m_wait;
    QBarCategoryAxis *m_categories;
    QValueAxis *m_counts;
    QValueAxis *m_minutes;
};
