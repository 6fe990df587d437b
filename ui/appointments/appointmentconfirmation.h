#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

enum class PageDelivery;

class QPainter;
class QRectF;

// The confirmation a citizen takes home (or gets as a PDF): when, where, what
// to bring, how to cancel or rebook, and the booking code as text and as a
// QR code for the check-in.
// The QR code holds exactly the booking code (e.g. "K7M2-9QXP").
struct AppointmentConfirmation
{
    Q_DECLARE_TR_FUNCTIONS(AppointmentConfirmation)

public:
    QString officeName;
    QString officeAddress;
    QString serviceName;
    QString citizenName;
    QDateTime startsAt;
    int durationMinutes = 0;
    QString bookingCode;
    // The service's texts (Verwaltung → Dienstleistungen): what to bring, one
    // item a line, and how to cancel or rebook. Empty: a general wording.
    QString bringAlong;
    QString confirmationNote;

    // Paints an A4 page (a printer or a PDF writer).
    void paint(QPainter &painter, const QRectF &page) const;
    // On the default printer, or as a PDF at `pdfPath` when there is none.
    PageDelivery printOrSave(const QString &pdfPath) const;
};
