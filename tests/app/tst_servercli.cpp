// The tresen-server command line of ARCHITECTURE.md, run as a real process:
// migrate, user add --password-stdin, serve, and a graceful SIGTERM; erase, and
// its refusal on a SQLite file a server runs on.

#include "core/domain/isotime.h"
#include "server/auth/userrepository.h"
#include "server/instance/backend.h"
#include "server/instance/serverinstance.h"
#include "server/repositories/directoryrepository.h"
#include "server/repositories/weddingrepository.h"
#include "server/storage/auditlog.h"
#include "server/storage/changelog.h"
#include "server/storage/database.h"
#include "server/storage/migrations.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTcpServer>

#include <csignal>
#include <poppler-qt6.h>

using namespace Qt::StringLiterals;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runServer(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(QString::fromUtf8(TRESEN_SERVER_BINARY), arguments);
    if (!process.waitForStarted(10000))
        return {};
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// SIGTERM to a server we started; never to pid 0, which would be our whole
// process group (ctest included) once the server has ended by itself.
void terminate(QProcess &server)
{
    if (const qint64 pid = server.processId(); pid > 0)
        ::kill(static_cast<pid_t>(pid), SIGTERM);
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QString urlText(const DatabaseUrl &url)
{
    if (url.kind == DatabaseUrl::Kind::Sqlite)
        return u"sqlite:"_s + url.path;
    return u"postgresql://%1@%2:%3/%4"_s.arg(url.user, url.host)
        .arg(url.port)
        .arg(url.databaseName);
}
} // namespace

class tst_ServerCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void migrate();
    void addUser();
    void addUserIsAuditedAndSaysWhatItChanged();
    void addUserRejects_data();
    void addUserRejects();
    void serveAndStopOnSigterm();
    void serveWarnsOfPlainHttpOnTheNetwork_data();
    void serveWarnsOfPlainHttpOnTheNetwork();
    void serveReadsItsConfigurationFile();
    void serveRefusesABadConfigurationFile_data();
    void serveRefusesABadConfigurationFile();
    void theShippedConfigurationIsRead();
    void aReloadReadsTheTlsCertificateAgain();
    void aDatabaseOfRelease010IsMigrated();
    void serveRefusesALockedSqliteFile();
    void serveRejectsBadArguments_data();
    void serveRejectsBadArguments();
    void openingHours();
    void addUserWithOffice();
    void weddingRooms();
    void erase();
    void eraseUsesTheServersDocumentFolder();
    void auditVerify();
    void exportSpeaksTheCitysLanguage_data();
    void exportSpeaksTheCitysLanguage();
    void setupFromAFile();
    void demoOnlyOnLoopback();
    void demoNeverTouchesACitysData();

private:
    QTemporaryDir m_dir;
    QString m_database;
};

void tst_ServerCli::initTestCase()
{
    // The server speaks German unless told otherwise; these tests read its
    // English messages (exportSpeaksTheCitysLanguage checks both).
    qputenv("TRESEN_LANGUAGE", "en");
    DatabaseUrl url;
    TRESEN_FRESH_DATABASE(url, u"tst_servercli"_s, m_dir);
    m_database = urlText(url);
}

void tst_ServerCli::migrate()
{
    const Run first = runServer({u"migrate"_s, u"--database"_s, m_database});
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.out.contains(u"schema version %1"_s.arg(Migrations::latestVersion())),
             qPrintable(first.out));
    const Run again = runServer({u"migrate"_s, u"--database"_s, m_database});
    QCOMPARE(again.exitCode, 0);
}

void tst_ServerCli::addUser()
{
    const Run run = runServer({u"user"_s, u"add"_s, u"--database"_s, m_database, u"kasse1"_s,
                               u"--role"_s, u"clerk"_s, u"--role"_s, u"supervisor"_s, u"--name"_s,
                               u"Kim Kasse"_s, u"--password-stdin"_s},
                              "Geheim-2026-Kasse\n");
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"kasse1"_s));
    QVERIFY(!run.out.contains(u"Geheim-2026-Kasse"_s));
    QVERIFY(!run.err.contains(u"Geheim-2026-Kasse"_s));
}

void tst_ServerCli::addUserIsAuditedAndSaysWhatItChanged()
{
    const QStringList addKasse2{u"user"_s,   u"add"_s,    u"--database"_s, m_database,
                                u"kasse2"_s, u"--role"_s, u"clerk"_s,      u"--password-stdin"_s};
    const Run created = runServer(addKasse2, "Erstes-Kennwort-2026\n");
    QCOMPARE(created.exitCode, 0);
    QVERIFY2(created.out.contains(u"created"_s), qPrintable(created.out));

    QString error;
    const auto url = DatabaseUrl::parse(m_database, &error);
    QVERIFY2(url, qPrintable(error));
    Database db(*url, u"useraudit-check"_s);
    QVERIFY2(db.open(&error), qPrintable(error));
    UserRepository users(db);
    UserRecord kasse2 = *users.findAnyByLogin(u"kasse2"_s);
    const auto entries = [&db, &kasse2](const QString &action) {
        QList<QPair<QString, QJsonObject>> found;
        SqlRows rows = db.exec(u"SELECT user_login, detail FROM audit_log WHERE action = ? AND "
                               "subject = ? ORDER BY id"_s,
                               {action, u"user/%1"_s.arg(kasse2.id)});
        while (rows.next())
            found.append({rows.value(0).toString(),
                          QJsonDocument::fromJson(rows.value(1).toByteArray()).object()});
        return found;
    };
    const auto creation = entries(u"user.create"_s);
    QCOMPARE(creation.size(), 1);
    QVERIFY2(creation.first().first.startsWith(u"cli:"_s), qPrintable(creation.first().first));
    const QJsonObject after = creation.first().second.value(u"after"_s).toObject();
    QCOMPARE(after.value(u"login"_s).toString(), u"kasse2"_s);
    QCOMPARE(after.value(u"roles"_s).toArray(), QJsonArray{u"clerk"_s});

    // Disabled by an administrator; the command line brings it back and says so.
    kasse2.active = false;
    kasse2 = users.update(kasse2);
    const Run again = runServer(addKasse2, "Zweites-Kennwort-2026\n");
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(u"re-enabled"_s), qPrintable(again.out));
    const auto update = entries(u"user.update"_s);
    QCOMPARE(update.size(), 1);
    QVERIFY(update.first().first.startsWith(u"cli:"_s));
    QCOMPARE(update.first().second.value(u"before"_s)[u"active"_s].toBool(true), false);
    QCOMPARE(update.first().second.value(u"after"_s)[u"active"_s].toBool(false), true);
    // The password it set is in the log as a reset, never as a value.
    QCOMPARE(entries(u"user.password-reset"_s).size(), 1);
    SqlRows details =
        db.exec(u"SELECT detail FROM audit_log WHERE subject = ?"_s, {u"user/%1"_s.arg(kasse2.id)});
    while (details.next()) {
        const QString detail = details.value(0).toString();
        QVERIFY(!detail.contains(u"Kennwort"_s) && !detail.contains(u"password\""_s));
    }
}

