// The dispatcher's rules, policy by policy, as tables: which ticket a free
// counter calls from a given queue.

#include "core/domain/dispatcher.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(QList<QueuedTicket>)
Q_DECLARE_METATYPE(QList<DispatchCounter>)
Q_DECLARE_METATYPE(DispatchPolicy)

namespace {
constexpr qint64 kOpening = 1'764'662'400'000; // 2025-12-02 08:00 UTC
constexpr qint64 kMinute = 60 * 1000;

qint64 at(int minutes)
{
    return kOpening + minutes * kMinute;
}

// Services: 1 a short visit (5 minutes), 2 a long one (20), 3 another (10).
const QHash<qint64, double> kMinutes{{1, 5.0}, {2, 20.0}, {3, 10.0}};

struct Spec
{
    qint64 id;
    qint64 service;
    int queuedMinute;
    int dueMinute = -1; // -1: walk-in
    int priority = 0;
    int calledMinute = -1; // -1: never called
    qint64 targetCounter = 0;
};

QList<QueuedTicket> queue(std::initializer_list<Spec> specs)
{
    QList<QueuedTicket> tickets;
    for (const Spec &spec : specs)
        tickets.append({spec.id, spec.service, at(spec.queuedMinute),
                        spec.dueMinute < 0 ? 0 : at(spec.dueMinute), spec.priority,
                        spec.calledMinute < 0 ? 0 : at(spec.calledMinute), spec.targetCounter});
    return tickets;
}
} // namespace

class tst_Dispatcher : public QObject
{
    Q_OBJECT

private slots:
    void policyNames();
    void chooses_data();
    void chooses();
    void theOrderDoesNotDependOnTheQueuesOrder();
    void aForecastWaitsOutTheZmsPause();
    void theTresenKnobs_data();
    void theTresenKnobs();
    void aForecastTurnsTheSameKnobs();
    void aForecastCountsTheBookedStillToCome();
};

void tst_Dispatcher::policyNames()
{
    for (const DispatchPolicy policy :
         {DispatchPolicy::Fifo, DispatchPolicy::Zms, DispatchPolicy::Tresen})
        QCOMPARE(dispatchPolicyFromName(dispatchPolicyName(policy)), policy);
    QCOMPARE(dispatchPolicyName(DispatchPolicy::Tresen), u"tresen"_s);
    QCOMPARE(dispatchPolicyFromName(u"FIFO"), std::nullopt);
    QCOMPARE(dispatchPolicyFromName(u""), std::nullopt);
}

