#include "ui/statistics/statisticsworkspace.h"

#include "core/statistics/statisticsmodels.h"
#include "ui/common/emptystate.h"
#include "ui/common/feedbackline.h"
#include "ui/common/keyedbutton.h"
#include "ui/common/theme.h"
#include "ui/statistics/figurechart.h"
#include "ui/statistics/heatmapwidget.h"
#include "ui/statistics/whatifdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Statistics;

namespace {

const QString kOfficeSetting = u"statistics/officeId"_s;
const QString kExportFolderSetting = u"statistics/exportFolder"_s;

QString countText(int count)
{
    return QLocale().toString(count);
}

QString timeText(const QDateTime &at)
{
    const QLocale locale;
    return at.date() == QDate::currentDate() ? locale.toString(at.time(), u"HH:mm:ss"_s)
                                             : locale.toString(at, QLocale::ShortFormat);
}

// The columns of a figures table as wide as their contents, the name column
// (the first) with the room left over: a name is never cut short while the
// figures fit beside it; where they do not, the table scrolls sideways.
class NameColumnFitter : public QObject
{
public:
    explicit NameColumnFitter(QTableView *table)
        : QObject(table)
        , m_table(table)
    {
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        table->horizontalHeader()->setStretchLastSection(false);
        table->viewport()->installEventFilter(this);
        QAbstractItemModel *model = table->model();
        connect(model, &QAbstractItemModel::modelReset, this, &NameColumnFitter::fit);
        connect(model, &QAbstractItemModel::layoutChanged, this, &NameColumnFitter::fit);
        connect(model, &QAbstractItemModel::rowsInserted, this, &NameColumnFitter::fit);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &NameColumnFitter::fit);
        connect(model, &QAbstractItemModel::dataChanged, this, &NameColumnFitter::fit);
        connect(model, &QAbstractItemModel::headerDataChanged, this, &NameColumnFitter::fit);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize || event->type() == QEvent::Show ||
            event->type() == QEvent::FontChange)
            fit();
        return QObject::eventFilter(watched, event);
    }

    void fit()
    {
        QHeaderView *header = m_table->horizontalHeader();
        const int count = header->count();
        if (count == 0)
            return;
        const QAbstractItemView *view = m_table; // QTableView's sizeHintForColumn is protected
        QList<int> widths;
        int total = 0;
        for (int column = 0; column < count; ++column) {
            widths.append(
                std::max(view->sizeHintForColumn(column), header->sectionSizeHint(column)));
            total += widths.last();
        }
        widths[0] += std::max(0, m_table->viewport()->width() - total);
        for (int column = 0; column < count; ++column) {
            if (header->sectionSize(column) != widths.at(column))
                header->resizeSection(column, widths.at(column));
        }
    }

private:
    QTableView *m_table;
};

QTableView *figuresTable(QAbstractItemModel *model, const QString &name, const QString &empty,
                         QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    // Rows of figures as dense as a spreadsheet's: a service more in sight.
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + Theme::kSpacing);
    new NameColumnFitter(table);
    table->setMinimumHeight(96);
    EmptyStateHint::install(table, empty);
    return table;
}

} // namespace

