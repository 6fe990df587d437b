// Appointments over real HTTP, on SQLite and PostgreSQL: offered from opening
// hours and counters, booking codes, capacity, rebooking with versions,
// cancelling, check-in into the queue, what each role sees, and the retention
// job that removes contact data.

#include "core/domain/appointment.h"
#include "core/domain/isotime.h"
#include "server/instance/backend.h"
#include "server/instance/retentionjob.h"
#include "server/instance/serverinstance.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using TestSupport::HttpClient;
using TestSupport::HttpResult;

namespace {
// Demo data: Personalausweis (service 1, 15 min) is served by counters 1, 2,
// 3, 4 and 8, so each of its offered takes five visitors. The Bürgeramt opens
// Monday 08:00-16:00. 2030-01-07 is a Monday; the demo's own appointments lie
// around the real today, far from it.
const QString kPersonalausweis = u"1"_s;
const QString kWohnsitz = u"3"_s; // 10 min, counters 1, 2, 5, 6, 8
const QDate kMonday(2030, 1, 7);
constexpr qint64 kMinute = 60 * 1000;

qint64 at(QDate day, int hour, int minute)
{
    return QDateTime(day, QTime(hour, minute)).toMSecsSinceEpoch();
}
} // namespace

class tst_AppointmentsApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void slotsFollowOpeningHoursAndCapacity();
    void bookingGivesACodeAndTakesAPlace();
    void aFullSlotRefusesTheNextBooking();
    void bookingRejects_data();
    void bookingRejects();
    void rebookingChecksTheVersion();
    void rebookingIntoAFullSlotIsRefused();
    void cancellingFreesThePlace();
    void checkInQueuesAheadOfWalkIns();
    void checkInRefuses();
    void theAppointmentFollowsItsTicket();
    void aNoShowTakenBackBringsTheAppointmentBack();
    void listBySearchAndService();
    void contactDataOnlyForThoseWhoServe();
    void retentionRemovesContactDataButKeepsCounts();

private:
    HttpResult book(const QString &serviceId, qint64 startsAt,
                    const QString &name = u"Erika Mustermann"_s, const QJsonObject &extra = {});
    HttpResult patch(const QString &id, const QJsonObject &body);
    void setClock(qint64 msecs);

    QTemporaryDir m_dir;
    std::unique_ptr<ServerInstance> m_server;
    std::unique_ptr<HttpClient> m_http;
    QByteArray m_clerk;
    QByteArray m_supervisor;
    QByteArray m_display;
    QByteArray m_kiosk;
    QDate m_day; // each test books on a Monday of its own
};

void tst_AppointmentsApi::initTestCase()
{
    DatabaseUrl url;
    TRESEN_FRESH_DATABASE(url, u"tst_appointmentsapi"_s, m_dir);
    QString error;
    m_server = TestSupport::startDemoServer(url, &error);
    QVERIFY2(m_server, qPrintable(error));
    m_http = std::make_unique<HttpClient>(QUrl(m_server->baseUrl()));
    m_clerk = m_http->login(u"mueller"_s, u"demo"_s);
    // A supervisor who is not a clerk too (the demo's weber is both).
    m_server->backend().users.addOrUpdate(u"aufsicht"_s, u"Aufsicht"_s, Role::Supervisor,
                                          u"geheim-123"_s);
    m_supervisor = m_http->login(u"aufsicht"_s, u"geheim-123"_s);
    m_display = m_http->login(u"anzeige"_s, u"demo"_s);
    m_kiosk = m_http->login(u"kiosk"_s, u"demo"_s);
    QVERIFY(!m_clerk.isEmpty() && !m_supervisor.isEmpty() && !m_display.isEmpty() &&
            !m_kiosk.isEmpty());
    m_day = kMonday.addDays(-7);
}

void tst_AppointmentsApi::init()
{
    m_day = m_day.addDays(7);
    QCOMPARE(m_day.dayOfWeek(), 1);
    setClock(at(m_day.addDays(-3), 9, 0)); // the Friday before
}

void tst_AppointmentsApi::cleanupTestCase()
{
    m_http.reset();
    m_server.reset();
}

