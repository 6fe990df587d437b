// The login dialog against real servers: wrong password, unreachable server,
// a certificate that is not trusted, the same once its authority is trusted
// (--ca-certificates), waiting for the demo backend, success.

#include "core/sync/backendclient.h"
#include "core/sync/trustedauthorities.h"
#include "server/instance/serverinstance.h"
#include "testsupport.h"
#include "ui/shell/logindialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTcpServer>

using namespace Qt::StringLiterals;

class tst_LoginDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void asksForMissingFields();
    void wrongPassword();
    void tooManyWrongPasswords();
    void unreachableServer();
    void invalidServerAddress();
    void untrustedCertificate();
    void trustsTheCitysOwnAuthority();
    void waitsForTheDemoBackend();
    void logsIn();
    void keyboardReachesEveryField();
    void demoIsAskedForOnlyWhenChosen();
    void demoSwitchedOffIsNotOffered();
    void keepsAnUnlockVerifierOfThePassword();

private:
    void fill(LoginDialog &dialog, const QString &login, const QString &password);
    void clickLogin(LoginDialog &dialog);
    // mueller / demo on the city server at `url`.
    void logInToServer(LoginDialog &dialog, const QString &url);
    // A real HTTPS server with a self-signed certificate for 127.0.0.1.
    std::unique_ptr<ServerInstance> startTlsServer(QString *certificate);

    // Each test its own server: the wrong passwords one test counts (the
    // server's login throttle) are not the next test's.
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerInstance> m_server;
    QUrl m_url;
};

void tst_LoginDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_server = TestSupport::startDemoServer(*m_dir, &error);
    QVERIFY2(m_server, qPrintable(error));
    m_url = QUrl(m_server->baseUrl());
}

void tst_LoginDialog::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

void tst_LoginDialog::fill(LoginDialog &dialog, const QString &login, const QString &password)
{
    dialog.findChild<QLineEdit *>(u"login"_s)->setText(login);
    dialog.findChild<QLineEdit *>(u"password"_s)->setText(password);
}

void tst_LoginDialog::clickLogin(LoginDialog &dialog)
{
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"loginButton"_s), Qt::LeftButton);
}

void tst_LoginDialog::asksForMissingFields()
{
    BackendClient client;
    LoginDialog dialog(&client);
    dialog.setEmbeddedState(LoginDialog::EmbeddedState::Ready, m_url);
    dialog.show();
    clickLogin(dialog);
    QCOMPARE(dialog.errorText(), u"Please enter your user name."_s);
    fill(dialog, u"mueller"_s, u""_s);
    clickLogin(dialog);
    QCOMPARE(dialog.errorText(), u"Please enter your password."_s);
    QVERIFY(dialog.isVisible());
}

void tst_LoginDialog::wrongPassword()
{
    BackendClient client;
    LoginDialog dialog(&client);
    dialog.setEmbeddedState(LoginDialog::EmbeddedState::Ready, m_url);
    dialog.show();
    fill(dialog, u"mueller"_s, u"falsch"_s);
    clickLogin(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.errorText(), u"User name or password is wrong."_s, 10000);
    QVERIFY(dialog.isVisible());
    QVERIFY(!client.isLoggedIn());
    QVERIFY(dialog.findChild<QPushButton *>(u"loginButton"_s)->isEnabled());
}

void tst_LoginDialog::tooManyWrongPasswords()
{
    BackendClient client;
    LoginDialog dialog(&client);
    dialog.setEmbeddedState(LoginDialog::EmbeddedState::Ready, m_url);
    dialog.show();
    auto *button = dialog.findChild<QPushButton *>(u"loginButton"_s);
    for (int i = 0; i < 5; ++i) {
        fill(dialog, u"weber"_s, u"falsch%1"_s.arg(i));
        clickLogin(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.errorText(), u"User name or password is wrong."_s, 10000);
        QTRY_VERIFY(button->isEnabled());
    }
    // The sixth try, even with the right password, is told how long to wait.
    fill(dialog, u"weber"_s, u"demo"_s);
    clickLogin(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.errorText().startsWith(u"Too many wrong passwords"_s), 10000);
    QVERIFY2(dialog.errorText().contains(u"30 second"_s), qPrintable(dialog.errorText()));
    QVERIFY(!client.isLoggedIn());
    QVERIFY(dialog.isVisible());
}

void tst_LoginDialog::unreachableServer()
{
    quint16 closedPort;
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        closedPort = probe.serverPort();
    }
    BackendClient client;
    LoginDialog dialog(&client);
    dialog.setEmbeddedState(LoginDialog::EmbeddedState::Ready, m_url);
    logInToServer(dialog, u"http://127.0.0.1:%1"_s.arg(closedPort));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.errorText().contains(u"cannot be reached"_s), 10000);
}

void tst_LoginDialog::invalidServerAddress()
{
    BackendClient client;
    LoginDialog dialog(&client);
    logInToServer(dialog, u"ftp://tresen.example"_s);
    QVERIFY(dialog.errorText().startsWith(u"Please enter the server address"_s));
}

