// A city sets up its organisation over real HTTP, on SQLite and PostgreSQL,
// from an empty database (no demo): offices, services, counters, opening
// hours and closure days, wedding rooms and each office's settings; only
// admins may; nothing is deleted and nothing is retired while records need
// it; every change is audited with before and after.

#include "core/domain/isotime.h"
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
QString code(const HttpResult &result)
{
    return result.json.toObject().value(u"code"_s).toString();
}

QString idOf(const HttpResult &result)
{
    return result.json.toObject().value(u"id"_s).toString();
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// 2030-01-07 is a Monday, far from today.
const QDate kMonday(2030, 1, 7);
} // namespace

class tst_OrganisationApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void aCityFromNothing();
    void onlyAdminsChangeTheOrganisation();
    void badBodiesAreRefused_data();
    void badBodiesAreRefused();
    void aStaleVersionIsRefused();
    void nothingIsOrphaned();
    void openingHoursAndClosureDays();
    void weddingRoomsFollowClosureDaysAndRetiring();
    void officeSettingsWinOverTheServersOptions();
    void theRegistrationLeadIsAnOfficeSetting();
    void changesAreAuditedWithBeforeAndAfter();
    void openingHoursAndSettingsAreVersioned();
    void aSupervisorReadsOnlyTheirOfficesSettings();

private:
    HttpResult post(const QString &path, const QJsonObject &body, const QByteArray &token = {});
    HttpResult patch(const QString &path, const QJsonObject &body, const QByteArray &token = {});
    HttpResult put(const QString &path, const QJsonObject &body, const QByteArray &token = {});
    QByteArray addUser(const QString &login, Roles roles);
    QString issueTicket(const QString &serviceId);

    QTemporaryDir m_dir;
    std::unique_ptr<ServerInstance> m_server;
    std::unique_ptr<HttpClient> m_http;
    QByteArray m_admin;
    QByteArray m_clerk;
    QByteArray m_registrar;
    // What aCityFromNothing made.
    QString m_office;
    QString m_service;
    QString m_counter;
    QString m_standesamt;
    QString m_room;
};

void tst_OrganisationApi::initTestCase()
{
    DatabaseUrl url;
    TRESEN_FRESH_DATABASE(url, u"organisationapi"_s, m_dir);
    ServerConfig config;
    config.database = url;
    config.noShowAfterCalls = 2;
    config.reservationDays = 14;
    m_server = std::make_unique<ServerInstance>(config);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QVERIFY(!m_server->backend().directory.hasOffices());
    m_http = std::make_unique<HttpClient>(QUrl(m_server->baseUrl()));
    m_admin = addUser(u"admin"_s, Role::Admin);
    QVERIFY(!m_admin.isEmpty());
}

void tst_OrganisationApi::cleanupTestCase()
{
    m_http.reset();
    m_server.reset();
}

QByteArray tst_OrganisationApi::addUser(const QString &login, Roles roles)
{
    const QString password = u"a long test password for "_s + login;
    m_server->backend().users.addOrUpdate(login, login, roles, password);
    return m_http->login(login, password);
}

HttpResult tst_OrganisationApi::post(const QString &path, const QJsonObject &body,
                                     const QByteArray &token)
{
    return m_http->send("POST", path, json(body), token.isEmpty() ? m_admin : token);
}

HttpResult tst_OrganisationApi::patch(const QString &path, const QJsonObject &body,
                                      const QByteArray &token)
{
    return m_http->send("PATCH", path, json(body), token.isEmpty() ? m_admin : token);
}

HttpResult tst_OrganisationApi::put(const QString &path, const QJsonObject &body,
                                    const QByteArray &token)
{
    return m_http->send("PUT", path, json(body), token.isEmpty() ? m_admin : token);
}

QString tst_OrganisationApi::issueTicket(const QString &serviceId)
{
    const HttpResult issued = post(u"/api/v1/tickets"_s, {{u"serviceId"_s, serviceId}}, m_clerk);
    return issued.status == 201 ? idOf(issued) : QString();
}