void tst_AppointmentsApi::setClock(qint64 msecs)
{
    const qint64 offset = msecs - QDateTime::currentMSecsSinceEpoch();
    m_server->backend().clock = [offset] { return QDateTime::currentMSecsSinceEpoch() + offset; };
}

HttpResult tst_AppointmentsApi::book(const QString &serviceId, qint64 startsAt, const QString &name,
                                     const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(u"serviceId"_s, serviceId);
    body.insert(u"startsAt"_s, isoTimeFromMSecs(startsAt));
    if (!body.contains(u"name"_s))
        body.insert(u"name"_s, name);
    return m_http->send("POST", u"/api/v1/appointments"_s, QJsonDocument(body).toJson(), m_clerk);
}

HttpResult tst_AppointmentsApi::patch(const QString &id, const QJsonObject &body)
{
    return m_http->send("PATCH", u"/api/v1/appointments/"_s + id, QJsonDocument(body).toJson(),
                        m_clerk);
}

void tst_AppointmentsApi::slotsFollowOpeningHoursAndCapacity()
{
    const auto result =
        m_http->get(u"/api/v1/appointments/slots?serviceId=1&from=%1&to=%2"_s.arg(
                        m_day.toString(Qt::ISODate), m_day.addDays(6).toString(Qt::ISODate)),
                    m_clerk);
    QVERIFY2(result.status == 200, result.body.constData());
    const QJsonArray offered = result.json.toArray();
    // Mon-Wed 8-16 (32 offered of 15 min), Thu 8-18 (40), Fri 8-13 (20), weekend closed.
    QCOMPARE(offered.size(), 32 * 3 + 40 + 20);
    const QJsonObject first = offered.first().toObject();
    QCOMPARE(msecsFromIsoTime(first.value(u"startsAt"_s).toString()), at(m_day, 8, 0));
    QCOMPARE(msecsFromIsoTime(first.value(u"endsAt"_s).toString()), at(m_day, 8, 15));
    QCOMPARE(first.value(u"capacity"_s).toInt(), 5);
    QCOMPARE(first.value(u"free"_s).toInt(), 5);
    QCOMPARE(msecsFromIsoTime(offered.last().toObject().value(u"startsAt"_s).toString()),
             at(m_day.addDays(4), 12, 45));

    // Slots of the past are not offered.
    setClock(at(m_day, 11, 59));
    const auto today = m_http->get(
        u"/api/v1/appointments/slots?serviceId=1&from=%1"_s.arg(m_day.toString(Qt::ISODate)),
        m_clerk);
    QCOMPARE(today.json.toArray().size(), 17); // 11:45 (running) to 15:45

    QCOMPARE(
        m_http->get(u"/api/v1/appointments/slots?serviceId=99&from=2030-01-07"_s, m_clerk).status,
        404);
    QCOMPARE(m_http->get(u"/api/v1/appointments/slots?serviceId=1&from=gestern"_s, m_clerk).status,
             400);
    QCOMPARE(m_http
                 ->get(u"/api/v1/appointments/slots?serviceId=1&from=2030-01-07&to=2030-03-01"_s,
                       m_clerk)
                 .status,
             400);
}

void tst_AppointmentsApi::bookingGivesACodeAndTakesAPlace()
{
    const auto result = book(kPersonalausweis, at(m_day, 9, 30), u"Erika Mustermann"_s,
                             {{u"phone"_s, u"0170 1234567"_s}, {u"source"_s, u"phone"_s}});
    QCOMPARE(result.status, 201);
    const QJsonObject json = result.json.toObject();
    static const QRegularExpression codeShape(u"^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$"_s);
    QVERIFY2(codeShape.match(json.value(u"bookingCode"_s).toString()).hasMatch(),
             qPrintable(json.value(u"bookingCode"_s).toString()));
    QCOMPARE(json.value(u"status"_s).toString(), u"booked"_s);
    QCOMPARE(json.value(u"source"_s).toString(), u"phone"_s);
    QCOMPARE(json.value(u"officeId"_s).toString(), u"1"_s);
    QCOMPARE(json.value(u"durationMinutes"_s).toInt(), 15);
    QCOMPARE(json.value(u"version"_s).toInt(), 1);
    QCOMPARE(json.value(u"phone"_s).toString(), u"0170 1234567"_s);

    const auto offered = m_http->get(
        u"/api/v1/appointments/slots?serviceId=1&from=%1"_s.arg(m_day.toString(Qt::ISODate)),
        m_clerk);
    for (const QJsonValue &value : offered.json.toArray()) {
        const QJsonObject slot = value.toObject();
        const bool booked =
            msecsFromIsoTime(slot.value(u"startsAt"_s).toString()) == at(m_day, 9, 30);
        QCOMPARE(slot.value(u"taken"_s).toInt(), booked ? 1 : 0);
    }
    const auto fetched =
        m_http->get(u"/api/v1/appointments/"_s + json.value(u"id"_s).toString(), m_clerk);
    QCOMPARE(fetched.json.toObject().value(u"bookingCode"_s), json.value(u"bookingCode"_s));
}

