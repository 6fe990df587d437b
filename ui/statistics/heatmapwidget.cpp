#include "ui/statistics/heatmapwidget.h"

#include "ui/common/theme.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using Statistics::HeatCell;

namespace {

QColor mix(const QColor &a, const QColor &b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

// Dark text on a light fill, light text on a dark one.
QColor textOn(const QColor &fill, const QPalette &palette)
{
    return fill.lightnessF() > 0.55 ? palette.color(QPalette::Text) : palette.color(QPalette::Base);
}

// The legend in small print: the grid keeps the room for its rows.
QFont legendFont(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(Theme::pointSize(Theme::TextRole::Small));
    return small;
}

constexpr qreal kStripHeight = 12;
constexpr qreal kGap = 12;

} // namespace

HeatMapWidget::HeatMapWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"heatMap"_s);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setMouseTracking(true);
    setMinimumSize(minimumSizeHint());
    updateSummary();
}

void HeatMapWidget::setCells(const QList<HeatCell> &cells, int waitTargetMinutes)
{
    m_cells = cells;
    m_waitTarget = waitTargetMinutes > 0 ? waitTargetMinutes : 20;
    // Monday to Friday always; the weekend when someone came.
    m_weekdays = {1, 2, 3, 4, 5};
    int first = 24;
    int last = -1;
    for (const HeatCell &cell : cells) {
        if (cell.arrivals <= 0)
            continue;
        if (!m_weekdays.contains(cell.weekday) && cell.weekday >= 1 && cell.weekday <= 7)
            m_weekdays.append(cell.weekday);
        first = std::min(first, cell.hour);
        last = std::max(last, cell.hour);
    }
    std::sort(m_weekdays.begin(), m_weekdays.end());
    m_hours.clear();
    for (int hour = first; hour <= last; ++hour)
        m_hours.append(hour);
    updateSummary();
    update();
}

void HeatMapWidget::setMeasure(Measure measure)
{
    m_measure = measure;
    updateSummary();
    update();
}

bool HeatMapWidget::isEmpty() const
{
    return m_hours.isEmpty();
}

const HeatCell *HeatMapWidget::cellAt(int weekday, int hour) const
{
    for (const HeatCell &cell : m_cells) {
        if (cell.weekday == weekday && cell.hour == hour)
            return &cell;
    }
    return nullptr;
}

std::optional<double> HeatMapWidget::valueOf(const HeatCell &cell) const
{
    if (cell.arrivals <= 0)
        return std::nullopt;
    if (m_measure == Measure::Arrivals)
        return cell.arrivalsPerDay();
    return cell.meanWaitMinutes;
}

double HeatMapWidget::scaleMaximum() const
{
    if (m_measure == Measure::MeanWait)
        return 2.0 * m_waitTarget; // twice the target and more: as hot as it gets
    double most = 0;
    for (const HeatCell &cell : m_cells)
        most = std::max(most, cell.arrivalsPerDay());
    return most > 0 ? most : 1;
}

QColor HeatMapWidget::colourFor(double value) const
{
    const double t = value / scaleMaximum();
    if (m_measure == Measure::Arrivals)
        return mix(palette().color(QPalette::Base), Theme::badgeFill(Theme::Tone::Info), t);
    // Pale green at no wait, amber at the target, red at twice the target:
    // each step darker as well, so that the map reads without colour too.
    const QColor amber = mix(Theme::barBackground(Theme::Tone::Warning),
                             Theme::badgeFill(Theme::Tone::Warning), 0.4);
    if (t <= 0.5)
        return mix(Theme::barBackground(Theme::Tone::Success), amber, t * 2);
    return mix(amber, Theme::badgeFill(Theme::Tone::Problem), (t - 0.5) * 2);
}

QString HeatMapWidget::cellText(int weekday, int hour) const
{
    const HeatCell *cell = cellAt(weekday, hour);
    const std::optional<double> value = cell ? valueOf(*cell) : std::nullopt;
    if (!value)
        return {};
    if (m_measure == Measure::Arrivals)
        return QLocale().toString(*value, 'f', *value < 10 ? 1 : 0);
    return QLocale().toString(std::lround(*value));
}

QColor HeatMapWidget::cellColour(int weekday, int hour) const
{
    const HeatCell *cell = cellAt(weekday, hour);
    const std::optional<double> value = cell ? valueOf(*cell) : std::nullopt;
    return value ? colourFor(*value) : palette().color(QPalette::AlternateBase);
}

QSize HeatMapWidget::sizeHint() const
{
    return {560, 260};
}

