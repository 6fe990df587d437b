// Queue calling over real HTTP, on SQLite and PostgreSQL: tickets and their
// numbering, call-next order and rules, every action and its 409s, transfers,
// estimates, and the events that go with them.

#include "core/domain/change.h"
#include "core/domain/isotime.h"
#include "server/instance/backend.h"
#include "server/instance/serverinstance.h"
#include "server/storage/database.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QWebSocket>

using namespace Qt::StringLiterals;
using TestSupport::HttpClient;
using TestSupport::HttpResult;

namespace {
// Demo data: office 1 Bürgeramt (services 1..7 = A..G, counters 1..8),
// office 2 Standesamt (services 8..10 = S, U, N; counters 9, 10).
// Schalter 3 (id 3) serves A, B, G; Schalter 7 (id 7) serves D only.
const QString kPersonalausweis = u"1"_s; // A
const QString kReisepass = u"2"_s;       // B
const QString kZulassung = u"4"_s;       // D
const QString kMelde = u"6"_s;           // F, typically 5 minutes
const QString kUrkunden = u"9"_s;        // U, Standesamt
constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;
} // namespace

class tst_QueueApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void issuesNumbersPerServiceAndDay();
    void numbersRestartTomorrowAndAreNeverReused();
    void issueRejectsBadBodies_data();
    void issueRejectsBadBodies();
    void kioskTicketsHaveNoPriority();
    void callNextTakesPriorityThenLongestWait();
    void callNextOnlyTakesServicesOfTheCounter();
    void callNextWhenNobodyWaits();
    void counterMustFinishFirst();
    void fullVisit();
    void recallCountsAndNoShowNeedsCalls();
    void requeueGoesToTheBackOfTheLine();
    void cancelWaiting();
    void refusedTransitions_data();
    void refusedTransitions();
    void transferToAnotherService();
    void transferToACounter();
    void transferRejects();
    void queueShowsEstimates();
    void estimatesFollowTheDispatchersOrder();
    void estimatesCountTheBookedStillToCome();
    void twoQuickTicketsDoNotOverturnTheEstimate();
    void recentCallsForTheDisplay();
    void rolesOfQueueRoutes();
    void actionsArePushedAsEvents();
    void undoTakesBackANoShow();
    void undoPutsACancelledTicketBackInItsPlace();
    void undoRefusals();
    void undoWindowIsTwoMinutes();
    void callNextFollowsTheOfficesPolicy();

private:
    QJsonObject issue(const QString &serviceId, const QJsonObject &extra = {},
                      const QByteArray &token = {});
    HttpResult callNext(const QString &counterId);
    HttpResult act(const QString &ticketId, const QString &action, const QJsonObject &body = {});
    QString statusOf(const QString &ticketId);
    // The audit entries `ticket.undo` of a ticket: their details, oldest first.
    QStringList undoAudits(const QString &ticketId);

    QTemporaryDir m_dir;
    std::unique_ptr<ServerInstance> m_server;
    std::unique_ptr<HttpClient> m_http;
    QByteArray m_clerk;
    QByteArray m_kiosk;
    QByteArray m_display;
    qint64 m_dayOffset = 0;
};

void tst_QueueApi::initTestCase()
{
    DatabaseUrl url;
    TRESEN_FRESH_DATABASE(url, u"tst_queueapi"_s, m_dir);
    QString error;
    m_server = TestSupport::startDemoServer(url, &error);
    QVERIFY2(m_server, qPrintable(error));
    m_http = std::make_unique<HttpClient>(QUrl(m_server->baseUrl()));
    m_clerk = m_http->login(u"mueller"_s, u"demo"_s);
    m_kiosk = m_http->login(u"kiosk"_s, u"demo"_s);
    m_display = m_http->login(u"anzeige"_s, u"demo"_s);
    QVERIFY(!m_clerk.isEmpty() && !m_kiosk.isEmpty() && !m_display.isEmpty());
}

void tst_QueueApi::init()
{
    // Each test works on a day of its own: an empty queue, free counters.
    m_dayOffset += 1;
    const qint64 offset = m_dayOffset * kDayMs;
    m_server->backend().clock = [offset] { return QDateTime::currentMSecsSinceEpoch() + offset; };
}

void tst_QueueApi::cleanupTestCase()
{
    m_http.reset();
    m_server.reset();
}

QJsonObject tst_QueueApi::issue(const QString &serviceId, const QJsonObject &extra,
                                const QByteArray &token)
{
    QJsonObject body = extra;
    body.insert(u"serviceId"_s, serviceId);
    const HttpResult result =
        m_http->send("POST", u"/api/v1/tickets"_s, QJsonDocument(body).toJson(),
                     token.isEmpty() ? m_clerk : token);
    if (result.status != 201)
        qWarning("issue: %d %s", result.status, result.body.constData());
    return result.json.toObject();
}

HttpResult tst_QueueApi::callNext(const QString &counterId)
{
    return m_http->send("POST", u"/api/v1/counters/%1/call-next"_s.arg(counterId), "{}", m_clerk);
}

HttpResult tst_QueueApi::act(const QString &ticketId, const QString &action,
                             const QJsonObject &body)
{
    return m_http->send("POST", u"/api/v1/tickets/%1/%2"_s.arg(ticketId, action),
                        QJsonDocument(body).toJson(), m_clerk);
}

QString tst_QueueApi::statusOf(const QString &ticketId)
{
    return m_http->get(u"/api/v1/tickets/"_s + ticketId, m_clerk)
        .json.toObject()
        .value(u"status"_s)
        .toString();
}

QStringList tst_QueueApi::undoAudits(const QString &ticketId)
{
    QStringList details;
    SqlRows rows = m_server->backend().db.exec(
        u"SELECT detail, user_login FROM audit_log WHERE action = 'ticket.undo' AND subject = ? "
        "ORDER BY id"_s,
        {ticketId});
    while (rows.next())
        details.append(rows.value(1).toString() + u' ' + rows.value(0).toString());
    return details;
}

