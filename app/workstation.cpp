#include "workstation.h"

#include "core/documents/scannerbackend.h"
#include "core/domain/roles.h"
#include "core/payments/paymentcheck.h"
#include "core/queue/callboard.h"
#include "core/sync/localstore.h"
#include "core/sync/otherloginswrites.h"
#include "core/sync/syncengine.h"
#include "server/instance/embeddedserver.h"
#include "systemconfiguration.h"
#include "ui/queue/announcer.h"
#include "ui/queue/calldisplaywindow.h"
#include "ui/shell/localdatadialogs.h"
#include "ui/shell/lockscreen.h"
#include "ui/shell/logindialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/passwordchangedialog.h"
#include "ui/shell/sessionlock.h"
#include "ui/shell/settingsdialog.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QLockFile>
#include <QMessageBox>
#include <QScreen>
#include <QStandardPaths>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace {
const QString kModeKey = u"connection/mode"_s;
const QString kServerUrlKey = u"connection/serverUrl"_s;
const QString kLastLoginKey = u"connection/lastLogin"_s;
const QString kCounterKey = u"workstation/counterId"_s;
const QString kLanguageKey = u"ui/language"_s;
const QString kGongKey = u"display/gong"_s;
const QString kSpeechKey = u"display/speech"_s;
// The user's own choice; the system scope's value, if IT set one, wins.
const QString kLockAfterKey = u"session/lockAfterMinutes"_s;
constexpr int kDefaultLockAfterMinutes = 10;
// In the system scope (/etc/xdg/Tresen/tresen.conf), set by IT: a user's own
// settings cannot lengthen it.
const QString kStaleDaysKey = u"cache/deleteUnusedAfterDays"_s;
// As long as writes are sent (LocalStore::kSendableDays, short of the
// server's idempotency keys): by then a login's unsent writes could no
// longer be sent safely anyway.
constexpr int kDefaultStaleDays = LocalStore::kSendableDays;
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

QString dataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

// After how many days unused a login's cache here is deleted; 0: never.
int staleDays()
{
    const QSettings system(QSettings::SystemScope, QCoreApplication::organizationName(),
                           QCoreApplication::applicationName());
    bool ok = false;
    const int days = system.value(kStaleDaysKey, kDefaultStaleDays).toInt(&ok);
    return ok && days >= 0 ? days : kDefaultStaleDays;
}
} // namespace

Workstation::Workstation(QObject *parent)
    : QObject(parent)
{}

Workstation::~Workstation()
{
    closeCallDisplay();
    delete m_window;
    m_sync.reset();
    m_store.reset();
    m_cacheLock.reset();
}

void Workstation::start(const QString &serverUrl)
{
    if (!serverUrl.isEmpty()) {
        if (!SystemConfiguration::read().serverUrl.isEmpty())
            qWarning("The city server is set for this computer; --server is ignored.");
        m_settings.setValue(kModeKey, u"server"_s);
        m_settings.setValue(kServerUrlKey, serverUrl);
    }
    showLogin();
}

void Workstation::setIdleLockInterval(std::chrono::milliseconds interval)
{
    m_idleLockInterval = interval;
    if (m_lock)
        m_lock->setIdleInterval(interval);
}

std::chrono::milliseconds Workstation::idleLockInterval() const
{
    if (m_idleLockInterval)
        return *m_idleLockInterval;
    const std::optional<int> setByIt = SystemConfiguration::read().lockAfterMinutes;
    bool ok = false;
    int minutes = m_settings.value(kLockAfterKey, kDefaultLockAfterMinutes).toInt(&ok);
    if (!ok || minutes < 0)
        minutes = kDefaultLockAfterMinutes;
    return std::chrono::minutes(setByIt.value_or(minutes));
}

