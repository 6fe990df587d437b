// The main window: workspaces by role, keyboard switching, the counter
// selection from the local cache, and the connection mark.

#include "core/queue/counterdesk.h"
#include "core/queue/counterlistmodel.h"
#include "core/sync/backendclient.h"
#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"
#include "modals.h"
#include "server/instance/serverinstance.h"
#include "testsupport.h"
#include "ui/administration/administrationworkspace.h"
#include "ui/administration/officesettingspage.h"
#include "ui/common/workspacepage.h"
#include "ui/queue/counterworkspace.h"
#include "ui/shell/connectionindicator.h"
#include "ui/shell/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Roles)

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void workspacesFollowRoles_data();
    void workspacesFollowRoles();
    void ctrlNumberSwitchesWorkspace();
    void countersComeFromTheCache();
    void countersArrivingLaterAreSelected();
    void connectionMark();
    void maximisedFirstThenAsLeft();
    void theKeyOverviewListsEveryWorkspacesKeys();
    void leavingWhileServingAsksFirst();
    void theCounterChangesOnlyOnPurpose();
    void changingTheCounterWhileServingAsksFirst();
    void leavingUnsavedSettingsAsksFirst();
    void aRegistrarsTitleNamesTheStandesamt();

private:
    std::unique_ptr<MainWindow> makeWindow(Roles roles);

    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<BackendClient> m_client;
    std::unique_ptr<SyncEngine> m_sync;
};

void tst_MainWindow::init()
{
    static int run = 0;
    m_store = std::make_unique<LocalStore>(m_dir.filePath(u"cache%1.db"_s.arg(++run)), u"c"_s);
    QVERIFY(m_store->open());
    m_client = std::make_unique<BackendClient>();
    m_sync = std::make_unique<SyncEngine>(m_client.get(), m_store.get());
}

void tst_MainWindow::cleanup()
{
    m_sync.reset();
    m_client.reset();
    m_store.reset();
}

std::unique_ptr<MainWindow> tst_MainWindow::makeWindow(Roles roles)
{
    SessionInfo session;
    session.login = u"mueller"_s;
    session.displayName = u"Anna Müller"_s;
    session.roles = roles;
    return std::make_unique<MainWindow>(session, m_client.get(), m_store.get(), m_sync.get());
}

void tst_MainWindow::workspacesFollowRoles_data()
{
    QTest::addColumn<Roles>("roles");
    QTest::addColumn<QStringList>("titles");
    QTest::addRow("clerk") << Roles(Role::Clerk)
                           << QStringList{u"Counter"_s, u"Appointments"_s, u"Scan"_s,
                                          u"Payments"_s};
    QTest::addRow("registrar") << Roles(Role::Registrar)
                               << QStringList{u"Weddings"_s, u"Scan"_s, u"Payments"_s};
    QTest::addRow("supervisor") << Roles(Role::Supervisor)
                                << QStringList{u"Payments"_s, u"Statistics"_s};
    QTest::addRow("display device") << Roles(Role::Display) << QStringList{};
    QTest::addRow("administrator") << Roles(Role::Admin) << QStringList{u"Administration"_s};
    QTest::addRow("administrator at a counter")
        << (Role::Admin | Role::Clerk)
        << QStringList{u"Counter"_s, u"Appointments"_s, u"Scan"_s, u"Payments"_s,
                       u"Administration"_s};
}

