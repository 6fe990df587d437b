#include "server/payments/epayblprovider.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace {
constexpr int kAttempts = 2; // one retry

QByteArray requestBody(const QString &mandant, const QString &reference)
{
    QByteArray body;
    QXmlStreamWriter xml(&body);
    const QString soap = u"http://schemas.xmlsoap.org/soap/envelope/"_s;
    const QString ep = u"http://www.epaybl.de/"_s;
    xml.writeStartDocument();
    xml.writeNamespace(soap, u"soapenv"_s);
    xml.writeNamespace(ep, u"ep"_s);
    xml.writeStartElement(soap, u"Envelope"_s);
    xml.writeStartElement(soap, u"Body"_s);
    xml.writeStartElement(ep, u"lesenKassenzeichenInfo"_s);
    xml.writeTextElement(ep, u"mandantNr"_s, mandant); // escaped by the writer
    xml.writeTextElement(ep, u"kassenzeichen"_s, reference);
    xml.writeEndDocument();
    return body;
}
} // namespace

EPayBlProvider::EPayBlProvider(const Config &config, QObject *parent)
    : PaymentProvider(parent)
    , m_config(config)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setAutoDeleteReplies(true);
}

void EPayBlProvider::lookup(const QString &reference, Done done)
{
    QNetworkRequest request(m_config.endpoint);
    request.setTransferTimeout(m_config.timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("text/xml; charset=utf-8"));
    request.setRawHeader("SOAPAction", "\"lesenKassenzeichenInfo\"");
    send(
        m_network, request, requestBody(m_config.mandant, reference), kAttempts,
        [this, reference](QNetworkReply *reply, int, Done done) {
            ProviderAnswer answer = interpret(reference, reply->readAll());
            answer.payment.provider = name();
            done(answer);
        },
        std::move(done));
}

ProviderAnswer EPayBlProvider::interpret(const QString &reference, const QByteArray &soapResponse)
{
    ProviderAnswer answer;
    QXmlStreamReader xml(soapResponse);
    int resultCode = -1;
    bool fault = false;
    qint64 due = 0;
    qint64 paid = 0;
    QDate lastPaid;
    QString method;
    QString purpose;
    bool inClaim = false;
    bool inPayment = false;
    QString paymentDate;
    QString paymentMethod;
    qint64 paymentAmount = 0;
    bool amountsValid = true;
    while (!xml.atEnd()) {
        xml.readNext();
        const QStringView name = xml.name();
        if (xml.isStartElement()) {
            if (name == u"Fault"_s) {
                fault = true;
            } else if (name == u"code"_s) {
                resultCode = xml.readElementText().toInt();
            } else if (name == u"hauptforderung"_s) {
                inClaim = true;
            } else if (name == u"zahlungseingang"_s) {
                inPayment = true;
                paymentDate.clear();
                paymentMethod.clear();
                paymentAmount = 0;
            } else if (name == u"betrag"_s) {
                const auto cents = centsFromText(xml.readElementText().trimmed());
                if (!cents)
                    amountsValid = false;
                if (inClaim)
                    due += cents.value_or(0);
                else if (inPayment)
                    paymentAmount = cents.value_or(0);
            } else if (name == u"zweck"_s && inClaim) {
                const QString text = xml.readElementText().trimmed();
                if (purpose.isEmpty())
                    purpose = text;
            } else if (name == u"datum"_s && inPayment) {
                paymentDate = xml.readElementText().trimmed();
            } else if (name == u"zahlweise"_s && inPayment) {
                paymentMethod = xml.readElementText().trimmed();
            }
        } else if (xml.isEndElement()) {
            if (name == u"hauptforderung"_s) {
                inClaim = false;
            } else if (name == u"zahlungseingang"_s) {
                inPayment = false;
                paid += paymentAmount;
                const QDate date = QDate::fromString(paymentDate, Qt::ISODate);
                if (date.isValid() && (!lastPaid.isValid() || date >= lastPaid)) {
                    lastPaid = date;
                    method = paymentMethod;
                }
            }
        }
    }
    if (xml.hasError() || fault || resultCode < 0 || !amountsValid) {
        answer.reason = tr("The payment provider's answer is not valid.");
        return answer;
    }
    if (resultCode == 1) {
        answer.outcome = ProviderAnswer::Outcome::NotFound;
        return answer;
    }
    if (resultCode != 0) {
        answer.reason = tr("The payment provider reports an error (%1).").arg(resultCode);
        return answer;
    }
    answer.outcome = ProviderAnswer::Outcome::Found;
    PaymentInfo &info = answer.payment;
    info.reference = reference;
    info.amountDueCents = due;
    info.amountPaidCents = paid;
    info.purpose = purpose;
    info.method = method == u"Ueberweisung"_s ? u"transfer"_s : method.toLower();
    if (lastPaid.isValid())
        info.paidAt = lastPaid.startOfDay();
    if (due == 0)
        info.status = PaymentStatus::Cancelled;
    else if (paid == 0)
        info.status = PaymentStatus::Open;
    else if (paid < due)
        info.status = PaymentStatus::PartiallyPaid;
    else
        info.status = PaymentStatus::Paid;
    return answer;
}