void tst_QueueApi::issuesNumbersPerServiceAndDay()
{
    const QJsonObject a1 = issue(kPersonalausweis);
    const QJsonObject a2 = issue(kPersonalausweis);
    const QJsonObject b1 = issue(kReisepass);
    const QJsonObject u1 = issue(kUrkunden);
    QCOMPARE(a1.value(u"number"_s).toString(), u"A001"_s);
    QCOMPARE(a2.value(u"number"_s).toString(), u"A002"_s);
    QCOMPARE(b1.value(u"number"_s).toString(), u"B001"_s);
    QCOMPARE(u1.value(u"number"_s).toString(), u"U001"_s);
    QCOMPARE(a1.value(u"status"_s).toString(), u"waiting"_s);
    QCOMPARE(a1.value(u"officeId"_s).toString(), u"1"_s);
    QCOMPARE(u1.value(u"officeId"_s).toString(), u"2"_s);
    QCOMPARE(a1.value(u"serviceId"_s).toString(), kPersonalausweis);
    QCOMPARE(a1.value(u"source"_s).toString(), u"walk_in"_s);
    QVERIFY(!a1.value(u"issuedAt"_s).toString().isEmpty());
    QVERIFY(QDateTime::fromString(a1.value(u"issuedAt"_s).toString(), Qt::ISODate).isValid());
    QVERIFY(a1.contains(u"estimatedWaitMinutes"_s));
}

void tst_QueueApi::numbersRestartTomorrowAndAreNeverReused()
{
    const QJsonObject first = issue(kReisepass);
    QCOMPARE(first.value(u"number"_s).toString(), u"B001"_s);
    QCOMPARE(act(first.value(u"id"_s).toString(), u"cancel"_s).status, 200);
    // A cancelled ticket's number is not handed out again the same day.
    QCOMPARE(issue(kReisepass).value(u"number"_s).toString(), u"B002"_s);

    const qint64 tomorrow = (m_dayOffset + 1) * kDayMs;
    m_server->backend().clock = [tomorrow] {
        return QDateTime::currentMSecsSinceEpoch() + tomorrow;
    };
    const QJsonObject next = issue(kReisepass);
    QCOMPARE(next.value(u"number"_s).toString(), u"B001"_s);
    QVERIFY(next.value(u"serviceDay"_s).toString() != first.value(u"serviceDay"_s).toString());
    m_dayOffset += 1;
}

void tst_QueueApi::issueRejectsBadBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addRow("no service") << QByteArray("{}") << 400;
    QTest::addRow("service as number") << QByteArray(R"({"serviceId": 1})") << 400;
    QTest::addRow("unknown service") << QByteArray(R"({"serviceId": "999"})") << 404;
    QTest::addRow("priority too high")
        << QByteArray(R"({"serviceId": "1", "priority": 12})") << 400;
    QTest::addRow("priority fractional")
        << QByteArray(R"({"serviceId": "1", "priority": 1.5})") << 400;
    QTest::addRow("notes too long")
        << (QByteArray(R"({"serviceId": "1", "notes": ")") + QByteArray(201, 'x') + "\"}") << 400;
    QTest::addRow("not json") << QByteArray("serviceId=1") << 400;
}

void tst_QueueApi::issueRejectsBadBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const HttpResult result = m_http->send("POST", u"/api/v1/tickets"_s, body, m_clerk);
    QCOMPARE(result.status, status);
    QCOMPARE(result.header("Content-Type"), QByteArray("application/problem+json"));
}

void tst_QueueApi::kioskTicketsHaveNoPriority()
{
    const QJsonObject fromKiosk = issue(
        kPersonalausweis, {{u"priority"_s, 5}, {u"notes"_s, u"Notiz am Automaten"_s}}, m_kiosk);
    QCOMPARE(fromKiosk.value(u"source"_s).toString(), u"kiosk"_s);
    QCOMPARE(fromKiosk.value(u"priority"_s).toInt(), 0);
    QCOMPARE(fromKiosk.value(u"notes"_s).toString(), QString()); // a kiosk notes nothing
    // Asked again (a timeout), the kiosk gets the number it prints: the
    // ticket is not for it to read, but its number is.
    const QByteArray body = R"({"serviceId":"1"})";
    const HttpResult first = m_http->send("POST", u"/api/v1/tickets"_s, body, m_kiosk,
                                          {{"Idempotency-Key", "kiosk-retry-1"}});
    QCOMPARE(first.status, 201);
    const HttpResult again = m_http->send("POST", u"/api/v1/tickets"_s, body, m_kiosk,
                                          {{"Idempotency-Key", "kiosk-retry-1"}});
    QCOMPARE(again.status, 201);
    QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(again.json[u"number"_s].toString(), first.json[u"number"_s].toString());
    QCOMPARE(again.json[u"id"_s].toString(), first.json[u"id"_s].toString());
    const QJsonObject fromClerk =
        issue(kPersonalausweis, {{u"priority"_s, 5}, {u"notes"_s, u"Rollstuhl"_s}});
    QCOMPARE(fromClerk.value(u"priority"_s).toInt(), 5);
    QCOMPARE(fromClerk.value(u"notes"_s).toString(), u"Rollstuhl"_s);
}

void tst_QueueApi::callNextTakesPriorityThenLongestWait()
{
    const QString first = issue(kPersonalausweis).value(u"number"_s).toString();
    const QString second = issue(kReisepass).value(u"number"_s).toString();
    const QString urgent =
        issue(kPersonalausweis, {{u"priority"_s, 3}}).value(u"number"_s).toString();
    QStringList order;
    for (int i = 0; i < 3; ++i) {
        const HttpResult called = callNext(u"3"_s);
        QCOMPARE(called.status, 200);
        const QJsonObject ticket = called.json.toObject();
        QCOMPARE(ticket.value(u"status"_s).toString(), u"called"_s);
        QCOMPARE(ticket.value(u"counterId"_s).toString(), u"3"_s);
        QCOMPARE(ticket.value(u"callCount"_s).toInt(), 1);
        order.append(ticket.value(u"number"_s).toString());
        act(ticket.value(u"id"_s).toString(), u"start"_s);
        act(ticket.value(u"id"_s).toString(), u"finish"_s);
    }
    QCOMPARE(order, (QStringList{urgent, first, second}));
}

