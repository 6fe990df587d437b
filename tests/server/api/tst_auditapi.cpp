// The audit log over real HTTP: refused logins are recorded although their
// request rolls back, GET /api/v1/audit (filters, paging, CSV, roles, its own
// reading recorded), the per-address login throttle and X-Forwarded-For from
// trusted proxies only.

#include "core/domain/isotime.h"
#include "server/auth/loginthrottle.h"
#include "server/instance/backend.h"
#include "server/storage/auditchain.h"
#include "server/storage/database.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using TestSupport::HttpClient;
using TestSupport::HttpResult;

namespace {
QByteArray loginBody(const QString &login, const QString &password)
{
    return QJsonDocument(QJsonObject{{u"login"_s, login}, {u"password"_s, password}})
        .toJson(QJsonDocument::Compact);
}

struct Row
{
    QString action;
    QString detail;
    QString address;
};

// The entries of `login`, oldest first.
QList<Row> rowsOf(Database &db, const QString &login)
{
    QList<Row> rows;
    SqlRows query =
        db.exec(u"SELECT action, detail, address FROM audit_log WHERE user_login = ? ORDER BY id"_s,
                {login});
    while (query.next())
        rows.append(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    return rows;
}

QStringList idsOf(const HttpResult &result)
{
    QStringList ids;
    for (const QJsonValue &entry : result.json.toObject().value(u"entries"_s).toArray())
        ids.append(entry.toObject().value(u"id"_s).toString());
    return ids;
}
} // namespace

class tst_AuditApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void refusedLoginsAreAuditedAlthoughTheyRollBack();
    void aHammeredLoginIsAuditedOncePerWait();
    void loginsAndLogoutsAreAuditedWithTheAddress();
    void forwardedForIsIgnoredFromAnUntrustedPeer();
    void listFiltersNewestFirst();
    void listPagesWithTheBeforeCursor();
    void listRefusesBadParameters();
    void csvExportQuotesAndDefusesFormulas();
    void readingAndExportingAreAudited();
    void onlyAdministratorsRead();
    void theChainStaysIntact();
    void addressThrottleStopsSprayingThroughATrustedProxy();

private:
    Database &db() { return m_server->backend().db; }

    QTemporaryDir m_dir;
    std::unique_ptr<ServerInstance> m_server;
    std::unique_ptr<HttpClient> m_http;
    QByteArray m_admin;
};

void tst_AuditApi::initTestCase()
{
    DatabaseUrl url;
    TRESEN_FRESH_DATABASE(url, u"tst_auditapi"_s, m_dir);
    QString error;
    m_server = TestSupport::startDemoServer(url, &error);
    QVERIFY2(m_server, qPrintable(error));
    m_http = std::make_unique<HttpClient>(QUrl(m_server->baseUrl()));
    m_admin = m_http->login(u"admin"_s, u"demo"_s);
    QVERIFY(!m_admin.isEmpty());
}

void tst_AuditApi::cleanupTestCase()
{
    m_http.reset();
    m_server.reset();
}

void tst_AuditApi::refusedLoginsAreAuditedAlthoughTheyRollBack()
{
    // Five wrong passwords are answered 401, the sixth is refused unchecked
    // (429): every one of them is in the log.
    for (int attempt = 1; attempt <= 6; ++attempt) {
        const HttpResult result =
            m_http->send("POST", u"/api/v1/session"_s, loginBody(u"ghost"_s, u"wrong"_s));
        QCOMPARE(result.status, attempt <= 5 ? 401 : 429);
    }
    const QList<Row> rows = rowsOf(db(), u"ghost"_s);
    QCOMPARE(rows.size(), 6);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(rows.at(i).action, u"login.failed"_s);
    QCOMPARE(rows.at(5).action, u"login.throttled"_s);
    // The fifth failure starts the wait; the refusal says why and for how long.
    QCOMPARE(
        QJsonDocument::fromJson(rows.at(4).detail.toUtf8()).object().value(u"retryAfter"_s).toInt(),
        30);
    const QJsonObject throttled = QJsonDocument::fromJson(rows.at(5).detail.toUtf8()).object();
    QCOMPARE(throttled.value(u"throttled"_s).toString(), u"login"_s);
    QVERIFY(throttled.value(u"retryAfter"_s).toInt() > 0);
    for (const Row &row : rows)
        QCOMPARE(row.address, u"127.0.0.1"_s);
}