void Workstation::showLogin()
{
    const SystemConfiguration system = SystemConfiguration::read();
    auto *dialog = new LoginDialog(&m_client);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The demo backend runs only for those who choose it.
    connect(dialog, &LoginDialog::embeddedChosen, this, [this, dialog] { startEmbedded(dialog); });
    dialog->setDemoOffered(system.demoAllowed);
    // A city server IT set is where this computer works (preselected, not editable).
    const bool serverSetByIt = !system.serverUrl.isEmpty();
    dialog->setServerUrl(serverSetByIt ? system.serverUrl
                                       : m_settings.value(kServerUrlKey).toString());
    dialog->setServerUrlLocked(serverSetByIt);
    dialog->setUseEmbedded(!serverSetByIt &&
                           m_settings.value(kModeKey, u"embedded"_s).toString() != u"server"_s);
    // After the choice above, so that a preselected city server starts nothing.
    if (m_embedded)
        showEmbeddedState(dialog);
    else if (system.demoAllowed)
        dialog->setEmbeddedState(LoginDialog::EmbeddedState::Idle);
    dialog->setLogin(m_settings.value(kLastLoginKey).toString());
    connect(dialog, &QDialog::accepted, this, [this, dialog, serverSetByIt] {
        m_settings.setValue(kModeKey, dialog->usesEmbedded() ? u"embedded"_s : u"server"_s);
        if (!dialog->usesEmbedded() && !serverSetByIt)
            m_settings.setValue(kServerUrlKey, dialog->serverUrlText());
        m_settings.setValue(kLastLoginKey, dialog->login());
        if (m_client.session().mustChangePassword)
            changePasswordFirst(dialog->usesEmbedded());
        else
            openMainWindow(dialog->usesEmbedded(), dialog->takeUnlockVerifier());
    });
    connect(dialog, &QDialog::rejected, qApp, &QApplication::quit);
    dialog->show();
}

void Workstation::startEmbedded(LoginDialog *dialog)
{
    if (!m_embedded) {
        m_embedded = new EmbeddedServer(dataDirectory() + u"/embedded/tresen.db"_s, this);
        m_embedded->start();
    }
    showEmbeddedState(dialog);
}

void Workstation::showEmbeddedState(LoginDialog *dialog)
{
    const auto updateEmbedded = [dialog, this] {
        if (m_embedded->isRunning())
            dialog->setEmbeddedState(LoginDialog::EmbeddedState::Ready, m_embedded->url());
        else
            dialog->setEmbeddedState(LoginDialog::EmbeddedState::Starting);
    };
    updateEmbedded();
    connect(m_embedded, &EmbeddedServer::started, dialog, updateEmbedded);
    connect(m_embedded, &EmbeddedServer::failed, dialog, [dialog](const QString &reason) {
        dialog->setEmbeddedState(LoginDialog::EmbeddedState::Failed, {}, reason);
    });
}

void Workstation::changePasswordFirst(bool embedded)
{
    auto *dialog = new PasswordChangeDialog(&m_client, PasswordChangeDialog::Mode::Forced);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, embedded] { openMainWindow(embedded, dialog->takeUnlockVerifier()); });
    connect(dialog, &QDialog::rejected, this, [this] {
        m_client.logout();
        showLogin();
    });
    dialog->show();
}

void Workstation::changePassword()
{
    auto *dialog =
        new PasswordChangeDialog(&m_client, PasswordChangeDialog::Mode::Voluntary, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (m_lock)
            m_lock->setVerifier(dialog->takeUnlockVerifier());
        if (m_window)
            m_window->statusBar()->showMessage(tr("Your password has been changed."), 10000);
    });
    dialog->open();
}

QString Workstation::serverKey(bool embedded) const
{
    // The embedded server's port changes, so it has a name of its own. (Each
    // server's shared cache of earlier versions was named just so.)
    return embedded ? u"embedded"_s
                    : QString::fromLatin1(
                          QCryptographicHash::hash(m_client.baseUrl().toString().toUtf8(),
                                                   QCryptographicHash::Sha1)
                              .toHex()
                              .left(16));
}

