#include "server/payments/pmpaymentprovider.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {
constexpr int kAttempts = 2; // one retry
}

PmPaymentProvider::PmPaymentProvider(const Config &config, QObject *parent)
    : PaymentProvider(parent)
    , m_config(config)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setAutoDeleteReplies(true);
}

QByteArray PmPaymentProvider::sign(const QByteArray &secret, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, secret, QCryptographicHash::Sha256).toHex();
}

void PmPaymentProvider::lookup(const QString &reference, Done done)
{
    QUrl url = m_config.baseUrl;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + u"/payment/status"_s);
    const QByteArray hash = sign(m_config.secret, (m_config.mandant + u'|' + reference).toUtf8());
    url.setQuery(QUrlQuery{{u"mandant"_s, m_config.mandant},
                           {u"txid"_s, reference},
                           {u"hash"_s, QString::fromLatin1(hash)}});
    QNetworkRequest request(url);
    request.setTransferTimeout(m_config.timeoutMs);
    send(
        m_network, request, {}, kAttempts,
        [this, reference](QNetworkReply *reply, int status, Done done) {
            ProviderAnswer answer;
            if (status == 404) {
                answer.outcome = ProviderAnswer::Outcome::NotFound;
                done(answer);
                return;
            }
            const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
            const QString txid = json.value(u"txid"_s).toString();
            const QString statusName = json.value(u"status"_s).toString();
            const qint64 amount = json.value(u"amount"_s).toInteger(-1);
            const qint64 paid = json.value(u"paidAmount"_s).toInteger(-1);
            const QByteArray expected =
                sign(m_config.secret,
                     u"%1|%2|%3|%4"_s.arg(txid, statusName).arg(amount).arg(paid).toUtf8());
            const auto paymentStatus = paymentStatusFromName(statusName);
            if (txid != reference || !paymentStatus || amount < 0 || paid < 0 ||
                json.value(u"hash"_s).toString().toLatin1() != expected) {
                answer.reason = tr("The payment provider's answer is not valid or not "
                                   "signed correctly.");
                done(answer);
                return;
            }
            answer.outcome = ProviderAnswer::Outcome::Found;
            answer.payment.reference = txid;
            answer.payment.status = *paymentStatus;
            answer.payment.amountDueCents = amount;
            answer.payment.amountPaidCents = paid;
            answer.payment.method = json.value(u"paymentMethod"_s).toString();
            answer.payment.purpose = json.value(u"purpose"_s).toString();
            answer.payment.paidAt =
                QDateTime::fromString(json.value(u"paidAt"_s).toString(), Qt::ISODate);
            answer.payment.provider = name();
            done(answer);
        },
        std::move(done));
}