void tst_AppointmentsApi::aFullSlotRefusesTheNextBooking()
{
    for (int i = 0; i < 5; ++i)
        QCOMPARE(book(kPersonalausweis, at(m_day, 10, 0), u"Person %1"_s.arg(i)).status, 201);
    const auto full = book(kPersonalausweis, at(m_day, 10, 0));
    QCOMPARE(full.status, 409);
    QCOMPARE(full.json.toObject().value(u"code"_s).toString(), u"slot-full"_s);
    // Another service's slot at the same time is its own.
    QCOMPARE(book(kWohnsitz, at(m_day, 10, 0)).status, 201);
}

void tst_AppointmentsApi::bookingRejects_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QString monday = u"2030-01-07"_s; // replaced by the test's own day
    QTest::newRow("not a slot time")
        << QJsonObject{{u"startsAt"_s, u"09:07"_s}} << 409 << u"no-such-slot"_s;
    QTest::newRow("before opening")
        << QJsonObject{{u"startsAt"_s, u"07:45"_s}} << 409 << u"no-such-slot"_s;
    QTest::newRow("last slot must end by closing")
        << QJsonObject{{u"startsAt"_s, u"16:00"_s}} << 409 << u"no-such-slot"_s;
    QTest::newRow("sunday") << QJsonObject{{u"startsAt"_s, u"-1 09:00"_s}} << 409
                            << u"no-such-slot"_s;
    QTest::newRow("in the past") << QJsonObject{{u"startsAt"_s, u"-7 09:00"_s}} << 409
                                 << u"slot-past"_s;
    QTest::newRow("no name") << QJsonObject{{u"startsAt"_s, u"09:00"_s}, {u"name"_s, u"  "_s}}
                             << 400 << QString();
    QTest::newRow("bad e-mail") << QJsonObject{{u"startsAt"_s, u"09:00"_s},
                                               {u"email"_s, u"keine-adresse"_s}}
                                << 400 << QString();
    QTest::newRow("name too long")
        << QJsonObject{{u"startsAt"_s, u"09:00"_s}, {u"name"_s, QString(101, u'x')}} << 400
        << QString();
    QTest::newRow("phone not text")
        << QJsonObject{{u"startsAt"_s, u"09:00"_s}, {u"phone"_s, 1701234}} << 400 << QString();
    QTest::newRow("unknown source")
        << QJsonObject{{u"startsAt"_s, u"09:00"_s}, {u"source"_s, u"fax"_s}} << 400 << QString();
    QTest::newRow("no time") << QJsonObject{{u"startsAt"_s, u"bald"_s}} << 400 << QString();
    QTest::newRow("unknown service")
        << QJsonObject{{u"startsAt"_s, u"09:00"_s}, {u"serviceId"_s, u"77"_s}} << 404 << QString();
    QTest::newRow("no service") << QJsonObject{{u"startsAt"_s, u"09:00"_s}, {u"serviceId"_s, 1}}
                                << 400 << QString();
    Q_UNUSED(monday);
}

