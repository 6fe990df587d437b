// A service's texts for the appointment confirmation (what to bring, how to
// cancel or rebook), over real HTTP on SQLite and PostgreSQL: the demo fills
// them, an admin sets them on create and change (versioned, audited with
// before and after), bad ones are refused, and everyone who reads services
// (and the change feed) gets them, as the other service fields.

#include "server/instance/backend.h"
#include "server/instance/serverinstance.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using TestSupport::HttpClient;
using TestSupport::HttpResult;

namespace {
QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject serviceWithPrefix(const QJsonArray &services, const QString &prefix)
{
    for (const QJsonValue &service : services) {
        if (service[u"prefix"_s].toString() == prefix)
            return service.toObject();
    }
    return {};
}
} // namespace

class tst_ServiceTextsApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void theDemoFillsThem();
    void anAdminSetsThemVersionedAndAudited();
    void badTextsAreRefused_data();
    void badTextsAreRefused();
    void everyoneWhoReadsServicesGetsThem();

private:
    HttpResult patch(const QString &path, const QJsonObject &body);
    QJsonObject lastAudit(const QString &action, const QString &subject);

    QTemporaryDir m_dir;
    std::unique_ptr<ServerInstance> m_server;
    std::unique_ptr<HttpClient> m_http;
    QByteArray m_admin;
    QByteArray m_clerk;
};

void tst_ServiceTextsApi::initTestCase()
{
    DatabaseUrl url;
    TRESEN_FRESH_DATABASE(url, u"servicetextsapi"_s, m_dir);
    QString error;
    m_server = TestSupport::startDemoServer(url, &error);
    QVERIFY2(m_server, qPrintable(error));
    m_http = std::make_unique<HttpClient>(QUrl(m_server->baseUrl()));
    m_admin = m_http->login(u"admin"_s, u"demo"_s);
    m_clerk = m_http->login(u"mueller"_s, u"demo"_s);
    QVERIFY(!m_admin.isEmpty() && !m_clerk.isEmpty());
}

void tst_ServiceTextsApi::cleanupTestCase()
{
    m_http.reset();
    m_server.reset();
}

HttpResult tst_ServiceTextsApi::patch(const QString &path, const QJsonObject &body)
{
    return m_http->send("PATCH", path, json(body), m_admin);
}

QJsonObject tst_ServiceTextsApi::lastAudit(const QString &action, const QString &subject)
{
    SqlRows rows = m_server->backend().db.exec(
        u"SELECT user_login, detail FROM audit_log WHERE action = ? AND subject = ? "
        "ORDER BY id DESC"_s,
        {action, subject});
    if (!rows.next())
        return {};
    QJsonObject detail = QJsonDocument::fromJson(rows.value(1).toString().toUtf8()).object();
    detail.insert(u"login"_s, rows.value(0).toString());
    return detail;
}

void tst_ServiceTextsApi::theDemoFillsThem()
{
    const QJsonArray services =
        m_http->get(u"/api/v1/services?officeId=1"_s, m_clerk).json.toArray();
    for (const QString &prefix : {u"A"_s, u"B"_s}) {
        const QJsonObject identity = serviceWithPrefix(services, prefix);
        QVERIFY(identity[u"bringAlong"_s].toString().contains(u"biometrisches Passfoto"_s));
        QVERIFY(identity[u"bringAlong"_s].toString().contains(u"bisherigen"_s));
        QVERIFY(identity[u"confirmationNote"_s].toString().contains(u"Buchungscode"_s));
    }
    // One item a line.
    QVERIFY(serviceWithPrefix(services, u"D"_s)[u"bringAlong"_s].toString().count(u'\n') >= 3);
    for (const QJsonValue &service : services)
        QVERIFY2(!service[u"bringAlong"_s].toString().isEmpty(),
                 qPrintable(service[u"name"_s].toString()));
}

