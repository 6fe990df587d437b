// The code reader on pages the test makes itself: every printed code of
// TestDocuments::printedCodes() on three A4 letters, then degraded as a
// scanner or camera would. Each row says which codes must be found; the
// misses left are the measured limits (docs/benchmarks.md), so a change that
// finds fewer fails here, and one that finds more shows up as a row to raise.

#include "core/documents/codereader.h"
#include "testdocuments.h"

#include <QGuiApplication>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestDocuments;

Q_DECLARE_METATYPE(TestDocuments::Degradation)

namespace {
// The letters: codes 0-2 (three QR codes), 3-5 (two Code 128, DataMatrix),
// 6-8 (PDF417, EAN-13, Aztec).
QList<QImage> letters(int dpi)
{
    const QList<PrintedCode> codes = printedCodes();
    return {letter(codes.mid(0, 3), dpi), letter(codes.mid(3, 3), dpi),
            letter(codes.mid(6, 3), dpi)};
}

QString textOf(const PrintedCode &printed)
{
    return QString::fromStdWString(printed.text);
}

// A letter with what looks a little like a code and is none: bold 5-mm
// digits, checkboxes ticked and empty, filled squares, and a picture of
// grey blobs (a photo on an ID application).
QImage busyPage(int dpi, quint32 seed)
{
    const auto pixels = [dpi](double mm) { return qRound(mm / 25.4 * dpi); };
    QImage page = letter({}, dpi);
    QPainter painter(&page);
    QFont font = painter.font();
    font.setPixelSize(pixels(5));
    font.setBold(true);
    painter.setFont(font);
    for (int line = 0; line < 4; ++line)
        painter.drawText(pixels(20), pixels(95 + line * 9),
                         u"0815 4711 2026 %1 Nr. 33"_s.arg(line));
    for (int box = 0; box < 8; ++box) {
        const QRect square(pixels(20 + box * 8), pixels(140), pixels(4), pixels(4));
        if (box % 3 == 2)
            painter.fillRect(square, Qt::black);
        else
            painter.drawRect(square);
        if (box % 3 == 1)
            painter.drawLine(square.topLeft(), square.bottomRight());
    }
    QRandomGenerator random(seed);
    const QRect photo(pixels(110), pixels(150), pixels(40), pixels(50));
    painter.fillRect(photo, QColor(200, 200, 200));
    painter.setPen(Qt::NoPen);
    for (int blob = 0; blob < 60; ++blob) {
        const int grey = int(random.bounded(200));
        painter.setBrush(QColor(grey, grey, grey));
        painter.drawEllipse(photo.x() + int(random.bounded(photo.width())),
                            photo.y() + int(random.bounded(photo.height())),
                            pixels(1 + random.bounded(6.0)), pixels(1 + random.bounded(6.0)));
    }
    return page;
}
} // namespace

class tst_CodeReader : public QObject
{
    Q_OBJECT

private slots:
    void degradedPages_data();
    void degradedPages();
    void cleanPageCostsNoExtraPass();
    void blankAndTextPagesHaveNoCodes();
    void offCentreMatrixCodesNeedTheSecondLook();
    void positionsAreOnThePage();
    void sameBarcodeTwiceOnAPage();
    void lightOnDarkCodes();
    void tinyDataMatrix();
    void noCodesOnPicturesAndDarkPages();
};