void tst_LoginDialog::logInToServer(LoginDialog &dialog, const QString &url)
{
    dialog.setUseEmbedded(false);
    dialog.setServerUrl(url);
    dialog.show();
    fill(dialog, u"mueller"_s, u"demo"_s);
    clickLogin(dialog);
}

std::unique_ptr<ServerInstance> tst_LoginDialog::startTlsServer(QString *certificate)
{
    *certificate = m_dir->filePath(u"cert.pem"_s);
    const QString key = m_dir->filePath(u"key.pem"_s);
    QProcess openssl;
    openssl.start(u"openssl"_s,
                  {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s,
                   u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s,
                   u"subjectAltName=IP:127.0.0.1"_s, u"-keyout"_s, key, u"-out"_s, *certificate});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
        qWarning() << "openssl:" << openssl.readAllStandardError();
        return {};
    }
    ServerConfig config;
    config.database.kind = DatabaseUrl::Kind::Sqlite;
    config.database.path = m_dir->filePath(u"tls.db"_s);
    config.demo = true;
    config.tlsCertificatePath = *certificate;
    config.tlsKeyPath = key;
    auto server = std::make_unique<ServerInstance>(config);
    QString error;
    if (!server->start(&error)) {
        qWarning() << "TLS server:" << error;
        return {};
    }
    return server;
}

void tst_LoginDialog::untrustedCertificate()
{
    QString certificate;
    const auto tlsServer = startTlsServer(&certificate);
    QVERIFY(tlsServer);
    QVERIFY(tlsServer->baseUrl().startsWith(u"https://"_s));

    BackendClient client;
    LoginDialog dialog(&client);
    logInToServer(dialog, tlsServer->baseUrl());
    QTRY_VERIFY_WITH_TIMEOUT(dialog.errorText().contains(u"secure connection"_s), 10000);
    QVERIFY(!client.isLoggedIn());
}

void tst_LoginDialog::trustsTheCitysOwnAuthority()
{
    const QSslConfiguration before = QSslConfiguration::defaultConfiguration();
    const auto restore = qScopeGuard([&] { QSslConfiguration::setDefaultConfiguration(before); });
    QString certificate;
    const auto tlsServer = startTlsServer(&certificate);
    QVERIFY(tlsServer);

    // A file without a certificate is refused and changes nothing.
    QFile notPem(m_dir->filePath(u"not.pem"_s));
    QVERIFY(notPem.open(QIODevice::WriteOnly));
    notPem.write("not a certificate\n");
    notPem.close();
    QString error;
    QVERIFY(!trustCertificateAuthorities(notPem.fileName(), &error));
    QVERIFY(error.contains(u"no PEM certificate"_s));
    QVERIFY(!trustCertificateAuthorities(m_dir->filePath(u"missing.pem"_s), &error));
    QVERIFY(error.contains(u"cannot read"_s));
    QCOMPARE(QSslConfiguration::defaultConfiguration().caCertificates(), before.caCertificates());

    QVERIFY2(trustCertificateAuthorities(certificate, &error), qPrintable(error));
    const QList<QSslCertificate> trusted =
        QSslConfiguration::defaultConfiguration().caCertificates();
    QVERIFY(trusted.contains(QSslCertificate::fromPath(certificate).value(0)));
    // The system's authorities stay trusted (the machine may have none).
    for (const QSslCertificate &system : QSslConfiguration::systemCaCertificates())
        QVERIFY(trusted.contains(system));

    BackendClient client;
    LoginDialog dialog(&client);
    logInToServer(dialog, tlsServer->baseUrl());
    QTRY_VERIFY_WITH_TIMEOUT(client.isLoggedIn(), 10000);
    QCOMPARE(client.session().login, u"mueller"_s);
}

void tst_LoginDialog::waitsForTheDemoBackend()
{
    BackendClient client;
    LoginDialog dialog(&client);
    dialog.setEmbeddedState(LoginDialog::EmbeddedState::Starting);
    dialog.show();
    fill(dialog, u"mueller"_s, u"demo"_s);
    clickLogin(dialog);
    QCOMPARE(dialog.findChild<QLabel *>(u"status"_s)->text(),
             u"Waiting for the demo backend to start…"_s);
    QVERIFY(!dialog.findChild<QPushButton *>(u"loginButton"_s)->isEnabled());
    dialog.setEmbeddedState(LoginDialog::EmbeddedState::Ready, m_url);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 10000);
    QVERIFY(client.isLoggedIn());
}

void tst_LoginDialog::logsIn()
{
    BackendClient client;
    LoginDialog dialog(&client);
    dialog.setEmbeddedState(LoginDialog::EmbeddedState::Ready, m_url);
    dialog.setLogin(u"schmidt"_s);
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"password"_s), u"demo"_s);
    QTest::keyClick(dialog.findChild<QLineEdit *>(u"password"_s), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 10000);
    QCOMPARE(client.session().login, u"schmidt"_s);
    QCOMPARE(client.session().roles, Roles(Role::Registrar));
    QVERIFY(dialog.findChild<QLineEdit *>(u"password"_s)->text().isEmpty());
}