void tst_ServerCli::addUserRejects_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QByteArray>("input");
    QTest::addRow("short password") << QStringList{u"--role"_s, u"clerk"_s} << QByteArray("kurz\n");
    QTest::addRow("11 characters")
        << QStringList{u"--role"_s, u"clerk"_s} << QByteArray("Geheim-2026\n");
    QTest::addRow("common password")
        << QStringList{u"--role"_s, u"clerk"_s} << QByteArray("PASSWORT123456\n");
    QTest::addRow("the login") << QStringList{u"--role"_s, u"clerk"_s}
                               << QByteArray("KASSE2\n"); // too short too; see the API test
    QTest::addRow("unknown office") << QStringList{u"--role"_s, u"clerk"_s, u"--office"_s, u"999"_s}
                                    << QByteArray("Geheim-2026-Kasse\n");
    QTest::addRow("office not an id")
        << QStringList{u"--role"_s, u"clerk"_s, u"--office"_s, u"mitte"_s}
        << QByteArray("Geheim-2026-Kasse\n");
    QTest::addRow("display without office")
        << QStringList{u"--role"_s, u"display"_s} << QByteArray("Geheim-2026-Kasse\n");
    QTest::addRow("kiosk in two offices")
        << QStringList{u"--role"_s, u"kiosk"_s, u"--office"_s, u"1"_s, u"--office"_s, u"2"_s}
        << QByteArray("Geheim-2026-Kasse\n");
    QTest::addRow("no password") << QStringList{u"--role"_s, u"clerk"_s} << QByteArray("\n");
    QTest::addRow("unknown role") << QStringList{u"--role"_s, u"boss"_s}
                                  << QByteArray("Geheim-2026-Kasse\n");
    QTest::addRow("no role") << QStringList() << QByteArray("Geheim-2026-Kasse\n");
}

void tst_ServerCli::addUserRejects()
{
    QFETCH(QStringList, extra);
    QFETCH(QByteArray, input);
    const Run run = runServer(QStringList{u"user"_s, u"add"_s, u"--database"_s, m_database,
                                          u"kasse2"_s, u"--password-stdin"_s} +
                                  extra,
                              input);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
}

void tst_ServerCli::serveAndStopOnSigterm()
{
    const quint16 port = freePort();
    QProcess server;
    server.start(QString::fromUtf8(TRESEN_SERVER_BINARY),
                 {u"serve"_s, u"--listen"_s, u"127.0.0.1:%1"_s.arg(port), u"--database"_s,
                  m_database, u"--quiet"_s});
    QVERIFY(server.waitForStarted(10000));
    QByteArray output; // QTRY evaluates once more at the end: keep what was read
    QTRY_VERIFY_WITH_TIMEOUT((output += server.readAllStandardOutput()).contains("listening on"),
                             30000);

    TestSupport::HttpClient http(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
    QCOMPARE(http.get(u"/api/v1/health"_s).status, 200);
    const auto login = http.send("POST", u"/api/v1/session"_s,
                                 R"({"login":"kasse1","password":"Geheim-2026-Kasse"})");
    QCOMPARE(login.status, 200);
    const QJsonArray roles =
        login.json.toObject().value(u"user"_s).toObject().value(u"roles"_s).toArray();
    QCOMPARE(roles, (QJsonArray{u"clerk"_s, u"supervisor"_s}));
    QCOMPARE(http.get(u"/api/v1/offices"_s).status, 401);

    terminate(server);
    QVERIFY(server.waitForFinished(15000));
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.exitCode(), 0);
}

void tst_ServerCli::serveReadsItsConfigurationFile()
{
    // Every option of the file is used; the command line wins over it.
    const quint16 filePort = freePort();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"server.conf"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(u"# a comment\n\nlisten = 127.0.0.1:%1\ndatabase = \"%2\"\n  quiet = true\n"
               "trusted-proxy = 10.0.0.5\ntrusted-proxy = 10.0.0.6\nworkers = 0\n"
               "no-show-after-calls = 3\ndocument-folder = %3\n"_s.arg(filePort)
                   .arg(m_database, dir.filePath(u"documents-from-the-file"_s))
                   .toUtf8());
    file.close();

    QProcess server;
    server.start(QString::fromUtf8(TRESEN_SERVER_BINARY),
                 {u"serve"_s, u"--config"_s, path, u"--document-folder"_s,
                  dir.filePath(u"documents-from-the-command-line"_s)});
    QVERIFY(server.waitForStarted(10000));
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += server.readAllStandardOutput()).contains("listening on"),
                             30000);
    // The file's address...
    TestSupport::HttpClient http(QUrl(u"http://127.0.0.1:%1"_s.arg(filePort)));
    QCOMPARE(http.get(u"/api/v1/health"_s).status, 200);
    // ...and the command line's document folder (made at the start), not the file's.
    QVERIFY(QFileInfo(dir.filePath(u"documents-from-the-command-line"_s)).isDir());
    QVERIFY(!QFileInfo::exists(dir.filePath(u"documents-from-the-file"_s)));
    terminate(server);
    QVERIFY(server.waitForFinished(15000));
    QCOMPARE(server.exitCode(), 0);
    // quiet = true: no request was logged (they go to the journal by stderr).
    const QByteArray logged = server.readAllStandardError();
    QVERIFY2(!logged.contains("/api/v1/health"), logged.constData());
}

void tst_ServerCli::serveRefusesABadConfigurationFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::addRow("unknown option") << QByteArray("quiet = true\nlisen = 127.0.0.1:1\n")
                                    << u"line 2: there is no option \"lisen\""_s;
    QTest::addRow("a switch with a value")
        << QByteArray("# x\nquiet = 7\n") << u"line 2: quiet is a switch"_s;
    QTest::addRow("an option without its value")
        << QByteArray("workers =\n") << u"line 1: workers needs a value"_s;
    QTest::addRow("no equals sign")
        << QByteArray("listen 127.0.0.1:1\n") << u"line 1: expected name = value"_s;
    QTest::addRow("a config in the config")
        << QByteArray("config = /etc/passwd\n") << u"line 1: there is no option \"config\""_s;
    QTest::addRow("a value the server refuses")
        << QByteArray("workers = many\n") << u"--workers wants a number"_s;
    QTest::addRow("no such file") << QByteArray() << u"cannot read"_s;
    QTest::addRow("an option given twice") << QByteArray("workers = 2\n# more\nworkers = 3\n")
                                           << u"line 3: workers was given on line 1 already"_s;
    QTest::addRow("a comment after a value")
        << QByteArray("listen = 127.0.0.1:8081 # the proxy's\n")
        << u"line 1: a comment goes on a line of its own"_s;
    QTest::addRow("demo in a configuration")
        << QByteArray("demo = true\n") << u"demo cannot be set in a configuration file"_s;
}

