#include "ui/shell/sessionlock.h"

#include "ui/shell/idlewatcher.h"
#include "ui/shell/lockscreen.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>

SessionLock::SessionLock(MainWindow *window, std::optional<UnlockVerifier> verifier,
                         QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_verifier(std::move(verifier))
    , m_idle(new IdleWatcher(this))
{
    connect(m_idle, &IdleWatcher::idle, this, &SessionLock::lock);
}

SessionLock::~SessionLock()
{
    if (m_window)
        m_window->setLocked(false);
}

void SessionLock::setIdleInterval(std::chrono::milliseconds interval)
{
    m_idle->setInterval(interval);
    if (isLocked())
        m_idle->stop();
}

void SessionLock::setVerifier(std::optional<UnlockVerifier> verifier)
{
    m_verifier = std::move(verifier);
}

bool SessionLock::isLocked() const
{
    return m_screen && m_screen->isVisible();
}

void SessionLock::lock()
{
    if (isLocked() || !m_window)
        return;
    m_idle->stop();
    m_wrongTries = 0;
    // An open drop-down list would stay above the cover.
    while (QWidget *popup = QApplication::activePopupWidget())
        popup->close();
    m_window->setLocked(true);
    if (!m_screen) {
        const SessionInfo &session = m_window->session();
        m_screen = std::make_unique<LockScreen>(
            session.displayName.isEmpty() ? session.login
                                          : tr("%1 (%2)").arg(session.displayName, session.login));
        connect(m_screen.get(), &LockScreen::unlockRequested, this, &SessionLock::tryUnlock);
        // Queued: logging out deletes the lock screen, which must not happen
        // inside the click or key press that asked for it.
        connect(
            m_screen.get(), &LockScreen::logoutRequested, this,
            [this] { emit logoutRequested({}); }, Qt::QueuedConnection);
    }
    m_screen->showOver(m_window);
}

void SessionLock::tryUnlock(const QString &password)
{
    if (m_verifier && m_verifier->matches(password)) {
        unlock();
        return;
    }
    if (++m_wrongTries >= kMaxTries) {
        const QString why =
            tr("The password was entered wrongly %n time(s) at the lock screen: you have been "
               "logged out. Changes not yet sent are kept on this computer.",
               nullptr, m_wrongTries);
        // After the key press that got here has returned: logging out deletes
        // the lock screen and its password field.
        QMetaObject::invokeMethod(
            this, [this, why] { emit logoutRequested(why); }, Qt::QueuedConnection);
        return;
    }
    m_screen->showWrongPassword(kMaxTries - m_wrongTries);
}

void SessionLock::unlock()
{
    m_screen->hide();
    if (m_window) {
        m_window->setLocked(false);
        m_window->activateWindow();
    }
    m_wrongTries = 0;
    m_idle->restart();
}