StatisticsWorkspace::StatisticsWorkspace(StatisticsBoard *board, QWidget *parent)
    : QWidget(parent)
    , m_board(board)
    , m_services(new ServiceFiguresModel(this))
    , m_counters(new CounterFiguresModel(this))
{
    setObjectName(u"statisticsWorkspace"_s);

    // The title, how current the figures are, and what to do with them.
    auto *title = new QLabel(tr("Statistics"), this);
    Theme::setTextRole(title, Theme::TextRole::Title);
    m_status = new QLabel(this);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);
    m_refresh = compactButton(tr("&Refresh"), QKeySequence(Qt::Key_F5), this);
    m_refresh->setObjectName(u"refreshButton"_s);
    m_refresh->setIcon(Theme::icon(Theme::Icon::Refresh));
    m_export = actionButton(tr("E&xport…"), QKeySequence(QKeySequence::Save), this);
    m_export->setObjectName(u"exportButton"_s);
    m_export->setIcon(Theme::icon(Theme::Icon::Save));
    m_export->setToolTip(tr("The period's figures as a spreadsheet (XLSX, CSV) or a PDF report."));
    m_print = actionButton(tr("&Print…"), QKeySequence(QKeySequence::Print), this);
    m_print->setObjectName(u"printButton"_s);
    m_print->setIcon(Theme::icon(Theme::Icon::Print));
    m_print->setToolTip(tr("Prints the figures as they are shown."));
    m_whatIf = actionButton(tr("What &if…"), QKeySequence(), this);
    m_whatIf->setObjectName(u"whatIfButton"_s);
    m_whatIf->setToolTip(tr("Plays the office's days of the period again with other counters "
                            "per hour, under each way of calling; suggests the fewest counters "
                            "for the wait target."));

    // Which figures: office, period, its days, how they are grouped.
    m_office = new QComboBox(this);
    m_office->setObjectName(u"officeBox"_s);
    m_office->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *officeLabel = new QLabel(tr("Offi&ce:"), this);
    officeLabel->setBuddy(m_office);
    m_range = new QComboBox(this);
    m_range->setObjectName(u"rangeBox"_s);
    m_range->addItem(tr("Today"), int(Range::Today));
    m_range->addItem(tr("Yesterday"), int(Range::Yesterday));
    m_range->addItem(tr("This week"), int(Range::ThisWeek));
    m_range->addItem(tr("Last 8 weeks"), int(Range::LastEightWeeks));
    m_range->addItem(tr("Last month"), int(Range::LastMonth));
    m_range->addItem(tr("This year"), int(Range::ThisYear));
    m_range->addItem(tr("Choose dates"), int(Range::Custom));
    auto *rangeLabel = new QLabel(tr("&Period:"), this);
    rangeLabel->setBuddy(m_range);
    m_from = new QDateEdit(this);
    m_from->setObjectName(u"fromDate"_s);
    m_from->setCalendarPopup(true);
    m_from->setMaximumDate(QDate::currentDate());
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    m_to = new QDateEdit(this);
    m_to->setObjectName(u"toDate"_s);
    m_to->setCalendarPopup(true);
    m_to->setMaximumDate(QDate::currentDate());
    auto *toLabel = new QLabel(tr("&Until:"), this);
    toLabel->setBuddy(m_to);
    m_grouping = new QComboBox(this);
    m_grouping->setObjectName(u"groupingBox"_s);
    m_grouping->addItem(tr("Hour"), int(Grouping::Hour));
    m_grouping->addItem(tr("Day"), int(Grouping::Day));
    m_grouping->addItem(tr("Week"), int(Grouping::Week));
    m_grouping->addItem(tr("Month"), int(Grouping::Month));
    m_grouping->addItem(tr("Weekday"), int(Grouping::Weekday));
    auto *groupingLabel = new QLabel(tr("&Group by:"), this);
    groupingLabel->setBuddy(m_grouping);

    m_busy = new QProgressBar(this);
    m_busy->setObjectName(u"exportProgress"_s);
    m_busy->setRange(0, 0); // busy: how long the server takes is not known
    m_busy->setMaximumWidth(160);
    m_busy->setAccessibleName(tr("Export in progress"));
    m_busy->hide();
    m_feedback = new FeedbackLine(this);
    m_feedback->setObjectName(u"feedback"_s);

    // The figures: tiles, a chart and a heat map, services and counters.
    m_figuresPage = new QWidget(this);
    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(Theme::kSpacing);
    const auto addTile = [this, tiles](Tile tile, const QString &name, const QString &caption) {
        m_tiles.insert(tile, makeTile(tile, name, caption));
        tiles->addWidget(m_tiles.value(tile).frame, 1);
    };
    addTile(Tile::WaitingNow, u"waitingNow"_s, tr("Waiting now"));
    addTile(Tile::LongestWaitNow, u"longestWaitNow"_s, tr("Longest wait now"));
    addTile(Tile::Issued, u"issued"_s, tr("Tickets"));
    addTile(Tile::Served, u"served"_s, tr("Served"));
    addTile(Tile::NoShowRate, u"noShowRate"_s, tr("Did not come"));
    addTile(Tile::ServiceLevel, u"serviceLevel"_s, tr("Service level"));
    addTile(Tile::MeanWait, u"meanWait"_s, tr("Mean wait"));
    addTile(Tile::MedianWait, u"medianWait"_s, tr("Median wait"));
    addTile(Tile::P90Wait, u"p90Wait"_s, tr("9 in 10 waited at most"));
    m_tiles.value(Tile::NoShowRate)
        .frame->setToolTip(tr("Of the visitors called, the share who did not come."));
    m_tiles.value(Tile::ServiceLevel)
        .frame->setToolTip(tr("Of the visitors called, the share called within the office's "
                              "wait target."));
    m_tiles.value(Tile::MedianWait)
        .frame->setToolTip(tr("Half of the visitors waited at most this long."));

    m_chart = new FigureChart(m_figuresPage);
    m_chart->setObjectName(u"figureChart"_s);
    m_heatBox = new QGroupBox(tr("Weekday and hour"), m_figuresPage);
    m_heatBox->setObjectName(u"heatMapBox"_s);
    m_heatMeasure = new QComboBox(m_heatBox);
    m_heatMeasure->setObjectName(u"heatMeasureBox"_s);
    m_heatMeasure->addItem(tr("Mean wait"), int(HeatMapWidget::Measure::MeanWait));
    m_heatMeasure->addItem(tr("Visitors per day"), int(HeatMapWidget::Measure::Arrivals));
    auto *measureLabel = new QLabel(tr("Colo&ur by:"), m_heatBox);
    measureLabel->setBuddy(m_heatMeasure);
    m_heatMap = new HeatMapWidget(m_heatBox);
    auto *measureRow = new QHBoxLayout;
    measureRow->addWidget(measureLabel);
    measureRow->addWidget(m_heatMeasure);
    measureRow->addStretch();
    auto *heatLayout = new QVBoxLayout(m_heatBox);
    heatLayout->addLayout(measureRow);
    heatLayout->addWidget(m_heatMap, 1);

    auto *serviceBox = new QGroupBox(tr("Per service"), m_figuresPage);
    m_serviceTable =
        figuresTable(m_services, u"serviceTable"_s, tr("No service was asked for."), serviceBox);
    m_serviceTable->setAccessibleName(tr("Figures per service"));
    (new QVBoxLayout(serviceBox))->addWidget(m_serviceTable);
    auto *counterBox = new QGroupBox(tr("Per counter"), m_figuresPage);
    m_counterTable = figuresTable(m_counters, u"counterTable"_s,
                                  tr("No counter has served anyone."), counterBox);
    m_counterTable->setAccessibleName(tr("Figures per counter"));
    m_counterHint = m_counterTable->findChild<EmptyStateHint *>();
    // Where an office keeps them off, say so: an empty table would read as idle.
    m_counterNote = new QLabel(counterBox);
    m_counterNote->setObjectName(u"counterNote"_s);
    m_counterNote->setWordWrap(true);
    Theme::setTone(m_counterNote, Theme::Tone::Muted);
    m_counterNote->hide();
    auto *counterLayout = new QVBoxLayout(counterBox);
    counterLayout->addWidget(m_counterTable);
    counterLayout->addWidget(m_counterNote);

    auto *middle = new QHBoxLayout;
    middle->addWidget(m_chart, 3);
    middle->addWidget(m_heatBox, 2);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(serviceBox, 3);
    bottom->addWidget(counterBox, 2);
    auto *figures = new QVBoxLayout(m_figuresPage);
    figures->setContentsMargins(0, 0, 0, 0);
    figures->addLayout(tiles);
    // The chart and the tables share the height: each table shows some rows,
    // the heat map's rows (and its legend) a little more.
    figures->addLayout(middle, 6);
    figures->addLayout(bottom, 5);

    // Instead of figures: why there are none.
    auto *emptyPage = new QWidget(this);
    m_emptyTitle = new QLabel(emptyPage);
    m_emptyTitle->setObjectName(u"emptyTitle"_s);
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyTitle->setWordWrap(true);
    Theme::setTextRole(m_emptyTitle, Theme::TextRole::Subtitle);
    m_emptyText = new QLabel(emptyPage);
    m_emptyText->setObjectName(u"emptyText"_s);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    Theme::setTone(m_emptyText, Theme::Tone::Muted);
    // Early in the day, the weeks before have the figures worth a look.
    m_showEightWeeks = new QPushButton(tr("Show the &last 8 weeks"), emptyPage);
    m_showEightWeeks->setObjectName(u"showEightWeeksButton"_s);
    m_showEightWeeks->setAutoDefault(true); // Enter presses it once it has the focus
    m_showEightWeeks->hide();
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addSpacing(Theme::kSpacing);
    emptyLayout->addWidget(m_showEightWeeks, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_figuresPage);
    m_stack->addWidget(emptyPage);

    auto *head = new QHBoxLayout;
    head->addWidget(title);
    head->addSpacing(Theme::kSpacingLarge);
    head->addWidget(m_status, 1);
    head->addWidget(m_refresh);
    head->addWidget(m_export);
    head->addWidget(m_print);
    head->addWidget(m_whatIf);
    auto *choosers = new QHBoxLayout;
    for (QWidget *widget :
         std::initializer_list<QWidget *>{officeLabel, m_office, rangeLabel, m_range, fromLabel,
                                          m_from, toLabel, m_to, groupingLabel, m_grouping}) {
        choosers->addWidget(widget);
        if (qobject_cast<QLabel *>(widget) == nullptr)
            choosers->addSpacing(Theme::kSpacingLarge);
    }
    choosers->addStretch();
    auto *messages = new QHBoxLayout;
    messages->addWidget(m_busy);
    messages->addWidget(m_feedback, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::kPageMargin, Theme::kSpacingLarge, Theme::kPageMargin,
                               Theme::kSpacingLarge);
    layout->addLayout(head);
    layout->addLayout(choosers);
    layout->addWidget(m_stack, 1);
    layout->addLayout(messages); // the message line at the bottom, as in every workspace

    // The keyboard's order: choose, then act, then read the tables.
    setTabOrder(m_office, m_range);
    setTabOrder(m_range, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_grouping);
    setTabOrder(m_grouping, m_showEightWeeks); // the next choice, where offered
    setTabOrder(m_showEightWeeks, m_refresh);
    setTabOrder(m_refresh, m_export);
    setTabOrder(m_export, m_print);
    setTabOrder(m_print, m_whatIf);
    setTabOrder(m_whatIf, m_heatMeasure);
    setTabOrder(m_heatMeasure, m_serviceTable);
    setTabOrder(m_serviceTable, m_counterTable);
    setFocusProxy(m_range);

    bindKey(this, m_refresh, QKeySequence(Qt::Key_F5), tr("Refresh the figures"));
    bindKey(this, m_export, QKeySequence(QKeySequence::Save), tr("Export the figures"));
    bindKey(this, m_print, QKeySequence(QKeySequence::Print), tr("Print the figures"));

    connect(m_refresh, &QPushButton::clicked, m_board, &StatisticsBoard::refresh);
    connect(m_export, &QPushButton::clicked, this, &StatisticsWorkspace::chooseExport);
    connect(m_print, &QPushButton::clicked, this, &StatisticsWorkspace::print);
    connect(m_whatIf, &QPushButton::clicked, this, &StatisticsWorkspace::openWhatIf);
    connect(m_office, &QComboBox::currentIndexChanged, this, [this] {
        m_officeChosen = true;
        QSettings().setValue(kOfficeSetting, m_office->currentData().toString());
        applyQuery();
    });
    connect(m_range, &QComboBox::currentIndexChanged, this, &StatisticsWorkspace::rangeChosen);
    connect(m_showEightWeeks, &QPushButton::clicked, this, [this] {
        // The focus to the period, which now says what is shown, before the button goes.
        if (m_showEightWeeks->hasFocus())
            m_range->setFocus(Qt::OtherFocusReason);
        m_range->setCurrentIndex(m_range->findData(int(Range::LastEightWeeks)));
    });
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this, edit] {
            // The other end follows, so that the days stay in order and within a year.
            const QSignalBlocker fromBlocker(m_from);
            const QSignalBlocker toBlocker(m_to);
            if (m_from->date() > m_to->date())
                (edit == m_from ? m_to : m_from)->setDate(edit->date());
            if (dayCount({m_from->date(), m_to->date()}) > kMaximumDays) {
                if (edit == m_from)
                    m_to->setDate(m_from->date().addDays(kMaximumDays - 1));
                else
                    m_from->setDate(m_to->date().addDays(1 - kMaximumDays));
            }
            updateGroupingChoice();
            applyQuery();
        });
    }
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &StatisticsWorkspace::applyQuery);
    connect(m_heatMeasure, &QComboBox::currentIndexChanged, this, [this] {
        m_heatMap->setMeasure(HeatMapWidget::Measure(m_heatMeasure->currentData().toInt()));
    });
    connect(m_board, &StatisticsBoard::updated, this, &StatisticsWorkspace::render);
    connect(m_board, &StatisticsBoard::officesChanged, this, [this] {
        const QString before = m_office->currentData().toString();
        fillOffices();
        if (m_office->currentData().toString() != before)
            applyQuery();
    });

    fillOffices();
    rangeChosen();
}

