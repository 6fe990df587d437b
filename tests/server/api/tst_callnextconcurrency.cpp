// Many counters calling at once, through two server processes' worth of
// servers (each on its own thread and database connection) sharing one
// database: no ticket is called twice and none is lost; a take-back racing
// the counter's next call or another take-back leaves the counter with one
// visitor and the ticket taken back once.

#include "server/instance/embeddedserver.h"
#include "server/storage/database.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QSignalSpy>
#include <QThread>

#include <algorithm>

using namespace Qt::StringLiterals;
using TestSupport::HttpClient;

class tst_CallNextConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyTicketCalledExactlyOnce();
    void undoRacingCallNextLeavesOneVisitorAtTheCounter();
    void twoUndosAtOnceTakeBackOnce();
    void aTicketCancelledWhileACallWaitsGivesWayToTheNext();
    void aHeldTicketPutBackMeanwhileDoesNotJumpTheLine();
    void aTicketSentToAnotherCounterMeanwhileGivesWayToTheNext();

private:
    // While `change` holds a waiting ticket's row in another transaction,
    // counter 1 calls through the second server; returns what it called once
    // the change has committed. Of service 1, `first` waits before `second`.
    QString callWhileChanged(const QString &changeSql, QString *first, QString *second);
    std::unique_ptr<EmbeddedServer> startServer();

    QTemporaryDir m_dir;
    ServerConfig m_config;
    std::unique_ptr<EmbeddedServer> m_first;
    std::unique_ptr<EmbeddedServer> m_second;
};

std::unique_ptr<EmbeddedServer> tst_CallNextConcurrency::startServer()
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

void tst_CallNextConcurrency::initTestCase()
{
    TRESEN_FRESH_DATABASE(m_config.database, u"tst_callnextconcurrency"_s, m_dir);
    m_config.demo = true;
    m_first = startServer();
    QVERIFY(m_first);
    m_second = startServer(); // the demo data is there already: it only connects
    QVERIFY(m_second);
}

void tst_CallNextConcurrency::cleanupTestCase()
{
    m_second.reset();
    m_first.reset();
}

void tst_CallNextConcurrency::everyTicketCalledExactlyOnce()
{
    HttpClient setup(m_first->url());
    const QByteArray token = setup.login(u"mueller"_s, u"demo"_s);
    QVERIFY(!token.isEmpty());

    // Personalausweis (1) and Wohnsitz (3): counters 1-6 and 8 take one or both.
    QSet<QString> issued;
    for (int i = 0; i < 60; ++i) {
        const QByteArray body = i % 3 == 0 ? R"({"serviceId":"3"})" : R"({"serviceId":"1"})";
        const auto result = setup.send("POST", u"/api/v1/tickets"_s, body, token);
        QCOMPARE(result.status, 201);
        issued.insert(result.json.toObject().value(u"id"_s).toString());
    }
    QCOMPARE(issued.size(), 60);

    QMutex mutex;
    QStringList called; // every id any counter got, duplicates included
    QStringList problems;
    const QList<int> counters{1, 2, 3, 4, 5, 6, 8};
    QVERIFY(TestSupport::runConcurrently(int(counters.size()), [&](int worker) {
        const int counter = counters.at(worker);
        const QUrl url = counter % 2 == 0 ? m_first->url() : m_second->url();
        HttpClient http(url);
        const QString callNext = u"/api/v1/counters/%1/call-next"_s.arg(counter);
        for (;;) {
            const auto next = http.send("POST", callNext, "{}", token);
            if (next.status == 204)
                return;
            const QString id = next.json.toObject().value(u"id"_s).toString();
            const int started =
                http.send("POST", u"/api/v1/tickets/%1/start"_s.arg(id), "{}", token).status;
            const int finished =
                http.send("POST", u"/api/v1/tickets/%1/finish"_s.arg(id), "{}", token).status;
            const QMutexLocker lock(&mutex);
            if (next.status != 200 || started != 200 || finished != 200) {
                problems.append(u"counter %1: call %2, start %3, finish %4 (%5)"_s.arg(counter)
                                    .arg(next.status)
                                    .arg(started)
                                    .arg(finished)
                                    .arg(QString::fromUtf8(next.body)));
                return;
            }
            called.append(id);
        }
    }));

    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(called.size(), 60);                                     // nobody called twice ...
    QCOMPARE(QSet<QString>(called.cbegin(), called.cend()), issued); // ... and nobody lost
    const auto queue = setup.get(u"/api/v1/queue?officeId=1"_s, token);
    QCOMPARE(queue.json.toObject().value(u"tickets"_s).toArray().size(), 0);
}

