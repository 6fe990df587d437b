// Requests on worker threads, each with its own PostgreSQL connection, as
// `tresen-server serve` runs them: a request stuck on a lock holds up its
// worker only, counters calling at once never call one ticket twice, and the
// changes the workers commit reach the event sockets in revision order;
// answers on one connection keep the order of its requests; an event
// socket's session is looked up on a worker, and the change feed and the
// retention job read on threads of their own.

#include "server/instance/embeddedserver.h"
#include "server/storage/database.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QThread>
#include <QWebSocket>

#include <atomic>

using namespace Qt::StringLiterals;
using TestSupport::HttpClient;

namespace {
// Another program holding a table: a connection of its own, in a
// transaction that ran `lockStatement`, until release().
struct TableLock
{
    TableLock(const DatabaseUrl &url, const QString &name, const QString &lockStatement)
        : db(url, name)
    {
        if (!db.open(&failure))
            return;
        transaction = std::make_unique<Transaction>(db);
        db.exec(lockStatement);
    }
    void release()
    {
        transaction->commit();
        transaction.reset();
    }

    Database db;
    QString failure; // why it could not connect
    std::unique_ptr<Transaction> transaction;
};
} // namespace

class tst_RequestWorkers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aRequestWaitingForALockHoldsUpOnlyItsWorker();
    void countersCallingAtOnceNeverCallATicketTwice();
    void changesFromTheWorkersArriveInRevisionOrder();
    void answersOnOneConnectionKeepTheRequestsOrder();
    void anEventSocketWaitingForItsSessionHoldsUpNoOtherRequest();
    void theChangeFeedWaitingForTheDatabaseHoldsUpNoRequest();
    void aRoomMadeWhileRunningIsKnownToTheEventSockets();
    void theRetentionJobWaitingForALockHoldsUpNoRequest();

private:
    // The ids of the office's counters that serve `serviceId`.
    // Whether a statement of this database waits for a lock.
    static bool aStatementWaitsForALock(Database &db);
    // Whether an event socket's `received` messages hold ticket `id`'s change.
    static bool receivedTicket(const QSignalSpy &received, const QString &id);
    QStringList countersServing(const QString &serviceId);

    QTemporaryDir m_dir;
    ServerConfig m_config;
    std::unique_ptr<EmbeddedServer> m_server; // its own thread: the test's threads block
    QUrl m_url;
    QByteArray m_clerk;
};

void tst_RequestWorkers::initTestCase()
{
    TRESEN_FRESH_DATABASE(m_config.database, u"tst_requestworkers"_s, m_dir);
    if (m_config.database.kind != DatabaseUrl::Kind::Postgresql)
        QSKIP("Request workers run on PostgreSQL only (SQLite has one writer).");
    m_config.demo = true;
    m_config.workers = 3;
    m_server = std::make_unique<EmbeddedServer>(m_config);
    QSignalSpy started(m_server.get(), &EmbeddedServer::started);
    m_server->start();
    QVERIFY(started.wait(30000));
    m_url = m_server->url();
    m_clerk = HttpClient(m_url).login(u"mueller"_s, u"demo"_s);
    QVERIFY(!m_clerk.isEmpty());
}

void tst_RequestWorkers::cleanupTestCase()
{
    m_server.reset();
}

bool tst_RequestWorkers::aStatementWaitsForALock(Database &db)
{
    // Inside a transaction pg_stat_activity keeps its first snapshot: a
    // fresh one each time.
    db.exec(u"SELECT pg_stat_clear_snapshot()"_s);
    SqlRows rows = db.exec(u"SELECT COUNT(*) FROM pg_stat_activity WHERE "
                           "wait_event_type = 'Lock' AND datname = current_database()"_s);
    return rows.next() && rows.value(0).toInt() > 0;
}

bool tst_RequestWorkers::receivedTicket(const QSignalSpy &received, const QString &id)
{
    for (const QList<QVariant> &message : received) {
        const QJsonObject change =
            QJsonDocument::fromJson(message.at(0).toString().toUtf8()).object();
        if (change[u"entity"_s].toString() == u"ticket"_s && change[u"id"_s].toString() == id)
            return true;
    }
    return false;
}

QStringList tst_RequestWorkers::countersServing(const QString &serviceId)
{
    QStringList ids;
    HttpClient http(m_url);
    for (const QJsonValue &counter :
         http.get(u"/api/v1/counters?officeId=1"_s, m_clerk).json.toArray()) {
        if (counter[u"serviceIds"_s].toArray().contains(serviceId))
            ids.append(counter[u"id"_s].toString());
    }
    return ids;
}

