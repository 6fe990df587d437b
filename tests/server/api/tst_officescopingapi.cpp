// Office scoping over real HTTP, on SQLite and PostgreSQL: a user with offices
// acts only in those (role × own office / other office × action), and reads,
// the changes feed and the events socket bring them only their offices'
// tickets, appointments and weddings. A user without offices works
// everywhere, as before offices were assigned.

#include "server/instance/backend.h"
#include "server/instance/serverinstance.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using TestSupport::HttpClient;
using TestSupport::HttpResult;

namespace {
// The demo's offices: the Bürgeramt and the Standesamt (with the wedding rooms).
constexpr qint64 kBuergeramt = 1;
constexpr qint64 kStandesamt = 2;
const QString kPassword = u"Zustaendig-nur-hier"_s;

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
} // namespace

class tst_OfficeScopingApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void actionsInOwnAndOtherOffice_data();
    void actionsInOwnAndOtherOffice();
    void ticketActionsOfAnotherOfficeAreRefused();
    void readsBringOnlyOwnOffices();
    void changesFeedBringsOnlyOwnOffices();
    void eventsBringOnlyOwnOffices();
    void registrarsWorkOnlyTheirOfficesRooms();

private:
    // A ticket issued in `officeId` (by a clerk without offices); its id.
    QString ticketIn(qint64 officeId);
    QByteArray token(const QString &login) const { return m_tokens.value(login); }

    QTemporaryDir m_dir;
    std::unique_ptr<ServerInstance> m_server;
    std::unique_ptr<HttpClient> m_http;
    QHash<QString, QByteArray> m_tokens;
    QHash<qint64, QString> m_serviceOf; // an office's first service
    QHash<qint64, QString> m_counterOf; // an office's first counter
};

void tst_OfficeScopingApi::initTestCase()
{
    DatabaseUrl url;
    TRESEN_FRESH_DATABASE(url, u"tst_officescopingapi"_s, m_dir);
    QString error;
    m_server = TestSupport::startDemoServer(url, &error);
    QVERIFY2(m_server, qPrintable(error));
    m_http = std::make_unique<HttpClient>(QUrl(m_server->baseUrl()));
    UserRepository &users = m_server->backend().users;
    users.addOrUpdate(u"clerk1"_s, u"Clerk Bürgeramt"_s, Role::Clerk, kPassword, {kBuergeramt});
    users.addOrUpdate(u"super1"_s, u"Aufsicht Bürgeramt"_s, Role::Supervisor, kPassword,
                      {kBuergeramt});
    users.addOrUpdate(u"registrar1"_s, u"Standesbeamtin Bürgeramt"_s, Role::Registrar, kPassword,
                      {kBuergeramt});
    users.addOrUpdate(u"registrar2"_s, u"Standesbeamter Standesamt"_s, Role::Registrar, kPassword,
                      {kStandesamt});
    for (const QString &login : {u"clerk1"_s, u"super1"_s, u"registrar1"_s, u"registrar2"_s})
        m_tokens.insert(login, m_http->login(login, kPassword));
    // The demo's users: people without offices, devices in the Bürgeramt.
    for (const QString &login : {u"mueller"_s, u"weber"_s, u"schmidt"_s, u"anzeige"_s, u"kiosk"_s})
        m_tokens.insert(login, m_http->login(login, u"demo"_s));
    for (auto it = m_tokens.cbegin(); it != m_tokens.cend(); ++it)
        QVERIFY2(!it.value().isEmpty(), qPrintable(it.key()));
    for (const qint64 office : {kBuergeramt, kStandesamt}) {
        const QJsonArray services =
            m_http->get(u"/api/v1/services?officeId=%1"_s.arg(office), token(u"mueller"_s))
                .json.toArray();
        const QJsonArray counters =
            m_http->get(u"/api/v1/counters?officeId=%1"_s.arg(office), token(u"mueller"_s))
                .json.toArray();
        QVERIFY(!services.isEmpty() && !counters.isEmpty());
        m_serviceOf.insert(office, services.first()[u"id"_s].toString());
        m_counterOf.insert(office, counters.first()[u"id"_s].toString());
    }
}

