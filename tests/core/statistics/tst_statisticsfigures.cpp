// The supervisors' figures as the workstation reads them: the server's
// answers (docs: the statistics spec) into typed values, lenient about
// members a server may not send yet and strict about the shape; the periods
// a supervisor picks; the two tables' models.

#include "core/statistics/statisticsfigures.h"
#include "core/statistics/statisticsmodels.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Statistics;

Q_DECLARE_METATYPE(Statistics::Range)
Q_DECLARE_METATYPE(Statistics::Grouping)

namespace {

QJsonValue json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

const char *const kDay = R"({
    "officeId": "1", "date": "2026-11-30", "issued": 40, "served": 31, "noShow": 4,
    "cancelled": 1, "open": 4, "waiting": 3, "longestWaitNowMinutes": 14.0,
    "waitMinutes": {"count": 35, "mean": 8.4, "median": 7.0, "p90": 15.5, "max": 22.0},
    "serviceMinutes": {"count": 31, "mean": 9.1, "median": 8.0, "p90": 14.0, "max": 30.0},
    "waitTargetMinutes": 20, "serviceLevel": 0.83,
    "walkIn": {"issued": 14, "served": 11, "noShow": 2,
               "waitMinutes": {"count": 13, "mean": 9.0, "median": 8.0, "p90": 16.0, "max": 22.0}},
    "appointment": {"issued": 26, "served": 20, "noShow": 2,
                    "waitMinutes": {"count": 0, "mean": null, "median": null, "p90": null, "max": null}},
    "byHour": [{"hour": 9, "arrivals": 5, "served": 4,
                "waitMinutes": {"count": 5, "mean": 6.0, "median": 6.0, "p90": 9.0, "max": 9.0}}],
    "byService": [{"serviceId": "3", "name": "Personalausweis", "issued": 12, "served": 10,
                   "noShow": 1,
                   "waitMinutes": {"count": 11, "mean": 7.5, "median": 7.0, "p90": 12.0, "max": 14.0},
                   "serviceMinutes": {"count": 10, "mean": 12.25, "median": 12.0, "p90": 15.0, "max": 16.0}}],
    "byCounter": [{"counterId": "2", "name": "Schalter 2", "served": 9, "busyMinutes": 95.5,
                   "presentMinutes": 180.0, "utilisation": 0.53},
                  {"counterId": "4", "served": 0, "busyMinutes": 0,
                   "presentMinutes": null, "utilisation": null}]
})";

const char *const kPeriod = R"({
    "from": "2026-10-01", "to": "2026-11-30", "groupBy": "week",
    "offices": [{"officeId": "1", "name": "Bürgeramt Mitte", "waitTargetMinutes": 20}],
    "totals": {"issued": 900, "served": 780, "noShow": 100, "cancelled": 20, "open": 0,
               "waitMinutes": {"count": 880, "mean": 11.2, "median": 9.0, "p90": 24.0, "max": 61.0},
               "serviceMinutes": {"count": 780, "mean": 9.0, "median": 8.0, "p90": 15.0, "max": 44.0},
               "serviceLevel": 0.74,
               "walkIn": {"issued": 300, "served": 250, "noShow": 40, "waitMinutes": {"count": 0}},
               "appointment": {"issued": 600, "served": 530, "noShow": 60, "waitMinutes": {"count": 0}},
               "estimateErrorMinutes": {"count": 880, "mean": 3.5, "median": 3.0, "p90": 7.0, "max": 20.0}},
    "groups": [{"key": "2026-W40", "issued": 100, "served": 90, "noShow": 8, "cancelled": 2,
                "open": 0, "waitMinutes": {"count": 98, "mean": 10.0, "median": 9.0, "p90": 20.0,
                "max": 30.0}, "serviceLevel": 0.8}],
    "byHour": [{"hour": 11, "arrivals": 120, "served": 100,
                "walkIn": {"count": 30, "meanWaitMinutes": 20.0, "meanWalkMinutes": 1.0,
                           "meanEstimateMinutes": 15.0},
                "appointment": {"count": 10, "meanWaitMinutes": 4.0, "meanWalkMinutes": 1.0,
                                "meanEstimateMinutes": 3.0}},
               {"hour": 12, "arrivals": 0, "served": 0,
                "walkIn": {"count": 0, "meanWaitMinutes": null},
                "appointment": {"count": 0, "meanWaitMinutes": null}}],
    "byService": [], "byCounter": [],
    "heatMap": [{"weekday": 2, "hour": 11, "days": 8, "arrivals": 96, "meanWaitMinutes": 11.2},
                {"weekday": 6, "hour": 10, "days": 9, "arrivals": 0, "meanWaitMinutes": null}]
})";

} // namespace

