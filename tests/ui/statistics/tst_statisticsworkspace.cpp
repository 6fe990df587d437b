// The Statistik workspace against a real server with the demo data, as the
// demo's supervisor sees it: the day's tiles from tickets whose times the
// test sets, the day kept live by ticket events, the empty states, the last
// figures kept (not live) offline, periods, the report export and printing;
// and a clerk, who has no such workspace.

#include "core/statistics/statisticsboard.h"
#include "core/statistics/statisticsmodels.h"
#include "modals.h"
#include "server/instance/backend.h"
#include "server/instance/serverinstance.h"
#include "testsupport.h"
#include "ui/common/emptystate.h"
#include "ui/common/feedbackline.h"
#include "ui/shell/mainwindow.h"
#include "ui/statistics/figurechart.h"
#include "ui/statistics/heatmapwidget.h"
#include "ui/statistics/statisticsworkspace.h"
#include "ui/statistics/whatifdialog.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPdfWriter>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;
using Tile = StatisticsWorkspace::Tile;

namespace {
constexpr qint64 kMinute = 60 * 1000;
} // namespace

class tst_StatisticsWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tilesShowTheDay();
    void anOfficeWithoutFiguresPerCounterSaysSo();
    void aTicketEventUpdatesTheDay();
    void aDayWithoutVisitorsSaysSo();
    void anEmptyTodayOffersTheLastEightWeeks();
    void offlineTheLastFiguresStayNotLive();
    void aClerkHasNoStatistics();
    void ctrlSAsksWhereAndExportWritesTheReport();
    void periodsComeFromTheServer();
    void printingPaintsWhatIsShown();
    void theHeatMapColoursTheWaits();
    void theChartsLabelsStayWhole();
    void whatIfPlaysThePeriodAgain();

private:
    QJsonObject post(const QString &path, const QByteArray &body = "{}", int expected = 200);
    // The scene of tilesShowTheDay: A served after 20 minutes, B not come
    // after 22, C still waiting (since 09:15); it is 09:40.
    void playTheMorning();
    // Known visits of the week before this one (of the machine's calendar, as
    // the workspace's periods): on its Tuesday A waits 10 minutes and is
    // served, B waits 15 and does not come, C waits 20 and is served; on its
    // Wednesday D waits 47 and is served. All at Schalter 1 of the Bürgeramt.
    void playLastWeek();
    QDate lastWeeksTuesday() const;
    void openWorkspace();
    QString tile(Tile which) const { return m_workspace->tileText(which); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerInstance> m_server;
    std::unique_ptr<TestSupport::HttpClient> m_http;
    QByteArray m_clerkToken;
    QByteArray m_supervisorToken;
    std::unique_ptr<TestSupport::SyncedClient> m_supervisor;
    std::unique_ptr<StatisticsBoard> m_board;
    std::unique_ptr<StatisticsWorkspace> m_workspace;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_modelTesters;
    QDate m_day;
    qint64 m_nine = 0;
    qint64 m_now = 0;
};

void tst_StatisticsWorkspace::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCoreApplication::setOrganizationName(u"TresenTest"_s);
    QCoreApplication::setApplicationName(u"tst_statisticsworkspace"_s);
    FeedbackLine::setDefaultFadeAfter(std::chrono::minutes(10)); // read, not faded
    // A Tuesday three weeks ahead: no demo ticket, appointment or history on it.
    m_day = TestSupport::mondayWeeksAhead(3).addDays(1);
    // 09:00 in the offices' time zone, whatever the zone of the machine.
    m_nine = QDateTime(m_day, QTime(9, 0), QTimeZone(QByteArrayLiteral("Europe/Berlin")))
                 .toMSecsSinceEpoch();
}

void tst_StatisticsWorkspace::init()
{
    QSettings().remove(u"statistics"_s); // the first office, as on a first start
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_server = TestSupport::startDemoServer(*m_dir, &error);
    QVERIFY2(m_server, qPrintable(error));
    // The server's day is the test's: its clock stands until the test moves it.
    m_now = m_nine;
    m_server->backend().clock = [this] { return m_now; };
    m_http = std::make_unique<TestSupport::HttpClient>(QUrl(m_server->baseUrl()));
    m_clerkToken = m_http->login(u"mueller"_s, u"demo"_s);
    m_supervisorToken = m_http->login(u"weber"_s, u"demo"_s);
    QVERIFY(!m_clerkToken.isEmpty() && !m_supervisorToken.isEmpty());
    m_supervisor = TestSupport::SyncedClient::connect(
        QUrl(m_server->baseUrl()), u"weber"_s, u"demo"_s, m_dir->filePath(u"weber.db"_s), &error);
    QVERIFY2(m_supervisor, qPrintable(error));
}

void tst_StatisticsWorkspace::cleanup()
{
    m_modelTesters.clear();
    m_workspace.reset();
    m_board.reset();
    m_supervisor.reset();
    m_http.reset();
    m_server.reset();
    m_dir.reset();
}

