// The Standesamt's Traukalender over real HTTP, on SQLite and PostgreSQL:
// slots from the rooms' rules, provisional reservations that lapse, the
// booking's lifecycle with its papers, registrar and fee, moving, cancelling,
// blocking, what each role sees, and papers scanned onto a wedding.

#include "core/domain/isotime.h"
#include "core/domain/wedding.h"
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
// Demo rooms: the Rathaus (Tuesday to Friday, 10:00 to 13:00 every 45
// minutes) and the Schloss (Saturday, 11:00 to 15:00 every hour). 2030-01-07
// is a Monday, far from the demo's own weddings.
const QDate kMonday(2030, 1, 7);
constexpr qint64 kDay = 24LL * 60 * 60 * 1000;

qint64 at(QDate day, int hour, int minute)
{
    return QDateTime(day, QTime(hour, minute)).toMSecsSinceEpoch();
}

QString code(const HttpResult &result)
{
    return result.json.toObject().value(u"code"_s).toString();
}
} // namespace

class tst_WeddingApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void slotsFollowTheRoomsRules();
    void aReservationHoldsTheSlotUntilItLapses();
    void registeringNeedsThePapers();
    void confirmingNeedsRegistrarAndFee();
    void completingWaitsForTheWedding();
    void aStaleVersionIsRefused();
    void movingAndCancellingFreeTheSlot();
    void blockedSlotsTakeNoReservation();
    void reservationRejects_data();
    void reservationRejects();
    void rolesAndPrivacy();
    void retentionCancelsLapsedAndForgetsPastCouples();
    void scannedPapersAttachToAWedding();

private:
    // The slots of the test's week, as the server lists them.
    QJsonArray week();
    // The id of the week's slot starting at `startsAt` in `room` ("Rathaus"/"Schloss").
    QString slotAt(qint64 startsAt, const QString &room = u"Rathaus"_s);
    QJsonObject slotById(const QString &id);
    HttpResult reserve(const QString &slotId, const QJsonObject &extra = {});
    HttpResult patch(const QString &bookingId, const QJsonObject &body);
    // A reservation on the Tuesday at 10:00, its papers in, registered.
    QJsonObject registered();
    void setClock(qint64 msecs);

    QTemporaryDir m_dir;
    std::unique_ptr<ServerInstance> m_server;
    std::unique_ptr<HttpClient> m_http;
    QByteArray m_registrar;
    QByteArray m_clerk;
    QByteArray m_supervisor;
    QDate m_monday; // each test has a week of its own
};

void tst_WeddingApi::initTestCase()
{
    DatabaseUrl url;
    TRESEN_FRESH_DATABASE(url, u"tst_weddingapi"_s, m_dir);
    QString error;
    m_server = TestSupport::startDemoServer(url, &error);
    QVERIFY2(m_server, qPrintable(error));
    m_http = std::make_unique<HttpClient>(QUrl(m_server->baseUrl()));
    m_registrar = m_http->login(u"schmidt"_s, u"demo"_s);
    m_clerk = m_http->login(u"mueller"_s, u"demo"_s);
    m_server->backend().users.addOrUpdate(u"aufsicht"_s, u"Aufsicht"_s, Role::Supervisor,
                                          u"geheim-123"_s);
    m_supervisor = m_http->login(u"aufsicht"_s, u"geheim-123"_s);
    QVERIFY(!m_registrar.isEmpty() && !m_clerk.isEmpty() && !m_supervisor.isEmpty());
    m_monday = kMonday.addDays(-7);
}

void tst_WeddingApi::init()
{
    m_monday = m_monday.addDays(7);
    setClock(at(m_monday.addDays(-21), 9, 0)); // three weeks before
}

void tst_WeddingApi::cleanupTestCase()
{
    m_http.reset();
    m_server.reset();
}

