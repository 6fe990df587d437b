#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

// What a locked workstation shows, over the whole screen: no data, whose
// session it is, and the password to go on (or the way out).
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    explicit LockScreen(const QString &userName, QWidget *parent = nullptr);

    // Over the screen `window` is on, above its dialogs, taking all input.
    void showOver(QWidget *window);
    // The password was wrong; `triesLeft` before the session ends.
    void showWrongPassword(int triesLeft);

signals:
    void unlockRequested(const QString &password);
    void logoutRequested();

private:
    QLineEdit *m_password;
    QLabel *m_error;
    QPushButton *m_unlockButton;
};
