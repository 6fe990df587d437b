// Two servers on one PostgreSQL, each on its own thread and connection, as two
// tresen-server processes behind the proxy would be: they behave as one
// backend for every client. Events made through one reach the sockets of the
// other, one Idempotency-Key sent to both at once is applied once, and a
// session ended through one ends on the other at once.

#include "server/auth/loginthrottle.h"
#include "server/instance/embeddedserver.h"
#include "server/storage/database.h"
#include "server/storage/idempotencyrepository.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSignalSpy>
#include <QThread>
#include <QUuid>
#include <QWebSocket>

#include <atomic>
#include <optional>

using namespace Qt::StringLiterals;
using TestSupport::HttpClient;

class tst_SeveralServers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aCallThroughOneReachesADisplayOnTheOther();
    void eachServerPushesEveryChangeInOrder();
    void oneIdempotencyKeyThroughBothIsAppliedOnce();
    void aClaimedKeyWaitsForTheFirstRequest_data();
    void aClaimedKeyWaitsForTheFirstRequest();
    void aKeyHeldElsewhereIsAnsweredOnceItsRequestEnds_data();
    void aKeyHeldElsewhereIsAnsweredOnceItsRequestEnds();
    void disablingAUserEndsTheirSocketsOnBoth();
    void aLogoutThroughOneEndsTheSessionsSocketOnTheOther();
    void wrongPasswordsThroughBothCountTogether();

private:
    std::unique_ptr<EmbeddedServer> startServer();
    QString userId(const QString &login);

    QTemporaryDir m_dir;
    ServerConfig m_config;
    std::unique_ptr<EmbeddedServer> m_first;
    std::unique_ptr<EmbeddedServer> m_second;
    QByteArray m_admin;
};

namespace {
// The changes a socket received, in order of arrival.
QList<QJsonObject> messages(const QSignalSpy &received)
{
    QList<QJsonObject> all;
    for (const QList<QVariant> &message : received)
        all.append(QJsonDocument::fromJson(message.at(0).toString().toUtf8()).object());
    return all;
}

bool hasEvent(const QSignalSpy &received, const QString &event, const QString &id)
{
    const QList<QJsonObject> all = messages(received);
    return std::any_of(all.cbegin(), all.cend(), [&](const QJsonObject &message) {
        return message.value(u"event"_s).toString() == event &&
               message.value(u"id"_s).toString() == id;
    });
}
} // namespace

std::unique_ptr<EmbeddedServer> tst_SeveralServers::startServer()
{
    auto server = std::make_unique<EmbeddedServer>(m_config);
    QSignalSpy started(server.get(), &EmbeddedServer::started);
    QSignalSpy failed(server.get(), &EmbeddedServer::failed);
    server->start();
    if (!started.wait(30000)) {
        qWarning("server did not start: %s",
                 failed.isEmpty() ? "timeout" : qPrintable(failed.at(0).at(0).toString()));
        return nullptr;
    }
    return server;
}

QString tst_SeveralServers::userId(const QString &login)
{
    HttpClient http(m_first->url());
    const QJsonArray users = http.get(u"/api/v1/users"_s, m_admin).json.toArray();
    for (const QJsonValue &user : users) {
        if (user[u"login"_s].toString() == login)
            return user[u"id"_s].toString();
    }
    return {};
}

void tst_SeveralServers::initTestCase()
{
    TRESEN_FRESH_DATABASE(m_config.database, u"tst_severalservers"_s, m_dir);
    if (m_config.database.kind != DatabaseUrl::Kind::Postgresql)
        QSKIP("Several servers share a database on PostgreSQL only (SQLite: one process).");
    m_config.demo = true;
    m_config.workers = 2; // as `serve` runs them: requests on workers
    m_first = startServer();
    QVERIFY(m_first);
    m_second = startServer(); // the demo data is there already: it only connects
    QVERIFY(m_second);
    m_admin = HttpClient(m_first->url()).login(u"admin"_s, u"demo"_s);
    QVERIFY(!m_admin.isEmpty());
}