void tst_AuditApi::aHammeredLoginIsAuditedOncePerWait()
{
    for (int attempt = 1; attempt <= LoginThrottle::kFreeAttempts; ++attempt)
        QCOMPARE(
            m_http->send("POST", u"/api/v1/session"_s, loginBody(u"hammer"_s, u"wrong"_s)).status,
            401);
    // A script goes on within the same wait: each attempt is refused, one is logged.
    for (int attempt = 1; attempt <= 20; ++attempt)
        QCOMPARE(
            m_http->send("POST", u"/api/v1/session"_s, loginBody(u"hammer"_s, u"wrong"_s)).status,
            429);
    const QList<Row> rows = rowsOf(db(), u"hammer"_s);
    QCOMPARE(rows.size(), LoginThrottle::kFreeAttempts + 1);
    QCOMPARE(rows.last().action, u"login.throttled"_s);
    QCOMPARE(rows.at(rows.size() - 2).action, u"login.failed"_s);
}

void tst_AuditApi::loginsAndLogoutsAreAuditedWithTheAddress()
{
    const QByteArray token = m_http->login(u"mueller"_s, u"demo"_s);
    QVERIFY(!token.isEmpty());
    QCOMPARE(m_http->send("DELETE", u"/api/v1/session"_s, {}, token).status, 204);
    const QList<Row> rows = rowsOf(db(), u"mueller"_s);
    QVERIFY(rows.size() >= 2);
    QCOMPARE(rows.at(rows.size() - 2).action, u"login"_s);
    QCOMPARE(rows.last().action, u"logout"_s);
    QCOMPARE(rows.last().address, u"127.0.0.1"_s);
    QCOMPARE(rows.at(rows.size() - 2).address, u"127.0.0.1"_s);
}

void tst_AuditApi::forwardedForIsIgnoredFromAnUntrustedPeer()
{
    const HttpResult result =
        m_http->send("POST", u"/api/v1/session"_s, loginBody(u"forger"_s, u"wrong"_s), {},
                     {{"X-Forwarded-For", "198.51.100.9"}});
    QCOMPARE(result.status, 401);
    const QList<Row> rows = rowsOf(db(), u"forger"_s);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().address, u"127.0.0.1"_s);
}

void tst_AuditApi::listFiltersNewestFirst()
{
    const HttpResult ghost = m_http->get(u"/api/v1/audit?login=ghost"_s, m_admin);
    QCOMPARE(ghost.status, 200);
    const QJsonArray entries = ghost.json.toObject().value(u"entries"_s).toArray();
    QCOMPARE(entries.size(), 6);
    QVERIFY(ghost.json.toObject().value(u"nextBefore"_s).isNull());
    const QJsonObject newest = entries.first().toObject();
    QCOMPARE(newest.value(u"action"_s).toString(), u"login.throttled"_s);
    QCOMPARE(newest.value(u"login"_s).toString(), u"ghost"_s);
    QCOMPARE(newest.value(u"address"_s).toString(), u"127.0.0.1"_s);
    QCOMPARE(newest.value(u"hash"_s).toString().size(), 64);
    QVERIFY(msecsFromIsoTime(newest.value(u"at"_s).toString()) > 0);
    const QStringList ids = idsOf(ghost);
    for (int i = 1; i < ids.size(); ++i)
        QVERIFY(ids.at(i - 1).toLongLong() > ids.at(i).toLongLong());

    const HttpResult throttled =
        m_http->get(u"/api/v1/audit?login=ghost&action=login.throttled"_s, m_admin);
    QCOMPARE(idsOf(throttled), QStringList{ids.first()});

    // A window: the entries are from now, none from tomorrow on or before yesterday.
    const QString tomorrow = QString::fromLatin1(QUrl::toPercentEncoding(
        isoTimeFromMSecs(QDateTime::currentDateTime().addDays(1).toMSecsSinceEpoch())));
    const QString yesterday = QString::fromLatin1(QUrl::toPercentEncoding(
        isoTimeFromMSecs(QDateTime::currentDateTime().addDays(-1).toMSecsSinceEpoch())));
    QCOMPARE(idsOf(m_http->get(u"/api/v1/audit?login=ghost&from="_s + tomorrow, m_admin)).size(),
             0);
    QCOMPARE(idsOf(m_http->get(u"/api/v1/audit?login=ghost&to="_s + yesterday, m_admin)).size(), 0);
    QCOMPARE(idsOf(m_http->get(
                 u"/api/v1/audit?login=ghost&from="_s + yesterday + u"&to="_s + tomorrow, m_admin)),
             ids);
}

