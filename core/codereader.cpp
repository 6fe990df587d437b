#include "core/codereader.h"

#include <QImage>
#include <QStringDecoder>

#define ZX_USE_UTF8
#include <ZXing/ReadBarcode.h>

QList<DecodedCode> readCodes(const QImage &page)
{
    const QImage gray = page.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(),
                                ZXing::ImageFormat::Lum, static_cast<int>(gray.bytesPerLine()));
    // Two passes: 2D codes with the downscale pyramid (which finds large,
    // blurred codes), linear barcodes without it (zxing-cpp 1.4 trips an
    // assertion merging linear results found at several scales).
    ZXing::DecodeHints matrixHints;
    matrixHints.setFormats(ZXing::BarcodeFormat::QRCode | ZXing::BarcodeFormat::MicroQRCode |
                           ZXing::BarcodeFormat::DataMatrix | ZXing::BarcodeFormat::Aztec |
                           ZXing::BarcodeFormat::PDF417);
    matrixHints.setTryHarder(true);
    matrixHints.setTryRotate(true);
    matrixHints.setTryDownscale(true);
    ZXing::DecodeHints linearHints;
    linearHints.setFormats(ZXing::BarcodeFormat::LinearCodes);
    linearHints.setTryHarder(true);
    linearHints.setTryRotate(true);
    linearHints.setTryDownscale(false);
    ZXing::Results results = ZXing::ReadBarcodes(view, matrixHints);
    for (ZXing::Result &linear : ZXing::ReadBarcodes(view, linearHints))
        results.push_back(std::move(linear));
    QList<DecodedCode> codes;
    for (const ZXing::Result &result : results) {
        if (!result.isValid())
            continue;
        DecodedCode code;
        code.format = QString::fromStdString(ZXing::ToString(result.format()));
        const ZXing::ByteArray &bytes = result.bytes();
        code.bytes = QByteArray(reinterpret_cast<const char *>(bytes.data()),
                                static_cast<qsizetype>(bytes.size()));
        QStringDecoder utf8(QStringDecoder::Utf8);
        code.text = utf8.decode(code.bytes);
        if (utf8.hasError())
            code.text = QString::fromLatin1(code.bytes);
        for (int i = 0; i < 4; ++i)
            code.position << QPoint(result.position()[i].x, result.position()[i].y);
        codes.append(code);
    }
    return codes;
}
