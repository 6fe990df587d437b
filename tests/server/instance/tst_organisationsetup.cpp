// A city set up from nothing by its setup file (docs/setup-example.json), on
// SQLite and PostgreSQL: everything is created, a second run changes nothing
// (no revisions, no audit entry), a changed file updates, a bad file changes
// nothing and names its entry, device passwords never come from the file, and
// a clerk made afterwards issues and calls a ticket at once.

#include "server/instance/backend.h"
#include "server/instance/organisationsetup.h"
#include "server/instance/serverinstance.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using TestSupport::HttpClient;

class tst_OrganisationSetup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aCityFromTheExampleFile();
    void aSecondRunChangesNothing();
    void aChangedFileUpdates();
    void aBadFileChangesNothing_data();
    void aBadFileChangesNothing();
    void aNewClerkWorksAtOnce();

private:
    OrganisationSetup::Report apply(const QJsonObject &file);
    int auditEntries();
    QJsonObject office(const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<ServerInstance> m_server;
    QJsonObject m_example;
};

void tst_OrganisationSetup::initTestCase()
{
    DatabaseUrl url;
    TRESEN_FRESH_DATABASE(url, u"organisationsetup"_s, m_dir);
    ServerConfig config;
    config.database = url;
    m_server = std::make_unique<ServerInstance>(config);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QFile file(QFINDTESTDATA("../../../docs/setup-example.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_example = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(!m_example.isEmpty());
}

void tst_OrganisationSetup::cleanupTestCase()
{
    m_server.reset();
}

OrganisationSetup::Report tst_OrganisationSetup::apply(const QJsonObject &file)
{
    // One device's password from the environment (as the CLI does), the others generated.
    OrganisationSetup setup(m_server->backend(), [](const QString &login) {
        return login == u"kiosk-mitte"_s ? u"kiosk password from the environment"_s : QString();
    });
    return setup.apply(file, u"cli:test"_s);
}

int tst_OrganisationSetup::auditEntries()
{
    SqlRows rows = m_server->backend().db.exec(
        u"SELECT COUNT(*) FROM audit_log WHERE action = 'setup.apply'"_s);
    return rows.next() ? rows.value(0).toInt() : -1;
}

QJsonObject tst_OrganisationSetup::office(const QString &name)
{
    for (const QJsonValue &value : m_server->backend().directory.offices()) {
        if (value[u"name"_s].toString() == name)
            return value.toObject();
    }
    return {};
}

void tst_OrganisationSetup::aCityFromTheExampleFile()
{
    Backend &b = m_server->backend();
    QVERIFY(!b.directory.hasOffices());
    const OrganisationSetup::Report report = apply(m_example);
    QVERIFY2(report.ok(), qPrintable(report.error));
    // The new offices' hours and settings are the only "updates".
    for (const QString &subject : report.updated)
        QVERIFY2(subject.endsWith(u"/opening-hours"_s) || subject.endsWith(u"/settings"_s),
                 qPrintable(subject));

    QCOMPARE(b.directory.offices().size(), 3);
    const QJsonObject mitte = office(u"Bürgeramt Mitte"_s);
    const qint64 mitteId = mitte[u"id"_s].toString().toLongLong();
    QCOMPARE(mitte[u"waitTargetMinutes"_s].toInt(), 20);
    QCOMPARE(mitte[u"timeZone"_s].toString(), u"Europe/Berlin"_s);
    QCOMPARE(b.directory.services(mitteId).size(), 6);
    QCOMPARE(b.directory.counters(mitteId).size(), 5);
    QCOMPARE(b.directory.services(std::nullopt).size(), 6 + 4 + 3);
    QCOMPARE(dayHoursText(b.appointments.openingHours(mitteId, 2)), u"08:00-12:30,14:00-18:00"_s);
    QVERIFY(b.appointments.openingHours(mitteId, 6).isEmpty());
    QVERIFY(b.appointments.isClosedDay(mitteId, QDate(2026, 12, 24)));
    QCOMPARE(b.officeSettings.noShowAfterCalls(mitteId), 2);
    const qint64 standesamt = office(u"Standesamt"_s)[u"id"_s].toString().toLongLong();
    QCOMPARE(b.officeSettings.weddingPolicy(standesamt).reservationDays, 21);
    QCOMPARE(b.weddings.rooms().size(), 2);
    QCOMPARE(b.weddings.rooms().last().weekdays, QList<int>{6});

    // Devices: created, the generated passwords shown once, never the one given.
    QVERIFY(b.users.findByLogin(u"anzeige-mitte"_s));
    QCOMPARE(report.devicePasswords.size(), 2);
    for (const auto &[login, password] : report.devicePasswords) {
        QVERIFY(login.startsWith(u"anzeige-"_s));
        QCOMPARE(password.size(), 20);
        QVERIFY(b.users.authenticate(login, password));
    }
    QVERIFY(b.users.authenticate(u"kiosk-mitte"_s, u"kiosk password from the environment"_s));
    QVERIFY(report.created.contains(u"user/kiosk-mitte"_s));

    QCOMPARE(auditEntries(), 1);
    SqlRows rows = b.db.exec(u"SELECT user_login, detail FROM audit_log WHERE action = "
                             "'setup.apply'"_s);
    QVERIFY(rows.next());
    QCOMPARE(rows.value(0).toString(), u"cli:test"_s);
    QVERIFY(!rows.value(1).toString().contains(u"kiosk password"_s));
    const QJsonObject detail = QJsonDocument::fromJson(rows.value(1).toString().toUtf8()).object();
    QCOMPARE(detail[u"after"_s][u"office/%1"_s.arg(mitteId)][u"name"_s].toString(),
             u"Bürgeramt Mitte"_s);
}

void tst_OrganisationSetup::aSecondRunChangesNothing()
{
    const qint64 revision = m_server->backend().changes.latestRevision();
    const OrganisationSetup::Report report = apply(m_example);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY2(report.created.isEmpty(), qPrintable(report.created.join(u' ')));
    QVERIFY2(report.updated.isEmpty(), qPrintable(report.updated.join(u' ')));
    QVERIFY(report.devicePasswords.isEmpty());
    QCOMPARE(m_server->backend().changes.latestRevision(), revision);
    QCOMPARE(auditEntries(), 1);
}

void tst_OrganisationSetup::aChangedFileUpdates()
{
    Backend &b = m_server->backend();
    QJsonObject file = m_example;
    QJsonArray offices = file[u"offices"_s].toArray();
    QJsonObject nord = offices[1].toObject();
    QJsonArray services = nord[u"services"_s].toArray();
    QJsonObject kennzeichen = services[3].toObject();
    kennzeichen[u"typicalMinutes"_s] = 12;
    services[3] = kennzeichen;
    nord[u"services"_s] = services;
    QJsonArray counters = nord[u"counters"_s].toArray();
    QJsonObject second = counters[1].toObject();
    second[u"active"_s] = false;
    counters[1] = second;
    counters.append(QJsonObject{{u"name"_s, u"Platz 3"_s}, {u"services"_s, QJsonArray{u"K"_s}}});
    nord[u"counters"_s] = counters;
    QJsonObject hours = nord[u"openingHours"_s].toObject();
    hours[u"wed"_s] = u"08:00-12:00"_s;
    nord[u"openingHours"_s] = hours;
    offices[1] = nord;
    file[u"offices"_s] = offices;

    const qint64 revision = b.changes.latestRevision();
    const OrganisationSetup::Report report = apply(file);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.created.size(), 1);
    QCOMPARE(report.updated.size(), 3); // the service, the counter, the hours
    QVERIFY(b.changes.latestRevision() > revision);
    QCOMPARE(auditEntries(), 2);

    const qint64 nordId = office(u"Bürgeramt Nord"_s)[u"id"_s].toString().toLongLong();
    const auto kId = b.directory.serviceByPrefix(nordId, u"K"_s);
    QVERIFY(kId);
    QCOMPARE(b.directory.service(*kId)->value(u"typicalMinutes"_s).toInt(), 12);
    const auto platz2 = b.directory.counterByName(nordId, u"Platz 2"_s);
    QVERIFY(platz2);
    QCOMPARE(b.directory.counter(*platz2)->value(u"active"_s).toBool(), false);
    QCOMPARE(dayHoursText(b.appointments.openingHours(nordId, 3)), u"08:00-12:00"_s);

    // And the same changed file again: nothing.
    const OrganisationSetup::Report again = apply(file);
    QVERIFY(again.ok() && again.created.isEmpty() && again.updated.isEmpty());
    QCOMPARE(auditEntries(), 2);
}

void tst_OrganisationSetup::aBadFileChangesNothing_data()
{
    QTest::addColumn<QString>("office");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("named");
    QTest::newRow("service prefix") << u"services"_s << u"prefix"_s << QJsonValue(u"Kfz"_s)
                                    << u"offices[1] \"Bürgeramt Nord\", services[0]"_s;
    QTest::newRow("counter's unknown service")
        << u"counters"_s << u"services"_s << QJsonValue(QJsonArray{u"Z"_s})
        << u"counters[0] \"Platz 1\""_s;
    QTest::newRow("opening hours")
        << u"openingHours"_s << u"mon"_s << QJsonValue(u"12:00-08:00"_s) << u"openingHours: mon"_s;
    QTest::newRow("closure day") << u"openingHours"_s << u"closed"_s
                                 << QJsonValue(QJsonArray{u"24.12.2026"_s}) << u"24.12.2026"_s;
}

void tst_OrganisationSetup::aBadFileChangesNothing()
{
    QFETCH(QString, office);
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, named);
    Backend &b = m_server->backend();
    QJsonObject file = m_example;
    QJsonArray offices = file[u"offices"_s].toArray();
    // A change that is fine first (in office 0), then the bad one in office 1.
    QJsonObject mitte = offices[0].toObject();
    mitte[u"address"_s] = u"Anderswo 1"_s;
    offices[0] = mitte;
    QJsonObject nord = offices[1].toObject();
    if (office == u"openingHours"_s) {
        QJsonObject hours = nord[office].toObject();
        hours[key] = value;
        nord[office] = hours;
    } else {
        QJsonArray entries = nord[office].toArray();
        QJsonObject first = entries[0].toObject();
        first[key] = value;
        entries[0] = first;
        nord[office] = entries;
    }
    offices[1] = nord;
    file[u"offices"_s] = offices;

    const qint64 revision = b.changes.latestRevision();
    const OrganisationSetup::Report report = apply(file);
    QVERIFY(!report.ok());
    QVERIFY2(report.error.contains(named), qPrintable(report.error));
    QCOMPARE(b.changes.latestRevision(), revision);
    QCOMPARE(this->office(u"Bürgeramt Mitte"_s)[u"address"_s].toString(),
             u"Rathausplatz 1, 34117 Musterstadt"_s);
}