void Workstation::openMainWindow(bool embedded, std::optional<UnlockVerifier> verifier)
{
    // One cache per login: no one sees what another login's cache holds.
    const QString login = m_client.session().login;
    m_caches.emplace(dataDirectory() + u"/cache"_s, serverKey(embedded));
    const QString cacheFile = m_caches->fileOf(login);
    Result<void> opened = m_caches->prepareFolder();
    if (opened && !lockCache(cacheFile))
        return; // said, and back at the login
    m_store = std::make_unique<LocalStore>(cacheFile, u"local-cache"_s);
    if (opened)
        opened = m_store->open();
    // Filled under other roles (the same login, now clerk instead of
    // registrar, or the other way round): loaded again, as the login is now.
    const Result<bool> rolesChanged =
        opened ? m_store->resetIfOtherRoles(roleNames(m_client.session().roles).join(u','))
               : Result<bool>::failure(opened.reason());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (rolesChanged)
        opened = m_store->setLastUsed(now);
    else
        opened = Result<void>::failure(rolesChanged.reason());
    if (!opened) {
        QMessageBox::critical(nullptr, tr("Tresen"),
                              tr("The local cache could not be opened: %1").arg(opened.error()));
        m_store.reset();
        m_cacheLock.reset();
        m_client.logout();
        showLogin();
        return;
    }
    // The shared cache of an earlier version: this login's writes come along
    // (they are sent from here); it goes once no one's writes are left in it.
    const Result<int> migrated = m_caches->migrateShared(login, *m_store);
    // The caches of logins not seen here for long go, with their unsent
    // writes (named below: by then they could not be sent safely anyway).
    const int days = staleDays();
    const Result<StaleCacheRemoval> stale =
        days > 0 ? m_caches->removeStale(login, now - days * kDayMs) : StaleCacheRemoval{};
    if (stale) {
        for (const PendingWritesOfLogin &lost : stale->lostWrites)
            qWarning("Deleted %d unsent change(s) of %s with their cache, unused for more than %d "
                     "days",
                     lost.count, qPrintable(lost.login), days);
    }
    m_sync = std::make_unique<SyncEngine>(&m_client, m_store.get());
    m_window = new MainWindow(m_client.session(), &m_client, m_store.get(), m_sync.get());
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    if (!migrated)
        m_window->statusBar()->showMessage(
            tr("The cache of the previous version could not be read: %1").arg(migrated.error()),
            30000);
    auto *otherLogins = new OtherLoginsWrites(*m_caches, &m_client, m_window);
    if (const Result<void> read = otherLogins->refresh(); !read)
        m_window->statusBar()->showMessage(
            tr("The other logins' caches on this workstation could not be read: %1")
                .arg(read.error()),
            30000);
    if (!stale)
        m_window->statusBar()->showMessage(
            tr("The local data of logins unused for a long time could not be deleted: %1")
                .arg(stale.error()),
            30000);
    else if (!stale->lostWrites.isEmpty())
        otherLogins->setLostWrites(stale->lostWrites, days);
    if (*rolesChanged)
        m_window->statusBar()->showMessage(
            tr("Your roles have changed since you last worked here: the local data is loaded "
               "again."),
            30000);
    m_window->setOtherLoginsWrites(otherLogins);
    m_window->setPreferredCounter(m_settings.value(kCounterKey).toString());
    const QStringList pluginFolders{QCoreApplication::applicationDirPath() +
                                        u"/../tresen-plugins"_s,
                                    QString::fromUtf8(TRESEN_PLUGIN_INSTALL_DIR)};
    static const QList<ScannerBackend *> scanners = ScannerPlugins::load(pluginFolders);
    m_window->setScannerBackends(scanners);
    // A network scanner's folder (set by IT in the settings file).
    m_scanInbox.reset();
    const QString inboxFolder = m_settings.value(u"scan/inboxFolder"_s).toString();
    if (!inboxFolder.isEmpty()) {
        static const QList<DocumentInbox *> inboxes = InboxPlugins::load(pluginFolders);
        QString error = tr("The scan folder plugin is not installed.");
        for (DocumentInbox *inbox : inboxes) {
            if (inbox->inboxName() != u"folder"_s)
                continue;
            Result<std::unique_ptr<InboxWatcher>> watched = inbox->watch(inboxFolder);
            m_scanInbox = watched ? std::move(watched).value() : nullptr;
            if (!watched)
                error = watched.error();
        }
        if (m_scanInbox)
            m_window->setScanInbox(m_scanInbox.get());
        else
            m_window->statusBar()->showMessage(tr("Scan folder: %1").arg(error), 30000);
    }
    if (PaymentCheck *check = m_window->paymentCheck()) {
        // Each city's Kassenzeichen format and fine-notice links (set by IT in the settings file).
        PaymentReferenceRules rules = PaymentReferenceRules::defaults();
        const QString url = m_settings.value(u"payments/noticeUrlPattern"_s).toString();
        const QString reference = m_settings.value(u"payments/referencePattern"_s).toString();
        if (!url.isEmpty() && QRegularExpression(url).isValid())
            rules.noticeUrl = QRegularExpression(url);
        if (!reference.isEmpty() && QRegularExpression(reference).isValid())
            rules.reference = QRegularExpression(reference);
        check->setRules(rules);
    }
    connect(m_window, &MainWindow::counterChanged, this,
            [this](const QString &counterId) { m_settings.setValue(kCounterKey, counterId); });
    connect(m_window, &MainWindow::logoutRequested, this,
            [this] { logout({}, LocalData::OfferToDelete); });
    connect(m_window, &MainWindow::settingsRequested, this, &Workstation::openSettings);
    connect(m_window, &MainWindow::callDisplayRequested, this, &Workstation::openCallDisplay);
    connect(m_sync.get(), &SyncEngine::sessionExpired, this,
            [this] { logout(tr("Your session has expired. Please log in again.")); });
    connect(m_window, &MainWindow::passwordChangeRequested, this, &Workstation::changePassword);
    m_lock = new SessionLock(m_window, std::move(verifier), this);
    m_lock->setIdleInterval(idleLockInterval());
    connect(m_window, &MainWindow::lockRequested, m_lock, &SessionLock::lock);
    // Unsent writes stay in the cache, as at any logout; the lock screen asks nothing more.
    connect(m_lock, &SessionLock::logoutRequested, this,
            [this](const QString &reason) { logout(reason); });
    m_window->showAsLastTime();
    m_sync->start();
}

