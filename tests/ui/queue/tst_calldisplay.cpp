// The call display window with a call pushed through a real server: shown
// large, highlighted, gonged and announced; marked when the connection is lost.

#include "core/queue/callboard.h"
#include "core/sync/backendclient.h"
#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"
#include "server/instance/serverinstance.h"
#include "testsupport.h"
#include "ui/common/theme.h"
#include "ui/queue/announcer.h"
#include "ui/queue/calldisplaywindow.h"

#include <QJsonObject>
#include <QLabel>

using namespace Qt::StringLiterals;

class tst_CallDisplay : public QObject
{
    Q_OBJECT

private slots:
    void showsAPushedCall();
};

void tst_CallDisplay::showsAPushedCall()
{
    QTemporaryDir dir;
    QString error;
    auto server = TestSupport::startDemoServer(dir, &error);
    QVERIFY2(server, qPrintable(error));
    const auto display = TestSupport::SyncedClient::connect(
        QUrl(server->baseUrl()), u"anzeige"_s, u"demo"_s, dir.filePath(u"cache.db"_s), &error);
    QVERIFY2(display, qPrintable(error));

    Theme::apply(); // as the display app: the theme must not shrink what the display sizes
    CallBoard board(display->client.get(), display->store.get(), display->sync.get());
    Announcer announcer;
    CallDisplayWindow window(&board, &announcer);
    board.setOfficeId(u"1"_s);
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.newestCallText().isEmpty());
    QVERIFY(!window.isOfflineMarkShown());

    TestSupport::HttpClient http(QUrl(server->baseUrl()));
    const QByteArray clerk = http.login(u"mueller"_s, u"demo"_s);
    http.send("POST", u"/api/v1/tickets"_s, R"({"serviceId":"2"})", clerk);
    const QString id =
        http.send("POST", u"/api/v1/counters/8/call-next"_s, "{}", clerk).json[u"id"_s].toString();

    QTRY_COMPARE_WITH_TIMEOUT(window.newestCallText(), u"B001 → Schalter 8"_s, 10000);
    QVERIFY(window.isHighlighting());
    QCOMPARE(window.callTexts(), QStringList{u"B001 → Schalter 8"_s});
    // The latest calls are read from across the waiting room too.
    for (const QLabel *line : window.findChildren<QLabel *>()) {
        if (line->text() == u"B001 → Schalter 8"_s && line->objectName() != u"newestCall"_s) {
            QVERIFY2(line->font().pixelSize() >= 20 || line->font().pointSize() >= 15,
                     qPrintable(line->font().toString()));
        }
    }
    QCOMPARE(announcer.gongCount(), 1);
    QCOMPARE(announcer.lastAnnouncement(), u"Number B 1, please go to Schalter 8."_s);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isHighlighting(), 10000); // blinks a few seconds only

    // Put back in line: the board shows no call that is not current.
    QCOMPARE(http.send("POST", u"/api/v1/tickets/%1/requeue"_s.arg(id), "{}", clerk).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(window.callTexts().isEmpty(), 10000);
    QVERIFY(window.newestCallText().isEmpty());
    // Called again: back on it.
    http.send("POST", u"/api/v1/counters/8/call-next"_s, "{}", clerk);
    QTRY_COMPARE_WITH_TIMEOUT(window.newestCallText(), u"B001 → Schalter 8"_s, 10000);

    server.reset();
    QTRY_VERIFY_WITH_TIMEOUT(window.isOfflineMarkShown(), 10000);
    QCOMPARE(window.newestCallText(), u"B001 → Schalter 8"_s); // still shown, but marked
}

QTEST_MAIN(tst_CallDisplay)
#include "tst_calldisplay.moc"
