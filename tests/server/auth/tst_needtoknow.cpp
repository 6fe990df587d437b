// Need-to-know over every read path: for each role, what of each entity the
// changes feed, the events WebSocket and the GET routes carry. A citizen's
// name, contact data, notes, booking codes, a couple and a document's content
// reach only those who serve them; the display gets a ticket's call, the
// kiosk and the administrator no citizen's data at all. On both databases.

#include "core/domain/isotime.h"
#include "server/instance/backend.h"
#include "testsupport.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QWebSocket>

using namespace Qt::StringLiterals;
using TestSupport::HttpClient;
using TestSupport::HttpResult;

namespace {
// How a role receives an entity kind.
enum class Sees { Nothing, Whole, Without, Only };
struct Expect
{
    Sees sees = Sees::Nothing;
    QStringList members; // left out (Without) or the only ones (Only)
};

const QStringList kAppointmentContact{u"name"_s, u"phone"_s, u"email"_s, u"notes"_s,
                                      u"bookingCode"_s};
const QStringList kCouple{u"partner1"_s, u"partner2"_s,    u"email"_s,        u"phone"_s,
                          u"notes"_s,    u"bookingCode"_s, u"feeReference"_s, u"documents"_s};
const QStringList kDocumentContent{u"fileName"_s, u"codes"_s, u"storagePath"_s, u"sha256"_s};
const QStringList kTicketCall{u"id"_s,     u"officeId"_s,  u"serviceId"_s, u"number"_s,
                              u"status"_s, u"counterId"_s, u"calledAt"_s,  u"callCount"_s};

// The table of docs/privacy.md, for the logins of this test. `standesamt`:
// whether the entity belongs to a Standesamt office.
Expect expected(const QString &login, const QString &entity, bool standesamt = false)
{
    if (entity == u"office"_s || entity == u"service"_s || entity == u"counter"_s)
        return {Sees::Whole, {}};
    if (login == u"mueller"_s) { // clerk
        if (entity == u"ticket"_s || entity == u"appointment"_s || entity == u"document"_s)
            return {Sees::Whole, {}};
        return {};
    }
    if (login == u"schmidt"_s) { // registrar
        if (entity == u"wedding_booking"_s || (entity == u"appointment"_s && standesamt))
            return {Sees::Whole, {}};
        return {};
    }
    if (login == u"aufsicht"_s) { // supervisor only
        if (entity == u"ticket"_s)
            return {Sees::Without, {u"notes"_s}};
        if (entity == u"appointment"_s)
            return {Sees::Without, kAppointmentContact};
        if (entity == u"wedding_booking"_s)
            return {Sees::Without, kCouple};
        if (entity == u"document"_s)
            return {Sees::Without, kDocumentContent};
        return {};
    }
    if (login == u"anzeige"_s && entity == u"ticket"_s) // display
        return {Sees::Only, kTicketCall};
    return {}; // kiosk, admin
}

const QStringList kLogins{u"mueller"_s, u"schmidt"_s, u"aufsicht"_s,
                          u"anzeige"_s, u"kiosk"_s,   u"admin"_s};
} // namespace

class tst_NeedToKnow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void feedCarriesOnlyWhatEachRoleNeeds_data();
    void feedCarriesOnlyWhatEachRoleNeeds();
    void eventsCarryOnlyWhatEachRoleNeeds_data();
    void eventsCarryOnlyWhatEachRoleNeeds();
    void readRoutesAnswerOnlyWhatEachRoleNeeds_data();
    void readRoutesAnswerOnlyWhatEachRoleNeeds();
    void feedPageOfNothingVisibleStillMovesTheCursor();
    void writesToWhatOneMayNotSeeAreNotFound();
    void eventsSayWhatCameBefore();
    void logoutEndsTheEventSocket();

private:
    // The citizens' data made in initTestCase that `login` may receive.
    QStringList secretsFor(const QString &login) const;
    QStringList allSecrets() const;
    void checkEntity(const QString &login, const QString &entity, const QJsonObject &data,
                     const QString &where);
    void checkText(const QString &login, const QString &text, const QString &where);
    QByteArray token(const QString &login) const { return m_tokens.value(login); }
    QStringList feedPages(const QString &login, int limit);

    QTemporaryDir m_dir;
    std::unique_ptr<ServerInstance> m_server;
    std::unique_ptr<HttpClient> m_http;
    QHash<QString, QByteArray> m_tokens;
    QSet<QString> m_standesamtOffices;
    std::map<QString, std::unique_ptr<QWebSocket>> m_sockets;
    QHash<QString, QStringList> m_messages;

    QString m_appointmentId;
    QString m_appointmentCode;
    QString m_bookingId;
    QString m_bookingCode;
    QString m_ticketId;
    QDate m_day;
};