class tst_StatisticsFigures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aDayIsRead();
    void membersNotSentYetAreUnknown();
    void aPeriodIsRead();
    void anAnswerWithoutFiguresIsRefused();
    void noShowRateCountsTheVisitorsCalled();
    void periodsAsOfToday_data();
    void periodsAsOfToday();
    void aPeriodIsGroupedToRead_data();
    void aPeriodIsGroupedToRead();
    void groupsAreNamedForPeople();
    void tablesShowTheFigures();
};

void tst_StatisticsFigures::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
}

void tst_StatisticsFigures::aDayIsRead()
{
    const Result<Day> read = Day::fromJson(json(kDay));
    QVERIFY2(read, qPrintable(read.error()));
    const Day &day = *read;
    QCOMPARE(day.officeId, u"1"_s);
    QCOMPARE(day.date, QDate(2026, 11, 30));
    QCOMPARE(day.totals.issued, 40);
    QCOMPARE(day.totals.served, 31);
    QCOMPARE(day.totals.noShow, 4);
    QCOMPARE(day.totals.cancelled, 1);
    QCOMPARE(day.totals.open, 4);
    QCOMPARE(day.waiting, 3);
    QCOMPARE(day.longestWaitNowMinutes, 14.0);
    QCOMPARE(day.totals.wait.count, 35);
    QCOMPARE(day.totals.wait.mean, 8.4);
    QCOMPARE(day.totals.wait.median, 7.0);
    QCOMPARE(day.totals.wait.p90, 15.5);
    QCOMPARE(day.totals.wait.max, 22.0);
    QCOMPARE(day.totals.service.mean, 9.1);
    QCOMPARE(day.waitTargetMinutes, 20);
    QCOMPARE(day.totals.serviceLevel, 0.83);
    QCOMPARE(day.totals.walkIn.issued, 14);
    QCOMPARE(day.totals.appointment.served, 20);
    QVERIFY(!day.totals.appointment.wait.mean); // nobody: no mean, not 0
    QCOMPARE(day.byHour.size(), 1);
    QCOMPARE(day.byHour.first().hour, 9);
    QCOMPARE(day.byHour.first().arrivals, 5);
    QCOMPARE(day.byHour.first().wait.mean, 6.0);
    QCOMPARE(day.byService.size(), 1);
    QCOMPARE(day.byService.first().name, u"Personalausweis"_s);
    QCOMPARE(day.byService.first().service.mean, 12.25);
    QCOMPARE(day.byCounter.size(), 2);
    QCOMPARE(day.byCounter.first().utilisation, 0.53);
    QCOMPARE(day.byCounter.first().busyMinutes, 95.5);
    QVERIFY(!day.byCounter.last().utilisation);
    QVERIFY(day.byCounter.last().name.isEmpty()); // the board names it from the cache
}

void tst_StatisticsFigures::membersNotSentYetAreUnknown()
{
    // An answer of a server before the live members: read, but "waiting" unknown.
    const Result<Day> read = Day::fromJson(json(R"({"officeId": 1, "date": "2026-11-30",
        "issued": 2, "served": 0, "noShow": 0, "cancelled": 0, "open": 2,
        "waitMinutes": {"count": 0, "mean": null}, "serviceLevel": null,
        "byCounter": [{"counterId": 2, "served": 1, "busyMinutes": 30, "presentMinutes": 60}]})"));
    QVERIFY2(read, qPrintable(read.error()));
    QCOMPARE(read->officeId, u"1"_s);
    QVERIFY(!read->waiting);
    QVERIFY(!read->longestWaitNowMinutes);
    QVERIFY(!read->totals.serviceLevel);
    QVERIFY(!read->totals.wait.mean);
    QVERIFY(read->byHour.isEmpty());
    // A service without its no-shows counted: unknown, shown as such.
    ServiceFiguresModel services;
    services.setServices({{u"1"_s, u"Reisepass"_s, 2, 1, std::nullopt, {}, {}}});
    QCOMPARE(services.index(0, ServiceFiguresModel::NoShowColumn).data().toString(), u"–"_s);
    QCOMPARE(read->byCounter.first().counterId, u"2"_s);
    // The share from the minutes when the server leaves it out.
    QCOMPARE(read->byCounter.first().utilisation, 0.5);
}

