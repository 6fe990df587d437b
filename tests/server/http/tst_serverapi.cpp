// The HTTP API over real loopback HTTP, against SQLite or PostgreSQL
// (TRESEN_TEST_BACKEND): login, the 401/403 matrix, 400/404/405/413,
// idempotent replays, the changes feed and the events WebSocket.

#include "core/domain/change.h"
#include "server/http/apiserver.h"
#include "server/instance/backend.h"
#include "server/instance/serverinstance.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QWebSocket>

using namespace Qt::StringLiterals;
using TestSupport::HttpClient;
using TestSupport::HttpResult;

class tst_ServerApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void health();
    void login_data();
    void login();
    void loginRejectsMalformedBodies_data();
    void loginRejectsMalformedBodies();
    void wrongPasswordsSlowDownGuessing();
    void access_data();
    void access();
    void listsFilterByOffice();
    void unknownIdsAndRoutes();
    void methodNotAllowed();
    void bodyTooLarge();
    void malformedWriteBodies_data();
    void malformedWriteBodies();
    void idempotentReplay();
    void idempotencyKeepsOnlyTheIdOfOtherAnswers();
    void idempotencyStoresOnlyStatusAndIdOfUnknownKinds();
    void changesFeedPages();
    void changesFeedRejectsBadArguments();
    void webSocketReceivesEachChange();
    void webSocketNeedsToken();
    void eventsWithoutAnUpgradeAreRefused();
    void logoutEndsSession();

private:
    QByteArray token(const QString &who) const { return m_tokens.value(who); }
    qint64 latestRevision();
    HttpResult patchCounter(const QString &id, const QJsonObject &body, const QByteArray &token,
                            const QByteArray &idempotencyKey = {});

    QTemporaryDir m_dir;
    std::unique_ptr<ServerInstance> m_server;
    std::unique_ptr<HttpClient> m_http;
    QHash<QString, QByteArray> m_tokens;
};

void tst_ServerApi::initTestCase()
{
    DatabaseUrl url;
    TRESEN_FRESH_DATABASE(url, u"tst_serverapi"_s, m_dir);
    QString error;
    m_server = TestSupport::startDemoServer(url, &error);
    QVERIFY2(m_server, qPrintable(error));
    QCOMPARE(m_server->demoLogins().size(), 7);
    m_http = std::make_unique<HttpClient>(QUrl(m_server->baseUrl()));
    const QStringList logins{u"mueller"_s, u"schmidt"_s, u"weber"_s,
                             u"admin"_s,   u"anzeige"_s, u"kiosk"_s};
    for (const QString &login : logins) {
        m_tokens.insert(login, m_http->login(login, u"demo"_s));
        QVERIFY2(!m_tokens.value(login).isEmpty(), qPrintable(login));
    }
    m_tokens.insert(u"bogus"_s, "not-a-real-token");
}

void tst_ServerApi::cleanupTestCase()
{
    m_http.reset();
    m_server.reset();
}

qint64 tst_ServerApi::latestRevision()
{
    const HttpResult result = m_http->get(u"/api/v1/changes?since=0&limit=1"_s, token(u"weber"_s));
    return result.json.toObject().value(u"revision"_s).toInteger();
}

HttpResult tst_ServerApi::patchCounter(const QString &id, const QJsonObject &body,
                                       const QByteArray &token, const QByteArray &idempotencyKey)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!idempotencyKey.isEmpty())
        headers.append(qMakePair(QByteArray("Idempotency-Key"), idempotencyKey));
    return m_http->send("PATCH", u"/api/v1/counters/"_s + id,
                        QJsonDocument(body).toJson(QJsonDocument::Compact), token, headers);
}

void tst_ServerApi::health()
{
    const HttpResult result = m_http->get(u"/api/v1/health"_s);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json.toObject().value(u"status"_s).toString(), u"ok"_s);
}