void tst_RequestWorkers::aRequestWaitingForALockHoldsUpOnlyItsWorker()
{
    // Another program holds the ticket table: issuing a ticket waits for it.
    TableLock blocker(m_config.database, u"tst_requestworkers_blocker"_s,
                      u"LOCK TABLE ticket IN EXCLUSIVE MODE"_s);
    QVERIFY2(blocker.failure.isEmpty(), qPrintable(blocker.failure));

    std::atomic<int> issued = 0;
    QThread *issuer = QThread::create([&] {
        HttpClient http(m_url);
        issued = http.send("POST", u"/api/v1/tickets"_s, R"({"serviceId":"1"})", m_clerk).status;
    });
    issuer->start();
    // Its statement is waiting for the lock (not merely not sent yet).
    QTRY_VERIFY_WITH_TIMEOUT(aStatementWaitsForALock(blocker.db), 20000);

    // Meanwhile the other workers answer: on one thread these would wait too.
    HttpClient http(m_url);
    QCOMPARE(http.get(u"/api/v1/health"_s).status, 200);
    QCOMPARE(http.get(u"/api/v1/queue?officeId=1"_s, m_clerk).status, 200);
    QCOMPARE(issued.load(), 0);

    blocker.release();
    QVERIFY(issuer->wait(20000));
    delete issuer;
    QCOMPARE(issued.load(), 201);
}

void tst_RequestWorkers::countersCallingAtOnceNeverCallATicketTwice()
{
    const QStringList counters = countersServing(u"1"_s);
    QVERIFY2(counters.size() >= 2, "the demo office needs two counters for service 1");
    HttpClient http(m_url);
    // The queue before: tickets earlier tests left waiting are called too.
    constexpr int kTickets = 30;
    for (int i = 0; i < kTickets; ++i)
        QCOMPARE(http.send("POST", u"/api/v1/tickets"_s, R"({"serviceId":"1"})", m_clerk).status,
                 201);

    QMutex mutex;
    QStringList called;
    QVERIFY(TestSupport::runConcurrently(int(counters.size()), [&](int worker) {
        HttpClient counter(m_url);
        const QString callNext = u"/api/v1/counters/%1/call-next"_s.arg(counters.at(worker));
        for (;;) {
            const auto call = counter.send("POST", callNext, "{}", m_clerk);
            if (call.status != 200)
                break; // nobody waiting any more
            const QString id = call.json[u"id"_s].toString();
            {
                const QMutexLocker locker(&mutex);
                called.append(id);
            }
            for (const QString &step : {u"start"_s, u"finish"_s})
                counter.send("POST", u"/api/v1/tickets/%1/%2"_s.arg(id, step), "{}", m_clerk);
        }
    }));
    const QSet<QString> distinct(called.cbegin(), called.cend());
    QCOMPARE(distinct.size(), called.size());
    QVERIFY(called.size() >= kTickets);
    const QJsonArray left =
        http.get(u"/api/v1/queue?officeId=1"_s, m_clerk).json[u"tickets"_s].toArray();
    for (const QJsonValue &ticket : left) {
        QVERIFY2(ticket[u"serviceId"_s].toString() != u"1"_s ||
                     ticket[u"status"_s].toString() != u"waiting"_s,
                 "a ticket for service 1 is still waiting");
    }
}

void tst_RequestWorkers::changesFromTheWorkersArriveInRevisionOrder()
{
    HttpClient http(m_url);
    const QByteArray display = http.login(u"anzeige"_s, u"demo"_s);
    QVERIFY(!display.isEmpty());
    QWebSocket board;
    QSignalSpy received(&board, &QWebSocket::textMessageReceived);
    QVERIFY(TestSupport::openEvents(board, m_url.toString(), display));

    constexpr int kClients = 4;
    constexpr int kEach = 10;
    QMutex mutex;
    QSet<QString> issued;
    QVERIFY(TestSupport::runConcurrently(kClients, [&](int) {
        HttpClient client(m_url);
        for (int i = 0; i < kEach; ++i) {
            const auto ticket =
                client.send("POST", u"/api/v1/tickets"_s, R"({"serviceId":"1"})", m_clerk);
            const QMutexLocker locker(&mutex);
            if (ticket.status == 201)
                issued.insert(ticket.json[u"id"_s].toString());
        }
    }));
    QCOMPARE(issued.size(), kClients * kEach);
    const auto seen = [&received] {
        QSet<QString> ids;
        for (const QList<QVariant> &message : std::as_const(received)) {
            const QJsonObject change =
                QJsonDocument::fromJson(message.at(0).toString().toUtf8()).object();
            if (change[u"entity"_s].toString() == u"ticket"_s)
                ids.insert(change[u"id"_s].toString());
        }
        return ids;
    };
    QTRY_VERIFY_WITH_TIMEOUT(issued - seen() == QSet<QString>(), 30000);
    qint64 last = 0;
    for (const QList<QVariant> &message : std::as_const(received)) {
        const qint64 revision = QJsonDocument::fromJson(message.at(0).toString().toUtf8())
                                    .object()[u"revision"_s]
                                    .toInteger();
        QVERIFY2(revision > last, qPrintable(u"revision %1 after %2"_s.arg(revision).arg(last)));
        last = revision;
    }
}

