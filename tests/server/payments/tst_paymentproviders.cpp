// Payment providers against a fake provider on loopback: the pmPayment-shaped
// adapter's signatures, 404s, retries, timeouts and a provider that is down,
// and the lookup's order and short cache. Nothing unavailable ever reads "open".

#include "server/payments/epayblprovider.h"
#include "server/payments/paymentlookup.h"
#include "server/payments/pmpaymentprovider.h"
#include "server/payments/simulatedpaymentprovider.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {
const QByteArray kSecret = "geheim-und-lang-genug";
const QString kMandant = u"musterstadt"_s;

// A pmPayment-like provider with a few transactions and switchable misbehaviour.
class FakePmPayment
{
public:
    FakePmPayment()
    {
        m_server.route(u"/api/payment/status"_s, [this](const QHttpServerRequest &request) {
            ++requests;
            const QUrlQuery query = request.query();
            const QString txid = query.queryItemValue(u"txid"_s);
            const QByteArray expectedHash =
                PmPaymentProvider::sign(kSecret, (kMandant + u'|' + txid).toUtf8());
            if (query.queryItemValue(u"mandant"_s) != kMandant ||
                query.queryItemValue(u"hash"_s).toLatin1() != expectedHash)
                return QHttpServerResponse(QHttpServerResponder::StatusCode::Forbidden);
            if (failuresLeft > 0) {
                --failuresLeft;
                return QHttpServerResponse(QHttpServerResponder::StatusCode::InternalServerError);
            }
            if (txid != u"VG-2026-004711"_s)
                return QHttpServerResponse(QHttpServerResponder::StatusCode::NotFound);
            const QString status = u"partially_paid"_s;
            const qint64 amount = 5500, paid = 2000;
            QByteArray hash = PmPaymentProvider::sign(
                kSecret, u"%1|%2|%3|%4"_s.arg(txid, status).arg(amount).arg(paid).toUtf8());
            if (badSignature)
                hash[0] = hash[0] == '0' ? '1' : '0';
            return QHttpServerResponse(QJsonObject{
                {u"txid"_s, txid},
                {u"status"_s, status},
                {u"amount"_s, amount},
                {u"paidAmount"_s, paid},
                {u"paymentMethod"_s, u"giropay"_s},
                {u"purpose"_s, u"Verwarnungsgeld"_s},
                {u"paidAt"_s, u"2026-11-24T16:05:00+01:00"_s},
                {u"hash"_s, QString::fromLatin1(hash)},
            });
        });
        port = m_server.listen(QHostAddress::LocalHost, 0);
    }

    QUrl url() const { return QUrl(u"http://127.0.0.1:%1/api"_s.arg(port)); }

    int requests = 0;
    int failuresLeft = 0;
    bool badSignature = false;
    quint16 port = 0;

private:
    QHttpServer m_server;
};

QByteArray soapAnswer(int code, const QByteArray &info = {})
{
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ep="http://www.epaybl.de/">
<soapenv:Body><ep:lesenKassenzeichenInfoResponse><ep:ergebnis><ep:code>)" +
           QByteArray::number(code) + "</ep:code><ep:text>-</ep:text></ep:ergebnis>" + info +
           "</ep:lesenKassenzeichenInfoResponse></soapenv:Body></soapenv:Envelope>";
}

const QByteArray kPartlyPaid =
    "<ep:kassenzeichenInfo>"
    "<ep:hauptforderung><ep:betrag>100.00</ep:betrag><ep:zweck>Zulassung</ep:zweck>"
    "</ep:hauptforderung>"
    "<ep:hauptforderung><ep:betrag>28.00</ep:betrag><ep:zweck>Wunschkennzeichen</ep:zweck>"
    "</ep:hauptforderung>"
    "<ep:zahlungseingang><ep:betrag>40.00</ep:betrag><ep:datum>2026-11-10</ep:datum>"
    "<ep:zahlweise>Lastschrift</ep:zahlweise></ep:zahlungseingang>"
    "<ep:zahlungseingang><ep:betrag>24.00</ep:betrag><ep:datum>2026-11-18</ep:datum>"
    "<ep:zahlweise>Ueberweisung</ep:zahlweise></ep:zahlungseingang>"
    "</ep:kassenzeichenInfo>";

