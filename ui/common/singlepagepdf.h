#pragma once

#include <QMarginsF>
#include <QPageSize>
#include <QRectF>
#include <QString>

#include <functional>

class QPainter;

// Writes one page as a PDF at 300 dpi: `paint` gets the page's printable area
// (inside `marginsMm`). For slips and confirmations when there is no printer.
bool writeSinglePagePdf(const QString &filePath, const QPageSize &size, const QMarginsF &marginsMm,
                        const QString &title,
                        const std::function<void(QPainter &, const QRectF &)> &paint);

// Where a printed page went.
enum class PageDelivery { Printed, Saved, Failed };

// Prints one A4 page on the default printer or, when there is none, saves it
// as a PDF at `pdfPath` (to print later or send by e-mail).
PageDelivery printOrSaveA4(const QString &pdfPath, const QString &title,
                           const std::function<void(QPainter &, const QRectF &)> &paint);