void tst_ServerCli::serveRefusesABadConfigurationFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"server.conf"_s);
    if (!content.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    QProcess server;
    server.start(QString::fromUtf8(TRESEN_SERVER_BINARY),
                 {u"serve"_s, u"--config=%1"_s.arg(path), u"--database"_s, m_database,
                  u"--listen"_s, u"127.0.0.1:%1"_s.arg(freePort())});
    QVERIFY(server.waitForFinished(15000));
    QCOMPARE(server.exitCode(), 2);
    const QString errors = QString::fromUtf8(server.readAllStandardError());
    QVERIFY2(errors.contains(message), qPrintable(errors));
}

void tst_ServerCli::theShippedConfigurationIsRead()
{
    // packaging/server.conf as the package installs it, with the places
    // this test may write to given on the command line.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const quint16 port = freePort();
    QProcess server;
    server.start(QString::fromUtf8(TRESEN_SERVER_BINARY),
                 {u"serve"_s, u"--config"_s,
                  QStringLiteral(QT_TESTCASE_SOURCEDIR "/../packaging/server.conf"),
                  u"--database"_s, m_database, u"--listen"_s, u"127.0.0.1:%1"_s.arg(port),
                  u"--document-folder"_s, dir.filePath(u"documents"_s), u"--state-folder"_s,
                  dir.path()});
    QVERIFY(server.waitForStarted(10000));
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += server.readAllStandardOutput()).contains("listening on"),
                             30000);
    TestSupport::HttpClient http(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
    QCOMPARE(http.get(u"/api/v1/health"_s).status, 200);
    terminate(server);
    QVERIFY(server.waitForFinished(15000));
    QCOMPARE(server.exitCode(), 0);
}

namespace {
// A self-signed certificate for 127.0.0.1 with `commonName`, written to
// `certificate` and `key`.
bool makeCertificate(const QString &commonName, const QString &certificate, const QString &key)
{
    QProcess openssl;
    openssl.start(u"openssl"_s,
                  {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s,
                   u"2"_s, u"-subj"_s, u"/CN="_s + commonName, u"-addext"_s,
                   u"subjectAltName=IP:127.0.0.1"_s, u"-keyout"_s, key, u"-out"_s, certificate});
    return openssl.waitForFinished(60000) && openssl.exitCode() == 0;
}

// The common name of the certificate a new TLS connection to `port` is shown.
QString certificateNameAt(quint16 port)
{
    QSslSocket socket;
    socket.setPeerVerifyMode(QSslSocket::VerifyNone);
    socket.connectToHostEncrypted(u"127.0.0.1"_s, port);
    if (!socket.waitForEncrypted(10000))
        return u"(no TLS: %1)"_s.arg(socket.errorString());
    return socket.peerCertificate().subjectInfo(QSslCertificate::CommonName).value(0);
}
} // namespace

void tst_ServerCli::aReloadReadsTheTlsCertificateAgain()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString certificate = dir.filePath(u"server.pem"_s);
    const QString key = dir.filePath(u"server.key"_s);
    QVERIFY(makeCertificate(u"tresen-alt"_s, certificate, key));
    const quint16 port = freePort();
    QProcess server;
    server.start(QString::fromUtf8(TRESEN_SERVER_BINARY),
                 {u"serve"_s, u"--listen"_s, u"127.0.0.1:%1"_s.arg(port), u"--database"_s,
                  m_database, u"--quiet"_s, u"--tls-cert"_s, certificate, u"--tls-key"_s, key});
    QVERIFY(server.waitForStarted(10000));
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += server.readAllStandardOutput()).contains("listening on"),
                             30000);
    QCOMPARE(certificateNameAt(port), u"tresen-alt"_s);

    // The renewed certificate (as certbot writes it), then a reload.
    QVERIFY(makeCertificate(u"tresen-neu"_s, certificate, key));
    ::kill(pid_t(server.processId()), SIGHUP);
    QTRY_VERIFY_WITH_TIMEOUT((output += server.readAllStandardOutput()).contains("reloaded"),
                             10000);
    QCOMPARE(certificateNameAt(port), u"tresen-neu"_s);

    // A key that is not the certificate's (a renewal half written): kept too.
    QVERIFY(makeCertificate(u"tresen-anders"_s, dir.filePath(u"other.pem"_s),
                            dir.filePath(u"other.key"_s)));
    QFile::remove(key);
    QVERIFY(QFile::copy(dir.filePath(u"other.key"_s), key));
    ::kill(pid_t(server.processId()), SIGHUP);
    QByteArray mismatch;
    QTRY_VERIFY_WITH_TIMEOUT(
        (mismatch += server.readAllStandardError()).contains("does not belong to the certificate"),
        10000);
    QCOMPARE(certificateNameAt(port), u"tresen-neu"_s);

    // A broken file: the server says so and keeps the certificate it had.
    QFile broken(certificate);
    QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
    broken.write("not a certificate\n");
    broken.close();
    ::kill(pid_t(server.processId()), SIGHUP);
    QByteArray errors;
    QTRY_VERIFY_WITH_TIMEOUT(
        (errors += server.readAllStandardError()).contains("could not be reloaded"), 10000);
    QCOMPARE(certificateNameAt(port), u"tresen-neu"_s);
    QCOMPARE(server.state(), QProcess::Running);

    terminate(server);
    QVERIFY(server.waitForFinished(15000));
    QCOMPARE(server.exitCode(), 0);
}