void tst_QueueApi::callNextOnlyTakesServicesOfTheCounter()
{
    const QJsonObject zulassung = issue(kZulassung);
    const QJsonObject ausweis = issue(kPersonalausweis);
    // Schalter 3 does not do vehicle registrations.
    const HttpResult called = callNext(u"3"_s);
    QCOMPARE(called.json.toObject().value(u"id"_s), ausweis.value(u"id"_s));
    act(ausweis.value(u"id"_s).toString(), u"start"_s);
    act(ausweis.value(u"id"_s).toString(), u"finish"_s);
    QCOMPARE(callNext(u"3"_s).status, 204);
    // The Standesamt's counters never see the Bürgeramt's queue.
    QCOMPARE(callNext(u"9"_s).status, 204);
    QCOMPARE(callNext(u"7"_s).json.toObject().value(u"id"_s), zulassung.value(u"id"_s));
}

void tst_QueueApi::callNextWhenNobodyWaits()
{
    const HttpResult result = callNext(u"2"_s);
    QCOMPARE(result.status, 204);
    QVERIFY(result.body.isEmpty());
    QCOMPARE(callNext(u"999"_s).status, 404);
}

void tst_QueueApi::counterMustFinishFirst()
{
    issue(kPersonalausweis);
    issue(kPersonalausweis);
    const HttpResult first = callNext(u"1"_s);
    QCOMPARE(first.status, 200);
    const HttpResult again = callNext(u"1"_s);
    QCOMPARE(again.status, 409);
    QCOMPARE(again.json.toObject().value(u"code"_s).toString(), u"counter-busy"_s);
    QVERIFY(again.json.toObject()
                .value(u"detail"_s)
                .toString()
                .contains(first.json.toObject().value(u"number"_s).toString()));
    // Still only one ticket called at this counter.
    act(first.json.toObject().value(u"id"_s).toString(), u"start"_s);
    QCOMPARE(callNext(u"1"_s).status, 409);
}

void tst_QueueApi::fullVisit()
{
    const QString id = issue(kPersonalausweis).value(u"id"_s).toString();
    QCOMPARE(callNext(u"4"_s).json.toObject().value(u"id"_s).toString(), id);
    const HttpResult started = act(id, u"start"_s);
    QCOMPARE(started.status, 200);
    QCOMPARE(started.json.toObject().value(u"status"_s).toString(), u"serving"_s);
    QVERIFY(!started.json.toObject().value(u"startedAt"_s).toString().isEmpty());
    const HttpResult finished = act(id, u"finish"_s);
    QCOMPARE(finished.status, 200);
    QCOMPARE(finished.json.toObject().value(u"status"_s).toString(), u"done"_s);
    QVERIFY(!finished.json.toObject().value(u"finishedAt"_s).toString().isEmpty());
    QCOMPARE(act(u"99999"_s, u"finish"_s).status, 404);
}

void tst_QueueApi::recallCountsAndNoShowNeedsCalls()
{
    const QString id = issue(kReisepass).value(u"id"_s).toString();
    callNext(u"4"_s);
    const HttpResult early = act(id, u"no-show"_s);
    QCOMPARE(early.status, 409);
    QCOMPARE(early.json.toObject().value(u"code"_s).toString(), u"no-show-too-early"_s);
    const HttpResult recalled = act(id, u"recall"_s);
    QCOMPARE(recalled.status, 200);
    QCOMPARE(recalled.json.toObject().value(u"callCount"_s).toInt(), 2);
    QCOMPARE(recalled.json.toObject().value(u"status"_s).toString(), u"called"_s);
    const HttpResult noShow = act(id, u"no-show"_s);
    QCOMPARE(noShow.status, 200);
    QCOMPARE(noShow.json.toObject().value(u"status"_s).toString(), u"no_show"_s);
    QCOMPARE(callNext(u"4"_s).status, 204); // the counter is free again
}

void tst_QueueApi::requeueGoesToTheBackOfTheLine()
{
    const QString parked = issue(kPersonalausweis).value(u"id"_s).toString();
    const QString other = issue(kPersonalausweis).value(u"id"_s).toString();
    QCOMPARE(callNext(u"5"_s).status, 204); // Schalter 5 does not do passports or ID cards
    QCOMPARE(callNext(u"2"_s).json.toObject().value(u"id"_s).toString(), parked);
    const HttpResult requeued = act(parked, u"requeue"_s);
    QCOMPARE(requeued.status, 200);
    QCOMPARE(requeued.json.toObject().value(u"status"_s).toString(), u"waiting"_s);
    QVERIFY(requeued.json.toObject().value(u"counterId"_s).isNull());
    QCOMPARE(callNext(u"2"_s).json.toObject().value(u"id"_s).toString(), other);
    act(other, u"start"_s);
    act(other, u"finish"_s);
    QCOMPARE(callNext(u"2"_s).json.toObject().value(u"id"_s).toString(), parked);
}

void tst_QueueApi::cancelWaiting()
{
    const QString id = issue(kPersonalausweis).value(u"id"_s).toString();
    QCOMPARE(act(id, u"cancel"_s).json.toObject().value(u"status"_s).toString(), u"cancelled"_s);
    QCOMPARE(callNext(u"1"_s).status, 204);
}

void tst_QueueApi::refusedTransitions_data()
{
    QTest::addColumn<QStringList>("steps"); // taken first
    QTest::addColumn<QString>("action");    // then refused
    QTest::addRow("start a waiting ticket") << QStringList{} << u"start"_s;
    QTest::addRow("finish a waiting ticket") << QStringList{} << u"finish"_s;
    QTest::addRow("recall a waiting ticket") << QStringList{} << u"recall"_s;
    QTest::addRow("finish a called ticket") << QStringList{u"call"_s} << u"finish"_s;
    QTest::addRow("cancel a called ticket") << QStringList{u"call"_s} << u"cancel"_s;
    QTest::addRow("recall a serving ticket") << QStringList{u"call"_s, u"start"_s} << u"recall"_s;
    QTest::addRow("requeue a serving ticket") << QStringList{u"call"_s, u"start"_s} << u"requeue"_s;
    QTest::addRow("start a done ticket")
        << QStringList{u"call"_s, u"start"_s, u"finish"_s} << u"start"_s;
    QTest::addRow("cancel a done ticket")
        << QStringList{u"call"_s, u"start"_s, u"finish"_s} << u"cancel"_s;
}

