// Finding the payment reference in what a clerk types or scans.

#include "core/payments/paymentreference.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_PaymentReference : public QObject
{
    Q_OBJECT

private slots:
    void extracts_data();
    void extracts();
    void cityRules();
};

void tst_PaymentReference::extracts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("reference"); // empty: none
    QTest::addRow("plain Kassenzeichen") << u"5.0001.000001.1"_s << u"5.0001.000001.1"_s;
    QTest::addRow("with spaces around") << u"  VG-2026-004711 "_s << u"VG-2026-004711"_s;
    QTest::addRow("fine notice URL")
        << u"https://www.musterstadt.de/bussgeld/zahlen?az=VG-2026-004711&lang=de"_s
        << u"VG-2026-004711"_s;
    QTest::addRow("URL, other parameter name")
        << u"http://epay.example/pay?kassenzeichen=5.0001.000002.9"_s << u"5.0001.000002.9"_s;
    QTest::addRow("in a sentence")
        << u"Kassenzeichen: 5.0001.000003.7 (bitte angeben)"_s << u"5.0001.000003.7"_s;
    QTest::addRow("GiroCode with Kassenzeichen in the text")
        << u"BCD\n002\n1\nSCT\n\nStadtkasse\nDE89370400440532013000\nEUR30\n\n\n"
           "Kassenzeichen 5.0001.000002.9\n"_s
        << u"5.0001.000002.9"_s;
    QTest::addRow("GiroCode with RF reference")
        << u"BCD\n002\n1\nSCT\n\nStadtkasse\nDE89370400440532013000\nEUR30\n\nRF18539007547034\n"_s
        << u"RF18539007547034"_s;
    QTest::addRow("GiroCode without a reference")
        << u"BCD\n002\n1\nSCT\n\nStadtkasse\nDE89370400440532013000\n"_s << QString();
    QTest::addRow("nothing") << u"   "_s << QString();
    QTest::addRow("not a reference") << u"Bitte zahlen Sie bald!"_s << QString();
}

void tst_PaymentReference::extracts()
{
    QFETCH(QString, input);
    QFETCH(QString, reference);
    const auto found = extractPaymentReference(input, PaymentReferenceRules::defaults());
    QCOMPARE(found.value_or(QString()), reference);
}

void tst_PaymentReference::cityRules()
{
    // Another city: Kassenzeichen like "KZ 123456789", notices link with ?vorgang=.
    PaymentReferenceRules rules{
        QRegularExpression(u"^https://\\S*[?&]vorgang=(\\d+)"_s),
        QRegularExpression(u"\\b\\d{9}\\b"_s),
    };
    QCOMPARE(extractPaymentReference(u"https://stadt.example/z?vorgang=4711"_s, rules), u"4711"_s);
    QCOMPARE(extractPaymentReference(u"KZ 123456789"_s, rules), u"123456789"_s);
}

QTEST_APPLESS_MAIN(tst_PaymentReference)
#include "tst_paymentreference.moc"