void tst_OfficeScopingApi::cleanupTestCase()
{
    m_http.reset();
    m_server.reset();
}

QString tst_OfficeScopingApi::ticketIn(qint64 officeId)
{
    return m_http
        ->send("POST", u"/api/v1/tickets"_s, json({{u"serviceId"_s, m_serviceOf.value(officeId)}}),
               token(u"mueller"_s))
        .json[u"id"_s]
        .toString();
}

void tst_OfficeScopingApi::actionsInOwnAndOtherOffice_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path"); // {office}, {service}, {counter} of the office tried
    QTest::addColumn<QString>("body");
    QTest::addColumn<qint64>("own");
    QTest::addColumn<bool>("everywhere"); // a user without offices: allowed in both

    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QString queue = u"/api/v1/queue?officeId={office}"_s;
    const QString calls = u"/api/v1/calls?officeId={office}"_s;
    const QString appointments = u"/api/v1/appointments?officeId={office}&from=%1"_s.arg(today);
    const QString freeSlots =
        u"/api/v1/appointments/slots?serviceId={service}&from=%1"_s.arg(today);
    const QString issue = uR"({"serviceId":"{service}"})"_s;
    const QString callNext = u"/api/v1/counters/{counter}/call-next"_s;

    const auto row = [](const char *name, const QString &login, const QByteArray &method,
                        const QString &path, const QString &body, qint64 own, bool everywhere) {
        QTest::addRow("%s", name) << login << method << path << body << own << everywhere;
    };
    row("clerk queue", u"clerk1"_s, "GET", queue, {}, kBuergeramt, false);
    row("clerk calls", u"clerk1"_s, "GET", calls, {}, kBuergeramt, false);
    row("clerk issues ticket", u"clerk1"_s, "POST", u"/api/v1/tickets"_s, issue, kBuergeramt,
        false);
    row("clerk calls next", u"clerk1"_s, "POST", callNext, {}, kBuergeramt, false);
    row("clerk takes a number block", u"clerk1"_s, "POST",
        u"/api/v1/offices/{office}/number-blocks"_s, uR"({"deviceId":"desk"})"_s, kBuergeramt,
        false);
    row("clerk appointments", u"clerk1"_s, "GET", appointments, {}, kBuergeramt, false);
    row("clerk free slots", u"clerk1"_s, "GET", freeSlots, {}, kBuergeramt, false);
    row("supervisor queue", u"super1"_s, "GET", queue, {}, kBuergeramt, false);
    row("supervisor appointments", u"super1"_s, "GET", appointments, {}, kBuergeramt, false);
    row("display queue", u"anzeige"_s, "GET", queue, {}, kBuergeramt, false);
    row("display calls", u"anzeige"_s, "GET", calls, {}, kBuergeramt, false);
    row("kiosk issues ticket", u"kiosk"_s, "POST", u"/api/v1/tickets"_s, issue, kBuergeramt, false);
    row("registrar appointments", u"registrar2"_s, "GET", appointments, {}, kStandesamt, false);
    // Without offices: everywhere, as before.
    row("clerk without offices, queue", u"mueller"_s, "GET", queue, {}, kBuergeramt, true);
    row("clerk without offices, ticket", u"mueller"_s, "POST", u"/api/v1/tickets"_s, issue,
        kBuergeramt, true);
    row("supervisor without offices", u"weber"_s, "GET", queue, {}, kBuergeramt, true);
}

