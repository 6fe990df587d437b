// The main window's zoom: Strg+Plus and Strg+Minus grow and shrink every
// text (the application font and the theme's roles) in steps between 100 and
// 200 %, Strg+0 goes back, and the choice is remembered for this user.

#include "core/sync/backendclient.h"
#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"
#include "ui/common/theme.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_Zoom : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void keysGrowAndShrinkTheText();
    void boundedAt200Percent();
    void rememberedForTheUser();

private:
    std::unique_ptr<MainWindow> makeWindow();
    QAction *action(MainWindow *window, const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<BackendClient> m_client;
    std::unique_ptr<SyncEngine> m_sync;
};

void tst_Zoom::initTestCase()
{
    QCoreApplication::setOrganizationName(u"TresenTest"_s);
    QCoreApplication::setApplicationName(u"tst_zoom"_s);
    // This test's own settings, not the user's.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir.filePath(u"settings"_s));
    Theme::apply();
}

void tst_Zoom::init()
{
    static int run = 0;
    QSettings().remove(Theme::zoomSettingsKey());
    Theme::setZoom(Theme::kMinimumZoom);
    m_store = std::make_unique<LocalStore>(m_dir.filePath(u"cache%1.db"_s.arg(++run)), u"c"_s);
    QVERIFY(m_store->open());
    m_client = std::make_unique<BackendClient>();
    m_sync = std::make_unique<SyncEngine>(m_client.get(), m_store.get());
}

void tst_Zoom::cleanup()
{
    m_sync.reset();
    m_client.reset();
    m_store.reset();
    Theme::setZoom(Theme::kMinimumZoom);
}

std::unique_ptr<MainWindow> tst_Zoom::makeWindow()
{
    SessionInfo session;
    session.login = u"mueller"_s;
    session.displayName = u"Anna Müller"_s;
    session.roles = Role::Clerk;
    auto window =
        std::make_unique<MainWindow>(session, m_client.get(), m_store.get(), m_sync.get());
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("The window did not become active; keys may not reach it.");
    return window;
}

QAction *tst_Zoom::action(MainWindow *window, const QString &name)
{
    return window->findChild<QAction *>(name);
}

void tst_Zoom::keysGrowAndShrinkTheText()
{
    auto window = makeWindow();
    QLabel number(u"A005"_s, window.get());
    Theme::setTextRole(&number, Theme::TextRole::TicketNumber);
    number.ensurePolished();
    auto *navigation = window->findChild<QListWidget *>(u"navigation"_s);
    QVERIFY(navigation);
    const qreal body = QApplication::font().pointSizeF();
    const qreal ticket = number.font().pointSizeF();
    const qreal menu = navigation->font().pointSizeF();

    QTest::keySequence(window.get(), QKeySequence::ZoomIn);
    QCOMPARE(Theme::zoom(), Theme::kMinimumZoom + Theme::kZoomStep);
    QTRY_VERIFY(QApplication::font().pointSizeF() > body);
    QTRY_VERIFY(number.font().pointSizeF() > ticket); // the ticket number scales too
    QTRY_VERIFY(navigation->font().pointSizeF() > menu);

    QTest::keySequence(window.get(), QKeySequence::ZoomOut);
    QCOMPARE(Theme::zoom(), Theme::kMinimumZoom);
    QTRY_COMPARE(QApplication::font().pointSizeF(), body);
    QTRY_COMPARE(number.font().pointSizeF(), ticket);

    // Strg+0 goes back from anywhere; below 100 % there is nothing.
    action(window.get(), u"zoomInAction"_s)->trigger();
    action(window.get(), u"zoomInAction"_s)->trigger();
    QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::Key_0));
    QCOMPARE(Theme::zoom(), Theme::kMinimumZoom);
    action(window.get(), u"zoomOutAction"_s)->trigger();
    QCOMPARE(Theme::zoom(), Theme::kMinimumZoom);
    QCOMPARE(QApplication::font().pointSizeF(), body);
}

void tst_Zoom::boundedAt200Percent()
{
    auto window = makeWindow();
    const qreal body = QApplication::font().pointSizeF();
    const qreal title = Theme::pointSize(Theme::TextRole::Title);
    for (int i = 0; i < 20; ++i)
        action(window.get(), u"zoomInAction"_s)->trigger();
    QCOMPARE(Theme::zoom(), Theme::kMaximumZoom);
    QCOMPARE(QApplication::font().pointSizeF(), body * 2);
    QCOMPARE(Theme::pointSize(Theme::TextRole::Title), title * 2);
}

void tst_Zoom::rememberedForTheUser()
{
    {
        auto window = makeWindow();
        action(window.get(), u"zoomInAction"_s)->trigger();
        action(window.get(), u"zoomInAction"_s)->trigger();
        QCOMPARE(Theme::zoom(), 120);
    } // logged out
    QCOMPARE(QSettings().value(Theme::zoomSettingsKey()).toInt(), 120);
    Theme::setZoom(Theme::kMinimumZoom); // as a fresh start of the program
    auto again = makeWindow();
    QCOMPARE(Theme::zoom(), 120);
}

QTEST_MAIN(tst_Zoom)
#include "tst_zoom.moc"