// An ePayBL-like SOAP endpoint: one Kassenzeichen known, others unknown.
class FakeEPayBl
{
public:
    FakeEPayBl()
    {
        m_server.route(u"/soap"_s, QHttpServerRequest::Method::Post,
                       [this](const QHttpServerRequest &request) {
                           ++requests;
                           const QByteArray body = request.body();
                           if (failuresLeft > 0) {
                               --failuresLeft;
                               return QHttpServerResponse(
                                   QHttpServerResponder::StatusCode::InternalServerError);
                           }
                           if (!body.contains("<ep:mandantNr>musterstadt</ep:mandantNr>"))
                               return QHttpServerResponse("text/xml",
                                                          soapAnswer(7)); // wrong mandant: an error
                           const QByteArray answer =
                               body.contains("<ep:kassenzeichen>5.0002.000042.0<")
                                   ? soapAnswer(0, kPartlyPaid)
                                   : soapAnswer(1);
                           return QHttpServerResponse("text/xml", answer);
                       });
        port = m_server.listen(QHostAddress::LocalHost, 0);
    }

    QUrl url() const { return QUrl(u"http://127.0.0.1:%1/soap"_s.arg(port)); }

    int requests = 0;
    int failuresLeft = 0;
    quint16 port = 0;

private:
    QHttpServer m_server;
};

ProviderAnswer ask(PaymentProvider &provider, const QString &reference)
{
    std::optional<ProviderAnswer> answer;
    provider.lookup(reference, [&answer](const ProviderAnswer &a) { answer = a; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000))
        return {};
    return *answer;
}

PmPaymentProvider::Config config(const QUrl &url, int timeoutMs = 2000)
{
    return {url, kMandant, kSecret, timeoutMs};
}
} // namespace

class tst_PaymentProviders : public QObject
{
    Q_OBJECT

private slots:
    void pmPaymentFound();
    void pmPaymentUnknown();
    void pmPaymentBadSignatureIsNotAnAnswer();
    void pmPaymentRetriesOnce();
    void pmPaymentDown();
    void pmPaymentTooSlow();
    void ePayBlOverSoap();
    void ePayBlInterpretation_data();
    void ePayBlInterpretation();
    void simulatedKnowsEveryStatus();
    void lookupAsksInOrderAndCaches();
};

void tst_PaymentProviders::pmPaymentFound()
{
    FakePmPayment fake;
    PmPaymentProvider provider(config(fake.url()));
    const ProviderAnswer answer = ask(provider, u"VG-2026-004711"_s);
    QCOMPARE(answer.outcome, ProviderAnswer::Outcome::Found);
    QCOMPARE(answer.payment.status, PaymentStatus::PartiallyPaid);
    QCOMPARE(answer.payment.amountDueCents, 5500);
    QCOMPARE(answer.payment.amountPaidCents, 2000);
    QCOMPARE(answer.payment.method, u"giropay"_s);
    QCOMPARE(answer.payment.provider, u"pmpayment"_s);
    QVERIFY(answer.payment.paidAt.isValid());
    QCOMPARE(fake.requests, 1);
}

void tst_PaymentProviders::pmPaymentUnknown()
{
    FakePmPayment fake;
    PmPaymentProvider provider(config(fake.url()));
    QCOMPARE(ask(provider, u"VG-2026-000000"_s).outcome, ProviderAnswer::Outcome::NotFound);
}

void tst_PaymentProviders::pmPaymentBadSignatureIsNotAnAnswer()
{
    FakePmPayment fake;
    fake.badSignature = true;
    PmPaymentProvider provider(config(fake.url()));
    const ProviderAnswer answer = ask(provider, u"VG-2026-004711"_s);
    QCOMPARE(answer.outcome, ProviderAnswer::Outcome::Unavailable);
    QVERIFY(answer.reason.contains(u"signed"_s));
    // A wrong secret on our side is refused by the provider: also no answer.
    FakePmPayment other;
    PmPaymentProvider wrongSecret({other.url(), kMandant, "anderes-geheimnis", 2000});
    QCOMPARE(ask(wrongSecret, u"VG-2026-004711"_s).outcome, ProviderAnswer::Outcome::Unavailable);
}