void tst_SeveralServers::cleanupTestCase()
{
    m_second.reset();
    m_first.reset();
}

void tst_SeveralServers::aCallThroughOneReachesADisplayOnTheOther()
{
    HttpClient second(m_second->url());
    const QByteArray display = second.login(u"anzeige"_s, u"demo"_s);
    QVERIFY(!display.isEmpty());
    QWebSocket board;
    QSignalSpy received(&board, &QWebSocket::textMessageReceived);
    QVERIFY(TestSupport::openEvents(board, m_second->url().toString(), display));

    HttpClient first(m_first->url());
    const QByteArray clerk = first.login(u"mueller"_s, u"demo"_s);
    QVERIFY(!clerk.isEmpty());
    QCOMPARE(first.send("POST", u"/api/v1/tickets"_s, R"({"serviceId":"1"})", clerk).status, 201);
    const auto called = first.send("POST", u"/api/v1/counters/1/call-next"_s, "{}", clerk);
    QCOMPARE(called.status, 200);
    const QString id = called.json[u"id"_s].toString();

    QTRY_VERIFY_WITH_TIMEOUT(hasEvent(received, u"ticket.called"_s, id), 10000);
    // As a display may see it: the number and the counter, no notes.
    for (const QJsonObject &message : messages(received)) {
        if (message.value(u"id"_s).toString() == id)
            QVERIFY(!message.value(u"data"_s).toObject().contains(u"notes"_s));
    }
    const auto finish = [&first, &clerk, &id](const QString &step) {
        return first.send("POST", u"/api/v1/tickets/%1/%2"_s.arg(id, step), "{}", clerk).status;
    };
    QCOMPARE(finish(u"start"_s), 200);
    QCOMPARE(finish(u"finish"_s), 200);
}

void tst_SeveralServers::eachServerPushesEveryChangeInOrder()
{
    HttpClient first(m_first->url());
    HttpClient second(m_second->url());
    const QByteArray clerkOnFirst = first.login(u"weber"_s, u"demo"_s);
    const QByteArray clerkOnSecond = second.login(u"weber"_s, u"demo"_s);
    QVERIFY(!clerkOnFirst.isEmpty() && !clerkOnSecond.isEmpty());
    // Where the feed stands before the sockets open (nothing else writes now).
    const qint64 start = first.get(u"/api/v1/changes?since=0&limit=1"_s, clerkOnFirst)
                             .json[u"revision"_s]
                             .toInteger();
    QVERIFY(start > 0);
    QWebSocket onFirst;
    QWebSocket onSecond;
    QSignalSpy receivedFirst(&onFirst, &QWebSocket::textMessageReceived);
    QSignalSpy receivedSecond(&onSecond, &QWebSocket::textMessageReceived);
    QVERIFY(TestSupport::openEvents(onFirst, m_first->url().toString(), clerkOnFirst));
    QVERIFY(TestSupport::openEvents(onSecond, m_second->url().toString(), clerkOnSecond));

    // Writes through both at once: each socket gets all of them, in revision
    // order, each naming the one before it (`after`).
    QStringList issued;
    QMutex mutex;
    QVERIFY(TestSupport::runConcurrently(4, [&](int worker) {
        HttpClient http(worker % 2 == 0 ? m_first->url() : m_second->url());
        for (int i = 0; i < 10; ++i) {
            const auto ticket = http.send("POST", u"/api/v1/tickets"_s, R"({"serviceId":"3"})",
                                          worker % 2 == 0 ? clerkOnFirst : clerkOnSecond);
            const QMutexLocker lock(&mutex);
            issued.append(ticket.json[u"id"_s].toString());
        }
    }));
    QCOMPARE(QSet<QString>(issued.cbegin(), issued.cend()).size(), 40);

    for (QSignalSpy *received : {&receivedFirst, &receivedSecond}) {
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(issued.cbegin(), issued.cend(),
                                             [received](const QString &id) {
                                                 return hasEvent(*received, u"ticket.created"_s,
                                                                 id);
                                             }),
                                 10000);
        // Exactly what the feed holds for this login since then, in its order.
        QList<qint64> pushed;
        for (const QJsonObject &message : messages(*received))
            pushed.append(message.value(u"revision"_s).toInteger());
        QList<qint64> feed;
        const QJsonArray changes =
            first.get(u"/api/v1/changes?since=%1&limit=1000"_s.arg(start), clerkOnFirst)
                .json[u"changes"_s]
                .toArray();
        for (const QJsonValue &change : changes)
            feed.append(change[u"revision"_s].toInteger());
        QCOMPARE(pushed, feed);
        QVERIFY(messages(*received).first().value(u"after"_s).toInteger() <= start);
    }
    for (const QString &id : std::as_const(issued))
        QCOMPARE(
            first.send("POST", u"/api/v1/tickets/%1/cancel"_s.arg(id), "{}", clerkOnFirst).status,
            200);
}

