#pragma once

#include "core/sync/unlockverifier.h"

#include <QObject>
#include <QPointer>

#include <chrono>
#include <memory>
#include <optional>

class IdleWatcher;
class LockScreen;
class MainWindow;

// Locks the workstation after a while without input and unlocks it with the
// login's password, checked on this computer (so it works offline). The
// session and its unsent writes stay; too many wrong passwords end it.
class SessionLock : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxTries = 5;

    SessionLock(MainWindow *window, std::optional<UnlockVerifier> verifier,
                QObject *parent = nullptr);
    ~SessionLock() override;

    // Zero: never locks by itself.
    void setIdleInterval(std::chrono::milliseconds interval);
    // After a password change.
    void setVerifier(std::optional<UnlockVerifier> verifier);
    void lock();
    bool isLocked() const;
    LockScreen *lockScreen() const { return m_screen.get(); }

signals:
    // "Log out" on the lock screen, or too many wrong passwords (`reason` says so).
    void logoutRequested(const QString &reason);

private:
    void tryUnlock(const QString &password);
    void unlock();

    QPointer<MainWindow> m_window;
    std::optional<UnlockVerifier> m_verifier;
    IdleWatcher *m_idle;
    std::unique_ptr<LockScreen> m_screen;
    int m_wrongTries = 0;
};