void tst_WeddingApi::setClock(qint64 msecs)
{
    const qint64 offset = msecs - QDateTime::currentMSecsSinceEpoch();
    m_server->backend().clock = [offset] { return QDateTime::currentMSecsSinceEpoch() + offset; };
}

QJsonArray tst_WeddingApi::week()
{
    const auto result =
        m_http->get(u"/api/v1/wedding/slots?from=%1&to=%2"_s.arg(
                        m_monday.toString(Qt::ISODate), m_monday.addDays(6).toString(Qt::ISODate)),
                    m_registrar);
    if (result.status != 200)
        qWarning("offered: %d %s", result.status, result.body.constData());
    return result.json.toArray();
}

QString tst_WeddingApi::slotAt(qint64 startsAt, const QString &room)
{
    for (const QJsonValue &value : week()) {
        const QJsonObject slot = value.toObject();
        if (msecsFromIsoTime(slot.value(u"startsAt"_s).toString()) == startsAt &&
            slot.value(u"roomName"_s).toString().contains(room))
            return slot.value(u"id"_s).toString();
    }
    return {};
}

QJsonObject tst_WeddingApi::slotById(const QString &id)
{
    for (const QJsonValue &value : week()) {
        if (value.toObject().value(u"id"_s).toString() == id)
            return value.toObject();
    }
    return {};
}

HttpResult tst_WeddingApi::reserve(const QString &slotId, const QJsonObject &extra)
{
    QJsonObject body{{u"partner1"_s, u"Erika Mustermann"_s},
                     {u"partner2"_s, u"Max Mustermann"_s},
                     {u"email"_s, u"erika@example.org"_s},
                     {u"phone"_s, u"0170 1234567"_s}};
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        body.insert(it.key(), it.value());
    return m_http->send("POST", u"/api/v1/wedding/slots/%1/reservations"_s.arg(slotId),
                        QJsonDocument(body).toJson(), m_registrar);
}

HttpResult tst_WeddingApi::patch(const QString &bookingId, const QJsonObject &body)
{
    return m_http->send("PATCH", u"/api/v1/wedding/bookings/"_s + bookingId,
                        QJsonDocument(body).toJson(), m_registrar);
}

QJsonObject tst_WeddingApi::registered()
{
    const auto reserved = reserve(slotAt(at(m_monday.addDays(1), 10, 0)));
    if (reserved.status != 201)
        return {};
    const QString id = reserved.json.toObject().value(u"id"_s).toString();
    const auto done =
        patch(id, {{u"documents"_s, QJsonObject{{u"identity"_s, u"received"_s},
                                                {u"birthCertificates"_s, u"received"_s},
                                                {u"residence"_s, u"received"_s},
                                                {u"previousMarriage"_s, u"not_needed"_s},
                                                {u"foreignDocuments"_s, u"not_needed"_s}}},
                   {u"status"_s, u"registered"_s}});
    return done.status == 200 ? done.json.toObject() : QJsonObject();
}

