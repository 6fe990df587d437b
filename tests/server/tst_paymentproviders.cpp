// Payment providers against a fake provider on loopback: the pmPayment-shaped
// adapter's signatures, 404s, retries, timeouts and a provider that is down,
// and the lookup's order and short cache. Nothing unavailable ever reads "open".

#include "server/paymentlookup.h"
#include "server/pmpaymentprovider.h"
#include "server/simulatedpaymentprovider.h"

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
            if (txid != "VG-2026-004711"_L1)
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