void tst_PaymentProviders::pmPaymentRetriesOnce()
{
    FakePmPayment fake;
    fake.failuresLeft = 1;
    PmPaymentProvider provider(config(fake.url()));
    QCOMPARE(ask(provider, u"VG-2026-004711"_s).outcome, ProviderAnswer::Outcome::Found);
    QCOMPARE(fake.requests, 2);

    fake.failuresLeft = 5;
    const ProviderAnswer answer = ask(provider, u"VG-2026-004711"_s);
    QCOMPARE(answer.outcome, ProviderAnswer::Outcome::Unavailable);
    QVERIFY(answer.reason.contains(u"500"_s));
    QCOMPARE(fake.requests, 4); // one retry, not more
}

void tst_PaymentProviders::pmPaymentDown()
{
    quint16 closedPort;
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        closedPort = probe.serverPort();
    }
    PmPaymentProvider provider(config(QUrl(u"http://127.0.0.1:%1"_s.arg(closedPort))));
    const ProviderAnswer answer = ask(provider, u"VG-2026-004711"_s);
    QCOMPARE(answer.outcome, ProviderAnswer::Outcome::Unavailable);
    QVERIFY(answer.reason.contains(u"cannot be reached"_s));
}

void tst_PaymentProviders::pmPaymentTooSlow()
{
    QTcpServer silent; // accepts, never answers
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    PmPaymentProvider provider(
        config(QUrl(u"http://127.0.0.1:%1"_s.arg(silent.serverPort())), 300));
    const ProviderAnswer answer = ask(provider, u"VG-2026-004711"_s);
    QCOMPARE(answer.outcome, ProviderAnswer::Outcome::Unavailable);
    QVERIFY2(answer.reason.contains(u"in time"_s), qPrintable(answer.reason));
}

void tst_PaymentProviders::ePayBlOverSoap()
{
    FakeEPayBl fake;
    EPayBlProvider provider({fake.url(), kMandant, 2000});
    const ProviderAnswer answer = ask(provider, u"5.0002.000042.0"_s);
    QCOMPARE(answer.outcome, ProviderAnswer::Outcome::Found);
    QCOMPARE(answer.payment.status, PaymentStatus::PartiallyPaid);
    QCOMPARE(answer.payment.amountDueCents, 12800);
    QCOMPARE(answer.payment.amountPaidCents, 6400);
    QCOMPARE(answer.payment.paidAt.date(), QDate(2026, 11, 18)); // the latest payment
    QCOMPARE(answer.payment.method, u"transfer"_s);
    QCOMPARE(answer.payment.purpose, u"Zulassung"_s);
    QCOMPARE(answer.payment.provider, u"epaybl"_s);
    QCOMPARE(ask(provider, u"5.0002.000001.0"_s).outcome, ProviderAnswer::Outcome::NotFound);
    // Markup in a reference is escaped, never injected.
    QCOMPARE(ask(provider, u"</ep:kassenzeichen><x>"_s).outcome, ProviderAnswer::Outcome::NotFound);

    fake.failuresLeft = 1;
    QCOMPARE(ask(provider, u"5.0002.000042.0"_s).outcome, ProviderAnswer::Outcome::Found);
    EPayBlProvider wrongMandant({fake.url(), u"anderswo"_s, 2000});
    const ProviderAnswer refused = ask(wrongMandant, u"5.0002.000042.0"_s);
    QCOMPARE(refused.outcome, ProviderAnswer::Outcome::Unavailable);
    QVERIFY(refused.reason.contains(u"7"_s));
}

