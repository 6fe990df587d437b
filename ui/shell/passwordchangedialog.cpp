#include "ui/shell/passwordchangedialog.h"

#include "core/sync/backendclient.h"
#include "ui/common/theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PasswordChangeDialog::PasswordChangeDialog(BackendClient *client, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
{
    setObjectName(u"passwordChangeDialog"_s);
    setWindowTitle(tr("Change password"));

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(mode == Mode::Forced
                       ? tr("<b>Please choose a new password before you start.</b> Your password "
                            "was set by an administrator; from now on only you should know it.")
                       : tr("Your new password applies at once, and your sessions on other "
                            "computers end."));

    const auto passwordField = [this](const QString &name) {
        auto *field = new QLineEdit(this);
        field->setObjectName(name);
        field->setEchoMode(QLineEdit::Password);
        field->setMinimumWidth(fontMetrics().averageCharWidth() * 32);
        return field;
    };
    m_old = passwordField(u"oldPassword"_s);
    m_new = passwordField(u"newPassword"_s);
    m_repeat = passwordField(u"repeatPassword"_s);

    m_hint = new QLabel(this);
    m_hint->setObjectName(u"passwordHint"_s);
    m_hint->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(u"error"_s);
    m_error->setWordWrap(true);
    Theme::setTone(m_error, Theme::Tone::Problem);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_changeButton = buttons->addButton(tr("&Save new password"), QDialogButtonBox::AcceptRole);
    m_changeButton->setObjectName(u"changeButton"_s);
    m_changeButton->setDefault(true);
    QPushButton *away = mode == Mode::Forced
                            ? buttons->addButton(tr("Log &out"), QDialogButtonBox::RejectRole)
                            : buttons->addButton(QDialogButtonBox::Cancel);
    away->setObjectName(mode == Mode::Forced ? u"logoutButton"_s : u"cancelButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordChangeDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Current password:"), m_old);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Repeat new password:"), m_repeat);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    intro->setFixedWidth(fontMetrics().averageCharWidth() * 60);
    layout->setSizeConstraint(QLayout::SetFixedSize);

    connect(m_new, &QLineEdit::textChanged, this, &PasswordChangeDialog::updateHints);
    connect(m_repeat, &QLineEdit::textChanged, this, &PasswordChangeDialog::updateHints);
    updateHints();
    m_old->setFocus();
}

QString PasswordChangeDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

QString PasswordChangeDialog::weakPasswordReason(const QString &serverDetail)
{
    // The server's policy (server/auth/passwordpolicy.cpp) says why in English.
    if (serverDetail.contains(u"too short"_s, Qt::CaseInsensitive))
        return tr("The new password is too short: it needs at least %1 characters.")
            .arg(kMinimumLength);
    if (serverDetail.contains(u"common password"_s, Qt::CaseInsensitive))
        return tr("The new password is on the list of common passwords. Please choose one that "
                  "is harder to guess.");
    if (serverDetail.contains(u"login"_s, Qt::CaseInsensitive))
        return tr("The new password must not be your user name.");
    return serverDetail.isEmpty() ? tr("The server refused the new password.") : serverDetail;
}

void PasswordChangeDialog::updateHints()
{
    const qsizetype length = m_new->text().size();
    QStringList hints;
    if (length < kMinimumLength)
        hints.append(tr("At least %1 characters (%2 so far).").arg(kMinimumLength).arg(length));
    if (!m_repeat->text().isEmpty() && m_repeat->text() != m_new->text())
        hints.append(tr("The repetition does not match the new password."));
    m_hint->setText(hints.isEmpty() ? tr("The new password meets the requirements.")
                                    : hints.join(u'\n'));
    Theme::setTone(m_hint, hints.isEmpty() ? Theme::Tone::Success : Theme::Tone::Muted);
}

void PasswordChangeDialog::submit()
{
    m_error->hide();
    if (m_old->text().isEmpty()) {
        showError(tr("Please enter your current password."));
        m_old->setFocus();
        return;
    }
    if (m_new->text().size() < kMinimumLength) {
        showError(tr("The new password needs at least %1 characters.").arg(kMinimumLength));
        m_new->setFocus();
        return;
    }
    if (m_repeat->text() != m_new->text()) {
        showError(tr("The repetition does not match the new password."));
        m_repeat->selectAll();
        m_repeat->setFocus();
        return;
    }
    m_changeButton->setEnabled(false);
    setCursor(Qt::BusyCursor);
    m_client->changePassword(
        m_old->text(), m_new->text(), this,
        [this](PasswordChange outcome, const ApiResponse &response) {
            m_changeButton->setEnabled(true);
            unsetCursor();
            switch (outcome) {
            case PasswordChange::Changed:
                m_verifier = UnlockVerifier::fromPassword(m_new->text());
                m_old->clear();
                m_new->clear();
                m_repeat->clear();
                accept();
                return;
            case PasswordChange::WrongPassword:
                showError(tr("The current password is wrong."));
                m_old->selectAll();
                m_old->setFocus();
                return;
            case PasswordChange::WeakPassword:
                showError(weakPasswordReason(response.problemDetail()));
                m_new->selectAll();
                m_new->setFocus();
                return;
            case PasswordChange::Failed:
                showError(response.message.isEmpty()
                              ? tr("The password could not be changed.")
                              : tr("The password could not be changed: %1").arg(response.message));
                return;
            }
        });
}

void PasswordChangeDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}
