#include "core/domain/payment.h"

#include "core/domain/isotime.h"
#include "core/domain/memberreader.h"
#include "core/domain/nametable.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
constexpr NameTable<PaymentStatus, 7> kStatusNames{{
    {PaymentStatus::Open, u"open"},
    {PaymentStatus::Pending, u"pending"},
    {PaymentStatus::Paid, u"paid"},
    {PaymentStatus::PartiallyPaid, u"partially_paid"},
    {PaymentStatus::Failed, u"failed"},
    {PaymentStatus::Refunded, u"refunded"},
    {PaymentStatus::Cancelled, u"cancelled"},
}};
} // namespace

QString paymentStatusName(PaymentStatus status)
{
    return kStatusNames.name(status);
}

std::optional<PaymentStatus> paymentStatusFromName(QStringView name)
{
    return kStatusNames.find(name);
}

QString centsText(qint64 cents)
{
    const QString sign = cents < 0 ? u"-"_s : QString();
    cents = qAbs(cents);
    return sign + u"%1.%2"_s.arg(cents / 100).arg(cents % 100, 2, 10, QChar(u'0'));
}

std::optional<qint64> centsFromText(const QString &text)
{
    static const QRegularExpression shape(u"^(0|[1-9][0-9]{0,11})(?:\\.([0-9]{1,2}))?$"_s);
    const QRegularExpressionMatch match = shape.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toLongLong() * 100 + match.captured(2).leftJustified(2, u'0').toInt();
}

QJsonObject PaymentInfo::toJson() const
{
    return {
        {u"reference"_s, reference},
        {u"status"_s, paymentStatusName(status)},
        {u"amountDue"_s, centsText(amountDueCents)},
        {u"amountPaid"_s, centsText(amountPaidCents)},
        {u"currency"_s, currency},
        {u"paidAt"_s, paidAt.isValid() ? QJsonValue(isoTimeFromMSecs(paidAt.toMSecsSinceEpoch()))
                                       : QJsonValue()},
        {u"method"_s, method},
        {u"purpose"_s, purpose},
        {u"provider"_s, provider},
    };
}

Result<PaymentInfo> PaymentInfo::fromJson(const QJsonObject &json)
{
    using P = MemberReader::Presence;
    MemberReader read(json);
    PaymentInfo info;
    read.text(u"reference"_s, info.reference, P::Required);
    read.name(u"status"_s, info.status, &paymentStatusFromName);
    read.cents(u"amountDue"_s, info.amountDueCents);
    read.cents(u"amountPaid"_s, info.amountPaidCents);
    info.currency = json.value(u"currency"_s).toString(u"EUR"_s);
    info.paidAt = QDateTime::fromString(json.value(u"paidAt"_s).toString(), Qt::ISODate);
    info.method = json.value(u"method"_s).toString();
    info.purpose = json.value(u"purpose"_s).toString();
    info.provider = json.value(u"provider"_s).toString();
    return read.result(std::move(info));
}