void tst_SeveralServers::oneIdempotencyKeyThroughBothIsAppliedOnce()
{
    const QByteArray clerk = HttpClient(m_first->url()).login(u"yilmaz"_s, u"demo"_s);
    QVERIFY(!clerk.isEmpty());
    QSet<QString> tickets;
    for (int round = 0; round < 20; ++round) {
        const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        QList<TestSupport::HttpResult> answers(2);
        QVERIFY(TestSupport::runConcurrently(2, [&](int worker) {
            HttpClient http(worker == 0 ? m_first->url() : m_second->url());
            answers[worker] = http.send("POST", u"/api/v1/tickets"_s, R"({"serviceId":"1"})", clerk,
                                        {{"Idempotency-Key", key}});
        }));
        QCOMPARE(answers[0].status, 201);
        QCOMPARE(answers[1].status, 201);
        const QString id = answers[0].json[u"id"_s].toString();
        QCOMPARE(answers[1].json[u"id"_s].toString(), id);
        QCOMPARE(answers[1].json[u"number"_s], answers[0].json[u"number"_s]);
        // One of them is the replay.
        QCOMPARE(int(answers[0].header("Idempotent-Replayed") == "true") +
                     int(answers[1].header("Idempotent-Replayed") == "true"),
                 1);
        tickets.insert(id);
    }
    QCOMPARE(tickets.size(), 20);
    HttpClient http(m_first->url());
    const QJsonArray queue =
        http.get(u"/api/v1/queue?officeId=1"_s, clerk).json[u"tickets"_s].toArray();
    int inQueue = 0;
    for (const QJsonValue &ticket : queue)
        inQueue += tickets.contains(ticket[u"id"_s].toString()) ? 1 : 0;
    QCOMPARE(inQueue, 20); // twenty tickets, not forty
    for (const QString &id : std::as_const(tickets))
        QCOMPARE(http.send("POST", u"/api/v1/tickets/%1/cancel"_s.arg(id), "{}", clerk).status,
                 200);
}

void tst_SeveralServers::aClaimedKeyWaitsForTheFirstRequest_data()
{
    QTest::addColumn<bool>("firstCommits");
    QTest::addRow("the first commits: the second gets no claim") << true;
    QTest::addRow("the first rolls back: the claim passes to the second") << false;
}

