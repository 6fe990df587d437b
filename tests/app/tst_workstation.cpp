// The workstation as a clerk meets it, against a real loopback server: each
// login its own cache, logging out offers to delete it (keeping it is the
// default while writes wait in it), and the writes another login left here
// are named, counted, and discarded by a supervisor (audited by the server).

#include "core/sync/localstore.h"
#include "core/sync/logincaches.h"
#include "modals.h"
#include "server/instance/backend.h"
#include "server/instance/embeddedserver.h"
#include "testsupport.h"
#include "ui/shell/lockscreen.h"
#include "ui/shell/logindialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/passwordchangedialog.h"
#include "ui/shell/sessionlock.h"
#include "workstation.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QLockFile>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using TestSupport::onNextModal;

namespace {
template <typename T> T *shownTopLevel()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *found = qobject_cast<T *>(widget); found && found->isVisible())
            return found;
    }
    return nullptr;
}

QString cacheFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/cache"_s;
}

// The cache files (with their WAL companions) in the workstation's cache folder.
QStringList cacheFiles()
{
    return QDir(cacheFolder()).entryList(QDir::Files, QDir::Name);
}

// Leaves `count` unsent writes of `login` in the cache file `file`, as a
// clerk's offline work that has not reached the server.
bool leavePendingWrites(const QString &file, const QString &login, int count, qint64 createdAt = 0)
{
    LocalStore store(file, u"test-writes"_s);
    if (!store.open())
        return false;
    for (int i = 0; i < count; ++i) {
        OutboxEntry entry;
        entry.idempotencyKey = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        entry.method = "PATCH";
        entry.path = u"/api/v1/appointments/%1"_s.arg(i + 1);
        entry.body = {{u"notes"_s, u"offline"_s}};
        entry.entity = u"appointment"_s;
        entry.entityId = QString::number(i + 1);
        // As AppointmentBook writes them: with the citizen's name.
        entry.summary = u"Appointment Max Mustermann %1, Mon 02.11. 09:30"_s.arg(i + 1);
        entry.login = login;
        entry.createdAt = createdAt;
        if (!store.enqueue(entry, std::nullopt))
            return false;
    }
    return true;
}

// Types `password` at the lock screen and presses Enter.
void enterAtLockScreen(LockScreen *screen, const QString &password)
{
    auto *field = screen->findChild<QLineEdit *>(u"unlockPassword"_s);
    field->setText(password);
    QTest::keyClick(field, Qt::Key_Return);
}

// The text of the next message box, closed; empty until one is shown.
class MessageBoxCloser : public QObject
{
public:
    MessageBoxCloser()
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                told = box->text();
                box->close();
                m_timer.stop();
            }
        });
        m_timer.start(50);
    }
    QString told;

private:
    QTimer m_timer;
};

int pendingIn(const QString &file)
{
    LocalStore store(file, u"test-count"_s);
    return store.open() ? store.pendingCount() : -1;
}
} // namespace

class tst_Workstation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void logoutOffersToDeleteTheCache();
    void pendingWritesMakeKeepTheDefault();
    void othersWritesAreShownAndASupervisorDiscardsThem();
    void aSecondProcessDoesNotOpenTheCache();
    void otherRolesReloadTheCache();
    void unusedCachesGoAtLoginAsTheAdminSet();
    void writesTooOldToSendAreNamed();
    void aCityServerStartsNoDemo();
    void itSetsTheServerAndSwitchesTheDemoOff();
    void idleLocksAndUnlocksOfflineWithTheSameSession();
    void fiveWrongPasswordsLogOutAndKeepTheWrites();
    // Needs POST /api/v1/session/password and users' must_change_password.
    void aForcedPasswordChangeComesFirst();

private:
    // The cache file of `login` (made by logging in and out, kept).
    QString cacheOf(const QString &login);
    MainWindow *logIn(const QString &login);
    // Logs out, answering the question with the button named `answer`; the
    // question's text and its default button's name.
    QPair<QString, QString> logOut(MainWindow *window, const QString &answer);

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerInstance> m_server;
    std::unique_ptr<Workstation> m_workstation;
};