void tst_MainWindow::workspacesFollowRoles()
{
    QFETCH(Roles, roles);
    QFETCH(QStringList, titles);
    auto window = makeWindow(roles);
    auto *navigation = window->findChild<QListWidget *>(u"navigation"_s);
    QStringList shown;
    for (int row = 0; row < navigation->count(); ++row)
        shown.append(navigation->item(row)->text());
    QCOMPARE(shown, titles);
    auto *pages = window->findChild<QStackedWidget *>();
    QCOMPARE(pages->count(), qMax<qsizetype>(1, titles.size())); // an explanation when empty
    QCOMPARE(window->counterWorkspace() != nullptr, titles.contains(u"Counter"_s));
    if (window->counterWorkspace())
        QCOMPARE(pages->widget(0), window->counterWorkspace());
    QCOMPARE(window->standesamtWorkspace() != nullptr, titles.contains(u"Weddings"_s));
    // Only who works at a counter chooses one.
    window->show();
    QCOMPARE(window->findChild<QComboBox *>(u"counterBox"_s)->isVisibleTo(window.get()),
             titles.contains(u"Counter"_s));
    // No empty list to choose from; the page says why, in the role's words.
    QCOMPARE(navigation->isVisibleTo(window.get()), !titles.isEmpty());
    auto *explanation = window->findChild<QLabel *>(u"noWorkspace"_s);
    QCOMPARE(explanation != nullptr, titles.isEmpty());
}

void tst_MainWindow::ctrlNumberSwitchesWorkspace()
{
    auto window = makeWindow(Role::Clerk | Role::Supervisor);
    window->show();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QCOMPARE(window->currentWorkspace(), Workspace::Counter);
    QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window->currentWorkspace(), Workspace::Appointments);
    QTest::keyClick(window.get(), Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(window->currentWorkspace(), Workspace::Statistics);
}

void tst_MainWindow::countersComeFromTheCache()
{
    QVERIFY(m_store->apply(
        {TestSupport::upsertChange(1, u"office"_s,
                                   {{u"id"_s, u"1"_s}, {u"name"_s, u"Bürgeramt Mitte"_s}}),
         TestSupport::upsertChange(
             2, u"counter"_s,
             {{u"id"_s, u"1"_s}, {u"officeId"_s, u"1"_s}, {u"name"_s, u"Schalter 1"_s}}),
         TestSupport::upsertChange(
             3, u"counter"_s,
             {{u"id"_s, u"2"_s}, {u"officeId"_s, u"1"_s}, {u"name"_s, u"Schalter 2"_s}})},
        3));
    auto window = makeWindow(Role::Clerk);
    auto *box = window->findChild<QComboBox *>(u"counterBox"_s);
    QAbstractItemModelTester tester(box->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(box->count(), 2);
    QCOMPARE(box->itemText(0), u"Bürgeramt Mitte · Schalter 1"_s);
    window->setPreferredCounter(u"2"_s);
    QCOMPARE(window->counterId(), u"2"_s);
    QVERIFY(window->windowTitle().contains(u"Schalter 2"_s));

    QSignalSpy changed(window.get(), &MainWindow::counterChanged);
    box->setCurrentIndex(0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), u"1"_s);
}

