#include "core/payments/epcqr.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype kMaxPayloadBytes = 331;
constexpr qint64 kMaxAmountCents = 99999999999; // 999 999 999.99

// ISO 7064 mod 97-10 over an alphanumeric string (letters count as 10..35).
bool mod97IsOne(const QString &rearranged)
{
    int remainder = 0;
    for (const QChar c : rearranged) {
        int value;
        if (c.isDigit())
            value = c.digitValue();
        else if (c >= u'A' && c <= u'Z')
            value = c.unicode() - u'A' + 10;
        else
            return false;
        remainder = (value >= 10 ? remainder * 100 : remainder * 10) + value;
        remainder %= 97;
    }
    return remainder == 1;
}

const char *charsetName(int charset)
{
    switch (charset) {
    case 1:
        return "UTF-8";
    case 2:
        return "ISO-8859-1";
    case 3:
        return "ISO-8859-2";
    case 4:
        return "ISO-8859-4";
    case 5:
        return "ISO-8859-5";
    case 6:
        return "ISO-8859-7";
    case 7:
        return "ISO-8859-10";
    case 8:
        return "ISO-8859-15";
    default:
        return nullptr;
    }
}

std::optional<QString> decode(const QByteArray &bytes, int charset)
{
    if (charset == 2)
        return QString::fromLatin1(bytes);
    QStringDecoder decoder(charsetName(charset), QStringDecoder::Flag::Stateless);
    if (!decoder.isValid())
        return std::nullopt;
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

EpcQrParse failure(const QString &error)
{
    return {true, std::nullopt, error};
}
} // namespace

bool isValidIban(const QString &iban)
{
    static const QRegularExpression shape(u"^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$"_s);
    return shape.match(iban).hasMatch() && mod97IsOne(iban.mid(4) + iban.left(4));
}

bool isValidCreditorReference(const QString &reference)
{
    static const QRegularExpression shape(u"^RF[0-9]{2}[A-Z0-9]{1,21}$"_s);
    return shape.match(reference).hasMatch() && mod97IsOne(reference.mid(4) + reference.left(4));
}

QString EpcQr::amountText() const
{
    if (amountCents == 0)
        return {};
    return u"%1.%2"_s.arg(amountCents / 100).arg(amountCents % 100, 2, 10, QChar(u'0'));
}

EpcQrParse parseEpcQr(const QByteArray &payload)
{
    if (!payload.startsWith("BCD\n") && !payload.startsWith("BCD\r\n"))
        return {};
    if (payload.size() > kMaxPayloadBytes)
        return failure(
            EpcQr::tr("The payment code is longer than the 331 bytes the standard allows."));

    QList<QByteArray> rawLines = payload.split('\n');
    for (QByteArray &line : rawLines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    while (!rawLines.isEmpty() && rawLines.last().isEmpty())
        rawLines.removeLast(); // trailing empty lines are tolerated
    if (rawLines.size() < 7)
        return failure(EpcQr::tr("The payment code ends too early: name and IBAN are missing."));
    if (rawLines.size() > 12)
        return failure(
            EpcQr::tr("The payment code has more than the 12 lines the standard allows."));

    EpcQr code;
    code.version = QString::fromLatin1(rawLines.at(1));
    if (code.version != u"001"_s && code.version != u"002"_s)
        return failure(EpcQr::tr("Unknown payment code version \"%1\" (001 or 002 expected).")
                           .arg(code.version));
    bool ok = false;
    code.charset = QString::fromLatin1(rawLines.at(2)).toInt(&ok);
    if (!ok || !charsetName(code.charset))
        return failure(EpcQr::tr("Unknown character set \"%1\" (1 to 8 expected).")
                           .arg(QString::fromLatin1(rawLines.at(2))));
    QStringList lines;
    for (const QByteArray &raw : std::as_const(rawLines)) {
        const auto text = decode(raw, code.charset);
        if (!text)
            return failure(EpcQr::tr("The text does not match the character set the code names."));
        lines.append(*text);
    }
    while (lines.size() < 12)
        lines.append(QString());

    if (lines.at(3) != u"SCT"_s)
        return failure(EpcQr::tr("The identification must be SCT (SEPA credit transfer)."));

    code.bic = lines.at(4);
    static const QRegularExpression bicShape(u"^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$"_s);
    if (code.bic.isEmpty() && code.version == u"001"_s)
        return failure(EpcQr::tr("Version 001 needs a BIC."));
    if (!code.bic.isEmpty() && !bicShape.match(code.bic).hasMatch())
        return failure(
            EpcQr::tr("\"%1\" is not a valid BIC (8 or 11 letters and digits).").arg(code.bic));

    code.name = lines.at(5);
    if (code.name.trimmed().isEmpty())
        return failure(EpcQr::tr("The payee's name is missing."));
    if (code.name.size() > 70)
        return failure(EpcQr::tr("The payee's name is longer than 70 characters."));

    code.iban = lines.at(6);
    if (!isValidIban(code.iban))
        return failure(
            EpcQr::tr("\"%1\" is not a valid IBAN (wrong format or check digits).").arg(code.iban));

    const QString amount = lines.at(7);
    if (!amount.isEmpty()) {
        static const QRegularExpression amountShape(
            u"^EUR(0|[1-9][0-9]{0,8})(\\.([0-9]{1,2}))?$"_s);
        const QRegularExpressionMatch match = amountShape.match(amount);
        if (!match.hasMatch())
            return failure(
                EpcQr::tr("\"%1\" is not a valid amount (EUR and at most two decimals, e.g. "
                          "EUR12.3).")
                    .arg(amount));
        const QString decimals = match.captured(3).leftJustified(2, u'0');
        code.amountCents = match.captured(1).toLongLong() * 100 + decimals.toInt();
        if (code.amountCents < 1 || code.amountCents > kMaxAmountCents)
            return failure(
                EpcQr::tr("The amount must be between EUR 0.01 and EUR 999,999,999.99."));
        code.currency = u"EUR"_s;
    }

    code.purpose = lines.at(8);
    static const QRegularExpression purposeShape(u"^[A-Z0-9]{1,4}$"_s);
    if (!code.purpose.isEmpty() && !purposeShape.match(code.purpose).hasMatch())
        return failure(EpcQr::tr("The purpose code has at most 4 letters or digits."));

    code.reference = lines.at(9);
    code.text = lines.at(10);
    if (!code.reference.isEmpty() && !code.text.isEmpty())
        return failure(
            EpcQr::tr("A payment code has either a structured reference or a text, never "
                      "both."));
    if (!code.reference.isEmpty() &&
        (code.reference.size() > 35 || !isValidCreditorReference(code.reference)))
        return failure(EpcQr::tr("\"%1\" is not a valid creditor reference (RF and check digits).")
                           .arg(code.reference));
    if (code.text.size() > 140)
        return failure(EpcQr::tr("The remittance text is longer than 140 characters."));

    code.note = lines.at(11);
    if (code.note.size() > 70)
        return failure(EpcQr::tr("The note is longer than 70 characters."));
    return {true, code, {}};
}
