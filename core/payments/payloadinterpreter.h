#pragma once

#include "core/payments/paymentreference.h"

#include <QJsonObject>
#include <QString>

// What a decoded QR code or barcode means: a GiroCode, an appointment's
// booking code, a fine notice, a batch separator sheet, or unknown. The same answer feeds
// `tresen-scan --json`
// ("kind", "fields", "error") and the workstation's actions on codes.
struct PayloadRules
{
    QString separatorText = QString::fromUtf16(u"TRENNBLATT");
    PaymentReferenceRules payment = PaymentReferenceRules::defaults();
};

struct InterpretedPayload
{
    QString kind; // "epc", "appointment", "fine", "separator", "unknown"
    QJsonObject fields;
    QString error; // for an "epc" that breaks the standard; then no fields
};

InterpretedPayload interpretPayload(const QByteArray &payload, const PayloadRules &rules = {});
