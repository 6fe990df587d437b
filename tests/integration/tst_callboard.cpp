// The call board (what the waiting-room display shows) fed by a real server:
// live calls and recalls, the office filter, the per-service waiting lines,
// and the spoken form of a call.

#include "core/queue/callboard.h"
#include "core/sync/backendclient.h"
#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"
#include "server/instance/serverinstance.h"
#include "testsupport.h"

#include <QJsonObject>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

class tst_CallBoard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void announcement_data();
    void announcement();
    void showsCallsAsTheyHappen();
    void ignoresOtherOffices();
    void showsOnlyCurrentCalls();
    void everyWayOffTheCounterLeavesTheBoard_data();
    void everyWayOffTheCounterLeavesTheBoard();
    void listsWaitingPerService();

private:
    QString issueAndCall(const QString &serviceId, const QString &counterId);

    // Each test its own server and board: no test sees the calls and tickets
    // of another, nor a counter another left holding a ticket.
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerInstance> m_server;
    std::unique_ptr<TestSupport::HttpClient> m_http;
    QByteArray m_clerk;
    std::unique_ptr<TestSupport::SyncedClient> m_display;
    std::unique_ptr<CallBoard> m_board;
};

void tst_CallBoard::init()
{
    // The spoken form of a call is worked out without any server.
    if (qstrcmp(QTest::currentTestFunction(), "announcement") == 0)
        return;
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_server = TestSupport::startDemoServer(*m_dir, &error);
    QVERIFY2(m_server, qPrintable(error));
    m_http = std::make_unique<TestSupport::HttpClient>(QUrl(m_server->baseUrl()));
    m_clerk = m_http->login(u"mueller"_s, u"demo"_s);
    m_display = TestSupport::SyncedClient::connect(
        QUrl(m_server->baseUrl()), u"anzeige"_s, u"demo"_s, m_dir->filePath(u"cache.db"_s), &error);
    QVERIFY2(m_display, qPrintable(error));
    m_board = std::make_unique<CallBoard>(m_display->client.get(), m_display->store.get(),
                                          m_display->sync.get());
    m_board->setOfficeId(u"1"_s);
    QCOMPARE(m_board->officeName(), u"Bürgeramt Mitte"_s);
    QVERIFY(m_board->isLive());
}

void tst_CallBoard::cleanup()
{
    m_board.reset();
    m_display.reset();
    m_http.reset();
    m_server.reset();
    m_dir.reset();
}

QString tst_CallBoard::issueAndCall(const QString &serviceId, const QString &counterId)
{
    const QString number = m_http
                               ->send("POST", u"/api/v1/tickets"_s,
                                      u"{\"serviceId\":\"%1\"}"_s.arg(serviceId).toUtf8(), m_clerk)
                               .json.toObject()
                               .value(u"number"_s)
                               .toString();
    const auto called =
        m_http->send("POST", u"/api/v1/counters/%1/call-next"_s.arg(counterId), "{}", m_clerk);
    // Said here, so that a board that shows nothing can be told from a call that failed.
    if (number.isEmpty() || called.status != 200)
        qWarning("issueAndCall: ticket %s, call-next %d %s", qPrintable(number), called.status,
                 called.body.constData());
    return number;
}

void tst_CallBoard::announcement_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("counter");
    QTest::addColumn<QString>("text");
    QTest::addRow("leading zeros dropped")
        << u"A017"_s << u"Schalter 3"_s << u"Number A 17, please go to Schalter 3."_s;
    QTest::addRow("first of the day")
        << u"B001"_s << u"Schalter 8"_s << u"Number B 1, please go to Schalter 8."_s;
    QTest::addRow("past a thousand")
        << u"C1000"_s << u"Büro 2"_s << u"Number C 1000, please go to Büro 2."_s;
    QTest::addRow("reserve number of a front desk")
        << u"Z1-007"_s << u"Schalter 2"_s << u"Number Z 1 – 7, please go to Schalter 2."_s;
    QTest::addRow("not a ticket number")
        << u"X-1"_s << u"Büro 1"_s << u"Number X-1, please go to Büro 1."_s;
}

void tst_CallBoard::announcement()
{
    QFETCH(QString, number);
    QFETCH(QString, counter);
    QFETCH(QString, text);
    QCOMPARE(announcementText(number, counter), text);
}

void tst_CallBoard::showsCallsAsTheyHappen()
{
    QSignalSpy called(m_board.get(), &CallBoard::called);
    const QString first = issueAndCall(u"1"_s, u"3"_s);
    QTRY_COMPARE_WITH_TIMEOUT(called.size(), 1, 10000);
    const auto call = called.at(0).at(0).value<CallBoard::Call>();
    QCOMPARE(call.number, first);
    QCOMPARE(call.counterName, u"Schalter 3"_s);
    QCOMPARE(m_board->calls().first().number, first);

    const QString second = issueAndCall(u"3"_s, u"5"_s);
    QTRY_COMPARE_WITH_TIMEOUT(called.size(), 2, 10000);
    QCOMPARE(m_board->calls().first().number, second); // newest first
    QCOMPARE(m_board->calls().at(1).number, first);

    // A recall is announced again and moves to the top, once.
    const QString ticketId = m_board->calls().at(1).ticketId;
    m_http->send("POST", u"/api/v1/tickets/%1/recall"_s.arg(ticketId), "{}", m_clerk);
    QTRY_COMPARE_WITH_TIMEOUT(called.size(), 3, 10000);
    QCOMPARE(m_board->calls().first().number, first);
    QCOMPARE(m_board->calls().size(), 2);
}

