#include "core/payments/payloadinterpreter.h"

#include "core/domain/appointment.h"
#include "core/payments/epcqr.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

InterpretedPayload interpretPayload(const QByteArray &payload, const PayloadRules &rules)
{
    InterpretedPayload result;
    const EpcQrParse epc = parseEpcQr(payload);
    if (epc.looksLikeEpc) {
        result.kind = u"epc"_s;
        if (!epc.code) {
            result.error = epc.error;
            return result;
        }
        const EpcQr &code = *epc.code;
        result.fields = {
            {u"version"_s, code.version},
            {u"charset"_s, code.charset},
            {u"bic"_s, code.bic},
            {u"name"_s, code.name},
            {u"iban"_s, code.iban},
            {u"amount"_s, code.amountText()},
            {u"currency"_s, code.currency},
            {u"purpose"_s, code.purpose},
            {u"reference"_s, code.reference},
            {u"text"_s, code.text},
            {u"note"_s, code.note},
        };
        return result;
    }
    const QString text = QString::fromUtf8(payload).trimmed();
    if (!rules.separatorText.isEmpty() && text == rules.separatorText) {
        result.kind = u"separator"_s;
        return result;
    }
    // An appointment confirmation's QR code holds the booking code exactly as
    // printed (two groups of four); nothing looser, so that other short codes
    // are not taken for one.
    static const QRegularExpression bookingCode(u"^[%1]{4}-[%1]{4}$"_s.arg(BookingCode::kAlphabet));
    if (bookingCode.match(text).hasMatch()) {
        result.kind = u"appointment"_s;
        result.fields = {{u"bookingCode"_s, text}};
        return result;
    }
    const QRegularExpressionMatch notice = rules.payment.noticeUrl.match(text);
    if (notice.hasMatch()) {
        result.kind = u"fine"_s;
        result.fields = {{u"reference"_s, notice.captured(1)}, {u"url"_s, text}};
        return result;
    }
    result.kind = u"unknown"_s;
    return result;
}