void tst_QueueApi::refusedTransitions()
{
    QFETCH(QStringList, steps);
    QFETCH(QString, action);
    const QString id = issue(kPersonalausweis).value(u"id"_s).toString();
    for (const QString &step : steps) {
        const int status = step == u"call"_s ? callNext(u"8"_s).status : act(id, step).status;
        QCOMPARE(status, 200);
    }
    const QString before = statusOf(id);
    const HttpResult result = act(id, action);
    QCOMPARE(result.status, 409);
    QCOMPARE(result.json.toObject().value(u"code"_s).toString(), u"transition-refused"_s);
    QCOMPARE(statusOf(id), before);
}

void tst_QueueApi::transferToAnotherService()
{
    const QString id = issue(kPersonalausweis).value(u"id"_s).toString();
    issue(kZulassung); // someone already waiting for Schalter 7
    callNext(u"1"_s);
    QCOMPARE(act(id, u"start"_s).status, 200);
    const HttpResult moved = act(id, u"transfer"_s, {{u"serviceId"_s, kZulassung}});
    QCOMPARE(moved.status, 200);
    const QJsonObject ticket = moved.json.toObject();
    QCOMPARE(ticket.value(u"status"_s).toString(), u"waiting"_s);
    QCOMPARE(ticket.value(u"serviceId"_s).toString(), kZulassung);
    QCOMPARE(ticket.value(u"number"_s).toString(), u"A001"_s); // the visitor keeps the paper
    // It keeps its place in line: it was issued before the other D ticket.
    QCOMPARE(callNext(u"7"_s).json.toObject().value(u"id"_s).toString(), id);
}

void tst_QueueApi::transferToACounter()
{
    const QString id = issue(kReisepass).value(u"id"_s).toString();
    callNext(u"1"_s);
    act(id, u"start"_s);
    QCOMPARE(act(id, u"transfer"_s, {{u"counterId"_s, u"8"_s}}).status, 200);
    // Only Schalter 8 may call it now, although Schalter 2 serves passports too.
    QCOMPARE(callNext(u"2"_s).status, 204);
    const HttpResult called = callNext(u"8"_s);
    QCOMPARE(called.json.toObject().value(u"id"_s).toString(), id);
    QVERIFY(called.json.toObject().value(u"targetCounterId"_s).isNull());
}

void tst_QueueApi::transferRejects()
{
    const QString id = issue(kReisepass).value(u"id"_s).toString();
    QCOMPARE(act(id, u"transfer"_s, {{u"serviceId"_s, kZulassung}}).status, 409); // waiting
    callNext(u"1"_s);
    act(id, u"start"_s);
    QCOMPARE(act(id, u"transfer"_s, {}).status, 400);
    QCOMPARE(
        act(id, u"transfer"_s, {{u"serviceId"_s, kZulassung}, {u"counterId"_s, u"2"_s}}).status,
        400);
    QCOMPARE(act(id, u"transfer"_s, {{u"serviceId"_s, u"999"_s}}).status, 404);
    QCOMPARE(act(id, u"transfer"_s, {{u"serviceId"_s, kUrkunden}}).status, 400); // other office
    QCOMPARE(act(id, u"transfer"_s, {{u"counterId"_s, u"9"_s}}).status, 400);
    QCOMPARE(statusOf(id), u"serving"_s);
}

void tst_QueueApi::queueShowsEstimates()
{
    // Nobody staffed yet: one counter assumed, the typical duration (A: 15 min).
    const QJsonObject a1 = issue(kPersonalausweis);
    const QJsonObject a2 = issue(kPersonalausweis);
    const QJsonObject a3 = issue(kPersonalausweis);
    HttpResult queue = m_http->get(u"/api/v1/queue?officeId=1"_s, m_clerk);
    QCOMPARE(queue.status, 200);
    QJsonArray tickets = queue.json.toObject().value(u"tickets"_s).toArray();
    QCOMPARE(tickets.size(), 3);
    QCOMPARE(tickets.at(0).toObject().value(u"id"_s), a1.value(u"id"_s));
    QCOMPARE(tickets.at(0).toObject().value(u"estimatedWaitMinutes"_s).toInt(), 15);
    QCOMPARE(tickets.at(1).toObject().value(u"estimatedWaitMinutes"_s).toInt(), 30);
    QCOMPARE(tickets.at(2).toObject().value(u"estimatedWaitMinutes"_s).toInt(), 45);
    QCOMPARE(queue.json.toObject().value(u"noShowAfterCalls"_s).toInt(), 2);

    // Two counters at work now, each with a visitor for 15 minutes: the next
    // one is called when the first of them is free.
    callNext(u"1"_s); // a1
    callNext(u"2"_s); // a2
    queue = m_http->get(u"/api/v1/queue?officeId=1"_s, m_clerk);
    tickets = queue.json.toObject().value(u"tickets"_s).toArray();
    QCOMPARE(tickets.size(), 3); // called ones are listed too
    QCOMPARE(tickets.at(2).toObject().value(u"id"_s), a3.value(u"id"_s));
    QCOMPARE(tickets.at(2).toObject().value(u"estimatedWaitMinutes"_s).toInt(), 15);
    for (const QJsonValue &value : queue.json.toObject().value(u"services"_s).toArray()) {
        const QJsonObject service = value.toObject();
        if (service.value(u"serviceId"_s).toString() == kPersonalausweis)
            QCOMPARE(service.value(u"waiting"_s).toInt(), 1);
    }
    QCOMPARE(m_http->get(u"/api/v1/queue"_s, m_clerk).status, 400);
    QCOMPARE(m_http->get(u"/api/v1/queue?officeId=77"_s, m_clerk).status, 404);
}

