#include "server/payments/paymentprovider.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

void PaymentProvider::send(QNetworkAccessManager *network, const QNetworkRequest &request,
                           const QByteArray &body, int attemptsLeft, ReplyHandler handle, Done done)
{
    QNetworkReply *reply = body.isEmpty() ? network->get(request) : network->post(request, body);
    connect(
        reply, &QNetworkReply::finished, this,
        [this, network, request, body, attemptsLeft, reply, handle = std::move(handle),
         done = std::move(done)]() mutable {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (reply->error() == QNetworkReply::NoError || (status > 0 && status < 500)) {
                handle(reply, status, std::move(done));
                return;
            }
            if (attemptsLeft > 1) {
                send(network, request, body, attemptsLeft - 1, std::move(handle), std::move(done));
                return;
            }
            ProviderAnswer answer;
            answer.reason = reply->error() == QNetworkReply::OperationCanceledError ||
                                    reply->error() == QNetworkReply::TimeoutError
                                ? tr("The payment provider did not answer in time.")
                            : status >= 500
                                ? tr("The payment provider reports an error (%1).").arg(status)
                                : tr("The payment provider cannot be reached.");
            done(answer);
        });
}
