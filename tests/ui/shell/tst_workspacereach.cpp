// Every workspace reaches everyone who works with it: each control the
// keyboard reaches has a name for screen readers (BITV 2.0 / WCAG 2.1 4.1.2),
// read through Qt's accessibility interface as a screen reader would; and each
// workspace fits a 1366x768 laptop screen.

#include "core/domain/wedding.h"
#include "core/weddings/weddingweekmodel.h"
#include "server/instance/serverinstance.h"
#include "testsupport.h"
#include "ui/common/theme.h"
#include "ui/documents/scannerdialog.h"
#include "ui/queue/transferdialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/settingsdialog.h"
#include "ui/weddings/standesamtworkspace.h"
#include "ui/weddings/weddingmovedialog.h"
#include "ui/weddings/weddingreservationdialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTranslator>

#include <memory>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

class tst_WorkspaceReach : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyControlIsNamed_data();
    void everyControlIsNamed();
    void everyWorkspaceFitsASmallScreen_data();
    void everyWorkspaceFitsASmallScreen();
    void dialogsAreNamedAndFitASmallScreen();

private:
    // A logged-in workstation's main window, as `login` sees it.
    struct Workstation
    {
        std::unique_ptr<TestSupport::SyncedClient> person;
        std::unique_ptr<MainWindow> window;
    };
    std::optional<Workstation> openAs(const QString &login, const QString &cacheName,
                                      QString *error);

    QTemporaryDir m_dir;
    std::unique_ptr<ServerInstance> m_server;
};

namespace {

bool isControl(const QWidget *widget)
{
    return qobject_cast<const QAbstractButton *>(widget) ||
           qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QComboBox *>(widget) ||
           qobject_cast<const QAbstractItemView *>(widget) ||
           qobject_cast<const QAbstractSpinBox *>(widget) ||
           qobject_cast<const QTextEdit *>(widget) || qobject_cast<const QPlainTextEdit *>(widget);
}

// A combo box's own line edit and a spin box's are parts of the named control.
bool isPartOfAnotherControl(const QWidget *widget)
{
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (qobject_cast<const QComboBox *>(parent) ||
            qobject_cast<const QAbstractSpinBox *>(parent))
            return true;
    }
    return false;
}

QString describe(const QWidget *widget)
{
    return u"%1 \"%2\""_s.arg(QString::fromLatin1(widget->metaObject()->className()),
                              widget->objectName());
}

// The controls of the page shown that the keyboard reaches, without a name.
QStringList unnamedControls(const QWidget *page)
{
    QStringList unnamed;
    for (QWidget *widget : page->findChildren<QWidget *>()) {
        if (!widget->isVisible() || !isControl(widget) || isPartOfAnotherControl(widget) ||
            !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            unnamed.append(describe(widget));
    }
    return unnamed;
}

} // namespace

void tst_WorkspaceReach::initTestCase()
{
    Theme::apply(); // sizes as the clerk sees them: the theme's padding and type
    QString error;
    m_server = TestSupport::startDemoServer(m_dir, &error);
    QVERIFY2(m_server, qPrintable(error));
}

std::optional<tst_WorkspaceReach::Workstation>
tst_WorkspaceReach::openAs(const QString &login, const QString &cacheName, QString *error)
{
    Workstation station;
    station.person = TestSupport::SyncedClient::connect(QUrl(m_server->baseUrl()), login, u"demo"_s,
                                                        m_dir.filePath(cacheName), error);
    if (!station.person)
        return std::nullopt;
    station.window = std::make_unique<MainWindow>(
        station.person->client->session(), station.person->client.get(),
        station.person->store.get(), station.person->sync.get());
    return station;
}

void tst_WorkspaceReach::everyControlIsNamed_data()
{
    QTest::addColumn<QString>("login");
    QTest::addRow("clerk") << u"mueller"_s;
    QTest::addRow("supervisor at a counter") << u"weber"_s;
    QTest::addRow("registrar") << u"schmidt"_s;
    QTest::addRow("administrator") << u"admin"_s;
}

void tst_WorkspaceReach::everyControlIsNamed()
{
    QFETCH(QString, login);
    QString error;
    auto station = openAs(login, login + u".db"_s, &error);
    QVERIFY2(station, qPrintable(error));
    MainWindow &window = *station->window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *navigation = window.findChild<QListWidget *>(u"navigation"_s);
    auto *pages = window.findChild<QStackedWidget *>();
    QVERIFY(navigation && pages);
    QVERIFY(navigation->count() > 0);
    // The whole window with each workspace in turn: the navigation, the
    // counter choice and the toolbar as well as the page's own controls.
    QStringList unnamed;
    for (int row = 0; row < navigation->count(); ++row) {
        navigation->setCurrentRow(row);
        QCOMPARE(pages->currentIndex(), row);
        for (const QString &control : unnamedControls(&window))
            unnamed.append(navigation->item(row)->text() + u": "_s + control);
        // A workspace with tabs (Verwaltung): each tab's controls too.
        for (QTabWidget *tabs : pages->currentWidget()->findChildren<QTabWidget *>()) {
            for (int tab = 0; tab < tabs->count(); ++tab) {
                tabs->setCurrentIndex(tab);
                for (const QString &control : unnamedControls(tabs->currentWidget()))
                    unnamed.append(navigation->item(row)->text() + u" / "_s +
                                   tabs->tabText(tab).remove(u'&') + u": "_s + control);
            }
        }
    }
    unnamed.removeDuplicates();
    QVERIFY2(unnamed.isEmpty(), qPrintable(u"Controls without a name for screen readers:\n  "_s +
                                           unnamed.join(u"\n  "_s)));
}