StatisticsWorkspace::TileWidgets StatisticsWorkspace::makeTile(Tile, const QString &name,
                                                               const QString &caption)
{
    TileWidgets tile;
    tile.frame = new QFrame(this);
    tile.frame->setObjectName(name + u"Tile"_s);
    tile.frame->setFrameShape(QFrame::StyledPanel);
    tile.frame->setMinimumWidth(104);
    tile.caption = new QLabel(caption, tile.frame);
    tile.caption->setWordWrap(true);
    Theme::setTone(tile.caption, Theme::Tone::Muted);
    tile.value = new QLabel(tile.frame);
    tile.value->setObjectName(name + u"Value"_s);
    Theme::setTextRole(tile.value, Theme::TextRole::Title);
    tile.value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    tile.note = new QLabel(tile.frame);
    tile.note->setObjectName(name + u"Note"_s);
    tile.note->setWordWrap(true);
    Theme::setTextRole(tile.note, Theme::TextRole::Small);
    Theme::setTone(tile.note, Theme::Tone::Muted);
    auto *layout = new QVBoxLayout(tile.frame);
    layout->setContentsMargins(Theme::kSpacing, Theme::kSpacingSmall, Theme::kSpacing,
                               Theme::kSpacingSmall);
    layout->setSpacing(0);
    layout->addWidget(tile.caption);
    layout->addWidget(tile.value);
    layout->addWidget(tile.note);
    layout->addStretch();
    return tile;
}

