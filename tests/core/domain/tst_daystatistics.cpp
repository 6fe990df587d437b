// An office's day in figures, on tickets whose times are known: exact counts,
// nearest-rank median and 90th percentile (never averages of averages), the
// service level against the wait target, walk-ins and appointments apart,
// hours in the office's time zone, also on the days the clocks change.

#include "core/domain/daystatistics.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kMinute = 60 * 1000;
const QTimeZone kBerlin(QByteArrayLiteral("Europe/Berlin"));

// The day's figures as the server makes them: tickets read as visits.
DayStatistics dayOf(const QString &date, const QList<Ticket> &tickets, qint64 now = 0)
{
    QList<Visit> visits;
    for (Ticket ticket : tickets) {
        ticket.serviceDay = date;
        visits.append(Visit::of(ticket, kBerlin));
    }
    return DayStatistics::of(1, QDate::fromString(date, Qt::ISODate), visits, 20, now);
}

qint64 at(const QString &localTime) // "2026-11-30T09:15" in Berlin
{
    const QDateTime parsed = QDateTime::fromString(localTime, Qt::ISODate);
    return QDateTime(parsed.date(), parsed.time(), kBerlin).toMSecsSinceEpoch();
}

// A served visitor: issued, called after `wait` minutes, served for `service`.
Ticket served(qint64 issued, int wait, int service, qint64 counter, qint64 serviceId = 1,
              TicketSource source = TicketSource::WalkIn)
{
    Ticket t;
    t.serviceId = serviceId;
    t.source = source;
    t.status = TicketStatus::Done;
    t.issuedAt = issued;
    t.firstCalledAt = issued + wait * kMinute;
    t.startedAt = t.firstCalledAt + kMinute;
    t.finishedAt = t.startedAt + service * kMinute;
    t.counterId = counter;
    return t;
}

Ticket withStatus(qint64 issued, TicketStatus status, int wait = -1)
{
    Ticket t;
    t.serviceId = 2;
    t.status = status;
    t.issuedAt = issued;
    if (wait >= 0)
        t.firstCalledAt = issued + wait * kMinute;
    return t;
}
} // namespace

class tst_DayStatistics : public QObject
{
    Q_OBJECT

private slots:
    void percentilesAreNearestRank_data();
    void percentilesAreNearestRank();
    void aDayInFigures();
    void anEmptyDayHasNoLevel();
    void hoursAreTheOfficesOnTheDaysTheClocksChange();
};

void tst_DayStatistics::percentilesAreNearestRank_data()
{
    QTest::addColumn<QList<double>>("minutes");
    QTest::addColumn<double>("median");
    QTest::addColumn<double>("p90");
    QTest::addColumn<double>("mean");
    QTest::addRow("one") << QList<double>{7} << 7.0 << 7.0 << 7.0;
    QTest::addRow("two") << QList<double>{10, 2} << 2.0 << 10.0 << 6.0;
    QTest::addRow("ten") << QList<double>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10} << 5.0 << 9.0 << 5.5;
    QTest::addRow("eleven, unsorted")
        << QList<double>{11, 1, 10, 2, 9, 3, 8, 4, 7, 5, 6} << 6.0 << 10.0 << 6.0;
}

void tst_DayStatistics::percentilesAreNearestRank()
{
    QFETCH(QList<double>, minutes);
    QFETCH(double, median);
    QFETCH(double, p90);
    QFETCH(double, mean);
    const MinuteFigures figures = MinuteFigures::of(minutes);
    QCOMPARE(figures.count, minutes.size());
    QCOMPARE(figures.median, median);
    QCOMPARE(figures.p90, p90);
    QCOMPARE(figures.mean, mean);
    QCOMPARE(figures.max, *std::max_element(minutes.cbegin(), minutes.cend()));
}