QJsonObject tst_StatisticsWorkspace::post(const QString &path, const QByteArray &body, int expected)
{
    const TestSupport::HttpResult result = m_http->send("POST", path, body, m_clerkToken);
    if (result.status != expected)
        qWarning("%s: %d %s", qPrintable(path), result.status, result.body.constData());
    return result.status == expected ? result.json.toObject() : QJsonObject();
}

void tst_StatisticsWorkspace::playTheMorning()
{
    // 09:00, 09:10 and 09:15 three visitors of the same service draw tickets.
    m_now = m_nine;
    const QString a = post(u"/api/v1/tickets"_s, R"({"serviceId":"1"})", 201)[u"id"_s].toString();
    m_now = m_nine + 10 * kMinute;
    const QString b = post(u"/api/v1/tickets"_s, R"({"serviceId":"1"})", 201)[u"id"_s].toString();
    m_now = m_nine + 15 * kMinute;
    QVERIFY(!post(u"/api/v1/tickets"_s, R"({"serviceId":"1"})", 201).isEmpty());
    // 09:20 A is called (waited 20 minutes) and served until 09:31; 09:32 B
    // is called (waited 22), called again, and does not come.
    m_now = m_nine + 20 * kMinute;
    QCOMPARE(post(u"/api/v1/counters/1/call-next"_s)[u"id"_s].toString(), a);
    m_now = m_nine + 21 * kMinute;
    QVERIFY(!post(u"/api/v1/tickets/%1/start"_s.arg(a)).isEmpty());
    m_now = m_nine + 31 * kMinute;
    QVERIFY(!post(u"/api/v1/tickets/%1/finish"_s.arg(a)).isEmpty());
    m_now = m_nine + 32 * kMinute;
    QCOMPARE(post(u"/api/v1/counters/1/call-next"_s)[u"id"_s].toString(), b);
    QVERIFY(!post(u"/api/v1/tickets/%1/recall"_s.arg(b)).isEmpty());
    QVERIFY(!post(u"/api/v1/tickets/%1/no-show"_s.arg(b)).isEmpty());
    m_now = m_nine + 40 * kMinute;
}

QDate tst_StatisticsWorkspace::lastWeeksTuesday() const
{
    const QDate today = QDate::currentDate();
    return today.addDays(1 - today.dayOfWeek() - 7 + 1);
}

void tst_StatisticsWorkspace::playLastWeek()
{
    const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin"));
    const auto at = [&berlin](QDate day, int hour, int minute) {
        return QDateTime(day, QTime(hour, minute), berlin).toMSecsSinceEpoch();
    };
    const QDate tuesday = lastWeeksTuesday();
    m_now = at(tuesday, 9, 0);
    const QString a = post(u"/api/v1/tickets"_s, R"({"serviceId":"1"})", 201)[u"id"_s].toString();
    m_now = at(tuesday, 9, 5);
    const QString b = post(u"/api/v1/tickets"_s, R"({"serviceId":"1"})", 201)[u"id"_s].toString();
    m_now = at(tuesday, 9, 10);
    const QString c = post(u"/api/v1/tickets"_s, R"({"serviceId":"1"})", 201)[u"id"_s].toString();
    QCOMPARE(post(u"/api/v1/counters/1/call-next"_s)[u"id"_s].toString(), a);
    m_now = at(tuesday, 9, 11);
    QVERIFY(!post(u"/api/v1/tickets/%1/start"_s.arg(a)).isEmpty());
    m_now = at(tuesday, 9, 20);
    QVERIFY(!post(u"/api/v1/tickets/%1/finish"_s.arg(a)).isEmpty());
    QCOMPARE(post(u"/api/v1/counters/1/call-next"_s)[u"id"_s].toString(), b);
    QVERIFY(!post(u"/api/v1/tickets/%1/recall"_s.arg(b)).isEmpty());
    QVERIFY(!post(u"/api/v1/tickets/%1/no-show"_s.arg(b)).isEmpty());
    m_now = at(tuesday, 9, 30);
    QCOMPARE(post(u"/api/v1/counters/1/call-next"_s)[u"id"_s].toString(), c);
    QVERIFY(!post(u"/api/v1/tickets/%1/start"_s.arg(c)).isEmpty());
    m_now = at(tuesday, 9, 40);
    QVERIFY(!post(u"/api/v1/tickets/%1/finish"_s.arg(c)).isEmpty());

    const QDate wednesday = tuesday.addDays(1);
    m_now = at(wednesday, 9, 0);
    const QString d = post(u"/api/v1/tickets"_s, R"({"serviceId":"1"})", 201)[u"id"_s].toString();
    m_now = at(wednesday, 9, 47);
    QCOMPARE(post(u"/api/v1/counters/1/call-next"_s)[u"id"_s].toString(), d);
    QVERIFY(!post(u"/api/v1/tickets/%1/start"_s.arg(d)).isEmpty());
    m_now = at(wednesday, 9, 55);
    QVERIFY(!post(u"/api/v1/tickets/%1/finish"_s.arg(d)).isEmpty());
    m_now = m_nine; // back to the test's today, before its first ticket
}