void tst_NeedToKnow::initTestCase()
{
    DatabaseUrl url;
    TRESEN_FRESH_DATABASE(url, u"tst_needtoknow"_s, m_dir);
    QString error;
    m_server = TestSupport::startDemoServer(url, &error);
    QVERIFY2(m_server, qPrintable(error));
    m_server->backend().users.addOrUpdate(u"aufsicht"_s, u"Nur Aufsicht"_s, Role::Supervisor,
                                          u"demo"_s);
    m_http = std::make_unique<HttpClient>(QUrl(m_server->baseUrl()));
    for (const QString &login : kLogins) {
        m_tokens.insert(login, m_http->login(login, u"demo"_s));
        QVERIFY2(!token(login).isEmpty(), qPrintable(login));
    }
    for (const QJsonValue &office :
         m_http->get(u"/api/v1/offices"_s, token(u"admin"_s)).json.toArray()) {
        if (office[u"kind"_s].toString() == u"standesamt"_s)
            m_standesamtOffices.insert(office[u"id"_s].toString());
    }
    QVERIFY(!m_standesamtOffices.isEmpty());
    QVERIFY(!m_standesamtOffices.contains(u"1"_s)); // the appointments below are the Bürgeramt's

    // Every login listens before anything is made.
    for (const QString &login : kLogins) {
        auto socket = std::make_unique<QWebSocket>();
        connect(socket.get(), &QWebSocket::textMessageReceived, this,
                [this, login](const QString &message) { m_messages[login].append(message); });
        QVERIFY2(TestSupport::openEvents(*socket, m_server->baseUrl(), token(login)),
                 qPrintable(login));
        m_sockets[login] = std::move(socket);
    }

    // A citizen's appointment with everything a clerk may note.
    m_day = TestSupport::mondayWeeksAhead(3);
    const HttpResult appointment = m_http->send(
        "POST", u"/api/v1/appointments"_s,
        QJsonDocument(
            QJsonObject{{u"serviceId"_s, u"1"_s},
                        {u"startsAt"_s,
                         isoTimeFromMSecs(QDateTime(m_day, QTime(9, 30)).toMSecsSinceEpoch())},
                        {u"name"_s, u"Rüdiger Geheim"_s},
                        {u"email"_s, u"r.geheim@example.org"_s},
                        {u"phone"_s, u"0170 4711 0815"_s},
                        {u"notes"_s, u"Kommt mit Dolmetscherin"_s}})
            .toJson(),
        token(u"mueller"_s));
    QCOMPARE(appointment.status, 201);
    m_appointmentId = appointment.json[u"id"_s].toString();
    m_appointmentCode = appointment.json[u"bookingCode"_s].toString();

    // A walk-in ticket with a note.
    const HttpResult ticket = m_http->send(
        "POST", u"/api/v1/tickets"_s,
        QJsonDocument(QJsonObject{{u"serviceId"_s, u"1"_s}, {u"notes"_s, u"Rollstuhl-Notiz"_s}})
            .toJson(),
        token(u"mueller"_s));
    QCOMPARE(ticket.status, 201);
    m_ticketId = ticket.json[u"id"_s].toString();

    // A page scanned for the appointment, with a code read from it.
    QImage page(40, 40, QImage::Format_RGB32);
    page.fill(Qt::white);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(page.save(&buffer, "PNG"));
    const HttpResult document = m_http->send(
        "POST", u"/api/v1/documents"_s,
        QJsonDocument(QJsonObject{
                          {u"caseType"_s, u"appointment"_s},
                          {u"caseId"_s, m_appointmentId},
                          {u"contentType"_s, u"image/png"_s},
                          {u"fileName"_s, u"Ausweis-Geheim.png"_s},
                          {u"content"_s, QString::fromLatin1(png.toBase64())},
                          {u"pages"_s, 1},
                          {u"codes"_s, QJsonArray{QJsonObject{{u"text"_s, u"GEHEIMCODE-42"_s}}}},
                      })
            .toJson(),
        token(u"mueller"_s));
    QVERIFY2(document.status == 201, document.body.constData());

    // A couple's reservation in the Standesamt.
    const HttpResult offered =
        m_http->get(u"/api/v1/wedding/slots?from=%1&to=%2"_s.arg(
                        m_day.toString(Qt::ISODate), m_day.addDays(4).toString(Qt::ISODate)),
                    token(u"schmidt"_s));
    QCOMPARE(offered.status, 200);
    QString slotId;
    for (const QJsonValue &slot : offered.json.toArray()) {
        if (slot[u"status"_s].toString() == u"free"_s) {
            slotId = slot[u"id"_s].toString();
            break;
        }
    }
    QVERIFY(!slotId.isEmpty());
    const HttpResult booking =
        m_http->send("POST", u"/api/v1/wedding/slots/%1/reservations"_s.arg(slotId),
                     QJsonDocument(QJsonObject{{u"partner1"_s, u"Hella Heimlich"_s},
                                               {u"partner2"_s, u"Bodo Verborgen"_s},
                                               {u"email"_s, u"paar@example.org"_s}})
                         .toJson(),
                     token(u"schmidt"_s));
    QVERIFY2(booking.status == 201, booking.body.constData());
    m_bookingId = booking.json[u"id"_s].toString();
    m_bookingCode = booking.json[u"bookingCode"_s].toString();

    // Each listener has heard of all four, as far as it may.
    QTRY_VERIFY_WITH_TIMEOUT(m_messages.value(u"mueller"_s).size() >= 3, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_messages.value(u"schmidt"_s).size() >= 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_messages.value(u"aufsicht"_s).size() >= 4, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_messages.value(u"anzeige"_s).size() >= 1, 10000);
}