void tst_ServerApi::login_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("roles");
    QTest::addRow("clerk") << u"mueller"_s << u"demo"_s << 200 << QStringList{u"clerk"_s};
    QTest::addRow("two roles") << u"weber"_s << u"demo"_s << 200
                               << QStringList{u"clerk"_s, u"supervisor"_s};
    QTest::addRow("display device")
        << u"anzeige"_s << u"demo"_s << 200 << QStringList{u"display"_s};
    QTest::addRow("wrong password") << u"mueller"_s << u"Demo"_s << 401 << QStringList();
    QTest::addRow("unknown user") << u"nobody"_s << u"demo"_s << 401 << QStringList();
    QTest::addRow("empty password") << u"mueller"_s << u""_s << 401 << QStringList();
}

void tst_ServerApi::login()
{
    QFETCH(QString, login);
    QFETCH(QString, password);
    QFETCH(int, status);
    QFETCH(QStringList, roles);
    const QByteArray body =
        QJsonDocument(QJsonObject{{u"login"_s, login}, {u"password"_s, password}}).toJson();
    const HttpResult result = m_http->send("POST", u"/api/v1/session"_s, body);
    QCOMPARE(result.status, status);
    const QJsonObject json = result.json.toObject();
    if (status != 200) {
        QCOMPARE(result.header("Content-Type"), QByteArray("application/problem+json"));
        QCOMPARE(json.value(u"status"_s).toInt(), status);
        QVERIFY(!json.contains(u"token"_s));
        return;
    }
    const QString newToken = json.value(u"token"_s).toString();
    QVERIFY(newToken.size() >= 40);
    QCOMPARE(json.value(u"user"_s).toObject().value(u"login"_s).toString(), login);
    QStringList gotRoles;
    for (const QJsonValue &role : json.value(u"user"_s).toObject().value(u"roles"_s).toArray())
        gotRoles.append(role.toString());
    QCOMPARE(gotRoles, roles);
    // The new token works at once.
    QCOMPARE(m_http->get(u"/api/v1/offices"_s, newToken.toLatin1()).status, 200);
}

void tst_ServerApi::wrongPasswordsSlowDownGuessing()
{
    // The server's clock moved by hand: no waiting in the test.
    qint64 offset = 0;
    m_server->backend().clock = [&offset] { return QDateTime::currentMSecsSinceEpoch() + offset; };
    const auto attempt = [this](const QString &password) {
        return m_http->send(
            "POST", u"/api/v1/session"_s,
            QJsonDocument(QJsonObject{{u"login"_s, u"schmidt"_s}, {u"password"_s, password}})
                .toJson());
    };
    for (int i = 0; i < LoginThrottle::kFreeAttempts; ++i)
        QCOMPARE(attempt(u"geraten%1"_s.arg(i)).status, 401);
    // Locked: even the right password is not checked now.
    HttpResult refused = attempt(u"demo"_s);
    QCOMPARE(refused.status, 429);
    QCOMPARE(refused.header("Retry-After"), QByteArray("30"));
    QCOMPARE(refused.json.toObject().value(u"code"_s).toString(), u"login-throttled"_s);
    QCOMPARE(refused.json.toObject().value(u"retryAfter"_s).toInt(), 30);
    // Other users are not affected.
    QCOMPARE(m_http->login(u"mueller"_s, u"demo"_s).isEmpty(), false);
    // After the wait one more wrong guess locks twice as long…
    offset += 31'000;
    QCOMPARE(attempt(u"nochmal"_s).status, 401);
    QCOMPARE(attempt(u"demo"_s).header("Retry-After"), QByteArray("60"));
    // …and the right password after it starts afresh.
    offset += 61'000;
    QCOMPARE(attempt(u"demo"_s).status, 200);
    QCOMPARE(attempt(u"falsch"_s).status, 401);
    QCOMPARE(attempt(u"demo"_s).status, 200);
    m_server->backend().clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
}

void tst_ServerApi::loginRejectsMalformedBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addRow("not json") << QByteArray("{login: mueller");
    QTest::addRow("array") << QByteArray("[\"mueller\", \"demo\"]");
    QTest::addRow("login is a number") << QByteArray(R"({"login": 5, "password": "demo"})");
    QTest::addRow("no password") << QByteArray(R"({"login": "mueller"})");
    QTest::addRow("empty object") << QByteArray("{}");
}