void tst_OrganisationApi::aCityFromNothing()
{
    const qint64 revisionBefore = m_server->backend().changes.latestRevision();

    const HttpResult office = post(u"/api/v1/offices"_s, {{u"name"_s, u"Bürgeramt Mitte"_s},
                                                          {u"kind"_s, u"buergeramt"_s},
                                                          {u"address"_s, u"Marktplatz 1"_s}});
    QCOMPARE(office.status, 201);
    m_office = idOf(office);
    QCOMPARE(office.json[u"timeZone"_s].toString(), u"Europe/Berlin"_s);
    QCOMPARE(office.json[u"active"_s].toBool(), true);
    QCOMPARE(office.json[u"version"_s].toInt(), 1);

    const HttpResult service = post(u"/api/v1/services"_s, {{u"officeId"_s, m_office},
                                                            {u"name"_s, u"Personalausweis"_s},
                                                            {u"prefix"_s, u"A"_s},
                                                            {u"typicalMinutes"_s, 15},
                                                            {u"bookableOnline"_s, true}});
    QCOMPARE(service.status, 201);
    m_service = idOf(service);
    QCOMPARE(service.json[u"prefix"_s].toString(), u"A"_s);
    QCOMPARE(service.json[u"active"_s].toBool(), true);

    const HttpResult counter =
        post(u"/api/v1/counters"_s, {{u"officeId"_s, m_office},
                                     {u"name"_s, u"Platz 1"_s},
                                     {u"serviceIds"_s, QJsonArray{m_service}}});
    QCOMPARE(counter.status, 201);
    m_counter = idOf(counter);
    QCOMPARE(counter.json[u"serviceIds"_s].toArray(), QJsonArray{m_service});

    const HttpResult hours =
        put(u"/api/v1/offices/%1/opening-hours"_s.arg(m_office),
            {{u"mon"_s, u"08:00-12:00,13:00-16:00"_s}, {u"tue"_s, u"08:00-12:00"_s}});
    QCOMPARE(hours.status, 200);
    QCOMPARE(hours.json[u"mon"_s].toString(), u"08:00-12:00,13:00-16:00"_s);
    QCOMPARE(hours.json[u"sun"_s].toString(), QString());

    const HttpResult standesamt =
        post(u"/api/v1/offices"_s, {{u"name"_s, u"Standesamt"_s}, {u"kind"_s, u"standesamt"_s}});
    QCOMPARE(standesamt.status, 201);
    m_standesamt = idOf(standesamt);
    const HttpResult room = post(u"/api/v1/wedding/rooms"_s, {{u"officeId"_s, m_standesamt},
                                                              {u"name"_s, u"Trauzimmer"_s},
                                                              {u"guests"_s, 30},
                                                              {u"weekdays"_s, QJsonArray{5, 6}},
                                                              {u"firstStart"_s, u"10:00"_s},
                                                              {u"lastStart"_s, u"12:00"_s},
                                                              {u"slotMinutes"_s, 60}});
    QCOMPARE(room.status, 201);
    m_room = idOf(room);
    QCOMPARE(room.json[u"weekdays"_s].toArray(), (QJsonArray{5, 6}));

    // Workstations learn of it by the lists and the change feed.
    QCOMPARE(m_http->get(u"/api/v1/offices"_s, m_admin).json.toArray().size(), 2);
    QStringList entities;
    const HttpResult changes =
        m_http->get(u"/api/v1/changes?since=%1"_s.arg(revisionBefore), m_admin);
    QCOMPARE(changes.status, 200);
    for (const QJsonValue &change : changes.json[u"changes"_s].toArray())
        entities.append(change[u"entity"_s].toString());
    QVERIFY2(entities.contains(u"office"_s) && entities.contains(u"service"_s) &&
                 entities.contains(u"counter"_s),
             qPrintable(entities.join(u' ')));

    // A clerk made a minute ago can issue and call at once.
    m_clerk = addUser(u"neu"_s, Role::Clerk);
    QVERIFY(!m_clerk.isEmpty());
    const QString ticket = issueTicket(m_service);
    QVERIFY(!ticket.isEmpty());
    const HttpResult called = post(u"/api/v1/counters/%1/call-next"_s.arg(m_counter), {}, m_clerk);
    QCOMPARE(called.status, 200);
    QCOMPARE(called.json[u"id"_s].toString(), ticket);
    QCOMPARE(called.json[u"status"_s].toString(), u"called"_s);
    QCOMPARE(post(u"/api/v1/tickets/%1/start"_s.arg(ticket), {}, m_clerk).status, 200);
    QCOMPARE(post(u"/api/v1/tickets/%1/finish"_s.arg(ticket), {}, m_clerk).status, 200);
}

void tst_OrganisationApi::onlyAdminsChangeTheOrganisation()
{
    QVERIFY(!m_clerk.isEmpty());
    const QByteArray supervisor = addUser(u"chefin"_s, Role::Supervisor);
    for (const QByteArray &token : {m_clerk, supervisor}) {
        QCOMPARE(post(u"/api/v1/offices"_s,
                      {{u"name"_s, u"Schattenamt"_s}, {u"kind"_s, u"buergeramt"_s}}, token)
                     .status,
                 403);
        QCOMPARE(
            patch(u"/api/v1/services/%1"_s.arg(m_service), {{u"name"_s, u"X"_s}}, token).status,
            403);
        QCOMPARE(put(u"/api/v1/offices/%1/opening-hours"_s.arg(m_office), {}, token).status, 403);
        QCOMPARE(put(u"/api/v1/offices/%1/settings"_s.arg(m_office), {}, token).status, 403);
    }
    QCOMPARE(m_http->send("POST", u"/api/v1/offices"_s, "{}").status, 401);
    // Supervisors keep choosing a counter's services.
    QCOMPARE(
        patch(u"/api/v1/counters/%1"_s.arg(m_counter), {{u"name"_s, u"Platz Eins"_s}}, supervisor)
            .status,
        200);
    QCOMPARE(patch(u"/api/v1/counters/%1"_s.arg(m_counter), {{u"name"_s, u"Platz 1"_s}}).status,
             200);
}

