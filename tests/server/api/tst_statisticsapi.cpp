// The supervisors' figures of a day over real HTTP, on SQLite and PostgreSQL:
// counts and minutes from tickets whose times the test sets, only for
// supervisors and administrators of the office, and nothing personal in them.

#include "server/instance/backend.h"
#include "server/instance/serverinstance.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using TestSupport::HttpClient;
using TestSupport::HttpResult;

namespace {
constexpr qint64 kMinute = 60 * 1000;
const QString kPassword = u"Zustaendig-nur-hier"_s;
} // namespace

class tst_StatisticsApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aDayInFigures();
    void onlySupervisorsAndAdministratorsOfTheOffice_data();
    void onlySupervisorsAndAdministratorsOfTheOffice();
    void badQueriesAreRefused_data();
    void badQueriesAreRefused();

private:
    void setClock(qint64 msecs)
    {
        m_server->backend().clock = [msecs] { return msecs; };
    }
    HttpResult post(const QString &path, const QByteArray &body = "{}")
    {
        return m_http->send("POST", path, body, m_tokens.value(u"mueller"_s));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ServerInstance> m_server;
    std::unique_ptr<HttpClient> m_http;
    QHash<QString, QByteArray> m_tokens;
    QDate m_day;
};

void tst_StatisticsApi::initTestCase()
{
    DatabaseUrl url;
    TRESEN_FRESH_DATABASE(url, u"tst_statisticsapi"_s, m_dir);
    QString error;
    m_server = TestSupport::startDemoServer(url, &error);
    QVERIFY2(m_server, qPrintable(error));
    m_http = std::make_unique<HttpClient>(QUrl(m_server->baseUrl()));
    m_server->backend().users.addOrUpdate(u"aufsicht1"_s, u"Aufsicht Bürgeramt"_s, Role::Supervisor,
                                          kPassword, {1});
    m_tokens.insert(u"aufsicht1"_s, m_http->login(u"aufsicht1"_s, kPassword));
    for (const QString &login : {u"mueller"_s, u"weber"_s, u"admin"_s, u"anzeige"_s, u"kiosk"_s})
        m_tokens.insert(login, m_http->login(login, u"demo"_s));
    for (auto it = m_tokens.cbegin(); it != m_tokens.cend(); ++it)
        QVERIFY2(!it.value().isEmpty(), qPrintable(it.key()));
    m_day = QDate::currentDate().addDays(10); // a day of its own, without demo tickets
}

void tst_StatisticsApi::cleanupTestCase()
{
    m_http.reset();
    m_server.reset();
}

