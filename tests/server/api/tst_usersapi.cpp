// The accounts over real HTTP, on SQLite and PostgreSQL: administrators list,
// create and change users (roles, offices, disabled, passwords) under the
// password policy, every change audited without a password; a change that
// takes rights away ends the user's sessions and event sockets at once; a
// reset password must be changed before anything else.

#include "server/auth/passwordpolicy.h"
#include "server/instance/backend.h"
#include "server/instance/serverinstance.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using TestSupport::HttpClient;
using TestSupport::HttpResult;

namespace {
const QString kGoodPassword = u"Kaffeepause-am-Schalter"_s;
// What an administrator gives a new person, to be changed at the first login.
const QString kFirstPassword = u"Vom-Admin-vergeben-2026"_s;

QString code(const HttpResult &result)
{
    return result.json.toObject().value(u"code"_s).toString();
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
} // namespace

class tst_UsersApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void policyRefusesWeakPasswords_data();
    void policyRefusesWeakPasswords();
    void onlyAdministratorsManageUsers();
    void listShowsAccountsWithoutSecrets();
    void createChecksWhatItIsGiven_data();
    void createChecksWhatItIsGiven();
    void createdUserLogsInWithOffices();
    void aNewPersonChoosesTheirOwnPasswordFirst();
    void updateIsVersionedAndAudited();
    void theLastAdministratorStays();
    void disablingEndsSessionsAndSocketsAtOnce();
    void newRolesOrOfficesEndSessions();
    void resetForcesANewPassword();
    void ownChangeKeepsThisSessionOnly();
    void guessingTheOldPasswordIsThrottledAndAudited();
    void logoutClosesItsSockets();

private:
    // A new clerk (`login`), created by the administrator, who has chosen
    // kGoodPassword at the first login (as they must); its id.
    QString createClerk(const QString &login, const QJsonArray &officeIds = {});
    HttpResult patchUser(const QString &id, const QJsonObject &body);
    QString auditDetail(const QString &action, const QString &subject);

    QTemporaryDir m_dir;
    std::unique_ptr<ServerInstance> m_server;
    std::unique_ptr<HttpClient> m_http;
    QByteArray m_admin;
    QByteArray m_clerk;
};

void tst_UsersApi::initTestCase()
{
    DatabaseUrl url;
    TRESEN_FRESH_DATABASE(url, u"tst_usersapi"_s, m_dir);
    QString error;
    m_server = TestSupport::startDemoServer(url, &error);
    QVERIFY2(m_server, qPrintable(error));
    m_http = std::make_unique<HttpClient>(QUrl(m_server->baseUrl()));
    m_admin = m_http->login(u"admin"_s, u"demo"_s);
    m_clerk = m_http->login(u"mueller"_s, u"demo"_s);
    QVERIFY(!m_admin.isEmpty() && !m_clerk.isEmpty());
}

void tst_UsersApi::cleanupTestCase()
{
    m_http.reset();
    m_server.reset();
}

QString tst_UsersApi::createClerk(const QString &login, const QJsonArray &officeIds)
{
    const HttpResult created = m_http->send("POST", u"/api/v1/users"_s,
                                            json({{u"login"_s, login},
                                                  {u"name"_s, u"Clerk "_s + login},
                                                  {u"roles"_s, QJsonArray{u"clerk"_s}},
                                                  {u"officeIds"_s, officeIds},
                                                  {u"password"_s, kFirstPassword}}),
                                            m_admin);
    if (created.status != 201)
        qWarning("creating %s: %d %s", qPrintable(login), created.status, created.body.constData());
    const QByteArray first = m_http->login(login, kFirstPassword);
    const HttpResult chosen =
        m_http->send("POST", u"/api/v1/session/password"_s,
                     json({{u"old"_s, kFirstPassword}, {u"new"_s, kGoodPassword}}), first);
    if (chosen.status != 204)
        qWarning("first password of %s: %d %s", qPrintable(login), chosen.status,
                 chosen.body.constData());
    m_http->send("DELETE", u"/api/v1/session"_s, {}, first);
    return created.json.toObject().value(u"id"_s).toString();
}

