#include "server/api/routes.h"
#include "server/auth/needtoknow.h"
#include "server/http/requestdispatcher.h"
#include "server/payments/paymentlookup.h"
#include "server/storage/auditlog.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
HttpReply unknownReference()
{
    return HttpReply::problem(404, u"Not Found"_s, u"No payment is known under this reference."_s,
                              u"unknown-reference"_s);
}
} // namespace

void installPaymentRoutes(RequestDispatcher &api, const PaymentRoutes &parts)
{
    api.routeAsync(
        u"/api/v1/payments/{reference}"_s, Role::Clerk | Role::Registrar | Role::Supervisor,
        [parts](ApiRequest &r, RequestDispatcher::Respond respond) {
            static const QRegularExpression shape(u"^[A-Za-z0-9][A-Za-z0-9.\\-]{0,63}\\z"_s);
            const QString reference = r.pathArgs.value(0);
            if (!shape.match(reference).hasMatch()) {
                respond(HttpReply::problem(
                    400, u"Bad Request"_s,
                    u"A reference has up to 64 letters, digits, dots and dashes."_s));
                return;
            }
            // Who looked up a payment, and when: the audit log. Not which
            // reference: it names a payer's case, and the log holds ids only.
            parts.auditLog.record(r.user->login, u"payment.lookup"_s, {});
            if (!parts.payments.hasProviders()) {
                respond(HttpReply::problem(503, u"Service Unavailable"_s,
                                           u"No payment provider is configured on this server."_s,
                                           u"provider-unavailable"_s));
                return;
            }
            // The answer comes later, without the request: who asked is kept.
            const Recipient to = Recipient::of(*r.user);
            const NeedToKnow &needToKnow = parts.needToKnow;
            parts.payments.lookup(reference, [respond, to, &needToKnow](const ProviderAnswer &a) {
                switch (a.outcome) {
                case ProviderAnswer::Outcome::Found:
                    // As the asker may receive it: a supervisor gets the
                    // state, not the purpose that may name the payer.
                    if (const auto part = needToKnow.entity(u"payment", a.payment.toJson(), to))
                        respond(HttpReply::json(200, *part));
                    else
                        respond(unknownReference());
                    break;
                case ProviderAnswer::Outcome::NotFound:
                    respond(unknownReference());
                    break;
                case ProviderAnswer::Outcome::Unavailable:
                    respond(HttpReply::problem(503, u"Service Unavailable"_s, a.reason,
                                               u"provider-unavailable"_s));
                    break;
                }
            });
        });
}
