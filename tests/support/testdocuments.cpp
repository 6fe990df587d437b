#include "testdocuments.h"

#include <QPainter>
#include <QPdfWriter>

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

using namespace Qt::StringLiterals;

namespace TestDocuments {

const std::wstring kGiroCode = L"BCD\n002\n2\nSCT\n\nStadtkasse M\u00fcllerheim\n"
                               L"DE89370400440532013000\nEUR12.3\nGOVT\nRF18539007547034\n\nDanke";
const std::wstring kFineNoticeUrl = L"https://www.musterstadt.de/bussgeld?az=VG-2026-004711";

QImage code(ZXing::BarcodeFormat format, const std::wstring &text, int width, int height)
{
    ZXing::MultiFormatWriter writer(format);
    writer.setMargin(10);
    const ZXing::BitMatrix matrix = writer.encode(text, width, height);
    QImage image(matrix.width(), matrix.height(), QImage::Format_Grayscale8);
    for (int y = 0; y < matrix.height(); ++y) {
        for (int x = 0; x < matrix.width(); ++x)
            image.setPixel(x, y, matrix.get(x, y) ? qRgb(0, 0, 0) : qRgb(255, 255, 255));
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

bool writePdf(const QString &path, const QList<QImage> &pages)
{
    QPdfWriter writer(path);
    writer.setResolution(150);
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