HttpResult tst_UsersApi::patchUser(const QString &id, const QJsonObject &body)
{
    return m_http->send("PATCH", u"/api/v1/users/"_s + id, json(body), m_admin);
}

QString tst_UsersApi::auditDetail(const QString &action, const QString &subject)
{
    SqlRows rows = m_server->backend().db.exec(
        u"SELECT detail FROM audit_log WHERE action = ? AND subject = ? ORDER BY id DESC"_s,
        {action, subject});
    return rows.next() ? rows.value(0).toString() : QString();
}

void tst_UsersApi::policyRefusesWeakPasswords_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("accepted");
    QTest::addRow("11 characters") << u"Kaffee-1234"_s << false;
    QTest::addRow("12 characters") << u"Kaffee-12345"_s << true;
    QTest::addRow("common, German") << u"passwort123456"_s << false;
    QTest::addRow("common, other case") << u"PassWort123456"_s << false;
    QTest::addRow("common, English") << u"password123456"_s << false;
    QTest::addRow("the login") << u"sachbearbeiter"_s << false;
    QTest::addRow("the login, other case") << u"SachBearbeiter"_s << false;
    QTest::addRow("a sentence") << u"Drei Katzen im Bürgeramt"_s << true;
}

void tst_UsersApi::policyRefusesWeakPasswords()
{
    QFETCH(QString, password);
    QFETCH(bool, accepted);
    const QString problem = PasswordPolicy::problem(password, u"sachbearbeiter"_s);
    QCOMPARE(problem.isEmpty(), accepted);
    QVERIFY(PasswordPolicy::isCommon(u"passwort123"_s));
}

void tst_UsersApi::onlyAdministratorsManageUsers()
{
    QCOMPARE(m_http->get(u"/api/v1/users"_s).status, 401);
    for (const QString &login :
         {u"mueller"_s, u"schmidt"_s, u"weber"_s, u"anzeige"_s, u"kiosk"_s}) {
        const QByteArray token = m_http->login(login, u"demo"_s);
        QCOMPARE(m_http->get(u"/api/v1/users"_s, token).status, 403);
        QCOMPARE(m_http
                     ->send("POST", u"/api/v1/users"_s,
                            json({{u"login"_s, u"x"_s},
                                  {u"roles"_s, QJsonArray{u"admin"_s}},
                                  {u"password"_s, kGoodPassword}}),
                            token)
                     .status,
                 403);
        QCOMPARE(
            m_http->send("PATCH", u"/api/v1/users/1"_s, json({{u"active"_s, false}}), token).status,
            403);
        QCOMPARE(m_http
                     ->send("POST", u"/api/v1/users/1/password"_s,
                            json({{u"password"_s, kGoodPassword}}), token)
                     .status,
                 403);
    }
}

void tst_UsersApi::listShowsAccountsWithoutSecrets()
{
    const HttpResult list = m_http->get(u"/api/v1/users"_s, m_admin);
    QCOMPARE(list.status, 200);
    QJsonObject mueller;
    QJsonObject anzeige;
    for (const QJsonValue &value : list.json.toArray()) {
        if (value[u"login"_s] == u"mueller"_s)
            mueller = value.toObject();
        if (value[u"login"_s] == u"anzeige"_s)
            anzeige = value.toObject();
    }
    const QStringList members = mueller.keys();
    QCOMPARE(QSet<QString>(members.begin(), members.end()),
             (QSet<QString>{u"id"_s, u"login"_s, u"name"_s, u"roles"_s, u"officeIds"_s, u"active"_s,
                            u"mustChangePassword"_s, u"version"_s}));
    QCOMPARE(mueller.value(u"name"_s).toString(), u"Anna Müller"_s);
    QCOMPARE(mueller.value(u"roles"_s).toArray(), QJsonArray{u"clerk"_s});
    QCOMPARE(mueller.value(u"officeIds"_s).toArray(), QJsonArray()); // every office
    QCOMPARE(mueller.value(u"active"_s).toBool(), true);
    // The demo's display belongs to the Bürgeramt.
    QCOMPARE(anzeige.value(u"officeIds"_s).toArray(), QJsonArray{u"1"_s});
    QVERIFY(!list.body.contains("argon") && !list.body.contains("hash") &&
            !list.body.contains("\"password\""));
}