void tst_LoginDialog::keyboardReachesEveryField()
{
    // Clerks work with the keyboard: Alt + the underlined letter reaches a field.
    BackendClient client;
    LoginDialog dialog(&client);
    dialog.setEmbeddedState(LoginDialog::EmbeddedState::Ready, m_url);
    dialog.setLogin(u"schmidt"_s);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *login = dialog.findChild<QLineEdit *>(u"login"_s);
    auto *password = dialog.findChild<QLineEdit *>(u"password"_s);
    QCOMPARE(QApplication::focusWidget(), password); // the remembered login: type the password
    QTest::keyClick(&dialog, Qt::Key_U, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), login);
    QTest::keyClick(&dialog, Qt::Key_P, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), password);
    QTest::keyClick(&dialog, Qt::Key_S, Qt::AltModifier);
    QTRY_VERIFY(dialog.findChild<QRadioButton *>(u"serverButton"_s)->isChecked()); // animated click
}

void tst_LoginDialog::demoIsAskedForOnlyWhenChosen()
{
    BackendClient client;
    LoginDialog dialog(&client);
    QSignalSpy chosen(&dialog, &LoginDialog::embeddedChosen);
    // A city server preselected: the demo is offered, but nothing starts.
    dialog.setUseEmbedded(false);
    dialog.setEmbeddedState(LoginDialog::EmbeddedState::Idle);
    dialog.show();
    auto *demo = dialog.findChild<QRadioButton *>(u"embeddedButton"_s);
    QVERIFY(demo->isVisible() && demo->isEnabled());
    QCOMPARE(chosen.count(), 0);
    // Logging in to the city server starts nothing either.
    dialog.setServerUrl(m_url.toString());
    fill(dialog, u"mueller"_s, u"demo"_s);
    clickLogin(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 10000);
    QCOMPARE(chosen.count(), 0);

    // Choosing the demo asks for it, once; logging in waits for it.
    LoginDialog second(&client);
    QSignalSpy secondChosen(&second, &LoginDialog::embeddedChosen);
    second.setUseEmbedded(false);
    second.setEmbeddedState(LoginDialog::EmbeddedState::Idle);
    second.show();
    second.findChild<QRadioButton *>(u"embeddedButton"_s)->click();
    QCOMPARE(secondChosen.count(), 1);
    second.setEmbeddedState(LoginDialog::EmbeddedState::Starting);
    fill(second, u"mueller"_s, u"demo"_s);
    clickLogin(second);
    QCOMPARE(second.findChild<QLabel *>(u"status"_s)->text(),
             u"Waiting for the demo backend to start…"_s);
    second.setEmbeddedState(LoginDialog::EmbeddedState::Ready, m_url);
    QTRY_COMPARE_WITH_TIMEOUT(second.result(), int(QDialog::Accepted), 10000);
    QCOMPARE(secondChosen.count(), 1);
}

void tst_LoginDialog::demoSwitchedOffIsNotOffered()
{
    BackendClient client;
    LoginDialog dialog(&client);
    QSignalSpy chosen(&dialog, &LoginDialog::embeddedChosen);
    dialog.setDemoOffered(false);
    dialog.setUseEmbedded(true); // as the user's last choice: IT's wins
    dialog.setServerUrl(m_url.toString());
    dialog.setServerUrlLocked(true);
    dialog.show();
    QVERIFY(!dialog.findChild<QRadioButton *>(u"embeddedButton"_s)->isVisible());
    QVERIFY(dialog.findChild<QRadioButton *>(u"serverButton"_s)->isChecked());
    QVERIFY(!dialog.usesEmbedded());
    auto *url = dialog.findChild<QLineEdit *>(u"serverUrl"_s);
    QVERIFY(url->isReadOnly());
    QTest::keyClicks(url, u"x"_s);
    QCOMPARE(dialog.serverUrlText(), m_url.toString());
    QCOMPARE(chosen.count(), 0);
}

void tst_LoginDialog::keepsAnUnlockVerifierOfThePassword()
{
    BackendClient client;
    LoginDialog dialog(&client);
    dialog.setEmbeddedState(LoginDialog::EmbeddedState::Ready, m_url);
    dialog.show();
    QVERIFY(!dialog.takeUnlockVerifier());
    fill(dialog, u"mueller"_s, u"demo"_s);
    clickLogin(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 10000);
    std::optional<UnlockVerifier> verifier = dialog.takeUnlockVerifier();
    QVERIFY(verifier);
    QVERIFY(verifier->matches(u"demo"_s));
    QVERIFY(!verifier->matches(u"Demo"_s));
    QVERIFY(!verifier->matches(QString()));
    QVERIFY(!dialog.takeUnlockVerifier()); // handed over once
}

QTEST_MAIN(tst_LoginDialog)
#include "tst_logindialog.moc"