void tst_SeveralServers::aClaimedKeyWaitsForTheFirstRequest()
{
    QFETCH(bool, firstCommits);
    Database first(m_config.database, QUuid::createUuid().toString());
    QString error;
    QVERIFY2(first.open(&error), qPrintable(error));
    IdempotencyRepository keys(first);
    const QString key = QUuid::createUuid().toString();

    std::optional<Transaction> transaction;
    transaction.emplace(first);
    QCOMPARE(keys.claim(1, key, "hash"), IdempotencyRepository::Claim::Claimed);
    std::atomic<int> secondClaimed{-1};
    std::unique_ptr<QThread> second(QThread::create([this, &key, &secondClaimed] {
        Database db(m_config.database, QUuid::createUuid().toString());
        QString whyNot;
        if (!db.open(&whyNot))
            return;
        Transaction own(db);
        secondClaimed =
            IdempotencyRepository(db).claim(1, key, "hash") == IdempotencyRepository::Claim::Claimed
                ? 1
                : 0;
    }));
    second->start();
    QVERIFY(!second->wait(500)); // held up by the open claim ...
    QCOMPARE(secondClaimed.load(), -1);
    if (firstCommits) {
        keys.complete(1, key, {"hash", 201, "application/json", "{}", {}, {}, 0});
        transaction->commit();
    }
    transaction.reset();
    QVERIFY(second->wait(10000)); // ... until it ends
    QCOMPARE(secondClaimed.load(), firstCommits ? 0 : 1);
    const auto stored = keys.find(1, key);
    QCOMPARE(bool(stored), firstCommits); // the second rolled back what it claimed
    if (stored)
        QCOMPARE(stored->status, 201);
}

void tst_SeveralServers::aKeyHeldElsewhereIsAnsweredOnceItsRequestEnds_data()
{
    QTest::addColumn<bool>("heldTooLong");
    QTest::addRow("it ends: its answer is replayed") << false;
    QTest::addRow("it takes too long: busy, try again") << true;
}

void tst_SeveralServers::aKeyHeldElsewhereIsAnsweredOnceItsRequestEnds()
{
    // Another server's request holds the key (its transaction open) when
    // this one arrives: this one waits for it and answers as it answered.
    QFETCH(bool, heldTooLong);
    const QByteArray clerk = HttpClient(m_first->url()).login(u"yilmaz"_s, u"demo"_s);
    const qint64 clerkId = userId(u"yilmaz"_s).toLongLong();
    QVERIFY(!clerk.isEmpty() && clerkId > 0);
    const QByteArray body = R"({"serviceId":"1"})";
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData("POST");
    hash.addData("/api/v1/tickets");
    hash.addData(body);
    const QByteArray requestHash = hash.result().toHex();

    Database elsewhere(m_config.database, QUuid::createUuid().toString());
    QString error;
    QVERIFY2(elsewhere.open(&error), qPrintable(error));
    IdempotencyRepository keys(elsewhere);
    std::optional<Transaction> held;
    held.emplace(elsewhere);
    QCOMPARE(keys.claim(clerkId, key, requestHash), IdempotencyRepository::Claim::Claimed);

    TestSupport::HttpResult answer;
    std::unique_ptr<QThread> request(QThread::create([&] {
        answer = HttpClient(m_first->url())
                     .send("POST", u"/api/v1/tickets"_s, body, clerk,
                           {{"Idempotency-Key", key.toUtf8()}});
    }));
    request->start();
    QVERIFY(!request->wait(500)); // waits for the held claim
    if (heldTooLong) {
        QVERIFY(request->wait(30000));
        held.reset();
        QCOMPARE(answer.status, 409);
        QCOMPARE(answer.json[u"code"_s].toString(), u"idempotency-key-in-use"_s);
        return;
    }
    const QByteArray refusal = R"({"title":"Conflict","status":409,"code":"test-answer"})";
    keys.complete(clerkId, key, {requestHash, 409, "application/problem+json", refusal, {}, {}, 0});
    held->commit();
    held.reset();
    QVERIFY(request->wait(30000));
    QCOMPARE(answer.status, 409);
    QCOMPARE(answer.json[u"code"_s].toString(), u"test-answer"_s);
    QCOMPARE(answer.header("Idempotent-Replayed"), QByteArray("true"));
}

