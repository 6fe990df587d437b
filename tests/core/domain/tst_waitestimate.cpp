// Estimated waiting time on fixed inputs.

#include "core/domain/waitestimate.h"

#include <QTest>

class tst_WaitEstimate : public QObject
{
    Q_OBJECT

private slots:
    void estimate_data();
    void estimate();
    void median_data();
    void median();
};

void tst_WaitEstimate::estimate_data()
{
    QTest::addColumn<int>("ahead");
    QTest::addColumn<int>("staffed");
    QTest::addColumn<int>("idle");
    QTest::addColumn<double>("minutes");
    QTest::addColumn<int>("expected");
    QTest::addRow("idle counter, nobody ahead") << 0 << 1 << 1 << 10.0 << 0;
    QTest::addRow("two idle, one ahead") << 1 << 2 << 2 << 10.0 << 0;
    QTest::addRow("busy counter, nobody ahead") << 0 << 1 << 0 << 10.0 << 10;
    QTest::addRow("busy counter, three ahead") << 3 << 1 << 0 << 10.0 << 40;
    QTest::addRow("two counters share the line") << 3 << 2 << 0 << 10.0 << 20;
    QTest::addRow("rounds up") << 0 << 3 << 0 << 10.0 << 4;
    QTest::addRow("nobody staffed counts as one") << 2 << 0 << 0 << 5.0 << 15;
    QTest::addRow("one idle of two, two ahead") << 2 << 2 << 1 << 12.0 << 12;
    QTest::addRow("idle more than staffed is capped") << 0 << 1 << 5 << 8.0 << 0;
    QTest::addRow("no service time known") << 4 << 1 << 0 << 0.0 << 0;
}

void tst_WaitEstimate::estimate()
{
    QFETCH(int, ahead);
    QFETCH(int, staffed);
    QFETCH(int, idle);
    QFETCH(double, minutes);
    QFETCH(int, expected);
    QCOMPARE(estimateWaitMinutes({ahead, staffed, idle, minutes}), expected);
}

void tst_WaitEstimate::median_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("expected");
    QTest::addRow("empty") << QList<double>{} << 0.0;
    QTest::addRow("one") << QList<double>{7} << 7.0;
    QTest::addRow("odd, unsorted") << QList<double>{9, 1, 5} << 5.0;
    QTest::addRow("even") << QList<double>{4, 10, 2, 8} << 6.0;
}

void tst_WaitEstimate::median()
{
    QFETCH(QList<double>, values);
    QFETCH(double, expected);
    QCOMPARE(::median(values), expected);
}

QTEST_APPLESS_MAIN(tst_WaitEstimate)
#include "tst_waitestimate.moc"