void tst_OrganisationApi::badBodiesAreRefused_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("office without kind")
        << u"/api/v1/offices"_s << QJsonObject{{u"name"_s, u"Nord"_s}} << 400;
    QTest::newRow("unknown kind") << u"/api/v1/offices"_s
                                  << QJsonObject{{u"name"_s, u"Nord"_s}, {u"kind"_s, u"zoo"_s}}
                                  << 400;
    QTest::newRow("unknown time zone") << u"/api/v1/offices"_s
                                       << QJsonObject{{u"name"_s, u"Nord"_s},
                                                      {u"kind"_s, u"buergeramt"_s},
                                                      {u"timeZone"_s, u"Europe/Atlantis"_s}}
                                       << 400;
    QTest::newRow("office name taken")
        << u"/api/v1/offices"_s
        << QJsonObject{{u"name"_s, u"Bürgeramt Mitte"_s}, {u"kind"_s, u"buergeramt"_s}} << 409;
    QTest::newRow("prefix of a word") << u"/api/v1/services"_s
                                      << QJsonObject{{u"officeId"_s, u"1"_s},
                                                     {u"name"_s, u"Pass"_s},
                                                     {u"prefix"_s, u"Pass"_s},
                                                     {u"typicalMinutes"_s, 10}}
                                      << 400;
    QTest::newRow("prefix and line break") << u"/api/v1/services"_s
                                           << QJsonObject{{u"officeId"_s, u"1"_s},
                                                          {u"name"_s, u"Pass"_s},
                                                          {u"prefix"_s, u"P\n"_s},
                                                          {u"typicalMinutes"_s, 10}}
                                           << 400;
    QTest::newRow("prefix taken") << u"/api/v1/services"_s
                                  << QJsonObject{{u"officeId"_s, u"1"_s},
                                                 {u"name"_s, u"Pass"_s},
                                                 {u"prefix"_s, u"A"_s},
                                                 {u"typicalMinutes"_s, 10}}
                                  << 409;
    QTest::newRow("no such office")
        << u"/api/v1/counters"_s
        << QJsonObject{{u"officeId"_s, u"999"_s}, {u"name"_s, u"Platz 9"_s}} << 400;
    QTest::newRow("foreign service") << u"/api/v1/counters"_s
                                     << QJsonObject{{u"officeId"_s, u"2"_s},
                                                    {u"name"_s, u"Platz 9"_s},
                                                    {u"serviceIds"_s, QJsonArray{u"1"_s}}}
                                     << 400;
    QTest::newRow("room of a Bürgeramt")
        << u"/api/v1/wedding/rooms"_s << QJsonObject{{u"officeId"_s, u"1"_s},
                                                     {u"name"_s, u"Saal"_s},
                                                     {u"guests"_s, 10},
                                                     {u"weekdays"_s, QJsonArray{5}},
                                                     {u"firstStart"_s, u"10:00"_s},
                                                     {u"lastStart"_s, u"11:00"_s},
                                                     {u"slotMinutes"_s, 30}}
        << 400;
    QTest::newRow("room's last start before its first")
        << u"/api/v1/wedding/rooms"_s << QJsonObject{{u"officeId"_s, u"2"_s},
                                                     {u"name"_s, u"Saal"_s},
                                                     {u"guests"_s, 10},
                                                     {u"weekdays"_s, QJsonArray{5}},
                                                     {u"firstStart"_s, u"12:00"_s},
                                                     {u"lastStart"_s, u"11:00"_s},
                                                     {u"slotMinutes"_s, 30}}
        << 400;
}

void tst_OrganisationApi::badBodiesAreRefused()
{
    QFETCH(QString, path);
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QVERIFY(!m_office.isEmpty());
    const HttpResult result = post(path, body);
    QCOMPARE(result.status, status);
    QCOMPARE(result.header("Content-Type"), QByteArray("application/problem+json"));
}

void tst_OrganisationApi::aStaleVersionIsRefused()
{
    const HttpResult current =
        patch(u"/api/v1/offices/%1"_s.arg(m_office), {{u"address"_s, u"Marktplatz 2"_s}});
    QCOMPARE(current.status, 200);
    const int version = current.json[u"version"_s].toInt();
    QCOMPARE(patch(u"/api/v1/offices/%1"_s.arg(m_office),
                   {{u"address"_s, u"Marktplatz 3"_s}, {u"version"_s, version - 1}})
                 .status,
             409);
    const HttpResult fresh = patch(u"/api/v1/offices/%1"_s.arg(m_office),
                                   {{u"address"_s, u"Marktplatz 3"_s}, {u"version"_s, version}});
    QCOMPARE(fresh.status, 200);
    QCOMPARE(fresh.json[u"version"_s].toInt(), version + 1);
    QCOMPARE(fresh.json[u"address"_s].toString(), u"Marktplatz 3"_s);
}