void tst_DayStatistics::aDayInFigures()
{
    const QList<Ticket> tickets{
        // Walk-ins at 9 o'clock: waits 5, 15, 25 minutes; served 10, 20, 30.
        served(at(u"2026-11-30T09:00"_s), 5, 10, 1),
        served(at(u"2026-11-30T09:10"_s), 15, 20, 2),
        served(at(u"2026-11-30T09:20"_s), 25, 30, 1, 3),
        // An appointment at 10: called after 2 minutes, served 8.
        served(at(u"2026-11-30T10:00"_s), 2, 8, 2, 3, TicketSource::Appointment),
        // Called after 40 minutes, did not come; one cancelled; one waiting.
        withStatus(at(u"2026-11-30T10:30"_s), TicketStatus::NoShow, 40),
        withStatus(at(u"2026-11-30T10:40"_s), TicketStatus::Cancelled),
        withStatus(at(u"2026-11-30T11:05"_s), TicketStatus::Waiting),
    };
    const DayStatistics day = dayOf(u"2026-11-30"_s, tickets);
    QCOMPARE(day.issued, 7);
    QCOMPARE(day.served, 4);
    QCOMPARE(day.noShow, 1);
    QCOMPARE(day.cancelled, 1);
    QCOMPARE(day.open, 1);
    // Waits of those called: 2, 5, 15, 25, 40.
    QCOMPARE(day.wait.count, 5);
    QCOMPARE(day.wait.mean, 17.4);
    QCOMPARE(day.wait.median, 15.0);
    QCOMPARE(day.wait.p90, 40.0);
    QCOMPARE(day.wait.max, 40.0);
    // Within 20 minutes: 2, 5, 15 of five.
    QVERIFY(day.serviceLevel);
    QCOMPARE(*day.serviceLevel, 0.6);
    QCOMPARE(day.service.count, 4);
    QCOMPARE(day.service.mean, 17.0);
    QCOMPARE(day.service.median, 10.0);

    QCOMPARE(day.walkIn.issued, 6);
    QCOMPARE(day.walkIn.served, 3);
    QCOMPARE(day.walkIn.noShow, 1);
    QCOMPARE(day.appointment.issued, 1);
    QCOMPARE(day.appointment.wait.mean, 2.0);

    // By local hour: arrivals 9 (3), 10 (3), 11 (1); served by the hour they finished.
    QCOMPARE(day.byHour.size(), 3);
    QCOMPARE(day.byHour.at(0).hour, 9);
    QCOMPARE(day.byHour.at(0).arrivals, 3);
    QCOMPARE(day.byHour.at(0).served, 2); // finished 09:16 and 09:46
    QCOMPARE(day.byHour.at(0).wait.mean, 15.0);
    QCOMPARE(day.byHour.at(1).hour, 10);
    QCOMPARE(day.byHour.at(1).arrivals, 3);
    QCOMPARE(day.byHour.at(1).served, 2);       // 10:11 and 10:16
    QCOMPARE(day.byHour.at(1).wait.mean, 21.0); // 2 and 40
    QCOMPARE(day.byHour.at(2).arrivals, 1);

    QCOMPARE(day.byService.size(), 3);
    QCOMPARE(day.byService.at(0).serviceId, qint64(1));
    QCOMPARE(day.byService.at(0).served, 2);
    QCOMPARE(day.byService.at(0).service.mean, 15.0);
    QCOMPARE(day.byService.at(2).serviceId, qint64(3));
    QCOMPARE(day.byService.at(2).served, 2);

    QCOMPARE(day.byCounter.size(), 2);
    QCOMPARE(day.byCounter.at(0).counterId, qint64(1));
    QCOMPARE(day.byCounter.at(0).served, 2);
    QCOMPARE(day.byCounter.at(0).busyMinutes, 40.0);
    QCOMPARE(day.byCounter.at(1).busyMinutes, 28.0);

    // The JSON says the same, in whole tenths of minutes, and nothing else.
    const QJsonObject json = day.toJson();
    QCOMPARE(json[u"issued"_s].toInt(), 7);
    QCOMPARE(json[u"serviceLevel"_s].toDouble(), 0.6);
    QCOMPARE(json[u"waitMinutes"_s][u"p90"_s].toDouble(), 40.0);
    QCOMPARE(json[u"byCounter"_s][0][u"counterId"_s].toString(), u"1"_s);
}

void tst_DayStatistics::anEmptyDayHasNoLevel()
{
    const DayStatistics day = dayOf(u"2026-11-29"_s, {});
    QCOMPARE(day.issued, 0);
    QVERIFY(!day.serviceLevel);
    const QJsonObject json = day.toJson();
    QVERIFY(json[u"serviceLevel"_s].isNull());
    QVERIFY(json[u"waitMinutes"_s][u"mean"_s].isNull());
    QCOMPARE(json[u"byHour"_s].toArray().size(), 0);
}

void tst_DayStatistics::hoursAreTheOfficesOnTheDaysTheClocksChange()
{
    // 25 October 2026: at 03:00 summer time the clocks go back to 02:00.
    // Two tickets an hour apart in UTC are both issued at 02:30 local time.
    const qint64 firstHalfPastTwo =
        QDateTime(QDate(2026, 10, 25), QTime(0, 30), Qt::UTC).toMSecsSinceEpoch();
    const QList<Ticket> autumn{withStatus(firstHalfPastTwo, TicketStatus::Waiting),
                               withStatus(firstHalfPastTwo + 60 * kMinute, TicketStatus::Waiting),
                               withStatus(firstHalfPastTwo + 120 * kMinute, TicketStatus::Waiting)};
    const DayStatistics longDay = dayOf(u"2026-10-25"_s, autumn);
    QCOMPARE(longDay.byHour.size(), 2);
    QCOMPARE(longDay.byHour.at(0).hour, 2);
    QCOMPARE(longDay.byHour.at(0).arrivals, 2);
    QCOMPARE(longDay.byHour.at(1).hour, 3);
    QCOMPARE(longDay.issued, 3); // the day is not doubled

    // 29 March 2026: 02:00 does not exist; 01:30 UTC is 03:30 summer time.
    const qint64 spring = QDateTime(QDate(2026, 3, 29), QTime(1, 30), Qt::UTC).toMSecsSinceEpoch();
    const DayStatistics shortDay =
        dayOf(u"2026-03-29"_s, {withStatus(spring, TicketStatus::Waiting)});
    QCOMPARE(shortDay.byHour.at(0).hour, 3);
}

QTEST_GUILESS_MAIN(tst_DayStatistics)
#include "tst_daystatistics.moc"