void tst_Workstation::initTestCase()
{
    QVERIFY(m_home.isValid());
    // The workstation's settings and caches in a home of the test's own; the
    // settings IT sets for all users of the computer too.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(u"config"_s)));
    QSettings::setPath(QSettings::NativeFormat, QSettings::SystemScope, m_home.filePath(u"etc"_s));
    QCoreApplication::setOrganizationName(u"Tresen"_s);
    QCoreApplication::setApplicationName(u"tresen"_s);
}

void tst_Workstation::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir->filePath(u"data"_s)));
    QString error;
    m_server = TestSupport::startDemoServer(*m_dir, &error);
    QVERIFY2(m_server, qPrintable(error));
    m_workstation = std::make_unique<Workstation>();
    m_workstation->start(m_server->baseUrl());
}

void tst_Workstation::cleanup()
{
    QSettings(QSettings::SystemScope, u"Tresen"_s, u"tresen"_s).clear();
    m_workstation.reset();
    // A login dialog left open belongs to no one now.
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<LoginDialog *>(widget))
            delete widget;
    }
    m_server.reset();
    m_dir.reset();
}

MainWindow *tst_Workstation::logIn(const QString &login)
{
    LoginDialog *dialog = nullptr;
    if (!QTest::qWaitFor([&dialog] { return (dialog = shownTopLevel<LoginDialog>()) != nullptr; }))
        return nullptr;
    dialog->findChild<QLineEdit *>(u"login"_s)->setText(login);
    dialog->findChild<QLineEdit *>(u"password"_s)->setText(u"demo"_s);
    dialog->findChild<QPushButton *>(u"loginButton"_s)->click();
    MainWindow *window = nullptr;
    (void)QTest::qWaitFor([&window] { return (window = shownTopLevel<MainWindow>()) != nullptr; },
                          15000);
    return window;
}

QPair<QString, QString> tst_Workstation::logOut(MainWindow *window, const QString &answer)
{
    QPair<QString, QString> asked;
    onNextModal([&asked, answer](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (!box)
            return;
        asked = {box->text() + u'\n' + box->informativeText(),
                 box->defaultButton() ? box->defaultButton()->objectName() : QString()};
        if (answer == u"Return"_s)
            QTest::keyClick(box, Qt::Key_Return);
        else
            box->findChild<QPushButton *>(answer)->click();
    });
    emit window->logoutRequested();
    return asked;
}

void tst_Workstation::logoutOffersToDeleteTheCache()
{
    MainWindow *window = logIn(u"mueller"_s);
    QVERIFY(window);
    const QStringList files = cacheFiles();
    QVERIFY2(files.value(0).endsWith(u".db"_s), qPrintable(files.join(u' ')));
    const QString cache = cacheFolder() + u'/' + files.value(0);

    // Kept: the file stays.
    auto [asked, byDefault] = logOut(window, u"keepButton"_s);
    QVERIFY2(asked.contains(u"mueller"_s), qPrintable(asked));
    QCOMPARE(byDefault, u"deleteButton"_s); // nothing would be lost
    QVERIFY(QFileInfo::exists(cache));

    // Deleted: nothing of Müller's is left in the folder.
    window = logIn(u"mueller"_s);
    QVERIFY(window);
    QCOMPARE(cacheFolder() + u'/' + cacheFiles().value(0), cache); // the same login, its file
    std::tie(asked, byDefault) = logOut(window, u"deleteButton"_s);
    QVERIFY2(asked.contains(u"mueller"_s), qPrintable(asked));
    QCOMPARE(cacheFiles(), QStringList());
}

