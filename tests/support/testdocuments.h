#pragma once

#include <QImage>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <ZXing/BarcodeFormat.h>
#include <string>
#include <vector>

// Documents the tests make themselves: codes written with zxing-cpp's writer,
// placed on A4 pages at 150 dpi, saved as images or PDFs.
namespace TestDocuments {
QImage code(ZXing::BarcodeFormat format, const std::wstring &text, int width, int height);
QImage page(const QList<QImage> &codes);
// The pages as a PDF, each filling an A4 page at `dpi` (as a scanner writes).
bool writePdf(const QString &path, const QList<QImage> &pages, int dpi = 150);

// A code as printed on a real notice, with its printed size.
struct PrintedCode
{
    ZXing::BarcodeFormat format;
    std::wstring text;
    double widthMm;
    double heightMm;
};
// The codes citizens bring, at their usual sizes: GiroCode, fine-notice URL,
// booking code, separator sheet, Kassenzeichen (Code 128), DataMatrix,
// PDF417, EAN-13, Aztec.
QList<PrintedCode> printedCodes();
// An A4 letter scanned at `dpi`: a heading, lines of body text and the codes
// in two columns.
QImage letter(const QList<PrintedCode> &codes, int dpi);

// What a scanner or a phone camera does to a page. Each is strong enough
// that zxing-cpp's plain read misses some codes (see tst_codereader).
enum class Degradation {
    None,
    Skewed,        // fed crooked: 4 degrees
    Sideways,      // 90 degrees
    UpsideDown,    // 180 degrees
    Blurred,       // out of focus
    Noisy,         // sensor noise and specks
    LowResolution, // scanned at half the resolution
    LowContrast,   // faded print on grey recycled paper
    Jpeg,          // heavily compressed
    ScannedLook,   // a little of everything: the benchmark's pages
    PhonePhoto,    // photographed: in perspective, on a desk, a shadow across
    Fax,           // sent by fax: 100 dpi, black and white only
    ColouredPaper, // printed on coloured paper in dark blue, then scanned
};
QList<Degradation> allDegradations();
const char *degradationName(Degradation degradation);
// The same page for the same seed (noise is pseudo-random).
QImage degrade(const QImage &page, Degradation degradation, quint32 seed = 1);

// A code drawn at its printed size on a page of `dpi`: drawn eight times
// finer and scaled down smoothly, as a scanner sees modules that fall
// between its pixels.
QImage printed(const PrintedCode &code, int dpi);
// Modules across the code as drawn, its quiet zone included (for pixels per
// module in bench/).
int modulesAcross(const PrintedCode &code);
// A small square DataMatrix as on a file label: 12 x 12 modules of 0.4 mm.
PrintedCode tinyDataMatrix();
// The letter as a phone shows it in dark mode: light on dark, the codes too.
QImage darkModeLetter(const QList<PrintedCode> &codes, int dpi);
// The letter with each code light on a dark plate (a phone's screen held on
// the page, or a dark label).
QImage invertedCodesLetter(const QList<PrintedCode> &codes, int dpi);

// A valid version 002 GiroCode in ISO-8859-1 with a structured reference.
extern const std::wstring kGiroCode;
extern const std::wstring kFineNoticeUrl; // reference VG-2026-004711
} // namespace TestDocuments
