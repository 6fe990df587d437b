// Any period's figures from visits whose times are known: percentiles over
// the visitors of the whole period (not averages of daily figures), group
// keys in time order (ISO weeks across the new year), each office's own
// wait target, counters' presence and utilisation, the estimate's error,
// the weekday x hour map, and the digest encoding of a day's visits.

#include "core/domain/periodstatistics.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kMinute = 60 * 1000;
const QTimeZone kBerlin(QByteArrayLiteral("Europe/Berlin"));

qint64 at(const QDate &day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute), kBerlin).toMSecsSinceEpoch();
}

// A visitor served at `counter`: issued at hour:00, called after `wait`
// minutes, at the counter a minute later, served for `service` minutes.
Visit servedVisit(qint64 office, const QDate &day, int hour, int wait, int service,
                  qint64 counter = 1, TicketSource source = TicketSource::WalkIn, int estimate = -1)
{
    const qint64 issued = at(day, hour);
    const qint64 called = issued + wait * kMinute;
    return Visit::of(office, day, 7, counter, source, TicketStatus::Done, issued, 0, called,
                     called + kMinute, called + (1 + service) * kMinute, estimate, kBerlin);
}

Visit missedVisit(qint64 office, const QDate &day, int hour, int wait)
{
    const qint64 issued = at(day, hour);
    return Visit::of(office, day, 8, 2, TicketSource::Appointment, TicketStatus::NoShow, issued,
                     issued, issued + wait * kMinute, 0, 0, -1, kBerlin);
}

PeriodStatistics periodOf(const QList<Visit> &visits, const QDate &from, const QDate &to,
                          StatisticsGrouping groupBy, QHash<qint64, int> targets = {{1, 20}})
{
    PeriodTally tally(from, to, groupBy, std::move(targets));
    for (const Visit &visit : visits)
        tally.add(visit);
    return tally.result();
}
} // namespace

class tst_PeriodStatistics : public QObject
{
    Q_OBJECT

private slots:
    void percentilesAreOverTheVisitorsOfThePeriod();
    void groupKeysFollowTime_data();
    void groupKeysFollowTime();
    void eachOfficeHasItsOwnWaitTarget();
    void countersArePresentFromFirstCallToLastFinish();
    void theEstimatesErrorAndTheWaitStatistics();
    void theHeatMapCountsTheWeekdaysOfThePeriod();
    void aDigestGivesBackItsVisits();
    void aDigestOfAnotherFormatIsRefused();
    void groupingNames();
    void aHistogramGivesTheFiguresOfItsValues();
    void outliersKeepTheirPlaceInThePercentiles();
};

void tst_PeriodStatistics::percentilesAreOverTheVisitorsOfThePeriod()
{
    // Monday: waits 1, 2, 3; Tuesday: 30. The median of the daily medians
    // would be 16, their mean 16; over the four visitors it is 2.
    const QDate monday(2026, 11, 23);
    const QDate tuesday = monday.addDays(1);
    const QList<Visit> visits{servedVisit(1, monday, 9, 1, 10), servedVisit(1, monday, 9, 2, 10),
                              servedVisit(1, monday, 10, 3, 10),
                              servedVisit(1, tuesday, 9, 30, 10)};
    const PeriodStatistics period = periodOf(visits, monday, tuesday, StatisticsGrouping::Day);
    QCOMPARE(period.totals.issued, 4);
    QCOMPARE(period.totals.served, 4);
    QCOMPARE(period.totals.wait.count, 4);
    QCOMPARE(period.totals.wait.median, 2.0);
    QCOMPARE(period.totals.wait.p90, 30.0);
    QCOMPARE(period.totals.wait.mean, 9.0);
    QCOMPARE(*period.totals.serviceLevel, 0.75); // 30 is over the target of 20
    QCOMPARE(period.groups.size(), 2);
    QCOMPARE(period.groups.at(0).key, u"2026-11-23"_s);
    QCOMPARE(period.groups.at(0).figures.issued, 3);
    QCOMPARE(period.groups.at(0).figures.wait.median, 2.0);
    QCOMPARE(period.groups.at(1).key, u"2026-11-24"_s);
    QCOMPARE(period.groups.at(1).figures.wait.median, 30.0);

    const QJsonObject json = period.toJson();
    QCOMPARE(json[u"groupBy"_s].toString(), u"day"_s);
    QCOMPARE(json[u"from"_s].toString(), u"2026-11-23"_s);
    QCOMPARE(json[u"totals"_s][u"waitMinutes"_s][u"median"_s].toDouble(), 2.0);
    QCOMPARE(json[u"groups"_s][1][u"key"_s].toString(), u"2026-11-24"_s);
    QCOMPARE(json[u"groups"_s][1][u"issued"_s].toInt(), 1);
}

