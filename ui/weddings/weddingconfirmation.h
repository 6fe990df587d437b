#pragma once

#include "core/domain/wedding.h"

#include <QCoreApplication>
#include <QString>

class QPainter;
class QRectF;
enum class PageDelivery;

// What a couple takes home from the Standesamt: their slot, its state (a
// provisional reservation until when, or confirmed), the papers still to
// bring, and the booking code as text and QR code. The couple brings it back
// with the papers; scanned, its code files them with their booking.
struct WeddingConfirmation
{
    Q_DECLARE_TR_FUNCTIONS(WeddingConfirmation)

public:
    QString officeName;
    QString officeAddress;
    WeddingBooking booking;

    void paint(QPainter &painter, const QRectF &page) const;
    // On the default printer, or as a PDF at `pdfPath` when there is none.
    PageDelivery printOrSave(const QString &pdfPath) const;
};