void tst_UsersApi::createChecksWhatItIsGiven_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("problemCode");
    const QJsonObject good{{u"login"_s, u"neu"_s},
                           {u"roles"_s, QJsonArray{u"clerk"_s}},
                           {u"password"_s, kGoodPassword}};
    const auto with = [good](const QString &member, const QJsonValue &value) {
        QJsonObject body = good;
        body.insert(member, value);
        return body;
    };
    QJsonObject noPassword = good;
    noPassword.remove(u"password"_s);
    QTest::addRow("short password") << with(u"password"_s, u"kurz"_s) << 422 << u"weak-password"_s;
    QTest::addRow("common password")
        << with(u"password"_s, u"Passwort123456"_s) << 422 << u"weak-password"_s;
    QTest::addRow("no password") << noPassword << 400 << QString();
    QTest::addRow("unknown role") << with(u"roles"_s, QJsonArray{u"boss"_s}) << 400 << QString();
    QTest::addRow("no roles") << with(u"roles"_s, QJsonArray()) << 400 << QString();
    QTest::addRow("login with space") << with(u"login"_s, u"a b"_s) << 400 << QString();
    QTest::addRow("login and line break") << with(u"login"_s, u"neu\n"_s) << 400 << QString();
    QTest::addRow("login taken") << with(u"login"_s, u"mueller"_s) << 409 << u"login-taken"_s;
    QTest::addRow("unknown office")
        << with(u"officeIds"_s, QJsonArray{u"999"_s}) << 400 << QString();
    QTest::addRow("office not an id") << with(u"officeIds"_s, QJsonArray{1}) << 400 << QString();
    QJsonObject display = with(u"roles"_s, QJsonArray{u"display"_s});
    QTest::addRow("display without office") << display << 400 << QString();
    display.insert(u"officeIds"_s, QJsonArray{u"1"_s, u"2"_s});
    QTest::addRow("display in two offices") << display << 400 << QString();
}

void tst_UsersApi::createChecksWhatItIsGiven()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, problemCode);
    const HttpResult result = m_http->send("POST", u"/api/v1/users"_s, json(body), m_admin);
    QCOMPARE(result.status, status);
    QCOMPARE(result.header("Content-Type"), QByteArray("application/problem+json"));
    if (!problemCode.isEmpty())
        QCOMPARE(code(result), problemCode);
}