void tst_ServerCli::aDatabaseOfRelease010IsMigrated()
{
    // A database release 0.1.0 made (schema version 17, the demo and a
    // morning's tickets; tests/fixtures/release-0.1.0): every later schema
    // must migrate it, and the server then serves it.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DatabaseUrl url;
    TRESEN_FRESH_DATABASE(url, u"tst_servercli_release010"_s, dir);
    const QString fixtures = QStringLiteral(QT_TESTCASE_SOURCEDIR "/fixtures/release-0.1.0/");
    const QString database = urlText(url);
    if (url.kind == DatabaseUrl::Kind::Sqlite) {
        QVERIFY(QFile::copy(fixtures + u"tresen.db"_s, url.path));
        QVERIFY(QFile::setPermissions(url.path, QFile::ReadOwner | QFile::WriteOwner));
    } else {
        const Run restored =
            runServer({u"restore"_s, u"--database"_s, database, fixtures + u"tresen.dump"_s});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
    }
    const Run migrated = runServer({u"migrate"_s, u"--database"_s, database});
    QVERIFY2(migrated.exitCode == 0, qPrintable(migrated.err));
    QVERIFY2(migrated.out.contains(u"schema version %1"_s.arg(Migrations::latestVersion())),
             qPrintable(migrated.out));
    // The audit log's hash chain survived.
    const Run audit = runServer({u"audit"_s, u"verify"_s, u"--database"_s, database});
    QVERIFY2(audit.exitCode == 0, qPrintable(audit.out + audit.err));

    const quint16 port = freePort();
    QProcess server;
    server.start(QString::fromUtf8(TRESEN_SERVER_BINARY),
                 {u"serve"_s, u"--database"_s, database, u"--listen"_s, u"127.0.0.1:%1"_s.arg(port),
                  u"--quiet"_s, u"--document-folder"_s, dir.filePath(u"documents"_s),
                  u"--state-folder"_s, dir.path()});
    QVERIFY(server.waitForStarted(10000));
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += server.readAllStandardOutput()).contains("listening on"),
                             30000);
    TestSupport::HttpClient http(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
    // The accounts and their password hashes, the offices, the tickets.
    const QByteArray clerk = http.login(u"mueller"_s, u"demo"_s);
    QVERIFY(!clerk.isEmpty());
    const TestSupport::HttpResult offices = http.get(u"/api/v1/offices"_s, clerk);
    QCOMPARE(offices.status, 200);
    QVERIFY(offices.json.toArray().size() >= 2);
    const TestSupport::HttpResult served = http.get(u"/api/v1/tickets/1"_s, clerk);
    QCOMPARE(served.status, 200);
    QCOMPARE(served.json[u"status"_s].toString(), u"done"_s);
    terminate(server);
    QVERIFY(server.waitForFinished(15000));
    QCOMPARE(server.exitCode(), 0);
}

void tst_ServerCli::serveWarnsOfPlainHttpOnTheNetwork_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QStringList>("more");
    QTest::addColumn<bool>("warns");
    QTest::addRow("loopback") << u"127.0.0.1"_s << QStringList() << false;
    QTest::addRow("every address, plain HTTP") << u"0.0.0.0"_s << QStringList() << true;
    QTest::addRow("every address, behind a proxy")
        << u"0.0.0.0"_s << QStringList{u"--trusted-proxy"_s, u"10.0.0.5"_s} << false;
}

void tst_ServerCli::serveWarnsOfPlainHttpOnTheNetwork()
{
    QFETCH(QString, address);
    QFETCH(QStringList, more);
    QFETCH(bool, warns);
    QProcess server;
    server.start(QString::fromUtf8(TRESEN_SERVER_BINARY),
                 QStringList{u"serve"_s, u"--listen"_s, u"%1:%2"_s.arg(address).arg(freePort()),
                             u"--database"_s, m_database, u"--quiet"_s} +
                     more);
    QVERIFY(server.waitForStarted(10000));
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += server.readAllStandardOutput()).contains("listening on"),
                             30000);
    terminate(server);
    QVERIFY(server.waitForFinished(15000));
    const QByteArray errors = server.readAllStandardError();
    QCOMPARE(errors.contains("warning: listening on"), warns);
    if (warns)
        QVERIFY2(errors.contains("without TLS"), errors.constData());
}

void tst_ServerCli::serveRefusesALockedSqliteFile()
{
    // Neither a second server nor a server beside `tresen-server erase` may
    // write to a SQLite file another process is using.
    DatabaseUrl url;
    TRESEN_FRESH_DATABASE(url, u"tst_servercli_lock"_s, m_dir);
    if (url.kind != DatabaseUrl::Kind::Sqlite)
        QSKIP("PostgreSQL serves many servers at once.");
    const QStringList serve{u"serve"_s,      u"--listen"_s, u"127.0.0.1:%1"_s.arg(freePort()),
                            u"--database"_s, urlText(url),  u"--quiet"_s};
    QProcess first;
    first.start(QString::fromUtf8(TRESEN_SERVER_BINARY), serve);
    QVERIFY(first.waitForStarted(10000));
    const auto stop = qScopeGuard([&first] {
        terminate(first);
        first.waitForFinished(15000);
    });
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += first.readAllStandardOutput()).contains("listening on"),
                             30000);
    QStringList second = serve;
    second[2] = u"127.0.0.1:%1"_s.arg(freePort());
    const Run refused = runServer(second);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"Another process (%1)"_s.arg(first.processId())),
             qPrintable(refused.err));
    terminate(first);
    QVERIFY(first.waitForFinished(15000));

    // The lock `tresen-server erase` holds while it erases, held here.
    QLockFile eraseLock(ServerInstance::sqliteLockPath(url.path));
    QVERIFY(eraseLock.tryLock(0));
    const Run besideErase = runServer(second);
    QCOMPARE(besideErase.exitCode, 1);
    QVERIFY2(
        besideErase.err.contains(u"Another process (%1)"_s.arg(QCoreApplication::applicationPid())),
        qPrintable(besideErase.err));
    eraseLock.unlock();
}

void tst_ServerCli::serveRejectsBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addRow("unknown command") << QStringList{u"launch"_s} << 2;
    QTest::addRow("no database") << QStringList{u"serve"_s, u"--listen"_s, u"127.0.0.1:1"_s} << 2;
    QTest::addRow("bad database url")
        << QStringList{u"serve"_s, u"--database"_s, u"mysql://x/y"_s} << 2;
    QTest::addRow("bad listen address") << QStringList{u"serve"_s, u"--listen"_s, u"everywhere"_s,
                                                       u"--database"_s, u"sqlite:/tmp/unused.db"_s}
                                        << 2;
    QTest::addRow("no reservation days")
        << QStringList{u"serve"_s, u"--database"_s, u"sqlite:/tmp/unused.db"_s,
                       u"--reservation-days"_s, u"0"_s}
        << 2;
    QTest::addRow("unreachable database")
        << QStringList{u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--database"_s,
                       u"postgresql://nobody@127.0.0.1:1/none"_s}
        << 1;
}

void tst_ServerCli::serveRejectsBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const Run run = runServer(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(!run.err.trimmed().isEmpty());
}