void tst_CallBoard::ignoresOtherOffices()
{
    QSignalSpy called(m_board.get(), &CallBoard::called);
    issueAndCall(u"9"_s, u"9"_s); // Standesamt, Büro 1
    // Events come in the order of the changes: once this office's later call
    // is shown, the Standesamt's would have been, had it been let through.
    const QString ours = issueAndCall(u"1"_s, u"3"_s);
    QTRY_COMPARE_WITH_TIMEOUT(called.size(), 1, 10000);
    QCOMPARE(called.at(0).at(0).value<CallBoard::Call>().number, ours);
    QCOMPARE(m_board->calls().size(), 1);
    QCOMPARE(m_board->calls().first().number, ours);
}

void tst_CallBoard::showsOnlyCurrentCalls()
{
    const QString number = issueAndCall(u"1"_s, u"3"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_board->calls().size(), 1, 10000);
    const QString ticketId = m_board->calls().first().ticketId;
    const auto act = [this, &ticketId](const QString &step) {
        return m_http->send("POST", u"/api/v1/tickets/%1/%2"_s.arg(ticketId, step), "{}", m_clerk)
            .status;
    };

    // Put back in line: off the board at once.
    QCOMPARE(act(u"requeue"_s), 200);
    QTRY_VERIFY_WITH_TIMEOUT(m_board->calls().isEmpty(), 10000);

    // Called again: on the board while called and served, off once finished.
    m_http->send("POST", u"/api/v1/counters/3/call-next"_s, "{}", m_clerk);
    QTRY_COMPARE_WITH_TIMEOUT(m_board->calls().size(), 1, 10000);
    QCOMPARE(m_board->calls().first().number, number);
    QCOMPARE(act(u"start"_s), 200);
    QCOMPARE(act(u"finish"_s), 200);
    QTRY_VERIFY_WITH_TIMEOUT(m_board->calls().isEmpty(), 10000);

    // The server's list agrees.
    QSignalSpy changed(m_board.get(), &CallBoard::changed);
    m_board->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 10000);
    QVERIFY(m_board->calls().isEmpty());
}

void tst_CallBoard::everyWayOffTheCounterLeavesTheBoard_data()
{
    QTest::addColumn<QStringList>("steps"); // on the called ticket, in order
    QTest::addRow("put back") << QStringList{u"requeue"_s};
    QTest::addRow("not come") << QStringList{u"recall"_s, u"no-show"_s};
    QTest::addRow("transferred to a service") << QStringList{u"start"_s, u"transfer:service"_s};
    QTest::addRow("transferred to a counter") << QStringList{u"start"_s, u"transfer:counter"_s};
    QTest::addRow("finished") << QStringList{u"start"_s, u"finish"_s};
}

void tst_CallBoard::everyWayOffTheCounterLeavesTheBoard()
{
    QFETCH(QStringList, steps);
    issueAndCall(u"1"_s, u"3"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_board->calls().size(), 1, 10000);
    const QString ticketId = m_board->calls().first().ticketId;
    for (const QString &step : std::as_const(steps)) {
        QByteArray body = "{}";
        QString action = step;
        if (step == u"transfer:service"_s)
            body = R"({"serviceId":"2"})";
        if (step == u"transfer:counter"_s)
            body = R"({"counterId":"4"})";
        if (step.startsWith(u"transfer"_s))
            action = u"transfer"_s;
        const int status =
            m_http->send("POST", u"/api/v1/tickets/%1/%2"_s.arg(ticketId, action), body, m_clerk)
                .status;
        QVERIFY2(status == 200, qPrintable(u"%1: %2"_s.arg(step).arg(status)));
    }
    QTRY_VERIFY_WITH_TIMEOUT(m_board->calls().isEmpty(), 10000);
    // And the server's list agrees.
    QSignalSpy changed(m_board.get(), &CallBoard::changed);
    m_board->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 10000);
    QVERIFY(m_board->calls().isEmpty());
}

void tst_CallBoard::listsWaitingPerService()
{
    const QString called = issueAndCall(u"1"_s, u"3"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_board->calls().size(), 1, 10000);
    for (int i = 0; i < 3; ++i)
        m_http->send("POST", u"/api/v1/tickets"_s, R"({"serviceId":"4"})", m_clerk);
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(m_board->services().cbegin(), m_board->services().cend(),
                                         [](const CallBoard::ServiceLine &line) {
                                             return line.prefix == u"D"_s && line.waiting == 3 &&
                                                    line.estimatedWaitMinutes > 0;
                                         }),
                             10000);
    // After a refresh the calls come from the server, in the same order.
    const QList<CallBoard::Call> before = m_board->calls();
    QSignalSpy changed(m_board.get(), &CallBoard::changed);
    m_board->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 10000); // the calls, and the waiting lines
    QCOMPARE(m_board->calls().size(), before.size());
    QCOMPARE(m_board->calls().first().number, called);
}

QTEST_GUILESS_MAIN(tst_CallBoard)
#include "tst_callboard.moc"
