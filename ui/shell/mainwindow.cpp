#include "ui/shell/mainwindow.h"

#include "core/appointments/appointmentbook.h"
#include "core/documents/documentupload.h"
#include "core/queue/counterdesk.h"
#include "core/queue/counterlistmodel.h"
#include "core/statistics/statisticsboard.h"
#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"
#include "core/weddings/weddingcalendar.h"
#include "ui/administration/administrationworkspace.h"
#include "ui/appointments/appointmentsworkspace.h"
#include "ui/common/keytext.h"
#include "ui/common/theme.h"
#include "ui/common/workspacepage.h"
#include "ui/documents/scanworkspace.h"
#include "ui/payments/paymentsworkspace.h"
#include "ui/queue/counterbox.h"
#include "ui/queue/counterworkspace.h"
#include "ui/shell/connectionindicator.h"
#include "ui/shell/heldwritesbanner.h"
#include "ui/shell/otherloginsbanner.h"
#include "ui/statistics/statisticsworkspace.h"
#include "ui/weddings/standesamtworkspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
const QKeySequence kChangeCounterKey(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
} // namespace

MainWindow::MainWindow(const SessionInfo &session, BackendClient *client, LocalStore *store,
                       SyncEngine *sync, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_client(client)
    , m_store(store)
    , m_sync(sync)
    , m_counters(new CounterListModel(store, this))
    , m_workspaces(workspacesFor(session.roles))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Tresen"));
    // Un-maximised it fits the screen it is on (1366×768 counters too).
    resize(QSize(1280, 800).boundedTo(screen()->availableGeometry().size() * 0.9));

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setAccessibleName(tr("Workspaces"));
    m_navigation->setFixedWidth(210);
    m_pages = new QStackedWidget(this);
    auto *central = new QWidget(this);
    // Notices about this workstation (setOtherLoginsWrites) go above the workspaces.
    m_centralLayout = new QVBoxLayout(central);
    m_centralLayout->setContentsMargins(0, 0, 0, 0);
    m_centralLayout->setSpacing(0);
    auto *layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    m_centralLayout->addLayout(layout, 1);
    // The server went back to a backup: what was not sent waits for the clerk.
    m_centralLayout->insertWidget(0, new HeldWritesBanner(&sync->outbox(), this));
    setCentralWidget(central);

    m_counterBox = new CounterBox(this);
    m_counterBox->setObjectName(u"counterBox"_s);
    m_counterBox->setModel(m_counters);
    m_counterBox->setMinimumContentsLength(28);
    m_counterBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_counterBox->setToolTip(tr("The counter this workstation serves (remembered on this "
                                "computer). To change it, open the list (%1).")
                                 .arg(kChangeCounterKey.toString(QKeySequence::NativeText)));

    m_userLabel = new QLabel(this);
    QStringList roles;
    for (Role role : allRoles()) {
        if (session.roles.testFlag(role))
            roles.append(roleTitle(role));
    }
    m_userLabel->setText(tr("%1 (%2)").arg(
        session.displayName.isEmpty() ? session.login : session.displayName, roles.join(u", "_s)));
    m_counterLabel = new QLabel(this);
    m_connection = new ConnectionIndicator(this);
    statusBar()->addWidget(m_userLabel);
    statusBar()->addWidget(m_counterLabel);
    statusBar()->addPermanentWidget(m_connection);

    buildMenus();
    buildWorkspaces();

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        // Straight to work: e.g. the Zahlungen field takes the next scan.
        if (QWidget *page = m_pages->currentWidget(); page && page->focusProxy())
            page->setFocus();
    });
    // The first workspace too, when the window comes up.
    if (QWidget *page = m_pages->currentWidget(); page && page->focusProxy())
        page->setFocus();
    connect(m_counterBox, &QComboBox::currentIndexChanged, this, [this] {
        // Chosen from the list while a ticket is held here: only if the clerk says so.
        if (m_desk && !counterId().isEmpty() && counterId() != m_desk->counterId() &&
            !mayLeaveTheCounter(tr("Change counter"))) {
            const QSignalBlocker blocker(m_counterBox);
            m_counterBox->setCurrentIndex(m_counters->rowOfCounter(m_desk->counterId()));
            return;
        }
        updateCounterLabel();
        if (!counterId().isEmpty()) {
            m_preferredCounterId = counterId();
            emit counterChanged(counterId());
        }
    });
    connect(sync, &SyncEngine::connectionChanged, m_connection,
            &ConnectionIndicator::setConnection);
    connect(sync, &SyncEngine::reconnectCountdown, m_connection,
            &ConnectionIndicator::setSecondsUntilReconnect);
    connect(m_connection, &ConnectionIndicator::reconnectRequested, sync,
            &SyncEngine::reconnectNow);
    connect(sync, &SyncEngine::changesApplied, this, [this](const QStringList &entities) {
        if (entities.contains(u"counter"_s) || entities.contains(u"office"_s))
            reloadCounters();
    });
    connect(sync, &SyncEngine::syncFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    m_connection->setConnection(sync->connection());
    updateCounterLabel();
}