void tst_UsersApi::createdUserLogsInWithOffices()
{
    const HttpResult created = m_http->send("POST", u"/api/v1/users"_s,
                                            json({{u"login"_s, u"anzeige2"_s},
                                                  {u"name"_s, u"Anzeige Standesamt"_s},
                                                  {u"roles"_s, QJsonArray{u"display"_s}},
                                                  {u"officeIds"_s, QJsonArray{u"2"_s}},
                                                  {u"password"_s, kGoodPassword}}),
                                            m_admin);
    QCOMPARE(created.status, 201);
    const QJsonObject user = created.json.toObject();
    QCOMPARE(user.value(u"login"_s).toString(), u"anzeige2"_s);
    QCOMPARE(user.value(u"officeIds"_s).toArray(), QJsonArray{u"2"_s});
    QCOMPARE(user.value(u"active"_s).toBool(), true);
    QCOMPARE(user.value(u"mustChangePassword"_s).toBool(), false);
    QCOMPARE(user.value(u"version"_s).toInt(), 1);

    const HttpResult login =
        m_http->send("POST", u"/api/v1/session"_s,
                     json({{u"login"_s, u"anzeige2"_s}, {u"password"_s, kGoodPassword}}));
    QCOMPARE(login.status, 200);
    QCOMPARE(login.json[u"user"_s][u"officeIds"_s].toArray(), QJsonArray{u"2"_s});
    QCOMPARE(login.json[u"user"_s][u"roles"_s].toArray(), QJsonArray{u"display"_s});
    QCOMPARE(login.json[u"mustChangePassword"_s].toBool(), false);

    const QString detail = auditDetail(u"user.create"_s, u"user/"_s + user[u"id"_s].toString());
    QVERIFY2(detail.contains(u"\"after\":{"_s) && detail.contains(u"anzeige2"_s),
             qPrintable(detail));
    QVERIFY(!detail.contains(kGoodPassword) && !detail.contains(u"password\""_s));
}

void tst_UsersApi::aNewPersonChoosesTheirOwnPasswordFirst()
{
    const HttpResult created = m_http->send("POST", u"/api/v1/users"_s,
                                            json({{u"login"_s, u"neu1"_s},
                                                  {u"name"_s, u"Nele Neu"_s},
                                                  {u"roles"_s, QJsonArray{u"clerk"_s}},
                                                  {u"officeIds"_s, QJsonArray{u"1"_s}},
                                                  {u"password"_s, kFirstPassword}}),
                                            m_admin);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json[u"mustChangePassword"_s].toBool(), true);
    const QString detail =
        auditDetail(u"user.create"_s, u"user/"_s + created.json[u"id"_s].toString());
    QVERIFY2(detail.contains(u"\"mustChangePassword\":true"_s), qPrintable(detail));

    const HttpResult login =
        m_http->send("POST", u"/api/v1/session"_s,
                     json({{u"login"_s, u"neu1"_s}, {u"password"_s, kFirstPassword}}));
    QCOMPARE(login.status, 200);
    QCOMPARE(login.json[u"mustChangePassword"_s].toBool(), true);
    const QByteArray token = login.json[u"token"_s].toString().toLatin1();
    const HttpResult refused = m_http->get(u"/api/v1/queue?officeId=1"_s, token);
    QCOMPARE(refused.status, 403);
    QCOMPARE(code(refused), u"password-change-required"_s);
    QCOMPARE(
        code(m_http->send("POST", u"/api/v1/tickets"_s, json({{u"serviceId"_s, u"1"_s}}), token)),
        u"password-change-required"_s);

    // Once they have chosen their own, they work at once, in this session.
    QCOMPARE(m_http
                 ->send("POST", u"/api/v1/session/password"_s,
                        json({{u"old"_s, kFirstPassword}, {u"new"_s, kGoodPassword}}), token)
                 .status,
             204);
    QCOMPARE(m_http->get(u"/api/v1/queue?officeId=1"_s, token).status, 200);
    QCOMPARE(
        m_http->send("POST", u"/api/v1/tickets"_s, json({{u"serviceId"_s, u"1"_s}}), token).status,
        201);
    QVERIFY(m_http->login(u"neu1"_s, kFirstPassword).isEmpty());
    QVERIFY(!m_http->login(u"neu1"_s, kGoodPassword).isEmpty());
}

