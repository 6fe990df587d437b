#pragma once

#include <QByteArray>
#include <QList>
#include <QPolygon>
#include <QString>

class QImage;

// A QR code or barcode found on a page.
struct DecodedCode
{
    QString format;    // as zxing-cpp names it: "QRCode", "Code128", "DataMatrix", ...
    QByteArray bytes;  // the payload, byte-exact (no charset conversion)
    QString text;      // the payload as text (UTF-8, or ISO-8859-1 when it is not UTF-8)
    QPolygon position; // on the page, in pixels
};

// Every code on a page image, all formats (zxing-cpp, thread-safe: call it
// from several threads at once).
QList<DecodedCode> readCodes(const QImage &page);
