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

namespace {
// The quiet zone code() draws on each side, in modules.
int quietModules(ZXing::BarcodeFormat format)
{
    return ZXing::BarcodeFormats(ZXing::BarcodeFormat::LinearCodes).testFlag(format) ? 10 : 2;
}
} // namespace

QImage code(ZXing::BarcodeFormat format, const std::wstring &text, int width, int height)
{
    // One pixel per module first (writers differ in how they scale), then
    // whole pixels per module up to the size asked for, with a quiet zone.
    ZXing::MultiFormatWriter writer(format);
    writer.setMargin(0);
    const ZXing::BitMatrix matrix = writer.encode(text, 0, 0);
    const bool linear = ZXing::BarcodeFormats(ZXing::BarcodeFormat::LinearCodes).testFlag(format);
    const int quiet = quietModules(format);
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
        painter.drawImage(pixels(20 + column * 95), pixels(y[column]),
                          TestDocuments::printed(printed, dpi));
        y[column] += printed.heightMm + 15;
    }
    return a4;
}

QImage printed(const PrintedCode &code, int dpi)
{
    const auto pixels = [dpi](double mm) { return mm / 25.4 * dpi; };
    // Drawn at eight times the size, whole pixels per module there, then
    // scaled down with area averaging: within an eighth of a module of the
    // printed size, with the grey edges a scanner's pixels give.
    constexpr int kFiner = 8;
    const QImage fine =
        TestDocuments::code(code.format, code.text, qRound(pixels(code.widthMm) * kFiner),
                            qRound(pixels(code.heightMm) * kFiner));
    return fine
        .scaled(qMax(1, qRound(double(fine.width()) / kFiner)),
                qMax(1, qRound(double(fine.height()) / kFiner)), Qt::IgnoreAspectRatio,
                Qt::SmoothTransformation)
        .convertToFormat(QImage::Format_Grayscale8);
}

int modulesAcross(const PrintedCode &code)
{
    ZXing::MultiFormatWriter writer(code.format);
    writer.setMargin(0);
    return writer.encode(code.text, 0, 0).width() + 2 * quietModules(code.format);
}

PrintedCode tinyDataMatrix()
{
    return {ZXing::BarcodeFormat::DataMatrix, L"0815/26", 4.8, 4.8};
}

namespace {
QImage inverted(QImage image)
{
    image.invertPixels();
    return image;
}
} // namespace

QImage darkModeLetter(const QList<PrintedCode> &codes, int dpi)
{
    // A dark-mode screen is not pure black: light grey on near-black.
    QImage page = inverted(letter(codes, dpi)).convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < page.height(); ++y) {
        uchar *row = page.scanLine(y);
        for (int x = 0; x < page.width(); ++x)
            row[x] = static_cast<uchar>(28 + row[x] * (225 - 28) / 255);
    }
    return page;
}

QImage invertedCodesLetter(const QList<PrintedCode> &codes, int dpi)
{
    QImage page = letter({}, dpi).convertToFormat(QImage::Format_Grayscale8);
    const auto pixels = [dpi](double mm) { return qRound(mm / 25.4 * dpi); };
    QPainter painter(&page);
    double y = 90;
    for (const PrintedCode &code : codes) {
        // The plate reaches 4 mm beyond the code, as a screen's dark frame.
        const QImage light = inverted(printed(code, dpi));
        painter.fillRect(
            QRect(pixels(16), pixels(y - 4), light.width() + pixels(8), light.height() + pixels(8)),
            QColor(20, 20, 20));
        painter.drawImage(pixels(20), pixels(y), light);
        y += code.heightMm + 20;
    }
    return page;
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
    case Degradation::PhonePhoto:
        return "phone-photo";
    case Degradation::Fax:
        return "fax";
    case Degradation::ColouredPaper:
        return "coloured-paper";
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

// The page photographed from above and a little in front: the far edge
// narrower (keystone), turned a little, lying on a grey desk, with the
// shadow of the phone and hand across one side.
QImage photographed(const QImage &page, quint32 seed)
{
    const qreal w = page.width(), h = page.height();
    QTransform perspective;
    QPolygonF from({{0, 0}, {w, 0}, {w, h}, {0, h}});
    QPolygonF to({{w * 0.07, h * 0.03}, {w * 0.93, h * 0.01}, {w, h * 0.98}, {0, h}});
    QTransform::quadToQuad(from, to, perspective);
    QImage photo(page.size(), QImage::Format_RGB32);
    photo.fill(QColor(120, 112, 100)); // the desk
    {
        QPainter painter(&photo);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.setTransform(perspective);
        painter.drawImage(0, 0, page);
    }
    QImage gray = photo.convertToFormat(QImage::Format_Grayscale8);
    // The shadow: light falls to 45 % over a soft edge across the lower left.
    for (int y = 0; y < gray.height(); ++y) {
        uchar *row = gray.scanLine(y);
        for (int x = 0; x < gray.width(); ++x) {
            const double along = (double(y) / h - double(x) / w) - 0.25; // > 0: in the shadow
            const double shade = 1.0 - 0.55 * qBound(0.0, along / 0.12 + 0.5, 1.0);
            row[x] = static_cast<uchar>(row[x] * shade);
        }
    }
    return jpeg(noisy(blurred(gray, 1, 1), 10, 0, seed), 75);
}

// Sent by fax: 100 dpi, one threshold, black or white.
QImage faxed(const QImage &page, quint32 seed)
{
    const double dpi = page.width() / (210.0 / 25.4);
    const QImage low =
        page.scaled(qRound(page.width() * 100 / dpi), qRound(page.height() * 100 / dpi),
                    Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QImage gray = noisy(low, 12, 0.0005, seed);
    for (int y = 0; y < gray.height(); ++y) {
        uchar *row = gray.scanLine(y);
        for (int x = 0; x < gray.width(); ++x)
            row[x] = row[x] < 128 ? 0 : 255;
    }
    return gray;
}

// Dark blue print on salmon paper, scanned in colour (as above).
QImage onColouredPaper(const QImage &page, quint32 seed)
{
    QImage colour = page.convertToFormat(QImage::Format_RGB32);
    const QColor paper(250, 200, 160), ink(30, 40, 110);
    for (int y = 0; y < colour.height(); ++y) {
        QRgb *row = reinterpret_cast<QRgb *>(colour.scanLine(y));
        for (int x = 0; x < colour.width(); ++x) {
            const int light = qGray(row[x]);
            const auto mix = [light](int dark, int bright) {
                return dark + (bright - dark) * light / 255;
            };
            row[x] = qRgb(mix(ink.red(), paper.red()), mix(ink.green(), paper.green()),
                          mix(ink.blue(), paper.blue()));
        }
    }
    // Sensor noise in every channel, then the scanner's JPEG.
    QRandomGenerator random(seed);
    for (int y = 0; y < colour.height(); ++y) {
        QRgb *row = reinterpret_cast<QRgb *>(colour.scanLine(y));
        for (int x = 0; x < colour.width(); ++x) {
            const auto jitter = [&random](int value) {
                return qBound(0, value + int(random.bounded(31)) - 15, 255);
            };
            row[x] = qRgb(jitter(qRed(row[x])), jitter(qGreen(row[x])), jitter(qBlue(row[x])));
        }
    }
    return jpeg(colour, 60);
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
    case Degradation::PhonePhoto:
        return photographed(page, seed);
    case Degradation::Fax:
        return faxed(page, seed);
    case Degradation::ColouredPaper:
        return onColouredPaper(page, seed);
    }
    return page;
}

} // namespace TestDocuments
