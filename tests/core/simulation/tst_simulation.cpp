// Whole simulated days: the same seed gives the same result, figures that
// can be worked out by hand come out so, and the policies differ where
// they should.

#include "core/simulation/simulation.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
Scenario scenarioOf(const QByteArray &json)
{
    const Result<Scenario> scenario = Scenario::fromJson(json);
    if (!scenario)
        qFatal("bad scenario in the test: %s", qPrintable(scenario.reason().message));
    return *scenario;
}

// Eight hours, two services of very different length, four counters of
// which one alone takes the second; busy enough for a queue.
const char *const kBusyDay = R"({
  "opening": {"from": "08:00", "to": "16:00"},
  "services": [
    {"id": "kurz", "minutes": {"mean": 4, "sd": 2}, "walkInsPerHour": [12, 14, 16, 18, 18, 16, 14, 12],
     "appointmentsPerHour": 2},
    {"id": "lang", "minutes": {"mean": 20, "sd": 8}, "walkInsPerHour": [3, 3, 4, 4, 4, 4, 3, 3],
     "appointmentsPerHour": 1}
  ],
  "counters": [{"id": "1", "services": ["kurz", "lang"]}, {"id": "2", "services": ["kurz", "lang"]},
               {"id": "3", "services": ["kurz", "lang"]}, {"id": "4", "services": ["lang"]}],
  "noShowRate": 0.15,
  "appointmentArrivalMinutes": {"mean": -5, "sd": 4}
})";
} // namespace

class tst_Simulation : public QObject
{
    Q_OBJECT

private slots:
    void theSameSeedGivesTheSameDays();
    void appointmentsOnTimeAtAFreeCounterWaitNothing();
    void aQueueAtOneCounterIsServedInTurn();
    void everyoneWhoCameIsServed();
    void aCounterWorksInItsHoursOnly();
    void walkInsEstimatesAreMeasuredApart();
    void theTresenKnobsPlayTheSameVisitorsDifferently();
    void walkInsAreToldOfTheBookingsToCome();
};

void tst_Simulation::theSameSeedGivesTheSameDays()
{
    const Scenario scenario = scenarioOf(kBusyDay);
    for (const DispatchPolicy policy :
         {DispatchPolicy::Fifo, DispatchPolicy::Zms, DispatchPolicy::Tresen}) {
        const SimulationResult first = simulate(scenario, {policy, 3, 42, {}});
        const SimulationResult again = simulate(scenario, {policy, 3, 42, {}});
        QCOMPARE(again.toJson(), first.toJson());
        const SimulationResult other = simulate(scenario, {policy, 3, 43, {}});
        QVERIFY(other.toJson() != first.toJson());
    }
    // Every policy meets the same visitors.
    const SimulationResult fifo = simulate(scenario, {DispatchPolicy::Fifo, 3, 42, {}});
    const SimulationResult tresen = simulate(scenario, {DispatchPolicy::Tresen, 3, 42, {}});
    QCOMPARE(tresen.visitors, fifo.visitors);
    QCOMPARE(tresen.noShows, fifo.noShows);
}

void tst_Simulation::appointmentsOnTimeAtAFreeCounterWaitNothing()
{
    // One appointment an hour, 10 minutes long, everyone punctual.
    const Scenario scenario = scenarioOf(R"({
      "opening": {"from": "09:00", "to": "12:00"},
      "services": [{"id": "a", "minutes": {"mean": 10, "sd": 0}, "appointmentsPerHour": 1}],
      "counters": [{"id": "1", "services": ["a"]}],
      "noShowRate": 0, "appointmentArrivalMinutes": {"mean": 0, "sd": 0}
    })");
    const SimulationResult result = simulate(scenario, {DispatchPolicy::Tresen, 5, 1, {}});
    QCOMPARE(result.visitors, 15);
    QCOMPARE(result.served, 15);
    QCOMPARE(result.noShows, 0);
    QCOMPARE(result.maxWaitMinutes, 0.0);
    QCOMPARE(result.appointmentLatenessP90Minutes, 0.0);
    QCOMPARE(result.serviceLevel, 1.0);
    QCOMPARE(result.estimateMedianAbsErrorMinutes, 0.0);
    // Busy 10 of every 60 minutes it is staffed (all three opening hours).
    QVERIFY(qAbs(result.utilisation - 30.0 / 180.0) < 0.01);
    QCOMPARE(result.serviceLevelByHour, (QList<double>{1.0, 1.0, 1.0}));
}