void tst_UsersApi::updateIsVersionedAndAudited()
{
    const QString id = createClerk(u"kasse10"_s);
    QVERIFY(!id.isEmpty());
    const int version = m_server->backend().users.findAny(id.toLongLong())->version;
    const HttpResult renamed = patchUser(id, {{u"name"_s, u"Kim Kasse"_s},
                                              {u"officeIds"_s, QJsonArray{u"1"_s}},
                                              {u"version"_s, version}});
    QCOMPARE(renamed.status, 200);
    QCOMPARE(renamed.json[u"name"_s].toString(), u"Kim Kasse"_s);
    QCOMPARE(renamed.json[u"officeIds"_s].toArray(), QJsonArray{u"1"_s});
    QCOMPARE(renamed.json[u"version"_s].toInt(), version + 1);

    const HttpResult stale = patchUser(id, {{u"name"_s, u"Alt"_s}, {u"version"_s, version}});
    QCOMPARE(stale.status, 409);
    QCOMPARE(code(stale), u"version-conflict"_s);

    const QJsonObject detail =
        QJsonDocument::fromJson(auditDetail(u"user.update"_s, u"user/"_s + id).toUtf8()).object();
    QCOMPARE(detail[u"before"_s][u"name"_s].toString(), u"Clerk kasse10"_s);
    QCOMPARE(detail[u"after"_s][u"name"_s].toString(), u"Kim Kasse"_s);
    QCOMPARE(detail[u"before"_s][u"officeIds"_s].toArray(), QJsonArray());
    QCOMPARE(detail[u"after"_s][u"officeIds"_s].toArray(), QJsonArray{u"1"_s});
    QVERIFY(!detail[u"after"_s].toObject().contains(u"login"_s)); // unchanged

    const HttpResult weak = patchUser(id, {{u"password"_s, u"kasse10"_s}});
    QCOMPARE(weak.status, 422);
    QCOMPARE(code(weak), u"weak-password"_s);
    QCOMPARE(patchUser(u"999999"_s, {{u"name"_s, u"x"_s}}).status, 404);
}

void tst_UsersApi::theLastAdministratorStays()
{
    const QString adminId = [this] {
        for (const QJsonValue &value : m_http->get(u"/api/v1/users"_s, m_admin).json.toArray()) {
            if (value[u"login"_s] == u"admin"_s)
                return value[u"id"_s].toString();
        }
        return QString();
    }();
    QVERIFY(!adminId.isEmpty());
    const HttpResult disabled = patchUser(adminId, {{u"active"_s, false}});
    QCOMPARE(disabled.status, 409);
    QCOMPARE(code(disabled), u"last-admin"_s);
    const HttpResult demoted = patchUser(adminId, {{u"roles"_s, QJsonArray{u"clerk"_s}}});
    QCOMPARE(demoted.status, 409);
    QCOMPARE(code(demoted), u"last-admin"_s);

    // With a second administrator, either may go.
    const HttpResult second = m_http->send("POST", u"/api/v1/users"_s,
                                           json({{u"login"_s, u"admin2"_s},
                                                 {u"roles"_s, QJsonArray{u"admin"_s}},
                                                 {u"password"_s, kGoodPassword}}),
                                           m_admin);
    QCOMPARE(second.status, 201);
    QCOMPARE(patchUser(second.json[u"id"_s].toString(), {{u"active"_s, false}}).status, 200);
    QCOMPARE(patchUser(adminId, {{u"active"_s, false}}).status, 409); // admin2 is disabled now
}

void tst_UsersApi::disablingEndsSessionsAndSocketsAtOnce()
{
    const QString id = createClerk(u"kasse11"_s);
    const QByteArray token = m_http->login(u"kasse11"_s, kGoodPassword);
    QVERIFY(!token.isEmpty());
    QWebSocket socket;
    QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
    QVERIFY(TestSupport::openEvents(socket, m_server->baseUrl(), token));

    const HttpResult disable = patchUser(id, {{u"active"_s, false}});
    QCOMPARE(disable.status, 200);
    QCOMPARE(disable.json[u"active"_s].toBool(), false);
    // Closed by the write itself, not by the minute's recheck.
    QTRY_VERIFY_WITH_TIMEOUT(!disconnected.isEmpty(),
                             30000); // perhaps already while the request ran
    QCOMPARE(m_http->get(u"/api/v1/offices"_s, token).status, 401);
    QVERIFY(m_http->login(u"kasse11"_s, kGoodPassword).isEmpty());

    // Enabled again, they log in anew.
    QCOMPARE(patchUser(id, {{u"active"_s, true}}).status, 200);
    QVERIFY(!m_http->login(u"kasse11"_s, kGoodPassword).isEmpty());
}