void tst_WeddingApi::slotsFollowTheRoomsRules()
{
    const QJsonArray offered = week();
    // Tuesday to Friday 10:00, 10:45, 11:30, 12:15, 13:00; Saturday 11:00 to 15:00.
    QCOMPARE(offered.size(), 4 * 5 + 5);
    const QJsonObject first = offered.first().toObject();
    QCOMPARE(msecsFromIsoTime(first.value(u"startsAt"_s).toString()),
             at(m_monday.addDays(1), 10, 0));
    QCOMPARE(msecsFromIsoTime(first.value(u"endsAt"_s).toString()),
             at(m_monday.addDays(1), 10, 45));
    QCOMPARE(first.value(u"roomName"_s).toString(), u"Trauzimmer im Rathaus"_s);
    const QJsonObject last = offered.last().toObject();
    QCOMPARE(msecsFromIsoTime(last.value(u"startsAt"_s).toString()),
             at(m_monday.addDays(5), 15, 0));
    QCOMPARE(last.value(u"roomName"_s).toString(), u"Trausaal Schloss Musterstadt"_s);
    for (const QJsonValue &value : offered)
        QCOMPARE(value.toObject().value(u"status"_s).toString(), u"free"_s);

    // Asking again makes no second set of offered.
    QCOMPARE(week().size(), offered.size());

    const auto rooms = m_http->get(u"/api/v1/wedding/rooms"_s, m_registrar);
    QCOMPARE(rooms.json.toArray().size(), 2);
    QCOMPARE(rooms.json.toArray().at(1).toObject().value(u"weekdays"_s).toArray(), QJsonArray{6});
    const auto registrars = m_http->get(u"/api/v1/wedding/registrars"_s, m_registrar);
    QCOMPARE(registrars.json.toArray().size(), 1);
    QCOMPARE(registrars.json.toArray().first().toObject().value(u"login"_s).toString(),
             u"schmidt"_s);

    QCOMPARE(m_http->get(u"/api/v1/wedding/slots?from=morgen"_s, m_registrar).status, 400);
    QCOMPARE(
        m_http->get(u"/api/v1/wedding/slots?from=2030-01-01&to=2030-06-01"_s, m_registrar).status,
        400);
    QCOMPARE(
        m_http->get(u"/api/v1/wedding/slots?from=2030-01-09&to=2030-01-08"_s, m_registrar).status,
        400);
}

void tst_WeddingApi::aReservationHoldsTheSlotUntilItLapses()
{
    const QString slot = slotAt(at(m_monday.addDays(2), 11, 30));
    QVERIFY(!slot.isEmpty());
    const auto result = reserve(slot, {{u"notes"_s, u"Mit Dolmetscher (Türkisch)"_s}});
    QVERIFY2(result.status == 201, result.body.constData());
    const QJsonObject booking = result.json.toObject();
    QCOMPARE(booking.value(u"status"_s).toString(), u"reserved"_s);
    QCOMPARE(booking.value(u"slotId"_s).toString(), slot);
    QCOMPARE(booking.value(u"partner2"_s).toString(), u"Max Mustermann"_s);
    QCOMPARE(booking.value(u"notes"_s).toString(), u"Mit Dolmetscher (Türkisch)"_s);
    QCOMPARE(booking.value(u"version"_s).toInt(), 1);
    static const QRegularExpression codeShape(u"^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$"_s);
    QVERIFY(codeShape.match(booking.value(u"bookingCode"_s).toString()).hasMatch());
    // Provisional for two weeks (the demo server's policy).
    const qint64 expires = msecsFromIsoTime(booking.value(u"expiresAt"_s).toString());
    QVERIFY(qAbs(expires - (m_server->backend().clock() + 14 * kDay)) < 60 * 1000);
    const QJsonObject papers = booking.value(u"documents"_s).toObject();
    QCOMPARE(papers.size(), WeddingDocuments::keys().size());
    for (const QJsonValue &state : papers)
        QCOMPARE(state.toString(), u"missing"_s);

    QJsonObject held = slotById(slot);
    QCOMPARE(held.value(u"status"_s).toString(), u"held"_s);
    QCOMPARE(held.value(u"bookingId"_s), booking.value(u"id"_s));

    const auto second = reserve(slot, {{u"partner1"_s, u"Jana Beispiel"_s}});
    QCOMPARE(second.status, 409);
    QCOMPARE(code(second), u"slot-taken"_s);

    // Two weeks on, nobody came to register: the slot is free, and the next
    // couple's reservation cancels the lapsed one.
    setClock(expires + 60 * 1000);
    QCOMPARE(slotById(slot).value(u"status"_s).toString(), u"free"_s);
    const auto lapsedPatch = patch(booking.value(u"id"_s).toString(), {{u"notes"_s, u"x"_s}});
    QCOMPARE(lapsedPatch.status, 409);
    QCOMPARE(code(lapsedPatch), u"lapsed"_s);
    const auto next = reserve(slot, {{u"partner1"_s, u"Jana Beispiel"_s}});
    QCOMPARE(next.status, 201);
    const auto old = m_http->get(u"/api/v1/wedding/bookings/"_s + booking.value(u"id"_s).toString(),
                                 m_registrar);
    QCOMPARE(old.json.toObject().value(u"status"_s).toString(), u"cancelled"_s);
    QCOMPARE(slotById(slot).value(u"bookingId"_s), next.json.toObject().value(u"id"_s));
}