void tst_Simulation::aQueueAtOneCounterIsServedInTurn()
{
    // Twelve punctual appointments in an hour (every 5 minutes), 10 minutes
    // each, one counter: the k-th is called at 10k minutes, 5k after its
    // start; the forecast at arrival knows it exactly.
    const Scenario scenario = scenarioOf(R"({
      "opening": {"from": "09:00", "to": "10:00"},
      "services": [{"id": "a", "minutes": {"mean": 10, "sd": 0}, "appointmentsPerHour": 12}],
      "counters": [{"id": "1", "services": ["a"]}],
      "noShowRate": 0, "appointmentArrivalMinutes": {"mean": 0, "sd": 0}
    })");
    for (const DispatchPolicy policy :
         {DispatchPolicy::Fifo, DispatchPolicy::Zms, DispatchPolicy::Tresen}) {
        const SimulationResult result = simulate(scenario, {policy, 1, 7, {}});
        QCOMPARE(result.served, 12);
        QCOMPARE(result.meanWaitMinutes, 27.5);
        QCOMPARE(result.maxWaitMinutes, 55.0);
        QCOMPARE(result.appointmentLatenessP90Minutes, 49.5); // between 45 and 50
        QCOMPARE(result.serviceLevel, 5.0 / 12.0);            // 0 to 20 minutes
        QCOMPARE(result.estimateMedianAbsErrorMinutes, 0.0);
        QCOMPARE(result.utilisation, 1.0);
    }
}

void tst_Simulation::everyoneWhoCameIsServed()
{
    const Scenario scenario = scenarioOf(kBusyDay);
    for (const DispatchPolicy policy :
         {DispatchPolicy::Fifo, DispatchPolicy::Zms, DispatchPolicy::Tresen}) {
        const SimulationResult result = simulate(scenario, {policy, 5, 3, {}});
        QVERIFY(result.visitors > 5 * 100);
        QCOMPARE(result.served, result.visitors);
        QVERIFY(result.meanWaitMinutes > 0);
        QVERIFY(result.p95WaitMinutes >= result.p90WaitMinutes);
        QVERIFY(result.maxWaitMinutes >= result.p95WaitMinutes);
        QVERIFY(result.utilisation > 0.3 && result.utilisation <= 1.0);
    }
}

void tst_Simulation::aCounterWorksInItsHoursOnly()
{
    // An appointment every 5 minutes, 10 minutes long: two counters keep up.
    const QByteArray json = R"({
      "opening": {"from": "09:00", "to": "11:00"},
      "services": [{"id": "a", "minutes": {"mean": 10, "sd": 0}, "appointmentsPerHour": 12}],
      "counters": [{"id": "1", "services": ["a"]}, {"id": "2", "services": ["a"]HOURS}],
      "noShowRate": 0, "appointmentArrivalMinutes": {"mean": 0, "sd": 0}
    })";
    const auto scenarioWith = [&json](const QByteArray &hours) {
        return scenarioOf(QByteArray(json).replace("HOURS", hours));
    };
    const SimulationResult both = simulate(scenarioWith(""), {DispatchPolicy::Fifo, 2, 1, {}});
    QCOMPARE(both.served, 48);
    QCOMPARE(both.maxWaitMinutes, 0.0);
    // The second counter starts at 10:00: the first hour's line builds up,
    // and the last one of it (09:55) is called at 10:20.
    const SimulationResult late =
        simulate(scenarioWith(R"(, "hours": [0, 1])"), {DispatchPolicy::Fifo, 2, 1, {}});
    QCOMPARE(late.served, 48);
    QVERIFY2(late.maxWaitMinutes > 20, qPrintable(QString::number(late.maxWaitMinutes)));
    QVERIFY(late.serviceLevelByHour.at(0) < 1.0);
    // Its working time counts from 10:00 only: 120 + 60 minutes and what
    // both worked on after closing.
    QVERIFY(late.utilisation > both.utilisation);
    // Nobody staffed after the first hour: whoever waits is served all the same.
    const SimulationResult early =
        simulate(scenarioWith(R"(, "hours": [1, 0])"), {DispatchPolicy::Fifo, 2, 1, {}});
    QCOMPARE(early.served, 48);
}