void tst_ServerCli::openingHours()
{
    {
        QString error;
        const auto url = DatabaseUrl::parse(m_database, &error);
        QVERIFY2(url, qPrintable(error));
        Database db(*url, u"hours-setup"_s);
        QVERIFY2(db.open(&error) && Migrations::apply(db, &error), qPrintable(error));
        ChangeLog changes(db);
        DirectoryRepository directory(db, changes);
        if (!directory.office(1))
            directory.addOffice(u"Bürgeramt Test"_s, u"buergeramt"_s, QString());
    }
    const Run set = runServer({u"hours"_s, u"--database"_s, m_database, u"--office"_s, u"1"_s,
                               u"mon=08:00-16:00"_s, u"thu=09:30-18:15"_s, u"sat=closed"_s});
    QCOMPARE(set.exitCode, 0);
    QVERIFY2(set.out.contains(u"mon 08:00-16:00\n"_s), qPrintable(set.out));
    QVERIFY(set.out.contains(u"thu 09:30-18:15\n"_s));
    QVERIFY(set.out.contains(u"tue closed\n"_s));
    QVERIFY(set.out.contains(u"sat closed\n"_s));
    const Run close = runServer(
        {u"hours"_s, u"--database"_s, m_database, u"--office"_s, u"1"_s, u"mon=closed"_s});
    QVERIFY(close.out.contains(u"mon closed\n"_s));
    QVERIFY(close.out.contains(u"thu 09:30-18:15\n"_s));

    for (const QString &bad : {u"mon=16:00-08:00"_s, u"monday=08:00-16:00"_s, u"mon=8-16"_s}) {
        const Run run =
            runServer({u"hours"_s, u"--database"_s, m_database, u"--office"_s, u"1"_s, bad});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
    }
    const Run noOffice = runServer(
        {u"hours"_s, u"--database"_s, m_database, u"--office"_s, u"999"_s, u"mon=closed"_s});
    QCOMPARE(noOffice.exitCode, 1);
    QVERIFY(noOffice.err.contains(u"no office 999"_s));
}

void tst_ServerCli::addUserWithOffice()
{
    // openingHours() made office 1.
    const Run run =
        runServer({u"user"_s, u"add"_s, u"--database"_s, m_database, u"anzeige1"_s, u"--role"_s,
                   u"display"_s, u"--office"_s, u"1"_s, u"--password-stdin"_s},
                  "Anzeige-Wartebereich-1\n");
    QCOMPARE(run.exitCode, 0);
    QString error;
    const auto url = DatabaseUrl::parse(m_database, &error);
    QVERIFY2(url, qPrintable(error));
    Database db(*url, u"useroffice-check"_s);
    QVERIFY2(db.open(&error), qPrintable(error));
    const auto user = UserRepository(db).findByLogin(u"anzeige1"_s);
    QVERIFY(user);
    QCOMPARE(user->officeIds, QList<qint64>{1});
    QCOMPARE(user->roles, Roles(Role::Display));
}

void tst_ServerCli::weddingRooms()
{
    // Office 1 exists from openingHours(); a fresh database has no rooms.
    const Run empty = runServer({u"wedding-room"_s, u"list"_s, u"--database"_s, m_database});
    QCOMPARE(empty.exitCode, 0);
    QCOMPARE(empty.out, QString());
    const Run added = runServer({u"wedding-room"_s, u"add"_s, u"--database"_s, m_database,
                                 u"--office"_s, u"1"_s, u"--days"_s, u"fri,sat"_s, u"--first"_s,
                                 u"10:00"_s, u"--last"_s, u"12:30"_s, u"--every"_s, u"30"_s,
                                 u"--guests"_s, u"40"_s, u"Trauzimmer"_s, u"Alte"_s, u"Mühle"_s});
    QCOMPARE(added.exitCode, 0);
    QVERIFY2(added.out.contains(
                 u"Trauzimmer Alte Mühle: fri,sat 10:00-12:30 every 30 min, 40 guests\n"_s),
             qPrintable(added.out));
    // The room's slots follow its rule: a Friday has 10:00 to 12:30, six of them.
    {
        QString error;
        const auto url = DatabaseUrl::parse(m_database, &error);
        QVERIFY2(url, qPrintable(error));
        Database db(*url, u"rooms-check"_s);
        QVERIFY2(db.open(&error), qPrintable(error));
        ChangeLog changes(db);
        WeddingRepository weddings(db, changes, [] { return qint64(0); });
        const QDate friday(2031, 1, 3);
        QCOMPARE(friday.dayOfWeek(), 5);
        weddings.ensureSlots(friday, friday.addDays(1));
        QCOMPARE(weddings
                     .slotsBetween(QDateTime(friday, QTime(0, 0)).toMSecsSinceEpoch(),
                                   QDateTime(friday.addDays(2), QTime(0, 0)).toMSecsSinceEpoch())
                     .size(),
                 12);
    }
    for (const QStringList &bad : {
             QStringList{u"--days"_s, u"fri,someday"_s, u"--first"_s, u"10:00"_s, u"--last"_s,
                         u"12:00"_s, u"--every"_s, u"30"_s, u"Raum"_s},
             QStringList{u"--days"_s, u"fri"_s, u"--first"_s, u"12:00"_s, u"--last"_s, u"10:00"_s,
                         u"--every"_s, u"30"_s, u"Raum"_s},
             QStringList{u"--days"_s, u"fri"_s, u"--first"_s, u"10:00"_s, u"--last"_s, u"12:00"_s,
                         u"--every"_s, u"0"_s, u"Raum"_s},
             QStringList{u"--days"_s, u"fri"_s, u"--first"_s, u"10:00"_s, u"--last"_s, u"12:00"_s,
                         u"--every"_s, u"30"_s},
         }) {
        const Run run = runServer(QStringList{u"wedding-room"_s, u"add"_s, u"--database"_s,
                                              m_database, u"--office"_s, u"1"_s} +
                                  bad);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
    }
    const Run noOffice =
        runServer({u"wedding-room"_s, u"add"_s, u"--database"_s, m_database, u"--office"_s,
                   u"999"_s, u"--days"_s, u"fri"_s, u"--first"_s, u"10:00"_s, u"--last"_s,
                   u"12:00"_s, u"--every"_s, u"30"_s, u"Raum"_s});
    QCOMPARE(noOffice.exitCode, 1);
    QVERIFY(noOffice.err.contains(u"no office 999"_s));
}

