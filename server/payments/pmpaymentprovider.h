#pragma once

#include "server/payments/paymentprovider.h"

#include <QUrl>

class QNetworkAccessManager;

// A provider shaped like pmPayment: HTTP/JSON, status by `txid`, requests
// and answers signed with HMAC-SHA256 over a shared secret.
//
//   GET {base}/payment/status?mandant=M&txid=REF&hash=HMAC(secret, "M|REF")
//   200 {"txid", "status", "amount", "paidAmount" (cents), "paymentMethod",
//        "purpose", "paidAt", "hash": HMAC(secret, "txid|status|amount|paidAmount")}
//   404 when the txid is unknown
//
// One retry on a network failure or a 5xx; an answer whose signature does
// not match counts as unavailable, never as "open".
class PmPaymentProvider : public PaymentProvider
{
    Q_OBJECT

public:
    struct Config
    {
        QUrl baseUrl;
        QString mandant;
        QByteArray secret;
        int timeoutMs = 5000;
    };

    explicit PmPaymentProvider(const Config &config, QObject *parent = nullptr);

    QString name() const override { return QString::fromUtf16(u"pmpayment"); }
    void lookup(const QString &reference, Done done) override;

    static QByteArray sign(const QByteArray &secret, const QByteArray &message);

private:
    Config m_config;
    QNetworkAccessManager *m_network;
};