void tst_WorkspaceReach::everyWorkspaceFitsASmallScreen_data()
{
    everyControlIsNamed_data();
}

void tst_WorkspaceReach::everyWorkspaceFitsASmallScreen()
{
    QFETCH(QString, login);
    // In German, whose words are the longer ones.
    QTranslator german;
    QVERIFY(german.load(u":/i18n/tresen_de.qm"_s));
    QCoreApplication::installTranslator(&german);
    const auto removeTranslator =
        qScopeGuard([&german] { QCoreApplication::removeTranslator(&german); });
    QString error;
    auto station = openAs(login, login + u"-fit.db"_s, &error);
    QVERIFY2(station, qPrintable(error));
    MainWindow &window = *station->window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // 1366x768 less a desktop's panel (about 40 px) and the window's title bar (about 30 px).
    const QSize room(1366, 768 - 70);
    auto *navigation = window.findChild<QListWidget *>(u"navigation"_s);
    QStringList tooLarge;
    for (int row = 0; row < navigation->count(); ++row) {
        navigation->setCurrentRow(row);
        // The stack asks every page; the window's hint is what the layout cannot go below.
        const QSize needed = window.minimumSizeHint().expandedTo(window.minimumSize());
        if (needed.width() > room.width() || needed.height() > room.height())
            tooLarge.append(u"%1: %2x%3"_s.arg(navigation->item(row)->text())
                                .arg(needed.width())
                                .arg(needed.height()));
    }
    // Shown at that size, nothing but lists and tables scrolls: the Standesamt
    // with a booking open (its longest form).
    window.showNormal();
    window.resize(room);
    if (auto *weddings = window.findChild<StandesamtWorkspace *>()) {
        auto *week = weddings->findChild<QTableView *>(u"weekView"_s);
        auto *model = qobject_cast<WeddingWeekModel *>(week->model());
        const auto firstBooking = [model] {
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->bookingAt(row))
                    return row;
            }
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(firstBooking() >= 0, 10000);
        week->setCurrentIndex(model->index(firstBooking(), 0));
        QVERIFY(weddings->selectedBooking());
    }
    auto *pages = window.findChild<QStackedWidget *>();
    for (int row = 0; row < navigation->count(); ++row) {
        navigation->setCurrentRow(row);
        QCoreApplication::sendPostedEvents(); // the layouts settle
        QCoreApplication::processEvents();
        for (QScrollArea *area : pages->currentWidget()->findChildren<QScrollArea *>()) {
            if (!area->isVisible() || !area->widget())
                continue;
            if (area->verticalScrollBar()->maximum() > 0 ||
                area->horizontalScrollBar()->maximum() > 0)
                tooLarge.append(u"%1: %2 scrolls (%3x%4 in %5x%6)"_s
                                    .arg(navigation->item(row)->text(), area->objectName())
                                    .arg(area->widget()->sizeHint().width())
                                    .arg(area->widget()->sizeHint().height())
                                    .arg(area->viewport()->width())
                                    .arg(area->viewport()->height()));
        }
    }
    QVERIFY2(tooLarge.isEmpty(), qPrintable(u"Workspaces larger than a 1366x768 screen:\n  "_s +
                                            tooLarge.join(u"\n  "_s)));
}

void tst_WorkspaceReach::dialogsAreNamedAndFitASmallScreen()
{
    QTranslator german; // the longer words
    QVERIFY(german.load(u":/i18n/tresen_de.qm"_s));
    QCoreApplication::installTranslator(&german);
    const auto removeTranslator =
        qScopeGuard([&german] { QCoreApplication::removeTranslator(&german); });

    WeddingSlot slot;
    slot.id = u"7"_s;
    slot.roomId = u"1"_s;
    slot.roomName = u"Trauzimmer im Rathaus"_s;
    slot.startsAt = QDateTime::currentDateTime().addDays(30).toMSecsSinceEpoch();
    WeddingBooking booking;
    booking.id = u"3"_s;
    booking.partner1 = u"Anna & Co"_s;
    booking.partner2 = u"Ben"_s;
    booking.startsAt = slot.startsAt;
    booking.roomName = slot.roomName;

    std::vector<std::unique_ptr<QDialog>> dialogs;
    dialogs.push_back(std::make_unique<TransferDialog>(
        u"A017"_s, QList<QJsonObject>{{{u"id"_s, u"2"_s}, {u"name"_s, u"Reisepass beantragen"_s}}},
        QList<QJsonObject>{{{u"id"_s, u"3"_s}, {u"name"_s, u"Schalter 3"_s}}}));
    dialogs.push_back(std::make_unique<SettingsDialog>(SettingsDialog::Values{}));
    dialogs.push_back(std::make_unique<WeddingReservationDialog>(slot));
    dialogs.push_back(std::make_unique<WeddingMoveDialog>(booking, QList<WeddingSlot>{slot}));
    dialogs.push_back(std::make_unique<ScannerDialog>(QList<ScannerBackend *>{}));

    const QSize room(1366, 768 - 70);
    QStringList problems;
    for (const auto &dialog : dialogs) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        const QString name = QString::fromLatin1(dialog->metaObject()->className());
        for (const QString &unnamed : unnamedControls(dialog.get()))
            problems.append(u"%1: %2 has no name"_s.arg(name, unnamed));
        const QSize needed = dialog->minimumSizeHint().expandedTo(dialog->minimumSize());
        if (needed.width() > room.width() || needed.height() > room.height())
            problems.append(u"%1 needs %2x%3"_s.arg(name).arg(needed.width()).arg(needed.height()));
        dialog->hide();
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
}

QTEST_MAIN(tst_WorkspaceReach)
#include "tst_workspacereach.moc"