void tst_RequestWorkers::answersOnOneConnectionKeepTheRequestsOrder()
{
    // A client that sends its next request before the first is answered
    // (HTTP/1.1 pipelining) gets the answers in the order it asked, though
    // the second finishes first on another worker.
    TableLock blocker(m_config.database, u"tst_requestworkers_order"_s,
                      u"LOCK TABLE ticket IN EXCLUSIVE MODE"_s);
    QVERIFY2(blocker.failure.isEmpty(), qPrintable(blocker.failure));
    const auto count = [&blocker](const QString &sql) {
        SqlRows rows = blocker.db.exec(sql);
        return rows.next() ? rows.value(0).toInt() : -1;
    };
    const QString sessions = u"SELECT COUNT(*) FROM user_session"_s;

    QTcpSocket socket;
    socket.connectToHost(m_url.host(), quint16(m_url.port()));
    QVERIFY(socket.waitForConnected(10000));
    const QByteArray ticket = R"({"serviceId":"1"})";
    socket.write("POST /api/v1/tickets HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " +
                 m_clerk + "\r\nContent-Type: application/json\r\nContent-Length: " +
                 QByteArray::number(ticket.size()) + "\r\n\r\n" + ticket);
    QVERIFY(socket.waitForBytesWritten(10000));
    QTRY_VERIFY_WITH_TIMEOUT(aStatementWaitsForALock(blocker.db), 20000);

    const int sessionsBefore = count(sessions);
    const QByteArray login = R"({"login":"mueller","password":"demo"})";
    socket.write("POST /api/v1/session HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                 "application/json\r\nContent-Length: " +
                 QByteArray::number(login.size()) + "\r\n\r\n" + login);
    QVERIFY(socket.waitForBytesWritten(10000));
    // The login has committed (its session is there) while the ticket waits...
    QTRY_VERIFY_WITH_TIMEOUT(count(sessions) > sessionsBefore, 20000);
    // ...and its answer is held back behind the ticket's.
    QVERIFY(!socket.waitForReadyRead(1000));
    QCOMPARE(socket.bytesAvailable(), 0);

    blocker.release();
    QByteArray answers;
    QTRY_VERIFY_WITH_TIMEOUT((answers += socket.readAll()).count("HTTP/1.1 ") == 2 &&
                                 answers.contains("\"token\""),
                             20000);
    const qsizetype second = answers.indexOf("HTTP/1.1 ", 1);
    QVERIFY2(answers.startsWith("HTTP/1.1 201"), answers.constData());
    QVERIFY2(answers.left(second).contains("\"serviceId\""), answers.constData());
    QVERIFY2(answers.mid(second).contains("\"token\""), answers.constData());
}

void tst_RequestWorkers::anEventSocketWaitingForItsSessionHoldsUpNoOtherRequest()
{
    // Another program holds the sessions: looking one up waits for it.
    TableLock blocker(m_config.database, u"tst_requestworkers_sessions"_s,
                      u"LOCK TABLE user_session IN ACCESS EXCLUSIVE MODE"_s);
    QVERIFY2(blocker.failure.isEmpty(), qPrintable(blocker.failure));

    // The upgrade does not wait for the database (it used to look the
    // session up on the thread that accepts connections)...
    QWebSocket socket;
    QSignalSpy received(&socket, &QWebSocket::textMessageReceived);
    QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
    QVERIFY(TestSupport::openEvents(socket, m_url.toString(), m_clerk));
    // ...the lookup on a worker does, and meanwhile the server answers.
    QTRY_VERIFY_WITH_TIMEOUT(aStatementWaitsForALock(blocker.db), 20000);
    HttpClient http(m_url);
    QCOMPARE(http.get(u"/api/v1/health"_s).status, 200);

    blocker.release();
    // Then the socket is one of the events': the next ticket reaches it.
    const auto ticket = http.send("POST", u"/api/v1/tickets"_s, R"({"serviceId":"1"})", m_clerk);
    QCOMPARE(ticket.status, 201);
    QTRY_VERIFY_WITH_TIMEOUT(receivedTicket(received, ticket.json[u"id"_s].toString()), 10000);
    QCOMPARE(disconnected.size(), 0);
}