void tst_MainWindow::countersArrivingLaterAreSelected()
{
    auto window = makeWindow(Role::Clerk);
    auto *box = window->findChild<QComboBox *>(u"counterBox"_s);
    QAbstractItemModelTester tester(box->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    window->setPreferredCounter(u"7"_s); // remembered, but the cache is still empty
    QVERIFY(window->counterId().isEmpty());
    QVERIFY(m_store->apply(
        {TestSupport::upsertChange(
             1, u"counter"_s,
             {{u"id"_s, u"3"_s}, {u"officeId"_s, u"1"_s}, {u"name"_s, u"Schalter 3"_s}}),
         TestSupport::upsertChange(
             2, u"counter"_s,
             {{u"id"_s, u"7"_s}, {u"officeId"_s, u"1"_s}, {u"name"_s, u"Schalter 7"_s}})},
        2));
    emit m_sync->changesApplied({u"counter"_s});
    QCOMPARE(window->counterId(), u"7"_s);

    // The counters go (the office is rebuilt) and one comes back.
    QVERIFY(m_store->apply({TestSupport::removalChange(3, u"counter"_s, u"3"_s),
                            TestSupport::removalChange(4, u"counter"_s, u"7"_s)},
                           4));
    emit m_sync->changesApplied({u"counter"_s});
    QCOMPARE(box->count(), 0);
    QVERIFY(window->counterId().isEmpty());
    QVERIFY(m_store->apply(
        {TestSupport::upsertChange(
            5, u"counter"_s,
            {{u"id"_s, u"7"_s}, {u"officeId"_s, u"1"_s}, {u"name"_s, u"Schalter 7"_s}})},
        5));
    emit m_sync->changesApplied({u"counter"_s});
    QCOMPARE(box->count(), 1);
    QCOMPARE(window->counterId(), u"7"_s);
}

void tst_MainWindow::connectionMark()
{
    auto window = makeWindow(Role::Clerk);
    auto *mark = window->findChild<ConnectionIndicator *>(u"connectionIndicator"_s);
    QVERIFY(mark->text().contains(u"Offline"_s));
    emit m_sync->connectionChanged(SyncEngine::Connection::Online);
    QVERIFY(mark->text().contains(u"Connected"_s));
    emit m_sync->connectionChanged(SyncEngine::Connection::Reconnecting);
    emit m_sync->reconnectCountdown(4);
    QVERIFY(mark->text().contains(u"reconnecting in 4 s"_s));
}

void tst_MainWindow::maximisedFirstThenAsLeft()
{
    // This test's own settings, not the user's.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir.filePath(u"settings"_s));
    QSettings().remove(u"window/geometry"_s);
    QRect left;
    {
        auto window = makeWindow(Role::Clerk);
        window->showAsLastTime();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QVERIFY(window->isMaximized()); // the first time on this computer
        window->showNormal();
        const QSize wanted = window->minimumSizeHint() + QSize(40, 30);
        window->move(60, 70);
        window->resize(wanted);
        QTRY_COMPARE(window->size(), wanted);
        left = window->geometry();
    } // logging out deletes the window
    QVERIFY(!QSettings().value(u"window/geometry"_s).toByteArray().isEmpty());
    auto again = makeWindow(Role::Clerk);
    again->showAsLastTime();
    QVERIFY(QTest::qWaitForWindowExposed(again.get()));
    QVERIFY(!again->isMaximized());
    QCOMPARE(again->size(), left.size());
}

void tst_MainWindow::theKeyOverviewListsEveryWorkspacesKeys()
{
    auto window = makeWindow(Role::Clerk | Role::Admin);
    window->show();
    QString overview;
    TestSupport::onNextModal([&overview](QWidget *modal) {
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            overview = box->text();
            box->accept();
        }
    });
    QAction *keys = nullptr;
    for (QAction *action : window->menuBar()->findChildren<QAction *>()) {
        if (action->text() == MainWindow::tr("&Keyboard shortcuts"))
            keys = action;
    }
    QVERIFY(keys);
    keys->trigger();
    QTRY_VERIFY(!overview.isEmpty());
    const auto key = [](const QKeySequence &sequence) {
        return sequence.toString(QKeySequence::NativeText).toHtmlEscaped();
    };
    QVERIFY2(overview.contains(key(QKeySequence::Open)), qPrintable(overview)); // Scannen
    QVERIFY(overview.contains(key(QKeySequence::Save)));                        // Verwaltung
    QVERIFY(overview.contains(key(QKeySequence(Qt::Key_F5))));
    // A key bound alike on the Verwaltung's five tables is listed once.
    QCOMPARE(overview.count(u"New entry"_s), 1);
}

