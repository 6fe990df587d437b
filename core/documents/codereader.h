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

// How much work a page took beyond the plain read (for tests and bench/).
struct CodeReadEffort
{
    int regions = 0;     // code-like regions the plain read left unexplained
    int extraPasses = 0; // decodes run on them
    int rescued = 0;     // codes only the extra passes found
};

// Every code on a page image, all formats (zxing-cpp; thread-safe: call it
// from several threads at once).
//
// First the plain read of the whole page. zxing-cpp 1.4 misses codes there:
// DataMatrix and Aztec away from the page centre (its detectors start from
// the centre), faded, noisy, blurred or coarsely sampled codes, short
// barcodes after JPEG, and codes light on dark (it reads dark modules only).
// So the page is then searched for regions that look like a code (dense,
// high-contrast texture, at least 6 mm on each side, or a squarish 4-5 mm
// for a tiny 2-D code) which the plain read did not explain, and each is
// cut out and decoded again, prepared a few ways in turn, inverted where it
// may be a light code. A page that is mostly dark is read again as its
// negative (the effort counts both reads). A clean page whose codes were
// all found pays only for the search.
QList<DecodedCode> readCodes(const QImage &page, CodeReadEffort *effort = nullptr);