void tst_OrganisationApi::nothingIsOrphaned()
{
    const HttpResult second = post(u"/api/v1/services"_s, {{u"officeId"_s, m_office},
                                                           {u"name"_s, u"Meldebescheinigung"_s},
                                                           {u"prefix"_s, u"M"_s},
                                                           {u"typicalMinutes"_s, 5}});
    QCOMPARE(second.status, 201);
    const QString service = idOf(second);
    QCOMPARE(patch(u"/api/v1/counters/%1"_s.arg(m_counter),
                   {{u"serviceIds"_s, QJsonArray{m_service, service}}})
                 .status,
             200);

    // A waiting ticket holds its service and office.
    const QString ticket = issueTicket(service);
    QVERIFY(!ticket.isEmpty());
    HttpResult refused = patch(u"/api/v1/services/%1"_s.arg(service), {{u"active"_s, false}});
    QCOMPARE(refused.status, 409);
    QCOMPARE(code(refused), u"in-use"_s);
    refused = patch(u"/api/v1/offices/%1"_s.arg(m_office), {{u"active"_s, false}});
    QCOMPARE(refused.status, 409);
    QCOMPARE(code(refused), u"in-use"_s);
    // A service stays with its office.
    refused = patch(u"/api/v1/services/%1"_s.arg(service), {{u"officeId"_s, m_standesamt}});
    QCOMPARE(refused.status, 409);
    QCOMPARE(code(refused), u"moves-office"_s);

    // A called ticket holds its counter.
    QCOMPARE(post(u"/api/v1/counters/%1/call-next"_s.arg(m_counter), {}, m_clerk).status, 200);
    refused = patch(u"/api/v1/counters/%1"_s.arg(m_counter), {{u"active"_s, false}});
    QCOMPARE(refused.status, 409);
    QCOMPARE(code(refused), u"in-use"_s);
    QCOMPARE(post(u"/api/v1/tickets/%1/start"_s.arg(ticket), {}, m_clerk).status, 200);
    QCOMPARE(post(u"/api/v1/tickets/%1/finish"_s.arg(ticket), {}, m_clerk).status, 200);

    // Done: the service retires, stays readable, and takes no new tickets.
    const HttpResult retired = patch(u"/api/v1/services/%1"_s.arg(service), {{u"active"_s, false}});
    QCOMPARE(retired.status, 200);
    QCOMPARE(retired.json[u"active"_s].toBool(), false);
    const HttpResult listed = m_http->get(u"/api/v1/services?officeId=%1"_s.arg(m_office), m_clerk);
    bool seen = false;
    for (const QJsonValue &item : listed.json.toArray()) {
        if (item[u"id"_s].toString() == service) {
            seen = true;
            QCOMPARE(item[u"active"_s].toBool(), false);
        }
    }
    QVERIFY(seen);
    refused = post(u"/api/v1/tickets"_s, {{u"serviceId"_s, service}}, m_clerk);
    QCOMPARE(refused.status, 409);
    QCOMPARE(code(refused), u"retired"_s);
    // A slip the front desk numbered from its block before the service
    // retired still joins the queue: its visitor is waiting in the hall.
    const HttpResult block = post(u"/api/v1/offices/%1/number-blocks"_s.arg(m_office),
                                  {{u"deviceId"_s, u"desk"_s}}, m_clerk);
    QCOMPARE(block.status, 201);
    const HttpResult fromBlock =
        post(u"/api/v1/tickets"_s,
             {{u"serviceId"_s, service},
              {u"number"_s, block.json[u"first"_s].toString()},
              {u"issuedAt"_s, isoTimeFromMSecs(m_server->backend().clock())}},
             m_clerk);
    QCOMPARE(fromBlock.status, 201);
    QCOMPARE(fromBlock.json[u"status"_s].toString(), u"waiting"_s);
    QCOMPARE(post(u"/api/v1/tickets/%1/cancel"_s.arg(idOf(fromBlock)), {}, m_clerk).status, 200);
    // A counter may not take it on again.
    refused = patch(u"/api/v1/counters/%1"_s.arg(m_counter),
                    {{u"serviceIds"_s, QJsonArray{m_service, service}}});
    QCOMPARE(refused.status, 409);

    // A retired counter calls nobody.
    const HttpResult spare =
        post(u"/api/v1/counters"_s, {{u"officeId"_s, m_office},
                                     {u"name"_s, u"Platz 2"_s},
                                     {u"serviceIds"_s, QJsonArray{m_service}}});
    QCOMPARE(spare.status, 201);
    QCOMPARE(patch(u"/api/v1/counters/%1"_s.arg(idOf(spare)), {{u"active"_s, false}}).status, 200);
    refused = post(u"/api/v1/counters/%1/call-next"_s.arg(idOf(spare)), {}, m_clerk);
    QCOMPARE(refused.status, 409);
    QCOMPARE(code(refused), u"retired"_s);

    // An office with nothing open retires; a retired office takes no new services.
    const HttpResult quiet =
        post(u"/api/v1/offices"_s, {{u"name"_s, u"Außenstelle"_s}, {u"kind"_s, u"buergeramt"_s}});
    QCOMPARE(quiet.status, 201);
    QCOMPARE(patch(u"/api/v1/offices/%1"_s.arg(idOf(quiet)), {{u"active"_s, false}}).status, 200);
    refused = post(u"/api/v1/services"_s, {{u"officeId"_s, idOf(quiet)},
                                           {u"name"_s, u"Pass"_s},
                                           {u"prefix"_s, u"P"_s},
                                           {u"typicalMinutes"_s, 10}});
    QCOMPARE(refused.status, 409);
}

