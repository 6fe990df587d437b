// A scenario derived from an office's past visits: rates per hour averaged
// over the days, processing minutes learned once there are enough visits,
// appointments counted with those who did not come, and the counters as
// they are now.

#include "core/simulation/historyscenario.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QDate kMonday(2026, 11, 16);

Visit visit(const QDate &day, qint64 serviceId, int hour, int minute, bool appointment = false)
{
    Visit v;
    v.officeId = 1;
    v.day = day;
    v.serviceId = serviceId;
    v.appointment = appointment;
    v.arrivalHour = hour;
    v.issuedAt = QDateTime(day, QTime(hour, minute)).toMSecsSinceEpoch();
    return v;
}

Visit served(Visit v, double minutes)
{
    v.outcome = Visit::Outcome::Served;
    v.firstCalledAt = v.startedAt = v.issuedAt + 60000;
    v.finishedAt = v.startedAt + qint64(minutes * 60000);
    return v;
}

ScenarioSource office()
{
    ScenarioSource source;
    source.name = u"Bürgeramt Mitte, Montage"_s;
    source.services = {{u"1"_s, u"Anmeldung"_s, 15}, {u"2"_s, u"Reisepass"_s, 20}};
    source.counters = {{u"1"_s, {u"1"_s, u"2"_s}, {}}, {u"2"_s, {u"3"_s}, {}}};
    source.serviceLevelTargetMinutes = 25;
    return source;
}
} // namespace

class tst_HistoryScenario : public QObject
{
    Q_OBJECT

private slots:
    void playsTheHistoryBack();
    void withoutHistoryAnOrdinaryDay();
};

void tst_HistoryScenario::playsTheHistoryBack()
{
    QList<Visit> visits;
    const QDate tuesday = kMonday.addDays(7);
    // Walk-ins for service 1: four and two at 9, one at 10; six served in 8 to 12 minutes.
    for (int i = 0; i < 4; ++i)
        visits.append(served(visit(kMonday, 1, 9, 10 * i), 8 + i));
    for (int i = 0; i < 2; ++i)
        visits.append(served(visit(tuesday, 1, 9, 10 * i), 10 + 2 * i));
    visits.append(visit(kMonday, 1, 10, 30));
    // Six appointments for service 2, each 4 minutes early (two never
    // came to the counter), only two served: the typical 20 minutes hold.
    for (const QDate &day : {kMonday, tuesday}) {
        for (const int hour : {9, 10, 10}) {
            Visit v = visit(day, 2, hour, 0, true);
            v.dueAt = v.issuedAt + 4 * 60000;
            visits.append(hour == 9 ? served(v, 30) : v);
        }
    }
    visits[visits.size() - 1].outcome = Visit::Outcome::NoShow;
    visits[visits.size() - 2].outcome = Visit::Outcome::NoShow;

    ScenarioSource source = office();
    source.noShowRate = 0.2; // from the appointments: one in five never came
    const Scenario scenario = HistoryScenario::of(source, visits);
    QCOMPARE(scenario.name, source.name);
    QCOMPARE(scenario.opensMinute, 9 * 60);
    QCOMPARE(scenario.closesMinute, 11 * 60);
    QCOMPARE(scenario.services.size(), 2);
    QCOMPARE(scenario.services.at(0).walkInsPerHour, (QList<double>{3.0, 0.5}));
    QCOMPARE(scenario.services.at(0).meanMinutes, 10.0); // 8, 9, 10, 11, 10, 12
    QVERIFY(scenario.services.at(0).sdMinutes > 1 && scenario.services.at(0).sdMinutes < 2);
    QCOMPARE(scenario.services.at(0).appointmentsPerHour, 0);
    QCOMPARE(scenario.services.at(1).walkInsPerHour, (QList<double>{0.0, 0.0}));
    QCOMPARE(scenario.services.at(1).meanMinutes, 20.0);
    QCOMPARE(scenario.services.at(1).sdMinutes, 8.0);
    // Six came over two days, as 80 % of those booked: 3.75 a day in two hours.
    QCOMPARE(scenario.services.at(1).appointmentsPerHour, 2);
    QCOMPARE(scenario.noShowRate, 0.2);
    QCOMPARE(scenario.appointmentArrivalMeanMinutes, -4.0);
    QCOMPARE(scenario.appointmentArrivalSdMinutes, 0.0);
    QCOMPARE(scenario.serviceLevelTargetMinutes, 25);
    // The counter of a service the office no longer has is left out.
    QCOMPARE(scenario.counters.size(), 1);
    QCOMPARE(scenario.counters.at(0).services, (QStringList{u"1"_s, u"2"_s}));

    // Without the appointments' figure, the visits' own no-shows count ...
    ScenarioSource fromVisits = office();
    QCOMPARE(HistoryScenario::of(fromVisits, visits).noShowRate, 2.0 / 6.0);
    // ... but a figure of fewer than five people tells of one of them: the
    // defaults stand in.
    const QList<Visit> few = visits.mid(0, visits.size() - 2);
    const Scenario fromFew = HistoryScenario::of(fromVisits, few);
    QCOMPARE(fromFew.noShowRate, 0.0);
    QCOMPARE(fromFew.appointmentArrivalMeanMinutes, -5.0);
    QCOMPARE(fromFew.appointmentArrivalSdMinutes, 5.0);

    // What it derives is a scenario like any other.
    const Result<Scenario> again = Scenario::fromJson(scenario.toJson());
    QVERIFY2(again.ok(), qPrintable(again ? QString() : again.reason().message));
}

void tst_HistoryScenario::withoutHistoryAnOrdinaryDay()
{
    const Scenario scenario = HistoryScenario::of(office(), {});
    QCOMPARE(scenario.opensMinute, 8 * 60);
    QCOMPARE(scenario.closesMinute, 16 * 60);
    QCOMPARE(scenario.services.at(0).walkInsPerHour, QList<double>(8, 0.0));
    QCOMPARE(scenario.services.at(0).meanMinutes, 15.0);
    QVERIFY(Scenario::fromJson(scenario.toJson()).ok());
}

QTEST_GUILESS_MAIN(tst_HistoryScenario)
#include "tst_historyscenario.moc"