void tst_CallNextConcurrency::undoRacingCallNextLeavesOneVisitorAtTheCounter()
{
    HttpClient setup(m_first->url());
    const QByteArray token = setup.login(u"mueller"_s, u"demo"_s);
    QVERIFY(!token.isEmpty());
    const auto post = [&setup, &token](const QString &path) {
        return setup.send("POST", path, "{}", token);
    };
    const QString callNext = u"/api/v1/counters/1/call-next"_s;
    for (int round = 0; round < 8; ++round) {
        // X did not come (called twice); Y waits for the same counter.
        QCOMPARE(setup.send("POST", u"/api/v1/tickets"_s, R"({"serviceId":"1"})", token).status,
                 201);
        const QString x = post(callNext).json[u"id"_s].toString();
        QCOMPARE(post(u"/api/v1/tickets/%1/recall"_s.arg(x)).status, 200);
        QCOMPARE(post(u"/api/v1/tickets/%1/no-show"_s.arg(x)).status, 200);
        const QString y = setup.send("POST", u"/api/v1/tickets"_s, R"({"serviceId":"1"})", token)
                              .json[u"id"_s]
                              .toString();

        int undone = 0;
        int called = 0;
        QVERIFY(TestSupport::runConcurrently(2, [&](int worker) {
            HttpClient http(worker == 0 ? m_first->url() : m_second->url());
            const auto result =
                worker == 0 ? http.send("POST", u"/api/v1/tickets/%1/undo"_s.arg(x), "{}", token)
                            : http.send("POST", callNext, "{}", token);
            (worker == 0 ? undone : called) = result.status;
        }));
        // One of the two, never both: the loser is told why.
        QVERIFY2(
            (undone == 200) != (called == 200),
            qPrintable(u"round %1: undo %2, call-next %3"_s.arg(round).arg(undone).arg(called)));
        QCOMPARE(undone == 200 ? called : undone, 409);
        const QString held = undone == 200 ? x : y;
        QCOMPARE(setup.get(u"/api/v1/tickets/"_s + held, token).json[u"status"_s].toString(),
                 u"called"_s);
        // Done with the one at the counter; the other is cancelled (Y) or stays away (X).
        QCOMPARE(post(u"/api/v1/tickets/%1/start"_s.arg(held)).status, 200);
        QCOMPARE(post(u"/api/v1/tickets/%1/finish"_s.arg(held)).status, 200);
        if (undone == 200)
            QCOMPARE(post(u"/api/v1/tickets/%1/cancel"_s.arg(y)).status, 200);
    }
}