void tst_Dispatcher::chooses_data()
{
    QTest::addColumn<DispatchPolicy>("policy");
    QTest::addColumn<int>("nowMinute");
    QTest::addColumn<QList<qint64>>("services");        // the calling counter's (id 7)
    QTest::addColumn<QList<DispatchCounter>>("others"); // staffed besides it
    QTest::addColumn<QList<QueuedTicket>>("waiting");
    QTest::addColumn<qint64>("expected"); // 0: none

    const QList<qint64> all{1, 2, 3};
    const QList<DispatchCounter> alone;
    using P = DispatchPolicy;

    for (const P policy : {P::Fifo, P::Zms, P::Tresen}) {
        const QString name = dispatchPolicyName(policy);
        QTest::addRow("%s: nobody waits", qPrintable(name))
            << policy << 10 << all << alone << queue({}) << qint64(0);
        QTest::addRow("%s: another service's ticket is not taken", qPrintable(name))
            << policy << 10 << QList<qint64>{1} << alone << queue({{1, 2, 0}}) << qint64(0);
        QTest::addRow("%s: a ticket sent to another counter is not taken", qPrintable(name))
            << policy << 10 << all << alone << queue({{1, 1, 0, -1, 0, -1, 8}}) << qint64(0);
        QTest::addRow("%s: a ticket sent to this counter is taken", qPrintable(name))
            << policy << 10 << QList<qint64>{1} << alone << queue({{1, 2, 0, -1, 0, -1, 7}})
            << qint64(1);
        QTest::addRow("%s: same service, the longer wait first", qPrintable(name))
            << policy << 10 << all << alone << queue({{1, 3, 4}, {2, 3, 2}, {3, 3, 6}})
            << qint64(2);
    }

    // fifo: Tresen's order until now (and the server's SQL order before the dispatcher).
    QTest::addRow("fifo: an appointment whose time has come goes first")
        << P::Fifo << 11 << all << alone << queue({{1, 1, 0}, {2, 2, 5, 10}}) << qint64(2);
    QTest::addRow("fifo: an appointment not due yet takes its place in line")
        << P::Fifo << 11 << all << alone << queue({{1, 1, 3}, {2, 2, 1, 30}}) << qint64(2);
    QTest::addRow("fifo: priority before the line")
        << P::Fifo << 11 << all << alone << queue({{1, 1, 0}, {2, 2, 8, -1, 1}}) << qint64(2);
    QTest::addRow("fifo: the short visit waits its turn")
        << P::Fifo << 10 << all << alone << queue({{1, 2, 0}, {2, 1, 2}}) << qint64(1);

    // zms
    QTest::addRow("zms: a priority walk-in before a due appointment")
        << P::Zms << 11 << all << alone << queue({{1, 1, 9, 10}, {2, 1, 10, -1, 1}}) << qint64(2);
    QTest::addRow("zms: an appointment 2 minutes ahead counts as due")
        << P::Zms << 8 << all << alone << queue({{1, 1, 0}, {2, 1, 5, 10}}) << qint64(2);
    QTest::addRow("zms: an appointment 3 minutes ahead waits in line")
        << P::Zms << 7 << all << alone << queue({{1, 1, 0}, {2, 1, 5, 10}}) << qint64(1);
    QTest::addRow("zms: called 4 minutes ago, not yet again")
        << P::Zms << 10 << all << alone << queue({{1, 1, 0, -1, 0, 6}, {2, 1, 3}}) << qint64(2);
    QTest::addRow("zms: called 6 minutes ago, called again")
        << P::Zms << 10 << all << alone << queue({{1, 1, 0, -1, 0, 4}, {2, 1, 3}}) << qint64(1);
    QTest::addRow("zms: only a ticket called a moment ago: nobody")
        << P::Zms << 10 << all << alone << queue({{1, 1, 0, -1, 0, 9}}) << qint64(0);

    // tresen
    QTest::addRow("tresen: an appointment on time before everyone")
        << P::Tresen << 10 << all << alone << queue({{1, 1, 0, -1, 1}, {2, 2, 8, 11}}) << qint64(2);
    QTest::addRow("tresen: priority before the other walk-ins")
        << P::Tresen << 10 << all << alone << queue({{1, 1, 0}, {2, 2, 9, -1, 1}}) << qint64(2);
    // (8 + 5) / 5 = 2.6 against (10 + 20) / 20 = 1.5
    QTest::addRow("tresen: a short visit before a long one at alike waits")
        << P::Tresen << 10 << all << alone << queue({{1, 2, 0}, {2, 1, 2}}) << qint64(2);
    // (25 + 20) / 20 = 2.25 against (1 + 5) / 5 = 1.2
    QTest::addRow("tresen: a long wait before a short visit that just came")
        << P::Tresen << 25 << all << alone << queue({{1, 2, 0}, {2, 1, 24}}) << qint64(1);
    // No cap: after 91 minutes too, (89 + 5) / 5 = 18.8 beats (91 + 20) / 20 = 5.55
    // (a cap is tested with theTresenKnobs)
    QTest::addRow("tresen: the ratio decides however long the waits")
        << P::Tresen << 91 << all << alone << queue({{1, 2, 0}, {2, 1, 2}}) << qint64(2);
    QTest::addRow("tresen: an early appointment waits while walk-ins do")
        << P::Tresen << 10 << all << alone << queue({{1, 1, 2, 40}, {2, 2, 9}}) << qint64(2);
    QTest::addRow("tresen: an early appointment when nobody else waits")
        << P::Tresen << 10 << all << alone << queue({{1, 1, 2, 40}}) << qint64(1);
    // Three more counters take service 3 only; 2 is this counter's alone:
    // (10 + 10) / 10 = 2 for the 3; (9 + 20) / 20 = 1.45 for the 2, but
    // × √(4 counters / 1 able) = 2.9.
    const QList<DispatchCounter> threeForService3{{1, {3}}, {2, {3}}, {3, {3}}};
    QTest::addRow("tresen: a ticket only this counter can serve goes first")
        << P::Tresen << 10 << QList<qint64>{2, 3} << threeForService3
        << queue({{1, 3, 0}, {2, 2, 1}}) << qint64(2);
    QTest::addRow("tresen: the same queue when every counter can serve both")
        << P::Tresen << 10 << QList<qint64>{2, 3}
        << QList<DispatchCounter>{{1, {2, 3}}, {2, {2, 3}}, {3, {2, 3}}}
        << queue({{1, 3, 0}, {2, 2, 1}}) << qint64(1);
    QTest::addRow("fifo: the same queue in line order")
        << P::Fifo << 10 << QList<qint64>{2, 3} << threeForService3 << queue({{1, 3, 0}, {2, 2, 1}})
        << qint64(1);
}

