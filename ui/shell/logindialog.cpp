#include "ui/shell/logindialog.h"

#include "core/sync/backendclient.h"
#include "ui/common/theme.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

LoginDialog::LoginDialog(BackendClient *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
{
    setWindowTitle(tr("Tresen – Log in"));
    setObjectName(u"loginDialog"_s);

    auto *heading = new QLabel(tr("<b>Tresen</b> – counter workstation"), this);
    Theme::setTextRole(heading, Theme::TextRole::Title);

    m_embeddedButton = new QRadioButton(tr("&This computer (demo)"), this);
    m_embeddedButton->setObjectName(u"embeddedButton"_s);
    m_serverButton = new QRadioButton(tr("City &server:"), this);
    m_serverButton->setObjectName(u"serverButton"_s);
    auto *group = new QButtonGroup(this);
    group->addButton(m_embeddedButton);
    group->addButton(m_serverButton);
    m_serverUrl = new QLineEdit(this);
    m_serverUrl->setObjectName(u"serverUrl"_s);
    m_serverUrl->setPlaceholderText(tr("https://tresen.example-city.de:8443"));
    m_embeddedHint = new QLabel(this);
    m_embeddedHint->setWordWrap(true);
    Theme::setTone(m_embeddedHint, Theme::Tone::Muted);

    m_login = new QLineEdit(this);
    m_login->setObjectName(u"login"_s);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);

    m_error = new QLabel(this);
    m_error->setObjectName(u"error"_s);
    m_error->setWordWrap(true);
    Theme::setTone(m_error, Theme::Tone::Problem);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(u"status"_s);

    auto *buttons = new QDialogButtonBox(this);
    m_loginButton = buttons->addButton(tr("&Log in"), QDialogButtonBox::AcceptRole);
    m_loginButton->setObjectName(u"loginButton"_s);
    m_loginButton->setDefault(true);
    Theme::setPrimary(m_loginButton);
    buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Work with:"), m_embeddedButton);
    form->addRow(QString(), m_embeddedHint);
    auto *serverRow = new QHBoxLayout;
    serverRow->addWidget(m_serverButton);
    serverRow->addWidget(m_serverUrl, 1);
    form->addRow(QString(), serverRow);
    form->addRow(tr("&User name:"), m_login);
    form->addRow(tr("&Password:"), m_password);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_embeddedButton, &QRadioButton::toggled, this, &LoginDialog::updateMode);
    connect(m_serverUrl, &QLineEdit::textEdited, this,
            [this] { m_serverButton->setChecked(true); });
    m_embeddedButton->setChecked(true);
    // The dialog always takes the size its texts need at this width, so a
    // wrapped hint or an error message is never squeezed or padded.
    m_embeddedHint->setFixedWidth(m_embeddedHint->fontMetrics().averageCharWidth() * 66);
    layout->setSizeConstraint(QLayout::SetFixedSize);
    updateMode();
}

void LoginDialog::setEmbeddedState(EmbeddedState state, const QUrl &url, const QString &error)
{
    m_embeddedState = state;
    m_embeddedUrl = url;
    m_embeddedError = error;
    updateMode();
    if (m_waitingForEmbedded && state != EmbeddedState::Starting) {
        m_waitingForEmbedded = false;
        if (state == EmbeddedState::Ready)
            startLogin(url);
        else
            showError(tr("The demo backend on this computer could not be started: %1").arg(error));
    }
}

void LoginDialog::setServerUrl(const QString &url)
{
    m_serverUrl->setText(url);
}

void LoginDialog::setUseEmbedded(bool useEmbedded)
{
    (useEmbedded && m_demoOffered ? m_embeddedButton : m_serverButton)->setChecked(true);
    updateMode();
}

void LoginDialog::setDemoOffered(bool offered)
{
    m_demoOffered = offered;
    m_embeddedButton->setVisible(offered);
    m_embeddedHint->setVisible(offered);
    if (!offered)
        m_serverButton->setChecked(true);
    updateMode();
}