void tst_AppointmentsApi::bookingRejects()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    // "HH:MM" on the test's Monday, "-N HH:MM" N days before it.
    QString when = body.value(u"startsAt"_s).toString();
    QDate day = m_day;
    if (when.startsWith(u'-')) {
        day = m_day.addDays(-when.section(u' ', 0, 0).mid(1).toInt());
        when = when.section(u' ', 1);
    }
    const QTime time = QTime::fromString(when, u"HH:mm"_s);
    body.insert(u"startsAt"_s,
                time.isValid() ? isoTimeFromMSecs(QDateTime(day, time).toMSecsSinceEpoch()) : when);
    if (!body.contains(u"serviceId"_s))
        body.insert(u"serviceId"_s, kPersonalausweis);
    if (!body.contains(u"name"_s))
        body.insert(u"name"_s, u"Erika Mustermann"_s);
    const auto result =
        m_http->send("POST", u"/api/v1/appointments"_s, QJsonDocument(body).toJson(), m_clerk);
    QCOMPARE(result.status, status);
    QCOMPARE(result.header("Content-Type"), QByteArray("application/problem+json"));
    if (!code.isEmpty())
        QCOMPARE(result.json.toObject().value(u"code"_s).toString(), code);
}

void tst_AppointmentsApi::rebookingChecksTheVersion()
{
    const QJsonObject booked = book(kPersonalausweis, at(m_day, 11, 0)).json.toObject();
    const QString id = booked.value(u"id"_s).toString();

    // Workstation A moves it to 11:15 knowing version 1.
    const auto moved =
        patch(id, {{u"version"_s, 1}, {u"startsAt"_s, isoTimeFromMSecs(at(m_day, 11, 15))}});
    QCOMPARE(moved.status, 200);
    QCOMPARE(moved.json.toObject().value(u"version"_s).toInt(), 2);
    QCOMPARE(msecsFromIsoTime(moved.json.toObject().value(u"startsAt"_s).toString()),
             at(m_day, 11, 15));
    QCOMPARE(moved.json.toObject().value(u"bookingCode"_s), booked.value(u"bookingCode"_s));

    // Workstation B, still on version 1, edits the phone number: refused.
    const auto stale = patch(id, {{u"version"_s, 1}, {u"phone"_s, u"030 999"_s}});
    QCOMPARE(stale.status, 409);
    QCOMPARE(stale.json.toObject().value(u"code"_s).toString(), u"version-conflict"_s);
    QVERIFY(stale.json.toObject().value(u"detail"_s).toString().contains(u"version 2"_s));

    // Without a version the edit is taken as it is; to another service, too.
    const auto other = patch(
        id, {{u"serviceId"_s, kWohnsitz}, {u"startsAt"_s, isoTimeFromMSecs(at(m_day, 11, 10))}});
    QCOMPARE(other.status, 200);
    QCOMPARE(other.json.toObject().value(u"durationMinutes"_s).toInt(), 10);
    QCOMPARE(other.json.toObject().value(u"serviceId"_s).toString(), kWohnsitz);
    QCOMPARE(patch(id, {{u"serviceId"_s, u"9"_s}}).status, 400); // Standesamt's service
    QCOMPARE(patch(id, {{u"status"_s, u"done"_s}}).status, 400);
    QCOMPARE(patch(u"999999"_s, {{u"name"_s, u"X"_s}}).status, 404);
}

void tst_AppointmentsApi::rebookingIntoAFullSlotIsRefused()
{
    for (int i = 0; i < 5; ++i)
        QCOMPARE(book(kPersonalausweis, at(m_day, 13, 0)).status, 201);
    const QString id =
        book(kPersonalausweis, at(m_day, 13, 15)).json.toObject().value(u"id"_s).toString();
    const auto refused = patch(id, {{u"startsAt"_s, isoTimeFromMSecs(at(m_day, 13, 0))}});
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.json.toObject().value(u"code"_s).toString(), u"slot-full"_s);
    // Moving within its own slot does not count itself twice.
    QCOMPARE(patch(id, {{u"startsAt"_s, isoTimeFromMSecs(at(m_day, 13, 15))}}).status, 200);
}