void tst_WeddingApi::registeringNeedsThePapers()
{
    const auto reserved = reserve(slotAt(at(m_monday.addDays(3), 10, 45)));
    QCOMPARE(reserved.status, 201);
    const QString id = reserved.json.toObject().value(u"id"_s).toString();

    auto refused = patch(id, {{u"status"_s, u"registered"_s}});
    QCOMPARE(refused.status, 409);
    QCOMPARE(code(refused), u"documents-missing"_s);
    QVERIFY(refused.json.toObject().value(u"detail"_s).toString().contains(u"birthCertificates"_s));

    // Every couple brings identity, birth and residence papers.
    const auto notNeeded =
        patch(id, {{u"documents"_s, QJsonObject{{u"identity"_s, u"not_needed"_s}}}});
    QCOMPARE(notNeeded.status, 400);
    QCOMPARE(patch(id, {{u"documents"_s, QJsonObject{{u"passport"_s, u"received"_s}}}}).status,
             400);
    QCOMPARE(patch(id, {{u"documents"_s, QJsonObject{{u"identity"_s, u"maybe"_s}}}}).status, 400);

    const auto papers =
        patch(id, {{u"documents"_s, QJsonObject{{u"identity"_s, u"received"_s},
                                                {u"birthCertificates"_s, u"received"_s},
                                                {u"residence"_s, u"received"_s},
                                                {u"previousMarriage"_s, u"received"_s}}}});
    QCOMPARE(papers.status, 200);
    refused = patch(id, {{u"status"_s, u"registered"_s}});
    QCOMPARE(code(refused), u"documents-missing"_s); // foreign documents: not said yet
    QVERIFY(refused.json.toObject().value(u"detail"_s).toString().contains(u"foreignDocuments"_s));

    const auto done =
        patch(id, {{u"documents"_s, QJsonObject{{u"foreignDocuments"_s, u"not_needed"_s}}},
                   {u"status"_s, u"registered"_s}});
    QVERIFY2(done.status == 200, done.body.constData());
    const QJsonObject booking = done.json.toObject();
    QCOMPARE(booking.value(u"status"_s).toString(), u"registered"_s);
    QVERIFY(booking.value(u"expiresAt"_s).isNull()); // no longer provisional
    QCOMPARE(booking.value(u"documents"_s).toObject().value(u"previousMarriage"_s).toString(),
             u"received"_s);
    QCOMPARE(slotById(booking.value(u"slotId"_s).toString()).value(u"status"_s).toString(),
             u"booked"_s);
    // Registered stays registered however long it takes.
    setClock(at(m_monday.addDays(3), 9, 0));
    QCOMPARE(slotById(booking.value(u"slotId"_s).toString()).value(u"status"_s).toString(),
             u"booked"_s);
}