void tst_PaymentProviders::ePayBlInterpretation_data()
{
    QTest::addColumn<QByteArray>("soap");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("status");
    const auto info = [](const QByteArray &claims, const QByteArray &payments) {
        return "<kassenzeichenInfo>" + claims + payments + "</kassenzeichenInfo>";
    };
    const QByteArray claim = "<hauptforderung><betrag>30.00</betrag></hauptforderung>";
    const QByteArray payment =
        "<zahlungseingang><betrag>30.00</betrag><datum>2026-11-01</datum></zahlungseingang>";
    using O = ProviderAnswer::Outcome;
    QTest::addRow("paid") << soapAnswer(0, info(claim, payment)) << int(O::Found) << u"paid"_s;
    QTest::addRow("open") << soapAnswer(0, info(claim, {})) << int(O::Found) << u"open"_s;
    QTest::addRow("partly") << soapAnswer(0, kPartlyPaid) << int(O::Found) << u"partially_paid"_s;
    QTest::addRow("nothing claimed")
        << soapAnswer(0, info({}, {})) << int(O::Found) << u"cancelled"_s;
    QTest::addRow("unknown") << soapAnswer(1) << int(O::NotFound) << QString();
    QTest::addRow("fault") << QByteArray("<Envelope><Body><Fault><faultcode>x</faultcode>"
                                         "</Fault></Body></Envelope>")
                           << int(O::Unavailable) << QString();
    QTest::addRow("broken xml") << QByteArray("<Envelope><Body><code>0</co") << int(O::Unavailable)
                                << QString();
    QTest::addRow("bad amount") << soapAnswer(0, info("<hauptforderung><betrag>30,00</betrag>"
                                                      "</hauptforderung>",
                                                      {}))
                                << int(O::Unavailable) << QString();
    QTest::addRow("not soap at all")
        << QByteArray("Service down for maintenance") << int(O::Unavailable) << QString();
}

void tst_PaymentProviders::ePayBlInterpretation()
{
    QFETCH(QByteArray, soap);
    QFETCH(int, outcome);
    QFETCH(QString, status);
    const ProviderAnswer answer = EPayBlProvider::interpret(u"5.0002.000042.0"_s, soap);
    QCOMPARE(int(answer.outcome), outcome);
    if (answer.outcome == ProviderAnswer::Outcome::Found)
        QCOMPARE(paymentStatusName(answer.payment.status), status);
    else if (answer.outcome == ProviderAnswer::Outcome::Unavailable)
        QVERIFY(!answer.reason.isEmpty());
}

void tst_PaymentProviders::simulatedKnowsEveryStatus()
{
    SimulatedPaymentProvider provider;
    QSet<PaymentStatus> statuses;
    for (const PaymentInfo &demo : SimulatedPaymentProvider::demoPayments()) {
        const ProviderAnswer answer = ask(provider, demo.reference);
        QCOMPARE(answer.outcome, ProviderAnswer::Outcome::Found);
        QCOMPARE(answer.payment.status, demo.status);
        statuses.insert(demo.status);
    }
    QCOMPARE(statuses.size(), 7);
    QCOMPARE(ask(provider, u"5.0001.999999.9"_s).outcome, ProviderAnswer::Outcome::NotFound);
}

void tst_PaymentProviders::lookupAsksInOrderAndCaches()
{
    FakePmPayment fake;
    PaymentLookup lookup;
    lookup.addProvider(new SimulatedPaymentProvider);
    lookup.addProvider(new PmPaymentProvider(config(fake.url())));
    const auto run = [&lookup](const QString &reference) {
        std::optional<ProviderAnswer> answer;
        lookup.lookup(reference, [&answer](const ProviderAnswer &a) { answer = a; });
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000))
            return ProviderAnswer{};
        return *answer;
    };
    // Unknown to the first provider, known to the second.
    QCOMPARE(run(u"VG-2026-004711"_s).payment.provider, u"pmpayment"_s);
    QCOMPARE(fake.requests, 1);
    QCOMPARE(run(u"VG-2026-004711"_s).outcome, ProviderAnswer::Outcome::Found);
    QCOMPARE(fake.requests, 1); // from the cache
    // The first provider answers alone when it knows the reference.
    QCOMPARE(run(u"5.0001.000002.9"_s).payment.status, PaymentStatus::Open);
    QCOMPARE(fake.requests, 1);
    // An unavailable provider is not cached: the next lookup asks again.
    fake.failuresLeft = 4;
    lookup.setCacheMilliseconds(0);
    QCOMPARE(run(u"VG-2026-004711"_s).outcome, ProviderAnswer::Outcome::Unavailable);
    QCOMPARE(run(u"VG-2026-004711"_s).outcome, ProviderAnswer::Outcome::Unavailable);
    QCOMPARE(fake.requests, 5);
}

QTEST_GUILESS_MAIN(tst_PaymentProviders)
#include "tst_paymentproviders.moc"