void tst_OrganisationApi::openingHoursAndClosureDays()
{
    const QString path = u"/api/v1/offices/%1/opening-hours"_s.arg(m_office);
    const QString slotsPath = u"/api/v1/appointments/slots?serviceId=%1&from=%2"_s.arg(m_service);
    const QString monday = kMonday.toString(Qt::ISODate);
    // Two ranges on Monday: 15-minute slots 08:00..11:45 and 13:00..15:45.
    HttpResult listed = m_http->get(slotsPath.arg(monday), m_clerk);
    QCOMPARE(listed.status, 200);
    QCOMPARE(listed.json.toArray().size(), 16 + 12);

    // Bad hours change nothing.
    for (const QString &bad : {u"12:00-08:00"_s, u"08:00-12:00,11:00-14:00"_s, u"8-12"_s,
                               u"13:00-16:00,08:00-12:00"_s, u"08:00-25:00"_s}) {
        const HttpResult refused = put(path, {{u"mon"_s, bad}});
        QVERIFY2(refused.status == 400, qPrintable(bad));
    }
    QCOMPARE(
        put(path, {{u"mon"_s, u"08:00-12:00"_s}, {u"closed"_s, QJsonArray{u"2030-1-7"_s}}}).status,
        400);
    QCOMPARE(m_http->get(path, m_clerk).json[u"mon"_s].toString(), u"08:00-12:00,13:00-16:00"_s);

    // A closure day takes its slots away.
    const QJsonObject week{{u"mon"_s, u"08:00-12:00,13:00-16:00"_s},
                           {u"tue"_s, u"08:00-12:00"_s},
                           {u"closed"_s, QJsonArray{monday, u"2030-12-24"_s}}};
    HttpResult stored = put(path, week);
    QCOMPARE(stored.status, 200);
    QCOMPARE(stored.json[u"closed"_s].toArray(), (QJsonArray{monday, u"2030-12-24"_s}));
    QCOMPARE(m_http->get(slotsPath.arg(monday), m_clerk).json.toArray().size(), 0);
    const QString mondayAt9 = isoTimeFromMSecs(QDateTime(kMonday, QTime(9, 0)).toMSecsSinceEpoch());
    HttpResult refused = post(u"/api/v1/appointments"_s,
                              {{u"serviceId"_s, m_service},
                               {u"startsAt"_s, mondayAt9},
                               {u"name"_s, u"Erika Mustermann"_s}},
                              m_clerk);
    QCOMPARE(refused.status, 409);

    // Open again, a booking; closing the day now is refused, naming how many.
    QCOMPARE(put(path, {{u"mon"_s, u"08:00-12:00,13:00-16:00"_s}}).status, 200);
    const HttpResult booked = post(u"/api/v1/appointments"_s,
                                   {{u"serviceId"_s, m_service},
                                    {u"startsAt"_s, mondayAt9},
                                    {u"name"_s, u"Erika Mustermann"_s}},
                                   m_clerk);
    QCOMPARE(booked.status, 201);
    refused = put(path, week);
    QCOMPARE(refused.status, 409);
    QCOMPARE(code(refused), u"closure-has-bookings"_s);
    QCOMPARE(refused.json[u"bookings"_s].toInt(), 1);
    QVERIFY(m_http->get(path, m_clerk).json[u"closed"_s].toArray().isEmpty());
    QCOMPARE(m_http->get(slotsPath.arg(monday), m_clerk).json.toArray().size(), 16 + 12);
}

