#include "testdocuments.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

using namespace Qt::StringLiterals;

namespace TestDocuments {

const std::wstring kGiroCode = L"BCD\n002\n2\nSCT\n\nStadtkasse M\u00fcllerheim\n"
                               L"DE89370400440532013000\nEUR12.3\nGOVT\nRF18539007547034\n\nDanke";
const std::wstring kFineNoticeUrl = L"https://www.musterstadt.de/bussgeld?az=VG-2026-004711";

QImage code(ZXing::BarcodeFormat format, const std::wstring &text, int width, int height)
{
    // One pixel per module first (writers differ in how they scale), then
    // whole pixels per module up to the size asked for, with a quiet zone.
    ZXing::MultiFormatWriter writer(format);
    writer.setMargin(0);
    const ZXing::BitMatrix matrix = writer.encode(text, 0, 0);
    const bool linear = ZXing::BarcodeFormats(ZXing::BarcodeFormat::LinearCodes).testFlag(format);
    const int quiet = linear ? 10 : 2; // modules
    const int columns = matrix.width() + 2 * quiet;
    int moduleWidth = qMax(1, width / columns);
    int moduleHeight = qMax(1, height / (matrix.height() + 2 * quiet));
    if (linear)
        moduleHeight = qMax(1, height - 2 * moduleWidth) / matrix.height();
    else if (format != ZXing::BarcodeFormat::PDF417) // square modules
        moduleWidth = moduleHeight = qMin(moduleWidth, moduleHeight);
    const int quietHeight = linear ? moduleWidth : quiet * moduleHeight;
    QImage image(columns * moduleWidth, matrix.height() * moduleHeight + 2 * quietHeight,
                 QImage::Format_Grayscale8);
    image.fill(255);
    QPainter painter(&image);
    for (int y = 0; y < matrix.height(); ++y) {
        for (int x = 0; x < matrix.width(); ++x) {
            if (matrix.get(x, y))
                painter.fillRect((x + quiet) * moduleWidth, quietHeight + y * moduleHeight,
                                 moduleWidth, moduleHeight, Qt::black);
        }
    }
    return image;
}

QImage page(const QList<QImage> &codes)
{
    QImage a4(1240, 1754, QImage::Format_RGB32);
    a4.fill(Qt::white);
    QPainter painter(&a4);
    painter.drawText(100, 100, u"Stadt Musterstadt – Gebührenbescheid"_s);
    int y = 200;
    for (const QImage &image : codes) {
        painter.drawImage(150, y, image);
        y += image.height() + 80;
    }
    return a4;
}

QList<PrintedCode> printedCodes()
{
    using F = ZXing::BarcodeFormat;
    return {
        {F::QRCode, kGiroCode, 35, 35},
        {F::QRCode, kFineNoticeUrl, 25, 25},
        {F::QRCode, L"K7M2-9QXP", 18, 18},
        {F::Code128, L"TRENNBLATT", 80, 15},
        {F::Code128, L"5.0123.456789.2", 50, 10},
        {F::DataMatrix, L"AZ 33-2026/0815", 36, 12}, // rectangular, as on labels
        {F::PDF417, L"Stadt Musterstadt|Kfz-Zulassung|M-TR 2026", 60, 18},
        {F::EAN13, L"4006381333931", 37, 25},
        {F::Aztec, L"DE-BUERGERAMT-4711", 18, 18},
    };
}

QImage letter(const QList<PrintedCode> &codes, int dpi)
{
    const auto pixels = [dpi](double mm) { return qRound(mm / 25.4 * dpi); };
    QImage a4(pixels(210), pixels(297), QImage::Format_RGB32);
    a4.fill(Qt::white);
    QPainter painter(&a4);
    QFont font = painter.font();
    font.setPixelSize(pixels(4));
    painter.setFont(font);
    painter.drawText(pixels(20), pixels(25), u"Stadt Musterstadt – Bürgeramt – Bescheid"_s);
    font.setPixelSize(pixels(2.8));
    painter.setFont(font);
    for (int line = 0; line < 8; ++line)
        painter.drawText(pixels(20), pixels(40 + line * 5),
                         u"für die Amtshandlung vom 24.11.2026 erheben wir eine Gebühr "
                         "nach Nr. %1 des Gebührenverzeichnisses."_s.arg(line + 1));
    double y[2] = {90, 90};
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const PrintedCode &printed = codes.at(i);
        const int column = y[0] <= y[1] ? 0 : 1;
        const QImage image =
            code(printed.format, printed.text, pixels(printed.widthMm), pixels(printed.heightMm));
        painter.drawImage(pixels(20 + column * 95), pixels(y[column]), image);
        y[column] += printed.heightMm + 15;
    }
    return a4;
}

bool writePdf(const QString &path, const QList<QImage> &pages, int dpi)
{
    QPdfWriter writer(path);
    writer.setResolution(dpi);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins({});
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        painter.drawImage(QPoint(0, 0), pages.at(i));
    }
    return painter.end();
}

} // namespace TestDocuments

