// libFuzzer target for the payload interpreters: GiroCode parsing and finding
// a payment reference in scanned text. Whatever the bytes, no crash, no
// hang, and every accepted code satisfies the standard's limits.
//
// With clang: scripts/dev fuzz (libFuzzer, minutes). In the test suite the same
// function runs over the seed corpus and bounded, deterministic mutations of
// it (replay_main.cpp), under ASan/UBSan in the sanitizer build.

#include "core/payments/epcqr.h"
#include "core/payments/payloadinterpreter.h"
#include "core/payments/paymentreference.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const EpcQrParse parsed = parseEpcQr(bytes);
    if (parsed.code) {
        const EpcQr &code = *parsed.code;
        // What the parser accepts keeps the standard's limits.
        if (bytes.size() > 331 || code.name.isEmpty() || code.name.size() > 70 ||
            !isValidIban(code.iban) || code.amountCents < 0 || code.amountCents > 99999999999 ||
            code.text.size() > 140 || code.note.size() > 70 ||
            (!code.reference.isEmpty() && !code.text.isEmpty()))
            std::abort();
    } else if (parsed.looksLikeEpc && parsed.error.isEmpty()) {
        std::abort(); // a refused code always says why
    }
    const InterpretedPayload interpreted = interpretPayload(bytes);
    if (interpreted.kind.isEmpty() || (interpreted.kind == u"epc"_s) != parsed.looksLikeEpc)
        std::abort();
    static const PaymentReferenceRules rules = PaymentReferenceRules::defaults();
    if (const auto reference = extractPaymentReference(QString::fromUtf8(bytes), rules)) {
        if (reference->isEmpty() || reference->size() > 64 + 4096)
            std::abort();
    }
    return 0;
}