void tst_OfficeScopingApi::actionsInOwnAndOtherOffice()
{
    QFETCH(QString, login);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, body);
    QFETCH(qint64, own);
    QFETCH(bool, everywhere);
    const qint64 other = own == kBuergeramt ? kStandesamt : kBuergeramt;
    const auto request = [&](qint64 office) {
        const auto fill = [&](QString text) {
            return text.replace(u"{office}"_s, QString::number(office))
                .replace(u"{service}"_s, m_serviceOf.value(office))
                .replace(u"{counter}"_s, m_counterOf.value(office));
        };
        return method == "GET"
                   ? m_http->get(fill(path), token(login))
                   : m_http->send(method, fill(path), fill(body).toUtf8(), token(login));
    };
    const HttpResult inOwn = request(own);
    QVERIFY2(inOwn.status >= 200 && inOwn.status < 300, inOwn.body.constData());
    const HttpResult inOther = request(other);
    if (everywhere) {
        QVERIFY2(inOther.status >= 200 && inOther.status < 300, inOther.body.constData());
    } else {
        QCOMPARE(inOther.status, 403);
        QCOMPARE(inOther.json[u"code"_s].toString(), u"other-office"_s);
    }
}

void tst_OfficeScopingApi::ticketActionsOfAnotherOfficeAreRefused()
{
    const QString own = ticketIn(kBuergeramt);
    const QString other = ticketIn(kStandesamt);
    QVERIFY(!own.isEmpty() && !other.isEmpty());
    for (const QString &action : {u"cancel"_s, u"recall"_s, u"start"_s, u"undo"_s}) {
        const HttpResult refused = m_http->send(
            "POST", u"/api/v1/tickets/%1/%2"_s.arg(other, action), {}, token(u"clerk1"_s));
        QCOMPARE(refused.status, 403);
    }
    QCOMPARE(m_http
                 ->send("POST", u"/api/v1/tickets/%1/transfer"_s.arg(other),
                        json({{u"serviceId"_s, m_serviceOf.value(kStandesamt)}}),
                        token(u"clerk1"_s))
                 .status,
             403);
    QCOMPARE(m_http->send("POST", u"/api/v1/tickets/%1/cancel"_s.arg(own), {}, token(u"clerk1"_s))
                 .status,
             200);
    // The other office's clerk (without offices) still may.
    QCOMPARE(
        m_http->send("POST", u"/api/v1/tickets/%1/cancel"_s.arg(other), {}, token(u"mueller"_s))
            .status,
        200);
}

void tst_OfficeScopingApi::readsBringOnlyOwnOffices()
{
    const QString other = ticketIn(kStandesamt);
    QCOMPARE(m_http->get(u"/api/v1/tickets/"_s + other, token(u"clerk1"_s)).status, 404);
    QCOMPARE(m_http->get(u"/api/v1/tickets/"_s + other, token(u"super1"_s)).status, 404);
    QCOMPARE(m_http->get(u"/api/v1/tickets/"_s + other, token(u"mueller"_s)).status, 200);
    QCOMPARE(m_http->get(u"/api/v1/tickets/"_s + ticketIn(kBuergeramt), token(u"super1"_s)).status,
             200);
    // The documents of another office's case: not even their names.
    const QString documents = u"/api/v1/documents?caseType=ticket&caseId="_s;
    for (const QString &login : {u"clerk1"_s, u"super1"_s})
        QCOMPARE(m_http->get(documents + other, token(login)).status, 403);
    QCOMPARE(m_http->get(documents + ticketIn(kBuergeramt), token(u"clerk1"_s)).status, 200);
    QCOMPARE(m_http->get(documents + other, token(u"mueller"_s)).status, 200);
}

void tst_OfficeScopingApi::changesFeedBringsOnlyOwnOffices()
{
    ticketIn(kBuergeramt);
    ticketIn(kStandesamt);
    const auto officesIn = [this](const QString &login) {
        QSet<QString> offices;
        qint64 since = 0;
        for (bool more = true; more;) {
            const QJsonObject page =
                m_http->get(u"/api/v1/changes?since=%1&limit=5000"_s.arg(since), token(login))
                    .json.toObject();
            for (const QJsonValue &change : page[u"changes"_s].toArray()) {
                const QString entity = change[u"entity"_s].toString();
                if (entity == u"ticket"_s || entity == u"appointment"_s)
                    offices.insert(change[u"data"_s][u"officeId"_s].toString());
            }
            more = page[u"more"_s].toBool();
            since = page[u"cursor"_s].toInteger();
        }
        return offices;
    };
    QCOMPARE(officesIn(u"clerk1"_s), QSet<QString>{u"1"_s});
    QCOMPARE(officesIn(u"super1"_s), QSet<QString>{u"1"_s});
    QCOMPARE(officesIn(u"anzeige"_s), QSet<QString>{u"1"_s});
    QCOMPARE(officesIn(u"mueller"_s), (QSet<QString>{u"1"_s, u"2"_s}));
}