void tst_RequestWorkers::theChangeFeedWaitingForTheDatabaseHoldsUpNoRequest()
{
    HttpClient http(m_url);
    const QByteArray display = http.login(u"anzeige"_s, u"demo"_s);
    QVERIFY(!display.isEmpty());
    QWebSocket board;
    QSignalSpy received(&board, &QWebSocket::textMessageReceived);
    QVERIFY(TestSupport::openEvents(board, m_url.toString(), display));

    // Another program holds the change log, and another server announces a
    // change: the feed's read waits for the lock.
    TableLock blocker(m_config.database, u"tst_requestworkers_changelog"_s,
                      u"LOCK TABLE change_log IN ACCESS EXCLUSIVE MODE"_s);
    QVERIFY2(blocker.failure.isEmpty(), qPrintable(blocker.failure));
    Database announcer(m_config.database, u"tst_requestworkers_announcer"_s);
    QString error;
    QVERIFY2(announcer.open(&error), qPrintable(error));
    announcer.exec(u"NOTIFY tresen_changes, '999999999'"_s);
    QTRY_VERIFY_WITH_TIMEOUT(aStatementWaitsForALock(blocker.db), 20000);

    // Meanwhile the server answers (the feed read on its thread once).
    QCOMPARE(http.get(u"/api/v1/health"_s).status, 200);
    QCOMPARE(http.get(u"/api/v1/queue?officeId=1"_s, m_clerk).status, 200);

    blocker.release();
    // And the events go on: the next ticket reaches the board.
    const auto ticket = http.send("POST", u"/api/v1/tickets"_s, R"({"serviceId":"1"})", m_clerk);
    QCOMPARE(ticket.status, 201);
    QTRY_VERIFY_WITH_TIMEOUT(receivedTicket(received, ticket.json[u"id"_s].toString()), 10000);
}