void tst_StatisticsWorkspace::openWorkspace()
{
    m_board = std::make_unique<StatisticsBoard>(
        m_supervisor->client.get(), m_supervisor->store.get(), m_supervisor->sync.get());
    m_workspace = std::make_unique<StatisticsWorkspace>(m_board.get());
    for (const char *table : {"serviceTable", "counterTable"})
        m_modelTesters.push_back(std::make_unique<QAbstractItemModelTester>(
            m_workspace->findChild<QTableView *>(QString::fromLatin1(table))->model(),
            QAbstractItemModelTester::FailureReportingMode::QtTest));
    m_workspace->resize(1200, 760);
    m_workspace->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_workspace.get()));
}

void tst_StatisticsWorkspace::tilesShowTheDay()
{
    playTheMorning();
    const QJsonObject day =
        m_http->get(u"/api/v1/statistics/daily?officeId=1"_s, m_supervisorToken).json.toObject();
    const int target = day[u"waitTargetMinutes"_s].toInt();
    QVERIFY(target > 0);

    openWorkspace();
    // The first office, today: the day, live.
    auto *office = m_workspace->findChild<QComboBox *>(u"officeBox"_s);
    QCOMPARE(office->currentText(), u"Bürgeramt Mitte"_s);
    QCOMPARE(office->itemText(office->count() - 1), u"All offices"_s);
    QVERIFY(m_board->isDayQuery());
    QTRY_COMPARE(m_board->shown(), StatisticsBoard::Shown::Day);
    QCOMPARE(m_board->day()->date, m_day); // the server's today
    QVERIFY2(m_workspace->emptyText().isEmpty(), qPrintable(m_workspace->emptyText()));

    QCOMPARE(tile(Tile::Served), u"1"_s);
    QCOMPARE(tile(Tile::NoShowRate), u"50 %"_s); // B of the two called
    QCOMPARE(tile(Tile::MeanWait), u"21,0 min"_s);
    QCOMPARE(tile(Tile::MedianWait), u"20,0 min"_s); // nearest rank: the first of two
    QCOMPARE(tile(Tile::ServiceLevel), u"%1 %"_s.arg(((20 <= target) + (22 <= target)) * 100 / 2));
    QVERIFY(tile(Tile::Issued).isEmpty()); // of periods, not shown for the day
    // Waiting now: C, for 25 minutes at 09:40 (the server's live members).
    QCOMPARE(tile(Tile::WaitingNow), u"1"_s);
    QCOMPARE(tile(Tile::LongestWaitNow), u"25,0 min"_s);
    QVERIFY2(m_workspace->statusText().startsWith(u"Live · as of "_s),
             qPrintable(m_workspace->statusText()));

    // Per service: the three of Personalausweis (named from the cache if not by
    // the server); per counter: Schalter 1 served one.
    const auto *services = m_workspace->findChild<QTableView *>(u"serviceTable"_s)->model();
    QCOMPARE(services->rowCount(), 1);
    QCOMPARE(services->index(0, ServiceFiguresModel::NameColumn).data().toString(),
             u"Personalausweis beantragen"_s);
    QCOMPARE(services->index(0, ServiceFiguresModel::IssuedColumn).data().toString(), u"3"_s);
    QCOMPARE(services->index(0, ServiceFiguresModel::NoShowColumn).data().toString(), u"1"_s);
    const auto *counters = m_workspace->findChild<QTableView *>(u"counterTable"_s)->model();
    QCOMPARE(counters->rowCount(), 1);
    QCOMPARE(counters->index(0, CounterFiguresModel::NameColumn).data().toString(),
             u"Schalter 1"_s);
    QCOMPARE(counters->index(0, CounterFiguresModel::BusyColumn).data().toString(), u"10 min"_s);
}