void tst_StatisticsApi::aDayInFigures()
{
    // 09:00 in the office's time zone (the demo's offices are in Berlin),
    // whatever the zone of the machine running the test.
    const qint64 nine = QDateTime(m_day, QTime(9, 0), QTimeZone(QByteArrayLiteral("Europe/Berlin")))
                            .toMSecsSinceEpoch();
    setClock(nine);
    const HttpResult a = post(u"/api/v1/tickets"_s, R"({"serviceId":"1","notes":"Frau Geheim"})");
    QCOMPARE(a.status, 201);
    setClock(nine + 10 * kMinute);
    QCOMPARE(post(u"/api/v1/tickets"_s, R"({"serviceId":"1"})").status, 201);
    setClock(nine + 15 * kMinute);
    QCOMPARE(post(u"/api/v1/tickets"_s, R"({"serviceId":"2"})").status, 201);

    // 09:20 A is called (waited 20 minutes) and served for 10; 09:32 B is
    // called (waited 22), called again, and did not come; C is cancelled.
    setClock(nine + 20 * kMinute);
    const QString first = post(u"/api/v1/counters/1/call-next"_s).json[u"id"_s].toString();
    QCOMPARE(first, a.json[u"id"_s].toString());
    setClock(nine + 21 * kMinute);
    QCOMPARE(post(u"/api/v1/tickets/%1/start"_s.arg(first)).status, 200);
    setClock(nine + 31 * kMinute);
    QCOMPARE(post(u"/api/v1/tickets/%1/finish"_s.arg(first)).status, 200);
    setClock(nine + 32 * kMinute);
    const QString second = post(u"/api/v1/counters/1/call-next"_s).json[u"id"_s].toString();
    QCOMPARE(post(u"/api/v1/tickets/%1/recall"_s.arg(second)).status, 200);
    QCOMPARE(post(u"/api/v1/tickets/%1/no-show"_s.arg(second)).status, 200);
    const QJsonArray open = m_http->get(u"/api/v1/queue?officeId=1"_s, m_tokens.value(u"mueller"_s))
                                .json[u"tickets"_s]
                                .toArray();
    QCOMPARE(open.size(), 1);
    QCOMPARE(post(u"/api/v1/tickets/%1/cancel"_s.arg(open.first()[u"id"_s].toString())).status,
             200);

    const HttpResult result = m_http->get(
        u"/api/v1/statistics/daily?officeId=1&date=%1"_s.arg(m_day.toString(Qt::ISODate)),
        m_tokens.value(u"weber"_s));
    QCOMPARE(result.status, 200);
    const QJsonObject day = result.json.toObject();
    QCOMPARE(day[u"date"_s].toString(), m_day.toString(Qt::ISODate));
    QCOMPARE(day[u"issued"_s].toInt(), 3);
    QCOMPARE(day[u"served"_s].toInt(), 1);
    QCOMPARE(day[u"noShow"_s].toInt(), 1);
    QCOMPARE(day[u"cancelled"_s].toInt(), 1);
    QCOMPARE(day[u"open"_s].toInt(), 0);
    const QJsonObject wait = day[u"waitMinutes"_s].toObject();
    QCOMPARE(wait[u"count"_s].toInt(), 2);
    QCOMPARE(wait[u"mean"_s].toDouble(), 21.0);
    QCOMPARE(wait[u"median"_s].toDouble(), 20.0);
    QCOMPARE(wait[u"max"_s].toDouble(), 22.0);
    QCOMPARE(day[u"serviceMinutes"_s][u"mean"_s].toDouble(), 10.0);
    const int target = day[u"waitTargetMinutes"_s].toInt();
    QVERIFY(target > 0);
    QCOMPARE(day[u"serviceLevel"_s].toDouble(), ((20 <= target) + (22 <= target)) / 2.0);
    QCOMPARE(day[u"walkIn"_s][u"issued"_s].toInt(), 3);
    const QJsonArray hours = day[u"byHour"_s].toArray();
    QCOMPARE(hours.size(), 1);
    QCOMPARE(hours.first()[u"hour"_s].toInt(), 9);
    QCOMPARE(hours.first()[u"arrivals"_s].toInt(), 3);
    const QJsonArray counters = day[u"byCounter"_s].toArray();
    QCOMPARE(counters.size(), 1);
    QCOMPARE(counters.first()[u"counterId"_s].toString(), u"1"_s);
    QCOMPARE(counters.first()[u"busyMinutes"_s].toDouble(), 10.0);
    // Counts and minutes only: no note, no number, no login.
    for (const char *personal : {"Geheim", "notes", "mueller", "A001"})
        QVERIFY2(!result.body.contains(personal), personal);

    // Another day of the office has its own figures.
    const HttpResult other = m_http->get(u"/api/v1/statistics/daily?officeId=1&date=%1"_s.arg(
                                             m_day.addDays(1).toString(Qt::ISODate)),
                                         m_tokens.value(u"weber"_s));
    QCOMPARE(other.json[u"issued"_s].toInt(), 0);
    QVERIFY(other.json[u"serviceLevel"_s].isNull());
}

void tst_StatisticsApi::onlySupervisorsAndAdministratorsOfTheOffice_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("officeId");
    QTest::addColumn<int>("status");
    QTest::addRow("supervisor") << u"weber"_s << u"1"_s << 200;
    QTest::addRow("administrator") << u"admin"_s << u"2"_s << 200;
    QTest::addRow("supervisor of the office") << u"aufsicht1"_s << u"1"_s << 200;
    QTest::addRow("supervisor of another office") << u"aufsicht1"_s << u"2"_s << 403;
    QTest::addRow("clerk") << u"mueller"_s << u"1"_s << 403;
    QTest::addRow("display") << u"anzeige"_s << u"1"_s << 403;
    QTest::addRow("kiosk") << u"kiosk"_s << u"1"_s << 403;
    QTest::addRow("nobody") << QString() << u"1"_s << 401;
}

void tst_StatisticsApi::onlySupervisorsAndAdministratorsOfTheOffice()
{
    QFETCH(QString, login);
    QFETCH(QString, officeId);
    QFETCH(int, status);
    const HttpResult result =
        m_http->get(u"/api/v1/statistics/daily?officeId=%1"_s.arg(officeId), m_tokens.value(login));
    QCOMPARE(result.status, status);
}

void tst_StatisticsApi::badQueriesAreRefused_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addRow("no office") << u""_s << 400;
    QTest::addRow("office not a number") << u"officeId=eins"_s << 400;
    QTest::addRow("unknown office") << u"officeId=999"_s << 404;
    QTest::addRow("German date") << u"officeId=1&date=30.11.2026"_s << 400;
    QTest::addRow("no such day") << u"officeId=1&date=2026-02-30"_s << 400;
}

void tst_StatisticsApi::badQueriesAreRefused()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QCOMPARE(m_http->get(u"/api/v1/statistics/daily?"_s + query, m_tokens.value(u"weber"_s)).status,
             status);
}

QTEST_GUILESS_MAIN(tst_StatisticsApi)
#include "tst_statisticsapi.moc"