void tst_AppointmentsApi::cancellingFreesThePlace()
{
    QStringList ids;
    for (int i = 0; i < 5; ++i)
        ids.append(
            book(kPersonalausweis, at(m_day, 14, 0)).json.toObject().value(u"id"_s).toString());
    QCOMPARE(book(kPersonalausweis, at(m_day, 14, 0)).status, 409);
    const auto stale = m_http->send(
        "DELETE", u"/api/v1/appointments/%1?version=7"_s.arg(ids.first()), {}, m_clerk);
    QCOMPARE(stale.status, 409);
    const auto cancelled =
        m_http->send("DELETE", u"/api/v1/appointments/"_s + ids.first(), {}, m_clerk);
    QCOMPARE(cancelled.status, 200);
    QCOMPARE(cancelled.json.toObject().value(u"status"_s).toString(), u"cancelled"_s);
    QCOMPARE(m_http->send("DELETE", u"/api/v1/appointments/"_s + ids.first(), {}, m_clerk).status,
             409);
    QCOMPARE(patch(ids.first(), {{u"startsAt"_s, isoTimeFromMSecs(at(m_day, 14, 15))}}).status,
             409);
    QCOMPARE(book(kPersonalausweis, at(m_day, 14, 0)).status, 201);
}

void tst_AppointmentsApi::checkInQueuesAheadOfWalkIns()
{
    const QJsonObject booked = book(kPersonalausweis, at(m_day, 9, 0)).json.toObject();
    setClock(at(m_day, 8, 50));
    // A walk-in came first.
    const auto walkIn = m_http->send("POST", u"/api/v1/tickets"_s, R"({"serviceId":"1"})", m_clerk);
    QCOMPARE(walkIn.status, 201);

    // Typed in lower case with a space: the code is found all the same.
    const QString typed = booked.value(u"bookingCode"_s).toString().toLower().replace(u'-', u' ');
    const auto checkIn =
        m_http->send("POST", u"/api/v1/appointments/check-in"_s,
                     QJsonDocument(QJsonObject{{u"bookingCode"_s, typed}}).toJson(), m_kiosk);
    QCOMPARE(checkIn.status, 201);
    const QJsonObject ticket = checkIn.json.toObject();
    QCOMPARE(ticket.value(u"source"_s).toString(), u"appointment"_s);
    QCOMPARE(msecsFromIsoTime(ticket.value(u"dueAt"_s).toString()), at(m_day, 9, 0));
    QCOMPARE(ticket.value(u"appointmentId"_s), booked.value(u"id"_s));
    const auto appointment =
        m_http->get(u"/api/v1/appointments/"_s + booked.value(u"id"_s).toString(), m_clerk);
    QCOMPARE(appointment.json.toObject().value(u"status"_s).toString(), u"checked_in"_s);
    QCOMPARE(appointment.json.toObject().value(u"ticketId"_s), ticket.value(u"id"_s));

    // Before its time the walk-in goes first; from 9:00 the appointment does.
    QCOMPARE(m_http->send("POST", u"/api/v1/counters/1/call-next"_s, "{}", m_clerk)
                 .json.toObject()
                 .value(u"id"_s),
             walkIn.json.toObject().value(u"id"_s));
    m_http->send(
        "POST",
        u"/api/v1/tickets/%1/requeue"_s.arg(walkIn.json.toObject().value(u"id"_s).toString()), "{}",
        m_clerk);
    setClock(at(m_day, 9, 0));
    QCOMPARE(m_http->send("POST", u"/api/v1/counters/2/call-next"_s, "{}", m_clerk)
                 .json.toObject()
                 .value(u"id"_s),
             ticket.value(u"id"_s));
}