void tst_StatisticsFigures::aPeriodIsRead()
{
    const Result<Period> read = Period::fromJson(json(kPeriod));
    QVERIFY2(read, qPrintable(read.error()));
    const Period &period = *read;
    QCOMPARE(period.from, QDate(2026, 10, 1));
    QCOMPARE(period.to, QDate(2026, 11, 30));
    QCOMPARE(period.grouping, Grouping::Week);
    QCOMPARE(period.offices.size(), 1);
    QCOMPARE(period.offices.first().name, u"Bürgeramt Mitte"_s);
    QCOMPARE(period.offices.first().waitTargetMinutes, 20);
    QVERIFY(period.offices.first().counterFigures); // not sent: on, as before
    QVERIFY(period.officesWithoutCounterFigures().isEmpty());
    QCOMPARE(period.totals.issued, 900);
    QCOMPARE(period.totals.serviceLevel, 0.74);
    QCOMPARE(period.totals.estimateError.mean, 3.5);
    QCOMPARE(period.groups.size(), 1);
    QCOMPARE(period.groups.first().key, u"2026-W40"_s);
    QCOMPARE(period.groups.first().figures.served, 90);
    QCOMPARE(period.groups.first().figures.wait.mean, 10.0);
    // The hour's mean over walk-ins and appointments, weighted by who was called.
    QCOMPARE(period.byHour.size(), 2);
    QCOMPARE(period.byHour.first().wait.count, 40);
    QCOMPARE(period.byHour.first().wait.mean, (30 * 20.0 + 10 * 4.0) / 40);
    QVERIFY(!period.byHour.last().wait.mean);
    QCOMPARE(period.heatMap.size(), 2);
    QCOMPARE(period.heatMap.first().weekday, 2);
    QCOMPARE(period.heatMap.first().arrivalsPerDay(), 12.0);
    QCOMPARE(period.heatMap.first().meanWaitMinutes, 11.2);
    QVERIFY(!period.heatMap.last().meanWaitMinutes);

    // An office that keeps its figures per counter off says so.
    QJsonObject off = json(kPeriod).toObject();
    off[u"offices"_s] = QJsonArray{QJsonObject{
        {u"officeId"_s, u"1"_s}, {u"name"_s, u"Bürgeramt Mitte"_s}, {u"counterFigures"_s, false}}};
    const Result<Period> without = Period::fromJson(off);
    QVERIFY(without);
    QCOMPARE(without->officesWithoutCounterFigures(), QStringList{u"Bürgeramt Mitte"_s});
    const Result<Day> day = Day::fromJson(
        QJsonObject{{u"issued"_s, 1}, {u"served"_s, 0}, {u"counterFigures"_s, false}});
    QVERIFY(day);
    QVERIFY(!day->counterFigures);
    QVERIFY(Day::fromJson(json(kDay))->counterFigures);
}

void tst_StatisticsFigures::anAnswerWithoutFiguresIsRefused()
{
    QVERIFY(!Day::fromJson(QJsonValue(u"nonsense"_s)));
    QVERIFY(!Day::fromJson(json(R"({"status": "ok"})")));
    QVERIFY(!Period::fromJson(json(kDay))); // a day is not a period
    QVERIFY(!Period::fromJson(QJsonValue()));
    QVERIFY(!Day::fromJson(QJsonValue()).error().isEmpty());
}

void tst_StatisticsFigures::noShowRateCountsTheVisitorsCalled()
{
    Figures figures;
    QVERIFY(!figures.noShowRate());
    QVERIFY(figures.isEmpty());
    figures.issued = 10;
    figures.served = 3;
    figures.noShow = 1;
    QCOMPARE(figures.noShowRate(), 0.25); // the six still waiting do not count
    QVERIFY(!figures.isEmpty());
}

void tst_StatisticsFigures::periodsAsOfToday_data()
{
    QTest::addColumn<Range>("range");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    const QDate wednesday(2026, 12, 2);
    QTest::addRow("today") << Range::Today << wednesday << wednesday << wednesday;
    QTest::addRow("yesterday across a month")
        << Range::Yesterday << QDate(2026, 12, 1) << QDate(2026, 11, 30) << QDate(2026, 11, 30);
    QTest::addRow("this week") << Range::ThisWeek << wednesday << QDate(2026, 11, 30) << wednesday;
    QTest::addRow("this week on a Monday")
        << Range::ThisWeek << QDate(2026, 11, 30) << QDate(2026, 11, 30) << QDate(2026, 11, 30);
    QTest::addRow("this week on a Sunday")
        << Range::ThisWeek << QDate(2026, 12, 6) << QDate(2026, 11, 30) << QDate(2026, 12, 6);
    QTest::addRow("last eight weeks")
        << Range::LastEightWeeks << wednesday << QDate(2026, 10, 5) << wednesday;
    QTest::addRow("last month") << Range::LastMonth << wednesday << QDate(2026, 11, 1)
                                << QDate(2026, 11, 30);
    QTest::addRow("last month in January")
        << Range::LastMonth << QDate(2027, 1, 15) << QDate(2026, 12, 1) << QDate(2026, 12, 31);
    QTest::addRow("last month in March")
        << Range::LastMonth << QDate(2028, 3, 31) << QDate(2028, 2, 1) << QDate(2028, 2, 29);
    QTest::addRow("this year") << Range::ThisYear << wednesday << QDate(2026, 1, 1) << wednesday;
}

