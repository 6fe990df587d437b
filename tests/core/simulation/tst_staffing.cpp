// Staffing advice: the fewest counters per hour for a service level, found
// by playing the days; fewer in any hour would miss it.

#include "core/simulation/staffing.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// Ten-minute visits: two an hour at 9 and 11, twenty at 10.
const QByteArray kPeak = R"({
  "opening": {"from": "09:00", "to": "12:00"},
  "services": [{"id": "a", "minutes": {"mean": 10, "sd": 2}, "walkInsPerHour": [2, 20, 2]}],
  "counters": [{"id": "1", "services": ["a"]}, {"id": "2", "services": ["a"]},
               {"id": "3", "services": ["a"]}, {"id": "4", "services": ["a"]},
               {"id": "5", "services": ["a"]}, {"id": "6", "services": ["a"]}],
  "serviceLevelTargetMinutes": 20
})";

Scenario peak()
{
    const Result<Scenario> scenario = Scenario::fromJson(kPeak);
    if (!scenario)
        qFatal("bad scenario in the test: %s", qPrintable(scenario.reason().message));
    return *scenario;
}
} // namespace

class tst_Staffing : public QObject
{
    Q_OBJECT

private slots:
    void staffsThePeakAndNoMore();
    void saysWhenEvenEveryCounterIsNotEnough();
    void staffingFollowsThePlan();
};

void tst_Staffing::staffsThePeakAndNoMore()
{
    const SimulationOptions options{DispatchPolicy::Fifo, 20, 7, {}};
    const StaffingAdvice advice = adviseStaffing(peak(), 0.8, options);
    QVERIFY(advice.reached);
    QCOMPARE(advice.countersPerHour.size(), 3);
    QCOMPARE(advice.countersPerHour.at(0), 1);
    // Twenty visits of ten minutes an hour need more than two counters.
    QVERIFY2(advice.countersPerHour.at(1) >= 3,
             qPrintable(QString::number(advice.countersPerHour.at(1))));
    QVERIFY(advice.countersPerHour.at(2) <= 2);
    for (const double level : advice.serviceLevelByHour)
        QVERIFY(level >= 0.8);
    // One counter fewer in any hour that has more than one misses the target somewhere.
    for (int hour = 0; hour < 3; ++hour) {
        if (advice.countersPerHour.at(hour) == 1)
            continue;
        QList<int> fewer = advice.countersPerHour;
        --fewer[hour];
        const SimulationResult result = simulate(withStaffing(peak(), fewer), options);
        bool missed = false;
        for (const double level : result.serviceLevelByHour)
            missed = missed || level < 0.8;
        QVERIFY2(missed, qPrintable(u"hour %1"_s.arg(hour)));
    }
}

void tst_Staffing::saysWhenEvenEveryCounterIsNotEnough()
{
    Scenario scenario = peak();
    scenario.counters.resize(2); // two counters for twenty visits an hour
    const StaffingAdvice advice = adviseStaffing(scenario, 0.8, {DispatchPolicy::Fifo, 10, 7, {}});
    QVERIFY(!advice.reached);
    QCOMPARE(advice.countersPerHour.at(1), 2);
}

void tst_Staffing::staffingFollowsThePlan()
{
    const Scenario planned = withStaffing(peak(), {1, 4, 2});
    QCOMPARE(planned.counters.at(0).hours, (QList<bool>{true, true, true}));
    QCOMPARE(planned.counters.at(1).hours, (QList<bool>{false, true, true}));
    QCOMPARE(planned.counters.at(3).hours, (QList<bool>{false, true, false}));
    QCOMPARE(planned.counters.at(5).hours, (QList<bool>{false, false, false}));
}

QTEST_GUILESS_MAIN(tst_Staffing)
#include "tst_staffing.moc"