void tst_UsersApi::newRolesOrOfficesEndSessions()
{
    const QString id = createClerk(u"kasse12"_s);
    const QByteArray first = m_http->login(u"kasse12"_s, kGoodPassword);
    QWebSocket socket;
    QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
    QVERIFY(TestSupport::openEvents(socket, m_server->baseUrl(), first));
    QCOMPARE(patchUser(id, {{u"roles"_s, QJsonArray{u"clerk"_s, u"supervisor"_s}}}).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(!disconnected.isEmpty(),
                             30000); // perhaps already while the request ran
    QCOMPARE(m_http->get(u"/api/v1/session"_s, first).status, 401);

    const QByteArray second = m_http->login(u"kasse12"_s, kGoodPassword);
    QCOMPARE(m_http->get(u"/api/v1/session"_s, second).status, 200);
    QCOMPARE(patchUser(id, {{u"officeIds"_s, QJsonArray{u"1"_s}}}).status, 200);
    QCOMPARE(m_http->get(u"/api/v1/session"_s, second).status, 401);

    // A new name takes nothing away: the session goes on.
    const QByteArray third = m_http->login(u"kasse12"_s, kGoodPassword);
    QCOMPARE(patchUser(id, {{u"name"_s, u"Neuer Name"_s}}).status, 200);
    QCOMPARE(m_http->get(u"/api/v1/session"_s, third).status, 200);
}

void tst_UsersApi::resetForcesANewPassword()
{
    const QString id = createClerk(u"kasse13"_s);
    const QByteArray before = m_http->login(u"kasse13"_s, kGoodPassword);
    QVERIFY(!before.isEmpty());
    const QString temporary = u"Vorlaeufig-Erst-Aendern"_s;
    QCOMPARE(m_http
                 ->send("POST", u"/api/v1/users/%1/password"_s.arg(id),
                        json({{u"password"_s, u"short"_s}}), m_admin)
                 .status,
             422);
    const HttpResult reset = m_http->send("POST", u"/api/v1/users/%1/password"_s.arg(id),
                                          json({{u"password"_s, temporary}}), m_admin);
    QCOMPARE(reset.status, 200);
    QCOMPARE(reset.json[u"mustChangePassword"_s].toBool(), true);
    QCOMPARE(m_http->get(u"/api/v1/session"_s, before).status, 401);
    QVERIFY(m_http->login(u"kasse13"_s, kGoodPassword).isEmpty());
    const QString detail = auditDetail(u"user.password-reset"_s, u"user/"_s + id);
    QVERIFY2(detail.contains(u"mustChangePassword"_s), qPrintable(detail));
    QVERIFY(!detail.contains(temporary));

    const HttpResult login =
        m_http->send("POST", u"/api/v1/session"_s,
                     json({{u"login"_s, u"kasse13"_s}, {u"password"_s, temporary}}));
    QCOMPARE(login.status, 200);
    QCOMPARE(login.json[u"mustChangePassword"_s].toBool(), true);
    const QByteArray token = login.json[u"token"_s].toString().toLatin1();

    // Only the own session's routes answer until the password is changed.
    const HttpResult refused = m_http->get(u"/api/v1/offices"_s, token);
    QCOMPARE(refused.status, 403);
    QCOMPARE(code(refused), u"password-change-required"_s);
    QCOMPARE(code(m_http->get(u"/api/v1/queue?officeId=1"_s, token)),
             u"password-change-required"_s);
    QCOMPARE(
        code(m_http->send("POST", u"/api/v1/tickets"_s, json({{u"serviceId"_s, u"1"_s}}), token)),
        u"password-change-required"_s);
    QCOMPARE(m_http->get(u"/api/v1/health"_s).status, 200);
    const HttpResult session = m_http->get(u"/api/v1/session"_s, token);
    QCOMPARE(session.status, 200);
    QCOMPARE(session.json[u"mustChangePassword"_s].toBool(), true);
    {
        // The session is looked up once the socket is a WebSocket.
        QWebSocket socket;
        QSignalSpy messages(&socket, &QWebSocket::textMessageReceived);
        QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
        TestSupport::openEvents(socket, m_server->baseUrl(), token);
        QVERIFY(disconnected.size() > 0 || disconnected.wait(10000));
        QCOMPARE(socket.closeReason(), u"unauthorized"_s);
        QCOMPARE(messages.size(), 0);
    }

    const auto change = [&](const QString &oldPassword, const QString &newPassword) {
        return m_http->send("POST", u"/api/v1/session/password"_s,
                            json({{u"old"_s, oldPassword}, {u"new"_s, newPassword}}), token);
    };
    const HttpResult wrong = change(u"nicht-das-alte-Kennwort"_s, kGoodPassword + u"!"_s);
    QCOMPARE(wrong.status, 403);
    QCOMPARE(code(wrong), u"wrong-password"_s);
    for (const QString &weak : {u"kurz"_s, u"Passwort12345"_s, u"KASSE13"_s, temporary}) {
        const HttpResult refusedNew = change(temporary, weak);
        QCOMPARE(refusedNew.status, 422);
        QCOMPARE(code(refusedNew), u"weak-password"_s);
        QVERIFY(!refusedNew.json[u"detail"_s].toString().isEmpty());
    }
    QCOMPARE(change(temporary, u"Mein-eigenes-Kennwort"_s).status, 204);
    QCOMPARE(m_http->get(u"/api/v1/offices"_s, token).status, 200);
    QCOMPARE(m_http->get(u"/api/v1/session"_s, token).json[u"mustChangePassword"_s].toBool(),
             false);
    QVERIFY(!m_http->login(u"kasse13"_s, u"Mein-eigenes-Kennwort"_s).isEmpty());
}

void tst_UsersApi::guessingTheOldPasswordIsThrottledAndAudited()
{
    const QString id = createClerk(u"kasse20"_s);
    const QByteArray token = m_http->login(u"kasse20"_s, kGoodPassword);
    const auto change = [&](const QString &oldPassword) {
        return m_http
            ->send("POST", u"/api/v1/session/password"_s,
                   json({{u"old"_s, oldPassword}, {u"new"_s, u"Ein-ganz-neues-Kennwort"_s}}), token)
            .status;
    };
    // A stolen session guessing the password runs into the login's throttle.
    int wrong = 0;
    while (wrong < 20 && change(u"geraten-%1"_s.arg(wrong)) == 403)
        ++wrong;
    QVERIFY2(wrong > 0 && wrong < 20, qPrintable(QString::number(wrong)));
    // Throttled: even the right password waits now.
    QCOMPARE(change(kGoodPassword), 429);
    const auto count = [this, &id](const QString &action) {
        SqlRows rows = m_server->backend().db.exec(
            u"SELECT COUNT(*) FROM audit_log WHERE action = ? AND subject = ?"_s,
            {action, u"user/"_s + id});
        return rows.next() ? rows.value(0).toInt() : -1;
    };
    QCOMPARE(count(u"session.password-change.failed"_s), wrong);
    QCOMPARE(count(u"session.password-change.throttled"_s), 2);
    QVERIFY(m_server->backend().users.passwordMatches(id.toLongLong(), kGoodPassword));

    // A reset sent with an Idempotency-Key (as workstations send every write):
    // the stored request hash does not cover the password, which a fast
    // SHA-256 would give away to anyone holding a backup.
    const QString path = u"/api/v1/users/%1/password"_s.arg(id);
    const QByteArray body = json({{u"password"_s, u"Zurueckgesetzt-2026"_s}});
    const HttpResult reset =
        m_http->send("POST", path, body, m_admin, {{"Idempotency-Key", "reset-kasse20"}});
    QCOMPARE(reset.status, 200);
    SqlRows stored = m_server->backend().db.exec(
        u"SELECT request_hash FROM idempotency_key WHERE idem_key = 'reset-kasse20'"_s);
    QVERIFY(stored.next());
    const QByteArray withPassword =
        QCryptographicHash::hash("POST" + path.toUtf8() + body, QCryptographicHash::Sha256).toHex();
    QVERIFY(!stored.value(0).toString().isEmpty());
    QVERIFY(stored.value(0).toByteArray() != withPassword);
    // The same request again is answered as the first, not applied twice.
    const HttpResult replayed =
        m_http->send("POST", path, body, m_admin, {{"Idempotency-Key", "reset-kasse20"}});
    QCOMPARE(replayed.status, 200);
    QVERIFY(replayed.headers.contains({"Idempotent-Replayed", "true"}));
}

void tst_UsersApi::ownChangeKeepsThisSessionOnly()
{
    const QString id = createClerk(u"kasse14"_s);
    const QByteArray here = m_http->login(u"kasse14"_s, kGoodPassword);
    const QByteArray elsewhere = m_http->login(u"kasse14"_s, kGoodPassword);
    QWebSocket hereSocket;
    QWebSocket elsewhereSocket;
    QSignalSpy hereClosed(&hereSocket, &QWebSocket::disconnected);
    QSignalSpy elsewhereClosed(&elsewhereSocket, &QWebSocket::disconnected);
    QVERIFY(TestSupport::openEvents(hereSocket, m_server->baseUrl(), here));
    QVERIFY(TestSupport::openEvents(elsewhereSocket, m_server->baseUrl(), elsewhere));
    const auto changes = [this, &id] {
        SqlRows audited = m_server->backend().db.exec(
            u"SELECT COUNT(*) FROM audit_log WHERE action = ? AND subject = ? AND user_login = ?"_s,
            {u"session.password-change"_s, u"user/"_s + id, u"kasse14"_s});
        return audited.next() ? audited.value(0).toInt() : -1;
    };
    const int changesBefore = changes(); // the first login's

    const HttpResult changed = m_http->send(
        "POST", u"/api/v1/session/password"_s,
        json({{u"old"_s, kGoodPassword}, {u"new"_s, u"Ein-ganz-neues-Kennwort"_s}}), here);
    QCOMPARE(changed.status, 204);
    QTRY_VERIFY_WITH_TIMEOUT(!elsewhereClosed.isEmpty(),
                             30000); // perhaps already while the request ran
    QCOMPARE(m_http->get(u"/api/v1/session"_s, elsewhere).status, 401);
    QCOMPARE(m_http->get(u"/api/v1/session"_s, here).status, 200);
    QCOMPARE(hereClosed.size(), 0);
    QCOMPARE(hereSocket.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(changes(), changesBefore + 1);
}

void tst_UsersApi::logoutClosesItsSockets()
{
    createClerk(u"kasse15"_s);
    const QByteArray token = m_http->login(u"kasse15"_s, kGoodPassword);
    QWebSocket socket;
    QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
    QVERIFY(TestSupport::openEvents(socket, m_server->baseUrl(), token));
    QCOMPARE(m_http->send("DELETE", u"/api/v1/session"_s, {}, token).status, 204);
    QTRY_VERIFY_WITH_TIMEOUT(!disconnected.isEmpty(),
                             30000); // perhaps already while the request ran
}

QTEST_GUILESS_MAIN(tst_UsersApi)
#include "tst_usersapi.moc"
