#pragma once

#include <QImage>
#include <QList>
#include <QString>

#include <ZXing/BarcodeFormat.h>
#include <string>

// Documents the tests make themselves: codes written with zxing-cpp's writer,
// placed on A4 pages at 150 dpi, saved as images or PDFs.
namespace TestDocuments {
QImage code(ZXing::BarcodeFormat format, const std::wstring &text, int width, int height);
QImage page(const QList<QImage> &codes);
bool writePdf(const QString &path, const QList<QImage> &pages);

// A valid version 002 GiroCode in ISO-8859-1 with a structured reference.
extern const std::wstring kGiroCode;
extern const std::wstring kFineNoticeUrl; // reference VG-2026-004711
} // namespace TestDocuments