QSize HeatMapWidget::minimumSizeHint() const
{
    return {300, 150};
}

HeatMapWidget::LegendTexts HeatMapWidget::legendTexts() const
{
    if (m_measure == Measure::MeanWait)
        return {tr("0 min"), tr("%1 min (target)").arg(m_waitTarget),
                tr("%1 min").arg(2 * m_waitTarget),
                tr("Mean wait of those who arrived in that hour")}; // the scale says "min"
    return {u"0"_s, QString(), QLocale().toString(scaleMaximum(), 'f', 1),
            tr("Visitors arriving in that hour on an average day")};
}

HeatMapWidget::Layout HeatMapWidget::layoutFor(const QRectF &area) const
{
    Layout layout;
    const QFontMetricsF labelMetrics(font());
    layout.labelWidth = labelMetrics.horizontalAdvance(u"Mo.  "_s) + 8;
    const qreal headerHeight = labelMetrics.height() + 4;
    const QFontMetricsF metrics(legendFont(font()));
    const qreal left = area.left() + layout.labelWidth;
    const qreal width = area.width() - layout.labelWidth;

    // The scale wide enough for its labels side by side (the middle one centred).
    const LegendTexts texts = legendTexts();
    const qreal end =
        std::max(metrics.horizontalAdvance(texts.low), metrics.horizontalAdvance(texts.high));
    const qreal middle = metrics.horizontalAdvance(texts.middle);
    const qreal stripWidth =
        std::min(width, std::max<qreal>(std::min<qreal>(width * 0.5, 260),
                                        middle > 0 ? 2 * end + middle + 2 * kGap : 2 * end + kGap));
    const qreal scaleHeight = kStripHeight + 2 + metrics.height();
    // The description beside the scale on at most two lines, else under it
    // across the width: all of it shown either way.
    const qreal besideWidth = width - stripWidth - kGap;
    const QRectF besideText =
        metrics.boundingRect(QRectF(0, 0, std::max<qreal>(besideWidth, 1), 10000),
                             Qt::AlignLeft | Qt::TextWordWrap, texts.description);
    const bool beside = besideWidth > 80 && besideText.height() <= 2 * metrics.lineSpacing() + 1;
    const qreal underHeight = metrics
                                  .boundingRect(QRectF(0, 0, std::max<qreal>(width, 1), 10000),
                                                Qt::AlignLeft | Qt::TextWordWrap, texts.description)
                                  .height();
    const qreal legendHeight =
        beside ? std::max(scaleHeight, besideText.height()) : scaleHeight + 4 + underHeight;
    const qreal top = area.bottom() - legendHeight;
    layout.strip = QRectF(left, top + 2, stripWidth, kStripHeight);
    layout.scaleLabels = QRectF(left, layout.strip.bottom() + 2, stripWidth, metrics.height());
    layout.description = beside ? QRectF(left + stripWidth + kGap, top, besideWidth, legendHeight)
                                : QRectF(left, layout.scaleLabels.bottom() + 4, width, underHeight);

    layout.grid = QRectF(left, area.top() + headerHeight, width,
                         std::max<qreal>(top - 8 - area.top() - headerHeight, 0));
    if (!m_hours.isEmpty() && !m_weekdays.isEmpty()) {
        layout.cellWidth = layout.grid.width() / m_hours.size();
        layout.cellHeight = layout.grid.height() / m_weekdays.size();
    }
    return layout;
}

void HeatMapWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    const QRectF area = QRectF(rect()).adjusted(4, 4, -4, -4);
    if (isEmpty()) {
        painter.setPen(Theme::toneColour(Theme::Tone::Muted));
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap,
                         tr("No visitors in this period."));
        return;
    }
    const Layout layout = layoutFor(area);
    const QLocale locale;
    // Hours along the top, weekdays down the side.
    painter.setPen(Theme::toneColour(Theme::Tone::Muted));
    for (qsizetype c = 0; c < m_hours.size(); ++c) {
        const QRectF header(layout.grid.left() + c * layout.cellWidth, area.top(), layout.cellWidth,
                            layout.grid.top() - area.top());
        painter.drawText(header, Qt::AlignCenter, QString::number(m_hours.at(c)));
    }
    QFont cellFont = font();
    cellFont.setPointSizeF(Theme::pointSize(Theme::TextRole::Small));
    for (qsizetype r = 0; r < m_weekdays.size(); ++r) {
        const int weekday = m_weekdays.at(r);
        const QRectF label(area.left(), layout.grid.top() + r * layout.cellHeight,
                           layout.labelWidth - 6, layout.cellHeight);
        painter.setPen(Theme::toneColour(Theme::Tone::Muted));
        painter.setFont(font());
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter,
                         locale.dayName(weekday, QLocale::ShortFormat));
        painter.setFont(cellFont);
        for (qsizetype c = 0; c < m_hours.size(); ++c) {
            const int hour = m_hours.at(c);
            const QRectF cell(layout.grid.left() + c * layout.cellWidth,
                              layout.grid.top() + r * layout.cellHeight, layout.cellWidth,
                              layout.cellHeight);
            const QColor fill = cellColour(weekday, hour);
            painter.fillRect(cell.adjusted(1, 1, -1, -1), fill);
            const QString text = cellText(weekday, hour);
            if (!text.isEmpty() && layout.cellWidth > 18) {
                painter.setPen(textOn(fill, palette()));
                painter.drawText(cell, Qt::AlignCenter, text);
            }
        }
    }

    // The legend: the scale from none to the hottest, with its ends named.
    painter.setFont(legendFont(font()));
    const QRectF strip = layout.strip;
    const int steps = 40;
    for (int i = 0; i < steps; ++i) {
        const QRectF piece(strip.left() + strip.width() * i / steps, strip.top(),
                           strip.width() / steps + 1, strip.height());
        painter.fillRect(piece, colourFor(scaleMaximum() * (i + 0.5) / steps));
    }
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(strip);
    painter.setPen(Theme::toneColour(Theme::Tone::Muted));
    const LegendTexts texts = legendTexts();
    painter.drawText(layout.scaleLabels, Qt::AlignLeft | Qt::AlignTop, texts.low);
    if (!texts.middle.isEmpty())
        painter.drawText(layout.scaleLabels, Qt::AlignHCenter | Qt::AlignTop, texts.middle);
    painter.drawText(layout.scaleLabels, Qt::AlignRight | Qt::AlignTop, texts.high);
    painter.drawText(layout.description, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                     texts.description);
}

bool HeatMapWidget::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const Layout layout = layoutFor(QRectF(rect()).adjusted(4, 4, -4, -4));
    const QPointF at = help->pos();
    if (isEmpty() || !layout.grid.contains(at) || layout.cellWidth <= 0) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    const int column = static_cast<int>((at.x() - layout.grid.left()) / layout.cellWidth);
    const int row = static_cast<int>((at.y() - layout.grid.top()) / layout.cellHeight);
    const int weekday = m_weekdays.value(row);
    const int hour = m_hours.value(column);
    const HeatCell *cell = cellAt(weekday, hour);
    const QLocale locale;
    QString text = tr("%1, %2–%3 h").arg(locale.dayName(weekday)).arg(hour).arg(hour + 1);
    if (!cell || cell->arrivals <= 0) {
        text += u"\n"_s + tr("No visitors");
    } else {
        text += u"\n"_s + tr("%1 visitors on an average day (%n days)", nullptr, cell->days)
                              .arg(locale.toString(cell->arrivalsPerDay(), 'f', 1));
        if (cell->meanWaitMinutes)
            text += u"\n"_s +
                    tr("Mean wait %1 min").arg(locale.toString(*cell->meanWaitMinutes, 'f', 1));
    }
    QToolTip::showText(help->globalPos(), text, this);
    return true;
}

void HeatMapWidget::updateSummary()
{
    // What a screen reader says of the picture: where it is hottest.
    const HeatCell *hottest = nullptr;
    for (const HeatCell &cell : m_cells) {
        const auto value = valueOf(cell);
        if (value && (!hottest || *value > *valueOf(*hottest)))
            hottest = &cell;
    }
    setAccessibleName(tr("Weekday and hour"));
    if (!hottest) {
        setAccessibleDescription(tr("No visitors in this period."));
        return;
    }
    const QLocale locale;
    setAccessibleDescription(m_measure == Measure::MeanWait
                                 ? tr("Longest mean wait on %1 at %2 h: %3 min")
                                       .arg(locale.dayName(hottest->weekday))
                                       .arg(hottest->hour)
                                       .arg(locale.toString(*hottest->meanWaitMinutes, 'f', 1))
                                 : tr("Most visitors on %1 at %2 h: %3 on an average day")
                                       .arg(locale.dayName(hottest->weekday))
                                       .arg(hottest->hour)
                                       .arg(locale.toString(hottest->arrivalsPerDay(), 'f', 1)));
}