void tst_SeveralServers::disablingAUserEndsTheirSocketsOnBoth()
{
    const QString id = userId(u"yilmaz"_s);
    QVERIFY(!id.isEmpty());
    QWebSocket onFirst;
    QWebSocket onSecond;
    QVERIFY(TestSupport::openEvents(onFirst, m_first->url().toString(),
                                    HttpClient(m_first->url()).login(u"yilmaz"_s, u"demo"_s)));
    QVERIFY(TestSupport::openEvents(onSecond, m_second->url().toString(),
                                    HttpClient(m_second->url()).login(u"yilmaz"_s, u"demo"_s)));

    HttpClient admin(m_first->url());
    QCOMPARE(admin.send("PATCH", u"/api/v1/users/"_s + id, R"({"active":false})", m_admin).status,
             200);
    // At once, not at the next minute's check of every socket.
    QTRY_COMPARE_WITH_TIMEOUT(onFirst.state(), QAbstractSocket::UnconnectedState, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(onSecond.state(), QAbstractSocket::UnconnectedState, 10000);
    QCOMPARE(admin.send("PATCH", u"/api/v1/users/"_s + id, R"({"active":true})", m_admin).status,
             200);
}

void tst_SeveralServers::aLogoutThroughOneEndsTheSessionsSocketOnTheOther()
{
    const QByteArray loggingOut = HttpClient(m_first->url()).login(u"weber"_s, u"demo"_s);
    const QByteArray staying = HttpClient(m_second->url()).login(u"weber"_s, u"demo"_s);
    QVERIFY(!loggingOut.isEmpty() && !staying.isEmpty());
    QWebSocket ended;
    QWebSocket kept;
    QVERIFY(TestSupport::openEvents(ended, m_second->url().toString(), loggingOut));
    QVERIFY(TestSupport::openEvents(kept, m_second->url().toString(), staying));

    const qint64 before = HttpClient(m_first->url())
                              .get(u"/api/v1/changes?since=0&limit=1"_s, m_admin)
                              .json[u"revision"_s]
                              .toInteger();
    QCOMPARE(HttpClient(m_first->url()).send("DELETE", u"/api/v1/session"_s, {}, loggingOut).status,
             204);
    QTRY_COMPARE_WITH_TIMEOUT(ended.state(), QAbstractSocket::UnconnectedState, 10000);
    // The same user's other session goes on.
    QCOMPARE(kept.state(), QAbstractSocket::ConnectedState);
    HttpClient second(m_second->url());
    QCOMPARE(second.get(u"/api/v1/session"_s, staying).status, 200);
    // The marker in the change log that ended it reaches no client.
    for (const QByteArray &token : {staying, m_admin}) {
        const auto feed = second.get(u"/api/v1/changes?since=%1"_s.arg(before), token);
        QCOMPARE(feed.status, 200);
        QVERIFY(feed.json[u"revision"_s].toInteger() > before); // the marker is there
        QVERIFY(!feed.body.contains("user_sessions"));
        QVERIFY(!feed.body.contains("sessions.ended"));
    }
}

void tst_SeveralServers::wrongPasswordsThroughBothCountTogether()
{
    // A guesser going round the servers gains nothing: five wrong passwords
    // in all, and the login waits on both.
    for (int attempt = 0; attempt < LoginThrottle::kFreeAttempts; ++attempt) {
        HttpClient http(attempt % 2 == 0 ? m_first->url() : m_second->url());
        QCOMPARE(
            http.send("POST", u"/api/v1/session"_s, R"({"login":"schmidt","password":"falsch"})")
                .status,
            401);
    }
    for (EmbeddedServer *server : {m_first.get(), m_second.get()}) {
        const auto refused =
            HttpClient(server->url())
                .send("POST", u"/api/v1/session"_s, R"({"login":"schmidt","password":"demo"})");
        QCOMPARE(refused.status, 429);
        QVERIFY(refused.header("Retry-After").toInt() > 0);
    }
}

QTEST_GUILESS_MAIN(tst_SeveralServers)
#include "tst_severalservers.moc"
