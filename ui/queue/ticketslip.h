#pragma once

#include "ui/common/singlepagepdf.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class QPagedPaintDevice;
class QPainter;

// The paper a visitor takes from the front desk: number, service, time,
// estimated wait, the office's name.
struct TicketSlip
{
    Q_DECLARE_TR_FUNCTIONS(TicketSlip)

public:
    QString officeName;
    QString number;
    QString serviceName;
    QDateTime issuedAt;
    int estimatedWaitMinutes = 0;

    // Paints the slip on a page of `device` (a printer or a PDF writer).
    void paint(QPainter &painter, const QRectF &page) const;
    // Writes the slip as a PDF (80 mm receipt width) and returns false on failure.
    bool writePdf(const QString &filePath) const;
    // Prints the slip on the default printer or, when there is none, saves it
    // as a PDF at `pdfPath` (its folder is made): the front desk's way and
    // the check-in's alike.
    PageDelivery printOrSave(const QString &pdfPath) const;
};
