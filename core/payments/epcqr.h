#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

// An EPC QR code ("GiroCode", EPC069-12): a SEPA credit transfer printed on a
// fee notice. parseEpcQr() validates every field of versions 001 and 002.
struct EpcQr
{
    Q_DECLARE_TR_FUNCTIONS(EpcQr)

public:
    QString version; // "001" or "002"
    int charset = 1; // 1 = UTF-8, 2 = ISO-8859-1, ... 8 = ISO-8859-15
    QString bic;     // optional in 002
    QString name;
    QString iban;
    qint64 amountCents = 0; // 0: no amount given
    QString currency;       // "EUR" when an amount is given
    QString purpose;
    QString reference; // structured creditor reference (ISO 11649, RF…)
    QString text;      // unstructured remittance text (never together with reference)
    QString note;      // beneficiary to originator information

    // "12.30", or empty without an amount.
    QString amountText() const;
};

struct EpcQrParse
{
    bool looksLikeEpc = false; // the payload starts with the service tag BCD
    std::optional<EpcQr> code; // set when it is a valid EPC QR code
    QString error;             // why not, in plain words, when it looks like one
};

// `payload` are the code's raw bytes; the text is decoded per its charset field.
EpcQrParse parseEpcQr(const QByteArray &payload);

// ISO 13616: country, check digits, account; the check digits verified.
bool isValidIban(const QString &iban);
// ISO 11649: "RF", check digits, up to 21 letters or digits; verified.
bool isValidCreditorReference(const QString &reference);
