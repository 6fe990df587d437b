#pragma once

#include "server/payments/paymentprovider.h"

#include <QUrl>

class QNetworkAccessManager;

// A provider shaped like ePayBL, the e-payment platform of German public
// administrations: SOAP, `lesenKassenzeichenInfo` by mandant and
// Kassenzeichen. Its answer lists the main claims (Hauptforderungen) and the
// incoming payments (Zahlungseingänge); the status follows from their sums.
//
//   <lesenKassenzeichenInfoResponse>
//     <ergebnis><code>0</code><text>OK</text></ergebnis>     (code 1: unknown)
//     <kassenzeichenInfo>
//       <hauptforderung><betrag>128.00</betrag><zweck>…</zweck></hauptforderung>…
//       <zahlungseingang><betrag>64.00</betrag><datum>2026-11-18</datum>
//                        <zahlweise>Ueberweisung</zahlweise></zahlungseingang>…
//     </kassenzeichenInfo>
//   </lesenKassenzeichenInfoResponse>
class EPayBlProvider : public PaymentProvider
{
    Q_OBJECT

public:
    struct Config
    {
        QUrl endpoint;
        QString mandant;
        int timeoutMs = 5000;
    };

    explicit EPayBlProvider(const Config &config, QObject *parent = nullptr);

    QString name() const override { return QString::fromUtf16(u"epaybl"); }
    void lookup(const QString &reference, Done done) override;

    // The answer's meaning, without the network (also for tests).
    static ProviderAnswer interpret(const QString &reference, const QByteArray &soapResponse);

private:
    Config m_config;
    QNetworkAccessManager *m_network;
};
