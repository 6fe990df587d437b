#include "core/documents/qrcodeimage.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <stdexcept>

QImage qrCodeImage(const QString &text)
{
    try {
        ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
        writer.setMargin(4);
        writer.setEncoding(ZXing::CharacterSet::UTF8);
        // Width and height 0: the smallest size, one pixel per module.
        const ZXing::BitMatrix matrix = writer.encode(text.toStdWString(), 0, 0);
        QImage image(matrix.width(), matrix.height(), QImage::Format_Mono);
        image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
        for (int y = 0; y < matrix.height(); ++y) {
            for (int x = 0; x < matrix.width(); ++x)
                image.setPixel(x, y, matrix.get(x, y) ? 1 : 0);
        }
        return image;
    } catch (const std::exception &) {
        return {};
    }
}
