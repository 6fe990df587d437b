// The ticket lifecycle as a full table: every status against every action.

#include "core/domain/ticket.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(TicketStatus)
Q_DECLARE_METATYPE(TicketAction)
Q_DECLARE_METATYPE(std::optional<TicketStatus>)

class tst_TicketLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void transitions_data();
    void transitions();
    void namesRoundTrip();
    void numbers_data();
    void numbers();
};

void tst_TicketLifecycle::transitions_data()
{
    using S = TicketStatus;
    using A = TicketAction;
    QTest::addColumn<TicketStatus>("from");
    QTest::addColumn<TicketAction>("action");
    QTest::addColumn<std::optional<TicketStatus>>("to");

    // The allowed steps; everything else is refused.
    const QList<std::tuple<S, A, S>> allowed{
        {S::Waiting, A::Call, S::Called},
        {S::Waiting, A::Cancel, S::Cancelled},
        {S::Called, A::Recall, S::Called},
        {S::Called, A::Start, S::Serving},
        {S::Called, A::NoShow, S::NoShow},
        {S::Called, A::Requeue, S::Waiting},
        {S::Serving, A::Finish, S::Done},
        {S::Serving, A::Transfer, S::Waiting},
        // A slip taken back: not come -> called again, cancelled -> waiting again.
        {S::NoShow, A::Undo, S::Called},
        {S::Cancelled, A::Undo, S::Waiting},
    };
    const QList<S> statuses{S::Waiting, S::Called, S::Serving, S::Done, S::NoShow, S::Cancelled};
    const QList<A> actions{A::Call,    A::Recall, A::Start,    A::Finish, A::NoShow,
                           A::Requeue, A::Cancel, A::Transfer, A::Undo};
    for (const S from : statuses) {
        for (const A action : actions) {
            std::optional<S> to;
            for (const auto &[f, a, t] : allowed) {
                if (f == from && a == action)
                    to = t;
            }
            QTest::addRow("%s + %s", qPrintable(ticketStatusName(from)),
                          qPrintable(ticketActionName(action)))
                << from << action << to;
        }
    }
}

void tst_TicketLifecycle::transitions()
{
    QFETCH(TicketStatus, from);
    QFETCH(TicketAction, action);
    QFETCH(std::optional<TicketStatus>, to);
    QCOMPARE(nextTicketStatus(from, action), to);
}

void tst_TicketLifecycle::namesRoundTrip()
{
    QCOMPARE(ticketStatusName(TicketStatus::NoShow), u"no_show"_s);
    QCOMPARE(ticketActionName(TicketAction::NoShow), u"no-show"_s);
    QCOMPARE(ticketActionName(TicketAction::Undo), u"undo"_s);
    QCOMPARE(ticketActionFromName(u"undo"_s), TicketAction::Undo);
    for (const auto status : {TicketStatus::Waiting, TicketStatus::Called, TicketStatus::Serving,
                              TicketStatus::Done, TicketStatus::NoShow, TicketStatus::Cancelled})
        QCOMPARE(ticketStatusFromName(ticketStatusName(status)), status);
    QCOMPARE(ticketStatusFromName(u"finished"_s), std::nullopt);
    QCOMPARE(ticketSourceFromName(u"kiosk"_s), TicketSource::Kiosk);
    QVERIFY(isTicketOpen(TicketStatus::Serving));
    QVERIFY(!isTicketOpen(TicketStatus::NoShow));
}

void tst_TicketLifecycle::numbers_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<int>("sequence");
    QTest::addColumn<QString>("number");
    QTest::addRow("first") << u"A"_s << 1 << u"A001"_s;
    QTest::addRow("teens") << u"B"_s << 17 << u"B017"_s;
    QTest::addRow("three digits") << u"C"_s << 999 << u"C999"_s;
    QTest::addRow("past a thousand") << u"D"_s << 1000 << u"D1000"_s;
}

void tst_TicketLifecycle::numbers()
{
    QFETCH(QString, prefix);
    QFETCH(int, sequence);
    QFETCH(QString, number);
    QCOMPARE(ticketNumber(prefix, sequence), number);
}

QTEST_APPLESS_MAIN(tst_TicketLifecycle)
#include "tst_ticketlifecycle.moc"
