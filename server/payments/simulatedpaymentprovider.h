#pragma once

#include "server/payments/paymentprovider.h"

#include <QHash>

// Realistic payments in every status for the demo and for training, answered
// at once and without a network.
class SimulatedPaymentProvider : public PaymentProvider
{
    Q_OBJECT

public:
    explicit SimulatedPaymentProvider(QObject *parent = nullptr);

    QString name() const override { return QString::fromUtf16(u"simulated"); }
    void lookup(const QString &reference, Done done) override;

    // The demo references, one per status (for docs, hints and tests).
    static QList<PaymentInfo> demoPayments();

private:
    QHash<QString, PaymentInfo> m_payments;
};