void tst_StatisticsWorkspace::anOfficeWithoutFiguresPerCounterSaysSo()
{
    // The Verwaltung turns them off for the Bürgeramt (its staff council has
    // not agreed): an empty table must not read as counters standing idle.
    playTheMorning();
    playLastWeek();
    const QByteArray admin = m_http->login(u"admin"_s, u"demo"_s);
    QJsonValue version;
    for (const QJsonValue office : m_http->get(u"/api/v1/offices"_s, admin).json.toArray())
        if (office[u"id"_s].toString() == u"1"_s)
            version = office[u"version"_s];
    const TestSupport::HttpResult off = m_http->send(
        "PATCH", u"/api/v1/offices/1"_s,
        QJsonDocument(QJsonObject{{u"counterFigures"_s, false}, {u"version"_s, version}}).toJson(),
        admin);
    QCOMPARE(off.status, 200);

    openWorkspace();
    QTRY_COMPARE(tile(Tile::Served), u"1"_s);
    auto *table = m_workspace->findChild<QTableView *>(u"counterTable"_s);
    QCOMPARE(table->model()->rowCount(), 0);
    const auto *hint = table->findChild<EmptyStateHint *>();
    QVERIFY(hint);
    QVERIFY(hint->isShown());
    QCOMPARE(hint->text(), u"No figures per counter for Bürgeramt Mitte: kept off by agreement "
                           "with the staff council."_s);
    QVERIFY(!m_workspace->findChild<QLabel *>(u"counterNote"_s)->isVisibleTo(m_workspace.get()));

    // A period of all offices names it too; its other figures stay.
    auto *office = m_workspace->findChild<QComboBox *>(u"officeBox"_s);
    office->setCurrentIndex(office->count() - 1);
    auto *range = m_workspace->findChild<QComboBox *>(u"rangeBox"_s);
    range->setCurrentIndex(range->findText(u"Last 8 weeks"_s));
    QTRY_COMPARE(m_board->shown(), StatisticsBoard::Shown::Period);
    QTRY_VERIFY(!m_board->isLoading());
    QCOMPARE(tile(Tile::Served), u"3"_s); // playLastWeek's
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY(hint->isShown());
    QVERIFY2(hint->text().startsWith(u"No figures per counter for Bürgeramt Mitte"_s),
             qPrintable(hint->text()));
}

void tst_StatisticsWorkspace::aTicketEventUpdatesTheDay()
{
    playTheMorning();
    openWorkspace();
    QTRY_COMPARE(tile(Tile::Served), u"1"_s);
    QVERIFY(m_board->isLive());
    const QDateTime before = m_board->fetchedAt();

    // C is called at 09:41, served from 09:42 to 09:50 at another
    // workstation: the events fetch the day again, without a poll.
    m_now = m_nine + 41 * kMinute;
    const QString c = post(u"/api/v1/counters/2/call-next"_s)[u"id"_s].toString();
    QVERIFY(!c.isEmpty());
    m_now = m_nine + 42 * kMinute;
    QVERIFY(!post(u"/api/v1/tickets/%1/start"_s.arg(c)).isEmpty());
    m_now = m_nine + 50 * kMinute;
    QVERIFY(!post(u"/api/v1/tickets/%1/finish"_s.arg(c)).isEmpty());
    QTRY_COMPARE(tile(Tile::Served), u"2"_s);
    QTRY_COMPARE(tile(Tile::NoShowRate), u"33 %"_s);
    // 20, 22 and 26 minutes.
    QTRY_COMPARE(tile(Tile::MeanWait), u"22,7 min"_s);
    QVERIFY(m_board->fetchedAt() > before);
    QVERIFY(m_board->isLive());
    const auto *counters = m_workspace->findChild<QTableView *>(u"counterTable"_s)->model();
    QCOMPARE(counters->rowCount(), 2);

    // A ticket of another office is no reason to ask again.
    m_board->setQuery({u"2"_s, Statistics::Range::Today, {}, Statistics::Grouping::Hour});
    QTRY_COMPARE(m_board->day() ? m_board->day()->officeId : QString(), u"2"_s);
    QTRY_VERIFY(!m_board->isLoading());
    const QDateTime standesamt = m_board->fetchedAt();
    QSignalSpy events(m_supervisor->sync.get(), &SyncEngine::liveChange);
    m_now = m_nine + 51 * kMinute;
    QVERIFY(!post(u"/api/v1/tickets"_s, R"({"serviceId":"1"})", 201).isEmpty());
    QTRY_VERIFY(std::any_of(events.cbegin(), events.cend(), [](const QList<QVariant> &event) {
        return event.at(0).value<Change>().entity == u"ticket"_s;
    }));
    // Long enough for a fetch the event would have caused to have begun.
    QTest::qWait(StatisticsBoard::kLiveDelayMs * 3);
    QVERIFY(!m_board->isLoading());
    QCOMPARE(m_board->fetchedAt(), standesamt);
}

void tst_StatisticsWorkspace::aDayWithoutVisitorsSaysSo()
{
    openWorkspace();
    // Nobody yet today in the Bürgeramt.
    QTRY_COMPARE(m_board->shown(), StatisticsBoard::Shown::Day);
    QCOMPARE(m_workspace->emptyText().section(u'\n', 0, 0), u"No visitors yet today"_s);
    QVERIFY(tile(Tile::Served).isEmpty());
    QVERIFY(m_board->isLive());

    // The first ticket of the day: the figures appear.
    QVERIFY(!post(u"/api/v1/tickets"_s, R"({"serviceId":"1"})", 201).isEmpty());
    QTRY_VERIFY(m_workspace->emptyText().isEmpty());
    QCOMPARE(tile(Tile::Served), u"0"_s);

    // The Standesamt, chosen from the list, has nobody today.
    auto *office = m_workspace->findChild<QComboBox *>(u"officeBox"_s);
    office->setCurrentIndex(office->findText(u"Standesamt"_s));
    QTRY_COMPARE(m_board->day() ? m_board->day()->officeId : QString(), u"2"_s);
    QCOMPARE(m_workspace->emptyText().section(u'\n', 0, 0), u"No visitors yet today"_s);
    // Remembered on this computer for the next time.
    QCOMPARE(QSettings().value(u"statistics/officeId"_s).toString(), u"2"_s);
}