void tst_NeedToKnow::cleanupTestCase()
{
    m_sockets.clear();
    m_http.reset();
    m_server.reset();
}

QStringList tst_NeedToKnow::allSecrets() const
{
    return {u"Rüdiger Geheim"_s, u"r.geheim@example.org"_s, u"0170 4711 0815"_s,
            u"Dolmetscherin"_s,  m_appointmentCode,         u"Rollstuhl-Notiz"_s,
            u"Ausweis-Geheim"_s, u"GEHEIMCODE-42"_s,        u"Hella Heimlich"_s,
            u"Bodo Verborgen"_s, u"paar@example.org"_s,     m_bookingCode};
}

QStringList tst_NeedToKnow::secretsFor(const QString &login) const
{
    const QStringList all = allSecrets();
    if (login == u"mueller"_s)
        return all.mid(0, 8); // the appointment, the ticket's note, the document
    if (login == u"schmidt"_s)
        return all.mid(8); // the couple
    return {};
}

void tst_NeedToKnow::checkText(const QString &login, const QString &text, const QString &where)
{
    const QStringList allowed = secretsFor(login);
    for (const QString &secret : allSecrets()) {
        if (!allowed.contains(secret))
            QVERIFY2(!text.contains(secret),
                     qPrintable(u"%1 received \"%2\" in %3"_s.arg(login, secret, where)));
    }
}

void tst_NeedToKnow::checkEntity(const QString &login, const QString &entity,
                                 const QJsonObject &data, const QString &where)
{
    const Expect expect =
        expected(login, entity, m_standesamtOffices.contains(data[u"officeId"_s].toString()));
    const QString what = u"%1: %2 %3 in %4"_s.arg(login, entity, data[u"id"_s].toString(), where);
    switch (expect.sees) {
    case Sees::Nothing:
        QFAIL(qPrintable(what + u" should not be there at all"_s));
        break;
    case Sees::Whole:
        break;
    case Sees::Without:
        for (const QString &member : expect.members)
            QVERIFY2(!data.contains(member), qPrintable(what + u" carries "_s + member));
        QVERIFY2(data.contains(u"id"_s), qPrintable(what + u" lost its id"_s));
        break;
    case Sees::Only:
        for (auto it = data.begin(); it != data.end(); ++it)
            QVERIFY2(expect.members.contains(it.key()),
                     qPrintable(what + u" carries "_s + it.key()));
        break;
    }
}

QStringList tst_NeedToKnow::feedPages(const QString &login, int limit)
{
    QStringList pages;
    qint64 since = 0;
    for (int guard = 0; guard < 10000; ++guard) {
        const HttpResult page =
            m_http->get(u"/api/v1/changes?since=%1&limit=%2"_s.arg(since).arg(limit), token(login));
        if (page.status != 200)
            return {};
        pages.append(QString::fromUtf8(page.body));
        if (!page.json[u"more"_s].toBool())
            return pages;
        since = page.json[u"cursor"_s].toInteger();
    }
    return {};
}

