// The supervisors' figures of a day over real HTTP, on SQLite and PostgreSQL:
// counts and minutes from tickets whose times the test sets, only for
// supervisors and administrators of the office, and nothing personal in them.

#include "server/instance/backend.h"
#include "server/instance/serverinstance.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
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
    void aScenarioOfTheOfficesDays();
    void onlySupervisorsAndAdministratorsOfTheOffice_data();
    void onlySupervisorsAndAdministratorsOfTheOffice();
    void badQueriesAreRefused_data();
    void badQueriesAreRefused();
    void aPeriodInFigures();
    void theDaysAppointmentsAndWeddings();
    void aChangeToAPastDayRenewsItsDigest();
    void aDamagedDigestIsMadeAfresh();
    void aChangeWhileTheDigestIsMadeWins();
    void noDigestsBeforeTheOfficesFirstTicket();
    void theReportInThreeFormats();
    void figuresSurviveAnonymisation();
    void eachTicketKeepsTheWaitItWasTold();
    void cityWideIsEveryOfficeTheUserWorksIn();
    void figuresPerCounterOnlyWhereTheOfficeAgreed();
    void periodsOnlyForSupervisorsAndAdministrators_data();
    void periodsOnlyForSupervisorsAndAdministrators();
    void badPeriodsAreRefused_data();
    void badPeriodsAreRefused();