MainWindow::~MainWindow()
{
    // Logging out deletes the window without closing it: remember it here.
    if (m_shownAsLastTime)
        QSettings().setValue(u"window/geometry"_s, saveGeometry());
}

bool MainWindow::mayLeaveTheCounter(const QString &leaving)
{
    const std::optional<Ticket> held = m_desk ? m_desk->currentTicket() : std::nullopt;
    if (!held)
        return true;
    QMessageBox ask(QMessageBox::Question, leaving,
                    tr("You are still serving %1 at this counter.").arg(held->number),
                    QMessageBox::NoButton, this);
    ask.setObjectName(u"leaveCounterQuestion"_s);
    ask.setInformativeText(tr("Finish or put the ticket back first, or it stays with this "
                              "counter until someone calls it again."));
    QPushButton *leave = ask.addButton(leaving, QMessageBox::AcceptRole);
    ask.setDefaultButton(ask.addButton(QMessageBox::Cancel));
    ask.exec();
    return ask.clickedButton() == leave;
}

bool MainWindow::mayLeaveUnsavedWork(const QString &leaving)
{
    const QStringList unsaved =
        m_administrationWorkspace ? m_administrationWorkspace->unsavedChanges() : QStringList{};
    if (unsaved.isEmpty())
        return true;
    QMessageBox ask(QMessageBox::Question, leaving, tr("These changes have not been saved:"),
                    QMessageBox::NoButton, this);
    ask.setObjectName(u"unsavedWorkQuestion"_s);
    ask.setInformativeText(u"• "_s + unsaved.join(u"\n• "_s) + u"\n\n"_s +
                           tr("Go back and save them (Ctrl+S), or discard them."));
    QPushButton *discard =
        ask.addButton(tr("Discard and %1").arg(leaving.toLower()), QMessageBox::DestructiveRole);
    ask.setDefaultButton(ask.addButton(QMessageBox::Cancel));
    ask.exec();
    if (ask.clickedButton() == discard)
        return true;
    showWorkspace(Workspace::Administration);
    return false;
}

bool MainWindow::mayLeave(const QString &leaving)
{
    if (!mayLeaveTheCounter(leaving) || !mayLeaveUnsavedWork(leaving))
        return false;
    // A registrar's ticked papers are kept, as when another booking is chosen.
    if (m_standesamtWorkspace && !m_standesamtWorkspace->keepEditsBeforeLeaving()) {
        showWorkspace(Workspace::Standesamt);
        return false;
    }
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!mayLeave(tr("Quit"))) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::showAsLastTime()
{
    m_shownAsLastTime = true;
    const QByteArray geometry = QSettings().value(u"window/geometry"_s).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // Maximising is the window manager's to do; filling the screen first
        // gives the same window where there is none (a kiosk session, Xvfb).
        if (const QScreen *current = screen())
            setGeometry(current->availableGeometry());
        showMaximized();
        return;
    }
    show();
}

void MainWindow::setLocked(bool locked)
{
    if (locked == m_locked)
        return;
    m_locked = locked;
    if (locked)
        m_focusBeforeLock = QApplication::focusWidget();
    // Hidden widgets take no shortcuts: the menus' and the workspaces' keys rest too.
    centralWidget()->setVisible(!locked);
    menuBar()->setVisible(!locked);
    statusBar()->setVisible(!locked);
    for (QToolBar *toolBar : findChildren<QToolBar *>(Qt::FindDirectChildrenOnly))
        toolBar->setVisible(!locked);
    if (!locked && m_focusBeforeLock)
        m_focusBeforeLock->setFocus();
}

