#include "ui/weddings/weddingconfirmation.h"

#include "core/documents/qrcodeimage.h"
#include "core/weddings/weddingcalendar.h"
#include "ui/common/pagetext.h"
#include "ui/common/singlepagepdf.h"

#include <QDateTime>
#include <QLocale>
#include <QPainter>

using namespace Qt::StringLiterals;

void WeddingConfirmation::paint(QPainter &painter, const QRectF &page) const
{
    const QLocale locale;
    const QDateTime startsAt = QDateTime::fromMSecsSinceEpoch(booking.startsAt);
    PageText text(painter, page);
    text.line(officeName, 1.2, true, 0.1);
    if (!officeAddress.isEmpty())
        text.line(officeAddress, 0.8, false, 1.5);
    const bool provisional = booking.status == WeddingStatus::Reserved;
    text.line(provisional ? tr("Reservation of your wedding date") : tr("Your wedding date"), 2.0,
              true, 1.2);
    text.line(tr("%1 at %2")
                  .arg(locale.toString(startsAt.date(), QLocale::LongFormat),
                       locale.toString(startsAt.time(), u"HH:mm"_s)),
              1.4, true, 0.3);
    text.line(booking.roomName, 1.0, false, 0.3);
    text.line(tr("For: %1 and %2").arg(booking.partner1, booking.partner2), 1.0, false, 1.2);
    if (provisional && booking.expiresAt > 0)
        text.line(tr("This reservation is provisional. Please register your marriage in person, "
                     "with the papers below, by %1; otherwise the date is released.")
                      .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(booking.expiresAt).date(),
                                           QLocale::LongFormat)),
                  0.9, true, 0.8);
    else
        text.line(tr("Status: %1").arg(WeddingCalendar::statusText(booking.status)), 0.9, false,
                  0.8);

    const QStringList missing = booking.missingDocuments();
    if (!missing.isEmpty()) {
        text.line(tr("Please bring:"), 0.9, true, 0.2);
        for (const QString &key : missing)
            text.line(u"•  "_s + WeddingCalendar::documentLabel(key) +
                          (WeddingDocuments::isRequired(key) ? QString() : tr(" (if it applies)")),
                      0.8, false, 0.1);
        text.line(QString(), 0.5, false, 0.5);
    }

    text.line(tr("Your booking code"), 0.9, false, 0.2);
    text.line(booking.bookingCode, 2.6, true, 0.8);
    text.square(qrCodeImage(booking.bookingCode), 10, 1);
    text.line(tr("Please bring this sheet along with your papers: its code files them with your "
                 "booking."),
              0.8, false, 0);
}

PageDelivery WeddingConfirmation::printOrSave(const QString &pdfPath) const
{
    return printOrSaveA4(pdfPath, tr("Wedding %1").arg(booking.bookingCode),
                         [this](QPainter &painter, const QRectF &page) { paint(painter, page); });
}
