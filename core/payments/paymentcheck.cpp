#include "core/payments/paymentcheck.h"

#include "core/sync/backendclient.h"

#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

PaymentCheck::PaymentCheck(BackendClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void PaymentCheck::check(const QString &input)
{
    Result result;
    result.input = input;
    const EpcQrParse epc = parseEpcQr(input.trimmed().toUtf8() + '\n');
    if (epc.code)
        result.giroCode = epc.code;
    const auto reference = extractPaymentReference(input, m_rules);
    if (!reference) {
        result.error = epc.looksLikeEpc && !epc.code
                           ? tr("This payment code is not valid: %1").arg(epc.error)
                           : tr("No Kassenzeichen or Aktenzeichen found in \"%1\".")
                                 .arg(input.trimmed().left(80));
        QTimer::singleShot(0, this, [this, result] { emit finished(result); });
        return;
    }
    result.reference = *reference;
    m_busy = true;
    m_client->get(u"/api/v1/payments/"_s + QString::fromLatin1(QUrl::toPercentEncoding(*reference)),
                  {}, this, [this, result](const ApiResponse &response) mutable {
                      m_busy = false;
                      if (response.ok()) {
                          const auto payment = PaymentInfo::fromJson(response.body.toObject());
                          if (payment) {
                              result.payment = *payment;
                          } else {
                              // Not the reference: it can lead to a person.
                              qWarning("Payment check: the answer was not understood: %s",
                                       qPrintable(payment.error()));
                              result.error = tr("The server's answer was not understood.");
                          }
                      } else if (response.status == 404) {
                          result.unknown = true;
                      } else if (response.status == 503) {
                          const QString detail = response.problemDetail();
                          result.error = tr("The payment status cannot be checked right now. "
                                            "%1 Please try again shortly; do not assume it is "
                                            "unpaid.")
                                             .arg(detail);
                      } else {
                          result.error = response.message;
                      }
                      emit finished(result);
                  });
}