void tst_StatisticsFigures::periodsAsOfToday()
{
    QFETCH(Range, range);
    QFETCH(QDate, today);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    const DateRange days = datesOf(range, today);
    QCOMPARE(days.from, from);
    QCOMPARE(days.to, to);
    QVERIFY(dayCount(days) <= kMaximumDays);
}

void tst_StatisticsFigures::aPeriodIsGroupedToRead_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<Grouping>("grouping");
    QTest::addRow("a day") << 1 << Grouping::Hour;
    QTest::addRow("a week") << 7 << Grouping::Day;
    QTest::addRow("a month") << 31 << Grouping::Day;
    QTest::addRow("eight weeks") << 59 << Grouping::Week;
    QTest::addRow("a year") << 366 << Grouping::Month;
}

void tst_StatisticsFigures::aPeriodIsGroupedToRead()
{
    QFETCH(int, days);
    QFETCH(Grouping, grouping);
    const QDate from(2026, 1, 1);
    const DateRange range{from, from.addDays(days - 1)};
    QCOMPARE(dayCount(range), days);
    QCOMPARE(suitableGrouping(range), grouping);
    // The server's limit: hours for a month at most.
    if (suitableGrouping(range) == Grouping::Hour)
        QVERIFY(days <= kMaximumHourDays);
}

void tst_StatisticsFigures::groupsAreNamedForPeople()
{
    QCOMPARE(groupingKey(Grouping::Weekday), u"weekday"_s);
    QCOMPARE(groupLabel(Grouping::Weekday, u"1"_s), QLocale().dayName(1, QLocale::ShortFormat));
    QCOMPARE(groupLabel(Grouping::Week, u"2026-W48"_s), u"Week 48/2026"_s);
    QCOMPARE(groupLabel(Grouping::Day, u"2026-11-30"_s),
             QLocale().toString(QDate(2026, 11, 30), QLocale::ShortFormat));
    QVERIFY(groupLabel(Grouping::Month, u"2026-11"_s).contains(u"2026"_s));
    QVERIFY(groupLabel(Grouping::Hour, u"2026-11-30T09"_s).endsWith(u"9:00"_s));
    // What is not understood is shown as it came.
    QCOMPARE(groupLabel(Grouping::Day, u"gestern"_s), u"gestern"_s);
}

void tst_StatisticsFigures::tablesShowTheFigures()
{
    const Result<Day> day = Day::fromJson(json(kDay));
    QVERIFY(day);
    ServiceFiguresModel services;
    CounterFiguresModel counters;
    QAbstractItemModelTester serviceTester(&services,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester counterTester(&counters,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    services.setServices(day->byService);
    counters.setCounters(day->byCounter);
    QCOMPARE(services.rowCount(), 1);
    QCOMPARE(services.index(0, ServiceFiguresModel::NameColumn).data().toString(),
             u"Personalausweis"_s);
    QCOMPARE(services.index(0, ServiceFiguresModel::IssuedColumn).data().toString(), u"12"_s);
    QCOMPARE(services.index(0, ServiceFiguresModel::NoShowColumn).data().toString(), u"1"_s);
    QCOMPARE(services.index(0, ServiceFiguresModel::MeanWaitColumn).data().toString(),
             u"7,5 min"_s);
    QCOMPARE(services.index(0, ServiceFiguresModel::MeanServiceColumn).data(Qt::UserRole),
             QVariant(12.25));
    QCOMPARE(counters.rowCount(), 2);
    QCOMPARE(counters.index(0, CounterFiguresModel::UtilisationColumn).data().toString(),
             u"53 %"_s);
    QCOMPARE(counters.index(0, CounterFiguresModel::BusyColumn).data().toString(), u"1 h 36 min"_s);
    QCOMPARE(counters.index(0, CounterFiguresModel::PresentColumn).data().toString(),
             u"3 h 00 min"_s);
    QCOMPARE(durationText(45.2), u"45 min"_s);
    // Without a name from the server or the cache: the counter by its id.
    QCOMPARE(counters.index(1, CounterFiguresModel::NameColumn).data().toString(), u"Counter 4"_s);
    QCOMPARE(counters.index(1, CounterFiguresModel::UtilisationColumn).data().toString(), u"–"_s);
    QVERIFY(
        !counters.index(1, CounterFiguresModel::UtilisationColumn).data(Qt::UserRole).isValid());
    services.setServices({});
    QCOMPARE(services.rowCount(), 0);
    QCOMPARE(minutesText(std::nullopt), u"–"_s);
    QCOMPARE(percentText(0.835), u"84 %"_s);
}

QTEST_GUILESS_MAIN(tst_StatisticsFigures)
#include "tst_statisticsfigures.moc"