void tst_MainWindow::leavingWhileServingAsksFirst()
{
    QTemporaryDir dir;
    QString error;
    auto server = TestSupport::startDemoServer(dir, &error);
    QVERIFY2(server, qPrintable(error));
    auto clerk = TestSupport::SyncedClient::connect(QUrl(server->baseUrl()), u"mueller"_s,
                                                    u"demo"_s, dir.filePath(u"cache.db"_s), &error);
    QVERIFY2(clerk, qPrintable(error));
    MainWindow window(clerk->client->session(), clerk->client.get(), clerk->store.get(),
                      clerk->sync.get());
    window.setPreferredCounter(u"1"_s); // as the workstation does from its settings
    window.show();
    CounterDesk *desk = window.counterDesk();
    QTRY_COMPARE(desk->counterId(), u"1"_s);
    QSignalSpy logout(&window, &MainWindow::logoutRequested);
    auto *logoutAction = window.findChild<QAction *>(u"logoutAction"_s);
    QVERIFY(logoutAction);

    // Nothing held: no question.
    logoutAction->trigger();
    QCOMPARE(logout.size(), 1);

    // A ticket of this counter's services, called.
    TestSupport::HttpClient http{QUrl(server->baseUrl())};
    const QByteArray token = http.login(u"mueller"_s, u"demo"_s);
    const QJsonValue counter = http.get(u"/api/v1/counters/"_s + desk->counterId(), token).json;
    const auto issued =
        http.send("POST", u"/api/v1/tickets"_s,
                  QJsonDocument(QJsonObject{{u"officeId"_s, counter[u"officeId"_s]},
                                            {u"serviceId"_s, counter[u"serviceIds"_s][0]}})
                      .toJson(),
                  token);
    QCOMPARE(issued.status, 201);
    desk->callNext();
    QTRY_VERIFY_WITH_TIMEOUT(desk->currentTicket().has_value(), 10000);

    QString asked;
    TestSupport::onNextModal([&asked](QWidget *modal) {
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            asked = box->text();
            box->button(QMessageBox::Cancel)->click();
        }
    });
    logoutAction->trigger();
    QVERIFY2(asked.contains(desk->currentTicket()->number), qPrintable(asked));
    QCOMPARE(logout.size(), 1); // stayed

    // Closing the window asks too.
    TestSupport::onNextModal([](QWidget *modal) {
        if (auto *box = qobject_cast<QMessageBox *>(modal))
            box->button(QMessageBox::Cancel)->click();
    });
    QVERIFY(!window.close());
    QVERIFY(window.isVisible());

    // Confirmed: out.
    TestSupport::onNextModal([](QWidget *modal) {
        if (QAbstractButton *logOut = TestSupport::buttonWithRole(
                qobject_cast<QMessageBox *>(modal), QMessageBox::AcceptRole))
            logOut->click();
    });
    logoutAction->trigger();
    QCOMPARE(logout.size(), 2);
}