void tst_StatisticsWorkspace::offlineTheLastFiguresStayNotLive()
{
    playTheMorning();
    openWorkspace();
    QTRY_COMPARE(tile(Tile::Served), u"1"_s);
    QVERIFY(m_board->isLive());
    const QString fetched = m_workspace->statusText().mid(u"Live · as of "_s.size());

    m_server.reset();
    QTRY_VERIFY(!m_board->isOnline());
    QVERIFY(!m_board->isLive());
    QVERIFY2(m_workspace->statusText().startsWith(u"Not live – figures as of %1"_s.arg(fetched)),
             qPrintable(m_workspace->statusText()));
    QCOMPARE(tile(Tile::Served), u"1"_s);
    QCOMPARE(tile(Tile::MeanWait), u"21,0 min"_s);

    // Asked again without a server: the figures stay, and say why they are old.
    m_board->refresh();
    QTRY_VERIFY(!m_board->isLoading());
    QVERIFY(!m_board->problem().isEmpty());
    QCOMPARE(tile(Tile::Served), u"1"_s);
    QVERIFY(m_workspace->statusText().startsWith(u"Not live"_s));
}

void tst_StatisticsWorkspace::aClerkHasNoStatistics()
{
    QString error;
    auto clerk =
        TestSupport::SyncedClient::connect(QUrl(m_server->baseUrl()), u"mueller"_s, u"demo"_s,
                                           m_dir->filePath(u"mueller.db"_s), &error);
    QVERIFY2(clerk, qPrintable(error));
    MainWindow clerkWindow(clerk->client->session(), clerk->client.get(), clerk->store.get(),
                           clerk->sync.get());
    QVERIFY(!clerkWindow.workspaces().contains(Workspace::Statistics));
    QVERIFY(!clerkWindow.statisticsWorkspace());
    QVERIFY(!clerkWindow.findChild<StatisticsWorkspace *>());

    MainWindow supervisorWindow(m_supervisor->client->session(), m_supervisor->client.get(),
                                m_supervisor->store.get(), m_supervisor->sync.get());
    QVERIFY(supervisorWindow.statisticsWorkspace());
    supervisorWindow.showWorkspace(Workspace::Statistics);
    QCOMPARE(supervisorWindow.currentWorkspace(), Workspace::Statistics);

    // Nor would the server tell a clerk the figures.
    StatisticsBoard board(clerk->client.get(), clerk->store.get(), clerk->sync.get());
    board.setQuery({u"1"_s, Statistics::Range::Today, {}, Statistics::Grouping::Hour});
    QTRY_VERIFY(!board.problem().isEmpty());
    QCOMPARE(board.problem(), u"Your account may not see the figures of this office."_s);
    QCOMPARE(board.shown(), StatisticsBoard::Shown::Nothing);
}

