#include "ui/singlepagepdf.h"

#include <QPainter>
#include <QPdfWriter>

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