void tst_OrganisationApi::weddingRoomsFollowClosureDaysAndRetiring()
{
    m_registrar = addUser(u"standesbeamtin"_s, Role::Registrar);
    const QDate friday = kMonday.addDays(4);
    const QString slotsPath = u"/api/v1/wedding/slots?from=%1&to=%2"_s.arg(
        friday.toString(Qt::ISODate), friday.addDays(1).toString(Qt::ISODate));
    HttpResult listed = m_http->get(slotsPath, m_registrar);
    QCOMPARE(listed.status, 200);
    QCOMPARE(listed.json.toArray().size(), 6); // Friday and Saturday, 10, 11 and 12 o'clock

    // Saturday closed: its slots are gone, Friday's stay.
    const QString hours = u"/api/v1/offices/%1/opening-hours"_s.arg(m_standesamt);
    QCOMPARE(put(hours, {{u"fri"_s, u"09:00-15:00"_s},
                         {u"closed"_s, QJsonArray{friday.addDays(1).toString(Qt::ISODate)}}})
                 .status,
             200);
    listed = m_http->get(slotsPath, m_registrar);
    QCOMPARE(listed.json.toArray().size(), 3);

    // A reservation on Friday: closing Friday is refused, retiring the room too.
    const QString slot = listed.json.toArray().first()[u"id"_s].toString();
    const HttpResult reserved = post(
        u"/api/v1/wedding/slots/%1/reservations"_s.arg(slot),
        {{u"partner1"_s, u"Anna Beispiel"_s}, {u"partner2"_s, u"Ben Beispiel"_s}}, m_registrar);
    QCOMPARE(reserved.status, 201);
    HttpResult refused = put(hours, {{u"closed"_s, QJsonArray{friday.toString(Qt::ISODate)}}});
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.json[u"bookings"_s].toInt(), 1);
    refused = patch(u"/api/v1/wedding/rooms/%1"_s.arg(m_room), {{u"active"_s, false}});
    QCOMPARE(refused.status, 409);
    QCOMPARE(code(refused), u"in-use"_s);

    // A new rule: every 30 minutes from 10:00 to 11:00; the held slot stays.
    const HttpResult changed = patch(u"/api/v1/wedding/rooms/%1"_s.arg(m_room),
                                     {{u"slotMinutes"_s, 30}, {u"lastStart"_s, u"11:00"_s}});
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.json[u"slotMinutes"_s].toInt(), 30);
    listed = m_http->get(slotsPath, m_registrar);
    QStringList times;
    for (const QJsonValue &item : listed.json.toArray())
        times.append(
            QDateTime::fromMSecsSinceEpoch(msecsFromIsoTime(item[u"startsAt"_s].toString()))
                .time()
                .toString(u"HH:mm"_s));
    QCOMPARE(times, (QStringList{u"10:00"_s, u"10:30"_s, u"11:00"_s}));
}

void tst_OrganisationApi::officeSettingsWinOverTheServersOptions()
{
    const QString path = u"/api/v1/offices/%1/settings"_s.arg(m_office);
    HttpResult settings = m_http->get(path, m_admin);
    QCOMPARE(settings.status, 200);
    QVERIFY(settings.json[u"noShowAfterCalls"_s].isNull());
    QCOMPARE(settings.json[u"effective"_s][u"noShowAfterCalls"_s].toInt(), 2);

    // The server's option: two calls before "did not come".
    QString ticket = issueTicket(m_service);
    QCOMPARE(post(u"/api/v1/counters/%1/call-next"_s.arg(m_counter), {}, m_clerk).status, 200);
    HttpResult refused = post(u"/api/v1/tickets/%1/no-show"_s.arg(ticket), {}, m_clerk);
    QCOMPARE(refused.status, 409);
    QCOMPARE(code(refused), u"no-show-too-early"_s);

    // The office says one is enough: the database wins.
    settings = put(path, {{u"noShowAfterCalls"_s, 1},
                          {u"reservationDays"_s, QJsonValue::Null},
                          {u"retentionDays"_s, 30},
                          {u"waitTargetMinutes"_s, 25}});
    QCOMPARE(settings.status, 200);
    QCOMPARE(settings.json[u"noShowAfterCalls"_s].toInt(), 1);
    QCOMPARE(settings.json[u"effective"_s][u"reservationDays"_s].toInt(), 14);
    QCOMPARE(settings.json[u"waitTargetMinutes"_s].toInt(), 25);
    QCOMPARE(m_http->get(u"/api/v1/queue?officeId=%1"_s.arg(m_office), m_clerk)
                 .json[u"noShowAfterCalls"_s]
                 .toInt(),
             1);
    QCOMPARE(post(u"/api/v1/tickets/%1/no-show"_s.arg(ticket), {}, m_clerk).status, 200);
    QCOMPARE(put(path, {{u"noShowAfterCalls"_s, 0}}).status, 400);

    // The Standesamt holds a reservation three days instead of fourteen.
    QCOMPARE(
        put(u"/api/v1/offices/%1/settings"_s.arg(m_standesamt), {{u"reservationDays"_s, 3}}).status,
        200);
    const QDate friday = kMonday.addDays(4);
    const HttpResult listed = m_http->get(
        u"/api/v1/wedding/slots?from=%1&to=%1"_s.arg(friday.toString(Qt::ISODate)), m_registrar);
    QString free;
    for (const QJsonValue &item : listed.json.toArray()) {
        if (item[u"status"_s].toString() == u"free"_s)
            free = item[u"id"_s].toString();
    }
    QVERIFY(!free.isEmpty());
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const HttpResult reserved =
        post(u"/api/v1/wedding/slots/%1/reservations"_s.arg(free),
             {{u"partner1"_s, u"Clara Probe"_s}, {u"partner2"_s, u"Dora Probe"_s}}, m_registrar);
    QCOMPARE(reserved.status, 201);
    const qint64 expires = msecsFromIsoTime(reserved.json[u"expiresAt"_s].toString());
    constexpr qint64 kDay = 24LL * 60 * 60 * 1000;
    QVERIFY(expires >= before + 3 * kDay - 1000);
    QVERIFY(expires <= QDateTime::currentMSecsSinceEpoch() + 3 * kDay + 1000);
}