void tst_PeriodStatistics::groupKeysFollowTime_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<StatisticsGrouping>("grouping");
    QTest::addColumn<QString>("key");
    QTest::addRow("hour") << QDate(2026, 11, 30) << StatisticsGrouping::Hour << u"2026-11-30T09"_s;
    QTest::addRow("day") << QDate(2026, 11, 30) << StatisticsGrouping::Day << u"2026-11-30"_s;
    QTest::addRow("week") << QDate(2026, 11, 30) << StatisticsGrouping::Week << u"2026-W49"_s;
    // 1 January 2027 is a Friday: it belongs to the last week of 2026.
    QTest::addRow("week at the new year")
        << QDate(2027, 1, 1) << StatisticsGrouping::Week << u"2026-W53"_s;
    QTest::addRow("early week") << QDate(2027, 1, 4) << StatisticsGrouping::Week << u"2027-W01"_s;
    QTest::addRow("month") << QDate(2026, 2, 3) << StatisticsGrouping::Month << u"2026-02"_s;
    QTest::addRow("weekday") << QDate(2026, 11, 29) << StatisticsGrouping::Weekday << u"7"_s;
}

void tst_PeriodStatistics::groupKeysFollowTime()
{
    QFETCH(QDate, day);
    QFETCH(StatisticsGrouping, grouping);
    QFETCH(QString, key);
    QCOMPARE(statisticsGroupKey(servedVisit(1, day, 9, 5, 10), grouping), key);
}

void tst_PeriodStatistics::eachOfficeHasItsOwnWaitTarget()
{
    // Both waited 15 minutes: within office 1's 20, beyond office 2's 10.
    const QDate day(2026, 11, 30);
    const PeriodStatistics period =
        periodOf({servedVisit(1, day, 9, 15, 10), servedVisit(2, day, 9, 15, 10)}, day, day,
                 StatisticsGrouping::Day, {{1, 20}, {2, 10}});
    QCOMPARE(*period.totals.serviceLevel, 0.5);
}

void tst_PeriodStatistics::countersArePresentFromFirstCallToLastFinish()
{
    // Counter 1 on Monday: called 9:05, finished 9:16; called 10:05,
    // finished 10:26; present 81 minutes, busy 30. Tuesday: 10 of 10.
    const QDate monday(2026, 11, 23);
    const PeriodStatistics period =
        periodOf({servedVisit(1, monday, 9, 5, 10), servedVisit(1, monday, 10, 5, 20),
                  servedVisit(1, monday.addDays(1), 9, 5, 10), missedVisit(1, monday, 11, 3)},
                 monday, monday.addDays(1), StatisticsGrouping::Day);
    QCOMPARE(period.byCounter.size(), 2);
    const CounterFigures first = period.byCounter.at(0);
    QCOMPARE(first.counterId, qint64(1));
    QCOMPARE(first.served, 3);
    QCOMPARE(first.busyMinutes, 40.0);
    QCOMPARE(first.presentMinutes, 81.0 + 11.0);
    QCOMPARE(*first.utilisation(), 40.0 / 92.0);
    // Counter 2 only called a visitor who did not come: no time to measure.
    QCOMPARE(period.byCounter.at(1).served, 0);
    QCOMPARE(period.byCounter.at(1).presentMinutes, 0.0);
    QVERIFY(!period.byCounter.at(1).utilisation());
}