void tst_ServerApi::loginRejectsMalformedBodies()
{
    QFETCH(QByteArray, body);
    const HttpResult result = m_http->send("POST", u"/api/v1/session"_s, body);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.header("Content-Type"), QByteArray("application/problem+json"));
    QVERIFY(!result.json.toObject().value(u"detail"_s).toString().isEmpty());
}

void tst_ServerApi::access_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("status");

    const QStringList readRoutes{u"/api/v1/offices"_s,         u"/api/v1/services"_s,
                                 u"/api/v1/counters"_s,        u"/api/v1/counters/1"_s,
                                 u"/api/v1/changes?since=0"_s, u"/api/v1/session"_s};
    const QStringList everyone{u"mueller"_s, u"schmidt"_s, u"weber"_s,
                               u"admin"_s,   u"anzeige"_s, u"kiosk"_s};
    for (const QString &path : readRoutes) {
        QTest::addRow("GET %s without token", qPrintable(path))
            << QByteArray("GET") << path << u""_s << 401;
        QTest::addRow("GET %s with a bogus token", qPrintable(path))
            << QByteArray("GET") << path << u"bogus"_s << 401;
        for (const QString &who : everyone)
            QTest::addRow("GET %s as %s", qPrintable(path), qPrintable(who))
                << QByteArray("GET") << path << who << 200;
    }
    // Counters are set up by supervisors and administrators only.
    const QHash<QString, int> patchCounter{
        {u""_s, 401},        {u"bogus"_s, 401}, {u"mueller"_s, 403}, {u"schmidt"_s, 403},
        {u"anzeige"_s, 403}, {u"kiosk"_s, 403}, {u"weber"_s, 200},   {u"admin"_s, 200},
    };
    for (auto it = patchCounter.cbegin(); it != patchCounter.cend(); ++it)
        QTest::addRow("PATCH counter as %s", it.key().isEmpty() ? "nobody" : qPrintable(it.key()))
            << QByteArray("PATCH") << u"/api/v1/counters/8"_s << it.key() << it.value();
    QTest::addRow("events without token")
        << QByteArray("GET") << u"/api/v1/events"_s << u""_s << 401;
    QTest::addRow("logout without token")
        << QByteArray("DELETE") << u"/api/v1/session"_s << u""_s << 401;
    QTest::addRow("health is public") << QByteArray("GET") << u"/api/v1/health"_s << u""_s << 200;
}

void tst_ServerApi::access()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, who);
    QFETCH(int, status);
    const QByteArray body =
        method == "PATCH" ? QByteArray(R"({"name": "Schalter 8"})") : QByteArray();
    const HttpResult result = m_http->send(method, path, body, token(who));
    QCOMPARE(result.status, status);
    if (status >= 400) {
        QCOMPARE(result.header("Content-Type"), QByteArray("application/problem+json"));
        QCOMPARE(result.json.toObject().value(u"status"_s).toInt(), status);
    }
}

void tst_ServerApi::listsFilterByOffice()
{
    const HttpResult offices = m_http->get(u"/api/v1/offices"_s, token(u"mueller"_s));
    QCOMPARE(offices.json.toArray().size(), 2);
    const QString buergeramt = offices.json.toArray().at(0).toObject().value(u"id"_s).toString();
    QCOMPARE(offices.json.toArray().at(0).toObject().value(u"name"_s).toString(),
             u"Bürgeramt Mitte"_s);

    const HttpResult all = m_http->get(u"/api/v1/services"_s, token(u"mueller"_s));
    const HttpResult filtered =
        m_http->get(u"/api/v1/services?officeId="_s + buergeramt, token(u"mueller"_s));
    QCOMPARE(filtered.status, 200);
    QVERIFY(filtered.json.toArray().size() > 0);
    QVERIFY(filtered.json.toArray().size() < all.json.toArray().size());
    for (const QJsonValue &service : filtered.json.toArray())
        QCOMPARE(service.toObject().value(u"officeId"_s).toString(), buergeramt);

    const HttpResult counters =
        m_http->get(u"/api/v1/counters?officeId="_s + buergeramt, token(u"mueller"_s));
    QCOMPARE(counters.json.toArray().size(), 8);
    const QJsonObject first = counters.json.toArray().at(0).toObject();
    QCOMPARE(first.value(u"name"_s).toString(), u"Schalter 1"_s);
    QVERIFY(first.value(u"serviceIds"_s).toArray().size() > 0);

    QCOMPARE(m_http->get(u"/api/v1/services?officeId=abc"_s, token(u"mueller"_s)).status, 400);
    QCOMPARE(m_http->get(u"/api/v1/counters?officeId=-3"_s, token(u"mueller"_s)).status, 400);
    QCOMPARE(m_http->get(u"/api/v1/services?officeId=999"_s, token(u"mueller"_s)).status, 404);
}