void tst_OrganisationApi::theRegistrationLeadIsAnOfficeSetting()
{
    const QString path = u"/api/v1/offices/%1/settings"_s.arg(m_standesamt);
    const QDate friday = kMonday.addDays(4);
    const auto freeSlots = [this, friday] {
        QList<QJsonObject> free;
        const HttpResult listed =
            m_http->get(u"/api/v1/wedding/slots?from=%1&to=%1"_s.arg(friday.toString(Qt::ISODate)),
                        m_registrar);
        for (const QJsonValue &item : listed.json.toArray()) {
            if (item[u"status"_s].toString() == u"free"_s)
                free.append(item.toObject());
        }
        return free;
    };

    // Unset: seven days.
    HttpResult settings = m_http->get(path, m_admin);
    QCOMPARE(settings.status, 200);
    QVERIFY(settings.json[u"registrationLeadDays"_s].isNull());
    QCOMPARE(settings.json[u"effective"_s][u"registrationLeadDays"_s].toInt(), 7);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    QList<QJsonObject> free = freeSlots();
    QVERIFY(!free.isEmpty());
    constexpr qint64 kDay = 24LL * 60 * 60 * 1000;
    for (const QJsonObject &slot : std::as_const(free)) {
        QCOMPARE(slot[u"registrationLeadDays"_s].toInt(), 7);
        // What a reservation made now would get: the office holds it three days.
        const qint64 deadline = msecsFromIsoTime(slot[u"registrationDeadline"_s].toString());
        QVERIFY(deadline >= before + 3 * kDay - 1000);
        QVERIFY(deadline <= QDateTime::currentMSecsSinceEpoch() + 3 * kDay + 1000);
    }

    // Thirty days, stored, shown and handed to the registrars' slots.
    settings = put(path, {{u"reservationDays"_s, 3}, {u"registrationLeadDays"_s, 30}});
    QCOMPARE(settings.status, 200);
    QCOMPARE(settings.json[u"registrationLeadDays"_s].toInt(), 30);
    QCOMPARE(settings.json[u"effective"_s][u"registrationLeadDays"_s].toInt(), 30);
    QCOMPARE(m_http->get(path, m_admin).json[u"registrationLeadDays"_s].toInt(), 30);
    QCOMPARE(m_server->backend()
                 .officeSettings.weddingPolicy(m_standesamt.toLongLong())
                 .registrationLeadDays,
             30);
    free = freeSlots();
    QVERIFY(!free.isEmpty());
    QCOMPARE(free.first()[u"registrationLeadDays"_s].toInt(), 30);

    // Audited with the other settings.
    SqlRows audited = m_server->backend().db.exec(
        u"SELECT detail FROM audit_log WHERE action = ? AND subject = ? ORDER BY id DESC"_s,
        {u"office-settings.update"_s, u"office/%1"_s.arg(m_standesamt)});
    QVERIFY(audited.next());
    const QJsonObject detail =
        QJsonDocument::fromJson(audited.value(0).toString().toUtf8()).object();
    QCOMPARE(detail[u"after"_s][u"registrationLeadDays"_s].toInt(), 30);

    // Out of range: refused, nothing changed.
    QCOMPARE(put(path, {{u"registrationLeadDays"_s, 366}}).status, 400);
    QCOMPARE(put(path, {{u"registrationLeadDays"_s, -1}}).status, 400);
    QCOMPARE(put(path, {{u"registrationLeadDays"_s, u"sieben"_s}}).status, 400);
    QCOMPARE(m_http->get(path, m_admin).json[u"registrationLeadDays"_s].toInt(), 30);
    // A registrar may not change it.
    QCOMPARE(put(path, {{u"registrationLeadDays"_s, 1}}, m_registrar).status, 403);

    // 0: no warning wanted, and the slots say nothing of a lead.
    QCOMPARE(put(path, {{u"reservationDays"_s, 3}, {u"registrationLeadDays"_s, 0}}).status, 200);
    free = freeSlots();
    QVERIFY(!free.isEmpty());
    QVERIFY(!free.first().contains(u"registrationLeadDays"_s));
    // null: the default again.
    settings =
        put(path, {{u"reservationDays"_s, 3}, {u"registrationLeadDays"_s, QJsonValue::Null}});
    QCOMPARE(settings.status, 200);
    QCOMPARE(settings.json[u"effective"_s][u"registrationLeadDays"_s].toInt(), 7);
}

