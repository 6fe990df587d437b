#include "ui/shell/lockscreen.h"

#include "ui/common/theme.h"

#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

LockScreen::LockScreen(const QString &userName, QWidget *parent)
    : QWidget(parent, Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint)
{
    setObjectName(u"lockScreen"_s);
    setWindowTitle(tr("Tresen – Locked"));
    // Input reaches this window only, even while a dialog of the workstation is open.
    setWindowModality(Qt::ApplicationModal);
    setAttribute(Qt::WA_StyledBackground);

    auto *panel = new QWidget(this);
    panel->setObjectName(u"lockPanel"_s);
    panel->setAttribute(Qt::WA_StyledBackground);

    auto *heading = new QLabel(tr("This workstation is locked"), panel);
    Theme::setTextRole(heading, Theme::TextRole::Title);
    auto *who = new QLabel(tr("Logged in: %1").arg(userName), panel);
    who->setObjectName(u"lockedUser"_s);
    auto *hint = new QLabel(tr("Enter your password to continue."), panel);

    m_password = new QLineEdit(panel);
    m_password->setObjectName(u"unlockPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMinimumWidth(fontMetrics().averageCharWidth() * 32);
    m_error = new QLabel(panel);
    m_error->setObjectName(u"unlockError"_s);
    m_error->setWordWrap(true);
    Theme::setTone(m_error, Theme::Tone::Problem);
    m_error->hide();

    m_unlockButton = new QPushButton(tr("&Unlock"), panel);
    m_unlockButton->setObjectName(u"unlockButton"_s);
    m_unlockButton->setDefault(true);
    auto *logout = new QPushButton(tr("Log &out"), panel);
    logout->setObjectName(u"lockLogoutButton"_s);
    logout->setToolTip(tr("Ends the session. Changes not yet sent stay on this computer."));

    auto *form = new QFormLayout;
    auto *passwordLabel = new QLabel(tr("&Password:"), panel);
    passwordLabel->setBuddy(m_password);
    form->addRow(passwordLabel, m_password);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(logout);
    buttons->addWidget(m_unlockButton);

    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(32, 28, 32, 28);
    panelLayout->setSpacing(12);
    panelLayout->addWidget(heading);
    panelLayout->addWidget(who);
    panelLayout->addWidget(hint);
    panelLayout->addLayout(form);
    panelLayout->addWidget(m_error);
    panelLayout->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(panel);
    row->addStretch();
    layout->addLayout(row);
    layout->addStretch();

    const auto submit = [this] {
        if (!m_password->text().isEmpty())
            emit unlockRequested(m_password->text());
    };
    connect(m_password, &QLineEdit::returnPressed, this, submit);
    connect(m_unlockButton, &QPushButton::clicked, this, submit);
    connect(logout, &QPushButton::clicked, this, &LockScreen::logoutRequested);
}

void LockScreen::showOver(QWidget *window)
{
    QScreen *screen =
        window && window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (screen)
        setGeometry(screen->geometry());
    m_password->clear();
    m_error->hide();
    showFullScreen();
    raise();
    activateWindow();
    m_password->setFocus();
}

void LockScreen::showWrongPassword(int triesLeft)
{
    m_error->setText(tr("The password is wrong. %n more attempt(s), then you are logged out.",
                        nullptr, triesLeft));
    m_error->show();
    m_password->clear();
    m_password->setFocus();
}