bool Workstation::lockCache(const QString &cacheFile)
{
    // Two Tresen processes of this OS user with the same login would write
    // one cache (and send one outbox twice over). The second one does not
    // open it: a clerk who started Tresen twice expects the window they
    // already have, and a second window without a cache would lose its
    // offline writes when it closes. So it says so and stays at the login,
    // where another login may still log in.
    auto lock = std::make_unique<QLockFile>(LoginCaches::lockFileOf(cacheFile));
    lock->setStaleLockTime(0); // held while logged in: stale only when its process is gone
    if (!lock->tryLock(0)) {
        const QString login = m_client.session().login;
        if (lock->error() == QLockFile::LockFailedError)
            QMessageBox::warning(nullptr, tr("Tresen"),
                                 tr("%1 is already logged in to this server in another Tresen "
                                    "window on this computer. Please continue in that window, or "
                                    "close it and log in again.")
                                     .arg(login));
        else
            QMessageBox::critical(nullptr, tr("Tresen"),
                                  tr("The local cache of %1 could not be locked.").arg(login));
        m_client.logout();
        showLogin();
        return false;
    }
    m_cacheLock = std::move(lock);
    return true;
}

void Workstation::logout(const QString &reason, LocalData localData)
{
    const QString login = m_client.session().login;
    const bool deleteLocalData =
        localData == LocalData::OfferToDelete && m_store &&
        LocalDataDialogs::askToDeleteOnLogout(m_window, login, m_store->pendingCount());
    if (m_lock) {
        // Maybe from within the lock screen's own signal: deleted once that returns.
        if (LockScreen *screen = m_lock->lockScreen())
            screen->hide();
        m_lock->disconnect(this);
        m_lock->deleteLater();
        m_lock = nullptr;
    }
    closeCallDisplay();
    if (m_sync)
        m_sync->stop();
    m_client.logout();
    if (m_window) {
        m_window->disconnect(this);
        m_window->close();
    }
    m_sync.reset();
    m_store.reset(); // closed before its file goes
    if (deleteLocalData && m_caches) {
        if (const Result<void> removed = m_caches->remove(login); !removed)
            QMessageBox::warning(
                nullptr, tr("Tresen"),
                tr("The local data of %1 could not be deleted: %2").arg(login, removed.error()));
    }
    m_cacheLock.reset(); // after the file went: no other process opens it meanwhile
    if (!reason.isEmpty())
        QMessageBox::information(nullptr, tr("Tresen"), reason);
    showLogin();
}

