// The call display window with a call pushed through a real server: shown
// large, highlighted, gonged and announced; marked when the connection is lost.

#include "testsupport.h"

#include "core/backendclient.h"
#include "core/callboard.h"
#include "core/localstore.h"
#include "core/syncengine.h"
#include "server/serverinstance.h"
#include "ui/announcer.h"
#include "ui/calldisplaywindow.h"

#include <QJsonObject>

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
    ServerConfig config;
    config.database.kind = DatabaseUrl::Kind::Sqlite;
    config.database.path = dir.filePath(u"server.db"_s);
    config.demo = true;
    auto server = std::make_unique<ServerInstance>(config);
    QString error;
    QVERIFY2(server->start(&error), qPrintable(error));

    BackendClient client;
    client.setBaseUrl(QUrl(server->baseUrl()));
    bool loggedIn = false;
    client.login(u"anzeige"_s, u"demo"_s, this,
                 [&loggedIn](const ApiResponse &r, const SessionInfo &) { loggedIn = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(loggedIn, 10000);
    LocalStore store(dir.filePath(u"cache.db"_s), u"cache"_s);
    QVERIFY(store.open(&error));
    SyncEngine sync(&client, &store);
    sync.start();
    QTRY_COMPARE_WITH_TIMEOUT(store.entities(u"counter"_s).size(), 10, 10000);

    CallBoard board(&client, &store, &sync);
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
    http.send("POST", u"/api/v1/counters/8/call-next"_s, "{}", clerk);

    QTRY_COMPARE_WITH_TIMEOUT(window.newestCallText(), u"B001 → Schalter 8"_s, 10000);
    QVERIFY(window.isHighlighting());
    QCOMPARE(window.callTexts(), QStringList{u"B001 → Schalter 8"_s});
    QCOMPARE(announcer.gongCount(), 1);
    QCOMPARE(announcer.lastAnnouncement(), u"Number B 1, please go to Schalter 8."_s);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isHighlighting(), 10000); // blinks a few seconds only

    server.reset();
    QTRY_VERIFY_WITH_TIMEOUT(window.isOfflineMarkShown(), 10000);
    QCOMPARE(window.newestCallText(), u"B001 → Schalter 8"_s); // still shown, but marked
}

QTEST_MAIN(tst_CallDisplay)
#include "tst_calldisplay.moc"