void tst_ServerCli::erase()
{
    DatabaseUrl url;
    TRESEN_FRESH_DATABASE(url, u"tst_servercli_erase"_s, m_dir);
    const QString database = urlText(url);
    QString error;
    auto server = TestSupport::startDemoServer(url, &error);
    QVERIFY2(server, qPrintable(error));
    TestSupport::HttpClient http(QUrl(server->baseUrl()));
    const QByteArray clerk = http.login(u"mueller"_s, u"demo"_s);
    const QString surname = u"Pankratiusberg"_s;
    const QDate monday = TestSupport::mondayWeeksAhead(3);
    const auto book = [&](int minute) {
        const auto booked = http.send(
            "POST", u"/api/v1/appointments"_s,
            QJsonDocument(
                QJsonObject{
                    {u"serviceId"_s, u"1"_s},
                    {u"startsAt"_s,
                     isoTimeFromMSecs(QDateTime(monday, QTime(9, minute)).toMSecsSinceEpoch())},
                    {u"name"_s, u"Wenzel "_s + surname},
                    {u"email"_s, u"wenzel@example.org"_s}})
                .toJson(),
            clerk);
        return booked.json.toObject();
    };
    const QJsonObject first = book(0);
    const QJsonObject second = book(15);
    QVERIFY(!first.value(u"bookingCode"_s).toString().isEmpty());
    QVERIFY(!second.value(u"id"_s).toString().isEmpty());
    const QStringList byCode{u"erase"_s, u"--database"_s, database, u"--booking-code"_s,
                             first.value(u"bookingCode"_s).toString()};

    if (url.kind == DatabaseUrl::Kind::Sqlite) {
        // While a server runs on the file: refused, pointing to the API.
        const Run refused = runServer(byCode);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"server is running"_s) &&
                     refused.err.contains(u"/api/v1/privacy/erase"_s),
                 qPrintable(refused.err));
        server.reset();
    }
    const Run erased = runServer(byCode);
    QVERIFY2(erased.exitCode == 0, qPrintable(erased.err));
    QVERIFY2(erased.out.contains(u"Erased appointment "_s + first.value(u"id"_s).toString()),
             qPrintable(erased.out));
    const Run byRecord = runServer({u"erase"_s, u"--database"_s, database, u"--entity"_s,
                                    u"appointment"_s, u"--id"_s, second.value(u"id"_s).toString()});
    QVERIFY2(byRecord.exitCode == 0, qPrintable(byRecord.err));
    const Run unknown =
        runServer({u"erase"_s, u"--database"_s, database, u"--booking-code"_s, u"ZZZZ-ZZZZ"_s});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.contains(u"booking code"_s));
    QCOMPARE(runServer({u"erase"_s, u"--database"_s, database}).exitCode, 2);
    QCOMPARE(runServer({u"erase"_s, u"--database"_s, database, u"--entity"_s, u"person"_s,
                        u"--id"_s, u"1"_s})
                 .exitCode,
             2);

    server.reset();
    Database db(url, u"erase-check"_s);
    QVERIFY2(db.open(&error), qPrintable(error));
    {
        SqlRows rows = db.exec(u"SELECT COUNT(*) FROM change_log WHERE data LIKE ?"_s,
                               {u'%' + surname + u'%'});
        QVERIFY(rows.next());
        QCOMPARE(rows.value(0).toInt(), 0);
    }
    {
        SqlRows rows = db.exec(u"SELECT COUNT(*) FROM appointment WHERE name LIKE ? OR (id IN (?, "
                               "?) AND anonymised_at IS NULL)"_s,
                               {u'%' + surname + u'%', first.value(u"id"_s).toString().toLongLong(),
                                second.value(u"id"_s).toString().toLongLong()});
        QVERIFY(rows.next());
        QCOMPARE(rows.value(0).toInt(), 0);
    }
    {
        // Audited as the OS user at the command line, by id.
        SqlRows rows = db.exec(
            u"SELECT user_login FROM audit_log WHERE action = 'privacy.erase' AND subject = ?"_s,
            {u"appointment/"_s + first.value(u"id"_s).toString()});
        QVERIFY(rows.next());
        QVERIFY2(rows.value(0).toString().startsWith(u"cli:"_s),
                 qPrintable(rows.value(0).toString()));
    }
    {
        // One code on two records (the shared code space broken, e.g. by an
        // import): neither is erased, and both are named.
        QString appointmentId, code, weddingId;
        {
            SqlRows rows = db.exec(
                u"SELECT a.id, a.booking_code, w.id FROM appointment a, wedding_booking w WHERE "
                "a.anonymised_at IS NULL AND w.anonymised_at IS NULL ORDER BY a.id, w.id"_s);
            QVERIFY(rows.next());
            appointmentId = rows.value(0).toString();
            code = rows.value(1).toString();
            weddingId = rows.value(2).toString();
        }
        db.exec(u"UPDATE wedding_booking SET booking_code = ? WHERE id = ?"_s,
                {code, weddingId.toLongLong()});
        const Run ambiguous =
            runServer({u"erase"_s, u"--database"_s, database, u"--booking-code"_s, code});
        QCOMPARE(ambiguous.exitCode, 1);
        QVERIFY2(ambiguous.err.contains(u"--entity appointment --id "_s + appointmentId) &&
                     ambiguous.err.contains(u"--entity wedding_booking --id "_s + weddingId),
                 qPrintable(ambiguous.err));
        SqlRows rows = db.exec(
            u"SELECT (SELECT COUNT(*) FROM appointment WHERE id = ? AND anonymised_at IS NULL) + "
            "(SELECT COUNT(*) FROM wedding_booking WHERE id = ? AND anonymised_at IS NULL)"_s,
            {appointmentId.toLongLong(), weddingId.toLongLong()});
        QVERIFY(rows.next());
        QCOMPARE(rows.value(0).toInt(), 2);
    }
    db.close();
    if (url.kind == DatabaseUrl::Kind::Sqlite) {
        for (const QString &path : {url.path, url.path + u"-wal"_s}) {
            QFile file(path);
            QVERIFY(!file.open(QIODevice::ReadOnly) || !file.readAll().contains(surname.toUtf8()));
        }
    }
}

void tst_ServerCli::auditVerify()
{
    DatabaseUrl url;
    TRESEN_FRESH_DATABASE(url, u"tst_servercli_audit"_s, m_dir);
    const QString database = urlText(url);
    const QStringList verify{u"audit"_s, u"verify"_s, u"--database"_s, database};
    QCOMPARE(runServer({u"migrate"_s, u"--database"_s, database}).exitCode, 0);
    Database db(url, u"audit"_s);
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    AuditLog log(db);
    for (int i = 0; i < 4; ++i)
        log.record(u"mueller"_s, u"appointment.create"_s, QString::number(i));
    QList<qint64> ids;
    {
        SqlRows rows = db.exec(u"SELECT id FROM audit_log ORDER BY id"_s);
        while (rows.next())
            ids.append(rows.value(0).toLongLong());
    }
    QCOMPARE(ids.size(), 4);

    const Run intact = runServer(verify);
    QCOMPARE(intact.exitCode, 0);
    QVERIFY2(intact.out.contains(u"4 entries checked"_s), qPrintable(intact.out));

    // An edited entry is named.
    db.exec(u"UPDATE audit_log SET subject = ? WHERE id = ?"_s, {u"99"_s, ids.at(1)});
    const Run edited = runServer(verify);
    QCOMPARE(edited.exitCode, 1);
    QVERIFY2(edited.err.contains(u"entry %1:"_s.arg(ids.at(1))), qPrintable(edited.err));
    QVERIFY2(edited.err.contains(u"changed"_s), qPrintable(edited.err));

    // Put back, then an entry removed: the one after it is named.
    db.exec(u"UPDATE audit_log SET subject = ? WHERE id = ?"_s, {u"1"_s, ids.at(1)});
    QCOMPARE(runServer(verify).exitCode, 0);
    db.exec(u"DELETE FROM audit_log WHERE id = ?"_s, {ids.at(2)});
    const Run removed = runServer(verify);
    QCOMPARE(removed.exitCode, 1);
    QVERIFY2(removed.err.contains(u"entry %1:"_s.arg(ids.at(3))), qPrintable(removed.err));
    QVERIFY2(removed.err.contains(u"removed"_s), qPrintable(removed.err));

    // Not checked at all: no database given, or none reachable.
    QCOMPARE(runServer({u"audit"_s, u"verify"_s}).exitCode, 2);
    const Run unreachable = runServer(
        {u"audit"_s, u"verify"_s, u"--database"_s, u"postgresql://nobody@127.0.0.1:1/none"_s});
    QCOMPARE(unreachable.exitCode, 2);
    QVERIFY(runServer({}).err.contains(u"audit verify"_s));
}