void tst_Workstation::pendingWritesMakeKeepTheDefault()
{
    MainWindow *window = logIn(u"mueller"_s);
    QVERIFY(window);
    const QString cache = cacheFolder() + u'/' + cacheFiles().value(0);
    // Synced (so the sender has looked at the outbox), then a write waits.
    QVERIFY(QTest::qWaitFor(
        [&cache] {
            LocalStore store(cache, u"test-synced"_s);
            return store.open() && store.entities(u"counter"_s).size() >= 10;
        },
        15000));
    QVERIFY(leavePendingWrites(cache, u"mueller"_s, 1));

    const auto [asked, byDefault] = logOut(window, u"Return"_s);
    QCOMPARE(byDefault, u"keepButton"_s);
    QVERIFY2(asked.contains(u"mueller"_s) && asked.contains(u'1'), qPrintable(asked));
    QVERIFY(QFileInfo::exists(cache));
    QCOMPARE(pendingIn(cache), 1);
}

void tst_Workstation::othersWritesAreShownAndASupervisorDiscardsThem()
{
    MainWindow *window = logIn(u"mueller"_s);
    QVERIFY(window);
    const QString muellers = cacheFolder() + u'/' + cacheFiles().value(0);
    (void)logOut(window, u"keepButton"_s);
    QVERIFY(leavePendingWrites(muellers, u"mueller"_s, 2));

    // A clerk reads who left how many, and works on: no modal, no discarding.
    window = logIn(u"yilmaz"_s);
    QVERIFY(window);
    auto *banner = window->findChild<QWidget *>(u"otherLoginsBanner"_s);
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QVERIFY(!QApplication::activeModalWidget());
    auto *note = banner->findChild<QLabel *>(u"pendingOf_mueller"_s);
    QVERIFY(note);
    QVERIFY2(note->text().contains(u"mueller"_s) && note->text().contains(u'2'),
             qPrintable(note->text()));
    QVERIFY(!banner->findChild<QPushButton *>(u"discard_mueller"_s));
    (void)logOut(window, u"deleteButton"_s);

    // A supervisor discards them, after a question whose default is Cancel.
    window = logIn(u"weber"_s);
    QVERIFY(window);
    banner = window->findChild<QWidget *>(u"otherLoginsBanner"_s);
    QVERIFY(banner && banner->isVisible());
    auto *discard = banner->findChild<QPushButton *>(u"discard_mueller"_s);
    QVERIFY(discard);

    QString question;
    QString byDefault;
    onNextModal([&](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        question = box->text();
        byDefault = box->defaultButton()->objectName();
        box->findChild<QPushButton *>(u"cancelButton"_s)->click();
    });
    discard->click();
    QCOMPARE(byDefault, u"cancelButton"_s);
    QVERIFY2(question.contains(u"mueller"_s) && question.contains(u'2'), qPrintable(question));
    QCOMPARE(pendingIn(muellers), 2); // cancelled: nothing happened

    onNextModal(
        [](QWidget *modal) { modal->findChild<QPushButton *>(u"discardButton"_s)->click(); });
    discard->click();
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 10000);
    QCOMPARE(pendingIn(muellers), 0);
    SqlRows rows = m_server->backend().db.exec(
        u"SELECT user_login, subject, detail FROM audit_log WHERE action = 'outbox.discard'"_s);
    QVERIFY(rows.next());
    QCOMPARE(rows.value(0).toString(), u"weber"_s);
    QCOMPARE(rows.value(1).toString(), u"mueller"_s);
    QCOMPARE(rows.value(2).toString(), u"2"_s);
    QVERIFY(!rows.next());
}

QString tst_Workstation::cacheOf(const QString &login)
{
    const QStringList before = QDir(cacheFolder()).entryList({u"*.db"_s}, QDir::Files);
    MainWindow *window = logIn(login);
    if (!window)
        return {};
    (void)logOut(window, u"keepButton"_s);
    for (const QString &name : QDir(cacheFolder()).entryList({u"*.db"_s}, QDir::Files)) {
        if (!before.contains(name))
            return cacheFolder() + u'/' + name;
    }
    return {};
}