void tst_CallNextConcurrency::twoUndosAtOnceTakeBackOnce()
{
    HttpClient setup(m_first->url());
    const QByteArray token = setup.login(u"mueller"_s, u"demo"_s);
    QVERIFY(!token.isEmpty());
    for (int round = 0; round < 8; ++round) {
        const QString id = setup.send("POST", u"/api/v1/tickets"_s, R"({"serviceId":"3"})", token)
                               .json[u"id"_s]
                               .toString();
        QCOMPARE(setup.send("POST", u"/api/v1/tickets/%1/cancel"_s.arg(id), "{}", token).status,
                 200);
        QList<int> statuses(2);
        QVERIFY(TestSupport::runConcurrently(2, [&](int worker) {
            HttpClient http(worker == 0 ? m_first->url() : m_second->url());
            statuses[worker] =
                http.send("POST", u"/api/v1/tickets/%1/undo"_s.arg(id), "{}", token).status;
        }));
        std::sort(statuses.begin(), statuses.end());
        QCOMPARE(statuses, (QList<int>{200, 409}));
        QCOMPARE(setup.get(u"/api/v1/tickets/"_s + id, token).json[u"status"_s].toString(),
                 u"waiting"_s);
        QCOMPARE(setup.send("POST", u"/api/v1/tickets/%1/cancel"_s.arg(id), "{}", token).status,
                 200);
    }
}

QString tst_CallNextConcurrency::callWhileChanged(const QString &changeSql, QString *first,
                                                  QString *second)
{
    HttpClient setup(m_first->url());
    const QByteArray token = setup.login(u"mueller"_s, u"demo"_s);
    const auto issue = [&] {
        return setup.send("POST", u"/api/v1/tickets"_s, R"({"serviceId":"1"})", token)
            .json[u"id"_s]
            .toString();
    };
    *first = issue();
    *second = issue();
    TestSupport::HttpResult called;     // outlives the work that writes it ...
    TestSupport::BackgroundWork caller; // ... which outlives the transaction it waits for
    Database other(m_config.database, u"other"_s);
    QString error;
    if (!other.open(&error))
        return u"cannot open: "_s + error;
    Transaction changing(other);
    other.exec(changeSql, {first->toLongLong()});
    caller.start([&] {
        called = HttpClient(m_second->url())
                     .send("POST", u"/api/v1/counters/1/call-next"_s, "{}", token);
    });
    const bool waited =
        TestSupport::someoneWaitsForLock(m_config.database, {u"transactionid"_s, u"tuple"_s});
    changing.commit();
    if (!caller.wait() || !waited)
        return u"the call did not wait for the row"_s;
    if (called.status != 200)
        return u"status %1"_s.arg(called.status);
    const QString id = called.json[u"id"_s].toString();
    setup.send("POST", u"/api/v1/tickets/%1/start"_s.arg(id), "{}", token);
    setup.send("POST", u"/api/v1/tickets/%1/finish"_s.arg(id), "{}", token);
    return id;
}

void tst_CallNextConcurrency::aTicketCancelledWhileACallWaitsGivesWayToTheNext()
{
    if (m_config.database.kind != DatabaseUrl::Kind::Postgresql)
        QSKIP("SQLite has one writer at a time: nothing changes while a call reads the queue.");
    // A clerk cancels the first ticket as counter 1 calls: the call waits for
    // it and then takes the one behind it: no "nobody waiting", no cancelled
    // ticket at the counter.
    QString first;
    QString second;
    QCOMPARE(
        callWhileChanged(u"UPDATE ticket SET status = 'cancelled' WHERE id = ?"_s, &first, &second),
        second);
}

void tst_CallNextConcurrency::aTicketSentToAnotherCounterMeanwhileGivesWayToTheNext()
{
    if (m_config.database.kind != DatabaseUrl::Kind::Postgresql)
        QSKIP("SQLite has one writer at a time: nothing changes while a call reads the queue.");
    // The dispatcher chose the first ticket from the queue it read; meanwhile
    // a clerk sends it to counter 2 only. Read again under its row lock, it is
    // no longer counter 1's: the call takes the next.
    QString first;
    QString second;
    QCOMPARE(callWhileChanged(u"UPDATE ticket SET target_counter_id = 2 WHERE id = ?"_s, &first,
                              &second),
             second);
    // Counter 2 has it.
    HttpClient setup(m_first->url());
    const QByteArray token = setup.login(u"mueller"_s, u"demo"_s);
    const TestSupport::HttpResult atTwo =
        setup.send("POST", u"/api/v1/counters/2/call-next"_s, "{}", token);
    QCOMPARE(atTwo.json[u"id"_s].toString(), first);
    QCOMPARE(setup.send("POST", u"/api/v1/tickets/%1/start"_s.arg(first), "{}", token).status, 200);
    QCOMPARE(setup.send("POST", u"/api/v1/tickets/%1/finish"_s.arg(first), "{}", token).status,
             200);
}

