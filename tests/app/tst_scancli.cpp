// tresen-scan as a real process on files the test makes itself: QR codes and
// barcodes written with zxing-cpp, on PNG, JPEG and a two-page PDF, and files
// that are damaged or not documents at all.

#include "testdocuments.h"

#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
using namespace TestDocuments;

struct Run
{
    int exitCode = -1;
    QList<QJsonObject> lines;
    QString plain;
    QString err;
};

Run scan(const QStringList &arguments)
{
    QProcess process;
    process.start(QString::fromUtf8(TRESEN_SCAN_BINARY), arguments);
    process.waitForFinished(120000);
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.plain = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    for (const QString &line : run.plain.split(u'\n', Qt::SkipEmptyParts))
        run.lines.append(QJsonDocument::fromJson(line.toUtf8()).object());
    return run;
}
} // namespace

class tst_ScanCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsEveryCodeOnEveryPage();
    void badFilesDoNotStopTheBatch();
    void plainOutputForPeople();

private:
    QTemporaryDir m_dir;
    QString m_png, m_jpeg, m_pdf;
};

void tst_ScanCli::initTestCase()
{
    const QImage giro = code(ZXing::BarcodeFormat::QRCode, kGiroCode, 300, 300);
    const QImage separator = code(ZXing::BarcodeFormat::Code128, L"TRENNBLATT", 500, 120);
    const QImage fine = code(ZXing::BarcodeFormat::QRCode, kFineNoticeUrl, 260, 260);
    m_png = m_dir.filePath(u"bescheid.png"_s);
    QVERIFY(page({giro, separator}).save(m_png));
    m_jpeg = m_dir.filePath(u"knoellchen.jpg"_s);
    QVERIFY(page({fine}).save(m_jpeg, "JPEG", 80));

    m_pdf = m_dir.filePath(u"stapel.pdf"_s);
    // A page without a code in the middle.
    QVERIFY(writePdf(m_pdf, {page({fine}), page({}), page({separator})}));
}

void tst_ScanCli::readsEveryCodeOnEveryPage()
{
    const Run run = scan({u"--json"_s, m_png, m_jpeg, m_pdf});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.lines.size(), 5);

    const auto find = [&run](const QString &file, int page, const QString &kind) {
        for (const QJsonObject &line : run.lines) {
            if (line.value(u"file"_s).toString() == file && line.value(u"page"_s).toInt() == page &&
                line.value(u"kind"_s).toString() == kind)
                return line;
        }
        return QJsonObject();
    };
    const QJsonObject giro = find(m_png, 1, u"epc"_s);
    QCOMPARE(giro.value(u"format"_s).toString(), u"QRCode"_s);
    const QJsonObject fields = giro.value(u"fields"_s).toObject();
    QCOMPARE(fields.value(u"name"_s).toString(), u"Stadtkasse Müllerheim"_s); // charset 2 honoured
    QCOMPARE(fields.value(u"iban"_s).toString(), u"DE89370400440532013000"_s);
    QCOMPARE(fields.value(u"amount"_s).toString(), u"12.30"_s);
    QCOMPARE(fields.value(u"reference"_s).toString(), u"RF18539007547034"_s);
    QCOMPARE(find(m_png, 1, u"separator"_s).value(u"format"_s).toString(), u"Code128"_s);
    QCOMPARE(find(m_jpeg, 1, u"fine"_s).value(u"fields"_s).toObject().value(u"reference"_s),
             u"VG-2026-004711"_s);
    QCOMPARE(find(m_pdf, 1, u"fine"_s).value(u"text"_s).toString(),
             u"https://www.musterstadt.de/bussgeld?az=VG-2026-004711"_s);
    QVERIFY(!find(m_pdf, 3, u"separator"_s).isEmpty()); // page 2 has nothing
}

void tst_ScanCli::badFilesDoNotStopTheBatch()
{
    const QString truncated = m_dir.filePath(u"kaputt.pdf"_s);
    QFile pdf(m_pdf);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QFile broken(truncated);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(pdf.read(300));
    broken.close();
    const QString text = m_dir.filePath(u"notiz.png"_s);
    QFile note(text);
    QVERIFY(note.open(QIODevice::WriteOnly));
    note.write("Das ist kein Bild.\n");
    note.close();

    const Run run = scan({u"--json"_s, truncated, u"/does/not/exist.pdf"_s, text, m_jpeg});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.lines.size(), 1); // the good file after the bad ones was still read
    QCOMPARE(run.lines.first().value(u"kind"_s).toString(), u"fine"_s);
    QVERIFY2(run.err.contains(u"kaputt.pdf"_s), qPrintable(run.err));
    QVERIFY(run.err.contains(u"exist.pdf"_s));
    QVERIFY(run.err.contains(u"notiz.png"_s));
    QCOMPARE(run.err.count(u'\n'), 3);
}

void tst_ScanCli::plainOutputForPeople()
{
    const Run run = scan({m_png});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.plain.contains(u"page 1: QRCode [epc]"_s), qPrintable(run.plain));
    QVERIFY(run.plain.contains(u"12.30 EUR"_s));
    QCOMPARE(scan({}).exitCode, 2);
    // Another city's notices and separator sheets.
    const Run city = scan({u"--json"_s, u"--notice-pattern"_s, u"^https://\\S*[?&]az=VG-(\\d+)"_s,
                           u"--separator"_s, u"NEUER VORGANG"_s, m_jpeg, m_png});
    QCOMPARE(city.exitCode, 0);
    QCOMPARE(city.lines.at(0).value(u"fields"_s).toObject().value(u"reference"_s).toString(),
             u"2026"_s);
    QCOMPARE(city.lines.at(2).value(u"kind"_s).toString(), u"unknown"_s); // TRENNBLATT, here
    QCOMPARE(scan({u"--notice-pattern"_s, u"(["_s, m_png}).exitCode, 2);
}

QTEST_MAIN(tst_ScanCli)
#include "tst_scancli.moc"