void tst_RequestWorkers::aRoomMadeWhileRunningIsKnownToTheEventSockets()
{
    // The event sockets' need-to-know knows the rooms' offices from memory
    // (DirectorySnapshot): a room made now reaches it by its change.
    HttpClient http(m_url);
    const QByteArray admin = http.login(u"admin"_s, u"demo"_s);
    QVERIFY(!admin.isEmpty());
    QString standesamt;
    for (const QJsonValue &office : http.get(u"/api/v1/offices"_s, admin).json.toArray()) {
        if (office[u"kind"_s].toString() == u"standesamt"_s)
            standesamt = office[u"id"_s].toString();
    }
    QVERIFY(!standesamt.isEmpty());
    // A registrar of the Standesamt only (the demo's work in every office,
    // for whom a room's office does not matter).
    const QString firstPassword = u"Vom-Admin-vergeben-2026"_s;
    const auto created =
        http.send("POST", u"/api/v1/users"_s,
                  QJsonDocument(QJsonObject{{u"login"_s, u"standesbeamtin"_s},
                                            {u"name"_s, u"Standesbeamtin"_s},
                                            {u"roles"_s, QJsonArray{u"registrar"_s}},
                                            {u"officeIds"_s, QJsonArray{standesamt}},
                                            {u"password"_s, firstPassword}})
                      .toJson(),
                  admin);
    QVERIFY2(created.status == 201, created.body.constData());
    const QByteArray registrar = http.login(u"standesbeamtin"_s, firstPassword);
    QVERIFY(!registrar.isEmpty());
    QCOMPARE(http.send("POST", u"/api/v1/session/password"_s,
                       QJsonDocument(QJsonObject{{u"old"_s, firstPassword},
                                                 {u"new"_s, u"Trauzimmer-mit-Blick-ins-Gruene"_s}})
                           .toJson(),
                       registrar)
                 .status,
             204);
    QWebSocket socket;
    QSignalSpy received(&socket, &QWebSocket::textMessageReceived);
    QVERIFY(TestSupport::openEvents(socket, m_url.toString(), registrar));

    const auto room =
        http.send("POST", u"/api/v1/wedding/rooms"_s,
                  QJsonDocument(QJsonObject{{u"officeId"_s, standesamt},
                                            {u"name"_s, u"Orangerie"_s},
                                            {u"guests"_s, 30},
                                            {u"weekdays"_s, QJsonArray{1, 2, 3, 4, 5, 6, 7}},
                                            {u"firstStart"_s, u"10:00"_s},
                                            {u"lastStart"_s, u"12:00"_s},
                                            {u"slotMinutes"_s, 60}})
                      .toJson(),
                  admin);
    QCOMPARE(room.status, 201);
    const QDate day = QDate::currentDate().addDays(40);
    QString slotId;
    const auto offered = http.get(
        u"/api/v1/wedding/slots?from=%1&to=%1"_s.arg(day.toString(Qt::ISODate)), registrar);
    QCOMPARE(offered.status, 200);
    for (const QJsonValue &slot : offered.json.toArray()) {
        if (slot[u"roomName"_s].toString() == u"Orangerie"_s)
            slotId = slot[u"id"_s].toString();
    }
    QVERIFY(!slotId.isEmpty());
    const auto booking = http.send("POST", u"/api/v1/wedding/slots/%1/reservations"_s.arg(slotId),
                                   QJsonDocument(QJsonObject{{u"partner1"_s, u"Erika Mustermann"_s},
                                                             {u"partner2"_s, u"Max Mustermann"_s},
                                                             {u"email"_s, u"erika@example.org"_s}})
                                       .toJson(),
                                   registrar);
    QVERIFY2(booking.status == 201, booking.body.constData());

    // The registrar works in the Standesamt: the booking in the new room
    // reaches them (with the room unknown it would go to nobody).
    const auto hasBooking = [&] {
        for (const QList<QVariant> &message : std::as_const(received)) {
            const QJsonObject change =
                QJsonDocument::fromJson(message.at(0).toString().toUtf8()).object();
            if (change[u"entity"_s].toString() == u"wedding_booking"_s &&
                change[u"id"_s].toString() == booking.json[u"id"_s].toString())
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(hasBooking(), 10000);
}

void tst_RequestWorkers::theRetentionJobWaitingForALockHoldsUpNoRequest()
{
    // An erasure makes the retention job vacuum the tables soon after the
    // answer; another program holding one of them makes that VACUUM wait.
    // (Share update exclusive: writes to the table go on, VACUUM waits.)
    TableLock blocker(m_config.database, u"tst_requestworkers_retention"_s,
                      u"LOCK TABLE login_refusal_audited IN SHARE UPDATE EXCLUSIVE MODE"_s);
    QVERIFY2(blocker.failure.isEmpty(), qPrintable(blocker.failure));
    HttpClient http(m_url);
    const QByteArray admin = http.login(u"admin"_s, u"demo"_s);
    QVERIFY(!admin.isEmpty());
    const auto ticket = http.send("POST", u"/api/v1/tickets"_s, R"({"serviceId":"1"})", m_clerk);
    QCOMPARE(ticket.status, 201);
    const auto erased =
        http.send("POST", u"/api/v1/privacy/erase"_s,
                  QJsonDocument(QJsonObject{{u"entity"_s, u"ticket"_s},
                                            {u"id"_s, ticket.json[u"id"_s].toString()}})
                      .toJson(),
                  admin);
    QVERIFY2(erased.status == 200, erased.body.constData());
    // Watched from outside any transaction: pg_stat_activity keeps one
    // snapshot per transaction.
    Database monitor(m_config.database, u"tst_requestworkers_monitor"_s);
    QString error;
    QVERIFY2(monitor.open(&error), qPrintable(error));
    const auto vacuumWaits = [&monitor] {
        SqlRows rows = monitor.exec(u"SELECT COUNT(*) FROM pg_stat_activity WHERE "
                                    "wait_event_type = 'Lock' AND datname = current_database() "
                                    "AND query ILIKE 'VACUUM%'"_s);
        return rows.next() && rows.value(0).toInt() > 0;
    };
    QTRY_VERIFY_WITH_TIMEOUT(vacuumWaits(), 20000);

    // Meanwhile the server answers: the job runs on its own thread and
    // connection (it used to run on the thread that accepts connections).
    QCOMPARE(http.get(u"/api/v1/health"_s).status, 200);
    QCOMPARE(http.get(u"/api/v1/queue?officeId=1"_s, m_clerk).status, 200);
    QCOMPARE(http.send("POST", u"/api/v1/tickets"_s, R"({"serviceId":"1"})", m_clerk).status, 201);

    blocker.release();
    QTRY_VERIFY_WITH_TIMEOUT(!vacuumWaits(), 20000);
}

QTEST_GUILESS_MAIN(tst_RequestWorkers)
#include "tst_requestworkers.moc"
