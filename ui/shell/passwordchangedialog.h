#pragma once

#include "core/sync/unlockverifier.h"

#include <QDialog>

#include <optional>
#include <utility>

class BackendClient;
class QLabel;
class QLineEdit;
class QPushButton;

// A new password for whoever is logged in: the old one, the new one twice.
// Forced (the server asks for it after a reset): shown before any work, and
// the only other way out is to log out (the dialog is rejected).
class PasswordChangeDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Voluntary, Forced };
    // As the server's policy: fewer are refused there anyway.
    static constexpr int kMinimumLength = 12;

    PasswordChangeDialog(BackendClient *client, Mode mode, QWidget *parent = nullptr);

    // After acceptance: checks the new password at the lock screen.
    std::optional<UnlockVerifier> takeUnlockVerifier() { return std::exchange(m_verifier, {}); }
    QString errorText() const;

    // The server's (English) reason why a password is refused, in the
    // user's language where it is known; otherwise as the server said it.
    static QString weakPasswordReason(const QString &serverDetail);

private:
    void updateHints();
    void submit();
    void showError(const QString &message);

    BackendClient *m_client;
    QLineEdit *m_old;
    QLineEdit *m_new;
    QLineEdit *m_repeat;
    QLabel *m_hint;
    QLabel *m_error;
    QPushButton *m_changeButton;
    std::optional<UnlockVerifier> m_verifier;
};