void tst_PeriodStatistics::theEstimatesErrorAndTheWaitStatistics()
{
    const QDate day(2026, 11, 30);
    const PeriodStatistics period =
        periodOf({servedVisit(1, day, 9, 10, 5, 1, TicketSource::WalkIn, 4),  // told 4, waited 10
                  servedVisit(1, day, 9, 20, 5, 1, TicketSource::WalkIn, 22), // told 22, waited 20
                  servedVisit(1, day, 9, 3, 5, 1, TicketSource::Appointment), // told nothing
                  missedVisit(1, day, 9, 2)},
                 day, day, StatisticsGrouping::Day);
    QCOMPARE(period.totals.estimateError.count, 2);
    QCOMPARE(period.totals.estimateError.mean, 4.0);
    QCOMPARE(period.totals.estimateError.max, 6.0);
    QCOMPARE(period.totals.noShow, 1);
    QCOMPARE(period.totals.appointment.noShow, 1);
    // Punctuality: only the appointment with a start (due at issue, called 2 later).
    QCOMPARE(period.totals.punctuality.count, 1);
    QCOMPARE(period.totals.punctuality.mean, 2.0);
    QCOMPARE(period.totals.appointment.issued, 2);
    QCOMPARE(period.byHour.size(), 1);
    const PeriodStatistics::Hour nine = period.byHour.first();
    QCOMPARE(nine.hour, 9);
    QCOMPARE(nine.arrivals, 4);
    QCOMPARE(nine.walkIn.count, 2);
    QCOMPARE(*nine.walkIn.meanWaitMinutes, 15.0);
    QCOMPARE(*nine.walkIn.meanWalkMinutes, 1.0);
    QCOMPARE(*nine.walkIn.meanEstimateMinutes, 13.0);
    QCOMPARE(nine.appointment.count, 2); // called, whether they came or not
    QCOMPARE(*nine.appointment.meanWaitMinutes, 2.5);
    QVERIFY(!nine.appointment.meanEstimateMinutes);
    const QJsonObject json = period.toJson();
    QVERIFY(json[u"byHour"_s][0][u"appointment"_s][u"meanEstimateMinutes"_s].isNull());
    QCOMPARE(json[u"totals"_s][u"estimateErrorMinutes"_s][u"mean"_s].toDouble(), 4.0);
}

void tst_PeriodStatistics::theHeatMapCountsTheWeekdaysOfThePeriod()
{
    // Two weeks from Monday 16 November: two Mondays, two Tuesdays.
    const QDate monday(2026, 11, 16);
    const PeriodStatistics period =
        periodOf({servedVisit(1, monday, 11, 10, 5), servedVisit(1, monday.addDays(7), 11, 20, 5),
                  servedVisit(1, monday.addDays(8), 9, 4, 5)},
                 monday, monday.addDays(13), StatisticsGrouping::Week);
    QCOMPARE(period.heatMap.size(), 2);
    QCOMPARE(period.heatMap.at(0).weekday, 1);
    QCOMPARE(period.heatMap.at(0).hour, 11);
    QCOMPARE(period.heatMap.at(0).days, 2);
    QCOMPARE(period.heatMap.at(0).arrivals, 2);
    QCOMPARE(*period.heatMap.at(0).meanWaitMinutes, 15.0);
    QCOMPARE(period.heatMap.at(1).weekday, 2);
    QCOMPARE(period.heatMap.at(1).hour, 9);
    QCOMPARE(period.groups.size(), 2);
    QCOMPARE(period.groups.at(0).key, u"2026-W47"_s);
    QCOMPARE(period.groups.at(1).key, u"2026-W48"_s);
    QCOMPARE(period.groups.at(1).figures.issued, 2);
}

void tst_PeriodStatistics::aDigestGivesBackItsVisits()
{
    const QDate day(2026, 10, 25); // 25 hours
    QList<Visit> visits{servedVisit(3, day, 9, 5, 10, 4, TicketSource::Appointment, 12),
                        missedVisit(3, day, 11, 2)};
    Visit waiting = Visit::of(3, day, 9, 0, TicketSource::Kiosk, TicketStatus::Waiting, at(day, 12),
                              0, 0, 0, 0, 6, kBerlin);
    visits.append(waiting);
    QVERIFY(waiting.waiting);
    const auto decoded = decodeVisits(encodeVisits(visits), 3, day);
    QVERIFY(decoded);
    QCOMPARE(*decoded, visits);
    const auto none = decodeVisits(encodeVisits({}), 3, day);
    QVERIFY(none);
    QVERIFY(none->isEmpty());
    // 34 bytes a visit after a header and a base time.
    QCOMPARE(encodeVisits(visits).size(), 16 + 34 * visits.size());

    // Values the compact records cannot hold (an id beyond 32 bits, a
    // ticket finished a month after its issue) are kept whole.
    Visit odd = visits.first();
    odd.serviceId = qint64(1) << 40;
    Visit late = visits.first();
    late.finishedAt = late.issuedAt + qint64(30) * 24 * 60 * 60 * 1000;
    for (const Visit &unusual : {odd, late}) {
        const QList<Visit> day2{visits.last(), unusual};
        const QByteArray wide = encodeVisits(day2);
        QCOMPARE(wide.size(), 8 + 64 * day2.size());
        QCOMPARE(decodeVisits(wide, 3, day), std::optional(day2));
    }
}

