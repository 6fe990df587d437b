#include "core/payments/paymentreference.h"

#include "core/payments/epcqr.h"

using namespace Qt::StringLiterals;

PaymentReferenceRules PaymentReferenceRules::defaults()
{
    return {
        QRegularExpression(
            u"^https?://\\S*[?&](?:az|kz|ref|kassenzeichen|aktenzeichen)=([A-Za-z0-9.\\-]+)"_s,
            QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(u"\\b(?:\\d\\.\\d{4}\\.\\d{6}\\.\\d|VG-\\d{4}-\\d{6})\\b"_s),
    };
}

std::optional<QString> extractPaymentReference(const QString &text,
                                               const PaymentReferenceRules &rules)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    const EpcQrParse epc = parseEpcQr(trimmed.toUtf8() + '\n');
    if (epc.code) {
        // The city's own reference format in the remittance text wins over an RF reference.
        const QRegularExpressionMatch inText = rules.reference.match(epc.code->text);
        if (inText.hasMatch())
            return inText.captured(0);
        if (!epc.code->reference.isEmpty())
            return epc.code->reference;
        return std::nullopt;
    }
    const QRegularExpressionMatch url = rules.noticeUrl.match(trimmed);
    if (url.hasMatch())
        return url.captured(1);
    const QRegularExpressionMatch reference = rules.reference.match(trimmed);
    if (reference.hasMatch())
        return reference.captured(0);
    static const QRegularExpression plain(u"^[A-Za-z0-9][A-Za-z0-9.\\-]{0,63}$"_s);
    if (plain.match(trimmed).hasMatch())
        return trimmed;
    return std::nullopt;
}