void tst_ServerCli::eraseUsesTheServersDocumentFolder()
{
    // A server with a document folder of its own: the command line finds it
    // in the database, without --document-folder, and counts what it deleted.
    DatabaseUrl url;
    TRESEN_FRESH_DATABASE(url, u"tst_servercli_folder"_s, m_dir);
    ServerConfig config;
    config.database = url;
    config.demo = true;
    config.documentFolder = m_dir.filePath(u"elsewhere/scans"_s);
    auto server = std::make_unique<ServerInstance>(config);
    QString error;
    QVERIFY2(server->start(&error), qPrintable(error));
    TestSupport::HttpClient http(QUrl(server->baseUrl()));
    const QByteArray clerk = http.login(u"mueller"_s, u"demo"_s);
    const auto booked = http.send(
        "POST", u"/api/v1/appointments"_s,
        QJsonDocument(
            QJsonObject{{u"serviceId"_s, u"1"_s},
                        {u"startsAt"_s,
                         isoTimeFromMSecs(QDateTime(TestSupport::mondayWeeksAhead(3), QTime(11, 0))
                                              .toMSecsSinceEpoch())},
                        {u"name"_s, u"Ottilie Sandhagen"_s}})
            .toJson(),
        clerk);
    QCOMPARE(booked.status, 201);
    const QJsonObject appointment = booked.json.toObject();
    const QByteArray scan = "%PDF-1.4\n% Ottilie Sandhagen\n%%EOF\n";
    const auto uploaded =
        http.send("POST", u"/api/v1/documents"_s,
                  QJsonDocument(QJsonObject{{u"caseType"_s, u"appointment"_s},
                                            {u"caseId"_s, appointment.value(u"id"_s).toString()},
                                            {u"fileName"_s, u"Ausweis.pdf"_s},
                                            {u"contentType"_s, u"application/pdf"_s},
                                            {u"content"_s, QString::fromLatin1(scan.toBase64())},
                                            {u"pages"_s, 1}})
                      .toJson(),
                  clerk);
    QVERIFY2(uploaded.status == 201, uploaded.body.constData());
    const QString file = QDir(config.documentFolder)
                             .filePath(uploaded.json.toObject().value(u"storagePath"_s).toString());
    QVERIFY(QFileInfo::exists(file));
    server.reset(); // SQLite: the command line erases only while no server runs

    const Run erased = runServer({u"erase"_s, u"--database"_s, urlText(url), u"--booking-code"_s,
                                  appointment.value(u"bookingCode"_s).toString()});
    QVERIFY2(erased.exitCode == 0, qPrintable(erased.err));
    QVERIFY2(erased.out.contains(u" 1 document files removed from %1."_s.arg(
                 QFileInfo(config.documentFolder).absoluteFilePath())),
             qPrintable(erased.out));
    QVERIFY(!QFileInfo::exists(file));
}

void tst_ServerCli::exportSpeaksTheCitysLanguage_data()
{
    QTest::addColumn<QString>("language"); // TRESEN_LANGUAGE, empty: not set
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("footer");
    QTest::addRow("German unless told otherwise")
        << QString() << u"Auskunft nach Art. 15 DSGVO"_s << u"Seite 1 von "_s;
    QTest::addRow("English when told")
        << u"en"_s << u"Information under Art. 15 GDPR"_s << u"Page 1 of "_s;
}

void tst_ServerCli::exportSpeaksTheCitysLanguage()
{
    // The Art. 15 export is handed to a citizen: the standalone server writes
    // it in the city's language, as the workstation's embedded one does.
    QFETCH(QString, language);
    QFETCH(QString, title);
    QFETCH(QString, footer);
    DatabaseUrl url;
    TRESEN_FRESH_DATABASE(url, u"tst_servercli_language"_s, m_dir);
    const quint16 port = freePort();
    QProcess server;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"TRESEN_LANGUAGE"_s);
    if (!language.isEmpty())
        environment.insert(u"TRESEN_LANGUAGE"_s, language);
    server.setProcessEnvironment(environment);
    server.start(QString::fromUtf8(TRESEN_SERVER_BINARY),
                 {u"serve"_s, u"--listen"_s, u"127.0.0.1:%1"_s.arg(port), u"--database"_s,
                  urlText(url), u"--demo"_s, u"--quiet"_s});
    QVERIFY(server.waitForStarted(10000));
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += server.readAllStandardOutput()).contains("listening on"),
                             30000);
    const auto stop = qScopeGuard([&server] {
        terminate(server);
        server.waitForFinished(15000);
    });

    TestSupport::HttpClient http(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
    const QByteArray clerk = http.login(u"mueller"_s, u"demo"_s);
    const auto booked = http.send(
        "POST", u"/api/v1/appointments"_s,
        QJsonDocument(
            QJsonObject{{u"serviceId"_s, u"1"_s},
                        {u"startsAt"_s,
                         isoTimeFromMSecs(QDateTime(TestSupport::mondayWeeksAhead(3), QTime(10, 0))
                                              .toMSecsSinceEpoch())},
                        {u"name"_s, u"Rosalind Quellenhof"_s}})
            .toJson(),
        clerk);
    QCOMPARE(booked.status, 201);
    const QString code = booked.json.toObject().value(u"bookingCode"_s).toString();
    const QByteArray admin = http.login(u"admin"_s, u"demo"_s);
    const auto pdf =
        http.get(u"/api/v1/privacy/export?bookingCode=%1&format=pdf"_s.arg(code), admin);
    QCOMPARE(pdf.status, 200);
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(pdf.body);
    QVERIFY(document);
    QVERIFY(document->numPages() >= 1);
    const QString text = document->page(0)->text(QRectF());
    QVERIFY2(text.contains(title) && text.contains(footer) &&
                 text.contains(u"Rosalind Quellenhof"_s),
             qPrintable(text));
}

