#pragma once

#include <QRegularExpression>
#include <QString>

#include <optional>

// Where a payment reference hides in what a clerk types or scans: a plain
// Kassenzeichen, a fine notice's URL, or the text of a GiroCode. Cities differ,
// so the patterns are configurable; the defaults fit the demo data.
struct PaymentReferenceRules
{
    // A URL whose first capture is the reference, e.g. …/bussgeld?az=VG-2026-004711.
    QRegularExpression noticeUrl;
    // The city's Kassenzeichen / Aktenzeichen format (the whole match is the reference).
    QRegularExpression reference;

    static PaymentReferenceRules defaults();
};

// The reference in `text`, if any: from a GiroCode's structured reference or
// remittance text, a fine-notice URL, or the text itself.
std::optional<QString> extractPaymentReference(const QString &text,
                                               const PaymentReferenceRules &rules);