void tst_ServerApi::unknownIdsAndRoutes()
{
    QCOMPARE(m_http->get(u"/api/v1/counters/999"_s, token(u"mueller"_s)).status, 404);
    QCOMPARE(m_http->get(u"/api/v1/counters/abc"_s, token(u"mueller"_s)).status, 404);
    QCOMPARE(patchCounter(u"999"_s, {{u"name"_s, u"X"_s}}, token(u"admin"_s)).status, 404);
    const HttpResult unknown = m_http->get(u"/api/v1/no-such-thing"_s, token(u"mueller"_s));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.header("Content-Type"), QByteArray("application/problem+json"));
}

void tst_ServerApi::methodNotAllowed()
{
    const HttpResult result = m_http->send("POST", u"/api/v1/queue"_s, "{}", token(u"admin"_s));
    QCOMPARE(result.status, 405);
    QCOMPARE(result.header("Allow"), QByteArray("GET"));
}

void tst_ServerApi::bodyTooLarge()
{
    const qint64 before = latestRevision();
    QByteArray huge = R"({"name": ")";
    huge += QByteArray(1024 * 1024, 'x');
    huge += R"("})";
    const HttpResult result =
        m_http->send("PATCH", u"/api/v1/counters/2"_s, huge, token(u"admin"_s));
    QCOMPARE(result.status, 413);
    QCOMPARE(latestRevision(), before);
}

void tst_ServerApi::malformedWriteBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addRow("broken json") << QByteArray(R"({"name": "Schalter)");
    QTest::addRow("array") << QByteArray(R"(["Schalter 2"])");
    QTest::addRow("name is a number") << QByteArray(R"({"name": 2})");
    QTest::addRow("empty name") << QByteArray(R"({"name": "  "})");
    QTest::addRow("nothing to change") << QByteArray(R"({})");
    QTest::addRow("service ids not strings") << QByteArray(R"({"serviceIds": [1, 2]})");
    QTest::addRow("service of another office") << QByteArray(R"({"serviceIds": ["9"]})");
}

void tst_ServerApi::malformedWriteBodies()
{
    QFETCH(QByteArray, body);
    const qint64 before = latestRevision();
    const HttpResult result =
        m_http->send("PATCH", u"/api/v1/counters/2"_s, body, token(u"admin"_s));
    QCOMPARE(result.status, 400);
    QCOMPARE(result.header("Content-Type"), QByteArray("application/problem+json"));
    QCOMPARE(latestRevision(), before); // nothing was written
}