void tst_Workstation::aSecondProcessDoesNotOpenTheCache()
{
    const QString muellers = cacheOf(u"mueller"_s);
    QVERIFY(!muellers.isEmpty());
    // While Müller works, the cache is locked; at logout it is free again.
    MainWindow *window = logIn(u"mueller"_s);
    QVERIFY(window);
    QLockFile probe(LoginCaches::lockFileOf(muellers));
    QVERIFY(!probe.tryLock(0));
    (void)logOut(window, u"keepButton"_s);
    QVERIFY(probe.tryLock(0));

    // Another Tresen of this OS user holds it: Müller is told so and stays
    // at the login; the cache is not opened.
    const QDateTime untouched = QFileInfo(muellers).lastModified();
    LoginDialog *dialog = nullptr;
    QVERIFY(QTest::qWaitFor([&dialog] { return (dialog = shownTopLevel<LoginDialog>()); }));
    // The message box comes after the login's round trip, in its own event
    // loop: answered from a timer that looks for it.
    QString told;
    QTimer answer;
    connect(&answer, &QTimer::timeout, this, [&told] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            told = box->text();
            box->close();
        }
    });
    answer.start(50);
    dialog->findChild<QLineEdit *>(u"login"_s)->setText(u"mueller"_s);
    dialog->findChild<QLineEdit *>(u"password"_s)->setText(u"demo"_s);
    dialog->findChild<QPushButton *>(u"loginButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!told.isEmpty(), 15000);
    answer.stop();
    QVERIFY2(told.contains(u"mueller"_s) && told.contains(u"Tresen"_s), qPrintable(told));
    QTRY_VERIFY(shownTopLevel<LoginDialog>());
    QVERIFY(!shownTopLevel<MainWindow>());
    QCOMPARE(QFileInfo(muellers).lastModified(), untouched);
    probe.unlock();
}

void tst_Workstation::otherRolesReloadTheCache()
{
    const QString muellers = cacheOf(u"mueller"_s);
    QVERIFY(!muellers.isEmpty());
    // As if Müller's cache had been filled while Müller was a registrar.
    {
        LocalStore store(muellers, u"test-roles"_s);
        QVERIFY(store.open());
        QVERIFY(store.resetIfOtherRoles(u"registrar"_s));
        QVERIFY(store.apply({TestSupport::upsertChange(
                                store.cursor().value() + 1, u"wedding_booking"_s,
                                {{u"id"_s, u"99"_s}, {u"partner1"_s, u"Nur Für Standesamt"_s}})},
                            store.cursor().value() + 1));
    }
    MainWindow *window = logIn(u"mueller"_s);
    QVERIFY(window);
    // Not shown to Müller the clerk: dropped, and synced again as a clerk.
    LocalStore store(muellers, u"test-check"_s);
    QVERIFY(store.open());
    QVERIFY(!store.entity(u"wedding_booking"_s, u"99"_s));
    QTRY_VERIFY_WITH_TIMEOUT(store.entities(u"counter"_s).size() >= 10, 15000);
    QCOMPARE(store.resetIfOtherRoles(u"clerk"_s).value(), false); // noted as a clerk's
    (void)logOut(window, u"keepButton"_s);
}

void tst_Workstation::unusedCachesGoAtLoginAsTheAdminSet()
{
    const QString schmidts = cacheOf(u"schmidt"_s);
    QVERIFY(!schmidts.isEmpty());
    QVERIFY(leavePendingWrites(schmidts, u"schmidt"_s, 2));
    {
        LocalStore store(schmidts, u"test-used"_s);
        QVERIFY(store.open());
        QVERIFY(store.setLastUsed(QDateTime::currentMSecsSinceEpoch() - 20LL * 24 * 3600 * 1000));
    }

    // 20 days unused: kept by default (28 days).
    MainWindow *window = logIn(u"mueller"_s);
    QVERIFY(window);
    QVERIFY(QFileInfo::exists(schmidts));
    auto *banner = window->findChild<QWidget *>(u"otherLoginsBanner"_s);
    QVERIFY(banner && !banner->findChild<QLabel *>(u"lost_schmidt"_s));
    (void)logOut(window, u"keepButton"_s);

    // IT shortened it to 10 days: at the next login Schmidt's cache goes,
    // and its unsent writes are named.
    {
        QSettings system(QSettings::SystemScope, u"Tresen"_s, u"tresen"_s);
        system.setValue(u"cache/deleteUnusedAfterDays"_s, 10);
    }
    window = logIn(u"mueller"_s);
    QVERIFY(window);
    QVERIFY(!QFileInfo::exists(schmidts));
    banner = window->findChild<QWidget *>(u"otherLoginsBanner"_s);
    QVERIFY(banner && banner->isVisible());
    auto *lost = banner->findChild<QLabel *>(u"lost_schmidt"_s);
    QVERIFY(lost);
    QVERIFY2(lost->text().contains(u"schmidt"_s) && lost->text().contains(u'2') &&
                 lost->text().contains(u"10"_s),
             qPrintable(lost->text()));
    (void)logOut(window, u"keepButton"_s);
}