void tst_WeddingApi::confirmingNeedsRegistrarAndFee()
{
    const QJsonObject booking = registered();
    QVERIFY(!booking.isEmpty());
    const QString id = booking.value(u"id"_s).toString();

    auto refused = patch(id, {{u"status"_s, u"confirmed"_s}});
    QCOMPARE(code(refused), u"registrar-missing"_s);
    // Only a registrar can officiate.
    QCOMPARE(patch(id, {{u"registrar"_s, u"mueller"_s}}).status, 400);
    QCOMPARE(patch(id, {{u"registrar"_s, u"niemand"_s}}).status, 400);
    QCOMPARE(patch(id, {{u"registrar"_s, u"schmidt"_s}}).status, 200);
    refused = patch(id, {{u"status"_s, u"confirmed"_s}});
    QCOMPARE(code(refused), u"fee-missing"_s);
    QCOMPARE(patch(id, {{u"feeReference"_s, QString(41, u'9')}}).status, 400);

    const auto confirmed =
        patch(id, {{u"feeReference"_s, u" 5.0002.000001.4 "_s}, {u"status"_s, u"confirmed"_s}});
    QVERIFY2(confirmed.status == 200, confirmed.body.constData());
    QCOMPARE(confirmed.json.toObject().value(u"status"_s).toString(), u"confirmed"_s);
    QCOMPARE(confirmed.json.toObject().value(u"feeReference"_s).toString(), u"5.0002.000001.4"_s);
    QCOMPARE(confirmed.json.toObject().value(u"registrar"_s).toString(), u"schmidt"_s);

    // No going back, no skipping.
    QCOMPARE(code(patch(id, {{u"status"_s, u"registered"_s}})), u"transition"_s);
    QCOMPARE(code(patch(id, {{u"status"_s, u"reserved"_s}})), u"transition"_s);
    QCOMPARE(patch(id, {{u"status"_s, u"married"_s}}).status, 400);
}

void tst_WeddingApi::completingWaitsForTheWedding()
{
    const QJsonObject booking = registered();
    const QString id = booking.value(u"id"_s).toString();
    QCOMPARE(patch(id, {{u"registrar"_s, u"schmidt"_s},
                        {u"feeReference"_s, u"5.0002.000002.2"_s},
                        {u"status"_s, u"confirmed"_s}})
                 .status,
             200);
    const auto early = patch(id, {{u"status"_s, u"completed"_s}});
    QCOMPARE(code(early), u"too-early"_s);
    setClock(at(m_monday.addDays(1), 10, 30));
    const auto done = patch(id, {{u"status"_s, u"completed"_s}});
    QVERIFY2(done.status == 200, done.body.constData());
    QCOMPARE(done.json.toObject().value(u"status"_s).toString(), u"completed"_s);
    // A completed wedding is history.
    const auto after = patch(id, {{u"notes"_s, u"nachträglich"_s}});
    QCOMPARE(after.status, 409);
    QCOMPARE(code(after), u"closed"_s);
    QCOMPARE(code(patch(id, {{u"status"_s, u"cancelled"_s}})), u"closed"_s);
}

void tst_WeddingApi::aStaleVersionIsRefused()
{
    const auto reserved = reserve(slotAt(at(m_monday.addDays(4), 12, 15)));
    const QString id = reserved.json.toObject().value(u"id"_s).toString();
    QCOMPARE(patch(id, {{u"version"_s, 1}, {u"phone"_s, u"030 123"_s}}).status, 200);
    const auto stale = patch(id, {{u"version"_s, 1}, {u"phone"_s, u"040 456"_s}});
    QCOMPARE(stale.status, 409);
    QCOMPARE(code(stale), u"version-conflict"_s);
    const auto now = m_http->get(u"/api/v1/wedding/bookings/"_s + id, m_registrar);
    QCOMPARE(now.json.toObject().value(u"phone"_s).toString(), u"030 123"_s);
    QCOMPARE(now.json.toObject().value(u"version"_s).toInt(), 2);
}

