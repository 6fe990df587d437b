#include "ui/statistics/figurechart.h"

#include "ui/common/theme.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// An axis maximum a reader can count in: 1, 2, 5 × 10^n above `value`.
double roundedUp(double value)
{
    if (value <= 0)
        return 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (const double step : {1.0, 2.0, 5.0, 10.0}) {
        if (value <= step * magnitude)
            return step * magnitude;
    }
    return 10 * magnitude;
}

} // namespace

FigureChart::FigureChart(QWidget *parent)
    : QChartView(parent)
    , m_first(new QBarSet(QString()))
    , m_second(new QBarSet(QString()))
    , m_bars(new QBarSeries)
    , m_wait(new QLineSeries)
    , m_categories(new QBarCategoryAxis)
    , m_counts(new QValueAxis)
    , m_minutes(new QValueAxis)
{
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::NoFocus);
    setMinimumSize(320, 180);

    auto *chart = new QChart;
    chart->setBackgroundBrush(palette().base());
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QFont titleFont = font();
    titleFont.setPointSizeF(Theme::pointSize(Theme::TextRole::Body));
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setTitleBrush(Theme::toneColour(Theme::Tone::Neutral));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setLabelColor(Theme::toneColour(Theme::Tone::Neutral));

    m_first->setColor(Theme::badgeFill(Theme::Tone::Info));
    m_first->setBorderColor(Theme::badgeFill(Theme::Tone::Info));
    m_second->setColor(Theme::badgeFill(Theme::Tone::Success));
    m_second->setBorderColor(Theme::badgeFill(Theme::Tone::Success));
    m_bars->append(m_first);
    m_bars->append(m_second);
    m_bars->setBarWidth(0.8);
    QPen waitPen(Theme::markerColour());
    waitPen.setWidth(3);
    m_wait->setPen(waitPen);
    m_wait->setPointsVisible(true);
    m_wait->setName(tr("Mean wait (min)"));

    chart->addSeries(m_bars);
    chart->addSeries(m_wait);
    chart->addAxis(m_categories, Qt::AlignBottom);
    chart->addAxis(m_counts, Qt::AlignLeft);
    chart->addAxis(m_minutes, Qt::AlignRight);
    m_bars->attachAxis(m_categories);
    m_bars->attachAxis(m_counts);
    m_wait->attachAxis(m_categories);
    m_wait->attachAxis(m_minutes);
    m_counts->setLabelFormat(u"%d"_s);
    m_counts->setTitleText(tr("Visitors"));
    m_minutes->setLabelFormat(u"%d"_s);
    m_minutes->setTitleText(tr("Minutes"));
    m_minutes->setLinePenColor(Theme::markerColour());
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_categories), static_cast<QAbstractAxis *>(m_counts),
          static_cast<QAbstractAxis *>(m_minutes)}) {
        axis->setLabelsColor(Theme::toneColour(Theme::Tone::Neutral));
        axis->setTitleBrush(Theme::toneColour(Theme::Tone::Muted));
        axis->setGridLineColor(Theme::barBackground(Theme::Tone::Info));
    }
    setChart(chart);
    // The plot's width decides whether the labels fit across.
    connect(chart, &QChart::plotAreaChanged, this, &FigureChart::fitLabels);
}

void FigureChart::setRows(const QString &title, const QString &firstName, const QString &secondName,
                          const QList<Row> &rows)
{
    m_rows = rows;
    chart()->setTitle(title);
    m_first->setLabel(firstName);
    m_second->setLabel(secondName);
    if (m_first->count() > 0)
        m_first->remove(0, m_first->count());
    if (m_second->count() > 0)
        m_second->remove(0, m_second->count());
    m_wait->clear();
    m_categories->clear();

    QStringList labels;
    int most = 0;
    double longest = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Row &row = rows.at(i);
        // The category axis takes each label once: a repeated one gets a space.
        QString label = row.label;
        while (labels.contains(label))
            label += u' ';
        labels.append(label);
        m_first->append(row.first);
        m_second->append(row.second);
        most = std::max({most, row.first, row.second});
        if (row.meanWaitMinutes) {
            m_wait->append(double(i), *row.meanWaitMinutes);
            longest = std::max(longest, *row.meanWaitMinutes);
        }
    }
    m_categories->append(labels);
    fitLabels();
    // Five whole steps on each axis: 0, 1 … 5; 0, 2 … 10; 0, 4 … 20; …
    for (const auto &[axis, top] :
         {std::pair{m_counts, double(most)}, std::pair{m_minutes, longest}}) {
        const double maximum = std::max(5.0, roundedUp(top));
        axis->setRange(0, maximum);
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(0);
        axis->setTickInterval(maximum / 5);
    }
    setAccessibleName(title);
}

bool FigureChart::labelsUpright() const
{
    return m_categories->labelsAngle() != 0;
}

void FigureChart::fitLabels()
{
    // Across while each label fits in its category's width, else upright
    // rather than cut short ("KW 4…"): upright, a label has the axis's height.
    const QStringList labels = m_categories->categories();
    const qreal width = chart()->plotArea().width();
    if (labels.isEmpty() || width <= 0)
        return;
    const QFontMetricsF metrics(m_categories->labelsFont());
    qreal widest = 0;
    for (const QString &label : labels)
        widest = std::max(widest, metrics.horizontalAdvance(label.trimmed()));
    const int angle = widest + metrics.averageCharWidth() > width / labels.size() ? -90 : 0;
    if (m_categories->labelsAngle() != angle) {
        m_categories->setLabelsAngle(angle);
        // Upright, a label is never cut to "⋮": the axis grows to its length.
        m_categories->setTruncateLabels(angle == 0);
    }
}