void tst_MainWindow::theCounterChangesOnlyOnPurpose()
{
    QVERIFY(m_store->apply(
        {TestSupport::upsertChange(
             1, u"counter"_s,
             {{u"id"_s, u"1"_s}, {u"officeId"_s, u"1"_s}, {u"name"_s, u"Schalter 1"_s}}),
         TestSupport::upsertChange(
             2, u"counter"_s,
             {{u"id"_s, u"2"_s}, {u"officeId"_s, u"1"_s}, {u"name"_s, u"Schalter 2"_s}}),
         TestSupport::upsertChange(
             3, u"counter"_s,
             {{u"id"_s, u"3"_s}, {u"officeId"_s, u"1"_s}, {u"name"_s, u"Schalter 3"_s}})},
        3));
    auto window = makeWindow(Role::Clerk);
    window->setPreferredCounter(u"2"_s);
    window->show();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    auto *box = window->findChild<QComboBox *>(u"counterBox"_s);
    box->setFocus();
    QSignalSpy changed(window.get(), &MainWindow::counterChanged);

    // A wheel turned over the box, in both directions.
    for (const int delta : {120, -120, -120}) {
        const QPointF at(box->width() / 2.0, box->height() / 2.0);
        QWheelEvent wheel(at, box->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(box, &wheel);
    }
    // Keys that step through a closed combo box, and typing a name.
    for (const Qt::Key key : {Qt::Key_Down, Qt::Key_Up, Qt::Key_PageDown, Qt::Key_PageUp,
                              Qt::Key_Home, Qt::Key_End, Qt::Key_S})
        QTest::keyClick(box, key);
    QCOMPARE(window->counterId(), u"2"_s);
    QCOMPARE(changed.size(), 0);

    // On purpose: the window's key opens the list.
    auto *change = window->findChild<QAction *>(u"changeCounterAction"_s);
    QVERIFY(change);
    QCOMPARE(change->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QTest::keySequence(window.get(), change->shortcut());
    QTRY_VERIFY(box->view()->isVisible());
    box->hidePopup();
    QCOMPARE(window->counterId(), u"2"_s);

    // Who chooses no counter has no such key.
    auto registrar = makeWindow(Role::Registrar);
    QVERIFY(!registrar->findChild<QAction *>(u"changeCounterAction"_s));
}

void tst_MainWindow::changingTheCounterWhileServingAsksFirst()
{
    QTemporaryDir dir;
    QString error;
    auto server = TestSupport::startDemoServer(dir, &error);
    QVERIFY2(server, qPrintable(error));
    auto clerk = TestSupport::SyncedClient::connect(QUrl(server->baseUrl()), u"mueller"_s,
                                                    u"demo"_s, dir.filePath(u"cache.db"_s), &error);
    QVERIFY2(clerk, qPrintable(error));
    MainWindow window(clerk->client->session(), clerk->client.get(), clerk->store.get(),
                      clerk->sync.get());
    window.setPreferredCounter(u"1"_s);
    window.show();
    CounterDesk *desk = window.counterDesk();
    QTRY_COMPARE(desk->counterId(), u"1"_s);
    auto *box = window.findChild<QComboBox *>(u"counterBox"_s);
    const auto rowOf = [box](const QString &counterId) {
        return box->findData(counterId, CounterListModel::CounterIdRole);
    };
    QVERIFY(rowOf(u"2"_s) >= 0);

    // Nothing held: chosen from the list, changed without a question.
    bool asked = false;
    QTimer::singleShot(0, &window, [&asked] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            asked = true;
            modal->close();
        }
    });
    box->setCurrentIndex(rowOf(u"2"_s));
    QCOMPARE(desk->counterId(), u"2"_s);
    QVERIFY(!asked);
    box->setCurrentIndex(rowOf(u"1"_s));
    QCOMPARE(desk->counterId(), u"1"_s);

    // A ticket of counter 1's services, called.
    TestSupport::HttpClient http{QUrl(server->baseUrl())};
    const QByteArray token = http.login(u"mueller"_s, u"demo"_s);
    const QJsonValue counter = http.get(u"/api/v1/counters/1"_s, token).json;
    QCOMPARE(
        http.send(
                "POST", u"/api/v1/tickets"_s,
                QJsonDocument(QJsonObject{{u"serviceId"_s, counter[u"serviceIds"_s][0]}}).toJson(),
                token)
            .status,
        201);
    desk->callNext();
    QTRY_VERIFY_WITH_TIMEOUT(desk->currentTicket().has_value(), 10000);
    const QString number = desk->currentTicket()->number;

    // Declined: the counter stays, the ticket with it.
    QString question;
    TestSupport::onNextModal([&question](QWidget *modal) {
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            question = box->text();
            box->button(QMessageBox::Cancel)->click();
        }
    });
    box->setCurrentIndex(rowOf(u"2"_s));
    QVERIFY2(question.contains(number), qPrintable(question));
    QCOMPARE(window.counterId(), u"1"_s);
    QCOMPARE(box->currentIndex(), rowOf(u"1"_s));
    QCOMPARE(desk->counterId(), u"1"_s);
    QCOMPARE(desk->currentTicket()->number, number);

    // Confirmed: the workstation serves counter 2.
    TestSupport::onNextModal([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        for (QAbstractButton *button : box ? box->buttons() : QList<QAbstractButton *>()) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                button->click(); // "Change counter"
        }
    });
    box->setCurrentIndex(rowOf(u"2"_s));
    QCOMPARE(window.counterId(), u"2"_s);
    QCOMPARE(desk->counterId(), u"2"_s);
}