void StatisticsWorkspace::setTile(Tile tile, const QString &value, const QString &note)
{
    const TileWidgets widgets = m_tiles.value(tile);
    widgets.value->setText(value);
    widgets.note->setText(note);
    widgets.note->setVisible(!note.isEmpty());
    widgets.frame->setAccessibleName(widgets.caption->text() + u": "_s + value);
}

QString StatisticsWorkspace::tileText(Tile tile) const
{
    const TileWidgets widgets = m_tiles.value(tile);
    return widgets.frame && widgets.frame->isVisibleTo(this) &&
                   m_stack->currentWidget() == m_figuresPage
               ? widgets.value->text()
               : QString();
}

QString StatisticsWorkspace::statusText() const
{
    return m_status->text();
}

QString StatisticsWorkspace::emptyText() const
{
    if (m_stack->currentWidget() == m_figuresPage)
        return {};
    return m_emptyText->text().isEmpty() ? m_emptyTitle->text()
                                         : m_emptyTitle->text() + u"\n"_s + m_emptyText->text();
}

QString StatisticsWorkspace::feedbackText() const
{
    return m_feedback->text();
}

void StatisticsWorkspace::fillOffices()
{
    // The office chosen here before (remembered on this computer), else the first.
    const QString wanted = m_officeChosen ? m_office->currentData().toString()
                                          : QSettings().value(kOfficeSetting).toString();
    const bool remembered = m_officeChosen || QSettings().contains(kOfficeSetting);
    const QSignalBlocker blocker(m_office);
    m_office->clear();
    for (const Office &office : m_board->offices())
        m_office->addItem(office.name, office.officeId);
    // City-wide: every office the user may see, never live.
    m_office->addItem(tr("All offices"), QString());
    const int row = m_office->findData(wanted);
    m_office->setCurrentIndex(remembered && row >= 0 ? row : 0);
}