void tst_CodeReader::degradedPages_data()
{
    QTest::addColumn<int>("dpi");
    QTest::addColumn<Degradation>("degradation");
    QTest::addColumn<QStringList>("missed"); // printed codes' texts still missed

    const QList<PrintedCode> codes = printedCodes();
    const QString separator = textOf(codes.at(3)), cashCode = textOf(codes.at(4));
    const QString dataMatrix = textOf(codes.at(5)), pdf417 = textOf(codes.at(6));
    const QString ean = textOf(codes.at(7)), aztec = textOf(codes.at(8));
    const QString fine = textOf(codes.at(1)), booking = textOf(codes.at(2));
    for (const Degradation degradation : allDegradations())
        QTest::addRow("150 dpi %s", degradationName(degradation))
            << 150 << degradation
            << (degradation == Degradation::Blurred
                    ? QStringList{fine, booking, separator, cashCode, pdf417, ean, aztec}
                : degradation == Degradation::Noisy         ? QStringList{cashCode, aztec}
                : degradation == Degradation::LowResolution ? QStringList{cashCode, ean, aztec}
                : degradation == Degradation::ScannedLook   ? QStringList{cashCode}
                                                            : QStringList{});
    QTest::addRow("300 dpi clean") << 300 << Degradation::None << QStringList{};
    QTest::addRow("300 dpi skewed") << 300 << Degradation::Skewed << QStringList{};
    QTest::addRow("300 dpi low-contrast") << 300 << Degradation::LowContrast << QStringList{};
    QTest::addRow("300 dpi low-resolution") << 300 << Degradation::LowResolution << QStringList{};
    QTest::addRow("300 dpi jpeg") << 300 << Degradation::Jpeg << QStringList{};
    QTest::addRow("300 dpi noisy")
        << 300 << Degradation::Noisy << QStringList{separator, dataMatrix, aztec};
    QTest::addRow("300 dpi blurred") << 300 << Degradation::Blurred << QStringList{cashCode, ean};
    QTest::addRow("300 dpi scanned-look") << 300 << Degradation::ScannedLook << QStringList{};
    // Beyond the scanner: a phone photo of a 300-dpi page, a fax of a
    // 200-dpi one (sent at 100 dpi), coloured paper scanned at 150 dpi.
    QTest::addRow("phone photo") << 300 << Degradation::PhonePhoto << QStringList{};
    QTest::addRow("fax") << 200 << Degradation::Fax << QStringList{cashCode};
    QTest::addRow("coloured paper") << 150 << Degradation::ColouredPaper << QStringList{};
}

void tst_CodeReader::degradedPages()
{
    QFETCH(int, dpi);
    QFETCH(Degradation, degradation);
    QFETCH(QStringList, missed);

    const QList<PrintedCode> codes = printedCodes();
    const QList<QImage> pages = letters(dpi);
    QStringList found, expected;
    for (qsizetype index = 0; index < pages.size(); ++index) {
        const QImage page = degrade(pages.at(index), degradation, quint32(index + 1));
        QStringList onPage;
        for (const DecodedCode &code : readCodes(page))
            onPage.append(code.text);
        for (const PrintedCode &printed : codes.mid(index * 3, 3)) {
            expected.append(textOf(printed));
            if (onPage.removeAll(textOf(printed)) > 0)
                found.append(textOf(printed));
        }
        // Nothing read that is not printed on this page, nothing twice.
        QVERIFY2(onPage.isEmpty(), qPrintable(u"false or double reads: "_s + onPage.join(u", ")));
    }
    // The limits are real both ways: what the row says is missed is missed,
    // and everything else is found (raise the row when a better pass finds
    // more).
    QStringList missedNow;
    for (const QString &text : expected) {
        if (!found.contains(text))
            missedNow.append(text);
    }
    missedNow.sort();
    missed.sort();
    QVERIFY2(missedNow == missed, qPrintable(u"missed now: ["_s + missedNow.join(u", ") +
                                             u"], the row says: ["_s + missed.join(u", ") + u']'));
}

void tst_CodeReader::cleanPageCostsNoExtraPass()
{
    // QR codes and barcodes the plain read finds: the search for code-like
    // regions runs, but every region is explained, so nothing is decoded twice.
    // (At 150 dpi the Kassenzeichen has 1.4 pixels per module: only the
    // second look reads it, so that page has the three QR codes and the
    // separator.)
    const QList<PrintedCode> codes = printedCodes();
    for (const int dpi : {150, 300}) {
        CodeReadEffort effort;
        const int count = dpi == 300 ? 5 : 4;
        QCOMPARE(readCodes(letter(codes.mid(0, count), dpi), &effort).size(), count);
        QCOMPARE(effort.regions, 0);
        QCOMPARE(effort.extraPasses, 0);
    }
}