void tst_WeddingApi::movingAndCancellingFreeTheSlot()
{
    const QString from = slotAt(at(m_monday.addDays(1), 13, 0));
    const QString to = slotAt(at(m_monday.addDays(5), 12, 0), u"Schloss"_s);
    const QString taken = slotAt(at(m_monday.addDays(5), 13, 0), u"Schloss"_s);
    const auto reserved = reserve(from);
    const QString id = reserved.json.toObject().value(u"id"_s).toString();
    QCOMPARE(reserve(taken, {{u"partner1"_s, u"Jana Beispiel"_s}}).status, 201);

    const auto clash = patch(id, {{u"slotId"_s, taken}});
    QCOMPARE(clash.status, 409);
    QCOMPARE(code(clash), u"slot-taken"_s);
    QCOMPARE(patch(id, {{u"slotId"_s, u"999999"_s}}).status, 404);

    const auto moved = patch(id, {{u"slotId"_s, to}});
    QVERIFY2(moved.status == 200, moved.body.constData());
    QCOMPARE(moved.json.toObject().value(u"roomName"_s).toString(),
             u"Trausaal Schloss Musterstadt"_s);
    QCOMPARE(msecsFromIsoTime(moved.json.toObject().value(u"startsAt"_s).toString()),
             at(m_monday.addDays(5), 12, 0));
    QCOMPARE(slotById(from).value(u"status"_s).toString(), u"free"_s);
    QCOMPARE(slotById(to).value(u"status"_s).toString(), u"held"_s);

    const auto cancelled = patch(id, {{u"status"_s, u"cancelled"_s}});
    QCOMPARE(cancelled.status, 200);
    QCOMPARE(slotById(to).value(u"status"_s).toString(), u"free"_s);
    QVERIFY(slotById(to).value(u"bookingId"_s).isNull());
    // The freed slot takes the next couple.
    QCOMPARE(reserve(to, {{u"partner1"_s, u"Ole Nachrücker"_s}}).status, 201);
}

void tst_WeddingApi::blockedSlotsTakeNoReservation()
{
    const QString slot = slotAt(at(m_monday.addDays(5), 11, 0), u"Schloss"_s);
    const auto blocked = m_http->send(
        "PATCH", u"/api/v1/wedding/slots/"_s + slot,
        QJsonDocument(QJsonObject{{u"blocked"_s, true}, {u"reason"_s, u"Stadtfest"_s}}).toJson(),
        m_registrar);
    QVERIFY2(blocked.status == 200, blocked.body.constData());
    QCOMPARE(blocked.json.toObject().value(u"status"_s).toString(), u"blocked"_s);
    QCOMPARE(blocked.json.toObject().value(u"blockReason"_s).toString(), u"Stadtfest"_s);
    const auto refused = reserve(slot);
    QCOMPARE(refused.status, 409);
    QCOMPARE(code(refused), u"slot-blocked"_s);

    // A slot with a couple in it is not blocked behind their back.
    const QString held = slotAt(at(m_monday.addDays(5), 14, 0), u"Schloss"_s);
    QCOMPARE(reserve(held).status, 201);
    const auto clash =
        m_http->send("PATCH", u"/api/v1/wedding/slots/"_s + held,
                     QJsonDocument(QJsonObject{{u"blocked"_s, true}}).toJson(), m_registrar);
    QCOMPARE(clash.status, 409);

    const auto unblocked =
        m_http->send("PATCH", u"/api/v1/wedding/slots/"_s + slot,
                     QJsonDocument(QJsonObject{{u"blocked"_s, false}}).toJson(), m_registrar);
    QCOMPARE(unblocked.json.toObject().value(u"status"_s).toString(), u"free"_s);
    QCOMPARE(reserve(slot).status, 201);
}

void tst_WeddingApi::reservationRejects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("no second partner") << QByteArray(R"({"partner1":"A"})") << 400;
    QTest::newRow("empty partner") << QByteArray(R"({"partner1":"A","partner2":"  "})") << 400;
    QTest::newRow("partner not text") << QByteArray(R"({"partner1":"A","partner2":7})") << 400;
    QTest::newRow("bad e-mail") << QByteArray(R"({"partner1":"A","partner2":"B","email":"nein"})")
                                << 400;
    QTest::newRow("name too long")
        << (R"({"partner1":"A","partner2":")" + QByteArray(101, 'x') + R"("})") << 400;
    QTest::newRow("not JSON") << QByteArray("partner1=A") << 400;
}