void tst_Simulation::walkInsEstimatesAreMeasuredApart()
{
    // Walk-ins only: their figures are everyone's.
    const Scenario walkIns = scenarioOf(R"({
      "opening": {"from": "08:00", "to": "12:00"},
      "services": [{"id": "a", "minutes": {"mean": 10, "sd": 4}, "walkInsPerHour": [14, 14, 14, 14]}],
      "counters": [{"id": "1", "services": ["a"]}, {"id": "2", "services": ["a"]}],
      "noShowRate": 0, "appointmentArrivalMinutes": {"mean": 0, "sd": 0}
    })");
    const SimulationResult alone = simulate(walkIns, {DispatchPolicy::Tresen, 5, 2, {}});
    QVERIFY(alone.estimateMedianAbsErrorMinutes > 0); // a queue: the forecast errs
    QCOMPARE(alone.walkInEstimateMedianAbsErrorMinutes, alone.estimateMedianAbsErrorMinutes);
    QCOMPARE(alone.walkInZmsEstimateMedianAbsErrorMinutes, alone.zmsEstimateMedianAbsErrorMinutes);
    QVERIFY(alone.walkInEstimateP90AbsErrorMinutes >= alone.walkInEstimateMedianAbsErrorMinutes);
    // Appointments only: no walk-in figures.
    const Scenario booked = scenarioOf(R"({
      "opening": {"from": "09:00", "to": "10:00"},
      "services": [{"id": "a", "minutes": {"mean": 10, "sd": 3}, "appointmentsPerHour": 6}],
      "counters": [{"id": "1", "services": ["a"]}],
      "noShowRate": 0, "appointmentArrivalMinutes": {"mean": 0, "sd": 0}
    })");
    const SimulationResult appointments = simulate(booked, {DispatchPolicy::Fifo, 3, 2, {}});
    QVERIFY(appointments.served > 0);
    QCOMPARE(appointments.walkInEstimateP90AbsErrorMinutes, 0.0);
    QCOMPARE(appointments.walkInZmsEstimateP90AbsErrorMinutes, 0.0);
    const QJsonObject json = alone.toJson();
    QCOMPARE(json[u"walkInEstimateMedianAbsErrorMinutes"_s].toDouble(),
             alone.walkInEstimateMedianAbsErrorMinutes);
    QCOMPARE(json[u"walkInZmsEstimateP90AbsErrorMinutes"_s].toDouble(),
             alone.walkInZmsEstimateP90AbsErrorMinutes);
}

void tst_Simulation::theTresenKnobsPlayTheSameVisitorsDifferently()
{
    const Scenario scenario = scenarioOf(kBusyDay);
    const SimulationResult shipped = simulate(scenario, {DispatchPolicy::Tresen, 5, 3, {}});
    // No cap, the shortest visit first: the short service's crowd goes
    // ahead of the long visits, so the mean falls.
    const SimulationResult shortFirst =
        simulate(scenario, {DispatchPolicy::Tresen, 5, 3, {0, 16.0}});
    QCOMPARE(shortFirst.visitors, shipped.visitors);
    QCOMPARE(shortFirst.served, shipped.served);
    QVERIFY2(shortFirst.meanWaitMinutes < shipped.meanWaitMinutes,
             qPrintable(
                 u"%1 against %2"_s.arg(shortFirst.meanWaitMinutes).arg(shipped.meanWaitMinutes)));
}

void tst_Simulation::walkInsAreToldOfTheBookingsToCome()
{
    // One counter, visits of exactly 10 minutes, punctual appointments at
    // :00, :20 and :40 that all come, walk-ins between them: a forecast that
    // knows the bookings still to come tells every walk-in its wait exactly
    // (one that did not would be 10 minutes short each time an appointment
    // comes during a walk-in's wait).
    const Scenario scenario = scenarioOf(R"({
      "opening": {"from": "08:00", "to": "12:00"},
      "services": [{"id": "a", "minutes": {"mean": 10, "sd": 0}, "walkInsPerHour": [2, 2, 2, 2],
                    "appointmentsPerHour": 3}],
      "counters": [{"id": "1", "services": ["a"]}],
      "noShowRate": 0, "appointmentArrivalMinutes": {"mean": 0, "sd": 0}
    })");
    for (const DispatchPolicy policy : {DispatchPolicy::Fifo, DispatchPolicy::Tresen}) {
        const SimulationResult result = simulate(scenario, {policy, 10, 5, {}});
        QVERIFY(result.visitors > 10 * 12);
        QVERIFY(result.meanWaitMinutes > 1); // a queue to be told about
        QVERIFY2(result.walkInEstimateP90AbsErrorMinutes < 0.01,
                 qPrintable(QString::number(result.walkInEstimateP90AbsErrorMinutes)));
    }
}

QTEST_GUILESS_MAIN(tst_Simulation)
#include "tst_simulation.moc"
