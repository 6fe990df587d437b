// EPC QR codes ("GiroCode", EPC069-12): the standard's example, every field's
// rules, charsets and line endings, and codes that only look like one.

#include "core/payments/epcqr.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QByteArray lines(const QList<QByteArray> &list, const QByteArray &separator = "\n")
{
    QByteArray joined;
    for (const QByteArray &line : list)
        joined += line + separator;
    return joined;
}

// A valid version 002 code, changed in one line by the rows below.
QList<QByteArray> base()
{
    return {"BCD",
            "002",
            "1",
            "SCT",
            "COBADEFFXXX",
            "Stadtkasse Musterstadt",
            "DE89370400440532013000",
            "EUR12.3",
            "GOVT",
            "RF18539007547034",
            "",
            "Danke"};
}

QByteArray with(int line, const QByteArray &value)
{
    QList<QByteArray> list = base();
    list[line] = value;
    return lines(list);
}
} // namespace

class tst_EpcQr : public QObject
{
    Q_OBJECT

private slots:
    void standardExample();
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void notAPaymentCode_data();
    void notAPaymentCode();
    void checkDigits();
};

void tst_EpcQr::standardExample()
{
    // The example of the EPC guideline (version 001, unstructured text).
    const auto result = parseEpcQr(
        lines({"BCD", "001", "1", "SCT", "BPOTBEB1", "Red Cross of Belgium", "BE72000000001616",
               "EUR1", "CHAR", "", "Urgency fund", "Sample EPC QR code"}));
    QVERIFY(result.looksLikeEpc);
    QVERIFY2(result.code, qPrintable(result.error));
    QCOMPARE(result.code->version, u"001"_s);
    QCOMPARE(result.code->bic, u"BPOTBEB1"_s);
    QCOMPARE(result.code->name, u"Red Cross of Belgium"_s);
    QCOMPARE(result.code->iban, u"BE72000000001616"_s);
    QCOMPARE(result.code->amountText(), u"1.00"_s);
    QCOMPARE(result.code->currency, u"EUR"_s);
    QCOMPARE(result.code->purpose, u"CHAR"_s);
    QVERIFY(result.code->reference.isEmpty());
    QCOMPARE(result.code->text, u"Urgency fund"_s);
    QCOMPARE(result.code->note, u"Sample EPC QR code"_s);
}

void tst_EpcQr::valid_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::addRow("amount without trailing zero") << lines(base()) << u"amount"_s << u"12.30"_s;
    QTest::addRow("whole euros") << with(7, "EUR5") << u"amount"_s << u"5.00"_s;
    QTest::addRow("smallest amount") << with(7, "EUR0.01") << u"amount"_s << u"0.01"_s;
    QTest::addRow("largest amount")
        << with(7, "EUR999999999.99") << u"amount"_s << u"999999999.99"_s;
    QTest::addRow("no amount") << with(7, "") << u"amount"_s << u""_s;
    QTest::addRow("structured reference")
        << lines(base()) << u"reference"_s << u"RF18539007547034"_s;
    QTest::addRow("version 002 without BIC") << with(4, "") << u"bic"_s << u""_s;
    QTest::addRow("8-letter BIC") << with(4, "COBADEFF") << u"bic"_s << u"COBADEFF"_s;
    QTest::addRow("CRLF line endings") << lines(base(), "\r\n") << u"note"_s << u"Danke"_s;
    QTest::addRow("trailing empty lines") << (lines(base()) + "\n\n") << u"note"_s << u"Danke"_s;
    QTest::addRow("stops after the IBAN")
        << lines({"BCD", "002", "1", "SCT", "", "Stadtkasse", "DE89370400440532013000"})
        << u"amount"_s << u""_s;
    QTest::addRow("UTF-8 name") << with(5, "Bürgeramt Köln") << u"name"_s << u"Bürgeramt Köln"_s;
    QList<QByteArray> latin1 = base();
    latin1[2] = "2";
    latin1[5] = QByteArray("M\xfcller"); // ISO-8859-1 ü
    QTest::addRow("ISO-8859-1 name") << lines(latin1) << u"name"_s << u"Müller"_s;
    QList<QByteArray> latin9 = base();
    latin9[2] = "8";
    latin9[11] = QByteArray("\xa4 inklusive"); // ISO-8859-15 euro sign
    QTest::addRow("ISO-8859-15 euro sign") << lines(latin9) << u"note"_s << u"€ inklusive"_s;
    QList<QByteArray> text = base();
    text[9] = "";
    text[10] = "Kassenzeichen 5.0001.234567.8";
    QTest::addRow("unstructured text")
        << lines(text) << u"text"_s << u"Kassenzeichen 5.0001.234567.8"_s;
}