void tst_Workstation::writesTooOldToSendAreNamed()
{
    const QString muellers = cacheOf(u"mueller"_s);
    QVERIFY(!muellers.isEmpty());
    QVERIFY(leavePendingWrites(muellers, u"mueller"_s, 1,
                               QDateTime::currentMSecsSinceEpoch() - 29LL * 24 * 3600 * 1000));

    // Müller reads what it is (their own write) and that a supervisor discards it.
    MainWindow *window = logIn(u"mueller"_s);
    QVERIFY(window);
    auto *banner = window->findChild<QWidget *>(u"otherLoginsBanner"_s);
    QVERIFY(banner && banner->isVisible());
    auto *note = banner->findChild<QLabel *>(u"expiredOf_mueller"_s);
    QVERIFY(note);
    QVERIFY2(note->text().contains(u"28"_s), qPrintable(note->text()));
    auto *what = banner->findChild<QLabel *>(u"expiredOf_mueller_list"_s);
    QVERIFY(what);
    QVERIFY2(what->text().contains(u"Max Mustermann 1"_s), qPrintable(what->text()));
    QVERIFY(!banner->findChild<QPushButton *>(u"discard_mueller"_s));
    (void)logOut(window, u"keepButton"_s);
    QCOMPARE(pendingIn(muellers), 1); // not sent, not dropped

    // A supervisor sees it as Müller's, too old to send, and may discard it;
    // by its kind and day only: no citizen's name anywhere in the banner.
    window = logIn(u"weber"_s);
    QVERIFY(window);
    banner = window->findChild<QWidget *>(u"otherLoginsBanner"_s);
    QVERIFY(banner && banner->isVisible());
    what = banner->findChild<QLabel *>(u"pendingOf_mueller_list"_s);
    QVERIFY(what);
    QVERIFY2(what->text().contains(u"Appointment, made on"_s), qPrintable(what->text()));
    const QList<QLabel *> labels = banner->findChildren<QLabel *>();
    QVERIFY(!labels.isEmpty());
    for (const QLabel *label : labels)
        QVERIFY2(!label->text().contains(u"Mustermann"_s), qPrintable(label->text()));
    QVERIFY(banner->findChild<QPushButton *>(u"discard_mueller"_s));
    (void)logOut(window, u"keepButton"_s);
}

void tst_Workstation::aCityServerStartsNoDemo()
{
    // Started for a city server: no demo backend, before or after the login.
    LoginDialog *dialog = nullptr;
    QVERIFY(QTest::qWaitFor([&dialog] { return (dialog = shownTopLevel<LoginDialog>()); }));
    QVERIFY(!dialog->usesEmbedded());
    QVERIFY(!m_workstation->embeddedServer());
    MainWindow *window = logIn(u"mueller"_s);
    QVERIFY(window);
    QVERIFY(!m_workstation->embeddedServer());
    (void)logOut(window, u"keepButton"_s);

    // Choosing "This computer (demo)" starts it.
    QVERIFY(QTest::qWaitFor([&dialog] { return (dialog = shownTopLevel<LoginDialog>()); }));
    QVERIFY(!m_workstation->embeddedServer());
    dialog->findChild<QRadioButton *>(u"embeddedButton"_s)->click();
    QVERIFY(m_workstation->embeddedServer());
    QTRY_VERIFY_WITH_TIMEOUT(m_workstation->embeddedServer()->isRunning(), 30000);
}