void tst_AppointmentsApi::checkInRefuses()
{
    const QJsonObject today = book(kPersonalausweis, at(m_day, 12, 0)).json.toObject();
    const QJsonObject tomorrow =
        book(kPersonalausweis, at(m_day.addDays(1), 12, 0)).json.toObject();
    const QJsonObject cancelled = book(kPersonalausweis, at(m_day, 12, 15)).json.toObject();
    m_http->send("DELETE", u"/api/v1/appointments/"_s + cancelled.value(u"id"_s).toString(), {},
                 m_clerk);
    setClock(at(m_day, 11, 40));
    const auto checkIn = [this](const QString &code) {
        return m_http->send("POST", u"/api/v1/appointments/check-in"_s,
                            QJsonDocument(QJsonObject{{u"bookingCode"_s, code}}).toJson(), m_clerk);
    };
    const auto first = checkIn(today.value(u"bookingCode"_s).toString());
    QCOMPARE(first.status, 201);
    const auto again = checkIn(today.value(u"bookingCode"_s).toString());
    QCOMPARE(again.status, 409);
    QCOMPARE(again.json.toObject().value(u"code"_s).toString(), u"already-checked-in"_s);
    // The visitor asks again: the answer repeats the number the first check-in gave.
    QCOMPARE(again.json.toObject().value(u"ticketNumber"_s).toString(),
             first.json.toObject().value(u"number"_s).toString());
    const auto early = checkIn(tomorrow.value(u"bookingCode"_s).toString());
    QCOMPARE(early.status, 409);
    QCOMPARE(early.json.toObject().value(u"code"_s).toString(), u"not-today"_s);
    const auto gone = checkIn(cancelled.value(u"bookingCode"_s).toString());
    QCOMPARE(gone.status, 409);
    QCOMPARE(gone.json.toObject().value(u"code"_s).toString(), u"appointment-cancelled"_s);
    QCOMPARE(checkIn(u"ZZZZ-ZZZZ"_s).status, 404);
    QCOMPARE(checkIn(u"O0I1-ABCD"_s).status, 400); // not from the alphabet
    QCOMPARE(checkIn(u"ABC"_s).status, 400);
    QCOMPARE(m_http
                 ->send("POST", u"/api/v1/appointments/check-in"_s,
                        R"({"bookingCode":"ABCD-EFGH"})", m_display)
                 .status,
             403);
}

void tst_AppointmentsApi::theAppointmentFollowsItsTicket()
{
    const QJsonObject booked = book(kWohnsitz, at(m_day, 15, 0)).json.toObject();
    setClock(at(m_day, 15, 0));
    const auto ticket = m_http->send(
        "POST", u"/api/v1/appointments/check-in"_s,
        QJsonDocument(QJsonObject{{u"bookingCode"_s, booked.value(u"bookingCode"_s)}}).toJson(),
        m_clerk);
    QCOMPARE(ticket.status, 201);
    const QString ticketId = ticket.json.toObject().value(u"id"_s).toString();
    QCOMPARE(m_http->send("POST", u"/api/v1/counters/5/call-next"_s, "{}", m_clerk)
                 .json.toObject()
                 .value(u"id"_s)
                 .toString(),
             ticketId);
    QCOMPARE(
        m_http->send("POST", u"/api/v1/tickets/%1/start"_s.arg(ticketId), "{}", m_clerk).status,
        200);
    QCOMPARE(
        m_http->send("POST", u"/api/v1/tickets/%1/finish"_s.arg(ticketId), "{}", m_clerk).status,
        200);
    const auto done =
        m_http->get(u"/api/v1/appointments/"_s + booked.value(u"id"_s).toString(), m_clerk);
    QCOMPARE(done.json.toObject().value(u"status"_s).toString(), u"done"_s);

    // One nobody checked in can be marked as missed by hand.
    const QJsonObject missed = book(kWohnsitz, at(m_day, 15, 10)).json.toObject();
    const auto marked = patch(missed.value(u"id"_s).toString(), {{u"status"_s, u"no_show"_s}});
    QCOMPARE(marked.status, 200);
    QCOMPARE(marked.json.toObject().value(u"status"_s).toString(), u"no_show"_s);
}