void tst_PeriodStatistics::aDigestOfAnotherFormatIsRefused()
{
    const QDate day(2026, 11, 30);
    QByteArray bytes = encodeVisits({servedVisit(1, day, 9, 5, 10)});
    QVERIFY(!decodeVisits(bytes.left(bytes.size() - 3), 1, day)); // cut short
    QVERIFY(!decodeVisits(bytes + "x", 1, day));                  // longer
    QByteArray otherFormat = bytes;
    otherFormat[3] = char(otherFormat[3] + 1);
    QVERIFY(!decodeVisits(otherFormat, 1, day));
    QVERIFY(!decodeVisits({}, 1, day));
    // A compact header that promises more records than there are bytes.
    QByteArray huge = bytes;
    huge[4] = huge[5] = huge[6] = huge[7] = char(0xFF);
    QVERIFY(!decodeVisits(huge, 1, day));
    QVERIFY(!decodeVisits(bytes.left(16 + 20), 1, day)); // a record cut short
    QByteArray wideHeader = bytes;
    wideHeader[0] = char(0x02); // the wide format's bytes are not compact ones
    QVERIFY(!decodeVisits(wideHeader, 1, day));
}

void tst_PeriodStatistics::groupingNames()
{
    for (const auto grouping :
         {StatisticsGrouping::Hour, StatisticsGrouping::Day, StatisticsGrouping::Week,
          StatisticsGrouping::Month, StatisticsGrouping::Weekday})
        QCOMPARE(statisticsGroupingFromName(statisticsGroupingName(grouping)), grouping);
    QVERIFY(!statisticsGroupingFromName(u"year"));
    QVERIFY(!statisticsGroupingFromName(u""));
}

void tst_PeriodStatistics::aHistogramGivesTheFiguresOfItsValues()
{
    // Tenths of minutes as shown; negative ones (an appointment called early)
    // and one far beyond the others (called days later) among them.
    const QList<double> minutes{3.04, -2.5, 12.26, 7.0, 0.0, 7.0, 45.55, 8000.0, 1.0, -0.04};
    MinuteHistogram histogram;
    for (const double m : minutes)
        histogram.add(m);
    const MinuteFigures figures = histogram.figures();
    QCOMPARE(figures.count, 10);
    QCOMPARE(figures.max, 8000.0);
    QCOMPARE(figures.mean, (3.04 - 2.5 + 12.26 + 7 + 0 + 7 + 45.55 + 8000 + 1 - 0.04) / 10);
    // Sorted: -2.5, -0.04, 0, 1, 3.04, 7, 7, 12.26, 45.55, 8000; the 5th and
    // the 9th, to a tenth.
    QCOMPARE(figures.median, 3.0);
    QCOMPARE(figures.p90, 45.6);
    QCOMPARE(MinuteFigures::of(minutes).median, 3.0);
    const QJsonObject json = figures.toJson();
    QCOMPARE(json[u"median"_s].toDouble(), 3.0);
    QCOMPARE(json[u"max"_s].toDouble(), 8000.0);
    QCOMPARE(MinuteHistogram().figures().count, 0);
}

void tst_PeriodStatistics::outliersKeepTheirPlaceInThePercentiles()
{
    // Beyond the binned window (an hour early to four hours late) and more
    // than a week apart: each counted where it is, not at a bound.
    MinuteHistogram histogram;
    for (const double m : {-3000.0, -90.0, 0.5, 2.0, 2.0, 239.9, 241.0, 20000.0, 30000.0, 30000.0})
        histogram.add(m);
    const MinuteFigures figures = histogram.figures();
    QCOMPARE(figures.count, 10);
    QCOMPARE(figures.median, 2.0);  // 5th
    QCOMPARE(figures.p90, 30000.0); // 9th
    QCOMPARE(figures.max, 30000.0);
    MinuteHistogram below;
    for (const double m : {-3000.0, -2000.0, 5.0})
        below.add(m);
    QCOMPARE(below.figures().median, -2000.0);
    QCOMPARE(below.figures().p90, 5.0);
    // At the window's edges, rounding decides: -60.04 is shown as -60.0, a bin.
    MinuteHistogram edge;
    for (const double m : {-60.04, 5.0, 5.0})
        edge.add(m);
    QCOMPARE(edge.figures().median, 5.0);
    QCOMPARE(edge.figures().p90, 5.0);
    MinuteHistogram edges;
    for (const double m : {-60.06, -10.0, 5.0, 6.0, 240.04, 240.06})
        edges.add(m);
    QCOMPARE(edges.figures().median, 5.0); // 3rd of 6
    QCOMPARE(edges.figures().p90, 240.1);  // 6th
    MinuteHistogram below2;
    for (const double m : {-60.04, -10.0, 5.0, 6.0})
        below2.add(m);
    QCOMPARE(below2.figures().median, -10.0);
    QCOMPARE(below2.figures().p90, 6.0);
}

QTEST_GUILESS_MAIN(tst_PeriodStatistics)
#include "tst_periodstatistics.moc"