void tst_WeddingApi::reservationRejects()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const QString slot = slotAt(at(m_monday.addDays(1), 10, 0));
    const auto result = m_http->send("POST", u"/api/v1/wedding/slots/%1/reservations"_s.arg(slot),
                                     body, m_registrar);
    QCOMPARE(result.status, status);
    QCOMPARE(slotById(slot).value(u"status"_s).toString(), u"free"_s);
    // Unknown slot, and a slot that has passed.
    QCOMPARE(reserve(u"999999"_s).status, 404);
    setClock(at(m_monday.addDays(1), 10, 1));
    QCOMPARE(code(reserve(slot)), u"slot-past"_s);
}

void tst_WeddingApi::rolesAndPrivacy()
{
    const qint64 revision = m_http->get(u"/api/v1/changes?since=0"_s, m_supervisor)
                                .json.toObject()
                                .value(u"revision"_s)
                                .toInteger();
    const auto reserved = reserve(slotAt(at(m_monday.addDays(2), 10, 0)));
    const QString id = reserved.json.toObject().value(u"id"_s).toString();

    // Counter clerks do not run the Traukalender.
    const QString range = u"from=%1"_s.arg(m_monday.toString(Qt::ISODate));
    QCOMPARE(m_http->get(u"/api/v1/wedding/slots?"_s + range, m_clerk).status, 403);
    QCOMPARE(m_http
                 ->send("POST", u"/api/v1/wedding/slots/1/reservations"_s,
                        R"({"partner1":"A","partner2":"B"})", m_clerk)
                 .status,
             403);
    QCOMPARE(m_http->get(u"/api/v1/wedding/slots?"_s + range).status, 401);

    // A supervisor sees the calendar, not who marries.
    const auto seen = m_http->get(u"/api/v1/wedding/bookings/"_s + id, m_supervisor);
    QCOMPARE(seen.status, 200);
    QCOMPARE(seen.json.toObject().value(u"partner1"_s).toString(), QString());
    QCOMPARE(seen.json.toObject().value(u"email"_s).toString(), QString());
    QCOMPARE(seen.json.toObject().value(u"status"_s).toString(), u"reserved"_s);
    const auto listed =
        m_http->get(u"/api/v1/wedding/bookings?from=%1&to=%2"_s.arg(
                        m_monday.toString(Qt::ISODate), m_monday.addDays(6).toString(Qt::ISODate)),
                    m_supervisor);
    QCOMPARE(listed.json.toArray().size(), 1);
    QCOMPARE(listed.json.toArray().first().toObject().value(u"partner2"_s).toString(), QString());
    QCOMPARE(
        m_http->send("PATCH", u"/api/v1/wedding/bookings/"_s + id, R"({"notes":"x"})", m_supervisor)
            .status,
        403);

    // The same in the changes feed.
    const auto feed = m_http->get(u"/api/v1/changes?since=%1"_s.arg(revision), m_supervisor);
    bool found = false;
    for (const QJsonValue &value : feed.json.toObject().value(u"changes"_s).toArray()) {
        const QJsonObject change = value.toObject();
        if (change.value(u"entity"_s).toString() != u"wedding_booking"_s)
            continue;
        QCOMPARE(change.value(u"data"_s).toObject().value(u"partner1"_s).toString(), QString());
        found |= change.value(u"id"_s).toString() == id;
    }
    QVERIFY(found);
    const auto own = m_http->get(u"/api/v1/wedding/bookings/"_s + id, m_registrar);
    QCOMPARE(own.json.toObject().value(u"partner1"_s).toString(), u"Erika Mustermann"_s);
}