void StatisticsWorkspace::rangeChosen()
{
    const auto range = Range(m_range->currentData().toInt());
    {
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        const QDate today = QDate::currentDate();
        m_from->setMaximumDate(today);
        m_to->setMaximumDate(today);
        if (range != Range::Custom) {
            const DateRange days = datesOf(range, today);
            m_from->setDate(days.from);
            m_to->setDate(days.to);
        }
        m_from->setEnabled(range == Range::Custom);
        m_to->setEnabled(range == Range::Custom);
    }
    {
        // A period reads best in its own grouping: the day by hour, the year by month.
        const QSignalBlocker blocker(m_grouping);
        const Grouping suitable = suitableGrouping({m_from->date(), m_to->date()});
        m_grouping->setCurrentIndex(m_grouping->findData(int(suitable)));
    }
    updateGroupingChoice();
    applyQuery();
}

void StatisticsWorkspace::updateGroupingChoice()
{
    // Hours at most for a month (the server's limit).
    const bool hoursAllowed = dayCount({m_from->date(), m_to->date()}) <= kMaximumHourDays;
    auto *items = qobject_cast<QStandardItemModel *>(m_grouping->model());
    if (QStandardItem *hour =
            items ? items->item(m_grouping->findData(int(Grouping::Hour))) : nullptr)
        hour->setEnabled(hoursAllowed);
    if (!hoursAllowed && Grouping(m_grouping->currentData().toInt()) == Grouping::Hour) {
        const QSignalBlocker blocker(m_grouping);
        m_grouping->setCurrentIndex(m_grouping->findData(int(Grouping::Day)));
    }
}

void StatisticsWorkspace::applyQuery()
{
    StatisticsBoard::Query query;
    query.officeId = m_office->currentData().toString();
    query.range = Range(m_range->currentData().toInt());
    query.custom = {m_from->date(), m_to->date()};
    query.grouping = Grouping(m_grouping->currentData().toInt());
    m_board->setQuery(query);
    // Today of one office is the live day: by hour, nothing to group.
    m_grouping->setEnabled(!m_board->isDayQuery());
}

void StatisticsWorkspace::render()
{
    m_showEightWeeks->hide(); // only the empty today offers it (see renderDay)
    switch (m_board->shown()) {
    case StatisticsBoard::Shown::Nothing:
        m_stack->setCurrentIndex(1);
        if (!m_board->problem().isEmpty()) {
            m_emptyTitle->setText(tr("No figures"));
            m_emptyText->setText(m_board->problem());
        } else {
            m_emptyTitle->setText(tr("Loading the figures…"));
            m_emptyText->clear();
        }
        m_services->setServices({});
        m_counters->setCounters({});
        break;
    case StatisticsBoard::Shown::Day:
        renderDay(*m_board->day());
        break;
    case StatisticsBoard::Shown::Period:
        renderPeriod(*m_board->period());
        break;
    }
    updateStatus();
    m_export->setEnabled(!m_exporting);
    m_print->setEnabled(m_board->shown() != StatisticsBoard::Shown::Nothing);
    // One office's days: a city's offices have counters of their own.
    m_whatIf->setEnabled(!m_board->query().officeId.isEmpty());
}