void tst_ServerApi::idempotentReplay()
{
    const qint64 before = latestRevision();
    const QJsonObject body{{u"name"_s, u"Schalter 3 (Ausweise)"_s}};
    const HttpResult first = patchCounter(u"3"_s, body, token(u"admin"_s), "key-1");
    QCOMPARE(first.status, 200);
    QVERIFY(first.header("Idempotent-Replayed").isEmpty());
    QCOMPARE(latestRevision(), before + 1);

    const HttpResult replay = patchCounter(u"3"_s, body, token(u"admin"_s), "key-1");
    QCOMPARE(replay.status, 200);
    QCOMPARE(replay.body, first.body);
    QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(latestRevision(), before + 1); // applied once

    // The same key for another request is a client bug, not a replay.
    const HttpResult misuse =
        patchCounter(u"3"_s, {{u"name"_s, u"Anders"_s}}, token(u"admin"_s), "key-1");
    QCOMPARE(misuse.status, 422);

    // Keys belong to a user: another user's identical key is a new request.
    const HttpResult otherUser = patchCounter(u"3"_s, body, token(u"weber"_s), "key-1");
    QCOMPARE(otherUser.status, 200);
    QVERIFY(otherUser.header("Idempotent-Replayed").isEmpty());
    QCOMPARE(latestRevision(), before + 2);

    // A refused request is answered the same way again.
    const HttpResult refused =
        patchCounter(u"3"_s, {{u"serviceIds"_s, QJsonArray{u"9"_s}}}, token(u"admin"_s), "key-2");
    QCOMPARE(refused.status, 400);
    const HttpResult refusedAgain =
        patchCounter(u"3"_s, {{u"serviceIds"_s, QJsonArray{u"9"_s}}}, token(u"admin"_s), "key-2");
    QCOMPARE(refusedAgain.status, 400);
    QCOMPARE(refusedAgain.header("Idempotent-Replayed"), QByteArray("true"));
}

void tst_ServerApi::idempotencyKeepsOnlyTheIdOfOtherAnswers()
{
    const QJsonObject answer{
        {u"id"_s, u"7"_s}, {u"name"_s, u"Rüdiger Geheim"_s}, {u"status"_s, u"new"_s}};
    const HttpReply reply = HttpReply::json(201, answer);
    const QStringList kinds{u"ticket"_s, u"appointment"_s};
    const auto idOnly =
        QJsonDocument(QJsonObject{{u"id"_s, u"7"_s}}).toJson(QJsonDocument::Compact);

    // A kind the store does not know, a known kind without the change the
    // request recorded, and no change at all: status and id only.
    const auto upsert = [&answer](const QString &entity, const QString &id) {
        Change change;
        change.entity = entity;
        change.id = id;
        change.data = answer;
        return change;
    };
    const Change unknown = upsert(u"citizen_note"_s, u"7"_s);
    const Change otherTicket = upsert(u"ticket"_s, u"8"_s);
    for (const QList<Change> &recorded :
         {QList<Change>{unknown}, QList<Change>{otherTicket}, QList<Change>{}}) {
        const auto stored = storedReplyOf("hash", reply, recorded, kinds);
        QCOMPARE(stored.status, 201);
        QCOMPARE(stored.body, idOnly);
        QVERIFY(stored.entity.isEmpty());
    }
    // An answer without an id keeps nothing of its body.
    const auto anonymous = storedReplyOf(
        "hash", HttpReply::json(200, QJsonObject{{u"note"_s, u"Rüdiger Geheim"_s}}), {}, kinds);
    QCOMPARE(anonymous.status, 200);
    QVERIFY(anonymous.body.isEmpty());

    // A known kind is kept as a reference; problems are kept as they are.
    const Change appointment = upsert(u"appointment"_s, u"7"_s);
    const auto reference = storedReplyOf("hash", reply, {appointment}, kinds);
    QCOMPARE(reference.entity, u"appointment"_s);
    QCOMPARE(reference.entityId, u"7"_s);
    QVERIFY(reference.body.isEmpty());
    const HttpReply problem = HttpReply::badRequest(u"name is required."_s);
    QCOMPARE(storedReplyOf("hash", problem, {}, kinds).body, problem.body);
}