void tst_OrganisationApi::changesAreAuditedWithBeforeAndAfter()
{
    QCOMPARE(patch(u"/api/v1/services/%1"_s.arg(m_service), {{u"typicalMinutes"_s, 20}}).status,
             200);
    SqlRows rows = m_server->backend().db.exec(
        u"SELECT user_login, action, subject, detail FROM audit_log WHERE action LIKE ? "
        "ORDER BY id"_s,
        {u"%.%"_s});
    QHash<QString, QJsonObject> last;
    while (rows.next()) {
        const QJsonObject detail =
            QJsonDocument::fromJson(rows.value(3).toString().toUtf8()).object();
        last.insert(rows.value(1).toString() + u' ' + rows.value(2).toString(), detail);
        // The organisation is the admin's (supervisors may also rename counters).
        const QString action = rows.value(1).toString();
        if (action.startsWith(u"office"_s) || action.startsWith(u"service."_s) ||
            action.startsWith(u"wedding-room."_s) || action == u"opening-hours.update"_s ||
            action == u"counter.create"_s)
            QCOMPARE(rows.value(0).toString(), u"admin"_s);
    }
    const QJsonObject change = last.value(u"service.update service/%1"_s.arg(m_service));
    QCOMPARE(change[u"before"_s].toObject(), (QJsonObject{{u"typicalMinutes"_s, 15}}));
    QCOMPARE(change[u"after"_s].toObject(), (QJsonObject{{u"typicalMinutes"_s, 20}}));
    const QJsonObject created = last.value(u"office.create office/%1"_s.arg(m_office));
    QCOMPARE(created[u"after"_s][u"name"_s].toString(), u"Bürgeramt Mitte"_s);
    QVERIFY(last.contains(u"opening-hours.update office/%1"_s.arg(m_office)));
    QVERIFY(last.contains(u"office-settings.update office/%1"_s.arg(m_office)));
    QVERIFY(last.contains(u"wedding-room.update wedding-room/%1"_s.arg(m_room)));
    QVERIFY(last.contains(u"counter.create counter/%1"_s.arg(m_counter)));
}

void tst_OrganisationApi::openingHoursAndSettingsAreVersioned()
{
    for (const QString &what : {u"opening-hours"_s, u"settings"_s}) {
        const QString path = u"/api/v1/offices/%1/%2"_s.arg(m_office, what);
        const QJsonObject change = what == u"settings"_s
                                       ? QJsonObject{{u"noShowAfterCalls"_s, 3}}
                                       : QJsonObject{{u"mon"_s, u"08:00-12:00"_s}};
        const HttpResult read = m_http->get(path, m_admin);
        QCOMPARE(read.status, 200);
        const int version = read.json[u"version"_s].toInt();
        QVERIFY2(version >= 1, qPrintable(what));

        QJsonObject body = change;
        body.insert(u"version"_s, version);
        const HttpResult stored = put(path, body);
        QCOMPARE(stored.status, 200);
        QCOMPARE(stored.json[u"version"_s].toInt(), version + 1);
        QCOMPARE(m_http->get(path, m_admin).json[u"version"_s].toInt(), version + 1);

        // A second administrator's form, read before that change: refused,
        // nothing written.
        QJsonObject stale = what == u"settings"_s ? QJsonObject{{u"noShowAfterCalls"_s, 5}}
                                                  : QJsonObject{{u"mon"_s, u"09:00-10:00"_s}};
        stale.insert(u"version"_s, version);
        const HttpResult refused = put(path, stale);
        QCOMPARE(refused.status, 409);
        QCOMPARE(code(refused), u"version-conflict"_s);
        const HttpResult now = m_http->get(path, m_admin);
        QCOMPARE(now.json[u"version"_s].toInt(), version + 1);
        for (auto it = change.constBegin(); it != change.constEnd(); ++it)
            QCOMPARE(now.json[it.key()], it.value());

        QJsonObject bad = change;
        bad.insert(u"version"_s, u"neu"_s);
        QCOMPARE(put(path, bad).status, 400);
        // Without a version (a city's script), as before.
        const HttpResult unversioned = put(path, change);
        QCOMPARE(unversioned.status, 200);
        QCOMPARE(unversioned.json[u"version"_s].toInt(), version + 2);
    }
    // The hours as before, for any test that comes later.
    QCOMPARE(put(u"/api/v1/offices/%1/opening-hours"_s.arg(m_office),
                 {{u"mon"_s, u"08:00-12:00,13:00-16:00"_s}})
                 .status,
             200);
}

void tst_OrganisationApi::aSupervisorReadsOnlyTheirOfficesSettings()
{
    const QString password = u"a long test password for the supervisor"_s;
    m_server->backend().users.addOrUpdate(u"leitung-standesamt"_s, u"Leitung"_s, Role::Supervisor,
                                          password, {m_standesamt.toLongLong()});
    const QByteArray supervisor = m_http->login(u"leitung-standesamt"_s, password);
    QVERIFY(!supervisor.isEmpty());
    QCOMPARE(m_http->get(u"/api/v1/offices/%1/settings"_s.arg(m_standesamt), supervisor).status,
             200);
    const HttpResult refused =
        m_http->get(u"/api/v1/offices/%1/settings"_s.arg(m_office), supervisor);
    QCOMPARE(refused.status, 403);
    QCOMPARE(code(refused), u"other-office"_s);
    QCOMPARE(refused.header("Content-Type"), QByteArray("application/problem+json"));
    // The administrator reads every office's.
    QCOMPARE(m_http->get(u"/api/v1/offices/%1/settings"_s.arg(m_office), m_admin).status, 200);
}

QTEST_GUILESS_MAIN(tst_OrganisationApi)
#include "tst_organisationapi.moc"
