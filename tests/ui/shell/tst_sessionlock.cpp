// The lock of an idle workstation: it covers the work after the interval,
// keeps out keys and menus, unlocks with the login's password checked here
// (no server involved), and ends the session after five wrong ones.

#include "core/sync/backendclient.h"
#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"
#include "ui/shell/lockscreen.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/sessionlock.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class tst_SessionLock : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void locksWhenIdleAndHidesTheWork();
    void wrongPasswordStaysLocked();
    void keyboardUnlocks();
    void fiveWrongPasswordsLogOut();
    void logoutFromTheLockScreen();

private:
    LockScreen *waitForLock();
    void enter(const QString &password);

    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<BackendClient> m_client;
    std::unique_ptr<SyncEngine> m_sync;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SessionLock> m_lock;
};

void tst_SessionLock::init()
{
    static int run = 0;
    m_store = std::make_unique<LocalStore>(m_dir.filePath(u"cache%1.db"_s.arg(++run)), u"c"_s);
    QVERIFY(m_store->open());
    m_client = std::make_unique<BackendClient>();
    m_sync = std::make_unique<SyncEngine>(m_client.get(), m_store.get());
    SessionInfo session;
    session.login = u"mueller"_s;
    session.displayName = u"Anna Müller"_s;
    session.roles = Role::Clerk;
    m_window = std::make_unique<MainWindow>(session, m_client.get(), m_store.get(), m_sync.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_lock =
        std::make_unique<SessionLock>(m_window.get(), UnlockVerifier::fromPassword(u"richtig"_s));
}

void tst_SessionLock::cleanup()
{
    m_lock.reset();
    m_window.reset();
    m_sync.reset();
    m_client.reset();
    m_store.reset();
}

LockScreen *tst_SessionLock::waitForLock()
{
    if (!QTest::qWaitFor([this] { return m_lock->isLocked(); }, 5000))
        return nullptr;
    return m_lock->lockScreen();
}

void tst_SessionLock::enter(const QString &password)
{
    auto *field = m_lock->lockScreen()->findChild<QLineEdit *>(u"unlockPassword"_s);
    field->setText(password);
    m_lock->lockScreen()->findChild<QPushButton *>(u"unlockButton"_s)->click();
}

void tst_SessionLock::locksWhenIdleAndHidesTheWork()
{
    QVERIFY(!m_lock->isLocked());
    m_lock->setIdleInterval(200ms);
    LockScreen *screen = waitForLock();
    QVERIFY(screen);
    QVERIFY(screen->isVisible());
    QVERIFY(screen->isModal());
    QVERIFY(m_window->isLocked());
    // Nothing of the work is left to see: workspaces, menus, tool and status bars.
    QVERIFY(!m_window->centralWidget()->isVisible());
    QVERIFY(!m_window->menuBar()->isVisible());
    QVERIFY(!m_window->statusBar()->isVisible());
    QVERIFY(!m_window->findChild<QListWidget *>(u"navigation"_s)->isVisible());
    QVERIFY2(screen->findChild<QLabel *>(u"lockedUser"_s)->text().contains(u"Anna Müller"_s),
             qPrintable(screen->findChild<QLabel *>(u"lockedUser"_s)->text()));
    // Nor do the workspaces' keys reach it.
    auto *pages = m_window->findChild<QStackedWidget *>();
    const int page = pages->currentIndex();
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(pages->currentIndex(), page);

    enter(u"richtig"_s);
    QVERIFY(!m_lock->isLocked());
    QVERIFY(!screen->isVisible());
    QVERIFY(m_window->centralWidget()->isVisible());
    QVERIFY(m_window->menuBar()->isVisible());
    // And it locks again after the next while without input.
    QVERIFY(waitForLock());
}

void tst_SessionLock::wrongPasswordStaysLocked()
{
    m_lock->lock();
    QVERIFY(m_lock->isLocked());
    enter(u"falsch"_s);
    QVERIFY(m_lock->isLocked());
    QVERIFY(m_window->isLocked());
    auto *error = m_lock->lockScreen()->findChild<QLabel *>(u"unlockError"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u'4'), qPrintable(error->text()));
    QVERIFY(m_lock->lockScreen()->findChild<QLineEdit *>(u"unlockPassword"_s)->text().isEmpty());
    enter(u"richtig"_s);
    QVERIFY(!m_lock->isLocked());
}

void tst_SessionLock::keyboardUnlocks()
{
    m_lock->lock();
    LockScreen *screen = m_lock->lockScreen();
    QApplication::setActiveWindow(screen);
    QVERIFY(QTest::qWaitForWindowActive(screen));
    auto *field = screen->findChild<QLineEdit *>(u"unlockPassword"_s);
    QTRY_COMPARE(QApplication::focusWidget(), field);
    QTest::keyClicks(QApplication::focusWidget(), u"richtig"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(!m_lock->isLocked());
    QVERIFY(!m_window->isLocked());
}

void tst_SessionLock::fiveWrongPasswordsLogOut()
{
    QSignalSpy logout(m_lock.get(), &SessionLock::logoutRequested);
    m_lock->lock();
    for (int i = 1; i < SessionLock::kMaxTries; ++i)
        enter(u"falsch%1"_s.arg(i));
    QCOMPARE(logout.count(), 0);
    QVERIFY(m_lock->isLocked());
    enter(u"falsch"_s);
    // Not inside the key press: the logout deletes the field that took it.
    QCOMPARE(logout.count(), 0);
    QTRY_COMPARE(logout.count(), 1);
    QVERIFY(!logout.at(0).at(0).toString().isEmpty()); // says why
    QVERIFY(m_window->isLocked()); // the work stays hidden until the logout is through
}

void tst_SessionLock::logoutFromTheLockScreen()
{
    QSignalSpy logout(m_lock.get(), &SessionLock::logoutRequested);
    m_lock->lock();
    m_lock->lockScreen()->findChild<QPushButton *>(u"lockLogoutButton"_s)->click();
    QCOMPARE(logout.count(), 0); // after the click, which the logout's deletions would cut off
    QTRY_COMPARE(logout.count(), 1);
    QVERIFY(logout.at(0).at(0).toString().isEmpty());
}

QTEST_MAIN(tst_SessionLock)
#include "tst_sessionlock.moc"