void tst_Dispatcher::chooses()
{
    QFETCH(DispatchPolicy, policy);
    QFETCH(int, nowMinute);
    QFETCH(QList<qint64>, services);
    QFETCH(QList<DispatchCounter>, others);
    QFETCH(QList<QueuedTicket>, waiting);
    QFETCH(qint64, expected);

    DispatchState state;
    state.now = at(nowMinute);
    state.counter = {7, services};
    state.staffed = others;
    state.staffed.append(state.counter);
    state.waiting = waiting;
    state.serviceMinutes = kMinutes;
    const auto chosen = chooseNextTicket(policy, state);
    QCOMPARE(chosen ? waiting.at(*chosen).id : 0, expected);
}

void tst_Dispatcher::theOrderDoesNotDependOnTheQueuesOrder()
{
    DispatchState state;
    state.now = at(20);
    state.counter = {7, {1, 2, 3}};
    state.serviceMinutes = kMinutes;
    state.waiting = queue({{1, 3, 4}, {2, 1, 6}, {3, 2, 1}, {4, 1, 2, 19}, {5, 3, 0}});
    for (const DispatchPolicy policy :
         {DispatchPolicy::Fifo, DispatchPolicy::Zms, DispatchPolicy::Tresen}) {
        const qint64 forwards = state.waiting.at(*chooseNextTicket(policy, state)).id;
        DispatchState reversed = state;
        std::reverse(reversed.waiting.begin(), reversed.waiting.end());
        QCOMPARE(reversed.waiting.at(*chooseNextTicket(policy, reversed)).id, forwards);
    }
}

void tst_Dispatcher::aForecastWaitsOutTheZmsPause()
{
    // Called at 9, put back; at 10 the counter may not call it again before
    // 14 (ZMS's five minutes), and the one behind it comes first.
    const QList<ForecastCounter> counters{{{1, {1}}, at(10)}};
    const QHash<qint64, qint64> calls = forecastCalls(
        DispatchPolicy::Zms, at(10), counters, queue({{1, 1, 0, -1, 0, 9}, {2, 1, 3}}), kMinutes);
    QCOMPARE(calls.value(2), at(10));
    QCOMPARE(calls.value(1), at(15)); // after the other's five minutes
    // Alone in line: called once the pause is over, not left without a time.
    const QHash<qint64, qint64> alone = forecastCalls(DispatchPolicy::Zms, at(10), counters,
                                                      queue({{1, 1, 0, -1, 0, 9}}), kMinutes);
    QCOMPARE(alone.value(1, -1), at(14));
}

void tst_Dispatcher::theTresenKnobs_data()
{
    QTest::addColumn<int>("capMinutes");
    QTest::addColumn<double>("weight");
    QTest::addColumn<int>("nowMinute");
    QTest::addColumn<QList<QueuedTicket>>("waiting");
    QTest::addColumn<qint64>("expected");

    // A 20-minute visit waiting since 0, a 5-minute one since 38; at 40:
    // (40 + 20) / 20 = 3 against (2 + 5) / 5 = 1.4 with weight 1, but
    // 60 / 20^4 against 7 / 5^4 (= 0.0004 against 0.011) with weight 4.
    const QList<QueuedTicket> longWait = queue({{1, 2, 0}, {2, 1, 38}});
    QTest::addRow("weight 4, over the cap: line order") << 30 << 4.0 << 40 << longWait << qint64(1);
    QTest::addRow("weight 4, no cap: the short visit") << 0 << 4.0 << 40 << longWait << qint64(2);
    QTest::addRow("weight 1, no cap: the long wait") << 0 << 1.0 << 40 << longWait << qint64(1);
    // At 10: a 5-minute visit since 2, a 20-minute one since 0: (8 + 5) / 5
    // = 2.6 against 30 / 20 = 1.5 with weight 1; 13 against 30 with weight 0.
    const QList<QueuedTicket> alike = queue({{1, 1, 2}, {2, 2, 0}});
    QTest::addRow("weight 1: the short visit") << 30 << 1.0 << 10 << alike << qint64(1);
    QTest::addRow("weight 0: the longer wait") << 30 << 0.0 << 10 << alike << qint64(2);
}

