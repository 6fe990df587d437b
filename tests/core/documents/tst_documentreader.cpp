// DocumentReader on PDFs the test writes: a scanner's pages are taken as
// their embedded pictures (JPEG as Qt writes them, Flate as many scanners
// do), at their own resolution, cut to the page and turned with it; a page
// with anything else on it is rendered by Poppler. The codes are the same
// either way.

#include "core/documents/codereader.h"
#include "core/documents/documentpages.h"
#include "core/documents/scanbatch.h"
#include "testdocuments.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <poppler-qt6.h>

using namespace Qt::StringLiterals;
using namespace TestDocuments;

namespace {
QImage giroLetter(int dpi)
{
    return letter({printedCodes().at(0)}, dpi);
}

QStringList textsOn(const QImage &page)
{
    QStringList texts;
    for (const DecodedCode &code : readCodes(page))
        texts.append(code.text);
    return texts;
}

QImage firstPage(const QString &path, const QString &password = {})
{
    const auto reader = DocumentReader::open(path, password);
    return reader ? (*reader)->page(0).valueOr(QImage()) : QImage();
}

// A one-page PDF as many scanners write it: an 8-bit grey picture,
// Flate-compressed, drawn over the whole A4 page; `extra` is more content
// after it (to put something else on the page).
QByteArray flatePdf(const QImage &page, const QByteArray &extra = {})
{
    const QImage gray = page.convertToFormat(QImage::Format_Grayscale8);
    QByteArray pixels;
    for (int y = 0; y < gray.height(); ++y)
        pixels.append(reinterpret_cast<const char *>(gray.constScanLine(y)), gray.width());
    const QByteArray zlib = qCompress(pixels).mid(4); // without Qt's length prefix
    const QByteArray content = "q 595 0 0 842 0 0 cm /Scan Do Q\n" + extra;
    QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << "
        "/Scan 4 0 R >> /Font << /F1 6 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /XObject /Subtype /Image /Width " + QByteArray::number(gray.width()) +
            " /Height " + QByteArray::number(gray.height()) +
            " /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length " +
            QByteArray::number(zlib.size()) + " >>\nstream\n" + zlib + "\nendstream",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content +
            "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) +
           " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

bool save(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}
} // namespace

class tst_DocumentReader : public QObject
{
    Q_OBJECT

private slots:
    void scannerPdfKeepsItsResolution_data();
    void scannerPdfKeepsItsResolution();
    void flateScanIsTakenAsItIs();
    void pageWithMoreThanAPictureIsRendered();
    void crookedScanIsCutToThePage();
    void rotatedPageTurnsThePicture();
    void protectedScanWithItsPassword();
    void cutOutDocumentKeepsThePageSize();
    void hugePictureIsRenderedSmaller();
    void refusalsSpeakTheClerksLanguage();

private:
    QTemporaryDir m_dir;
};

void tst_DocumentReader::scannerPdfKeepsItsResolution_data()
{
    QTest::addColumn<int>("dpi");
    QTest::newRow("300 dpi") << 300;
    QTest::newRow("150 dpi") << 150;
}

void tst_DocumentReader::scannerPdfKeepsItsResolution()
{
    QFETCH(int, dpi);
    const QImage original = giroLetter(dpi);
    const QString path = m_dir.filePath(u"scan-%1.pdf"_s.arg(dpi));
    QVERIFY(writePdf(path, {original}, dpi)); // Qt writes the picture as JPEG
    const QImage page = firstPage(path);
    // The picture itself (a render would be 2480 wide whatever the scan).
    QVERIFY2(qAbs(page.width() - original.width()) <= 1, qPrintable(QString::number(page.width())));
    QVERIFY(qAbs(page.height() - original.height()) <= 1);
    QCOMPARE(page.text(u"dpi"_s), QString::number(dpi));
    QCOMPARE(textsOn(page), textsOn(original));
}

void tst_DocumentReader::flateScanIsTakenAsItIs()
{
    const QImage original = giroLetter(150);
    const QString path = m_dir.filePath(u"flate.pdf"_s);
    QVERIFY(save(path, flatePdf(original)));
    const QImage page = firstPage(path);
    QCOMPARE(page.size(), original.size());
    QCOMPARE(page.text(u"dpi"_s), u"150"_s);
    // Lossless: the very pixels.
    QCOMPARE(page.convertToFormat(QImage::Format_Grayscale8),
             original.convertToFormat(QImage::Format_Grayscale8));
}

void tst_DocumentReader::pageWithMoreThanAPictureIsRendered()
{
    // Text printed over the scan (a stamp, a page number): the picture
    // alone would miss it, so Poppler renders the page at 300 dpi.
    const QString path = m_dir.filePath(u"stamped.pdf"_s);
    QVERIFY(
        save(path, flatePdf(giroLetter(150), "BT /F1 24 Tf 300 40 Td (Eingang 25.11.) Tj ET\n")));
    const QImage page = firstPage(path);
    QVERIFY(qAbs(page.width() - 2480) <= 1); // 595 points at 300 dpi
    QCOMPARE(page.text(u"dpi"_s), u"300"_s);
    QCOMPARE(textsOn(page).size(), 1);
}

void tst_DocumentReader::crookedScanIsCutToThePage()
{
    // A scan turned by 4 degrees is larger than A4; the PDF shows A4 of it.
    const QImage crooked = degrade(giroLetter(150), Degradation::Skewed);
    QVERIFY(crooked.width() > 1240);
    const QString path = m_dir.filePath(u"crooked.pdf"_s);
    QVERIFY(writePdf(path, {crooked}, 150));
    const QImage page = firstPage(path);
    QVERIFY2(qAbs(page.width() - 1240) <= 1 && qAbs(page.height() - 1754) <= 1,
             qPrintable(u"%1x%2"_s.arg(page.width()).arg(page.height())));
    QCOMPARE(textsOn(page).size(), 1);
}

void tst_DocumentReader::rotatedPageTurnsThePicture()
{
    const QString upright = m_dir.filePath(u"upright.pdf"_s);
    const QString turned = m_dir.filePath(u"turned.pdf"_s);
    QVERIFY(writePdf(upright, {giroLetter(150)}, 150));
    QCOMPARE(QProcess::execute(u"qpdf"_s, {u"--rotate=+90:1"_s, upright, turned}), 0);
    const QImage page = firstPage(turned);
    QVERIFY(page.width() > page.height()); // landscape, like the page
    QVERIFY(page.width() < 2000);          // still the picture, not a render
    QCOMPARE(textsOn(page).size(), 1);
}

void tst_DocumentReader::protectedScanWithItsPassword()
{
    const QString open = m_dir.filePath(u"open.pdf"_s);
    const QString locked = m_dir.filePath(u"locked.pdf"_s);
    QVERIFY(save(open, flatePdf(giroLetter(150))));
    QCOMPARE(QProcess::execute(u"qpdf"_s, {u"--encrypt"_s, u"geheim"_s, u"owner"_s, u"256"_s,
                                           u"--"_s, open, locked}),
             0);
    const auto withoutPassword = DocumentReader::open(locked, {});
    QVERIFY(!withoutPassword);
    QCOMPARE(withoutPassword.code(), DocumentReader::kPasswordNeeded.toString());
    QCOMPARE(withoutPassword.error(), u"The PDF is protected by a password."_s);
    const auto wrongPassword = DocumentReader::open(locked, u"falsch"_s);
    QCOMPARE(wrongPassword.code(), DocumentReader::kPasswordNeeded.toString());
    QCOMPARE(wrongPassword.error(), u"The password for the PDF is not right."_s);
    const QImage page = firstPage(locked, u"geheim"_s);
    QCOMPARE(page.width(), 1240); // decrypted and taken as it is
    QCOMPARE(textsOn(page).size(), 1);
}

void tst_DocumentReader::cutOutDocumentKeepsThePageSize()
{
    // A document cut out of a 150-dpi stack is sent as a new PDF: its pages
    // stay A4, not half of it (nor double).
    const QString path = m_dir.filePath(u"stack.pdf"_s);
    QVERIFY(writePdf(path, {giroLetter(150), giroLetter(150)}, 150));
    const DocumentPages pages = loadDocumentPages(path);
    QCOMPARE(pages.pages.size(), 2);
    const QByteArray pdf = pdfFromPages({pages.pages.at(1)});
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(pdf);
    QVERIFY(document);
    const QSizeF points = document->page(0)->pageSizeF();
    QVERIFY2(qAbs(points.width() - 595) < 2 && qAbs(points.height() - 842) < 2,
             qPrintable(u"%1x%2"_s.arg(points.width()).arg(points.height())));
}

void tst_DocumentReader::hugePictureIsRenderedSmaller()
{
    // 51 million pixels on one A4 page (a 1000-dpi scan): not decoded as it
    // is, but rendered at 300 dpi by Poppler.
    QImage huge(6000, 8500, QImage::Format_Grayscale8);
    huge.fill(255);
    QPainter(&huge).drawImage(600, 1000, code(ZXing::BarcodeFormat::QRCode, kGiroCode, 900, 900));
    const QString path = m_dir.filePath(u"huge.pdf"_s);
    QVERIFY(save(path, flatePdf(huge)));
    huge = QImage();
    const QImage page = firstPage(path);
    QVERIFY2(qAbs(page.width() - 2480) <= 1, qPrintable(QString::number(page.width())));
    QCOMPARE(page.text(u"dpi"_s), u"300"_s);
    QCOMPARE(textsOn(page).size(), 1);
}

void tst_DocumentReader::refusalsSpeakTheClerksLanguage()
{
    QTranslator german;
    QVERIFY(german.load(u":/i18n/tresen_de.qm"_s));
    QCoreApplication::installTranslator(&german);
    const auto removeTranslator =
        qScopeGuard([&german] { QCoreApplication::removeTranslator(&german); });
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto refusalOf = [&dir](const QString &name, const QByteArray &content) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return u"(not written)"_s;
        file.close();
        const auto opened = DocumentReader::open(file.fileName(), {});
        return opened ? u"(opened)"_s : opened.reason().message;
    };
    const QString notAnImage = refusalOf(u"notes.txt"_s, "Bitte Personalausweis mitbringen.\n");
    QVERIFY2(notAnImage.startsWith(u"Die Datei ist kein lesbares Bild"_s), qPrintable(notAnImage));
    const QString damagedPdf = refusalOf(u"damaged.pdf"_s, "%PDF-1.7\n%garbage\n");
    QVERIFY2(damagedPdf.startsWith(u"Die PDF-Datei kann nicht gelesen werden"_s),
             qPrintable(damagedPdf));
}

QTEST_MAIN(tst_DocumentReader) // the letters are drawn with fonts: a GUI application
#include "tst_documentreader.moc"
