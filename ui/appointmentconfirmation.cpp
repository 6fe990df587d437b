#include "ui/appointmentconfirmation.h"

#include "core/qrcodeimage.h"
#include "ui/singlepagepdf.h"

#include <QLocale>
#include <QPageSize>
#include <QPainter>

using namespace Qt::StringLiterals;

void AppointmentConfirmation::paint(QPainter &painter, const QRectF &page) const
{
    const qreal unit = page.width() / 40.0; // about 4.5 mm on A4
    QFont font = painter.font();
    qreal y = page.top();
    const auto text = [&](const QString &line, qreal size, bool bold, qreal gap,
                          Qt::Alignment align = Qt::AlignLeft) {
        font.setPixelSize(qMax(1, qRound(size * unit)));
        font.setBold(bold);
        painter.setFont(font);
        const QRectF box(page.left(), y, page.width(), page.bottom() - y);
        const QRectF used = painter.boundingRect(box, align | Qt::TextWordWrap, line);
        painter.drawText(box, align | Qt::TextWordWrap, line);
        y += used.height() + gap * unit;
    };
    text(officeName, 1.2, true, 0.1);
    if (!officeAddress.isEmpty())
        text(officeAddress, 0.8, false, 1.5);
    text(tr("Appointment confirmation"), 2.0, true, 1.2);
    const QLocale locale;
    text(tr("%1 at %2")
             .arg(locale.toString(startsAt.date(), QLocale::LongFormat),
                  locale.toString(startsAt.time(), u"HH:mm"_s)),
         1.4, true, 0.3);
    text(tr("%1 (about %n minutes)", nullptr, durationMinutes).arg(serviceName), 1.0, false, 0.3);
    if (!citizenName.isEmpty())
        text(tr("For: %1").arg(citizenName), 1.0, false, 1.5);

    // The code: big, for reading aloud, and as a QR code for the check-in.
    text(tr("Your booking code"), 0.9, false, 0.2);
    text(bookingCode, 2.6, true, 0.8);
    const QImage qr = qrCodeImage(bookingCode);
    if (!qr.isNull()) {
        const qreal side = 10 * unit;
        painter.drawImage(QRectF(page.left(), y, side, side),
                          qr.scaled(qr.width() * 16, qr.height() * 16, Qt::IgnoreAspectRatio,
                                    Qt::FastTransformation));
        y += side + unit;
    }
    text(tr("Please bring this confirmation and your documents (identity card or passport). "
            "Scan the QR code at the entrance or give the code at the counter to check in; "
            "you will then be called by your number."),
         0.8, false, 0.6);
    text(tr("Cannot come? Please cancel the appointment in good time, so that someone else "
            "can have it."),
         0.8, false, 0);
}

bool AppointmentConfirmation::writePdf(const QString &filePath) const
{
    return writeSinglePagePdf(
        filePath, QPageSize(QPageSize::A4), QMarginsF(20, 20, 20, 20),
        tr("Appointment confirmation %1").arg(bookingCode),
        [this](QPainter &painter, const QRectF &page) { paint(painter, page); });
}
