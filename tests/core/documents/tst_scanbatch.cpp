// Splitting a scanned stack at separator sheets, the cases its codes suggest,
// and cutting a document out as a PDF that reads back with its codes.

#include "core/documents/codereader.h"
#include "core/documents/documentpages.h"
#include "core/documents/scanbatch.h"
#include "testdocuments.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
ScanJob::Page page(const QString &file, int number, const QList<QByteArray> &codes = {})
{
    ScanJob::Page p;
    p.file = file;
    p.number = number;
    for (const QByteArray &payload : codes) {
        DecodedCode code;
        code.format = u"QRCode"_s;
        code.bytes = payload;
        code.text = QString::fromUtf8(payload);
        p.codes.append(code);
    }
    return p;
}
} // namespace

class tst_ScanBatch : public QObject
{
    Q_OBJECT

private slots:
    void aStackWithoutSeparatorsIsOneDocumentPerFile();
    void separatorsCutAndAreLeftOut();
    void suggestionsComeFromTheCodes();
    void documentsCarryTheirInterpretedCodes();
    void cutOutPdfReadsBack();
};

void tst_ScanBatch::aStackWithoutSeparatorsIsOneDocumentPerFile()
{
    const QList<ScanJob::Page> pages{page(u"a.pdf"_s, 1), page(u"a.pdf"_s, 2), page(u"b.png"_s, 1)};
    const auto documents = splitAtSeparators(pages);
    QCOMPARE(documents.size(), 2);
    QCOMPARE(documents.at(0).pages, (QList<int>{0, 1}));
    QVERIFY(documents.at(0).wholeFile);
    QCOMPARE(documents.at(1).sourceFile, u"b.png"_s);
    QVERIFY(documents.at(1).wholeFile);
}

void tst_ScanBatch::separatorsCutAndAreLeftOut()
{
    const QList<ScanJob::Page> pages{
        page(u"stapel.pdf"_s, 1),
        page(u"stapel.pdf"_s, 2),
        page(u"stapel.pdf"_s, 3, {"TRENNBLATT"}),
        page(u"stapel.pdf"_s, 4),
        page(u"stapel.pdf"_s, 5, {"TRENNBLATT"}),
        page(u"stapel.pdf"_s, 6, {"TRENNBLATT"}), // two in a row: no empty document
        page(u"stapel.pdf"_s, 7),
        page(u"stapel.pdf"_s, 8, {"TRENNBLATT"}), // at the end: nothing after it
    };
    const auto documents = splitAtSeparators(pages);
    QCOMPARE(documents.size(), 3);
    QCOMPARE(documents.at(0).pages, (QList<int>{0, 1}));
    QCOMPARE(documents.at(1).pages, (QList<int>{3}));
    QCOMPARE(documents.at(2).pages, (QList<int>{6}));
    for (const ScannedDocument &document : documents)
        QVERIFY(!document.wholeFile);
    // A city's own separator text.
    PayloadRules rules;
    rules.separatorText = u"--- NEUER VORGANG ---"_s;
    QCOMPARE(splitAtSeparators(pages, rules).size(), 1);
}

void tst_ScanBatch::suggestionsComeFromTheCodes()
{
    const QList<ScanJob::Page> pages{
        page(u"s.pdf"_s, 1, {"K7M2-9QXP"}),
        page(u"s.pdf"_s, 2, {"K7M2-9QXP", "https://www.musterstadt.de/bussgeld?az=VG-2026-004711"}),
        page(u"s.pdf"_s, 3, {"TRENNBLATT"}),
        page(u"s.pdf"_s, 4, {"irgendein Code"}),
    };
    const auto documents = splitAtSeparators(pages);
    QCOMPARE(documents.size(), 2);
    QCOMPARE(documents.at(0).suggestions.size(), 2); // the booking code once
    QCOMPARE(documents.at(0).suggestions.at(0).caseType, u"appointment"_s);
    QCOMPARE(documents.at(0).suggestions.at(0).caseId, u"K7M2-9QXP"_s);
    QCOMPARE(documents.at(0).suggestions.at(1).caseType, u"payment"_s);
    QCOMPARE(documents.at(0).suggestions.at(1).caseId, u"VG-2026-004711"_s);
    QVERIFY(documents.at(1).suggestions.isEmpty());
}

void tst_ScanBatch::documentsCarryTheirInterpretedCodes()
{
    const QList<ScanJob::Page> pages{
        page(u"s.pdf"_s, 1),
        page(u"s.pdf"_s, 2, {"K7M2-9QXP", "irgendein Code"}),
        page(u"s.pdf"_s, 3, {"NEUER VORGANG"}),
        page(u"s.pdf"_s, 4, {"https://www.musterstadt.de/bussgeld?az=VG-2026-004711"}),
    };
    // The codes' meaning as the split saw it, with the split's own rules: the
    // upload sends exactly this, it does not read the codes again.
    PayloadRules rules;
    rules.separatorText = u"NEUER VORGANG"_s;
    const auto documents = splitAtSeparators(pages, rules);
    QCOMPARE(documents.size(), 2);
    const QList<DocumentCode> first = documents.at(0).codes;
    QCOMPARE(first.size(), 2);
    QCOMPARE(first.at(0).page, 2);
    QCOMPARE(first.at(0).code.text, u"K7M2-9QXP"_s);
    QCOMPARE(first.at(0).meaning.kind, u"appointment"_s);
    QCOMPARE(first.at(1).page, 2);
    QCOMPARE(first.at(1).meaning.kind, u"unknown"_s);
    // The separator sheet's code belongs to no document; pages count from
    // each document's first.
    const QList<DocumentCode> second = documents.at(1).codes;
    QCOMPARE(second.size(), 1);
    QCOMPARE(second.at(0).page, 1);
    QCOMPARE(second.at(0).meaning.kind, u"fine"_s);
}

void tst_ScanBatch::cutOutPdfReadsBack()
{
    const QImage first = TestDocuments::page(
        {TestDocuments::code(ZXing::BarcodeFormat::QRCode, L"K7M2-9QXP", 300, 300)});
    const QImage second = TestDocuments::page({});
    const QByteArray pdf = pdfFromPages({first, second}, 150);
    QVERIFY(pdf.startsWith("%PDF"));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"teil.pdf"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(pdf);
    file.close();
    const DocumentPages read = loadDocumentPages(path);
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    QCOMPARE(read.pages.size(), 2);
    const QList<DecodedCode> codes = readCodes(read.pages.first());
    QCOMPARE(codes.size(), 1);
    QCOMPARE(codes.first().text, u"K7M2-9QXP"_s);
    QVERIFY(readCodes(read.pages.at(1)).isEmpty());
    QVERIFY(pdfFromPages({}).isEmpty());
}

QTEST_MAIN(tst_ScanBatch)
#include "tst_scanbatch.moc"