void MainWindow::setOtherLoginsWrites(OtherLoginsWrites *writes)
{
    m_centralLayout->insertWidget(0, new OtherLoginsBanner(writes, this));
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&Tresen"));
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::settingsRequested);
    settings->setShortcut(QKeySequence::Preferences);
    QAction *password =
        file->addAction(tr("Change &password…"), this, &MainWindow::passwordChangeRequested);
    password->setObjectName(u"changePasswordAction"_s);
    password->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QAction *lock = file->addAction(tr("Loc&k"), this, &MainWindow::lockRequested);
    lock->setObjectName(u"lockAction"_s);
    lock->setIcon(Theme::icon(Theme::Icon::Lock));
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    lock->setToolTip(tr("Hides the work until you enter your password again."));
    QAction *logout = file->addAction(tr("Log &out"), this, [this] {
        if (mayLeave(tr("Log out")))
            emit logoutRequested();
    });
    logout->setObjectName(u"logoutAction"_s);
    logout->setIcon(Theme::icon(Theme::Icon::LogOut));
    logout->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    // Only who works at a counter chooses one.
    const bool atCounter = m_workspaces.contains(Workspace::Counter);
    if (atCounter) {
        // The one way to change the counter besides clicking its list: on purpose.
        QAction *changeCounter = file->addAction(tr("Change &counter…"), this, [this] {
            m_counterBox->setFocus(Qt::ShortcutFocusReason);
            m_counterBox->showPopup();
        });
        changeCounter->setObjectName(u"changeCounterAction"_s);
        changeCounter->setShortcut(kChangeCounterKey);
    }
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (qsizetype i = 0; i < m_workspaces.size(); ++i) {
        const Workspace workspace = m_workspaces.at(i);
        QAction *action = view->addAction(workspaceTitle(workspace), this,
                                          [this, workspace] { showWorkspace(workspace); });
        action->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + static_cast<int>(i))));
    }

    view->addSeparator();
    QAction *display =
        view->addAction(tr("Open the &call display"), this, &MainWindow::callDisplayRequested);
    display->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    display->setToolTip(tr("The waiting room's display, e.g. on a second screen."));

    // Text size, 100–200 %, remembered for this computer's user.
    view->addSeparator();
    Theme::setZoom(QSettings().value(Theme::zoomSettingsKey(), Theme::kMinimumZoom).toInt());
    const auto zoomTo = [this](int percent) {
        Theme::setZoom(percent);
        QSettings().setValue(Theme::zoomSettingsKey(), Theme::zoom());
        statusBar()->showMessage(tr("Text size %1 %").arg(Theme::zoom()), 3000);
    };
    QAction *zoomIn = view->addAction(tr("&Larger text"), this,
                                      [zoomTo] { zoomTo(Theme::zoom() + Theme::kZoomStep); });
    zoomIn->setObjectName(u"zoomInAction"_s);
    // Strg++ on a German keyboard; Strg+= where + needs Shift.
    zoomIn->setShortcuts(
        {QKeySequence(QKeySequence::ZoomIn), QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *zoomOut = view->addAction(tr("&Smaller text"), this,
                                       [zoomTo] { zoomTo(Theme::zoom() - Theme::kZoomStep); });
    zoomOut->setObjectName(u"zoomOutAction"_s);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *zoomReset =
        view->addAction(tr("&Normal text size"), this, [zoomTo] { zoomTo(Theme::kMinimumZoom); });
    zoomReset->setObjectName(u"zoomResetAction"_s);
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts =
        help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Tresen"), this, &MainWindow::showAbout);

    QToolBar *toolBar = addToolBar(tr("Workstation"));
    toolBar->setObjectName(u"workstationToolBar"_s);
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *counterCaption = new QLabel(tr("Counter:"), this);
    counterCaption->setBuddy(m_counterBox);
    counterCaption->setContentsMargins(8, 0, 4, 0);
    // Only the queue works at a counter; the Standesamt and the Leitung don't choose one.
    toolBar->addWidget(counterCaption)->setVisible(atCounter);
    toolBar->addWidget(m_counterBox)->setVisible(atCounter);
    m_counterLabel->setVisible(atCounter);
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    toolBar->addAction(logout);
}

void MainWindow::buildWorkspaces()
{
    for (qsizetype i = 0; i < m_workspaces.size(); ++i) {
        const Workspace workspace = m_workspaces.at(i);
        if (workspace == Workspace::Counter) {
            m_desk = new CounterDesk(m_client, m_store, m_sync, this);
            m_counterWorkspace = new CounterWorkspace(m_desk, m_store, this);
            m_pages->addWidget(m_counterWorkspace);
            connect(this, &MainWindow::counterChanged, m_counterWorkspace,
                    &CounterWorkspace::setCounter);
        } else if (workspace == Workspace::Payments) {
            m_paymentCheck = new PaymentCheck(m_client, this);
            m_paymentsWorkspace = new PaymentsWorkspace(m_paymentCheck, this);
            m_pages->addWidget(m_paymentsWorkspace);
        } else if (workspace == Workspace::Appointments) {
            m_appointmentBook = new AppointmentBook(m_client, m_store, m_sync, this);
            m_appointmentsWorkspace =
                new AppointmentsWorkspace(m_appointmentBook, m_store, m_sync, this);
            m_pages->addWidget(m_appointmentsWorkspace);
        } else if (workspace == Workspace::Standesamt) {
            m_weddingCalendar = new WeddingCalendar(m_client, m_store, m_sync, this);
            m_standesamtWorkspace = new StandesamtWorkspace(m_weddingCalendar, this);
            connect(m_standesamtWorkspace, &StandesamtWorkspace::paymentLookupRequested, this,
                    &MainWindow::lookUpPayment);
            m_pages->addWidget(m_standesamtWorkspace);
        } else if (workspace == Workspace::Scan) {
            auto *scan = new ScanWorkspace(this);
            m_scanWorkspace = scan;
            scan->setDocumentUpload(
                new DocumentUpload(m_client, scan),
                [store = m_store](const QString &caseType, const QString &code) {
                    return cachedCaseId(*store, caseType, code);
                });
            // A scanned GiroCode or fine notice: straight to the payment lookup.
            connect(scan, &ScanWorkspace::paymentLookupRequested, this, &MainWindow::lookUpPayment);
            connect(scan, &ScanWorkspace::checkInRequested, this, [this](const QString &code) {
                if (!m_appointmentsWorkspace)
                    return;
                showWorkspace(Workspace::Appointments);
                m_appointmentsWorkspace->checkIn(code);
            });
            connect(scan, &ScanWorkspace::weddingRequested, this, [this](const QString &id) {
                if (!m_standesamtWorkspace)
                    return;
                showWorkspace(Workspace::Standesamt);
                m_standesamtWorkspace->showBooking(id);
            });
            m_pages->addWidget(scan);
        } else if (workspace == Workspace::Statistics) {
            m_statisticsWorkspace =
                new StatisticsWorkspace(new StatisticsBoard(m_client, m_store, m_sync, this), this);
            m_pages->addWidget(m_statisticsWorkspace);
        } else if (workspace == Workspace::Administration) {
            m_administrationWorkspace = new AdministrationWorkspace(m_client, this);
            m_pages->addWidget(m_administrationWorkspace);
        } else {
            m_pages->addWidget(new WorkspacePage(workspace, this));
        }
        auto *item = new QListWidgetItem(workspaceTitle(workspace), m_navigation);
        const QKeySequence shortcut(Qt::CTRL | (Qt::Key_1 + static_cast<int>(i)));
        item->setToolTip(tr("%1 (%2)").arg(workspaceDescription(workspace), keyText(shortcut)));
    }
    if (m_workspaces.isEmpty()) {
        // Nothing to choose from: no empty list, a page that says why.
        m_navigation->hide();
        auto *none = new QLabel(u"<h2>%1</h2><p>%2</p>"_s.arg(
                                    tr("No workspace for your role").toHtmlEscaped(),
                                    tr("Your role has no workspace on this workstation. Please ask "
                                       "the administration to check your roles.")
                                        .toHtmlEscaped()),
                                this);
        none->setObjectName(u"noWorkspace"_s);
        none->setWordWrap(true);
        none->setAlignment(Qt::AlignCenter);
        none->setMaximumWidth(640);
        auto *page = new QWidget(this);
        auto *centred = new QHBoxLayout(page);
        centred->addWidget(none);
        m_pages->addWidget(page);
    }
    m_navigation->setCurrentRow(0);
}

void MainWindow::setScannerBackends(const QList<ScannerBackend *> &backends)
{
    if (m_scanWorkspace)
        m_scanWorkspace->setScannerBackends(backends);
}

void MainWindow::setScanInbox(InboxWatcher *inbox)
{
    if (m_scanWorkspace)
        m_scanWorkspace->setInbox(inbox);
}

void MainWindow::lookUpPayment(const QString &payload)
{
    if (!m_paymentsWorkspace)
        return;
    showWorkspace(Workspace::Payments);
    m_paymentsWorkspace->lookUp(payload);
}

void MainWindow::showWorkspace(Workspace workspace)
{
    const qsizetype index = m_workspaces.indexOf(workspace);
    if (index >= 0)
        m_navigation->setCurrentRow(static_cast<int>(index));
}

Workspace MainWindow::currentWorkspace() const
{
    return m_workspaces.value(m_navigation->currentRow(), Workspace::Counter);
}

void MainWindow::setPreferredCounter(const QString &counterId)
{
    m_preferredCounterId = counterId;
    const int row = m_counters->rowOfCounter(counterId);
    if (row >= 0)
        m_counterBox->setCurrentIndex(row);
    if (m_counterWorkspace && !this->counterId().isEmpty())
        m_counterWorkspace->setCounter(this->counterId());
}

QString MainWindow::counterId() const
{
    return m_counterBox->currentData(CounterListModel::CounterIdRole).toString();
}

void MainWindow::reloadCounters()
{
    const QString wanted = m_preferredCounterId;
    const QSignalBlocker blocker(m_counterBox);
    m_counters->reload();
    const int row = m_counters->rowOfCounter(wanted);
    m_counterBox->setCurrentIndex(row >= 0 ? row : (m_counters->rowCount() > 0 ? 0 : -1));
    updateCounterLabel();
    if (counterId() != wanted && !counterId().isEmpty()) {
        m_preferredCounterId = counterId();
        emit counterChanged(counterId());
    }
}

void MainWindow::updateCounterLabel()
{
    const QString name = m_counterBox->currentData(CounterListModel::CounterNameRole).toString();
    const QString office = m_counterBox->currentData(CounterListModel::OfficeNameRole).toString();
    m_counterLabel->setText(name.isEmpty() ? tr("No counter chosen")
                                           : tr("%1, %2").arg(name, office));
    if (!m_workspaces.contains(Workspace::Counter)) {
        // No counter here: the Standesamt's registrars read their office.
        const auto standesamt = m_workspaces.contains(Workspace::Standesamt)
                                    ? m_store->entityWhere(u"office"_s, u"kind"_s, u"standesamt"_s)
                                    : std::nullopt;
        const QString where = standesamt ? standesamt->value(u"name"_s).toString() : QString();
        setWindowTitle(where.isEmpty() ? tr("Tresen") : tr("Tresen – %1").arg(where));
        return;
    }
    setWindowTitle(name.isEmpty() ? tr("Tresen") : tr("Tresen – %1 – %2").arg(office, name));
}

void MainWindow::showShortcuts()
{
    const auto row = [](const QKeySequence &key, const QString &text) {
        return u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(keyText(key).toHtmlEscaped(),
                                                               text.toHtmlEscaped());
    };
    QString rows;
    for (qsizetype i = 0; i < m_workspaces.size(); ++i)
        rows += row(QKeySequence(Qt::CTRL | (Qt::Key_1 + static_cast<int>(i))),
                    workspaceTitle(m_workspaces.at(i)));
    // Each workspace's keys as its own actions say them: one list, no copy.
    for (int page = 0; page < m_pages->count() && page < m_workspaces.size(); ++page) {
        QString keys;
        for (const QAction *action : m_pages->widget(page)->findChildren<QAction *>()) {
            // Pages alike (Verwaltung's tables) bind the same key to the same words.
            const QString line = row(action->shortcut(), QString(action->text()).remove(u'&'));
            if (!action->shortcut().isEmpty() && !action->text().isEmpty() && !keys.contains(line))
                keys += line;
        }
        if (!keys.isEmpty())
            rows += u"<tr><td colspan=\"2\"><br><i>%1</i></td></tr>"_s.arg(
                        workspaceTitle(m_workspaces.at(page)).toHtmlEscaped()) +
                    keys;
    }
    rows += u"<tr><td colspan=\"2\"><br></td></tr>"_s;
    if (m_workspaces.contains(Workspace::Counter))
        rows += row(kChangeCounterKey, tr("Change counter"));
    rows += row(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), tr("Open the call display"));
    rows += row(QKeySequence(QKeySequence::ZoomIn), tr("Larger text"));
    rows += row(QKeySequence(QKeySequence::ZoomOut), tr("Smaller text"));
    rows += row(QKeySequence(Qt::CTRL | Qt::Key_0), tr("Normal text size"));
    rows += row(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), tr("Change password"));
    rows += row(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), tr("Lock"));
    rows += row(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), tr("Log out"));
    rows += row(QKeySequence(QKeySequence::HelpContents), tr("This overview"));
    QMessageBox::information(this, tr("Keyboard shortcuts"),
                             u"<table cellspacing=\"4\">%1</table>"_s.arg(rows));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Tresen"),
                       tr("<h3>Tresen %1</h3><p>Counter workstation for the Bürgeramt and the "
                          "Standesamt: queue calling, appointments, weddings, scanning and "
                          "payments.</p>")
                           .arg(QApplication::applicationVersion()));
}