namespace TestDocuments {

QList<Degradation> allDegradations()
{
    return {Degradation::None,          Degradation::Skewed,      Degradation::Sideways,
            Degradation::UpsideDown,    Degradation::Blurred,     Degradation::Noisy,
            Degradation::LowResolution, Degradation::LowContrast, Degradation::Jpeg,
            Degradation::ScannedLook};
}

const char *degradationName(Degradation degradation)
{
    switch (degradation) {
    case Degradation::None:
        return "clean";
    case Degradation::Skewed:
        return "skewed";
    case Degradation::Sideways:
        return "sideways";
    case Degradation::UpsideDown:
        return "upside-down";
    case Degradation::Blurred:
        return "blurred";
    case Degradation::Noisy:
        return "noisy";
    case Degradation::LowResolution:
        return "low-resolution";
    case Degradation::LowContrast:
        return "low-contrast";
    case Degradation::Jpeg:
        return "jpeg";
    case Degradation::ScannedLook:
        return "scanned-look";
    }
    return "?";
}

namespace {
QImage rotated(const QImage &page, double degrees)
{
    // Turned with alpha, then laid on white like the scanner lid (the
    // corners would be black otherwise).
    const QImage turned = page.convertToFormat(QImage::Format_ARGB32)
                              .transformed(QTransform().rotate(degrees), Qt::SmoothTransformation);
    QImage out(turned.size(), QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter painter(&out);
    painter.drawImage(0, 0, turned);
    return out;
}

// `passes` box blurs of `radius`: three approximate a Gaussian.
QImage blurred(const QImage &page, int radius, int passes = 3)
{
    QImage gray = page.convertToFormat(QImage::Format_Grayscale8);
    const int w = gray.width(), h = gray.height();
    std::vector<int> line;
    const auto pass = [&](bool horizontal) {
        const int length = horizontal ? w : h, lines = horizontal ? h : w;
        line.resize(static_cast<size_t>(length));
        for (int l = 0; l < lines; ++l) {
            const auto at = [&](int i) -> uchar & {
                return horizontal ? gray.scanLine(l)[i] : gray.scanLine(i)[l];
            };
            for (int i = 0; i < length; ++i)
                line[static_cast<size_t>(i)] = at(i);
            int sum = 0;
            for (int i = -radius; i <= radius; ++i)
                sum += line[static_cast<size_t>(qBound(0, i, length - 1))];
            for (int i = 0; i < length; ++i) {
                at(i) = static_cast<uchar>(sum / (2 * radius + 1));
                sum += line[static_cast<size_t>(qMin(i + radius + 1, length - 1))];
                sum -= line[static_cast<size_t>(qMax(i - radius, 0))];
            }
        }
    };
    for (int i = 0; i < passes; ++i) {
        pass(true);
        pass(false);
    }
    return gray;
}

QImage noisy(const QImage &page, int sigma, double specks, quint32 seed)
{
    QImage gray = page.convertToFormat(QImage::Format_Grayscale8);
    QRandomGenerator random(seed);
    for (int y = 0; y < gray.height(); ++y) {
        uchar *row = gray.scanLine(y);
        for (int x = 0; x < gray.width(); ++x) {
            // Sum of uniforms: near enough Gaussian, and fast.
            const int noise = (random.bounded(2 * sigma + 1) + random.bounded(2 * sigma + 1) +
                               random.bounded(2 * sigma + 1) - 3 * sigma) /
                              2;
            int value = row[x] + noise;
            if (random.generateDouble() < specks)
                value = random.bounded(2) ? 0 : 255;
            row[x] = static_cast<uchar>(qBound(0, value, 255));
        }
    }
    return gray;
}

QImage contrast(const QImage &page, int black, int white)
{
    QImage gray = page.convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < gray.height(); ++y) {
        uchar *row = gray.scanLine(y);
        for (int x = 0; x < gray.width(); ++x)
            row[x] = static_cast<uchar>(black + row[x] * (white - black) / 255);
    }
    return gray;
}

QImage jpeg(const QImage &page, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    page.save(&buffer, "JPEG", quality);
    return QImage::fromData(bytes, "JPEG");
}
} // namespace

QImage degrade(const QImage &page, Degradation degradation, quint32 seed)
{
    switch (degradation) {
    case Degradation::None:
        return page;
    case Degradation::Skewed:
        return rotated(page, 4);
    case Degradation::Sideways:
        return rotated(page, 90);
    case Degradation::UpsideDown:
        return rotated(page, 180);
    case Degradation::Blurred:
        return blurred(page, 2);
    case Degradation::Noisy:
        return noisy(page, 70, 0.02, seed);
    case Degradation::LowResolution:
        return page.scaled(page.size() / 2, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    case Degradation::LowContrast:
        return contrast(page, 150, 205);
    case Degradation::Jpeg:
        return jpeg(page, 8);
    case Degradation::ScannedLook:
        // Scanner optics soften by about 0.1 mm: three 3-pixel box blurs at
        // 300 dpi, one at 150 dpi.
        return jpeg(
            noisy(blurred(rotated(page, 1.5), 1, page.width() >= 2000 ? 3 : 1), 25, 0.002, seed),
            60);
    }
    return page;
}

} // namespace TestDocuments
