// The strip that shows a clerk the changes held after the server went back
// to a backup (LocalStore::outboxHeld), against a real embedded server: it
// lists them, sends nothing until asked, sends them on "Send them", and
// discards them only once the clerk has confirmed.

#include "core/appointments/appointmentbook.h"
#include "core/sync/outboxsender.h"
#include "modals.h"
#include "server/instance/embeddedserver.h"
#include "testsupport.h"
#include "ui/shell/heldwritesbanner.h"

#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

class tst_HeldWritesBanner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void listsHeldChangesAndSendsThemWhenAsked();
    void discardsOnlyOnceConfirmed();

private:
    // A booking waiting in the outbox of a cache that then met a restored
    // server: held, with its summary.
    QString holdABooking(TestSupport::SyncedClient &ws, int minute);
    int bookingsNamed(const QString &name);

    QTemporaryDir m_dir;
    ServerConfig m_config;
    std::unique_ptr<EmbeddedServer> m_server;
    QByteArray m_token;
};

void tst_HeldWritesBanner::initTestCase()
{
    TRESEN_FRESH_DATABASE(m_config.database, u"tst_heldwritesbanner"_s, m_dir);
    m_config.demo = true;
    m_server = std::make_unique<EmbeddedServer>(m_config);
    QSignalSpy started(m_server.get(), &EmbeddedServer::started);
    m_server->start();
    QVERIFY(started.wait(30000));
    m_token = TestSupport::HttpClient(m_server->url()).login(u"weber"_s, u"demo"_s);
    QVERIFY(!m_token.isEmpty());
}

void tst_HeldWritesBanner::cleanupTestCase()
{
    m_server.reset();
}

QString tst_HeldWritesBanner::holdABooking(TestSupport::SyncedClient &ws, int minute)
{
    AppointmentBook book(ws.client.get(), ws.store.get(), ws.sync.get());
    ws.sync->outbox().pause();
    AppointmentRequest request;
    request.serviceId = u"1"_s;
    const QDate monday = TestSupport::mondayWeeksAhead(10);
    request.startsAt = QDateTime(monday, QTime(10, minute)).toMSecsSinceEpoch();
    request.name = u"Gehalten %1"_s.arg(minute);
    if (!book.book(request))
        return {};
    // What the sync does when the server's instance id is new.
    if (!ws.store->resetIfOtherServer(u"restored-from-a-backup"_s))
        return {};
    ws.sync->outbox().resume();
    return request.name;
}

int tst_HeldWritesBanner::bookingsNamed(const QString &name)
{
    TestSupport::HttpClient http(m_server->url());
    return int(http.get(u"/api/v1/appointments?officeId=1&from=%1&q=%2"_s.arg(
                            TestSupport::mondayWeeksAhead(10).toString(Qt::ISODate), name),
                        m_token)
                   .json.toArray()
                   .size());
}

void tst_HeldWritesBanner::listsHeldChangesAndSendsThemWhenAsked()
{
    QString error;
    auto ws = TestSupport::SyncedClient::connect(m_server->url(), u"mueller"_s, u"demo"_s,
                                                 m_dir.filePath(u"send.db"_s), &error);
    QVERIFY2(ws, qPrintable(error));
    QWidget window;
    auto *banner = new HeldWritesBanner(&ws->sync->outbox(), &window);
    (new QVBoxLayout(&window))->addWidget(banner);
    window.show();
    QVERIFY(!banner->isVisible()); // nothing held: no strip

    const QString name = holdABooking(*ws, 0);
    QVERIFY(!name.isEmpty());
    QTRY_VERIFY(banner->isVisible());
    const auto *list = banner->findChild<QLabel *>(u"heldWritesList"_s);
    QVERIFY(list->text().contains(name));
    QVERIFY(banner->findChild<QLabel *>(u"heldWritesText"_s)->text().contains(u"1 change"_s));
    QTest::qWait(300); // time the outbox would need to send it, were it not held
    QCOMPARE(ws->store->pendingCount(), 1);
    QCOMPARE(bookingsNamed(name), 0);

    banner->findChild<QPushButton *>(u"sendHeldWrites"_s)->click();
    QVERIFY(!banner->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(ws->store->pendingCount(), 0, 20000);
    QCOMPARE(bookingsNamed(name), 1);
}

void tst_HeldWritesBanner::discardsOnlyOnceConfirmed()
{
    QString error;
    auto ws = TestSupport::SyncedClient::connect(m_server->url(), u"mueller"_s, u"demo"_s,
                                                 m_dir.filePath(u"discard.db"_s), &error);
    QVERIFY2(ws, qPrintable(error));
    QWidget window;
    auto *banner = new HeldWritesBanner(&ws->sync->outbox(), &window);
    (new QVBoxLayout(&window))->addWidget(banner);
    window.show();
    const QString name = holdABooking(*ws, 30);
    QVERIFY(!name.isEmpty());
    QTRY_VERIFY(banner->isVisible());
    auto *discard = banner->findChild<QPushButton *>(u"discardHeldWrites"_s);

    QString asked;
    TestSupport::onNextModal([&asked](QWidget *modal) {
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            asked = box->text();
            box->button(QMessageBox::Cancel)->click();
        }
    });
    discard->click();
    QVERIFY2(asked.contains(u"1 change"_s) && asked.contains(u"cannot be restored"_s),
             qPrintable(asked));
    QVERIFY(banner->isVisible());
    QCOMPARE(ws->store->pendingCount(), 1);

    TestSupport::onNextModal([](QWidget *modal) {
        if (auto *box = qobject_cast<QMessageBox *>(modal))
            box->button(QMessageBox::Discard)->click();
    });
    discard->click();
    QVERIFY(!banner->isVisible());
    QCOMPARE(ws->store->pendingCount(), 0);
    QVERIFY(!ws->sync->outbox().isHeld());
    QTest::qWait(300);
    QCOMPARE(bookingsNamed(name), 0); // never sent
}

QTEST_MAIN(tst_HeldWritesBanner)
#include "tst_heldwritesbanner.moc"