void tst_Workstation::itSetsTheServerAndSwitchesTheDemoOff()
{
    {
        QSettings user;
        user.setValue(u"connection/mode"_s, u"embedded"_s);
        user.setValue(u"connection/serverUrl"_s, u"https://elsewhere.example"_s);
        QSettings system(QSettings::SystemScope, u"Tresen"_s, u"tresen"_s);
        system.setValue(u"server/url"_s, m_server->baseUrl());
        system.setValue(u"server/allowDemo"_s, false);
        system.setValue(u"session/lockAfterMinutes"_s, 3);
    }
    m_workstation.reset();
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<LoginDialog *>(widget))
            delete widget;
    }
    m_workstation = std::make_unique<Workstation>();
    m_workstation->start({});

    // Straight to the city server IT set: no demo, the address not editable.
    LoginDialog *dialog = nullptr;
    QVERIFY(QTest::qWaitFor([&dialog] { return (dialog = shownTopLevel<LoginDialog>()); }));
    QVERIFY(!dialog->findChild<QRadioButton *>(u"embeddedButton"_s)->isVisible());
    QVERIFY(!dialog->usesEmbedded());
    QCOMPARE(dialog->serverUrlText(), m_server->baseUrl());
    QVERIFY(dialog->findChild<QLineEdit *>(u"serverUrl"_s)->isReadOnly());
    MainWindow *window = logIn(u"mueller"_s);
    QVERIFY(window);
    QVERIFY(!m_workstation->embeddedServer());
    QCOMPARE(QSettings().value(u"connection/serverUrl"_s).toString(),
             u"https://elsewhere.example"_s); // the user's own is left alone

    // The lock interval IT set is shown, not changeable, and said to be IT's.
    int shown = -1;
    bool changeable = true;
    QString note;
    onNextModal([&](QWidget *modal) {
        auto *minutes = modal->findChild<QSpinBox *>(u"lockAfterMinutes"_s);
        shown = minutes ? minutes->value() : -1;
        changeable = minutes && minutes->isEnabled();
        note = modal->findChild<QLabel *>(u"lockAfterNote"_s)->text();
        qobject_cast<QDialog *>(modal)->reject();
    });
    emit window->settingsRequested();
    QCOMPARE(shown, 3);
    QVERIFY(!changeable);
    QVERIFY2(note.contains(u"IT department"_s), qPrintable(note));
    (void)logOut(window, u"keepButton"_s);
}

void tst_Workstation::idleLocksAndUnlocksOfflineWithTheSameSession()
{
    m_workstation->setIdleLockInterval(300ms);
    MainWindow *window = logIn(u"mueller"_s);
    QVERIFY(window);
    const QByteArray token = window->session().token;
    QTRY_VERIFY_WITH_TIMEOUT(
        m_workstation->sessionLock() && m_workstation->sessionLock()->isLocked(), 10000);
    LockScreen *screen = m_workstation->sessionLock()->lockScreen();
    QVERIFY(screen->isVisible());
    QVERIFY(!window->centralWidget()->isVisible());
    QVERIFY(!window->menuBar()->isVisible());
    m_workstation->setIdleLockInterval(0ms); // no second lock while this test works

    // The network is down: the password is checked on this computer.
    m_server.reset();
    enterAtLockScreen(screen, u"falsch"_s);
    QVERIFY(m_workstation->sessionLock()->isLocked());
    enterAtLockScreen(screen, u"demo"_s);
    QVERIFY(!m_workstation->sessionLock()->isLocked());
    QVERIFY(!screen->isVisible());
    QVERIFY(window->centralWidget()->isVisible());
    // The same window and session: no login in between.
    QCOMPARE(shownTopLevel<MainWindow>(), window);
    QCOMPARE(window->session().token, token);
    QVERIFY(!shownTopLevel<LoginDialog>());
    (void)logOut(window, u"keepButton"_s);
}

