// What a decoded code means, as tresen-scan --json reports it.

#include "core/payments/payloadinterpreter.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_PayloadInterpreter : public QObject
{
    Q_OBJECT

private slots:
    void giroCodeFields();
    void brokenGiroCode();
    void kinds_data();
    void kinds();
};

void tst_PayloadInterpreter::giroCodeFields()
{
    const auto result = interpretPayload("BCD\n002\n1\nSCT\nCOBADEFFXXX\nStadtkasse Musterstadt\n"
                                         "DE89370400440532013000\nEUR12.3\nGOVT\n"
                                         "RF18539007547034\n\nDanke\n");
    QCOMPARE(result.kind, u"epc"_s);
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.fields.keys(),
             (QStringList{u"amount"_s, u"bic"_s, u"charset"_s, u"currency"_s, u"iban"_s, u"name"_s,
                          u"note"_s, u"purpose"_s, u"reference"_s, u"text"_s, u"version"_s}));
    QCOMPARE(result.fields.value(u"amount"_s).toString(), u"12.30"_s); // two places
    QCOMPARE(result.fields.value(u"currency"_s).toString(), u"EUR"_s);
    QCOMPARE(result.fields.value(u"version"_s).toString(), u"002"_s);
    QCOMPARE(result.fields.value(u"charset"_s).toInt(), 1);
    QCOMPARE(result.fields.value(u"reference"_s).toString(), u"RF18539007547034"_s);
}

void tst_PayloadInterpreter::brokenGiroCode()
{
    const auto result =
        interpretPayload("BCD\n002\n1\nSCT\n\nStadtkasse\nDE00370400440532013000\n");
    QCOMPARE(result.kind, u"epc"_s);
    QVERIFY(result.fields.isEmpty());
    QVERIFY(result.error.contains(u"IBAN"_s));
}

void tst_PayloadInterpreter::kinds_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reference");
    QTest::addRow("separator") << QByteArray("TRENNBLATT") << u"separator"_s << QString();
    QTest::addRow("separator, other text")
        << QByteArray("TRENNBLATT 2") << u"unknown"_s << QString();
    QTest::addRow("fine notice") << QByteArray(
                                        "https://www.musterstadt.de/bussgeld?az=VG-2026-004711")
                                 << u"fine"_s << u"VG-2026-004711"_s;
    QTest::addRow("some web page")
        << QByteArray("https://www.musterstadt.de/") << u"unknown"_s << QString();
    QTest::addRow("empty") << QByteArray() << u"unknown"_s << QString();
    QTest::addRow("booking code") << QByteArray("K7M2-9QXP") << u"appointment"_s << QString();
    QTest::addRow("booking code without dash")
        << QByteArray("K7M29QXP") << u"unknown"_s << QString();
    QTest::addRow("booking code in lower case")
        << QByteArray("k7m2-9qxp") << u"unknown"_s << QString();
    QTest::addRow("looks like one, has a zero")
        << QByteArray("K7M2-0QXP") << u"unknown"_s << QString();
    QTest::addRow("binary") << QByteArray("\x00\xff\x10", 3) << u"unknown"_s << QString();
}

void tst_PayloadInterpreter::kinds()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, kind);
    QFETCH(QString, reference);
    const auto result = interpretPayload(payload);
    QCOMPARE(result.kind, kind);
    QCOMPARE(result.fields.value(u"reference"_s).toString(), reference);
    if (kind == u"appointment"_s)
        QCOMPARE(result.fields.value(u"bookingCode"_s).toString(), QString::fromLatin1(payload));
}

QTEST_APPLESS_MAIN(tst_PayloadInterpreter)
#include "tst_payloadinterpreter.moc"
