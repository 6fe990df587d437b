#include "ui/appointments/appointmentconfirmation.h"

#include "core/documents/qrcodeimage.h"
#include "ui/common/pagetext.h"
#include "ui/common/singlepagepdf.h"

#include <QLocale>
#include <QPageSize>
#include <QPainter>

using namespace Qt::StringLiterals;

void AppointmentConfirmation::paint(QPainter &painter, const QRectF &page) const
{
    PageText text(painter, page);
    text.line(officeName, 1.2, true, 0.1);
    if (!officeAddress.isEmpty())
        text.line(officeAddress, 0.8, false, 1.5);
    text.line(tr("Appointment confirmation"), 2.0, true, 1.2);
    const QLocale locale;
    text.line(tr("%1 at %2")
                  .arg(locale.toString(startsAt.date(), QLocale::LongFormat),
                       locale.toString(startsAt.time(), u"HH:mm"_s)),
              1.4, true, 0.3);
    text.line(tr("%1 (about %n minutes)", nullptr, durationMinutes).arg(serviceName), 1.0, false,
              0.3);
    if (!citizenName.isEmpty())
        text.line(tr("For: %1").arg(citizenName), 1.0, false, 1.5);

    // The code: big, for reading aloud, and as a QR code for the check-in.
    text.line(tr("Your booking code"), 0.9, false, 0.2);
    text.line(bookingCode, 2.6, true, 0.8);
    text.square(qrCodeImage(bookingCode), 10, 1);
    text.line(tr("Scan the QR code at the entrance or give the code at the counter to check in; "
                 "you will then be called by your number."),
              0.8, false, 0.8);

    text.line(tr("Please bring"), 0.9, true, 0.2);
    const QStringList items = bringAlong.split(u'\n', Qt::SkipEmptyParts);
    if (items.isEmpty()) {
        text.line(tr("• this confirmation and your identity card or passport"), 0.8, false, 0.8);
    } else {
        text.line(tr("• this confirmation"), 0.8, false, 0.1);
        for (qsizetype i = 0; i < items.size(); ++i)
            text.line(u"• "_s + items.at(i).trimmed(), 0.8, false,
                      i + 1 == items.size() ? 0.8 : 0.1);
    }

    text.line(tr("Cancel or rebook"), 0.9, true, 0.2);
    text.line(confirmationNote.trimmed().isEmpty()
                  ? tr("Cannot come? Please cancel or rebook in good time with your booking code, "
                       "by phone or at the counter, so that someone else can have the time.")
                  : confirmationNote.trimmed(),
              0.8, false, 0);
}

PageDelivery AppointmentConfirmation::printOrSave(const QString &pdfPath) const
{
    return printOrSaveA4(pdfPath, tr("Appointment confirmation %1").arg(bookingCode),
                         [this](QPainter &painter, const QRectF &page) { paint(painter, page); });
}