void tst_ServiceTextsApi::anAdminSetsThemVersionedAndAudited()
{
    // Made with its texts.
    const HttpResult created =
        m_http->send("POST", u"/api/v1/services"_s,
                     json({{u"officeId"_s, u"1"_s},
                           {u"name"_s, u"Fischereischein"_s},
                           {u"prefix"_s, u"FS"_s},
                           {u"typicalMinutes"_s, 10},
                           {u"bringAlong"_s, u"  das Prüfungszeugnis\nein Passfoto  "_s},
                           {u"confirmationNote"_s, u"Absagen unter 0123 456-777."_s}}),
                     m_admin);
    QCOMPARE(created.status, 201);
    const QString id = created.json[u"id"_s].toString();
    QCOMPARE(created.json[u"bringAlong"_s].toString(), u"das Prüfungszeugnis\nein Passfoto"_s);
    QCOMPARE(created.json[u"confirmationNote"_s].toString(), u"Absagen unter 0123 456-777."_s);
    QCOMPARE(created.json[u"version"_s].toInt(), 1);
    QCOMPARE(
        lastAudit(u"service.create"_s, u"service/"_s + id)[u"after"_s][u"bringAlong"_s].toString(),
        u"das Prüfungszeugnis\nein Passfoto"_s);

    // Changed: the next version, audited with before and after.
    const HttpResult changed =
        patch(u"/api/v1/services/"_s + id,
              {{u"bringAlong"_s, u"das Prüfungszeugnis\nein Passfoto\nden Personalausweis"_s},
               {u"version"_s, 1}});
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.json[u"version"_s].toInt(), 2);
    QCOMPARE(changed.json[u"confirmationNote"_s].toString(), u"Absagen unter 0123 456-777."_s);
    const QJsonObject audit = lastAudit(u"service.update"_s, u"service/"_s + id);
    QCOMPARE(audit[u"login"_s].toString(), u"admin"_s);
    QCOMPARE(audit[u"before"_s].toObject(),
             (QJsonObject{{u"bringAlong"_s, u"das Prüfungszeugnis\nein Passfoto"_s}}));
    QCOMPARE(audit[u"after"_s].toObject(),
             (QJsonObject{
                 {u"bringAlong"_s, u"das Prüfungszeugnis\nein Passfoto\nden Personalausweis"_s}}));

    // A change based on the old version is refused and writes nothing.
    const HttpResult stale =
        patch(u"/api/v1/services/"_s + id, {{u"confirmationNote"_s, u""_s}, {u"version"_s, 1}});
    QCOMPARE(stale.status, 409);
    QCOMPARE(stale.json[u"code"_s].toString(), u"version-conflict"_s);

    // Emptied: the letter then uses its general wording.
    const HttpResult emptied =
        patch(u"/api/v1/services/"_s + id, {{u"confirmationNote"_s, u""_s}, {u"version"_s, 2}});
    QCOMPARE(emptied.status, 200);
    QCOMPARE(emptied.json[u"confirmationNote"_s].toString(), QString());

    // Only an admin may.
    const HttpResult byClerk = m_http->send("PATCH", u"/api/v1/services/"_s + id,
                                            json({{u"bringAlong"_s, u"nichts"_s}}), m_clerk);
    QCOMPARE(byClerk.status, 403);
}

void tst_ServiceTextsApi::badTextsAreRefused_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::newRow("not text") << QJsonObject{{u"bringAlong"_s, 5}};
    QTest::newRow("too long") << QJsonObject{{u"confirmationNote"_s, QString(1001, u'x')}};
    QTest::newRow("a list") << QJsonObject{{u"bringAlong"_s, QJsonArray{u"Foto"_s}}};
}

void tst_ServiceTextsApi::badTextsAreRefused()
{
    QFETCH(QJsonObject, body);
    const QJsonObject before = *m_server->backend().directory.service(2);
    const HttpResult result = patch(u"/api/v1/services/2"_s, body);
    QCOMPARE(result.status, 400);
    QCOMPARE(*m_server->backend().directory.service(2), before);
}

void tst_ServiceTextsApi::everyoneWhoReadsServicesGetsThem()
{
    QVERIFY(patch(u"/api/v1/services/3"_s,
                  {{u"bringAlong"_s, u"die Wohnungsgeberbestätigung"_s},
                   {u"version"_s, m_server->backend().directory.service(3)->value(u"version"_s)}})
                .status == 200);
    // The change feed carries them to the workstations (the letter is printed there).
    QString fed;
    qint64 since = 0;
    for (bool more = true; more;) {
        const HttpResult page = m_http->get(u"/api/v1/changes?since=%1"_s.arg(since), m_clerk);
        QCOMPARE(page.status, 200);
        for (const QJsonValue &change : page.json[u"changes"_s].toArray()) {
            if (change[u"entity"_s].toString() == u"service"_s &&
                change[u"id"_s].toString() == u"3"_s)
                fed = change[u"data"_s][u"bringAlong"_s].toString();
        }
        more = page.json[u"more"_s].toBool();
        since = page.json[u"cursor"_s].toInteger();
    }
    QCOMPARE(fed, u"die Wohnungsgeberbestätigung"_s);
    for (const QString &login : {u"weber"_s, u"schmidt"_s}) {
        const QByteArray token = m_http->login(login, u"demo"_s);
        const QJsonArray services =
            m_http->get(u"/api/v1/services?officeId=1"_s, token).json.toArray();
        QCOMPARE(serviceWithPrefix(services, u"C"_s)[u"bringAlong"_s].toString(),
                 u"die Wohnungsgeberbestätigung"_s);
    }
}

QTEST_MAIN(tst_ServiceTextsApi)
#include "tst_servicetextsapi.moc"