void tst_QueueApi::estimatesFollowTheDispatchersOrder()
{
    const QByteArray admin = m_http->login(u"admin"_s, u"demo"_s);
    QVERIFY(!admin.isEmpty());
    // A clock that stands still: every ticket is drawn in the same
    // millisecond as the estimate is made (on a fast machine that happens),
    // and a new ticket must still be the last in line.
    const qint64 frozen = m_server->backend().clock();
    m_server->backend().clock = [frozen] { return frozen; };
    const auto setPolicy = [&](const QJsonValue &policy) {
        return m_http
            ->send("PUT", u"/api/v1/offices/1/settings"_s,
                   QJsonDocument(QJsonObject{{u"dispatchPolicy"_s, policy}}).toJson(), admin)
            .status;
    };
    const auto estimates = [this](QStringList *ids, int *newF) {
        const QJsonObject queue =
            m_http->get(u"/api/v1/queue?officeId=1"_s, m_clerk).json.toObject();
        QList<int> minutes;
        ids->clear();
        for (const QJsonValue &ticket : queue.value(u"tickets"_s).toArray()) {
            ids->append(ticket[u"id"_s].toString());
            minutes.append(ticket[u"estimatedWaitMinutes"_s].toInt());
        }
        for (const QJsonValue &service : queue.value(u"services"_s).toArray()) {
            if (service[u"serviceId"_s].toString() == kMelde)
                *newF = service[u"estimatedWaitMinutes"_s].toInt();
        }
        return minutes;
    };
    // Nobody at work: one counter is assumed, busy for one visit of the first
    // in line (A: 15 minutes, F: 5).
    QCOMPARE(setPolicy(u"fifo"_s), 200);
    const QString a1 = issue(kPersonalausweis).value(u"id"_s).toString();
    const QString a2 = issue(kPersonalausweis).value(u"id"_s).toString();
    const QJsonObject f1 = issue(kMelde);
    const QString a3 = issue(kPersonalausweis).value(u"id"_s).toString();
    QCOMPARE(f1.value(u"estimatedWaitMinutes"_s).toInt(), 45); // on its slip too
    QStringList ids;
    int newF = -1;
    // In line order: A, A, F, A; a new F once the last A is done.
    QCOMPARE(estimates(&ids, &newF), (QList<int>{15, 30, 45, 50}));
    QCOMPARE(ids, (QStringList{a1, a2, f1.value(u"id"_s).toString(), a3}));
    QCOMPARE(newF, 65);
    // Tresen's order: after 15 minutes the short visit has waited three times
    // its length, the long ones once theirs: F first, then the A's in line;
    // a new F would come right after it.
    QCOMPARE(setPolicy(u"tresen"_s), 200);
    QCOMPARE(estimates(&ids, &newF), (QList<int>{20, 35, 15, 50}));
    QCOMPARE(newF, 20);
    QCOMPARE(setPolicy(QJsonValue::Null), 200);
}

void tst_QueueApi::estimatesCountTheBookedStillToCome()
{
    const QDate day = TestSupport::mondayWeeksAhead(9);
    const auto at = [day](int hour, int minute) {
        return QDateTime(day, QTime(hour, minute)).toMSecsSinceEpoch();
    };
    const auto setClock = [this](qint64 msecs) {
        const qint64 offset = msecs - QDateTime::currentMSecsSinceEpoch();
        m_server->backend().clock = [offset] {
            return QDateTime::currentMSecsSinceEpoch() + offset;
        };
    };
    const auto estimateOf = [this](const QString &id) {
        for (const QJsonValue &ticket :
             m_http->get(u"/api/v1/queue?officeId=1"_s, m_clerk).json[u"tickets"_s].toArray()) {
            if (ticket[u"id"_s].toString() == id)
                return ticket[u"estimatedWaitMinutes"_s].toInt();
        }
        return -1;
    };
    const auto book = [this](qint64 startsAt, const QString &name) {
        return m_http->send("POST", u"/api/v1/appointments"_s,
                            QJsonDocument(QJsonObject{{u"serviceId"_s, kPersonalausweis},
                                                      {u"startsAt"_s, isoTimeFromMSecs(startsAt)},
                                                      {u"name"_s, name}})
                                .toJson(),
                            m_clerk);
    };
    const HttpResult booked = book(at(9, 0), u"Erika Mustermann"_s);
    QVERIFY2(booked.status == 201, booked.body.constData());

    // 8:50, nobody at work: one counter assumed, free at 9:05 (A: 15
    // minutes). The booked visitor is due then and goes first, so the two
    // walk-ins are told 30 and 45 minutes, not 15 and 30.
    setClock(at(8, 50));
    const QString a1 = issue(kPersonalausweis).value(u"id"_s).toString();
    const QString a2 = issue(kPersonalausweis).value(u"id"_s).toString();
    QCOMPARE(estimateOf(a1), 30);
    QCOMPARE(estimateOf(a2), 45);

    // 8:55, checked in: now a ticket in line, counted once (the counter is
    // free at 9:10, calls the appointment, then the walk-ins).
    setClock(at(8, 55));
    const HttpResult checkIn = m_http->send(
        "POST", u"/api/v1/appointments/check-in"_s,
        QJsonDocument(QJsonObject{{u"bookingCode"_s, booked.json[u"bookingCode"_s]}}).toJson(),
        m_kiosk);
    QVERIFY2(checkIn.status == 201, checkIn.body.constData());
    QCOMPARE(estimateOf(checkIn.json[u"id"_s].toString()), 15);
    QCOMPARE(estimateOf(a1), 30);
    QCOMPARE(estimateOf(a2), 45);

    // Another Monday: a booking of 9:00 nobody checks in for counts until
    // five minutes after its start, then as a no-show.
    const QDate later = day.addDays(7);
    const auto laterAt = [later](int hour, int minute) {
        return QDateTime(later, QTime(hour, minute)).toMSecsSinceEpoch();
    };
    const HttpResult missed = book(laterAt(9, 0), u"Max Mustermann"_s);
    QVERIFY2(missed.status == 201, missed.body.constData());
    setClock(laterAt(9, 4));
    const QString walkIn = issue(kPersonalausweis).value(u"id"_s).toString();
    QCOMPARE(estimateOf(walkIn), 30); // after the booked visitor
    setClock(laterAt(9, 6));
    QCOMPARE(estimateOf(walkIn), 15);
}

