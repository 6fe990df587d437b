#include "server/payments/simulatedpaymentprovider.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
PaymentInfo payment(const QString &reference, PaymentStatus status, qint64 due, qint64 paid,
                    const QString &method, const QString &purpose, const QString &paidAt = {})
{
    PaymentInfo info;
    info.reference = reference;
    info.status = status;
    info.amountDueCents = due;
    info.amountPaidCents = paid;
    info.method = method;
    info.purpose = purpose;
    info.paidAt = QDateTime::fromString(paidAt, Qt::ISODate);
    info.provider = u"simulated"_s;
    return info;
}
} // namespace

QList<PaymentInfo> SimulatedPaymentProvider::demoPayments()
{
    using S = PaymentStatus;
    return {
        payment(u"5.0001.000001.1"_s, S::Paid, 3700, 3700, u"giropay"_s,
                u"Gebühr Personalausweis"_s, u"2026-11-20T10:14:00+01:00"_s),
        payment(u"5.0001.000002.9"_s, S::Open, 3000, 0, {}, u"Verwarnungsgeld Parkverstoß"_s),
        payment(u"5.0001.000003.7"_s, S::PartiallyPaid, 12800, 6400, u"transfer"_s,
                u"Wunschkennzeichen und Zulassung"_s, u"2026-11-18T08:02:00+01:00"_s),
        payment(u"5.0001.000004.5"_s, S::Pending, 6000, 0, u"credit_card"_s, u"Gebühr Reisepass"_s),
        payment(u"5.0001.000005.3"_s, S::Failed, 5500, 0, u"paypal"_s,
                u"Verwarnungsgeld Geschwindigkeit"_s),
        payment(u"5.0001.000006.1"_s, S::Refunded, 1300, 0, u"giropay"_s,
                u"Meldebescheinigung (doppelt bezahlt)"_s, u"2026-11-02T14:40:00+01:00"_s),
        payment(u"5.0001.000007.9"_s, S::Cancelled, 2500, 0, {}, u"Verwarnungsgeld (erlassen)"_s),
        // The Standesamt's demo weddings (server/demodata.cpp) carry these.
        payment(u"5.0002.000001.4"_s, S::Paid, 9000, 9000, u"transfer"_s,
                u"Gebühr Eheschließung Trausaal Schloss"_s, u"2026-11-10T09:30:00+01:00"_s),
        payment(u"5.0002.000002.2"_s, S::Open, 6500, 0, {}, u"Gebühr Eheschließung Rathaus"_s),
    };
}

SimulatedPaymentProvider::SimulatedPaymentProvider(QObject *parent)
    : PaymentProvider(parent)
{
    for (const PaymentInfo &info : demoPayments())
        m_payments.insert(info.reference, info);
}

void SimulatedPaymentProvider::lookup(const QString &reference, Done done)
{
    ProviderAnswer answer;
    const auto it = m_payments.constFind(reference);
    if (it == m_payments.cend()) {
        answer.outcome = ProviderAnswer::Outcome::NotFound;
    } else {
        answer.outcome = ProviderAnswer::Outcome::Found;
        answer.payment = *it;
    }
    QTimer::singleShot(0, this, [answer, done = std::move(done)] { done(answer); });
}