void tst_AppointmentsApi::aNoShowTakenBackBringsTheAppointmentBack()
{
    const QJsonObject booked = book(kWohnsitz, at(m_day, 14, 0)).json.toObject();
    const QString appointmentId = booked.value(u"id"_s).toString();
    setClock(at(m_day, 14, 0));
    const auto ticket = m_http->send(
        "POST", u"/api/v1/appointments/check-in"_s,
        QJsonDocument(QJsonObject{{u"bookingCode"_s, booked.value(u"bookingCode"_s)}}).toJson(),
        m_clerk);
    QCOMPARE(ticket.status, 201);
    const QString ticketId = ticket.json.toObject().value(u"id"_s).toString();
    const auto step = [this, &ticketId](const QString &action) {
        return m_http->send("POST", u"/api/v1/tickets/%1/%2"_s.arg(ticketId, action), "{}", m_clerk)
            .status;
    };
    const auto statusOfAppointment = [this, &appointmentId] {
        return m_http->get(u"/api/v1/appointments/"_s + appointmentId, m_clerk)
            .json.toObject()
            .value(u"status"_s)
            .toString();
    };
    QCOMPARE(m_http->send("POST", u"/api/v1/counters/5/call-next"_s, "{}", m_clerk)
                 .json.toObject()
                 .value(u"id"_s)
                 .toString(),
             ticketId);
    QCOMPARE(step(u"recall"_s), 200);
    QCOMPARE(step(u"no-show"_s), 200);
    QCOMPARE(statusOfAppointment(), u"no_show"_s);
    QCOMPARE(step(u"undo"_s), 200);
    QCOMPARE(statusOfAppointment(), u"checked_in"_s);
    // And it follows its ticket on as before.
    QCOMPARE(step(u"start"_s), 200);
    QCOMPARE(step(u"finish"_s), 200);
    QCOMPARE(statusOfAppointment(), u"done"_s);
}

void tst_AppointmentsApi::listBySearchAndService()
{
    book(kPersonalausweis, at(m_day, 8, 0), u"Hannelore Sommer"_s);
    book(kWohnsitz, at(m_day, 8, 30), u"Kemal Sommerfeld"_s);
    const QString code = book(kPersonalausweis, at(m_day.addDays(1), 8, 0), u"Udo Winter"_s)
                             .json.toObject()
                             .value(u"bookingCode"_s)
                             .toString();
    const QString day = m_day.toString(Qt::ISODate);
    const auto all = m_http->get(u"/api/v1/appointments?officeId=1&from=%1"_s.arg(day), m_clerk);
    QCOMPARE(all.status, 200);
    QCOMPARE(all.json.toArray().size(), 2);
    QCOMPARE(all.json.toArray().at(0).toObject().value(u"name"_s).toString(),
             u"Hannelore Sommer"_s);
    const auto week = m_http->get(u"/api/v1/appointments?officeId=1&from=%1&to=%2"_s.arg(
                                      day, m_day.addDays(6).toString(Qt::ISODate)),
                                  m_clerk);
    QCOMPARE(week.json.toArray().size(), 3);
    const auto search =
        m_http->get(u"/api/v1/appointments?officeId=1&from=%1&q=SOMMER"_s.arg(day), m_clerk);
    QCOMPARE(search.json.toArray().size(), 2);
    const auto byService =
        m_http->get(u"/api/v1/appointments?officeId=1&from=%1&serviceId=3"_s.arg(day), m_clerk);
    QCOMPARE(byService.json.toArray().size(), 1);
    const auto byCode = m_http->get(u"/api/v1/appointments?officeId=1&from=%1&to=%2&q=%3"_s.arg(
                                        day, m_day.addDays(1).toString(Qt::ISODate), code.left(4)),
                                    m_clerk);
    QCOMPARE(byCode.json.toArray().size(), 1);
    QCOMPARE(m_http->get(u"/api/v1/appointments?officeId=1&from=morgen"_s, m_clerk).status, 400);
    QCOMPARE(m_http->get(u"/api/v1/appointments?officeId=99&from=%1"_s.arg(day), m_clerk).status,
             404);
}