void tst_OrganisationSetup::aNewClerkWorksAtOnce()
{
    Backend &b = m_server->backend();
    b.users.addOrUpdate(u"neue.kollegin"_s, u"Neue Kollegin"_s, Role::Clerk,
                        u"erster Arbeitstag 2026"_s);
    HttpClient http(QUrl(m_server->baseUrl()));
    const QByteArray token = http.login(u"neue.kollegin"_s, u"erster Arbeitstag 2026"_s);
    QVERIFY(!token.isEmpty());
    const qint64 mitteId = office(u"Bürgeramt Mitte"_s)[u"id"_s].toString().toLongLong();
    const QString service = QString::number(*b.directory.serviceByPrefix(mitteId, u"A"_s));
    const QString counter = QString::number(*b.directory.counterByName(mitteId, u"Platz 1"_s));
    const auto issued =
        http.send("POST", u"/api/v1/tickets"_s,
                  QJsonDocument(QJsonObject{{u"serviceId"_s, service}}).toJson(), token);
    QCOMPARE(issued.status, 201);
    QCOMPARE(issued.json[u"number"_s].toString(), u"A001"_s);
    const auto called =
        http.send("POST", u"/api/v1/counters/%1/call-next"_s.arg(counter), "{}", token);
    QCOMPARE(called.status, 200);
    QCOMPARE(called.json[u"number"_s].toString(), u"A001"_s);
}

QTEST_GUILESS_MAIN(tst_OrganisationSetup)
#include "tst_organisationsetup.moc"