void tst_StatisticsWorkspace::ctrlSAsksWhereAndExportWritesTheReport()
{
    playTheMorning();
    openWorkspace();
    QTRY_COMPARE(tile(Tile::Served), u"1"_s);

    // Ctrl+S: where to, as XLSX, CSV or PDF.
    QSettings().setValue(u"statistics/exportFolder"_s, m_dir->path());
    QStringList offered;
    QString suggested;
    TestSupport::onNextModal([&offered, &suggested](QWidget *modal) {
        if (auto *dialog = qobject_cast<QFileDialog *>(modal)) {
            offered = dialog->nameFilters();
            suggested = dialog->selectedFiles().value(0);
            dialog->reject();
        }
    });
    m_workspace->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_workspace.get()));
    QTest::keyClick(m_workspace.get(), Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE(offered.size(), 3);
    QVERIFY(offered.at(0).contains(u"*.xlsx"_s));
    QVERIFY(offered.at(1).contains(u"*.csv"_s));
    QVERIFY(offered.at(2).contains(u"*.pdf"_s));
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    QCOMPARE(QFileInfo(suggested).fileName(), u"tresen-statistik-%1-%2.xlsx"_s.arg(today, today));

    // The report as the server makes it, written to the file chosen.
    const QString path = m_dir->filePath(u"bericht.xlsx"_s);
    const int routeStatus =
        m_http
            ->get(u"/api/v1/statistics/report?officeId=1&from=%1&to=%1&format=xlsx"_s.arg(today),
                  m_supervisorToken)
            .status;
    std::optional<bool> written;
    m_workspace->exportTo(path, StatisticsBoard::ReportFormat::Xlsx,
                          [&written](bool ok) { written = ok; });
    QVERIFY(m_workspace->isExporting());
    QVERIFY(m_workspace->findChild<QWidget *>(u"exportProgress"_s)->isVisible());
    QTRY_VERIFY(written.has_value());
    QVERIFY(!m_workspace->isExporting());
    QVERIFY(!m_workspace->findChild<QWidget *>(u"exportProgress"_s)->isVisible());
    QCOMPARE(routeStatus, 200);
    QVERIFY2(*written, qPrintable(m_workspace->feedbackText()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(2) == "PK"); // a workbook is a ZIP file
    QVERIFY(m_workspace->feedbackText().contains(u"bericht.xlsx"_s));

    // The server gone: the reason, and nothing half written.
    m_server.reset();
    written.reset();
    const QString csv = m_dir->filePath(u"bericht.csv"_s);
    m_workspace->exportTo(csv, StatisticsBoard::ReportFormat::Csv,
                          [&written](bool ok) { written = ok; });
    QTRY_VERIFY(written.has_value());
    QVERIFY(!*written);
    QVERIFY(!QFile::exists(csv));
    QVERIFY2(m_workspace->feedbackText().startsWith(u"The figures were not exported."_s),
             qPrintable(m_workspace->feedbackText()));
}

void tst_StatisticsWorkspace::anEmptyTodayOffersTheLastEightWeeks()
{
    playLastWeek();
    openWorkspace();
    // Nobody yet today: the empty page offers the weeks before.
    QTRY_COMPARE(m_board->shown(), StatisticsBoard::Shown::Day);
    QCOMPARE(m_workspace->emptyText().section(u'\n', 0, 0), u"No visitors yet today"_s);
    auto *button = m_workspace->findChild<QPushButton *>(u"showEightWeeksButton"_s);
    QVERIFY(button);
    QVERIFY(button->isVisible());
    QCOMPARE(button->text(), u"Show the &last 8 weeks"_s);

    // By keyboard: from the period, Tab reaches it (the dates and the
    // grouping are not to be chosen for today), and Space presses it.
    m_workspace->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_workspace.get()));
    auto *range = m_workspace->findChild<QComboBox *>(u"rangeBox"_s);
    range->setFocus();
    QTRY_VERIFY(range->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), button);
    QTest::keyClick(button, Qt::Key_Space);
    QCOMPARE(range->currentText(), u"Last 8 weeks"_s);
    QCOMPARE(m_board->query().range, Statistics::Range::LastEightWeeks);
    QVERIFY(range->hasFocus()); // the period says what is shown now
    QTRY_COMPARE(m_board->shown(), StatisticsBoard::Shown::Period);
    QCOMPARE(tile(Tile::Issued), u"4"_s);
    QVERIFY(!button->isVisible()); // offered by the empty today only

    // An empty period offers no such way out: it is what was asked for.
    range->setCurrentIndex(range->findText(u"Yesterday"_s)); // never last week's Tuesday
    QTRY_COMPARE(m_workspace->emptyText().section(u'\n', 0, 0), u"No visitors in this period"_s);
    QVERIFY(!button->isVisible());
}

