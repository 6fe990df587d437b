// Changing one's password: the hints before anything is sent, the dialog's
// way out when the change is forced, and the server's answers (wrong current
// password, a password the policy refuses, success) against a real server.

#include "core/sync/backendclient.h"
#include "server/instance/serverinstance.h"
#include "testsupport.h"
#include "ui/shell/passwordchangedialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_PasswordChangeDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void hintsBeforeSending();
    void forcedOffersOnlyLoggingOut();
    void reasonsOfTheServerAreTranslated();
    void keyboardReachesEveryField();
    // These need POST /api/v1/session/password on the server.
    void wrongCurrentPassword();
    void refusedByThePolicy();
    void changesThePassword();

private:
    void fill(PasswordChangeDialog &dialog, const QString &old, const QString &fresh,
              const QString &repeat);
    // A client logged in as `login` (password "demo") to the test's server.
    bool logIn(BackendClient &client, const QString &login);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerInstance> m_server;
};

void tst_PasswordChangeDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_server = TestSupport::startDemoServer(*m_dir, &error);
    QVERIFY2(m_server, qPrintable(error));
}

void tst_PasswordChangeDialog::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

void tst_PasswordChangeDialog::fill(PasswordChangeDialog &dialog, const QString &old,
                                    const QString &fresh, const QString &repeat)
{
    dialog.findChild<QLineEdit *>(u"oldPassword"_s)->setText(old);
    dialog.findChild<QLineEdit *>(u"newPassword"_s)->setText(fresh);
    dialog.findChild<QLineEdit *>(u"repeatPassword"_s)->setText(repeat);
}

bool tst_PasswordChangeDialog::logIn(BackendClient &client, const QString &login)
{
    client.setBaseUrl(QUrl(m_server->baseUrl()));
    bool done = false;
    client.login(login, u"demo"_s, this,
                 [&done](const ApiResponse &, const SessionInfo &) { done = true; });
    return QTest::qWaitFor([&done] { return done; }, 10000) && client.isLoggedIn();
}

void tst_PasswordChangeDialog::hintsBeforeSending()
{
    BackendClient client; // no server: nothing may be sent
    PasswordChangeDialog dialog(&client, PasswordChangeDialog::Mode::Voluntary);
    dialog.show();
    auto *hint = dialog.findChild<QLabel *>(u"passwordHint"_s);
    auto *change = dialog.findChild<QPushButton *>(u"changeButton"_s);

    fill(dialog, u"demo"_s, u"kurz"_s, QString());
    QVERIFY2(hint->text().contains(u"12"_s) && hint->text().contains(u'4'),
             qPrintable(hint->text()));
    change->click();
    QVERIFY2(dialog.errorText().contains(u"12"_s), qPrintable(dialog.errorText()));
    QVERIFY(dialog.isVisible());

    fill(dialog, u"demo"_s, u"lang-genug-2024"_s, u"lang-genug-2025"_s);
    QVERIFY2(hint->text().contains(u"repetition"_s), qPrintable(hint->text()));
    change->click();
    QVERIFY2(dialog.errorText().contains(u"repetition"_s), qPrintable(dialog.errorText()));

    fill(dialog, QString(), u"lang-genug-2024"_s, u"lang-genug-2024"_s);
    QVERIFY2(!hint->text().contains(u"repetition"_s) && !hint->text().contains(u"12"_s),
             qPrintable(hint->text()));
    change->click();
    QVERIFY2(dialog.errorText().contains(u"current password"_s), qPrintable(dialog.errorText()));
    QVERIFY(change->isEnabled()); // nothing under way
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void tst_PasswordChangeDialog::forcedOffersOnlyLoggingOut()
{
    BackendClient client;
    PasswordChangeDialog dialog(&client, PasswordChangeDialog::Mode::Forced);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.findChild<QPushButton *>(u"cancelButton"_s));
    auto *logout = dialog.findChild<QPushButton *>(u"logoutButton"_s);
    QVERIFY(logout);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    logout->click();
    QCOMPARE(rejected.count(), 1);
    QVERIFY(!dialog.takeUnlockVerifier());
}

