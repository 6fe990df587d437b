#pragma once

#include "core/statistics/statisticsfigures.h"

#include <QWidget>

// Where staff is short: a weekday × hour grid of a period, each cell coloured
// by the mean wait (measured against the office's wait target) or by the
// arrivals on an average such day, with a legend underneath. The cells of an
// hour without a visitor stay blank.
class HeatMapWidget : public QWidget
{
    Q_OBJECT

public:
    enum class Measure { MeanWait, Arrivals };

    explicit HeatMapWidget(QWidget *parent = nullptr);

    void setCells(const QList<Statistics::HeatCell> &cells, int waitTargetMinutes);
    void setMeasure(Measure measure);
    Measure measure() const { return m_measure; }
    bool isEmpty() const;

    // The value a cell shows ("14", "9,5"), empty for a blank cell.
    QString cellText(int weekday, int hour) const;
    // Its fill: hotter (further from the palette's base) the longer the wait.
    QColor cellColour(int weekday, int hour) const;
    // The weekdays (Monday = 1) and hours shown, top to bottom and left to right.
    QList<int> weekdays() const { return m_weekdays; }
    QList<int> hours() const { return m_hours; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    // What the legend says: the scale's ends (and middle), and what it measures.
    struct LegendTexts
    {
        QString low;
        QString middle;
        QString high;
        QString description;
    };
    struct Layout
    {
        QRectF grid;
        qreal cellWidth = 0;
        qreal cellHeight = 0;
        qreal labelWidth = 0;
        QRectF strip;       // the colour scale
        QRectF scaleLabels; // under it
        QRectF description; // beside the scale, or under it where there is no room beside
    };
    LegendTexts legendTexts() const;
    Layout layoutFor(const QRectF &area) const;
    const Statistics::HeatCell *cellAt(int weekday, int hour) const;
    std::optional<double> valueOf(const Statistics::HeatCell &cell) const;
    QColor colourFor(double value) const;
    double scaleMaximum() const;
    void updateSummary();

    QList<Statistics::HeatCell> m_cells;
    QList<int> m_weekdays;
    QList<int> m_hours;
    int m_waitTarget = 20;
    Measure m_measure = Measure::MeanWait;
};