void tst_AuditApi::listPagesWithTheBeforeCursor()
{
    const QStringList all = idsOf(m_http->get(u"/api/v1/audit?login=ghost"_s, m_admin));
    QStringList paged;
    QString before;
    for (int page = 0; page < 10; ++page) {
        const HttpResult result =
            m_http->get(u"/api/v1/audit?login=ghost&limit=4"_s +
                            (before.isEmpty() ? QString() : u"&before="_s + before),
                        m_admin);
        QCOMPARE(result.status, 200);
        const QStringList ids = idsOf(result);
        QVERIFY(ids.size() <= 4);
        paged += ids;
        const QJsonValue next = result.json.toObject().value(u"nextBefore"_s);
        if (next.isNull())
            break;
        before = next.toString();
        QCOMPARE(before, ids.last());
    }
    QCOMPARE(paged, all);
}

void tst_AuditApi::listRefusesBadParameters()
{
    for (const QString &query : {u"limit=0"_s, u"limit=1001"_s, u"limit=x"_s, u"before=x"_s,
                                 u"from=yesterday"_s, u"to=2026-13-45"_s, u"format=xml"_s}) {
        const HttpResult result = m_http->get(u"/api/v1/audit?"_s + query, m_admin);
        QVERIFY2(result.status == 400, qPrintable(query));
        QCOMPARE(result.header("Content-Type"), QByteArray("application/problem+json"));
    }
    QCOMPARE(m_http->get(u"/api/v1/audit?limit=1000"_s, m_admin).status, 200);
}

void tst_AuditApi::csvExportQuotesAndDefusesFormulas()
{
    const QString formula = u"=HYPERLINK(\"http://x\",\"y\")"_s;
    QCOMPARE(m_http->send("POST", u"/api/v1/session"_s, loginBody(formula, u"wrong"_s)).status,
             401);
    const HttpResult csv = m_http->get(u"/api/v1/audit?format=csv&login="_s +
                                           QString::fromLatin1(QUrl::toPercentEncoding(formula)),
                                       m_admin);
    QCOMPARE(csv.status, 200);
    QVERIFY(csv.header("Content-Type").startsWith("text/csv"));
    const QList<QByteArray> lines = csv.body.split('\n');
    QCOMPARE(lines.size(), 3); // header, one entry, and the empty rest after the last CRLF
    QCOMPARE(lines.at(0), QByteArray("id,at,login,action,subject,detail,address,hash\r"));
    // Quoted (it holds commas and quotes), and an apostrophe keeps it text.
    QVERIFY2(lines.at(1).contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",login.failed,"),
             lines.at(1).constData());

    // The same filter through the Accept header.
    const HttpResult accepted =
        m_http->send("GET", u"/api/v1/audit?login=ghost"_s, {}, m_admin, {{"Accept", "text/csv"}});
    QCOMPARE(accepted.status, 200);
    QVERIFY(accepted.header("Content-Type").startsWith("text/csv"));
    QCOMPARE(accepted.body.count("login.failed"), 5);
    QCOMPARE(accepted.body.count("login.throttled"), 1);
}

void tst_AuditApi::readingAndExportingAreAudited()
{
    QCOMPARE(m_http->get(u"/api/v1/audit?login=mueller&action=login"_s, m_admin).status, 200);
    QCOMPARE(m_http->get(u"/api/v1/audit?login=ghost&format=csv"_s, m_admin).status, 200);
    const QList<Row> rows = rowsOf(db(), u"admin"_s);
    QVERIFY(rows.size() >= 2);
    QCOMPARE(rows.at(rows.size() - 2).action, u"audit.read"_s);
    QCOMPARE(QJsonDocument::fromJson(rows.at(rows.size() - 2).detail.toUtf8()).object(),
             (QJsonObject{{u"login"_s, u"mueller"_s}, {u"action"_s, u"login"_s}}));
    QCOMPARE(rows.last().action, u"audit.export"_s);
    QCOMPARE(QJsonDocument::fromJson(rows.last().detail.toUtf8()).object(),
             (QJsonObject{{u"login"_s, u"ghost"_s}}));
}

