#include "ui/common/singlepagepdf.h"

#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QPrinterInfo>

using namespace Qt::StringLiterals;

bool writeSinglePagePdf(const QString &filePath, const QPageSize &size, const QMarginsF &marginsMm,
                        const QString &title,
                        const std::function<void(QPainter &, const QRectF &)> &paint)
{
    QPdfWriter writer(filePath);
    writer.setPageSize(size);
    writer.setPageMargins(marginsMm, QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(title);
    writer.setCreator(u"Tresen"_s);
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    paint(painter, QRectF(QPointF(0, 0), QSizeF(writer.width(), writer.height())));
    return painter.end();
}

PageDelivery printOrSaveA4(const QString &pdfPath, const QString &title,
                           const std::function<void(QPainter &, const QRectF &)> &paint)
{
    const QPrinterInfo printerInfo = QPrinterInfo::defaultPrinter();
    if (!printerInfo.isNull()) {
        QPrinter printer(printerInfo, QPrinter::HighResolution);
        printer.setDocName(title);
        QPainter painter;
        if (painter.begin(&printer)) {
            paint(painter, printer.pageLayout().paintRectPixels(printer.resolution()));
            painter.end();
            return PageDelivery::Printed;
        }
    }
    QDir().mkpath(QFileInfo(pdfPath).absolutePath());
    return writeSinglePagePdf(pdfPath, QPageSize(QPageSize::A4), QMarginsF(20, 20, 20, 20), title,
                              paint)
               ? PageDelivery::Saved
               : PageDelivery::Failed;
}
