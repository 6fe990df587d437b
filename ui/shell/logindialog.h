#pragma once

#include "core/sync/unlockverifier.h"

#include <QDialog>
#include <QUrl>

#include <optional>
#include <utility>

class BackendClient;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

// Where to work (this computer's demo backend or a city server), who is
// working, and clear words when that fails.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    // Idle: offered, and started only once chosen (embeddedChosen()).
    enum class EmbeddedState { Unavailable, Idle, Starting, Ready, Failed };

    explicit LoginDialog(BackendClient *client, QWidget *parent = nullptr);

    void setEmbeddedState(EmbeddedState state, const QUrl &url = {}, const QString &error = {});
    void setServerUrl(const QString &url);
    void setUseEmbedded(bool useEmbedded);
    void setLogin(const QString &login);
    // IT switched the demo off on this computer: it is not offered at all.
    void setDemoOffered(bool offered);
    // IT set the city server: its address cannot be edited here.
    void setServerUrlLocked(bool locked);

    bool usesEmbedded() const;
    QString serverUrlText() const;
    QString login() const;
    QString errorText() const;
    // After a successful login: checks the password at the lock screen.
    std::optional<UnlockVerifier> takeUnlockVerifier() { return std::exchange(m_verifier, {}); }

signals:
    // The demo is chosen while it is Idle: whoever owns it starts it now.
    void embeddedChosen();

private:
    void submit();
    void startLogin(const QUrl &url);
    void showError(const QString &message);
    void setBusy(bool busy, const QString &status = {});
    void updateMode();

    BackendClient *m_client;
    QRadioButton *m_embeddedButton;
    QRadioButton *m_serverButton;
    QLineEdit *m_serverUrl;
    QLabel *m_embeddedHint;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QLabel *m_error;
    QLabel *m_status;
    QPushButton *m_loginButton;
    EmbeddedState m_embeddedState = EmbeddedState::Unavailable;
    QUrl m_embeddedUrl;
    QString m_embeddedError;
    bool m_waitingForEmbedded = false;
    bool m_demoOffered = true;
    std::optional<UnlockVerifier> m_verifier;
};