void tst_Workstation::fiveWrongPasswordsLogOutAndKeepTheWrites()
{
    MainWindow *window = logIn(u"mueller"_s);
    QVERIFY(window);
    const QString cache = cacheFolder() + u'/' + cacheFiles().value(0);
    m_server.reset(); // offline: the writes wait in the outbox
    QVERIFY(leavePendingWrites(cache, u"mueller"_s, 2));
    // Locked from the menu (Ctrl+Shift+K) this time.
    auto *lock = window->findChild<QAction *>(u"lockAction"_s);
    QVERIFY(lock);
    lock->trigger();
    QVERIFY(m_workstation->sessionLock()->isLocked());
    LockScreen *screen = m_workstation->sessionLock()->lockScreen();

    MessageBoxCloser closer;
    for (int i = 0; i < SessionLock::kMaxTries - 1; ++i)
        enterAtLockScreen(screen, u"falsch"_s);
    QVERIFY(shownTopLevel<MainWindow>());
    enterAtLockScreen(screen, u"falsch"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!closer.told.isEmpty(), 10000);
    QVERIFY2(closer.told.contains(u'5'), qPrintable(closer.told));
    QTRY_VERIFY(shownTopLevel<LoginDialog>());
    QVERIFY(!shownTopLevel<MainWindow>());
    QVERIFY(!shownTopLevel<LockScreen>());
    QVERIFY(QFileInfo::exists(cache));
    QCOMPARE(pendingIn(cache), 2);
}

void tst_Workstation::aForcedPasswordChangeComesFirst()
{
    m_server->backend().db.exec(
        u"UPDATE app_user SET must_change_password = 1 WHERE login = 'mueller'"_s);
    const auto logInTo = [](const QString &login, const QString &password) {
        LoginDialog *dialog = nullptr;
        if (!QTest::qWaitFor([&dialog] { return (dialog = shownTopLevel<LoginDialog>()); }))
            return false;
        dialog->findChild<QLineEdit *>(u"login"_s)->setText(login);
        dialog->findChild<QLineEdit *>(u"password"_s)->setText(password);
        dialog->findChild<QPushButton *>(u"loginButton"_s)->click();
        return true;
    };

    // Before any work the password is changed; the way out is logging out.
    QVERIFY(logInTo(u"mueller"_s, u"demo"_s));
    PasswordChangeDialog *change = nullptr;
    QVERIFY(QTest::qWaitFor([&change] { return (change = shownTopLevel<PasswordChangeDialog>()); },
                            15000));
    QVERIFY(!shownTopLevel<MainWindow>());
    change->findChild<QPushButton *>(u"logoutButton"_s)->click();
    QTRY_VERIFY(shownTopLevel<LoginDialog>());
    QVERIFY(!shownTopLevel<MainWindow>());

    QVERIFY(logInTo(u"mueller"_s, u"demo"_s));
    QVERIFY(QTest::qWaitFor([&change] { return (change = shownTopLevel<PasswordChangeDialog>()); },
                            15000));
    change->findChild<QLineEdit *>(u"oldPassword"_s)->setText(u"demo"_s);
    change->findChild<QLineEdit *>(u"newPassword"_s)->setText(u"ein-neues-Passwort-2024"_s);
    change->findChild<QLineEdit *>(u"repeatPassword"_s)->setText(u"ein-neues-Passwort-2024"_s);
    change->findChild<QPushButton *>(u"changeButton"_s)->click();
    MainWindow *window = nullptr;
    QVERIFY(QTest::qWaitFor([&window] { return (window = shownTopLevel<MainWindow>()); }, 15000));

    // The lock screen knows the new password, not the old one.
    window->findChild<QAction *>(u"lockAction"_s)->trigger();
    LockScreen *screen = m_workstation->sessionLock()->lockScreen();
    enterAtLockScreen(screen, u"demo"_s);
    QVERIFY(m_workstation->sessionLock()->isLocked());
    enterAtLockScreen(screen, u"ein-neues-Passwort-2024"_s);
    QVERIFY(!m_workstation->sessionLock()->isLocked());
    (void)logOut(window, u"keepButton"_s);
}

QTEST_MAIN(tst_Workstation)
#include "tst_workstation.moc"