void tst_QueueApi::twoQuickTicketsDoNotOverturnTheEstimate()
{
    QStringList ids;
    for (int i = 0; i < 5; ++i)
        ids.append(issue(kPersonalausweis).value(u"id"_s).toString());
    // Two visitors served in seconds at counter 1, the third one is there now.
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(callNext(u"1"_s).json[u"id"_s].toString(), ids.at(i));
        QCOMPARE(act(ids.at(i), u"start"_s).status, 200);
        QCOMPARE(act(ids.at(i), u"finish"_s).status, 200);
    }
    QCOMPARE(callNext(u"1"_s).json[u"id"_s].toString(), ids.at(2));
    const QJsonArray tickets =
        m_http->get(u"/api/v1/queue?officeId=1"_s, m_clerk).json[u"tickets"_s].toArray();
    QCOMPARE(tickets.size(), 3);
    // Still the typical 15 minutes each, not the two quick ones' median.
    QCOMPARE(tickets.at(1)[u"id"_s].toString(), ids.at(3));
    QCOMPARE(tickets.at(1)[u"estimatedWaitMinutes"_s].toInt(), 15);
    QCOMPARE(tickets.at(2)[u"estimatedWaitMinutes"_s].toInt(), 30);
}

void tst_QueueApi::recentCallsForTheDisplay()
{
    const QJsonObject a = issue(kPersonalausweis);
    const QJsonObject b = issue(kReisepass);
    callNext(u"3"_s);
    callNext(u"6"_s); // serves neither: nothing
    callNext(u"4"_s);
    const HttpResult calls = m_http->get(u"/api/v1/calls?officeId=1&limit=6"_s, m_display);
    QCOMPARE(calls.status, 200);
    const QJsonArray list = calls.json.toArray();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).toObject().value(u"number"_s), b.value(u"number"_s)); // newest first
    QCOMPARE(list.at(0).toObject().value(u"counterName"_s).toString(), u"Schalter 4"_s);
    QCOMPARE(list.at(1).toObject().value(u"number"_s), a.value(u"number"_s));
    // What a display gets never names anybody: there is nothing personal in a call.
    QCOMPARE(list.at(0).toObject().keys(),
             (QStringList{u"callCount"_s, u"calledAt"_s, u"counterId"_s, u"counterName"_s,
                          u"number"_s, u"status"_s, u"ticketId"_s}));

    // Put back in line or finished: no longer a call.
    const auto act = [this](const QJsonObject &ticket, const QString &step) {
        return m_http
            ->send("POST", u"/api/v1/tickets/%1/%2"_s.arg(ticket.value(u"id"_s).toString(), step),
                   "{}", m_clerk)
            .status;
    };
    QCOMPARE(act(b, u"requeue"_s), 200);
    QCOMPARE(act(a, u"start"_s), 200);
    const QJsonArray serving = m_http->get(u"/api/v1/calls?officeId=1"_s, m_display).json.toArray();
    QCOMPARE(serving.size(), 1);
    QCOMPARE(serving.at(0).toObject().value(u"number"_s), a.value(u"number"_s));
    QCOMPARE(act(a, u"finish"_s), 200);
    QCOMPARE(m_http->get(u"/api/v1/calls?officeId=1"_s, m_display).json.toArray().size(), 0);
}

void tst_QueueApi::rolesOfQueueRoutes()
{
    const QString id = issue(kPersonalausweis).value(u"id"_s).toString();
    QCOMPARE(m_http->get(u"/api/v1/queue?officeId=1"_s, m_display).status, 200);
    QCOMPARE(m_http->send("POST", u"/api/v1/counters/1/call-next"_s, "{}", m_display).status, 403);
    QCOMPARE(m_http->send("POST", u"/api/v1/counters/1/call-next"_s, "{}", m_kiosk).status, 403);
    QCOMPARE(m_http->send("POST", u"/api/v1/tickets/%1/cancel"_s.arg(id), "{}", m_kiosk).status,
             403);
    QCOMPARE(m_http->send("POST", u"/api/v1/tickets"_s, R"({"serviceId":"1"})", m_display).status,
             403);
    QCOMPARE(m_http->send("POST", u"/api/v1/counters/1/call-next"_s, "{}").status, 401);
}

void tst_QueueApi::actionsArePushedAsEvents()
{
    QWebSocket socket;
    QSignalSpy messages(&socket, &QWebSocket::textMessageReceived);
    QVERIFY(TestSupport::openEvents(socket, m_server->baseUrl(), m_display));

    const QString id = issue(kPersonalausweis).value(u"id"_s).toString();
    callNext(u"1"_s);
    act(id, u"recall"_s);
    act(id, u"start"_s);
    act(id, u"finish"_s);
    QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 5, 10000);
    QStringList events;
    qint64 previous = 0;
    for (const QList<QVariant> &message : messages) {
        const auto change =
            Change::fromJson(QJsonDocument::fromJson(message.at(0).toString().toUtf8()).object());
        QVERIFY(change);
        QCOMPARE(change->entity, u"ticket"_s);
        QCOMPARE(change->id, id);
        QVERIFY(change->revision > previous);
        previous = change->revision;
        events.append(change->event);
    }
    QCOMPARE(events, (QStringList{u"ticket.created"_s, u"ticket.called"_s, u"ticket.recalled"_s,
                                  u"ticket.started"_s, u"ticket.finished"_s}));
}

void tst_QueueApi::undoTakesBackANoShow()
{
    QWebSocket socket;
    QSignalSpy messages(&socket, &QWebSocket::textMessageReceived);
    QVERIFY(TestSupport::openEvents(socket, m_server->baseUrl(), m_display));

    const QString id = issue(kPersonalausweis).value(u"id"_s).toString();
    QCOMPARE(callNext(u"1"_s).json[u"id"_s].toString(), id);
    act(id, u"recall"_s);
    QCOMPARE(act(id, u"no-show"_s).status, 200);
    const HttpResult undone = act(id, u"undo"_s);
    QCOMPARE(undone.status, 200);
    QCOMPARE(undone.json[u"status"_s].toString(), u"called"_s);
    QCOMPARE(undone.json[u"counterId"_s].toString(), u"1"_s); // the same counter
    QCOMPARE(undone.json[u"callCount"_s].toInt(), 2);
    QVERIFY(undone.json[u"finishedAt"_s].isNull());
    QCOMPARE(statusOf(id), u"called"_s);
    // The counter holds it again: no one else is called, and it goes on as before.
    QCOMPARE(callNext(u"1"_s).status, 409);
    QCOMPARE(act(id, u"start"_s).status, 200);
    QCOMPARE(
        undoAudits(id),
        QStringList{uR"(mueller {"after":{"status":"called"},"before":{"status":"no_show"}})"_s});

    QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 6, 10000);
    QStringList events;
    for (const QList<QVariant> &message : messages) {
        const auto change =
            Change::fromJson(QJsonDocument::fromJson(message.at(0).toString().toUtf8()).object());
        QVERIFY(change);
        events.append(change->event);
    }
    QCOMPARE(events, (QStringList{u"ticket.created"_s, u"ticket.called"_s, u"ticket.recalled"_s,
                                  u"ticket.no_show"_s, u"ticket.undone"_s, u"ticket.started"_s}));
}

