#pragma once

#include "core/domain/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

// Whether a fee, fine or Wunschkennzeichen has been paid, as a payment
// provider reports it. Amounts are whole cents; the API writes them as
// decimal strings ("12.30") so that no float rounds a fine.
enum class PaymentStatus { Open, Pending, Paid, PartiallyPaid, Failed, Refunded, Cancelled };

QString paymentStatusName(PaymentStatus status); // "partially_paid", ...
std::optional<PaymentStatus> paymentStatusFromName(QStringView name);

QString centsText(qint64 cents);                          // 1230 -> "12.30"
std::optional<qint64> centsFromText(const QString &text); // "12.3" -> 1230

struct PaymentInfo
{
    QString reference; // Kassenzeichen / Aktenzeichen
    PaymentStatus status = PaymentStatus::Open;
    qint64 amountDueCents = 0;
    qint64 amountPaidCents = 0;
    QString currency = QString::fromUtf16(u"EUR");
    QDateTime paidAt; // invalid: not paid
    QString method;   // e.g. "giropay", "credit_card", "transfer"
    QString purpose;
    QString provider; // which provider answered

    QJsonObject toJson() const;
    // A failure naming the member when reference, status or an amount is
    // missing or malformed.
    static Result<PaymentInfo> fromJson(const QJsonObject &json);
};
