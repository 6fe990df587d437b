// The front desk when the network drops, against a real server on loopback:
// the workstation holds its number block of the day, goes on issuing tickets
// from it while the server is away, and when the server is back the tickets
// join the queue, in the order they were issued, with the numbers on their
// slips.

#include "core/queue/counterdesk.h"
#include "core/queue/frontdesknumbers.h"
#include "core/sync/backendclient.h"
#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"
#include "server/instance/backend.h"
#include "server/instance/serverinstance.h"
#include "server/storage/database.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace {
// Demo data: Schalter 1 (id 1) in office 1; services 1 = A (Personalausweis), 2 = B.
const QString kCounter = u"1"_s;
const QString kPersonalausweis = u"1"_s;
const QString kReisepass = u"2"_s;

struct Issued
{
    Ticket ticket;
    QString error;
    bool done = false;
};
} // namespace

class tst_FrontDeskOffline : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void ticketsIssuedOfflineJoinTheQueueInOrder();
    void withoutReserveNumbersNothingIsIssuedOffline();
    void ticketsTheServerRefusesStayListedUntilSeen();
    void aFrontDeskLowOnNumbersGetsTheNextBlockWhileOnline();

private:
    Issued issue(const QString &serviceId);
    void stopServer();
    void restartServer();
    QStringList queueNumbers();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerInstance> m_server;
    DatabaseUrl m_database;
    quint16 m_port = 0;
    std::unique_ptr<TestSupport::HttpClient> m_http;
    QByteArray m_token;
    std::unique_ptr<TestSupport::SyncedClient> m_clerk;
    std::unique_ptr<CounterDesk> m_desk;
};

void tst_FrontDeskOffline::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_server = TestSupport::startDemoServer(*m_dir, &error);
    QVERIFY2(m_server, qPrintable(error));
    m_database = m_server->config().database;
    m_port = m_server->port();
    m_http = std::make_unique<TestSupport::HttpClient>(QUrl(m_server->baseUrl()));
    m_token = m_http->login(u"yilmaz"_s, u"demo"_s);
    m_clerk = TestSupport::SyncedClient::connect(QUrl(m_server->baseUrl()), u"mueller"_s, u"demo"_s,
                                                 m_dir->filePath(u"cache.db"_s), &error);
    QVERIFY2(m_clerk, qPrintable(error));
    m_clerk->sync->outbox().setRetryInterval(100);
    m_clerk->sync->eventStream().setBackoff(1, 2);
    m_desk = std::make_unique<CounterDesk>(m_clerk->client.get(), m_clerk->store.get(),
                                           m_clerk->sync.get());
    m_desk->setCounter(kCounter);
}

void tst_FrontDeskOffline::cleanup()
{
    m_desk.reset();
    m_clerk.reset();
    m_http.reset();
    m_server.reset();
    m_dir.reset();
}

Issued tst_FrontDeskOffline::issue(const QString &serviceId)
{
    auto issued = std::make_shared<Issued>();
    m_desk->issueTicket(serviceId, 0, QString(),
                        [issued](const Ticket &ticket, int, const QString &error) {
                            issued->ticket = ticket;
                            issued->error = error;
                            issued->done = true;
                        });
    if (!QTest::qWaitFor([issued] { return issued->done; }, 10000))
        issued->error = u"no answer"_s;
    return *issued;
}

void tst_FrontDeskOffline::stopServer()
{
    m_server.reset();
    QTRY_COMPARE_WITH_TIMEOUT(m_clerk->sync->connection(), SyncEngine::Connection::Reconnecting,
                              10000);
}

void tst_FrontDeskOffline::restartServer()
{
    // The server comes back on the same address, with the same database.
    ServerConfig config;
    config.database = m_database;
    config.port = m_port;
    m_server = std::make_unique<ServerInstance>(config);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
}

QStringList tst_FrontDeskOffline::queueNumbers()
{
    QStringList numbers;
    const QJsonObject queue = m_http->get(u"/api/v1/queue?officeId=1"_s, m_token).json.toObject();
    for (const QJsonValue &ticket : queue.value(u"tickets"_s).toArray())
        numbers.append(ticket[u"number"_s].toString());
    return numbers;
}

