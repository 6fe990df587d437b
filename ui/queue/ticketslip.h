#pragma once

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
};