void tst_WeddingApi::retentionCancelsLapsedAndForgetsPastCouples()
{
    const auto reserved = reserve(slotAt(at(m_monday.addDays(4), 13, 0)));
    const QJsonObject booking = reserved.json.toObject();
    setClock(msecsFromIsoTime(booking.value(u"expiresAt"_s).toString()) + 1000);
    RetentionJob job(m_server->backend());
    QVERIFY(job.runOnce() >= 0);
    const auto after = m_http->get(
        u"/api/v1/wedding/bookings/"_s + booking.value(u"id"_s).toString(), m_registrar);
    QCOMPARE(after.json.toObject().value(u"status"_s).toString(), u"cancelled"_s);
    QCOMPARE(slotById(booking.value(u"slotId"_s).toString()).value(u"status"_s).toString(),
             u"free"_s);
    // The couple stays on record until the retention period after their day
    // has passed; then only the booking's facts remain.
    QCOMPARE(after.json.toObject().value(u"partner1"_s).toString(), u"Erika Mustermann"_s);
    const QJsonObject open = registered(); // on the Tuesday, still open
    setClock(msecsFromIsoTime(booking.value(u"startsAt"_s).toString()) + 15 * kDay);
    QVERIFY(job.runOnce() >= 0);
    const QJsonObject gone =
        m_http->get(u"/api/v1/wedding/bookings/"_s + booking.value(u"id"_s).toString(), m_registrar)
            .json.toObject();
    QCOMPARE(gone.value(u"partner1"_s).toString(), QString());
    QCOMPARE(gone.value(u"email"_s).toString(), QString());
    QCOMPARE(gone.value(u"status"_s).toString(), u"cancelled"_s);
    QCOMPARE(gone.value(u"roomName"_s).toString(), u"Trauzimmer im Rathaus"_s);
    // A booking never closed (registered, never completed) loses its couple
    // all the same once its day is past the retention period; its state stays.
    const QJsonObject neverClosed =
        m_http->get(u"/api/v1/wedding/bookings/"_s + open.value(u"id"_s).toString(), m_registrar)
            .json.toObject();
    QCOMPARE(neverClosed.value(u"status"_s).toString(), u"registered"_s);
    QCOMPARE(neverClosed.value(u"partner1"_s).toString(), QString());
    QCOMPARE(neverClosed.value(u"phone"_s).toString(), QString());
}

void tst_WeddingApi::scannedPapersAttachToAWedding()
{
    const auto reserved = reserve(slotAt(at(m_monday.addDays(3), 12, 15)));
    const QString id = reserved.json.toObject().value(u"id"_s).toString();
    const QByteArray pdf = "%PDF-1.4\n% Geburtsurkunde (scan)\n%%EOF\n";
    QJsonObject body{{u"caseType"_s, u"wedding"_s},
                     {u"caseId"_s, id},
                     {u"fileName"_s, u"geburtsurkunde.pdf"_s},
                     {u"contentType"_s, u"application/pdf"_s},
                     {u"content"_s, QString::fromLatin1(pdf.toBase64())},
                     {u"pages"_s, 1}};
    const auto sent =
        m_http->send("POST", u"/api/v1/documents"_s, QJsonDocument(body).toJson(), m_registrar);
    QVERIFY2(sent.status == 201, sent.body.constData());
    QCOMPARE(sent.json.toObject().value(u"caseType"_s).toString(), u"wedding"_s);
    const auto listed =
        m_http->get(u"/api/v1/documents?caseType=wedding&caseId="_s + id, m_registrar);
    QCOMPARE(listed.json.toArray().size(), 1);

    body.insert(u"caseId"_s, u"999999"_s);
    QCOMPARE(m_http->send("POST", u"/api/v1/documents"_s, QJsonDocument(body).toJson(), m_registrar)
                 .status,
             404);
}

QTEST_GUILESS_MAIN(tst_WeddingApi)
#include "tst_weddingapi.moc"