void tst_CallNextConcurrency::aHeldTicketPutBackMeanwhileDoesNotJumpTheLine()
{
    if (m_config.database.kind != DatabaseUrl::Kind::Postgresql)
        QSKIP("SQLite has one writer at a time: nothing changes while a call reads the queue.");
    HttpClient setup(m_first->url());
    const QByteArray token = setup.login(u"mueller"_s, u"demo"_s);
    QVERIFY(!token.isEmpty());
    const auto post = [&](const QString &path, const QByteArray &body = "{}") {
        return setup.send("POST", path, body, token);
    };
    // Counter 1 holds T; U waits.
    const QString held =
        post(u"/api/v1/tickets"_s, R"({"serviceId":"1"})").json[u"id"_s].toString();
    QCOMPARE(post(u"/api/v1/counters/1/call-next"_s).json[u"id"_s].toString(), held);
    const QString waiting =
        post(u"/api/v1/tickets"_s, R"({"serviceId":"1"})").json[u"id"_s].toString();

    // T is being put back (behind U) by another transaction when the counter
    // calls. The call must not take T as the next: it is the counter's own,
    // and back in line behind U.
    TestSupport::HttpResult called;
    TestSupport::BackgroundWork caller;
    Database other(m_config.database, u"other"_s);
    QString error;
    QVERIFY2(other.open(&error), qPrintable(error));
    Transaction puttingBack(other);
    other.exec(u"UPDATE ticket SET status = 'waiting', counter_id = NULL, queue_at = queue_at + "
               "3600000 WHERE id = ?"_s,
               {held.toLongLong()});
    caller.start([&] {
        called = HttpClient(m_second->url())
                     .send("POST", u"/api/v1/counters/1/call-next"_s, "{}", token);
    });
    // Either the call answers at once (the counter still holds T as it
    // reads it) or it waits for T's row: whichever comes first.
    bool answeredOrWaits = false;
    for (int waited = 0; !answeredOrWaits && waited < 30000; waited += 50)
        answeredOrWaits = caller.wait(50) ||
                          TestSupport::someoneWaitsForLock(m_config.database,
                                                           {u"transactionid"_s, u"tuple"_s}, 0);
    QVERIFY(answeredOrWaits);
    puttingBack.commit();
    QVERIFY(caller.wait());
    QVERIFY2(called.status == 409 ||
                 (called.status == 200 && called.json[u"id"_s].toString() == waiting),
             qPrintable(u"%1 %2"_s.arg(called.status).arg(QString::fromUtf8(called.body))));
    // Clean up: whoever is at the counter is served, then the rest.
    if (called.status == 200) {
        QCOMPARE(post(u"/api/v1/tickets/%1/start"_s.arg(waiting)).status, 200);
        QCOMPARE(post(u"/api/v1/tickets/%1/finish"_s.arg(waiting)).status, 200);
    }
    for (int i = 0; i < 2; ++i) {
        const QString at = post(u"/api/v1/counters/1/call-next"_s).json[u"id"_s].toString();
        if (at.isEmpty())
            break;
        QCOMPARE(post(u"/api/v1/tickets/%1/start"_s.arg(at)).status, 200);
        QCOMPARE(post(u"/api/v1/tickets/%1/finish"_s.arg(at)).status, 200);
    }
}

QTEST_GUILESS_MAIN(tst_CallNextConcurrency)
#include "tst_callnextconcurrency.moc"