void LoginDialog::setServerUrlLocked(bool locked)
{
    m_serverUrl->setReadOnly(locked);
    m_serverUrl->setToolTip(locked ? tr("Set by your IT department.") : QString());
}

void LoginDialog::setLogin(const QString &login)
{
    m_login->setText(login);
    (login.isEmpty() ? m_login : m_password)->setFocus();
}

bool LoginDialog::usesEmbedded() const
{
    return m_embeddedButton->isChecked();
}

QString LoginDialog::serverUrlText() const
{
    return m_serverUrl->text().trimmed();
}

QString LoginDialog::login() const
{
    return m_login->text().trimmed();
}

QString LoginDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void LoginDialog::updateMode()
{
    m_serverUrl->setEnabled(!usesEmbedded());
    m_embeddedButton->setEnabled(m_embeddedState != EmbeddedState::Unavailable);
    switch (m_embeddedState) {
    case EmbeddedState::Unavailable:
        m_embeddedHint->setText(tr("Not available on this workstation."));
        break;
    case EmbeddedState::Starting:
        m_embeddedHint->setText(tr("The demo backend is starting…"));
        break;
    case EmbeddedState::Idle:
    case EmbeddedState::Ready:
        m_embeddedHint->setText(
            tr("Demo data with practice logins, e.g. <i>mueller</i> (clerk), <i>schmidt</i> "
               "(registrar), <i>weber</i> (supervisor); password <i>demo</i>."));
        break;
    case EmbeddedState::Failed:
        m_embeddedHint->setText(
            tr("The demo backend could not be started: %1").arg(m_embeddedError.toHtmlEscaped()));
        break;
    }
    // Started only on this computer's demo, not for a city server.
    if (usesEmbedded() && m_embeddedState == EmbeddedState::Idle)
        emit embeddedChosen();
}

void LoginDialog::submit()
{
    m_error->hide();
    if (login().isEmpty()) {
        showError(tr("Please enter your user name."));
        m_login->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        showError(tr("Please enter your password."));
        m_password->setFocus();
        return;
    }
    if (usesEmbedded()) {
        switch (m_embeddedState) {
        case EmbeddedState::Ready:
            startLogin(m_embeddedUrl);
            return;
        case EmbeddedState::Idle:
        case EmbeddedState::Starting:
            m_waitingForEmbedded = true;
            setBusy(true, tr("Waiting for the demo backend to start…"));
            return;
        case EmbeddedState::Failed:
        case EmbeddedState::Unavailable:
            showError(tr("The demo backend on this computer is not available. Choose a city "
                         "server instead."));
            return;
        }
    }
    const QUrl url = QUrl::fromUserInput(serverUrlText());
    if (serverUrlText().isEmpty() || !url.isValid() || url.host().isEmpty() ||
        (url.scheme() != u"http"_s && url.scheme() != u"https"_s)) {
        showError(tr("Please enter the server address, e.g. https://tresen.example-city.de:8443."));
        m_serverUrl->setFocus();
        return;
    }
    startLogin(url);
}

void LoginDialog::startLogin(const QUrl &url)
{
    setBusy(true, tr("Logging in…"));
    m_client->setBaseUrl(url);
    m_client->login(login(), m_password->text(), this,
                    [this](const ApiResponse &response, const SessionInfo &) {
                        setBusy(false);
                        if (!response.ok()) {
                            showError(response.message);
                            m_password->selectAll();
                            m_password->setFocus();
                            return;
                        }
                        // Hashed while the password is at hand; for the lock screen.
                        m_verifier = UnlockVerifier::fromPassword(m_password->text());
                        m_password->clear();
                        accept();
                    });
}

void LoginDialog::showError(const QString &message)
{
    setBusy(false);
    m_error->setText(message);
    m_error->show();
}

void LoginDialog::setBusy(bool busy, const QString &status)
{
    m_loginButton->setEnabled(!busy);
    m_status->setText(status);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}