void Workstation::openSettings()
{
    SettingsDialog::Values values;
    values.language = m_settings.value(kLanguageKey, u"system"_s).toString();
    values.displayGong = m_settings.value(kGongKey, true).toBool();
    values.displaySpeech = m_settings.value(kSpeechKey, false).toBool();
    const std::optional<int> lockSetByIt = SystemConfiguration::read().lockAfterMinutes;
    values.lockAfterMinutesSetByIt = lockSetByIt.has_value();
    values.lockAfterMinutes =
        lockSetByIt.value_or(m_settings.value(kLockAfterKey, kDefaultLockAfterMinutes).toInt());
    SettingsDialog dialog(values, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    values = dialog.values();
    m_settings.setValue(kLanguageKey, values.language);
    m_settings.setValue(kGongKey, values.displayGong);
    m_settings.setValue(kSpeechKey, values.displaySpeech);
    if (!values.lockAfterMinutesSetByIt) {
        m_settings.setValue(kLockAfterKey, values.lockAfterMinutes);
        if (m_lock && !m_idleLockInterval)
            m_lock->setIdleInterval(idleLockInterval());
    }
    if (m_announcer) {
        m_announcer->setGongEnabled(values.displayGong);
        m_announcer->setSpeechEnabled(values.displaySpeech);
    }
}

void Workstation::openCallDisplay()
{
    if (m_callDisplay) {
        m_callDisplay->raise();
        m_callDisplay->activateWindow();
        return;
    }
    // The office of this workstation's counter, or the first one.
    QString officeId;
    if (const auto counter = m_store->entity(u"counter"_s, m_window->counterId()))
        officeId = counter->value(u"officeId"_s).toString();
    else if (const QList<QJsonObject> offices = m_store->entities(u"office"_s); !offices.isEmpty())
        officeId = offices.first().value(u"id"_s).toString();
    m_callBoard = std::make_unique<CallBoard>(&m_client, m_store.get(), m_sync.get());
    m_announcer = std::make_unique<Announcer>();
    m_announcer->setGongEnabled(m_settings.value(kGongKey, true).toBool());
    m_announcer->setSpeechEnabled(m_settings.value(kSpeechKey, false).toBool());
    m_callDisplay = std::make_unique<CallDisplayWindow>(m_callBoard.get(), m_announcer.get());
    m_callBoard->setOfficeId(officeId);
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (screens.size() > 1) {
        // The second screen is the waiting room's.
        QScreen *waitingRoom = screens.at(1);
        m_callDisplay->setGeometry(waitingRoom->geometry());
        m_callDisplay->showFullScreen();
    } else {
        m_callDisplay->resize(1280, 720);
        m_callDisplay->show();
    }
}

void Workstation::closeCallDisplay()
{
    m_callDisplay.reset();
    m_announcer.reset();
    m_callBoard.reset();
}