void tst_NeedToKnow::feedCarriesOnlyWhatEachRoleNeeds_data()
{
    QTest::addColumn<QString>("login");
    for (const QString &login : kLogins)
        QTest::newRow(qPrintable(login)) << login;
}

void tst_NeedToKnow::feedCarriesOnlyWhatEachRoleNeeds()
{
    QFETCH(QString, login);
    const QStringList pages = feedPages(login, 5000);
    QVERIFY(!pages.isEmpty());
    QSet<QString> kinds;
    for (const QString &page : pages) {
        checkText(login, page, u"the changes feed"_s);
        const QJsonArray changes =
            QJsonDocument::fromJson(page.toUtf8()).object()[u"changes"_s].toArray();
        for (const QJsonValue &change : changes) {
            const QString entity = change[u"entity"_s].toString();
            kinds.insert(entity);
            checkEntity(login, entity, change[u"data"_s].toObject(), u"the changes feed"_s);
            if (QTest::currentTestFailed())
                return;
        }
    }
    // What each may receive does arrive.
    // (The demo's Standesamt appointments, which a registrar may receive, are
    // checked one by one above.)
    for (const QString &entity : {u"office"_s, u"ticket"_s, u"document"_s, u"wedding_booking"_s})
        QCOMPARE(kinds.contains(entity), expected(login, entity).sees != Sees::Nothing);
    const QString feed = pages.join(u'\n');
    for (const QString &secret : secretsFor(login))
        QVERIFY2(feed.contains(secret), qPrintable(login + u" misses "_s + secret));
}

void tst_NeedToKnow::eventsCarryOnlyWhatEachRoleNeeds_data()
{
    feedCarriesOnlyWhatEachRoleNeeds_data();
}

void tst_NeedToKnow::eventsCarryOnlyWhatEachRoleNeeds()
{
    QFETCH(QString, login);
    QSet<QString> kinds;
    for (const QString &message : m_messages.value(login)) {
        checkText(login, message, u"an event"_s);
        const QJsonObject change = QJsonDocument::fromJson(message.toUtf8()).object();
        kinds.insert(change[u"entity"_s].toString());
        checkEntity(login, change[u"entity"_s].toString(), change[u"data"_s].toObject(),
                    u"an event"_s);
        if (QTest::currentTestFailed())
            return;
    }
    for (const QString &entity :
         {u"ticket"_s, u"appointment"_s, u"document"_s, u"wedding_booking"_s})
        QCOMPARE(kinds.contains(entity), expected(login, entity).sees != Sees::Nothing);
    const QString all = m_messages.value(login).join(u'\n');
    for (const QString &secret : secretsFor(login))
        QVERIFY2(all.contains(secret), qPrintable(login + u" misses "_s + secret));
}

void tst_NeedToKnow::readRoutesAnswerOnlyWhatEachRoleNeeds_data()
{
    feedCarriesOnlyWhatEachRoleNeeds_data();
}

void tst_NeedToKnow::readRoutesAnswerOnlyWhatEachRoleNeeds()
{
    QFETCH(QString, login);
    const QString day = m_day.toString(Qt::ISODate);
    struct Read
    {
        QString path;
        QString entity;
        bool list;
        QString member; // where the list is, in an object answer
    };
    const QList<Read> reads{
        {u"/api/v1/appointments/"_s + m_appointmentId, u"appointment"_s, false, {}},
        {u"/api/v1/appointments?officeId=1&from="_s + day, u"appointment"_s, true, {}},
        {u"/api/v1/tickets/"_s + m_ticketId, u"ticket"_s, false, {}},
        {u"/api/v1/queue?officeId=1"_s, u"ticket"_s, true, u"tickets"_s},
        {u"/api/v1/documents?caseType=appointment&caseId="_s + m_appointmentId,
         u"document"_s,
         true,
         {}},
        {u"/api/v1/wedding/bookings/"_s + m_bookingId, u"wedding_booking"_s, false, {}},
        {u"/api/v1/wedding/bookings?from=%1&to=%2"_s.arg(day,
                                                         m_day.addDays(4).toString(Qt::ISODate)),
         u"wedding_booking"_s,
         true,
         {}},
    };
    for (const Read &read : reads) {
        const HttpResult answer = m_http->get(read.path, token(login));
        checkText(login, QString::fromUtf8(answer.body), read.path);
        const bool receives = expected(login, read.entity).sees != Sees::Nothing;
        // A route that does not serve the role refuses it, whatever the role
        // may receive elsewhere (a display gets tickets, but as calls).
        if (answer.status == 403)
            continue;
        if (answer.status == 404) { // not found for this recipient
            QVERIFY2(!receives, qPrintable(u"%1: %2 answered 404"_s.arg(login, read.path)));
            continue;
        }
        QVERIFY2(answer.status == 200,
                 qPrintable(u"%1: %2 answered %3"_s.arg(login, read.path).arg(answer.status)));
        QJsonArray entities;
        if (!read.list)
            entities.append(answer.json);
        else if (read.member.isEmpty())
            entities = answer.json.toArray();
        else
            entities = answer.json[read.member].toArray();
        if (!receives)
            QVERIFY2(entities.isEmpty(), qPrintable(login + u" got entities from "_s + read.path));
        QVERIFY2(!receives || !entities.isEmpty(),
                 qPrintable(login + u" got nothing from "_s + read.path));
        for (const QJsonValue &entity : std::as_const(entities)) {
            checkEntity(login, read.entity, entity.toObject(), read.path);
            if (QTest::currentTestFailed())
                return;
        }
    }
}