void tst_StatisticsWorkspace::periodsComeFromTheServer()
{
    playLastWeek();
    openWorkspace();
    QTRY_COMPARE(m_board->shown(), StatisticsBoard::Shown::Day);
    auto *range = m_workspace->findChild<QComboBox *>(u"rangeBox"_s);
    auto *grouping = m_workspace->findChild<QComboBox *>(u"groupingBox"_s);
    QVERIFY(!grouping->isEnabled()); // the live day goes by hour

    // The last eight weeks of all offices, by week: the four of last week.
    auto *office = m_workspace->findChild<QComboBox *>(u"officeBox"_s);
    office->setCurrentIndex(office->count() - 1);
    range->setCurrentIndex(range->findText(u"Last 8 weeks"_s));
    QVERIFY(grouping->isEnabled());
    QCOMPARE(grouping->currentText(), u"Week"_s);
    QVERIFY(!m_board->isDayQuery());
    const Statistics::DateRange days = m_board->dates();
    QCOMPARE(days.to, QDate::currentDate());
    QCOMPARE(days.from.dayOfWeek(), 1);
    QVERIFY(days.from <= lastWeeksTuesday());
    QTRY_COMPARE(m_board->shown(), StatisticsBoard::Shown::Period);
    QTRY_VERIFY(!m_board->isLoading());
    QVERIFY2(m_workspace->emptyText().isEmpty(), qPrintable(m_workspace->emptyText()));
    QCOMPARE(tile(Tile::Issued), u"4"_s);
    QCOMPARE(tile(Tile::Served), u"3"_s);
    QCOMPARE(tile(Tile::NoShowRate), u"25 %"_s); // B of the four called
    // Waits 10, 15, 20 and 47 minutes; within the Bürgeramt's target of 30, three.
    const QJsonObject office1 =
        m_http->get(u"/api/v1/statistics/daily?officeId=1"_s, m_supervisorToken).json.toObject();
    QCOMPARE(office1[u"waitTargetMinutes"_s].toInt(), 30);
    QCOMPARE(tile(Tile::ServiceLevel), u"75 %"_s);
    QCOMPARE(tile(Tile::MeanWait), u"23,0 min"_s);
    QCOMPARE(tile(Tile::MedianWait), u"15,0 min"_s); // nearest rank: the second of four
    QCOMPARE(tile(Tile::P90Wait), u"47,0 min"_s);    // the fourth of four
    QVERIFY(tile(Tile::WaitingNow).isEmpty());       // of the live day only
    QVERIFY(tile(Tile::LongestWaitNow).isEmpty());
    QVERIFY2(m_workspace->statusText().startsWith(u"Figures as of "_s),
             qPrintable(m_workspace->statusText()));

    // The chart: the week with visitors, named by its number alone (the
    // weeks are all of one year).
    auto *chart = m_workspace->findChild<FigureChart *>(u"figureChart"_s);
    QCOMPARE(chart->rows().size(), 1);
    const FigureChart::Row lastWeek = chart->rows().constFirst();
    QCOMPARE(lastWeek.label, u"Wk %1"_s.arg(lastWeeksTuesday().weekNumber()));
    QCOMPARE(lastWeek.first, 4);
    QCOMPARE(lastWeek.second, 3);
    QVERIFY(lastWeek.meanWaitMinutes.has_value());
    QCOMPARE(*lastWeek.meanWaitMinutes, 23.0);

    // The service's name in full: its column takes the room the figures leave.
    auto *services = m_workspace->findChild<QTableView *>(u"serviceTable"_s);
    QCOMPARE(services->model()->rowCount(), 1);
    QTRY_VERIFY(services->columnWidth(0) >=
                static_cast<const QAbstractItemView *>(services)->sizeHintForColumn(0));
    const auto widths = [services] {
        int sum = 0;
        for (int column = 0; column < services->model()->columnCount(); ++column)
            sum += services->columnWidth(column);
        return sum;
    };
    QVERIFY(widths() >= services->viewport()->width()); // no room left unused
    // Wide, the figures fit and the name takes the room left over.
    m_workspace->resize(1900, 1000);
    QTRY_COMPARE(widths(), services->viewport()->width());
    QVERIFY(services->columnWidth(0) >
            static_cast<const QAbstractItemView *>(services)->sizeHintForColumn(0));

    // Hours only for a month at most: a year cannot be grouped by hour.
    range->setCurrentIndex(range->findText(u"This year"_s));
    QCOMPARE(grouping->currentData().toInt(), int(Statistics::suitableGrouping(m_board->dates())));
    QCOMPARE(m_board->query().grouping, Statistics::suitableGrouping(m_board->dates()));
    const auto *items = qobject_cast<const QStandardItemModel *>(grouping->model());
    QVERIFY(items);
    QCOMPARE(items->item(grouping->findText(u"Hour"_s))->isEnabled(),
             m_board->dates().from.daysTo(m_board->dates().to) < Statistics::kMaximumHourDays);

    // Dates of one's own: only then can they be edited.
    auto *from = m_workspace->findChild<QDateEdit *>(u"fromDate"_s);
    QVERIFY(!from->isEnabled());
    range->setCurrentIndex(range->findText(u"Choose dates"_s));
    QVERIFY(from->isEnabled());
    from->setDate(QDate::currentDate().addDays(-3));
    QCOMPARE(m_board->query().range, Statistics::Range::Custom);
    QCOMPARE(m_board->dates().from, QDate::currentDate().addDays(-3));
}