void tst_QueueApi::undoPutsACancelledTicketBackInItsPlace()
{
    const QJsonObject a1 = issue(kPersonalausweis);
    const QJsonObject a2 = issue(kPersonalausweis, {{u"priority"_s, 2}});
    const QJsonObject a3 = issue(kPersonalausweis);
    const QString id = a2.value(u"id"_s).toString();
    QCOMPARE(act(id, u"cancel"_s).status, 200);
    const HttpResult undone = act(id, u"undo"_s);
    QCOMPARE(undone.status, 200);
    QCOMPARE(undone.json[u"status"_s].toString(), u"waiting"_s);
    QCOMPARE(undone.json[u"queuedAt"_s], a2.value(u"queuedAt"_s)); // its place in line
    QCOMPARE(undone.json[u"priority"_s].toInt(), 2);
    QVERIFY(undone.json[u"finishedAt"_s].isNull());
    QCOMPARE(undoAudits(id),
             QStringList{
                 uR"(mueller {"after":{"status":"waiting"},"before":{"status":"cancelled"}})"_s});

    // Its old place: first by its priority, the others in the order they came.
    const QJsonArray tickets =
        m_http->get(u"/api/v1/queue?officeId=1"_s, m_clerk).json[u"tickets"_s].toArray();
    QStringList order;
    for (const QJsonValue &ticket : tickets)
        order.append(ticket[u"id"_s].toString());
    QCOMPARE(order, (QStringList{id, a1.value(u"id"_s).toString(), a3.value(u"id"_s).toString()}));
    QCOMPARE(callNext(u"1"_s).json[u"id"_s].toString(), id);
}

void tst_QueueApi::undoRefusals()
{
    const QString a = issue(kPersonalausweis).value(u"id"_s).toString();
    const QString b = issue(kPersonalausweis).value(u"id"_s).toString();
    const QString c = issue(kPersonalausweis).value(u"id"_s).toString();
    const auto codeOf = [](const HttpResult &result) {
        return result.status == 409 ? result.json[u"code"_s].toString() : QString();
    };

    // Nothing to take back: waiting, or taken back already.
    QCOMPARE(codeOf(act(a, u"undo"_s)), u"transition-refused"_s);
    QCOMPARE(act(c, u"cancel"_s).status, 200);
    QCOMPARE(act(c, u"undo"_s).status, 200);
    QCOMPARE(codeOf(act(c, u"undo"_s)), u"transition-refused"_s);
    QCOMPARE(statusOf(c), u"waiting"_s);

    // Only the clerk who marked it takes it back: another counter cannot see
    // what they would undo.
    QCOMPARE(act(c, u"cancel"_s).status, 200);
    const QByteArray yilmaz = m_http->login(u"yilmaz"_s, u"demo"_s);
    QCOMPARE(codeOf(m_http->send("POST", u"/api/v1/tickets/%1/undo"_s.arg(c), "{}", yilmaz)),
             u"undo-not-yours"_s);
    QCOMPARE(statusOf(c), u"cancelled"_s);
    QCOMPARE(act(c, u"undo"_s).status, 200);

    // The counter called the next one meanwhile.
    callNext(u"1"_s); // a
    act(a, u"recall"_s);
    QCOMPARE(act(a, u"no-show"_s).status, 200);
    QCOMPARE(callNext(u"1"_s).json[u"id"_s].toString(), b);
    QCOMPARE(codeOf(act(a, u"undo"_s)), u"counter-moved-on"_s);
    QCOMPARE(statusOf(a), u"no_show"_s);

    // Too late: the window is two minutes.
    act(b, u"start"_s);
    act(b, u"finish"_s);
    QCOMPARE(codeOf(act(b, u"undo"_s)), u"transition-refused"_s); // done is done
    QCOMPARE(act(c, u"cancel"_s).status, 200);
    const qint64 offset = m_dayOffset * kDayMs + 2 * 60 * 1000 + 5000;
    m_server->backend().clock = [offset] { return QDateTime::currentMSecsSinceEpoch() + offset; };
    QCOMPARE(codeOf(act(c, u"undo"_s)), u"undo-too-late"_s);
    QCOMPARE(codeOf(act(a, u"undo"_s)), u"undo-too-late"_s);
    QCOMPARE(statusOf(c), u"cancelled"_s);
    QCOMPARE(undoAudits(a), QStringList());
    QCOMPARE(undoAudits(c).size(), 2); // the two that were taken back

    // A counter retired meanwhile calls nobody back.
    const QByteArray admin = m_http->login(u"admin"_s, u"demo"_s);
    const HttpResult spare =
        m_http->send("POST", u"/api/v1/counters"_s,
                     QJsonDocument(QJsonObject{{u"officeId"_s, u"1"_s},
                                               {u"name"_s, u"Platz für die Probe"_s},
                                               {u"serviceIds"_s, QJsonArray{kPersonalausweis}}})
                         .toJson(),
                     admin);
    QCOMPARE(spare.status, 201);
    const QString spareId = spare.json[u"id"_s].toString();
    const QString d = issue(kPersonalausweis).value(u"id"_s).toString();
    QCOMPARE(callNext(spareId).json[u"id"_s].toString(), d);
    QCOMPARE(act(d, u"recall"_s).status, 200);
    QCOMPARE(act(d, u"no-show"_s).status, 200);
    QCOMPARE(m_http
                 ->send("PATCH", u"/api/v1/counters/"_s + spareId,
                        QJsonDocument(QJsonObject{{u"active"_s, false}}).toJson(), admin)
                 .status,
             200);
    QCOMPARE(codeOf(act(d, u"undo"_s)), u"counter-moved-on"_s);
    QCOMPARE(statusOf(d), u"no_show"_s);

    // Same roles as the other steps.
    QCOMPARE(m_http->send("POST", u"/api/v1/tickets/%1/undo"_s.arg(c), "{}", m_kiosk).status, 403);
    QCOMPARE(m_http->send("POST", u"/api/v1/tickets/%1/undo"_s.arg(c), "{}", m_display).status,
             403);
    QCOMPARE(m_http->send("POST", u"/api/v1/tickets/%1/undo"_s.arg(c), "{}").status, 401);
    QCOMPARE(act(u"999999"_s, u"undo"_s).status, 404);
}