void tst_ServerCli::setupFromAFile()
{
    DatabaseUrl url;
    TRESEN_FRESH_DATABASE(url, u"tst_servercli_setup"_s, m_dir);
    const QString database = urlText(url);
    const QJsonObject city{
        {u"offices"_s,
         QJsonArray{QJsonObject{
             {u"name"_s, u"Bürgeramt Süd"_s},
             {u"kind"_s, u"buergeramt"_s},
             {u"openingHours"_s, QJsonObject{{u"mon"_s, u"08:00-12:00"_s}}},
             {u"services"_s, QJsonArray{QJsonObject{{u"prefix"_s, u"A"_s},
                                                    {u"name"_s, u"Personalausweis"_s},
                                                    {u"typicalMinutes"_s, 15}}}},
             {u"counters"_s, QJsonArray{QJsonObject{{u"name"_s, u"Platz 1"_s},
                                                    {u"services"_s, QJsonArray{u"A"_s}}}}}}}},
        {u"devices"_s, QJsonArray{QJsonObject{{u"login"_s, u"anzeige-sued"_s},
                                              {u"role"_s, u"display"_s},
                                              {u"office"_s, u"Bürgeramt Süd"_s}},
                                  QJsonObject{{u"login"_s, u"kiosk-sued"_s},
                                              {u"role"_s, u"kiosk"_s},
                                              {u"office"_s, u"Bürgeramt Süd"_s}}}}};
    const QString path = m_dir.filePath(u"city.json"_s);
    const auto write = [&path](const QByteArray &content) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
               file.write(content) == content.size();
    };
    QVERIFY(write(QJsonDocument(city).toJson()));
    qputenv("TRESEN_DEVICE_PASSWORD_KIOSK_SUED", "kiosk secret from the environment");
    const auto unset = qScopeGuard([] { qunsetenv("TRESEN_DEVICE_PASSWORD_KIOSK_SUED"); });

    const Run first = runServer({u"setup"_s, u"--database"_s, database, path});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QVERIFY2(first.out.contains(u"created"_s), qPrintable(first.out));
    // The generated password is shown once; the one from the environment never.
    QVERIFY2(first.out.contains(u"Device anzeige-sued: password "_s), qPrintable(first.out));
    QVERIFY(!first.out.contains(u"kiosk-sued: password"_s));
    QVERIFY(!first.out.contains(u"kiosk secret"_s));

    {
        // Each device serves its office only.
        Database db(url, u"setup-check"_s);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        SqlRows rows = db.exec(
            u"SELECT COUNT(*) FROM user_office uo JOIN app_user u ON u.id = uo.user_id JOIN "
            "office o ON o.id = uo.office_id WHERE u.login IN ('anzeige-sued', 'kiosk-sued') AND "
            "o.name = ?"_s,
            {u"Bürgeramt Süd"_s});
        QVERIFY(rows.next());
        QCOMPARE(rows.value(0).toInt(), 2);
    }

    const Run second = runServer({u"setup"_s, u"--database"_s, database, path});
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.out.contains(u"nothing changed"_s), qPrintable(second.out));
    QVERIFY(!second.out.contains(u"password"_s));

    // A device without its office would serve every office: refused.
    QJsonObject officeless = city;
    officeless[u"devices"_s] =
        QJsonArray{QJsonObject{{u"login"_s, u"anzeige-west"_s}, {u"role"_s, u"display"_s}}};
    QVERIFY(write(QJsonDocument(officeless).toJson()));
    const Run noOffice = runServer({u"setup"_s, u"--database"_s, database, path});
    QCOMPARE(noOffice.exitCode, 2);
    QVERIFY2(noOffice.err.contains(u"devices[0]"_s), qPrintable(noOffice.err));

    QJsonObject bad = city;
    QJsonArray offices = bad[u"offices"_s].toArray();
    QJsonObject office = offices[0].toObject();
    office[u"kind"_s] = u"rathaus"_s;
    offices[0] = office;
    bad[u"offices"_s] = offices;
    QVERIFY(write(QJsonDocument(bad).toJson()));
    const Run refused = runServer({u"setup"_s, u"--database"_s, database, path});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(u"offices[0] \"Bürgeramt Süd\""_s), qPrintable(refused.err));

    QVERIFY(write("{\"offices\": ["));
    QCOMPARE(runServer({u"setup"_s, u"--database"_s, database, path}).exitCode, 2);
    QCOMPARE(runServer({u"setup"_s, u"--database"_s, database}).exitCode, 2);

    // A city's database: --demo refuses it.
    const Run demo = runServer({u"serve"_s, u"--demo"_s, u"--listen"_s,
                                u"127.0.0.1:%1"_s.arg(freePort()), u"--database"_s, database});
    QCOMPARE(demo.exitCode, 2);
    QVERIFY2(demo.err.contains(u"--demo"_s), qPrintable(demo.err));
}

void tst_ServerCli::demoOnlyOnLoopback()
{
    DatabaseUrl url;
    TRESEN_FRESH_DATABASE(url, u"tst_servercli_demo_lan"_s, m_dir);
    const Run refused = runServer({u"serve"_s, u"--demo"_s, u"--listen"_s,
                                   u"0.0.0.0:%1"_s.arg(freePort()), u"--database"_s, urlText(url)});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(u"loopback"_s), qPrintable(refused.err));
}

void tst_ServerCli::demoNeverTouchesACitysData()
{
    DatabaseUrl url;
    TRESEN_FRESH_DATABASE(url, u"tst_servercli_demo"_s, m_dir);
    {
        // Someone's own account with a demo user's name, before the demo runs.
        Database db(url, u"demo-user"_s);
        QString error;
        QVERIFY2(db.open(&error) && Migrations::apply(db, &error), qPrintable(error));
        UserRepository(db).addOrUpdate(u"admin"_s, u"Echte Verwaltung"_s, Role::Admin,
                                       u"the city's own admin password"_s);
    }
    ServerConfig config;
    config.database = url;
    config.demo = true;
    QString error;
    {
        ServerInstance first(config);
        QVERIFY2(first.start(&error), qPrintable(error));
        QVERIFY(!first.demoLogins().isEmpty());
        QVERIFY(first.backend().users.authenticate(u"admin"_s, u"the city's own admin password"_s));
        QVERIFY(!first.backend().users.authenticate(u"admin"_s, u"demo"_s));
        QVERIFY(first.backend().users.authenticate(u"mueller"_s, u"demo"_s));
    }
    // The demo's own database may be used again.
    ServerInstance again(config);
    QVERIFY2(again.start(&error), qPrintable(error));
    QVERIFY(!again.demoRefused());
}

QTEST_GUILESS_MAIN(tst_ServerCli)

#include "tst_servercli.moc"