void tst_AuditApi::onlyAdministratorsRead()
{
    QCOMPARE(m_http->get(u"/api/v1/audit"_s).status, 401);
    for (const QString &who : {u"mueller"_s, u"schmidt"_s, u"weber"_s}) {
        const QByteArray token = m_http->login(who, u"demo"_s);
        QVERIFY(!token.isEmpty());
        QCOMPARE(m_http->get(u"/api/v1/audit"_s, token).status, 403);
        QCOMPARE(m_http->get(u"/api/v1/audit?format=csv"_s, token).status, 403);
    }
}

void tst_AuditApi::theChainStaysIntact()
{
    const AuditChain::Verification result = AuditChain::verify(db());
    QVERIFY2(result.intact(), qPrintable(result.problem));
    SqlRows rows = db().exec(u"SELECT COUNT(*) FROM audit_log"_s);
    QVERIFY(rows.next());
    QCOMPARE(result.checked, rows.value(0).toLongLong());
    QVERIFY(result.checked > 20);
}

void tst_AuditApi::addressThrottleStopsSprayingThroughATrustedProxy()
{
    // A second server behind a "proxy" on loopback: X-Forwarded-For counts.
    QTemporaryDir dir;
    DatabaseUrl url;
    TRESEN_FRESH_DATABASE(url, u"tst_auditapi_proxy"_s, dir);
    ServerConfig config;
    config.database = url;
    config.demo = true;
    QVERIFY(config.trustedProxies.add(u"127.0.0.1"_s));
    ServerInstance server(config);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    HttpClient http{QUrl(server.baseUrl())};
    const QList<QPair<QByteArray, QByteArray>> sprayer{
        {"X-Forwarded-For", "203.0.113.66, 198.51.100.7"}};

    // One guess each for many names: no name reaches its own limit ...
    for (int i = 0; i < LoginThrottle::kAddressFailures; ++i) {
        QCOMPARE(http.send("POST", u"/api/v1/session"_s,
                           loginBody(u"spray%1"_s.arg(i), u"Sommer2026"_s), {}, sprayer)
                     .status,
                 401);
    }
    // ... but the address has: refused unchecked, even with the right password.
    const HttpResult refused =
        http.send("POST", u"/api/v1/session"_s, loginBody(u"mueller"_s, u"demo"_s), {}, sprayer);
    QCOMPARE(refused.status, 429);
    QCOMPARE(refused.json.toObject().value(u"code"_s).toString(), u"login-throttled"_s);
    QVERIFY(refused.header("Retry-After").toInt() > 0);
    // The clerks behind another address are not locked out.
    QCOMPARE(http.send("POST", u"/api/v1/session"_s, loginBody(u"mueller"_s, u"demo"_s), {},
                       {{"X-Forwarded-For", "198.51.100.8"}})
                 .status,
             200);

    Database &serverDb = server.backend().db;
    const QList<Row> throttled = rowsOf(serverDb, u"mueller"_s);
    QVERIFY(throttled.size() >= 2);
    QCOMPARE(throttled.first().action, u"login.throttled"_s);
    QCOMPARE(throttled.first().address, u"198.51.100.7"_s);
    QCOMPARE(QJsonDocument::fromJson(throttled.first().detail.toUtf8())
                 .object()
                 .value(u"throttled"_s)
                 .toString(),
             u"address"_s);
    QCOMPARE(throttled.at(1).action, u"login"_s);
    QCOMPARE(throttled.at(1).address, u"198.51.100.8"_s);
    QCOMPARE(rowsOf(serverDb, u"spray7"_s).first().address, u"198.51.100.7"_s);
}

QTEST_GUILESS_MAIN(tst_AuditApi)
#include "tst_auditapi.moc"
