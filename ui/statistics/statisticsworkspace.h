#pragma once

#include "core/statistics/statisticsboard.h"

#include <QMap>
#include <QWidget>

#include <functional>

class CounterFiguresModel;
class EmptyStateHint;
class FeedbackLine;
class FigureChart;
class HeatMapWidget;
class QComboBox;
class QDateEdit;
class QFrame;
class QGroupBox;
class QLabel;
class QPagedPaintDevice;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class ServiceFiguresModel;

// The Statistik workspace of supervisors: today of one office live (tiles,
// arrivals against served per hour with the mean wait, services, counters),
// or any period of one office or all, grouped as chosen, with a weekday ×
// hour heat map. Exports the period's report (XLSX, CSV, PDF; Ctrl+S) and
// prints what is shown (Ctrl+P). Offline, the last figures stay, marked
// with their time as not live.
class StatisticsWorkspace : public QWidget
{
    Q_OBJECT

public:
    // The tiles, each a figure of the day or the period (some only of one).
    enum class Tile {
        WaitingNow,
        LongestWaitNow,
        Issued,
        Served,
        NoShowRate,
        ServiceLevel,
        MeanWait,
        MedianWait,
        P90Wait
    };

    explicit StatisticsWorkspace(StatisticsBoard *board, QWidget *parent = nullptr);

    StatisticsBoard *board() const { return m_board; }
    // The value a tile shows ("3", "21,0 min", "50 %"); empty while hidden.
    QString tileText(Tile tile) const;
    // "Live · as of 10:42:05", "Not live – figures of 10:42 …".
    QString statusText() const;
    // What the page says instead of figures, empty while figures are shown.
    QString emptyText() const;
    QString feedbackText() const;

    // Writes the report of the period shown to `path` (Ctrl+S asks where).
    void exportTo(const QString &path, StatisticsBoard::ReportFormat format,
                  std::function<void(bool written)> done = {});
    bool isExporting() const { return m_exporting; }
    // Paints the header and the view as shown onto `device`'s page (Ctrl+P
    // sends it to the printer chosen).
    void printTo(QPagedPaintDevice *device);

private:
    struct TileWidgets
    {
        QFrame *frame = nullptr;
        QLabel *value = nullptr;
        QLabel *caption = nullptr;
        QLabel *note = nullptr;
    };
    TileWidgets makeTile(Tile tile, const QString &name, const QString &caption);
    void setTile(Tile tile, const QString &value, const QString &note = {});
    void fillOffices();
    void rangeChosen();
    void applyQuery();
    void updateGroupingChoice();
    void render();
    void renderDay(const Statistics::Day &day);
    void renderPeriod(const Statistics::Period &period);
    // `offices`: those of the figures shown that keep figures per counter off.
    void showCounterFiguresKeptOff(const QStringList &offices);
    void renderTotals(const Statistics::Figures &totals, int waitTargetMinutes);
    void updateStatus();
    void chooseExport();
    void print();
    // "Was wäre, wenn …" for the office and period chosen.
    void openWhatIf();
    QString headline() const;

    StatisticsBoard *m_board;
    ServiceFiguresModel *m_services;
    CounterFiguresModel *m_counters;
    QComboBox *m_office;
    QComboBox *m_range;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_grouping;
    QPushButton *m_refresh;
    QPushButton *m_export;
    QPushButton *m_print;
    QPushButton *m_whatIf;
    QLabel *m_status;
    QProgressBar *m_busy;
    FeedbackLine *m_feedback;
    QStackedWidget *m_stack;
    QWidget *m_figuresPage;
    QLabel *m_emptyTitle;
    QLabel *m_emptyText;
    QPushButton *m_showEightWeeks; // on an empty today: the weeks before instead
    QMap<Tile, TileWidgets> m_tiles;
    FigureChart *m_chart;
    QGroupBox *m_heatBox;
    QComboBox *m_heatMeasure;
    HeatMapWidget *m_heatMap;
    QTableView *m_serviceTable;
    QTableView *m_counterTable;
    EmptyStateHint *m_counterHint;
    QLabel *m_counterNote; // offices that keep their figures per counter off
    bool m_exporting = false;
    bool m_officeChosen = false; // by the user, here
};
