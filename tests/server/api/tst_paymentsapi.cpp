// GET /api/v1/payments/{reference} over real HTTP with the simulated provider:
// every status, 404, 400, the roles, the audit log, and answers that come
// later on a kept-alive connection.

#include "core/domain/payment.h"
#include "server/http/apiserver.h"
#include "server/instance/backend.h"
#include "server/payments/simulatedpaymentprovider.h"
#include "testsupport.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;
using TestSupport::HttpClient;

class tst_PaymentsApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyStatus_data();
    void everyStatus();
    void unknownAndMalformed();
    void roles();
    void referencesStayOutOfTheRequestLog();
    void lookupsAreAudited();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerInstance> m_server;
    std::unique_ptr<HttpClient> m_http;
    QByteArray m_clerk;
};

void tst_PaymentsApi::initTestCase()
{
    DatabaseUrl url;
    TRESEN_FRESH_DATABASE(url, u"tst_paymentsapi"_s, m_dir);
    QString error;
    m_server = TestSupport::startDemoServer(url, &error);
    QVERIFY2(m_server, qPrintable(error));
    m_http = std::make_unique<HttpClient>(QUrl(m_server->baseUrl()));
    m_clerk = m_http->login(u"mueller"_s, u"demo"_s);
}

void tst_PaymentsApi::cleanupTestCase()
{
    m_http.reset();
    m_server.reset();
}

void tst_PaymentsApi::everyStatus_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("due");
    QTest::addColumn<QString>("paid");
    for (const PaymentInfo &demo : SimulatedPaymentProvider::demoPayments())
        QTest::addRow("%s", qPrintable(paymentStatusName(demo.status)))
            << demo.reference << paymentStatusName(demo.status) << centsText(demo.amountDueCents)
            << centsText(demo.amountPaidCents);
}

void tst_PaymentsApi::everyStatus()
{
    QFETCH(QString, reference);
    QFETCH(QString, status);
    QFETCH(QString, due);
    QFETCH(QString, paid);
    const auto result = m_http->get(u"/api/v1/payments/"_s + reference, m_clerk);
    QCOMPARE(result.status, 200);
    const QJsonObject json = result.json.toObject();
    QCOMPARE(json.value(u"reference"_s).toString(), reference);
    QCOMPARE(json.value(u"status"_s).toString(), status);
    QCOMPARE(json.value(u"amountDue"_s).toString(), due);
    QCOMPARE(json.value(u"amountPaid"_s).toString(), paid);
    QCOMPARE(json.value(u"currency"_s).toString(), u"EUR"_s);
    QVERIFY(!json.value(u"purpose"_s).toString().isEmpty());
    QVERIFY(json.contains(u"paidAt"_s) && json.contains(u"method"_s));
    // The answer came later, on a connection that goes on working.
    QCOMPARE(m_http->get(u"/api/v1/offices"_s, m_clerk).status, 200);
}

void tst_PaymentsApi::unknownAndMalformed()
{
    const auto unknown = m_http->get(u"/api/v1/payments/5.0001.999999.9"_s, m_clerk);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.header("Content-Type"), QByteArray("application/problem+json"));
    QCOMPARE(unknown.json.toObject().value(u"code"_s).toString(), u"unknown-reference"_s);
    QCOMPARE(m_http->get(u"/api/v1/payments/a%20b"_s, m_clerk).status, 400);
    QCOMPARE(m_http->get(u"/api/v1/payments/"_s + QString(65, u'1'), m_clerk).status, 400);
}

void tst_PaymentsApi::referencesStayOutOfTheRequestLog()
{
    QCOMPARE(pathForLog(u"/api/v1/payments/5.0001.000001.1"_s), u"/api/v1/payments/…"_s);
    QCOMPARE(pathForLog(u"/api/v1/payments/"_s), u"/api/v1/payments/"_s);
    QCOMPARE(pathForLog(u"/api/v1/appointments/17"_s), u"/api/v1/appointments/17"_s);
}

void tst_PaymentsApi::roles()
{
    const QString path = u"/api/v1/payments/5.0001.000001.1"_s;
    QCOMPARE(m_http->get(path).status, 401);
    for (const QString &who : {u"schmidt"_s, u"weber"_s})
        QCOMPARE(m_http->get(path, m_http->login(who, u"demo"_s)).status, 200);
    // Devices, and administrators, who see no citizens' data.
    for (const QString &device : {u"anzeige"_s, u"kiosk"_s, u"admin"_s})
        QCOMPARE(m_http->get(path, m_http->login(device, u"demo"_s)).status, 403);
}

void tst_PaymentsApi::lookupsAreAudited()
{
    const auto before = [this] {
        SqlRows rows = m_server->backend().db.exec(
            u"SELECT COUNT(*) FROM audit_log WHERE action = 'payment.lookup' AND user_login = ?"_s,
            {u"mueller"_s});
        return rows.next() ? rows.value(0).toInt() : -1;
    };
    const int count = before();
    QCOMPARE(m_http->get(u"/api/v1/payments/5.0001.000002.9"_s, m_clerk).status, 200);
    QCOMPARE(m_http->get(u"/api/v1/payments/5.0001.000002.9"_s, m_clerk).status, 200);
    QCOMPARE(before(), count + 2); // every lookup, cached or not
    // Who and when, not which: a reference names a payer's case.
    SqlRows named = m_server->backend().db.exec(
        u"SELECT COUNT(*) FROM audit_log WHERE subject LIKE ? OR detail LIKE ?"_s,
        {u"%5.0001.000002.9%"_s, u"%5.0001.000002.9%"_s});
    QVERIFY(named.next());
    QCOMPARE(named.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(tst_PaymentsApi)
#include "tst_paymentsapi.moc"
