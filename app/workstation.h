#pragma once

#include "core/documents/documentinbox.h"
#include "core/sync/backendclient.h"
#include "core/sync/logincaches.h"
#include "core/sync/unlockverifier.h"
#include "ui/shell/sessionlock.h"

#include <QObject>
#include <QPointer>
#include <QSettings>

#include <chrono>
#include <memory>
#include <optional>

class Announcer;
class CallBoard;
class CallDisplayWindow;
class EmbeddedServer;
class LocalStore;
class LoginDialog;
class MainWindow;
class QLockFile;
class SyncEngine;

// Wires the workstation together: login (embedded demo backend or a city
// server), the local cache and sync for that server, the main window and
// its lock.
class Workstation : public QObject
{
    Q_OBJECT

public:
    explicit Workstation(QObject *parent = nullptr);
    ~Workstation() override;

    // `serverUrl` preselects a city server (command line); empty: as last time.
    void start(const QString &serverUrl);
    // Locks after this long without input, instead of the settings' minutes (tests).
    void setIdleLockInterval(std::chrono::milliseconds interval);
    // The demo backend, once "This computer (demo)" was chosen; null before.
    EmbeddedServer *embeddedServer() const { return m_embedded; }
    SessionLock *sessionLock() const { return m_lock; }

private:
    void showLogin();
    // Starts the demo backend (once) and shows its state in `dialog`.
    void startEmbedded(LoginDialog *dialog);
    void showEmbeddedState(LoginDialog *dialog);
    // A password an administrator set is replaced before any work.
    void changePasswordFirst(bool embedded);
    void openMainWindow(bool embedded, std::optional<UnlockVerifier> verifier);
    void changePassword();
    std::chrono::milliseconds idleLockInterval() const;
    enum class LocalData { Keep, OfferToDelete };
    // Back to the login; a logout the user asked for offers to delete their cache.
    void logout(const QString &reason = {}, LocalData localData = LocalData::Keep);
    void openSettings();
    void openCallDisplay();
    void closeCallDisplay();
    // The server in cache file names: "embedded", or a hash of its address.
    QString serverKey(bool embedded) const;
    // Holds the cache's lock file for this process; when another process
    // holds it, says so, goes back to the login and answers false.
    bool lockCache(const QString &cacheFile);

    QSettings m_settings;
    BackendClient m_client;
    EmbeddedServer *m_embedded = nullptr;
    std::optional<LoginCaches> m_caches;    // of the server logged in to
    std::unique_ptr<QLockFile> m_cacheLock; // of m_store's file, while logged in
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<SyncEngine> m_sync;
    std::unique_ptr<InboxWatcher> m_scanInbox;
    QPointer<MainWindow> m_window;
    QPointer<SessionLock> m_lock; // of m_window
    std::optional<std::chrono::milliseconds> m_idleLockInterval;
    std::unique_ptr<CallBoard> m_callBoard;
    std::unique_ptr<Announcer> m_announcer;
    std::unique_ptr<CallDisplayWindow> m_callDisplay;
};