void tst_EpcQr::valid()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    const auto result = parseEpcQr(payload);
    QVERIFY2(result.code, qPrintable(result.error));
    const EpcQr &code = *result.code;
    const QString value = field == u"amount"_s      ? code.amountText()
                          : field == u"reference"_s ? code.reference
                          : field == u"bic"_s       ? code.bic
                          : field == u"note"_s      ? code.note
                          : field == u"name"_s      ? code.name
                                                    : code.text;
    QCOMPARE(value, expected);
}

void tst_EpcQr::invalid_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("errorMentions");
    QTest::addRow("version 003") << with(1, "003") << u"version"_s;
    QTest::addRow("charset 9") << with(2, "9") << u"character set"_s;
    QTest::addRow("not SCT") << with(3, "INST") << u"SCT"_s;
    QList<QByteArray> v1 = base();
    v1[1] = "001";
    v1[4] = "";
    QTest::addRow("version 001 without BIC") << lines(v1) << u"BIC"_s;
    QTest::addRow("BIC too short") << with(4, "COBADE") << u"BIC"_s;
    QTest::addRow("BIC lower case") << with(4, "cobadeffxxx") << u"BIC"_s;
    QTest::addRow("no name") << with(5, "") << u"name"_s;
    QTest::addRow("name of 71") << with(5, QByteArray(71, 'x')) << u"70"_s;
    QTest::addRow("IBAN check digits") << with(6, "DE89370400440532013001") << u"IBAN"_s;
    QTest::addRow("IBAN with spaces") << with(6, "DE89 3704 0044 0532 0130 00") << u"IBAN"_s;
    QTest::addRow("three decimals") << with(7, "EUR12.345") << u"amount"_s;
    QTest::addRow("zero amount") << with(7, "EUR0") << u"amount"_s;
    QTest::addRow("too much") << with(7, "EUR1000000000") << u"amount"_s;
    QTest::addRow("other currency") << with(7, "USD12") << u"amount"_s;
    QTest::addRow("comma decimal") << with(7, "EUR12,30") << u"amount"_s;
    QTest::addRow("purpose of 5") << with(8, "GOVTX") << u"purpose"_s;
    QTest::addRow("bad creditor reference") << with(9, "RF18539007547035") << u"reference"_s;
    QList<QByteArray> both = base();
    both[10] = "Gebühr";
    QTest::addRow("reference and text") << lines(both) << u"never both"_s;
    QList<QByteArray> longText = base();
    longText[9] = "";
    longText[10] = QByteArray(141, 'x');
    QTest::addRow("text of 141") << lines(longText) << u"140"_s;
    QTest::addRow("note of 71") << with(11, QByteArray(71, 'x')) << u"70"_s;
    QTest::addRow("only six lines")
        << lines({"BCD", "002", "1", "SCT", "", "Stadtkasse"}) << u"IBAN"_s;
    QTest::addRow("thirteen lines") << (lines(base()) + "extra\n") << u"12 lines"_s;
    QList<QByteArray> huge = base();
    huge[9] = "";
    huge[10] = QByteArray(140, 'x');
    huge[11] = QByteArray(70, 'y');
    huge[5] = QByteArray(70, 'z');
    QTest::addRow("over 331 bytes") << lines(huge) << u"331"_s;
    QTest::addRow("broken UTF-8") << with(5, QByteArray("M\xfcller")) << u"character set"_s;
}

void tst_EpcQr::invalid()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, errorMentions);
    const auto result = parseEpcQr(payload);
    QVERIFY(result.looksLikeEpc);
    QVERIFY(!result.code);
    QVERIFY2(result.error.contains(errorMentions, Qt::CaseInsensitive), qPrintable(result.error));
}

void tst_EpcQr::notAPaymentCode_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addRow("a URL") << QByteArray("https://www.example-city.de/bussgeld?az=123");
    QTest::addRow("empty") << QByteArray();
    QTest::addRow("BCD without a line break") << QByteArray("BCD002");
    QTest::addRow("lower case tag") << QByteArray("bcd\n002\n");
}

void tst_EpcQr::notAPaymentCode()
{
    QFETCH(QByteArray, payload);
    const auto result = parseEpcQr(payload);
    QVERIFY(!result.looksLikeEpc);
    QVERIFY(!result.code);
    QVERIFY(result.error.isEmpty());
}

void tst_EpcQr::checkDigits()
{
    QVERIFY(isValidIban(u"DE89370400440532013000"_s));
    QVERIFY(isValidIban(u"BE72000000001616"_s));
    QVERIFY(!isValidIban(u"DE89370400440532013001"_s));
    QVERIFY(!isValidIban(u"de89370400440532013000"_s));
    QVERIFY(isValidCreditorReference(u"RF18539007547034"_s));
    QVERIFY(isValidCreditorReference(u"RF18000000000539007547034"_s));
    QVERIFY(!isValidCreditorReference(u"RF18539007547035"_s));
    QVERIFY(!isValidCreditorReference(u"RF71ABC"_s));
}

QTEST_APPLESS_MAIN(tst_EpcQr)
#include "tst_epcqr.moc"