void tst_QueueApi::undoWindowIsTwoMinutes()
{
    const qint64 base =
        QDateTime(QDate::currentDate().addDays(m_dayOffset), QTime(10, 0)).toMSecsSinceEpoch();
    const auto at = [this](qint64 msecs) { m_server->backend().clock = [msecs] { return msecs; }; };
    at(base);
    const QString id = issue(kPersonalausweis).value(u"id"_s).toString();
    QCOMPARE(act(id, u"cancel"_s).status, 200);
    at(base + 115 * 1000); // 1:55 later: still
    QCOMPARE(act(id, u"undo"_s).status, 200);
    QCOMPARE(act(id, u"cancel"_s).status, 200);
    at(base + 115 * 1000 + 125 * 1000); // 2:05 after the second cancellation: no more
    const HttpResult late = act(id, u"undo"_s);
    QCOMPARE(late.status, 409);
    QCOMPARE(late.json[u"code"_s].toString(), u"undo-too-late"_s);
    QCOMPARE(statusOf(id), u"cancelled"_s);
}

void tst_QueueApi::callNextFollowsTheOfficesPolicy()
{
    const QByteArray admin = m_http->login(u"admin"_s, u"demo"_s);
    QVERIFY(!admin.isEmpty());
    const auto setPolicy = [&](const QJsonValue &policy) {
        const HttpResult set =
            m_http->send("PUT", u"/api/v1/offices/1/settings"_s,
                         QJsonDocument(QJsonObject{{u"dispatchPolicy"_s, policy}}).toJson(), admin);
        QVERIFY2(set.status == 200, set.body.constData());
    };
    const qint64 base =
        QDateTime(QDate::currentDate().addDays(m_dayOffset), QTime(10, 0)).toMSecsSinceEpoch();
    const auto at = [this](qint64 msecs) { m_server->backend().clock = [msecs] { return msecs; }; };
    const auto serve = [this](const QString &id) {
        QCOMPARE(act(id, u"start"_s).status, 200);
        QCOMPARE(act(id, u"finish"_s).status, 200);
    };
    constexpr qint64 kMinute = 60 * 1000;

    // A passport (15 minutes) since 10:00, a registration certificate (5
    // minutes) since 10:01; at 10:03 Schalter 1, which does both, calls.
    const auto twoInLine = [&](qint64 start) {
        at(start);
        const QString longVisit = issue(kPersonalausweis).value(u"id"_s).toString();
        at(start + kMinute);
        const QString shortVisit = issue(kMelde).value(u"id"_s).toString();
        at(start + 3 * kMinute);
        return std::pair(longVisit, shortVisit);
    };
    // fifo: in line order.
    setPolicy(u"fifo"_s);
    auto [longVisit, shortVisit] = twoInLine(base);
    QCOMPARE(callNext(u"1"_s).json[u"id"_s].toString(), longVisit);
    serve(longVisit);
    QCOMPARE(callNext(u"1"_s).json[u"id"_s].toString(), shortVisit);
    serve(shortVisit);
    // tresen: the short visit has waited 2 of its 5 minutes, the long one 3
    // of its 15: the short one's response ratio is higher.
    setPolicy(u"tresen"_s);
    std::tie(longVisit, shortVisit) = twoInLine(base + 60 * kMinute);
    QCOMPARE(callNext(u"1"_s).json[u"id"_s].toString(), shortVisit);
    serve(shortVisit);
    QCOMPARE(callNext(u"1"_s).json[u"id"_s].toString(), longVisit);
    serve(longVisit);
    // zms: a ticket called within the last 5 minutes waits, also ahead in line.
    setPolicy(u"zms"_s);
    std::tie(longVisit, shortVisit) = twoInLine(base + 120 * kMinute);
    QCOMPARE(callNext(u"1"_s).json[u"id"_s].toString(), longVisit);
    QCOMPARE(act(longVisit, u"start"_s).status, 200);
    QCOMPARE(act(longVisit, u"transfer"_s, {{u"serviceId"_s, kMelde}}).status, 200);
    QCOMPARE(callNext(u"1"_s).json[u"id"_s].toString(), shortVisit);
    serve(shortVisit);
    at(base + 129 * kMinute); // 6 minutes after its call: its pause is over
    QCOMPARE(callNext(u"1"_s).json[u"id"_s].toString(), longVisit);
    serve(longVisit);
    const HttpResult unknown = m_http->send(
        "PUT", u"/api/v1/offices/1/settings"_s,
        QJsonDocument(QJsonObject{{u"dispatchPolicy"_s, u"lottery"_s}}).toJson(), admin);
    QCOMPARE(unknown.status, 400);
    QCOMPARE(m_http->get(u"/api/v1/offices/1/settings"_s, admin)
                 .json[u"effective"_s][u"dispatchPolicy"_s]
                 .toString(),
             u"zms"_s);
    setPolicy(QJsonValue::Null); // back to the server's option
    QCOMPARE(m_http->get(u"/api/v1/offices/1/settings"_s, admin)
                 .json[u"effective"_s][u"dispatchPolicy"_s]
                 .toString(),
             u"tresen"_s);
}

QTEST_GUILESS_MAIN(tst_QueueApi)
#include "tst_queueapi.moc"