void tst_FrontDeskOffline::ticketsIssuedOfflineJoinTheQueueInOrder()
{
    // Opening the front desk fetches the workstation's block of the day.
    m_desk->setIssuesTickets(true);
    FrontDeskNumbers &numbers = m_desk->reserveNumbers();
    QTRY_COMPARE_WITH_TIMEOUT(numbers.remaining(), 50, 10000);
    const NumberBlock block = *numbers.block();

    // Online the server numbers as always.
    const Issued online = issue(kPersonalausweis);
    QVERIFY2(online.error.isEmpty(), qPrintable(online.error));
    QVERIFY(online.ticket.id > 0);
    QVERIFY(online.ticket.number.startsWith(u'A'));
    QCOMPARE(numbers.remaining(), 50);
    // Times travel in whole seconds: the tickets below are issued in a later
    // second than this one, as they would be at a real front desk.
    const qint64 onlineSecond = online.ticket.issuedAt / 1000;
    QVERIFY(QTest::qWaitFor(
        [onlineSecond] { return QDateTime::currentMSecsSinceEpoch() / 1000 > onlineSecond; }));

    stopServer();
    QVERIFY(!m_desk->isOnline());
    QVERIFY(m_desk->mayIssueTickets());
    QStringList offline;
    for (const QString &service : {kReisepass, kPersonalausweis, kReisepass}) {
        const Issued issued = issue(service);
        QVERIFY2(issued.error.isEmpty(), qPrintable(issued.error));
        QCOMPARE(issued.ticket.id, qint64(0)); // not the server's yet
        QCOMPARE(QString::number(issued.ticket.serviceId), service);
        offline.append(issued.ticket.number);
    }
    QCOMPARE(offline, (QStringList{block.numberAt(1), block.numberAt(2), block.numberAt(3)}));
    QCOMPARE(m_clerk->store->pendingCount(), 3);
    QCOMPARE(numbers.remaining(), 47);
    // What was used survives a restart of the workstation (the cache keeps it).
    {
        FrontDeskNumbers again(m_clerk->client.get(), m_clerk->store.get(), m_clerk->sync.get());
        again.setOfficeId(m_desk->officeId());
        QCOMPARE(again.remaining(), 47);
    }

    restartServer();
    QTRY_COMPARE_WITH_TIMEOUT(m_clerk->store->pendingCount(), 0, 20000);
    // In the queue, with their numbers, after the ticket issued before them
    // and in the order they were issued.
    QCOMPARE(queueNumbers(),
             (QStringList{online.ticket.number, offline.at(0), offline.at(1), offline.at(2)}));
    // And in the workstation's own queue, through the feed.
    const auto allCached = [this, &offline] {
        QStringList cached;
        for (const QJsonObject &ticket : m_clerk->store->entities(u"ticket"_s))
            cached.append(ticket.value(u"number"_s).toString());
        for (const QString &number : offline) {
            if (!cached.contains(number))
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(allCached(), 10000);
    // Online again: the server numbers again.
    QTRY_VERIFY_WITH_TIMEOUT(m_desk->isOnline(), 10000);
    const Issued back = issue(kPersonalausweis);
    QVERIFY2(back.error.isEmpty(), qPrintable(back.error));
    QVERIFY(back.ticket.id > 0);
    QVERIFY(back.ticket.number.startsWith(u'A'));
}

void tst_FrontDeskOffline::withoutReserveNumbersNothingIsIssuedOffline()
{
    // A counter that is no front desk holds no block.
    QVERIFY(m_desk->mayIssueTickets());
    QCOMPARE(m_desk->reserveNumbers().remaining(), 0);
    stopServer();
    QVERIFY(!m_desk->mayIssueTickets());
    const Issued refused = issue(kPersonalausweis);
    QVERIFY(!refused.error.isEmpty());
    QCOMPARE(m_clerk->store->pendingCount(), 0);
}

void tst_FrontDeskOffline::ticketsTheServerRefusesStayListedUntilSeen()
{
    m_desk->setIssuesTickets(true);
    QTRY_COMPARE_WITH_TIMEOUT(m_desk->reserveNumbers().remaining(), 50, 10000);
    stopServer();
    const Issued first = issue(kPersonalausweis);
    const Issued second = issue(kReisepass);
    QVERIFY2(first.error.isEmpty() && second.error.isEmpty(), qPrintable(first.error));
    {
        // Meanwhile the blocks were taken back (as after a restore of the
        // server's database): the server will not know these numbers.
        Database db(m_database, u"takeBack"_s);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        db.exec(u"DELETE FROM number_block"_s, {});
    }
    QSignalSpy listed(m_desk.get(), &CounterDesk::refusedTicketsChanged);
    restartServer();
    QTRY_COMPARE_WITH_TIMEOUT(m_clerk->store->pendingCount(), 0, 20000);
    // Both stay listed, each with its number: one message would hide the other.
    const QStringList refused = m_desk->refusedTickets();
    QCOMPARE(refused.size(), 2);
    QVERIFY2(refused.at(0).contains(first.ticket.number), qPrintable(refused.at(0)));
    QVERIFY2(refused.at(1).contains(second.ticket.number), qPrintable(refused.at(1)));
    QCOMPARE(listed.size(), 2);
    QVERIFY(queueNumbers().isEmpty());

    m_desk->acknowledgeRefusedTickets();
    QVERIFY(m_desk->refusedTickets().isEmpty());
    QCOMPARE(listed.size(), 3);
}

void tst_FrontDeskOffline::aFrontDeskLowOnNumbersGetsTheNextBlockWhileOnline()
{
    m_desk->setIssuesTickets(true);
    FrontDeskNumbers &numbers = m_desk->reserveNumbers();
    QTRY_COMPARE_WITH_TIMEOUT(numbers.remaining(), 50, 10000);
    const NumberBlock first = *numbers.block();
    while (numbers.remaining() > FrontDeskNumbers::kLowMark)
        QVERIFY(numbers.take());
    // The queue's next refresh (after any change, online) tops it up.
    m_desk->refreshQueue();
    QTRY_COMPARE_WITH_TIMEOUT(numbers.remaining(), 50, 10000);
    QCOMPARE(numbers.block()->part, 2);
    QVERIFY(numbers.block()->ordinal != first.ordinal);
}

QTEST_GUILESS_MAIN(tst_FrontDeskOffline)
#include "tst_frontdeskoffline.moc"