private:
    void setClock(qint64 msecs)
    {
        m_server->backend().clock = [msecs] { return msecs; };
    }
    HttpResult post(const QString &path, const QByteArray &body = "{}")
    {
        return m_http->send("POST", path, body, m_tokens.value(u"mueller"_s));
    }

    // 09:00 of `day` in the office's time zone (the demo's offices are in
    // Berlin), whatever the zone of the machine running the test.
    static qint64 nineOn(const QDate &day)
    {
        return QDateTime(day, QTime(9, 0), QTimeZone(QByteArrayLiteral("Europe/Berlin")))
            .toMSecsSinceEpoch();
    }
    // A visitor of service 1 at counter 1: issued at `issued`, called after
    // `wait` minutes, served for 5. Returns the ticket's id.
    QString serve(qint64 issued, int wait, const QByteArray &body = R"({"serviceId":"1"})")
    {
        setClock(issued);
        const HttpResult ticket = post(u"/api/v1/tickets"_s, body);
        if (ticket.status != 201)
            return {};
        setClock(issued + wait * kMinute);
        const QString id = post(u"/api/v1/counters/1/call-next"_s).json[u"id"_s].toString();
        post(u"/api/v1/tickets/%1/start"_s.arg(id));
        setClock(issued + (wait + 5) * kMinute);
        post(u"/api/v1/tickets/%1/finish"_s.arg(id));
        return id;
    }
    HttpResult period(const QString &query, const QString &login = u"weber"_s)
    {
        return m_http->get(u"/api/v1/statistics?"_s + query, m_tokens.value(login));
    }
    int digests(const QDate &day)
    {
        SqlRows rows = m_server->backend().db.exec(
            u"SELECT COUNT(*) FROM statistics_day WHERE office_id = 1 AND service_day = ? AND "
            "length(visits) > 1"_s, // not marked out of date
            {day.toString(Qt::ISODate)});
        return rows.next() ? rows.value(0).toInt() : -1;
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

void tst_StatisticsApi::aScenarioOfTheOfficesDays()
{
    // The day of aDayInFigures: two walk-ins for service 1 and one for 2,
    // all at 9, one served for 10 minutes.
    const QString day = m_day.toString(Qt::ISODate);
    const QString path = u"/api/v1/statistics/scenario?officeId=1&from=%1&to=%1"_s.arg(day);
    const HttpResult result = m_http->get(path, m_tokens.value(u"weber"_s));
    QCOMPARE(result.status, 200);
    const QJsonObject scenario = result.json.toObject();
    QCOMPARE(scenario[u"opening"_s][u"from"_s].toString(), u"09:00"_s);
    QCOMPARE(scenario[u"opening"_s][u"to"_s].toString(), u"10:00"_s);
    QCOMPARE(scenario[u"basedOn"_s][u"days"_s].toInt(), 1);
    QCOMPARE(scenario[u"basedOn"_s][u"visits"_s].toInt(), 3);
    QHash<QString, QJsonObject> services;
    for (const QJsonValue &service : scenario[u"services"_s].toArray())
        services.insert(service[u"id"_s].toString(), service.toObject());
    QCOMPARE(services.value(u"1"_s)[u"walkInsPerHour"_s].toArray(), QJsonArray{2});
    QCOMPARE(services.value(u"2"_s)[u"walkInsPerHour"_s].toArray(), QJsonArray{1});
    QVERIFY(services.value(u"1"_s)[u"minutes"_s][u"mean"_s].toDouble() > 0);
    QVERIFY(!scenario[u"counters"_s].toArray().isEmpty());
    // Times and counts only.
    for (const char *personal : {"Geheim", "notes", "mueller", "A001"})
        QVERIFY2(!result.body.contains(personal), personal);
    // Audited, as a report is: who took which office's days.
    const QJsonArray audit =
        m_http->get(u"/api/v1/audit?action=statistics.scenario"_s, m_tokens.value(u"admin"_s))
            .json[u"entries"_s]
            .toArray();
    QVERIFY2(!audit.isEmpty(), "no audit entry");
    QCOMPARE(audit.first()[u"login"_s].toString(), u"weber"_s);

    // One weekday of the period: the day is another weekday, so nobody came.
    const int otherWeekday = m_day.dayOfWeek() % 7 + 1;
    const HttpResult weekday =
        m_http->get(path + u"&weekday=%1"_s.arg(otherWeekday), m_tokens.value(u"weber"_s));
    QCOMPARE(weekday.status, 200);
    QCOMPARE(weekday.json[u"basedOn"_s][u"days"_s].toInt(), 0);
    QCOMPARE(weekday.json[u"basedOn"_s][u"weekday"_s].toInt(), otherWeekday);

    // Who may ask, and bad questions.
    QCOMPARE(m_http->get(path, m_tokens.value(u"mueller"_s)).status, 403);
    QCOMPARE(
        m_http->get(u"/api/v1/statistics/scenario?officeId=2"_s, m_tokens.value(u"aufsicht1"_s))
            .status,
        403);
    QCOMPARE(m_http->get(path, QByteArray()).status, 401);
    QCOMPARE(m_http->get(path + u"&weekday=8"_s, m_tokens.value(u"weber"_s)).status, 400);
    QCOMPARE(m_http->get(u"/api/v1/statistics/scenario?officeId=999"_s, m_tokens.value(u"weber"_s))
                 .status,
             404);
    QCOMPARE(m_http
                 ->get(u"/api/v1/statistics/scenario?officeId=1&from=%1&to=2020-01-01"_s.arg(day),
                       m_tokens.value(u"weber"_s))
                 .status,
             400);
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

void tst_StatisticsApi::aPeriodInFigures()
{
    // Two days of their own: waits of 1 and 3 minutes, then one of 30.
    const QDate first = m_day.addDays(20);
    const QDate second = first.addDays(1);
    QVERIFY(!serve(nineOn(first), 1).isEmpty());
    QVERIFY(!serve(nineOn(first) + 10 * kMinute, 3).isEmpty());
    QVERIFY(!serve(nineOn(second), 30).isEmpty());
    const QString query = u"officeId=1&from=%1&to=%2&groupBy=day"_s.arg(
        first.toString(Qt::ISODate), second.toString(Qt::ISODate));

    // While they are today and yesterday, the figures come from the tickets.
    const HttpResult live = period(query);
    QCOMPARE(live.status, 200);
    QCOMPARE(digests(first), 0);

    // Three days later both days are kept as digests, and say the same.
    setClock(nineOn(second.addDays(3)));
    const HttpResult result = period(query);
    QCOMPARE(result.status, 200);
    QCOMPARE(digests(first), 1);
    QCOMPARE(digests(second), 1);
    const QJsonObject figures = result.json.toObject();
    QCOMPARE(figures, live.json.toObject());
    QCOMPARE(period(query).json.toObject(), figures); // read back from the digests
    QCOMPARE(figures[u"from"_s].toString(), first.toString(Qt::ISODate));
    QCOMPARE(figures[u"groupBy"_s].toString(), u"day"_s);
    const QJsonObject totals = figures[u"totals"_s].toObject();
    QCOMPARE(totals[u"issued"_s].toInt(), 3);
    QCOMPARE(totals[u"served"_s].toInt(), 3);
    // Nearest rank over the three visitors: 1, 3, 30.
    QCOMPARE(totals[u"waitMinutes"_s][u"median"_s].toDouble(), 3.0);
    QCOMPARE(totals[u"waitMinutes"_s][u"p90"_s].toDouble(), 30.0);
    QCOMPARE(totals[u"serviceMinutes"_s][u"mean"_s].toDouble(), 5.0);
    const QJsonArray groups = figures[u"groups"_s].toArray();
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups[0][u"key"_s].toString(), first.toString(Qt::ISODate));
    QCOMPARE(groups[0][u"issued"_s].toInt(), 2);
    QCOMPARE(groups[1][u"waitMinutes"_s][u"mean"_s].toDouble(), 30.0);
    QCOMPARE(figures[u"offices"_s][0][u"officeId"_s].toString(), u"1"_s);
    QVERIFY(!figures[u"offices"_s][0][u"name"_s].toString().isEmpty());
    const QJsonArray services = figures[u"byService"_s].toArray();
    QCOMPARE(services.size(), 1);
    QCOMPARE(services[0][u"serviceId"_s].toString(), u"1"_s);
    QVERIFY(!services[0][u"name"_s].toString().isEmpty());
    QCOMPARE(figures[u"byCounter"_s][0][u"served"_s].toInt(), 3);
    QCOMPARE(figures[u"heatMap"_s][0][u"hour"_s].toInt(), 9);
    QCOMPARE(figures[u"heatMap"_s][0][u"weekday"_s].toInt(), first.dayOfWeek());

    // The same visitors by month and by weekday.
    const HttpResult byWeekday = period(u"officeId=1&from=%1&to=%2&groupBy=weekday"_s.arg(
        first.toString(Qt::ISODate), second.toString(Qt::ISODate)));
    QCOMPARE(byWeekday.json[u"groups"_s][0][u"key"_s].toString(),
             QString::number(first.dayOfWeek()));
    const HttpResult byMonth = period(u"officeId=1&from=%1&to=%2&groupBy=month"_s.arg(
        first.toString(Qt::ISODate), second.toString(Qt::ISODate)));
    int issued = 0;
    for (const QJsonValue group : byMonth.json[u"groups"_s].toArray())
        issued += group[u"issued"_s].toInt();
    QCOMPARE(issued, 3);
}

void tst_StatisticsApi::theDaysAppointmentsAndWeddings()
{
    // Rows as the booking and the Standesamt leave them, written directly so
    // that every state is there on one day: the figures are counts of them.
    const QDate day = m_day.addDays(60);
    const qint64 ten = nineOn(day) + 60 * kMinute;
    setClock(ten);
    const HttpResult ticket = post(u"/api/v1/tickets"_s, R"({"serviceId":"1"})");
    QCOMPARE(ticket.status, 201);
    Database &db = m_server->backend().db;
    const auto appointment = [&](const QString &status, int minute, const QVariant &ticketId) {
        db.exec(u"INSERT INTO appointment (office_id, service_id, starts_at, duration_minutes, "
                "booking_code, status, source, ticket_id, created_at, updated_at) VALUES (1, 1, "
                "?, 15, ?, ?, 'online', ?, ?, ?)"_s,
                {ten + minute * kMinute, u"STAT-%1"_s.arg(minute), status, ticketId, ten, ten});
    };
    const QVariant none(QMetaType(QMetaType::LongLong));
    appointment(u"checked_in"_s, 0, ticket.json[u"id"_s].toString().toLongLong());
    appointment(u"no_show"_s, 15, none);
    appointment(u"booked"_s, 30, none); // not come yet
    appointment(u"cancelled"_s, 45, none);

    const qint64 roomId =
        db.insert(u"INSERT INTO wedding_room (office_id, name, guests, weekdays, first_minute, "
                  "last_minute, slot_minutes) VALUES (1, 'Trauzimmer Statistik', 20, '1,2,3,4,5', "
                  "540, 900, 60) RETURNING id"_s,
                  {});
    const auto booking = [&](const QString &status, int hour, qint64 expires, qint64 updated) {
        const qint64 slot = db.insert(u"INSERT INTO wedding_slot (room_id, starts_at, "
                                      "duration_minutes) VALUES (?, ?, 30) RETURNING id"_s,
                                      {roomId, nineOn(day) + (hour - 9) * 60 * kMinute});
        db.exec(u"INSERT INTO wedding_booking (slot_id, status, booking_code, partner1, partner2, "
                "documents, expires_at, created_at, updated_at) VALUES (?, ?, ?, 'A', 'B', '', ?, "
                "?, ?)"_s,
                {slot, status, u"TRAU-STAT-%1"_s.arg(hour), expires > 0 ? QVariant(expires) : none,
                 ten - 60 * kMinute, updated});
    };
    booking(u"confirmed"_s, 11, 0, ten);
    booking(u"completed"_s, 12, 0, ten);
    booking(u"cancelled"_s, 13, ten + 60 * kMinute, ten);    // by a registrar, before its time
    booking(u"cancelled"_s, 14, ten - 30 * kMinute, ten);    // lapsed, then cancelled by the job
    booking(u"reserved"_s, 15, ten + 8 * 60 * kMinute, ten); // still held
    booking(u"reserved"_s, 16, ten - 5 * kMinute, ten - 6 * kMinute); // lapsed, job not yet run

    const auto daily = [&] {
        return m_http
            ->get(u"/api/v1/statistics/daily?officeId=1&date=%1"_s.arg(day.toString(Qt::ISODate)),
                  m_tokens.value(u"weber"_s))
            .json.toObject();
    };
    QJsonObject figures = daily();
    QJsonObject appointments = figures[u"appointments"_s].toObject();
    QCOMPARE(appointments[u"booked"_s].toInt(), 3);
    QCOMPARE(appointments[u"checkedIn"_s].toInt(), 1);
    QCOMPARE(appointments[u"missed"_s].toInt(), 1);
    QCOMPARE(appointments[u"cancelled"_s].toInt(), 1);
    const QJsonObject standesamt = figures[u"standesamt"_s].toObject();
    QCOMPARE(standesamt[u"weddings"_s].toInt(), 2);
    QCOMPARE(standesamt[u"byRoom"_s][0][u"name"_s].toString(), u"Trauzimmer Statistik"_s);
    QCOMPARE(standesamt[u"byRoom"_s][0][u"weddings"_s].toInt(), 2);
    QCOMPARE(standesamt[u"cancelled"_s].toInt(), 1);
    QCOMPARE(standesamt[u"lapsedReservations"_s].toInt(), 2);
    QVERIFY(!QJsonDocument(figures).toJson().contains("STAT-"));

    // The next day, the appointment nobody came to is missed too.
    setClock(nineOn(day.addDays(1)));
    appointments = daily()[u"appointments"_s].toObject();
    QCOMPARE(appointments[u"missed"_s].toInt(), 2);
}

void tst_StatisticsApi::theReportInThreeFormats()
{
    // The days of aPeriodInFigures: three visitors; each download audited.
    const QDate first = m_day.addDays(20);
    const QString query = u"/api/v1/statistics/report?officeId=1&from=%1&to=%2&format="_s.arg(
        first.toString(Qt::ISODate), first.addDays(1).toString(Qt::ISODate));
    const auto audited = [this] {
        SqlRows rows = m_server->backend().db.exec(
            u"SELECT COUNT(*) FROM audit_log WHERE action = 'statistics.report' AND user_login = "
            "'weber'"_s);
        return rows.next() ? rows.value(0).toInt() : -1;
    };
    const int before = audited();

    const HttpResult csv = m_http->get(query + u"csv"_s, m_tokens.value(u"weber"_s));
    QCOMPARE(csv.status, 200);
    QCOMPARE(csv.header("Content-Type"), QByteArray("text/csv; charset=utf-8"));
    QCOMPARE(csv.header("Content-Disposition"),
             u"attachment; filename=\"tresen-statistik-%1-%2.csv\""_s
                 .arg(first.toString(Qt::ISODate), first.addDays(1).toString(Qt::ISODate))
                 .toUtf8());
    QVERIFY(csv.body.startsWith("\xEF\xBB\xBF")); // the BOM a German spreadsheet needs
    QVERIFY(csv.body.contains(';'));
    QVERIFY(csv.body.contains(first.toString(Qt::ISODate).toUtf8()));

    const HttpResult xlsx = m_http->get(query + u"xlsx"_s, m_tokens.value(u"weber"_s));
    QCOMPARE(xlsx.status, 200);
    QCOMPARE(xlsx.header("Content-Type"),
             QByteArray("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    QVERIFY(xlsx.body.startsWith("PK")); // a zip, as every workbook

    const HttpResult pdf = m_http->get(query + u"pdf"_s, m_tokens.value(u"weber"_s));
    QCOMPARE(pdf.status, 200);
    QCOMPARE(pdf.header("Content-Type"), QByteArray("application/pdf"));
    QVERIFY(pdf.body.startsWith("%PDF"));
    QCOMPARE(audited(), before + 3);
    SqlRows detail = m_server->backend().db.exec(
        u"SELECT detail FROM audit_log WHERE action = 'statistics.report' ORDER BY id DESC"_s);
    QVERIFY(detail.next());
    QCOMPARE(detail.value(0).toString(),
             u"pdf, %1 to %2, offices 1"_s.arg(first.toString(Qt::ISODate),
                                               first.addDays(1).toString(Qt::ISODate)));

    QVERIFY(!csv.body.contains("mueller")); // the others are compressed
    QVERIFY(!csv.body.contains("A001"));
    QCOMPARE(m_http->get(query + u"docx"_s, m_tokens.value(u"weber"_s)).status, 400);
    QCOMPARE(m_http->get(query.chopped(8), m_tokens.value(u"weber"_s)).status, 400);
    QCOMPARE(m_http->get(query + u"csv"_s, m_tokens.value(u"mueller"_s)).status, 403);
    QCOMPARE(m_http
                 ->get(u"/api/v1/statistics/report?officeId=2&format=csv"_s,
                       m_tokens.value(u"aufsicht1"_s))
                 .status,
             403);
    QCOMPARE(audited(), before + 3);
}

void tst_StatisticsApi::aChangeToAPastDayRenewsItsDigest()
{
    const QDate day = m_day.addDays(30);
    setClock(nineOn(day));
    const HttpResult left = post(u"/api/v1/tickets"_s, R"({"serviceId":"1"})");
    QCOMPARE(left.status, 201);
    setClock(nineOn(day.addDays(4)));
    const QString query = u"officeId=1&from=%1&to=%1"_s.arg(day.toString(Qt::ISODate));
    // A ticket left waiting is kept as it is.
    QCOMPARE(period(query).json[u"totals"_s][u"open"_s].toInt(), 1);
    QCOMPARE(digests(day), 1);

    // The ticket left waiting that day is cancelled days later: the digest
    // is out of date at once, and the next request keeps the day anew.
    Backend &backend = m_server->backend();
    auto ticket = backend.tickets.find(left.json[u"id"_s].toString().toLongLong());
    QVERIFY(ticket);
    backend.tickets.apply(*ticket, TicketAction::Cancel, 0, u"mueller"_s);
    QCOMPARE(digests(day), 0);
    QJsonObject totals = period(query).json[u"totals"_s].toObject();
    QCOMPARE(totals[u"open"_s].toInt(), 0);
    QCOMPARE(totals[u"cancelled"_s].toInt(), 1);
    QCOMPARE(digests(day), 1);

    // And again (the cancel taken back): a row marked before is renewed too.
    ticket = backend.tickets.find(ticket->id);
    QVERIFY(ticket);
    backend.tickets.apply(*ticket, TicketAction::Undo, 0, u"mueller"_s);
    QCOMPARE(digests(day), 0);
    totals = period(query).json[u"totals"_s].toObject();
    QCOMPARE(totals[u"open"_s].toInt(), 1);
    QCOMPARE(totals[u"cancelled"_s].toInt(), 0);
    QCOMPARE(digests(day), 1);
    QCOMPARE(period(query).json[u"totals"_s].toObject(), totals); // from the digest
}

void tst_StatisticsApi::aDamagedDigestIsMadeAfresh()
{
    const QDate day = m_day.addDays(70);
    QVERIFY(!serve(nineOn(day), 4).isEmpty());
    setClock(nineOn(day.addDays(3)));
    const QString query = u"officeId=1&from=%1&to=%1"_s.arg(day.toString(Qt::ISODate));
    const QJsonObject figures = period(query).json.toObject();
    QCOMPARE(figures[u"totals"_s][u"waitMinutes"_s][u"mean"_s].toDouble(), 4.0);
    QCOMPARE(digests(day), 1);

    // Cut short (a failed write, a restore gone wrong): the figures come
    // from the tickets again, and the digest is written anew.
    Database &db = m_server->backend().db;
    db.exec(u"UPDATE statistics_day SET visits = ? WHERE office_id = 1 AND service_day = ?"_s,
            {QByteArray::fromHex("0200565407"), day.toString(Qt::ISODate)});
    QCOMPARE(period(query).json.toObject(), figures);
    SqlRows kept =
        db.exec(u"SELECT visits FROM statistics_day WHERE office_id = 1 AND service_day = ?"_s,
                {day.toString(Qt::ISODate)});
    QVERIFY(kept.next());
    QVERIFY(kept.value(0).toByteArray().size() > 8);
    QCOMPARE(period(query).json.toObject(), figures);
}

void tst_StatisticsApi::aChangeWhileTheDigestIsMadeWins()
{
    // A ticket of the day is cancelled: the day is finished.
    const QDate day = m_day.addDays(80);
    setClock(nineOn(day));
    const HttpResult ticket = post(u"/api/v1/tickets"_s, R"({"serviceId":"1"})");
    QCOMPARE(ticket.status, 201);
    const qint64 id = ticket.json[u"id"_s].toString().toLongLong();
    Backend &backend = m_server->backend();
    const auto change = [&](TicketAction action) {
        auto current = backend.tickets.find(id);
        QVERIFY(current);
        backend.tickets.apply(*current, action, 0, u"mueller"_s);
    };
    change(TicketAction::Cancel);
    setClock(nineOn(day.addDays(3)));
    const QString query = u"officeId=1&from=%1&to=%1"_s.arg(day.toString(Qt::ISODate));

    // While a request makes the day's digest from its tickets, another takes
    // the cancellation back (a new row, then a row already marked once).
    for (int round = 0; round < 2; ++round) {
        bool changed = false;
        backend.statistics.setAfterTicketsRead([&] {
            if (!std::exchange(changed, true))
                change(TicketAction::Undo);
        });
        const HttpResult during = period(query);
        backend.statistics.setAfterTicketsRead({});
        QVERIFY(changed);
        QCOMPARE(during.json[u"totals"_s][u"cancelled"_s].toInt(), 1); // as read
        // The change wins: no digest of the day as it was; the next request
        // keeps the day as it is now.
        QCOMPARE(digests(day), 0);
        QCOMPARE(period(query).json[u"totals"_s][u"open"_s].toInt(), 1);
        QCOMPARE(digests(day), 1);
        change(TicketAction::Cancel);
    }
    QCOMPARE(period(query).json[u"totals"_s][u"cancelled"_s].toInt(), 1);
    QCOMPARE(digests(day), 1);
}

void tst_StatisticsApi::noDigestsBeforeTheOfficesFirstTicket()
{
    // The test's tickets are all from today on: a year before it has
    // nothing to read, and nothing is written for it.
    setClock(QDateTime::currentMSecsSinceEpoch());
    const QDate today = QDate::fromString(m_server->backend().tickets.serviceDay(), Qt::ISODate);
    const QString query = u"officeId=1&from=%1&to=%2&groupBy=month"_s.arg(
        today.addDays(-365).toString(Qt::ISODate), today.addDays(-2).toString(Qt::ISODate));
    const HttpResult result = period(query);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json[u"totals"_s][u"issued"_s].toInt(), 0);
    SqlRows rows =
        m_server->backend().db.exec(u"SELECT COUNT(*) FROM statistics_day WHERE service_day < ?"_s,
                                    {today.toString(Qt::ISODate)});
    QVERIFY(rows.next());
    QCOMPARE(rows.value(0).toInt(), 0);
}

void tst_StatisticsApi::figuresSurviveAnonymisation()
{
    const QDate day = m_day.addDays(40);
    const QString id = serve(nineOn(day), 12, R"({"serviceId":"1","notes":"Herr Vertraulich"})");
    QVERIFY(!id.isEmpty());
    setClock(nineOn(day.addDays(1)));
    const QString query = u"officeId=1&from=%1&to=%1"_s.arg(day.toString(Qt::ISODate));
    const QJsonObject before = period(query).json.toObject();
    QCOMPARE(before[u"totals"_s][u"waitMinutes"_s][u"mean"_s].toDouble(), 12.0);

    // The retention rule and an erasure both go through anonymise().
    QVERIFY(m_server->backend().tickets.anonymise(id.toLongLong()));
    SqlRows notes =
        m_server->backend().db.exec(u"SELECT notes FROM ticket WHERE id = ?"_s, {id.toLongLong()});
    QVERIFY(notes.next());
    QCOMPARE(notes.value(0).toString(), QString());
    QCOMPARE(period(query).json.toObject(), before);
    setClock(nineOn(day.addDays(5))); // and once the day is a digest
    QCOMPARE(period(query).json.toObject(), before);
    QCOMPARE(digests(day), 1);
    SqlRows digest = m_server->backend().db.exec(
        u"SELECT visits FROM statistics_day WHERE office_id = 1 AND service_day = ?"_s,
        {day.toString(Qt::ISODate)});
    QVERIFY(digest.next());
    QVERIFY(!digest.value(0).toByteArray().contains("Vertraulich"));
    QVERIFY(!period(query).body.contains("Vertraulich"));
}

void tst_StatisticsApi::eachTicketKeepsTheWaitItWasTold()
{
    const QDate day = m_day.addDays(50);
    setClock(nineOn(day));
    const HttpResult ticket = post(u"/api/v1/tickets"_s, R"({"serviceId":"1"})");
    QCOMPARE(ticket.status, 201);
    const int told = ticket.json[u"estimatedWaitMinutes"_s].toInt();
    SqlRows stored =
        m_server->backend().db.exec(u"SELECT estimate_minutes FROM ticket WHERE id = ?"_s,
                                    {ticket.json[u"id"_s].toString().toLongLong()});
    QVERIFY(stored.next());
    QCOMPARE(stored.value(0).toInt(), told);

    // Called `told + 7` minutes later: the estimate was 7 minutes off.
    setClock(nineOn(day) + (told + 7) * kMinute);
    QCOMPARE(post(u"/api/v1/counters/1/call-next"_s).json[u"id"_s], ticket.json[u"id"_s]);
    const QJsonObject totals = period(u"officeId=1&from=%1&to=%1"_s.arg(day.toString(Qt::ISODate)))
                                   .json[u"totals"_s]
                                   .toObject();
    QCOMPARE(totals[u"estimateErrorMinutes"_s][u"count"_s].toInt(), 1);
    QCOMPARE(totals[u"estimateErrorMinutes"_s][u"mean"_s].toDouble(), 7.0);
}

void tst_StatisticsApi::cityWideIsEveryOfficeTheUserWorksIn()
{
    // A visitor of office 2 that day, beside aDayInFigures' three of office 1.
    Backend &backend = m_server->backend();
    setClock(nineOn(m_day) + 90 * kMinute);
    const QJsonArray services = backend.directory.services(2);
    QVERIFY(!services.isEmpty());
    const Ticket other = backend.tickets.issue(2, services.first()[u"id"_s].toString().toLongLong(),
                                               u"X"_s, TicketSource::WalkIn, 0, QString());
    QVERIFY(other.id > 0);
    QCOMPARE(other.serviceDay, m_day.toString(Qt::ISODate));

    const QString query = u"from=%1&to=%1"_s.arg(m_day.toString(Qt::ISODate));
    const HttpResult city = period(query, u"admin"_s);
    QCOMPARE(city.status, 200);
    QStringList offices;
    for (const QJsonValue office : city.json[u"offices"_s].toArray())
        offices.append(office[u"officeId"_s].toString());
    QVERIFY2(offices.contains(u"1"_s) && offices.contains(u"2"_s), qPrintable(offices.join(u',')));
    QCOMPARE(city.json[u"totals"_s][u"issued"_s].toInt(), 4);

    const HttpResult own = period(query, u"aufsicht1"_s);
    QCOMPARE(own.status, 200);
    QCOMPARE(own.json[u"offices"_s].toArray().size(), 1);
    QCOMPARE(own.json[u"offices"_s][0][u"officeId"_s].toString(), u"1"_s);
    QCOMPARE(own.json[u"totals"_s][u"issued"_s].toInt(), 3); // not office 2's visitor
}

void tst_StatisticsApi::figuresPerCounterOnlyWhereTheOfficeAgreed()
{
    // aDayInFigures' day, three days later (so the period is read from its
    // digest): counter 1 served a visitor.
    const QString day = m_day.toString(Qt::ISODate);
    setClock(nineOn(m_day.addDays(3)));
    const auto switchCounterFigures = [this](bool on) {
        QJsonValue version;
        for (const QJsonValue office :
             m_http->get(u"/api/v1/offices"_s, m_tokens.value(u"admin"_s)).json.toArray())
            if (office[u"id"_s].toString() == u"1"_s)
                version = office[u"version"_s];
        const QByteArray body =
            QJsonDocument(QJsonObject{{u"counterFigures"_s, on}, {u"version"_s, version}})
                .toJson(QJsonDocument::Compact);
        return m_http->send("PATCH", u"/api/v1/offices/1"_s, body, m_tokens.value(u"admin"_s));
    };
    const auto switchBackOn = qScopeGuard([&] { switchCounterFigures(true); });
    const auto daily = [&] {
        return m_http
            ->get(u"/api/v1/statistics/daily?officeId=1&date=%1"_s.arg(day),
                  m_tokens.value(u"weber"_s))
            .json.toObject();
    };
    const QString periodQuery = u"officeId=1&from=%1&to=%1"_s.arg(day);
    const auto csv = [&] {
        return m_http
            ->get(u"/api/v1/statistics/report?%1&format=csv"_s.arg(periodQuery),
                  m_tokens.value(u"weber"_s))
            .body;
    };
    const QJsonArray counters =
        m_http->get(u"/api/v1/counters?officeId=1"_s, m_tokens.value(u"admin"_s)).json.toArray();
    QVERIFY(!counters.isEmpty());
    QString firstCounter;
    for (const QJsonValue counter : counters)
        if (counter[u"id"_s].toString() == u"1"_s)
            firstCounter = counter[u"name"_s].toString();
    QVERIFY(!firstCounter.isEmpty());
    QCOMPARE(daily()[u"byCounter"_s].toArray().size(), 1);
    QCOMPARE(daily()[u"counterFigures"_s].toBool(), true);
    QCOMPARE(period(periodQuery).json[u"byCounter"_s].toArray().size(), 1);
    QVERIFY(csv().contains(firstCounter.toUtf8()));

    const HttpResult off = switchCounterFigures(false);
    QCOMPARE(off.status, 200);
    QCOMPARE(off.json[u"counterFigures"_s].toBool(), false);
    const QJsonObject dayFigures = daily();
    QCOMPARE(dayFigures[u"counterFigures"_s].toBool(), false);
    QVERIFY(dayFigures[u"byCounter"_s].toArray().isEmpty());
    QCOMPARE(dayFigures[u"served"_s].toInt(), 1); // everything else as before
    QVERIFY(!QJsonDocument(dayFigures).toJson().contains("counterId"));
    const QJsonObject periodFigures = period(periodQuery).json.toObject();
    QVERIFY(periodFigures[u"byCounter"_s].toArray().isEmpty());
    QCOMPARE(periodFigures[u"offices"_s][0][u"counterFigures"_s].toBool(), false);
    QCOMPARE(periodFigures[u"totals"_s][u"served"_s].toInt(), 1);
    QVERIFY(!QJsonDocument(periodFigures).toJson().contains("counterId"));
    const QByteArray report = csv();
    for (const QJsonValue counter : counters)
        QVERIFY2(!report.contains(counter[u"name"_s].toString().toUtf8()),
                 qPrintable(counter[u"name"_s].toString()));
    // City-wide, the other offices keep theirs; office 1's counters are not there.
    const QJsonObject city = period(u"from=%1&to=%1"_s.arg(day), u"admin"_s).json.toObject();
    QCOMPARE(city[u"totals"_s][u"served"_s].toInt(), 1);
    for (const QJsonValue line : city[u"byCounter"_s].toArray())
        for (const QJsonValue counter : counters)
            QVERIFY(line[u"counterId"_s] != counter[u"id"_s]);

    QCOMPARE(switchCounterFigures(true).status, 200);
    QCOMPARE(daily()[u"byCounter"_s].toArray().size(), 1);
    QCOMPARE(period(periodQuery).json[u"byCounter"_s].toArray().size(), 1);
}

void tst_StatisticsApi::periodsOnlyForSupervisorsAndAdministrators_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addRow("supervisor") << u"weber"_s << u"officeId=1"_s << 200;
    QTest::addRow("administrator") << u"admin"_s << u"officeId=2"_s << 200;
    QTest::addRow("supervisor of another office") << u"aufsicht1"_s << u"officeId=2"_s << 403;
    QTest::addRow("clerk") << u"mueller"_s << u"officeId=1"_s << 403;
    QTest::addRow("clerk, city-wide") << u"mueller"_s << QString() << 403;
    QTest::addRow("display") << u"anzeige"_s << QString() << 403;
    QTest::addRow("kiosk") << u"kiosk"_s << QString() << 403;
    QTest::addRow("nobody") << QString() << QString() << 401;
}

void tst_StatisticsApi::periodsOnlyForSupervisorsAndAdministrators()
{
    QFETCH(QString, login);
    QFETCH(QString, query);
    QFETCH(int, status);
    QCOMPARE(m_http->get(u"/api/v1/statistics?"_s + query, m_tokens.value(login)).status, status);
    // The report gives the same figures as a file: the same people only.
    const HttpResult report =
        m_http->get(u"/api/v1/statistics/report?format=csv&"_s + query, m_tokens.value(login));
    QCOMPARE(report.status, status);
    if (status != 200)
        QVERIFY(!report.body.startsWith("\xEF\xBB\xBF"));
}

void tst_StatisticsApi::badPeriodsAreRefused_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addRow("unknown grouping") << u"groupBy=year"_s << 400;
    QTest::addRow("German date") << u"from=01.11.2026"_s << 400;
    QTest::addRow("backwards") << u"from=2026-11-30&to=2026-11-01"_s << 400;
    QTest::addRow("over a year") << u"from=2025-01-01&to=2026-01-02"_s << 400;
    QTest::addRow("hours of two months") << u"from=2026-10-01&to=2026-11-30&groupBy=hour"_s << 400;
    QTest::addRow("office not a number") << u"officeId=eins"_s << 400;
    QTest::addRow("unknown office") << u"officeId=999"_s << 404;
    QTest::addRow("a whole year") << u"from=2025-01-01&to=2025-12-31&groupBy=month"_s << 200;
}

void tst_StatisticsApi::badPeriodsAreRefused()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QCOMPARE(period(query).status, status);
}

QTEST_GUILESS_MAIN(tst_StatisticsApi)
#include "tst_statisticsapi.moc"