void tst_StatisticsWorkspace::printingPaintsWhatIsShown()
{
    playTheMorning();
    openWorkspace();
    QTRY_COMPARE(tile(Tile::Served), u"1"_s);
    const QString path = m_dir->filePath(u"druck.pdf"_s);
    {
        QPdfWriter writer(path);
        writer.setPageOrientation(QPageLayout::Landscape);
        m_workspace->printTo(&writer);
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY(pdf.size() > 10000); // the view's picture is in it
}

void tst_StatisticsWorkspace::theHeatMapColoursTheWaits()
{
    HeatMapWidget map;
    QVERIFY(map.isEmpty());
    map.setCells({{2, 9, 4, 8, 5.0},
                  {2, 11, 4, 40, 35.0},
                  {6, 10, 4, 4, 12.0}, // a Saturday with visitors: the row is shown
                  {3, 12, 4, 0, std::nullopt}},
                 20);
    QVERIFY(!map.isEmpty());
    QCOMPARE(map.weekdays(), (QList<int>{1, 2, 3, 4, 5, 6}));
    QCOMPARE(map.hours(), (QList<int>{9, 10, 11}));
    QCOMPARE(map.cellText(2, 11), u"35"_s);
    QVERIFY(map.cellText(3, 12).isEmpty());
    QVERIFY(map.cellText(1, 9).isEmpty());
    // The longer the wait, the further from the page's white.
    const auto distance = [&map](int weekday, int hour) {
        const QColor c = map.cellColour(weekday, hour);
        return 3 * 255 - c.red() - c.green() - c.blue();
    };
    QVERIFY(distance(2, 11) > distance(6, 10));
    QVERIFY(distance(6, 10) > distance(2, 9));
    map.setMeasure(HeatMapWidget::Measure::Arrivals);
    QCOMPARE(map.cellText(2, 11), u"10"_s); // 40 over 4 days
    QCOMPARE(map.cellText(2, 9), u"2,0"_s);
    QVERIFY(distance(2, 11) > distance(2, 9));
    QVERIFY(map.accessibleDescription().contains(QLocale().dayName(2)));
}

void tst_StatisticsWorkspace::theChartsLabelsStayWhole()
{
    // Nine weeks: across where each label has the room, upright where not,
    // rather than cut short.
    FigureChart chart;
    QList<FigureChart::Row> rows;
    for (int week = 40; week <= 48; ++week)
        rows.append({u"Wk %1"_s.arg(week), week, week - 2, 5.0});
    chart.setRows(u"Per week"_s, u"Tickets"_s, u"Served"_s, rows);
    chart.resize(900, 300);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QTRY_VERIFY(chart.chart()->plotArea().width() > 600);
    QVERIFY(!chart.labelsUpright());
    chart.resize(330, 300);
    QTRY_VERIFY(chart.chart()->plotArea().width() < 300);
    QVERIFY(chart.labelsUpright());
    chart.resize(900, 300);
    QTRY_VERIFY(!chart.labelsUpright());
    // Fewer rows in the same room: across again.
    chart.resize(330, 300);
    QTRY_VERIFY(chart.labelsUpright());
    chart.setRows(u"Per week"_s, u"Tickets"_s, u"Served"_s, rows.mid(0, 2));
    QTRY_VERIFY(!chart.labelsUpright());
}

void tst_StatisticsWorkspace::whatIfPlaysThePeriodAgain()
{
    playLastWeek(); // four visitors of service 1 at 9 on last week's Tuesday
    openWorkspace();
    QTRY_COMPARE(m_board->shown(), StatisticsBoard::Shown::Day);
    auto *range = m_workspace->findChild<QComboBox *>(u"rangeBox"_s);
    auto *office = m_workspace->findChild<QComboBox *>(u"officeBox"_s);
    auto *whatIf = m_workspace->findChild<QPushButton *>(u"whatIfButton"_s);
    // Every office at once: no what-if (each has counters of its own).
    office->setCurrentIndex(office->count() - 1);
    QTRY_VERIFY(!whatIf->isEnabled());
    office->setCurrentIndex(0);
    range->setCurrentIndex(range->findText(u"Last 8 weeks"_s));
    QTRY_COMPARE(m_board->shown(), StatisticsBoard::Shown::Period);
    QTRY_VERIFY(whatIf->isEnabled());
    whatIf->click();
    auto *dialog = m_workspace->findChild<WhatIfDialog *>(u"whatIfDialog"_s);
    QVERIFY(dialog);
    auto *basedOn = dialog->findChild<QLabel *>(u"basedOnLabel"_s);
    QTRY_VERIFY2(basedOn->text().contains(u"with 4 visitors"_s), qPrintable(basedOn->text()));
    auto *hours = dialog->findChild<QTableWidget *>(u"hoursTable"_s);
    auto *results = dialog->findChild<QTableWidget *>(u"resultsTable"_s);
    QCOMPARE(hours->rowCount(), 1); // they came between 9 and 10
    QCOMPARE(hours->item(0, 0)->text(), u"09:00"_s);
    QCOMPARE(results->columnCount(), 3);
    QCOMPARE(results->rowCount(), 7);
    QVERIFY(results->item(0, 0)->text().endsWith(u" min"_s));
    const QString meanWithAll = results->item(0, 2)->text();

    // Nobody at a counter from 9 to 10: they wait for the hour's end.
    auto *spin = dialog->findChild<QSpinBox *>(u"countersAt09:00"_s);
    QVERIFY(spin);
    QVERIFY(spin->maximum() >= 1);
    QCOMPARE(spin->value(), spin->maximum()); // the office's counters, all of them
    spin->setValue(0);
    QTRY_VERIFY(results->item(0, 2)->text() != meanWithAll);
    QVERIFY(hours->item(0, 2)->text() != u"100 %"_s);

    // The suggestion: the fewest counters for 80 % in time, and what they reach.
    dialog->findChild<QPushButton *>(u"adviseButton"_s)->click();
    QVERIFY(spin->value() >= 1);
    QVERIFY(spin->value() < spin->maximum());
    auto *feedback = dialog->findChild<FeedbackLine *>();
    QVERIFY2(feedback->text().contains(u"80 %"_s), qPrintable(feedback->text()));

    // Only Mondays of the period: nobody came on one.
    auto *weekday = dialog->findChild<QComboBox *>(u"weekdayBox"_s);
    weekday->setCurrentIndex(weekday->findData(1));
    QTRY_VERIFY2(basedOn->text().startsWith(u"Nobody came"_s), qPrintable(basedOn->text()));
    QCOMPARE(hours->rowCount(), 0);
    dialog->reject();
}

QTEST_MAIN(tst_StatisticsWorkspace)
#include "tst_statisticsworkspace.moc"