void StatisticsWorkspace::openWhatIf()
{
    if (m_board->query().officeId.isEmpty())
        return;
    const Statistics::DateRange days = m_board->dates();
    auto *dialog =
        new WhatIfDialog(m_board->whatIf(), {m_board->query().officeId, days.from, days.to, 0},
                         m_office->currentText(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void StatisticsWorkspace::renderTotals(const Figures &totals, int waitTargetMinutes)
{
    setTile(Tile::Issued, countText(totals.issued),
            totals.open > 0 ? tr("%1 still open").arg(countText(totals.open)) : QString());
    setTile(Tile::Served, countText(totals.served),
            tr("of %1 tickets").arg(countText(totals.issued)));
    setTile(Tile::NoShowRate, percentText(totals.noShowRate()),
            totals.served + totals.noShow > 0
                ? tr("%1 of %2 called")
                      .arg(countText(totals.noShow), countText(totals.served + totals.noShow))
                : QString());
    setTile(Tile::ServiceLevel, percentText(totals.serviceLevel),
            waitTargetMinutes > 0 ? tr("called within %1 min").arg(waitTargetMinutes) : QString());
    setTile(Tile::MeanWait, minutesText(totals.wait.mean));
    setTile(Tile::MedianWait, minutesText(totals.wait.median));
    setTile(Tile::P90Wait, minutesText(totals.wait.p90));
}

void StatisticsWorkspace::renderDay(const Day &day)
{
    // The day is always today: the server's, of the office chosen.
    if (day.totals.isEmpty()) {
        m_stack->setCurrentIndex(1);
        m_emptyTitle->setText(tr("No visitors yet today"));
        m_emptyText->setText(
            tr("The figures appear here as soon as the first ticket of the day is drawn."));
        m_showEightWeeks->show();
        m_services->setServices({});
        m_counters->setCounters({});
        return;
    }
    m_stack->setCurrentIndex(0);
    for (const Tile tile : {Tile::WaitingNow, Tile::LongestWaitNow})
        m_tiles.value(tile).frame->setVisible(true);
    for (const Tile tile : {Tile::Issued, Tile::P90Wait})
        m_tiles.value(tile).frame->setVisible(false);
    renderTotals(day.totals, day.waitTargetMinutes);
    setTile(Tile::WaitingNow, day.waiting ? countText(*day.waiting) : u"–"_s,
            day.totals.open > 0 && day.waiting && day.totals.open > *day.waiting
                ? tr("%1 at a counter").arg(countText(day.totals.open - *day.waiting))
                : QString());
    setTile(Tile::LongestWaitNow,
            day.waiting && *day.waiting == 0 ? u"–"_s : minutesText(day.longestWaitNowMinutes));

    // Every hour from the first arrival to the last, the quiet ones too.
    QList<FigureChart::Row> rows;
    if (!day.byHour.isEmpty()) {
        const auto [first, last] = std::minmax_element(
            day.byHour.cbegin(), day.byHour.cend(),
            [](const HourFigures &a, const HourFigures &b) { return a.hour < b.hour; });
        for (int hour = first->hour; hour <= last->hour; ++hour) {
            FigureChart::Row row{tr("%1 h").arg(hour), 0, 0, std::nullopt};
            for (const HourFigures &figures : day.byHour) {
                if (figures.hour == hour)
                    row = {row.label, figures.arrivals, figures.served, figures.wait.mean};
            }
            rows.append(row);
        }
    }
    m_chart->setRows(tr("Arrivals and served per hour, with the mean wait"), tr("Arrivals"),
                     tr("Served"), rows);
    m_heatBox->hide();
    m_services->setServices(day.byService);
    m_counters->setCounters(day.byCounter);
    showCounterFiguresKeptOff(day.counterFigures ? QStringList()
                                                 : QStringList{m_office->currentText()});
}

void StatisticsWorkspace::showCounterFiguresKeptOff(const QStringList &offices)
{
    const QString keptOff =
        offices.isEmpty()
            ? QString()
            : tr("No figures per counter for %1: kept off by agreement with the staff council.")
                  .arg(QLocale().createSeparatedList(offices));
    if (m_counterHint)
        m_counterHint->setText(keptOff.isEmpty() ? tr("No counter has served anyone.") : keptOff);
    // Beside other offices' counters, as a line under them.
    m_counterNote->setText(keptOff);
    m_counterNote->setVisible(!keptOff.isEmpty() && m_counters->rowCount() > 0);
}

void StatisticsWorkspace::renderPeriod(const Period &period)
{
    if (period.totals.isEmpty()) {
        m_stack->setCurrentIndex(1);
        m_emptyTitle->setText(tr("No visitors in this period"));
        m_emptyText->setText(tr("%1 to %2")
                                 .arg(QLocale().toString(period.from, QLocale::ShortFormat),
                                      QLocale().toString(period.to, QLocale::ShortFormat)));
        m_services->setServices({});
        m_counters->setCounters({});
        return;
    }
    m_stack->setCurrentIndex(0);
    for (const Tile tile : {Tile::WaitingNow, Tile::LongestWaitNow})
        m_tiles.value(tile).frame->setVisible(false);
    for (const Tile tile : {Tile::Issued, Tile::P90Wait})
        m_tiles.value(tile).frame->setVisible(true);
    // One target for several offices only when they share it.
    int target = period.offices.isEmpty() ? 0 : period.offices.first().waitTargetMinutes;
    for (const Office &office : period.offices) {
        if (office.waitTargetMinutes != target)
            target = 0;
    }
    renderTotals(period.totals, target);

    const bool oneDay = period.from == period.to;
    // Weeks ("2026-W48") or days ("2026-11-30") of one year: the week's
    // number, the day and month say enough.
    const bool oneYear =
        std::all_of(period.groups.cbegin(), period.groups.cend(), [&period](const Group &group) {
            return group.key.left(4) == period.groups.first().key.left(4);
        });
    QList<FigureChart::Row> rows;
    for (const Group &group : period.groups) {
        // Hours of one day: the hour says enough.
        QString label = groupLabel(period.grouping, group.key);
        if (oneDay && period.grouping == Grouping::Hour)
            label = tr("%1 h").arg(group.key.mid(11).toInt());
        else if (oneYear && period.grouping == Grouping::Week && group.key.indexOf(u'W') > 0)
            label = tr("Wk %1").arg(group.key.mid(group.key.indexOf(u'W') + 1).toInt());
        else if (const QDate date = QDate::fromString(group.key, Qt::ISODate);
                 oneYear && period.grouping == Grouping::Day && date.isValid())
            label = QLocale().toString(date, tr("d/M", "a day of the chart: its format"));
        rows.append({label, group.figures.issued, group.figures.served, group.figures.wait.mean});
    }
    QString title;
    switch (period.grouping) {
    case Grouping::Hour:
        title = tr("Tickets and served per hour, with the mean wait");
        break;
    case Grouping::Day:
        title = tr("Tickets and served per day, with the mean wait");
        break;
    case Grouping::Week:
        title = tr("Tickets and served per week, with the mean wait");
        break;
    case Grouping::Month:
        title = tr("Tickets and served per month, with the mean wait");
        break;
    case Grouping::Weekday:
        title = tr("Tickets and served per weekday, with the mean wait");
        break;
    }
    m_chart->setRows(title, tr("Tickets"), tr("Served"), rows);
    m_heatMap->setCells(period.heatMap, target > 0 ? target : 20);
    m_heatBox->setVisible(!oneDay);
    m_services->setServices(period.byService);
    m_counters->setCounters(period.byCounter);
    showCounterFiguresKeptOff(period.officesWithoutCounterFigures());
}

void StatisticsWorkspace::updateStatus()
{
    const QDateTime at = m_board->fetchedAt();
    QString text;
    Theme::Tone tone = Theme::Tone::Muted;
    if (m_board->shown() == StatisticsBoard::Shown::Nothing) {
        text = m_board->isLoading() ? tr("Loading…") : QString();
    } else if (m_board->isLive()) {
        text = tr("Live · as of %1").arg(timeText(at));
        tone = Theme::Tone::Success;
    } else if (m_board->isDayQuery()) {
        const QString why =
            !m_board->isOnline() ? tr("no connection to the server") : m_board->problem();
        text = why.isEmpty() ? tr("Not live – figures as of %1").arg(timeText(at))
                             : tr("Not live – figures as of %1 (%2)").arg(timeText(at), why);
        tone = Theme::Tone::Warning;
    } else if (!m_board->problem().isEmpty()) {
        text = tr("Figures as of %1 (%2)").arg(timeText(at), m_board->problem());
        tone = Theme::Tone::Warning;
    } else {
        text = tr("Figures as of %1").arg(timeText(at));
    }
    m_status->setText(text);
    Theme::setTone(m_status, tone);
}

QString StatisticsWorkspace::headline() const
{
    const QLocale locale;
    const DateRange days = m_board->dates();
    const QString when = days.from == days.to
                             ? locale.toString(days.from, QLocale::LongFormat)
                             : tr("%1 to %2")
                                   .arg(locale.toString(days.from, QLocale::ShortFormat),
                                        locale.toString(days.to, QLocale::ShortFormat));
    return tr("Statistics – %1 – %2").arg(m_office->currentText(), when);
}

void StatisticsWorkspace::chooseExport()
{
    if (m_exporting)
        return;
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    const QString csv = tr("CSV for spreadsheets (*.csv)");
    const QString pdf = tr("PDF report (*.pdf)");
    const QString folder =
        QSettings()
            .value(kExportFolderSetting,
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    QString chosenFilter = xlsx;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export the figures"),
        QDir(folder).filePath(m_board->suggestedReportName(StatisticsBoard::ReportFormat::Xlsx)),
        QStringList{xlsx, csv, pdf}.join(u";;"_s), &chosenFilter);
    if (path.isEmpty())
        return;
    // The file's ending decides; without a known one, the type chosen in the dialog.
    const QString suffix = QFileInfo(path).suffix().toLower();
    StatisticsBoard::ReportFormat format = chosenFilter == csv ? StatisticsBoard::ReportFormat::Csv
                                           : chosenFilter == pdf
                                               ? StatisticsBoard::ReportFormat::Pdf
                                               : StatisticsBoard::ReportFormat::Xlsx;
    if (suffix == u"csv"_s)
        format = StatisticsBoard::ReportFormat::Csv;
    else if (suffix == u"pdf"_s)
        format = StatisticsBoard::ReportFormat::Pdf;
    else if (suffix == u"xlsx"_s)
        format = StatisticsBoard::ReportFormat::Xlsx;
    else
        path += u"."_s + StatisticsBoard::reportExtension(format);
    QSettings().setValue(kExportFolderSetting, QFileInfo(path).absolutePath());
    exportTo(path, format);
}

void StatisticsWorkspace::exportTo(const QString &path, StatisticsBoard::ReportFormat format,
                                   std::function<void(bool)> done)
{
    m_exporting = true;
    m_export->setEnabled(false);
    m_busy->show();
    m_feedback->showMessage(tr("The server is making the report…"), Theme::Tone::Neutral);
    m_board->fetchReport(
        format, this, [this, path, done = std::move(done)](const ApiResponse &response) {
            m_exporting = false;
            m_busy->hide();
            m_export->setEnabled(true);
            bool written = false;
            if (!response.ok() || response.file.isEmpty()) {
                m_feedback->showProblem(tr("The figures were not exported. %1")
                                            .arg(StatisticsBoard::reportProblem(response)));
            } else {
                QSaveFile file(path);
                written = file.open(QIODevice::WriteOnly) &&
                          file.write(response.file) == response.file.size() && file.commit();
                if (written)
                    m_feedback->showSuccess(
                        tr("The figures were saved as %1.").arg(QDir::toNativeSeparators(path)));
                else
                    m_feedback->showProblem(
                        tr("%1 could not be written: %2")
                            .arg(QDir::toNativeSeparators(path), file.errorString()));
            }
            if (done)
                done(written);
        });
}

void StatisticsWorkspace::printTo(QPagedPaintDevice *device)
{
    QPainter painter(device);
    const QRectF page(0, 0, device->width(), device->height());
    // The header as text (searchable in a PDF), then the view as it is shown.
    QFont headerFont = font();
    headerFont.setPointSizeF(Theme::pointSize(Theme::TextRole::Subtitle));
    headerFont.setBold(true);
    painter.setFont(headerFont);
    const QFontMetricsF metrics(headerFont, device);
    QRectF line(page.left(), page.top(), page.width(), metrics.height() * 1.4);
    painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, headline());
    QFont bodyFont = font();
    painter.setFont(bodyFont);
    line.translate(0, line.height());
    painter.drawText(line, Qt::AlignLeft | Qt::AlignTop, m_status->text());
    const QRectF room(page.left(), line.bottom() + metrics.height() * 0.5, page.width(),
                      page.bottom() - line.bottom() - metrics.height() * 0.5);
    const QPixmap view = m_stack->currentWidget()->grab();
    if (view.isNull() || room.height() <= 0)
        return;
    const QSizeF size = QSizeF(view.size()).scaled(room.size(), Qt::KeepAspectRatio);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawPixmap(QRectF(room.topLeft(), size), view, QRectF(view.rect()));
}

void StatisticsWorkspace::print()
{
    if (m_board->shown() == StatisticsBoard::Shown::Nothing)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(headline());
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the figures"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    printTo(&printer);
    m_feedback->showSuccess(tr("The figures were sent to the printer."));
}