void tst_CodeReader::blankAndTextPagesHaveNoCodes()
{
    for (const Degradation degradation :
         {Degradation::None, Degradation::Noisy, Degradation::ScannedLook}) {
        CodeReadEffort effort;
        QVERIFY(readCodes(degrade(letter({}, 150), degradation), &effort).isEmpty());
        QVERIFY2(effort.regions == 0, degradationName(degradation)); // text is no code
    }
    QImage white(1240, 1754, QImage::Format_Grayscale8);
    white.fill(255);
    CodeReadEffort effort;
    QVERIFY(readCodes(white, &effort).isEmpty());
    QCOMPARE(effort.regions, 0);
    QVERIFY(readCodes(QImage()).isEmpty()); // no image at all: nothing, no crash
}

void tst_CodeReader::offCentreMatrixCodesNeedTheSecondLook()
{
    // zxing-cpp 1.4 looks for DataMatrix and Aztec from the image centre:
    // on a page they sit elsewhere, and only the cut-out finds them.
    const QList<PrintedCode> codes = printedCodes();
    CodeReadEffort effort;
    const QList<DecodedCode> found = readCodes(letter({codes.at(5), codes.at(8)}, 300), &effort);
    QCOMPARE(found.size(), 2);
    QCOMPARE(effort.rescued, 2);
    QCOMPARE(effort.regions, 2);
    QStringList formats{found.at(0).format, found.at(1).format};
    formats.sort();
    QCOMPARE(formats, (QStringList{u"Aztec"_s, u"DataMatrix"_s}));
}

void tst_CodeReader::positionsAreOnThePage()
{
    // Rescued codes are cut out and scaled: their outline must come back in
    // page coordinates, on the code (the Scan workspace draws it there).
    const QList<PrintedCode> codes = printedCodes();
    const QImage page = degrade(letter(codes.mid(0, 3), 150), Degradation::LowContrast);
    const QList<DecodedCode> found = readCodes(page);
    QCOMPARE(found.size(), 3);
    for (const DecodedCode &code : found) {
        const QRect box = code.position.boundingRect();
        QVERIFY(page.rect().contains(box));
        // Mostly dark-and-light texture inside, not blank paper.
        const QImage inside = page.copy(box).convertToFormat(QImage::Format_Grayscale8);
        int dark = 0;
        for (int y = 0; y < inside.height(); ++y)
            for (int x = 0; x < inside.width(); ++x)
                dark += inside.constScanLine(y)[x] < 180 ? 1 : 0;
        QVERIFY2(dark > inside.width() * inside.height() / 5, qPrintable(code.text));
    }
}

void tst_CodeReader::sameBarcodeTwiceOnAPage()
{
    // A notice with its Kassenzeichen at the top and again on the payment
    // slip. zxing-cpp 1.4 aborts the process (an assertion) when one call
    // finds the same linear code twice: both must be read, each in its place.
    const PrintedCode cashCode = printedCodes().at(4);
    for (const int dpi : {150, 300}) {
        const QList<DecodedCode> found = readCodes(letter({cashCode, cashCode, cashCode}, dpi));
        QCOMPARE(found.size(), 3);
        QList<QRect> boxes;
        for (const DecodedCode &code : found) {
            QCOMPARE(code.text, textOf(cashCode));
            boxes.append(code.position.boundingRect());
            // The outline covers the bars (10 mm high), not just the rows read.
            QVERIFY2(code.position.boundingRect().height() >= dpi * 8 / 25,
                     qPrintable(QString::number(code.position.boundingRect().height())));
        }
        QVERIFY(!boxes.at(0).intersects(boxes.at(1)) && !boxes.at(1).intersects(boxes.at(2)) &&
                !boxes.at(0).intersects(boxes.at(2)));
    }
}