void tst_Dispatcher::theTresenKnobs()
{
    QFETCH(int, capMinutes);
    QFETCH(double, weight);
    QFETCH(int, nowMinute);
    QFETCH(QList<QueuedTicket>, waiting);
    QFETCH(qint64, expected);

    DispatchState state;
    state.now = at(nowMinute);
    state.counter = {7, {1, 2, 3}};
    state.staffed = {state.counter};
    state.waiting = waiting;
    state.serviceMinutes = kMinutes;
    state.tuning = {capMinutes * kMinute, weight};
    const auto chosen = chooseNextTicket(DispatchPolicy::Tresen, state);
    QVERIFY(chosen);
    QCOMPARE(waiting.at(*chosen).id, expected);
}

void tst_Dispatcher::aForecastTurnsTheSameKnobs()
{
    const QList<ForecastCounter> counters{{{1, {1, 2}}, at(40)}};
    const QList<QueuedTicket> waiting = queue({{1, 2, 0}, {2, 1, 38}});
    // The shipped knobs: the long wait's ratio (3) beats the short visit's (1.4).
    const QHash<qint64, qint64> shipped =
        forecastCalls(DispatchPolicy::Tresen, at(40), counters, waiting, kMinutes);
    QCOMPARE(shipped.value(1), at(40));
    QCOMPARE(shipped.value(2), at(60));
    // No cap, weight 4: the short visit first.
    const QHash<qint64, qint64> shortFirst =
        forecastCalls(DispatchPolicy::Tresen, at(40), counters, waiting, kMinutes, 0, {0, 4.0});
    QCOMPARE(shortFirst.value(2), at(40));
    QCOMPARE(shortFirst.value(1), at(45));
}

void tst_Dispatcher::aForecastCountsTheBookedStillToCome()
{
    // Two short walk-ins; a 20-minute appointment at 12 not here yet, and
    // one at 50. The counter calls the first walk-in at 10, the appointment
    // when free at 15 (its time has come), the second walk-in at 35.
    const QList<ForecastCounter> one{{{1, {1, 2}}, at(10)}};
    const QList<QueuedTicket> walkIns = queue({{1, 1, 0}, {2, 1, 1}});
    const QList<QueuedTicket> booked = queue({{100, 2, 12, 12}, {101, 2, 50, 50}});
    for (const DispatchPolicy policy : {DispatchPolicy::Fifo, DispatchPolicy::Tresen}) {
        const QHash<qint64, qint64> calls =
            forecastCalls(policy, at(10), one, walkIns, kMinutes, 0, {}, booked);
        QCOMPARE(calls.value(1), at(10));
        QCOMPARE(calls.value(100), at(15));
        QCOMPARE(calls.value(2), at(35));
        QVERIFY(!calls.contains(101)); // after every waiting ticket has its time
        // Without the booked, the second walk-in would be told 15.
        QCOMPARE(forecastCalls(policy, at(10), one, walkIns, kMinutes).value(2), at(15));
    }
    // A counter with nothing to do waits for the booked visitor it may take
    // (it is not left out of the forecast).
    const QList<ForecastCounter> two{{{1, {2}}, at(10)}, {{2, {1}}, at(30)}};
    const QHash<qint64, qint64> calls =
        forecastCalls(DispatchPolicy::Tresen, at(10), two, queue({{1, 1, 0}}), kMinutes, 0, {},
                      queue({{100, 2, 12, 12}}));
    QCOMPARE(calls.value(100), at(12));
    QCOMPARE(calls.value(1), at(30));
}

QTEST_APPLESS_MAIN(tst_Dispatcher)
#include "tst_dispatcher.moc"