void tst_ServerApi::idempotencyStoresOnlyStatusAndIdOfUnknownKinds()
{
    // A wedding slot is no entity the store reads again: blocking one keeps
    // its status and id, not the free-text reason that may name a couple.
    const QDate day = TestSupport::mondayWeeksAhead(5);
    const HttpResult offered =
        m_http->get(u"/api/v1/wedding/slots?from=%1&to=%2"_s.arg(
                        day.toString(Qt::ISODate), day.addDays(4).toString(Qt::ISODate)),
                    token(u"schmidt"_s));
    QCOMPARE(offered.status, 200);
    QString slotId;
    for (const QJsonValue &slot : offered.json.toArray()) {
        if (slot[u"status"_s].toString() == u"free"_s)
            slotId = slot[u"id"_s].toString();
    }
    QVERIFY(!slotId.isEmpty());
    const QByteArray body =
        QJsonDocument(QJsonObject{{u"blocked"_s, true}, {u"reason"_s, u"Familie Sperrvermerk"_s}})
            .toJson(QJsonDocument::Compact);
    const QList<QPair<QByteArray, QByteArray>> key{
        qMakePair(QByteArray("Idempotency-Key"), QByteArray("slot-key-1"))};
    const HttpResult first =
        m_http->send("PATCH", u"/api/v1/wedding/slots/"_s + slotId, body, token(u"schmidt"_s), key);
    QCOMPARE(first.status, 200);
    QVERIFY(first.body.contains("Familie Sperrvermerk")); // the answer itself has it

    const auto user = m_server->backend().users.findByLogin(u"schmidt"_s);
    QVERIFY(user);
    const auto stored = m_server->backend().idempotency.find(user->id, u"slot-key-1"_s);
    QVERIFY(stored);
    QCOMPARE(stored->status, 200);
    QVERIFY(!stored->body.contains("Sperrvermerk"));
    QCOMPARE(QJsonDocument::fromJson(stored->body).object(), (QJsonObject{{u"id"_s, slotId}}));

    const HttpResult replay =
        m_http->send("PATCH", u"/api/v1/wedding/slots/"_s + slotId, body, token(u"schmidt"_s), key);
    QCOMPARE(replay.status, 200);
    QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(replay.json.toObject().value(u"id"_s).toString(), slotId);
    QVERIFY(!replay.body.contains("Sperrvermerk"));
}

void tst_ServerApi::changesFeedPages()
{
    const qint64 latest = latestRevision();
    QVERIFY(latest >= 22); // 2 offices, 10 services, 10 counters at least
    qint64 since = 0;
    qint64 previous = 0;
    int pages = 0;
    QSet<QString> entities;
    // A supervisor receives a form of every kind the demo makes.
    for (;;) {
        const HttpResult page =
            m_http->get(u"/api/v1/changes?since=%1&limit=7"_s.arg(since), token(u"weber"_s));
        QCOMPARE(page.status, 200);
        const QJsonObject json = page.json.toObject();
        QVERIFY(!json.value(u"instanceId"_s).toString().isEmpty());
        const QJsonArray changes = json.value(u"changes"_s).toArray();
        QVERIFY(changes.size() <= 7);
        for (const QJsonValue &value : changes) {
            const auto change = Change::fromJson(value.toObject());
            QVERIFY(change);
            QVERIFY(change->revision > previous); // strictly increasing
            previous = change->revision;
            entities.insert(change->entity);
        }
        ++pages;
        QCOMPARE(json.value(u"cursor"_s).toInteger(),
                 json.value(u"more"_s).toBool() ? previous : latest);
        if (!json.value(u"more"_s).toBool())
            break;
        QCOMPARE(changes.size(), 7);
        since = json.value(u"cursor"_s).toInteger();
    }
    QCOMPARE(previous, latest);
    QCOMPARE(pages, static_cast<int>((latest + 6) / 7));
    QCOMPARE(entities, (QSet<QString>{u"office"_s, u"service"_s, u"counter"_s, u"wedding_room"_s,
                                      u"appointment"_s, u"wedding_booking"_s}));

    const HttpResult empty =
        m_http->get(u"/api/v1/changes?since=%1"_s.arg(latest), token(u"anzeige"_s));
    QCOMPARE(empty.json.toObject().value(u"changes"_s).toArray().size(), 0);
    QCOMPARE(empty.json.toObject().value(u"revision"_s).toInteger(), latest);
}

void tst_ServerApi::changesFeedRejectsBadArguments()
{
    for (const QString &query : {u"since=abc"_s, u"since=-1"_s, u"limit=0"_s, u"limit=99999"_s})
        QCOMPARE(m_http->get(u"/api/v1/changes?"_s + query, token(u"mueller"_s)).status, 400);
}