void tst_OfficeScopingApi::eventsBringOnlyOwnOffices()
{
    QWebSocket socket;
    QSignalSpy messages(&socket, &QWebSocket::textMessageReceived);
    QVERIFY(TestSupport::openEvents(socket, m_server->baseUrl(), token(u"clerk1"_s)));
    const QString other = ticketIn(kStandesamt);
    const QString own = ticketIn(kBuergeramt);
    // Changes go out in order: once the own office's ticket is there, the
    // other's would have come before it.
    QTRY_VERIFY_WITH_TIMEOUT(!messages.isEmpty(), 10000);
    for (const QList<QVariant> &message : std::as_const(messages)) {
        const QJsonObject change =
            QJsonDocument::fromJson(message.first().toString().toUtf8()).object();
        QCOMPARE(change[u"entity"_s].toString(), u"ticket"_s);
        QCOMPARE(change[u"id"_s].toString(), own);
    }
    socket.close();
}

void tst_OfficeScopingApi::registrarsWorkOnlyTheirOfficesRooms()
{
    const QDate monday = TestSupport::mondayWeeksAhead(6);
    const QString range = u"/api/v1/wedding/slots?from=%1&to=%2"_s.arg(
        monday.toString(Qt::ISODate), monday.addDays(6).toString(Qt::ISODate));
    const QJsonArray ownSlots = m_http->get(range, token(u"registrar2"_s)).json.toArray();
    QVERIFY(!ownSlots.isEmpty());
    // The Bürgeramt has no rooms: its registrar sees none and reserves none.
    QCOMPARE(m_http->get(range, token(u"registrar1"_s)).json.toArray().size(), 0);
    QCOMPARE(m_http->get(u"/api/v1/wedding/rooms"_s, token(u"registrar1"_s)).json.toArray().size(),
             0);
    QString slotId;
    for (const QJsonValue &slot : ownSlots) {
        if (slot[u"status"_s] == u"free"_s && slotId.isEmpty())
            slotId = slot[u"id"_s].toString();
    }
    QVERIFY(!slotId.isEmpty());
    const QByteArray couple = json({{u"partner1"_s, u"Erika Muster"_s},
                                    {u"partner2"_s, u"Max Muster"_s},
                                    {u"email"_s, u"muster@example.org"_s},
                                    {u"phone"_s, u"0170 1234567"_s}});
    const HttpResult refused =
        m_http->send("POST", u"/api/v1/wedding/slots/%1/reservations"_s.arg(slotId), couple,
                     token(u"registrar1"_s));
    QCOMPARE(refused.status, 403);
    const HttpResult reserved =
        m_http->send("POST", u"/api/v1/wedding/slots/%1/reservations"_s.arg(slotId), couple,
                     token(u"registrar2"_s));
    QVERIFY2(reserved.status == 201, reserved.body.constData());
    const QString bookingId = reserved.json[u"id"_s].toString();
    QCOMPARE(m_http
                 ->send("PATCH", u"/api/v1/wedding/bookings/"_s + bookingId,
                        json({{u"notes"_s, u"x"_s}}), token(u"registrar1"_s))
                 .status,
             403);
    QCOMPARE(m_http->get(u"/api/v1/wedding/bookings/"_s + bookingId, token(u"registrar1"_s)).status,
             404);
    QCOMPARE(m_http->get(u"/api/v1/wedding/bookings/"_s + bookingId, token(u"schmidt"_s)).status,
             200);
}

QTEST_GUILESS_MAIN(tst_OfficeScopingApi)
#include "tst_officescopingapi.moc"