void tst_CodeReader::lightOnDarkCodes()
{
    // zxing-cpp 1.4 reads dark modules on light only. A booking code on a
    // phone in dark mode, photographed, and codes on a dark plate on a
    // light page must be read all the same.
    const QList<PrintedCode> codes = printedCodes();
    const auto texts = [](const QList<DecodedCode> &found) {
        QStringList read;
        for (const DecodedCode &code : found)
            read.append(code.text);
        read.sort();
        return read;
    };
    const auto printed = [](const QList<PrintedCode> &onPage) {
        QStringList expected;
        for (const PrintedCode &code : onPage)
            expected.append(textOf(code));
        expected.sort();
        return expected;
    };
    for (const int dpi : {150, 300}) {
        QCOMPARE(texts(readCodes(darkModeLetter({codes.at(2)}, dpi))), printed({codes.at(2)}));
        QCOMPARE(texts(readCodes(
                     degrade(darkModeLetter(codes.mid(0, 3), dpi), Degradation::PhonePhoto))),
                 printed(codes.mid(0, 3)));
        for (const qsizetype first : {0, 3, 6}) {
            CodeReadEffort effort;
            QCOMPARE(texts(readCodes(invertedCodesLetter(codes.mid(first, 3), dpi), &effort)),
                     printed(codes.mid(first, 3)));
            QCOMPARE(effort.rescued, 3); // the plain read sees none of them
        }
    }
}

void tst_CodeReader::tinyDataMatrix()
{
    // 12 x 12 modules of 0.4 mm: under the 6-mm minimum of a code-like
    // region, 2.4 pixels per module at 150 dpi.
    for (const int dpi : {150, 300}) {
        CodeReadEffort effort;
        const QList<DecodedCode> found =
            readCodes(letter({TestDocuments::tinyDataMatrix()}, dpi), &effort);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().format, u"DataMatrix"_s);
        QCOMPARE(found.first().text, textOf(TestDocuments::tinyDataMatrix()));
        QCOMPARE(effort.regions, 1);
        // The measured limit: after the scanner's blur and JPEG (quality 60)
        // its modules are a smudge at both resolutions (docs/benchmarks.md).
        QVERIFY(readCodes(degrade(letter({TestDocuments::tinyDataMatrix()}, dpi),
                                  Degradation::ScannedLook))
                    .isEmpty());
    }
}

void tst_CodeReader::noCodesOnPicturesAndDarkPages()
{
    // The new passes (tiny regions, inverted regions, a dark page's
    // negative, the one threshold along the bars) read nothing that is not
    // there: not from bold digits, checkboxes, a photo, nor from a dark page.
    for (const int dpi : {150, 300}) {
        const QImage busy = busyPage(dpi, quint32(dpi));
        QImage negative = busy;
        negative.invertPixels();
        const QList<std::pair<const char *, QImage>> pages{
            {"busy", busy},
            {"busy, scanned", degrade(busy, Degradation::ScannedLook)},
            {"busy, photographed", degrade(busy, Degradation::PhonePhoto)},
            {"busy, negative", negative},
            {"busy, negative, photographed", degrade(negative, Degradation::PhonePhoto)},
            {"dark mode", darkModeLetter({}, dpi)},
            {"dark mode, photographed", degrade(darkModeLetter({}, dpi), Degradation::PhonePhoto)},
        };
        for (const auto &[name, page] : pages) {
            const QList<DecodedCode> found = readCodes(page);
            QVERIFY2(found.isEmpty(),
                     qPrintable(u"%1 at %2 dpi: %3"_s.arg(QLatin1StringView(name))
                                    .arg(dpi)
                                    .arg(found.isEmpty() ? QString() : found.first().text)));
        }
    }
}

QTEST_MAIN(tst_CodeReader) // the letters are drawn with fonts: a GUI application
#include "tst_codereader.moc"
