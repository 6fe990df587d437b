// Payment values: status names, amounts as exact decimal text, JSON.

#include "core/domain/payment.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_Payment : public QObject
{
    Q_OBJECT

private slots:
    void cents_data();
    void cents();
    void rejectsAmounts_data();
    void rejectsAmounts();
    void jsonRoundTrip();
};

void tst_Payment::cents_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("written");
    QTest::addRow("whole") << u"37"_s << qint64(3700) << u"37.00"_s;
    QTest::addRow("one decimal") << u"12.3"_s << qint64(1230) << u"12.30"_s;
    QTest::addRow("two decimals") << u"0.05"_s << qint64(5) << u"0.05"_s;
    QTest::addRow("zero") << u"0"_s << qint64(0) << u"0.00"_s;
    QTest::addRow("large") << u"999999999.99"_s << qint64(99999999999) << u"999999999.99"_s;
}

void tst_Payment::cents()
{
    QFETCH(QString, text);
    QFETCH(qint64, cents);
    QFETCH(QString, written);
    QCOMPARE(centsFromText(text), cents);
    QCOMPARE(centsText(cents), written);
}

void tst_Payment::rejectsAmounts_data()
{
    QTest::addColumn<QString>("text");
    for (const QString &bad :
         {u""_s, u"12,30"_s, u"1.234"_s, u"-5"_s, u"012"_s, u"EUR5"_s, u".5"_s})
        QTest::addRow("%s", qPrintable(bad)) << bad;
}

void tst_Payment::rejectsAmounts()
{
    QFETCH(QString, text);
    QCOMPARE(centsFromText(text), std::nullopt);
}

void tst_Payment::jsonRoundTrip()
{
    PaymentInfo info;
    info.reference = u"5.0001.000003.7"_s;
    info.status = PaymentStatus::PartiallyPaid;
    info.amountDueCents = 12800;
    info.amountPaidCents = 6400;
    info.paidAt = QDateTime::fromString(u"2026-11-18T08:02:00+01:00"_s, Qt::ISODate);
    info.method = u"transfer"_s;
    info.purpose = u"Wunschkennzeichen"_s;
    const QJsonObject json = info.toJson();
    QCOMPARE(json.value(u"status"_s).toString(), u"partially_paid"_s);
    QCOMPARE(json.value(u"amountDue"_s).toString(), u"128.00"_s);
    const auto back = PaymentInfo::fromJson(json);
    QVERIFY(back);
    QCOMPARE(back->status, info.status);
    QCOMPARE(back->amountPaidCents, 6400);
    QCOMPARE(back->paidAt, info.paidAt);
    QCOMPARE(PaymentInfo::fromJson({{u"reference"_s, u"x"_s}, {u"status"_s, u"settled"_s}}).error(),
             u"status is not one of the known names"_s);
    QJsonObject fractionOfCent = json;
    fractionOfCent.insert(u"amountPaid"_s, u"64.001"_s);
    QCOMPARE(PaymentInfo::fromJson(fractionOfCent).error(),
             u"amountPaid is not an amount such as \"12.30\""_s);
    QCOMPARE(paymentStatusFromName(u"refunded"_s), PaymentStatus::Refunded);
}

QTEST_APPLESS_MAIN(tst_Payment)
#include "tst_payment.moc"
