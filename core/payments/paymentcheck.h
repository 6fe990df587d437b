#pragma once

#include "core/domain/payment.h"
#include "core/payments/epcqr.h"
#include "core/payments/paymentreference.h"

#include <QObject>

class BackendClient;

// "Has this been paid?": takes what the clerk typed or scanned, finds the
// reference in it and asks the backend.
class PaymentCheck : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        QString input;
        QString reference;
        std::optional<PaymentInfo> payment;
        std::optional<EpcQr> giroCode; // when the input was a GiroCode
        bool unknown = false;          // the backend knows no payment under this reference
        QString error;                 // why there is no answer, in plain words
    };

    explicit PaymentCheck(BackendClient *client, QObject *parent = nullptr);

    void setRules(const PaymentReferenceRules &rules) { m_rules = rules; }
    void check(const QString &input);
    bool isBusy() const { return m_busy; }

signals:
    void finished(const PaymentCheck::Result &result);

private:
    BackendClient *m_client;
    PaymentReferenceRules m_rules = PaymentReferenceRules::defaults();
    bool m_busy = false;
};

Q_DECLARE_METATYPE(PaymentCheck::Result)
