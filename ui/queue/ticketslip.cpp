#include "ui/queue/ticketslip.h"

#include "ui/common/singlepagepdf.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPrinter>
#include <QPrinterInfo>

using namespace Qt::StringLiterals;

void TicketSlip::paint(QPainter &painter, const QRectF &page) const
{
    const qreal unit = page.width() / 20.0; // the layout scales with the paper
    QFont font = painter.font();
    qreal y = page.top();
    const auto line = [&](const QString &text, qreal size, bool bold, qreal gap) {
        font.setPixelSize(qMax(1, qRound(size * unit)));
        font.setBold(bold);
        painter.setFont(font);
        const QRectF box(page.left(), y, page.width(), page.height() - (y - page.top()));
        const QRectF used = painter.boundingRect(box, Qt::AlignHCenter | Qt::TextWordWrap, text);
        painter.drawText(box, Qt::AlignHCenter | Qt::TextWordWrap, text);
        y += used.height() + gap * unit;
    };
    line(officeName, 1.1, true, 0.8);
    line(tr("Your number"), 0.9, false, 0.2);
    line(number, 4.5, true, 0.6);
    line(serviceName, 1.0, false, 0.8);
    line(QLocale().toString(issuedAt, QLocale::ShortFormat), 0.8, false, 0.4);
    if (estimatedWaitMinutes > 0)
        line(tr("Estimated waiting time: about %n min", nullptr, estimatedWaitMinutes), 0.8, false,
             0.6);
    line(tr("Please watch the display in the waiting room."), 0.8, false, 0);
}

bool TicketSlip::writePdf(const QString &filePath) const
{
    return writeSinglePagePdf(
        filePath, QPageSize(QSizeF(80, 90), QPageSize::Millimeter, u"Receipt"_s),
        QMarginsF(4, 4, 4, 4), number,
        [this](QPainter &painter, const QRectF &page) { paint(painter, page); });
}

PageDelivery TicketSlip::printOrSave(const QString &pdfPath) const
{
    const QPrinterInfo printerInfo = QPrinterInfo::defaultPrinter();
    if (!printerInfo.isNull()) {
        QPrinter printer(printerInfo);
        printer.setDocName(number);
        QPainter painter;
        if (painter.begin(&printer)) {
            paint(painter, printer.pageLayout().paintRectPixels(printer.resolution()));
            painter.end();
            return PageDelivery::Printed;
        }
    }
    QDir().mkpath(QFileInfo(pdfPath).absolutePath());
    return writePdf(pdfPath) ? PageDelivery::Saved : PageDelivery::Failed;
}