void tst_NeedToKnow::feedPageOfNothingVisibleStillMovesTheCursor()
{
    // Pages of one change: most of them are nothing the kiosk may receive,
    // yet it reaches the end and sees every office.
    const QStringList pages = feedPages(u"kiosk"_s, 1);
    QVERIFY(pages.size() > 10);
    int offices = 0;
    for (const QString &page : pages) {
        for (const QJsonValue &change :
             QJsonDocument::fromJson(page.toUtf8()).object()[u"changes"_s].toArray())
            offices += change[u"entity"_s].toString() == u"office"_s ? 1 : 0;
    }
    QCOMPARE(offices, int(m_server->backend().directory.offices().size()));
}

void tst_NeedToKnow::writesToWhatOneMayNotSeeAreNotFound()
{
    // A registrar may book and change appointments, but not the Bürgeramt's:
    // an empty change or a cancel must not answer with the citizen.
    const QString path = u"/api/v1/appointments/"_s + m_appointmentId;
    const HttpResult patch = m_http->send("PATCH", path, "{}", token(u"schmidt"_s));
    QCOMPARE(patch.status, 404);
    checkText(u"schmidt"_s, QString::fromUtf8(patch.body), u"PATCH"_s);
    const HttpResult cancel = m_http->send("DELETE", path, {}, token(u"schmidt"_s));
    QCOMPARE(cancel.status, 404);
    checkText(u"schmidt"_s, QString::fromUtf8(cancel.body), u"DELETE"_s);
    QCOMPARE(m_http->get(path, token(u"mueller"_s)).json[u"status"_s].toString(), u"booked"_s);
}

void tst_NeedToKnow::eventsSayWhatCameBefore()
{
    // Each event names the revision sent before it to the same listener, so
    // a gap of changes that were not for it is no gap.
    for (const QString &login : kLogins) {
        qint64 previous = -1;
        for (const QString &message : m_messages.value(login)) {
            const auto change =
                Change::fromJson(QJsonDocument::fromJson(message.toUtf8()).object());
            QVERIFY2(change, qPrintable(change.error()));
            QVERIFY2(change->after >= 0, qPrintable(login));
            if (previous >= 0)
                QCOMPARE(change->after, previous);
            previous = change->revision;
        }
    }
}

void tst_NeedToKnow::logoutEndsTheEventSocket()
{
    const QByteArray session = m_http->login(u"mueller"_s, u"demo"_s);
    QWebSocket socket;
    QSignalSpy received(&socket, &QWebSocket::textMessageReceived);
    QVERIFY(TestSupport::openEvents(socket, m_server->baseUrl(), session));
    QCOMPARE(m_http->send("DELETE", u"/api/v1/session"_s, {}, session).status, 204);

    // What happens after the logout reaches the other sessions, not this one.
    const qsizetype before = m_messages.value(u"mueller"_s).size();
    QCOMPARE(m_http->send("POST", u"/api/v1/tickets"_s, R"({"serviceId":"1"})", token(u"mueller"_s))
                 .status,
             201);
    QTRY_COMPARE_WITH_TIMEOUT(m_messages.value(u"mueller"_s).size(), before + 1, 10000);
    QCOMPARE(received.size(), 0);
}

QTEST_MAIN(tst_NeedToKnow)
#include "tst_needtoknow.moc"