void tst_PasswordChangeDialog::reasonsOfTheServerAreTranslated()
{
    // The policy's reasons as the server words them (server/auth/passwordpolicy.cpp).
    const QString tooShort = PasswordChangeDialog::weakPasswordReason(
        u"The password is too short: it needs at least 12 characters."_s);
    QVERIFY2(tooShort.startsWith(u"The new password is too short"_s), qPrintable(tooShort));
    const QString common = PasswordChangeDialog::weakPasswordReason(
        u"The password is on the list of common passwords; choose a less guessable one."_s);
    QVERIFY2(common.contains(u"list of common passwords. Please"_s), qPrintable(common));
    const QString login =
        PasswordChangeDialog::weakPasswordReason(u"The password must not be the login."_s);
    QVERIFY2(login.contains(u"user name"_s), qPrintable(login));
    // One not known here: as the server said it.
    QCOMPARE(PasswordChangeDialog::weakPasswordReason(u"Something new."_s), u"Something new."_s);
}

void tst_PasswordChangeDialog::keyboardReachesEveryField()
{
    BackendClient client;
    PasswordChangeDialog dialog(&client, PasswordChangeDialog::Mode::Forced);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(QApplication::focusWidget(), dialog.findChild<QLineEdit *>(u"oldPassword"_s));
    QTest::keyClick(&dialog, Qt::Key_N, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), dialog.findChild<QLineEdit *>(u"newPassword"_s));
    QTest::keyClick(&dialog, Qt::Key_R, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), dialog.findChild<QLineEdit *>(u"repeatPassword"_s));
    QTest::keyClick(&dialog, Qt::Key_C, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), dialog.findChild<QLineEdit *>(u"oldPassword"_s));
}

void tst_PasswordChangeDialog::wrongCurrentPassword()
{
    BackendClient client;
    QVERIFY(logIn(client, u"mueller"_s));
    PasswordChangeDialog dialog(&client, PasswordChangeDialog::Mode::Voluntary);
    dialog.show();
    fill(dialog, u"falsch"_s, u"ein-neues-Passwort-2024"_s, u"ein-neues-Passwort-2024"_s);
    dialog.findChild<QPushButton *>(u"changeButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.errorText().isEmpty(), 10000);
    QCOMPARE(dialog.errorText(), u"The current password is wrong."_s);
    QVERIFY(dialog.isVisible());
    QVERIFY(client.isLoggedIn());
}

void tst_PasswordChangeDialog::refusedByThePolicy()
{
    BackendClient client;
    QVERIFY(logIn(client, u"mueller"_s));
    PasswordChangeDialog dialog(&client, PasswordChangeDialog::Mode::Voluntary);
    dialog.show();
    fill(dialog, u"demo"_s, u"passwort1234"_s, u"passwort1234"_s);
    dialog.findChild<QPushButton *>(u"changeButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.errorText().isEmpty(), 10000);
    QVERIFY2(dialog.errorText().contains(u"list of common passwords. Please"_s),
             qPrintable(dialog.errorText()));
    QVERIFY(dialog.isVisible());
}

void tst_PasswordChangeDialog::changesThePassword()
{
    BackendClient client;
    QVERIFY(logIn(client, u"mueller"_s));
    const QByteArray token = client.session().token;
    PasswordChangeDialog dialog(&client, PasswordChangeDialog::Mode::Voluntary);
    dialog.show();
    fill(dialog, u"demo"_s, u"ein-neues-Passwort-2024"_s, u"ein-neues-Passwort-2024"_s);
    dialog.findChild<QPushButton *>(u"changeButton"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 10000);
    std::optional<UnlockVerifier> verifier = dialog.takeUnlockVerifier();
    QVERIFY(verifier && verifier->matches(u"ein-neues-Passwort-2024"_s));
    QVERIFY(!verifier->matches(u"demo"_s));
    // This session goes on; the new password logs in, the old one no more.
    QCOMPARE(client.session().token, token);
    int status = 0;
    client.get(u"/api/v1/session"_s, {}, this,
               [&status](const ApiResponse &response) { status = response.status; });
    QTRY_VERIFY_WITH_TIMEOUT(status != 0, 10000);
    QCOMPARE(status, 200);
    BackendClient other;
    other.setBaseUrl(QUrl(m_server->baseUrl()));
    bool done = false;
    other.login(u"mueller"_s, u"demo"_s, this,
                [&done](const ApiResponse &, const SessionInfo &) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QVERIFY(!other.isLoggedIn());
    done = false;
    other.login(u"mueller"_s, u"ein-neues-Passwort-2024"_s, this,
                [&done](const ApiResponse &, const SessionInfo &) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QVERIFY(other.isLoggedIn());
}

QTEST_MAIN(tst_PasswordChangeDialog)
#include "tst_passwordchangedialog.moc"