void tst_AppointmentsApi::contactDataOnlyForThoseWhoServe()
{
    const QJsonObject booked = book(kPersonalausweis, at(m_day, 9, 45), u"Rüdiger Geheim"_s,
                                    {{u"email"_s, u"r@example.org"_s}})
                                   .json.toObject();
    const QString path = u"/api/v1/appointments/"_s + booked.value(u"id"_s).toString();
    const QJsonObject forSupervisor = m_http->get(path, m_supervisor).json.toObject();
    QCOMPARE(forSupervisor.value(u"id"_s), booked.value(u"id"_s));
    for (const QString &member : {u"bookingCode"_s, u"name"_s, u"email"_s, u"phone"_s})
        QVERIFY2(!forSupervisor.contains(member), qPrintable(member));
    QCOMPARE(m_http->get(path, m_display).status, 403);

    // The changes feed: neither the display nor the supervisor gets the name
    // (tst_needtoknow goes through every role and member).
    const auto feed = [this](const QByteArray &token) {
        QString names;
        qint64 since = 0;
        for (;;) {
            const QJsonObject page =
                m_http->get(u"/api/v1/changes?since=%1&limit=5000"_s.arg(since), token)
                    .json.toObject();
            for (const QJsonValue &change : page.value(u"changes"_s).toArray())
                names += change.toObject().value(u"data"_s).toObject().value(u"name"_s).toString();
            if (!page.value(u"more"_s).toBool())
                return names;
            since = page.value(u"changes"_s)
                        .toArray()
                        .last()
                        .toObject()
                        .value(u"revision"_s)
                        .toInteger();
        }
    };
    QVERIFY(feed(m_clerk).contains(u"Rüdiger Geheim"_s));
    QVERIFY(!feed(m_display).contains(u"Rüdiger Geheim"_s));
    QVERIFY(!feed(m_supervisor).contains(u"Rüdiger Geheim"_s));
}

void tst_AppointmentsApi::retentionRemovesContactDataButKeepsCounts()
{
    const QJsonObject old = book(kPersonalausweis, at(m_day, 8, 15), u"Alte Buchung"_s,
                                 {{u"phone"_s, u"089 1"_s}, {u"notes"_s, u"bringt Formular"_s}})
                                .json.toObject();
    const QJsonObject recent =
        book(kPersonalausweis, at(m_day.addDays(2), 8, 15), u"Neuere Buchung"_s).json.toObject();
    RetentionJob job(m_server->backend());
    setClock(at(m_day.addDays(13), 8, 0));
    job.runOnce(); // the demo's own appointments, long past by then

    setClock(at(m_day.addDays(14), 8, 0)); // 13 days and 23 hours later: kept
    QCOMPARE(job.runOnce(), 0);
    setClock(at(m_day.addDays(14), 8, 30));
    QVERIFY(job.runOnce() >= 1);
    const QJsonObject gone =
        m_http->get(u"/api/v1/appointments/"_s + old.value(u"id"_s).toString(), m_clerk)
            .json.toObject();
    QCOMPARE(gone.value(u"name"_s).toString(), QString());
    QCOMPARE(gone.value(u"phone"_s).toString(), QString());
    QCOMPARE(gone.value(u"notes"_s).toString(), QString());
    QCOMPARE(gone.value(u"anonymised"_s).toBool(), true);
    QCOMPARE(gone.value(u"startsAt"_s), old.value(u"startsAt"_s)); // counts and times stay
    // The old code, in the citizen's mail, finds it no more; a fresh one of the same form stands
    // in.
    const QString freshCode = gone.value(u"bookingCode"_s).toString();
    QVERIFY(freshCode != old.value(u"bookingCode"_s).toString());
    QVERIFY(BookingCode::normalise(freshCode) == freshCode);
    const QJsonObject kept =
        m_http->get(u"/api/v1/appointments/"_s + recent.value(u"id"_s).toString(), m_clerk)
            .json.toObject();
    QCOMPARE(kept.value(u"name"_s).toString(), u"Neuere Buchung"_s);
    QCOMPARE(job.runOnce(), 0); // done once only
    QCOMPARE(patch(old.value(u"id"_s).toString(), {{u"name"_s, u"Wieder da"_s}}).status, 409);

    // The retention period is configurable.
    m_server->backend().retention.appointmentDays = 1;
    QVERIFY(job.runOnce() >= 1);
    QCOMPARE(m_http->get(u"/api/v1/appointments/"_s + recent.value(u"id"_s).toString(), m_clerk)
                 .json.toObject()
                 .value(u"name"_s)
                 .toString(),
             QString());
    m_server->backend().retention.appointmentDays = 14;
}

QTEST_MAIN(tst_AppointmentsApi)
#include "tst_appointmentsapi.moc"