void tst_MainWindow::leavingUnsavedSettingsAsksFirst()
{
    QTemporaryDir dir;
    QString error;
    auto server = TestSupport::startDemoServer(dir, &error);
    QVERIFY2(server, qPrintable(error));
    auto admin = TestSupport::SyncedClient::connect(QUrl(server->baseUrl()), u"admin"_s, u"demo"_s,
                                                    dir.filePath(u"cache.db"_s), &error);
    QVERIFY2(admin, qPrintable(error));
    MainWindow window(admin->client->session(), admin->client.get(), admin->store.get(),
                      admin->sync.get());
    window.show();
    QSignalSpy logout(&window, &MainWindow::logoutRequested);
    auto *logoutAction = window.findChild<QAction *>(u"logoutAction"_s);
    auto *workspace = window.findChild<AdministrationWorkspace *>();
    QVERIFY(logoutAction && workspace);
    OfficeSettingsPage *settings = workspace->settingsPage();
    auto *saveSettings = settings->findChild<QPushButton *>(u"saveButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(saveSettings->isEnabled(), 10000); // loaded
    QVERIFY(workspace->unsavedChanges().isEmpty());

    // Nothing changed: out without a question.
    logoutAction->trigger();
    QCOMPARE(logout.size(), 1);

    auto *waitTarget = settings->findChild<QSpinBox *>(u"waitTargetMinutes"_s);
    waitTarget->setValue(waitTarget->value() + 5);
    QCOMPARE(workspace->unsavedChanges().size(), 1);
    QString asked;
    TestSupport::onNextModal([&asked](QWidget *modal) {
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            asked = box->informativeText();
            box->button(QMessageBox::Cancel)->click();
        }
    });
    logoutAction->trigger();
    QVERIFY2(asked.contains(workspace->unsavedChanges().constFirst()), qPrintable(asked));
    QCOMPARE(logout.size(), 1); // stayed, with the change
    QVERIFY(!workspace->unsavedChanges().isEmpty());

    // Setting it back is no change.
    waitTarget->setValue(waitTarget->value() - 5);
    QVERIFY(workspace->unsavedChanges().isEmpty());

    // Discarded knowingly: out.
    waitTarget->setValue(waitTarget->value() + 5);
    TestSupport::onNextModal([](QWidget *modal) {
        if (QAbstractButton *discard = TestSupport::buttonWithRole(
                qobject_cast<QMessageBox *>(modal), QMessageBox::DestructiveRole))
            discard->click();
    });
    logoutAction->trigger();
    QCOMPARE(logout.size(), 2);
}

void tst_MainWindow::aRegistrarsTitleNamesTheStandesamt()
{
    QVERIFY(m_store->apply(
        {TestSupport::upsertChange(
             1, u"office"_s,
             {{u"id"_s, u"1"_s}, {u"name"_s, u"Bürgeramt Mitte"_s}, {u"kind"_s, u"buergeramt"_s}}),
         TestSupport::upsertChange(
             2, u"counter"_s,
             {{u"id"_s, u"1"_s}, {u"officeId"_s, u"1"_s}, {u"name"_s, u"Schalter 1"_s}})},
        2));
    auto registrar = makeWindow(Role::Registrar);
    // No counter wording at the Standesamt, even before its office is known.
    QCOMPARE(registrar->windowTitle(), u"Tresen"_s);
    QVERIFY(m_store->apply({TestSupport::upsertChange(3, u"office"_s,
                                                      {{u"id"_s, u"2"_s},
                                                       {u"name"_s, u"Standesamt Musterstadt"_s},
                                                       {u"kind"_s, u"standesamt"_s}})},
                           3));
    emit m_sync->changesApplied({u"office"_s});
    QCOMPARE(registrar->windowTitle(), u"Tresen – Standesamt Musterstadt"_s);
    for (const QLabel *label : registrar->findChildren<QLabel *>()) {
        if (label->isVisibleTo(registrar.get()))
            QVERIFY2(!label->text().contains(u"Schalter"_s), qPrintable(label->text()));
    }

    // At a counter the title still names it.
    auto clerk = makeWindow(Role::Clerk);
    QCOMPARE(clerk->windowTitle(), u"Tresen – Bürgeramt Mitte – Schalter 1"_s);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