void tst_ServerApi::webSocketReceivesEachChange()
{
    QWebSocket socket;
    QSignalSpy messages(&socket, &QWebSocket::textMessageReceived);
    QVERIFY(TestSupport::openEvents(socket, m_server->baseUrl(), token(u"anzeige"_s)));

    const HttpResult patch =
        patchCounter(u"4"_s, {{u"name"_s, u"Schalter 4 (Express)"_s}}, token(u"weber"_s));
    QCOMPARE(patch.status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 1, 10000);
    const auto change = Change::fromJson(
        QJsonDocument::fromJson(messages.at(0).at(0).toString().toUtf8()).object());
    QVERIFY(change);
    QCOMPARE(change->entity, u"counter"_s);
    QCOMPARE(change->id, u"4"_s);
    QCOMPARE(change->event, u"counter.updated"_s);
    QCOMPARE(change->data.value(u"name"_s).toString(), u"Schalter 4 (Express)"_s);
    QCOMPARE(change->revision, latestRevision());

    // A refused write pushes nothing.
    QCOMPARE(patchCounter(u"4"_s, {{u"name"_s, u""_s}}, token(u"weber"_s)).status, 400);
    // Events go out in order: the next message is the next write's.
    QCOMPARE(patchCounter(u"4"_s, {{u"name"_s, u"Schalter 4"_s}}, token(u"weber"_s)).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 2, 10000);
    const auto next = Change::fromJson(
        QJsonDocument::fromJson(messages.at(1).at(0).toString().toUtf8()).object());
    QVERIFY(next);
    QCOMPARE(next->data.value(u"name"_s).toString(), u"Schalter 4"_s);
    QCOMPARE(next->revision, change->revision + 1);
    socket.close();
}

void tst_ServerApi::webSocketNeedsToken()
{
    // No token, or one that cannot be one: refused before the upgrade.
    for (const QByteArray &auth : {QByteArray(), QByteArray("Bearer nonsense")}) {
        QWebSocket socket;
        QNetworkRequest request(
            QUrl(m_server->baseUrl().replace(u"http"_s, u"ws"_s) + u"/api/v1/events"_s));
        if (!auth.isEmpty())
            request.setRawHeader("Authorization", auth);
        QSignalSpy connected(&socket, &QWebSocket::connected);
        QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
        socket.open(request);
        QVERIFY(disconnected.wait(10000));
        QCOMPARE(connected.size(), 0);
    }
    // A token of the right form without a session: the session is looked up
    // once the socket is a WebSocket (off the thread that accepts
    // connections), which then closes it unheard.
    QWebSocket socket;
    QSignalSpy messages(&socket, &QWebSocket::textMessageReceived);
    QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
    TestSupport::openEvents(socket, m_server->baseUrl(), QByteArray(43, 'A'));
    QVERIFY(disconnected.size() > 0 || disconnected.wait(10000));
    QCOMPARE(socket.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    QCOMPARE(socket.closeReason(), u"unauthorized"_s);
    QCOMPARE(messages.size(), 0);
}

void tst_ServerApi::eventsWithoutAnUpgradeAreRefused()
{
    // A plain GET with a valid token was left unanswered once.
    const HttpResult result = m_http->get(u"/api/v1/events"_s, token(u"mueller"_s));
    QCOMPARE(result.status, 426);
    QCOMPARE(result.json[u"title"_s].toString(), u"Upgrade Required"_s);
    // The refusal closes its connection; the server answers on the next.
    QCOMPARE(result.header("Connection"), QByteArray("close"));
    QCOMPARE(m_http->get(u"/api/v1/health"_s).status, 200);
}

void tst_ServerApi::logoutEndsSession()
{
    const QByteArray fresh = m_http->login(u"mueller"_s, u"demo"_s);
    QCOMPARE(m_http->get(u"/api/v1/offices"_s, fresh).status, 200);
    QCOMPARE(m_http->send("DELETE", u"/api/v1/session"_s, {}, fresh).status, 204);
    QCOMPARE(m_http->get(u"/api/v1/offices"_s, fresh).status, 401);
    // Other sessions of the same user are untouched.
    QCOMPARE(m_http->get(u"/api/v1/offices"_s, token(u"mueller"_s)).status, 200);
}

QTEST_GUILESS_MAIN(tst_ServerApi)
#include "tst_serverapi.moc"
