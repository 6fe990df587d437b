// Need-to-know over every read path: for each role, what of each entity the
// changes feed, the events WebSocket and the GET routes carry. A citizen's
// name, contact data, notes, booking codes, a couple and a document's content
// reach only those who serve them; the display gets a ticket's call, the
// kiosk and the administrator no citizen's data at all. On both databases.

#include "core/domain/isotime.h"
#include "core/domain/personaldata.h"
#include "server/auth/needtoknow.h"
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
// How a recipient receives an entity kind.
enum class Sees { Nothing, Whole, Only };
struct Expect
{
    Sees sees = Sees::Nothing;
    QStringList members; // Only: the only ones
};

const QStringList kTicketCall{u"id"_s,     u"officeId"_s,  u"serviceId"_s, u"number"_s,
                              u"status"_s, u"counterId"_s, u"calledAt"_s,  u"callCount"_s};

// The roles of this test's logins ("beide" serves at a counter and marries
// couples: the union of both).
Roles rolesOf(const QString &login)
{
    static const QHash<QString, Roles> roles{
        {u"mueller"_s, Role::Clerk},
        {u"schmidt"_s, Role::Registrar},
        {u"aufsicht"_s, Role::Supervisor},
        {u"anzeige"_s, Role::Display},
        {u"kiosk"_s, Role::Kiosk},
        {u"admin"_s, Role::Admin},
        {u"beide"_s, Role::Clerk | Role::Registrar},
    };
    return roles.value(login);
}

// One role's column of the table in docs/privacy.md. `data`: the entity,
// whose case type (documents) decides; `standesamt`: whether it belongs to a
// Standesamt office.
Expect expectedOf(Role role, const QString &entity, const QJsonObject &data, bool standesamt)
{
    if (entity == u"office"_s || entity == u"service"_s || entity == u"counter"_s)
        return {Sees::Whole, {}};
    const QString caseType = data[u"caseType"_s].toString();
    switch (role) {
    case Role::Clerk:
        if (entity == u"ticket"_s || entity == u"appointment"_s || entity == u"payment"_s)
            return {Sees::Whole, {}};
        if (entity == u"document"_s && caseType != u"wedding"_s)
            return {Sees::Whole, {}};
        return {};
    case Role::Registrar:
        if (entity == u"wedding_booking"_s || entity == u"wedding_slot"_s ||
            entity == u"wedding_room"_s || entity == u"registrar"_s || entity == u"payment"_s ||
            (entity == u"appointment"_s && standesamt))
            return {Sees::Whole, {}};
        if (entity == u"document"_s && (caseType == u"wedding"_s || caseType == u"payment"_s))
            return {Sees::Whole, {}};
        return {};
    case Role::Supervisor:
        if (entity == u"wedding_room"_s || entity == u"registrar"_s)
            return {Sees::Whole, {}};
        if (!NeedToKnow::statisticsMembers(entity).isEmpty())
            return {Sees::Only, NeedToKnow::statisticsMembers(entity)};
        return {};
    case Role::Display:
        if (entity == u"ticket"_s)
            return {Sees::Only, kTicketCall};
        return {};
    case Role::Admin: // sets the rooms up; no citizen's data
        if (entity == u"wedding_room"_s)
            return {Sees::Whole, {}};
        return {};
    default: // kiosk
        return {};
    }
}

// What `login` receives: the union of its roles' columns.
Expect expected(const QString &login, const QString &entity, const QJsonObject &data = {},
                bool standesamt = false)
{
    Expect all;
    for (const Role role : allRoles()) {
        if (!rolesOf(login).testFlag(role))
            continue;
        const Expect one = expectedOf(role, entity, data, standesamt);
        if (one.sees == Sees::Whole)
            return one;
        if (one.sees == Sees::Only) {
            all.sees = Sees::Only;
            for (const QString &member : one.members) {
                if (!all.members.contains(member))
                    all.members.append(member);
            }
        }
    }
    return all;
}

// Whether `login` receives some entity of `entity` made in this test.
bool receivesSome(const QString &login, const QString &entity)
{
    for (const QString &caseType : {u"appointment"_s, u"payment"_s, u"wedding"_s}) {
        for (const bool standesamt : {false, true}) {
            if (expected(login, entity, {{u"caseType"_s, caseType}}, standesamt).sees !=
                Sees::Nothing)
                return true;
        }
    }
    return false;
}

const QStringList kLogins{u"mueller"_s, u"schmidt"_s, u"aufsicht"_s, u"anzeige"_s,
                          u"kiosk"_s,   u"admin"_s,   u"beide"_s};

// A citizen's data planted by the test, and who may receive it.
struct Secret
{
    QString text;
    QStringList receivers;
    bool inFeed = true; // false: only a GET route answers it
};

QJsonObject pngDocument(const QString &caseType, const QString &caseId, const QString &fileName,
                        const QString &code)
{
    QImage page(40, 40, QImage::Format_RGB32);
    page.fill(Qt::white);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    page.save(&buffer, "PNG");
    return {
        {u"caseType"_s, caseType},
        {u"caseId"_s, caseId},
        {u"contentType"_s, u"image/png"_s},
        {u"fileName"_s, fileName},
        {u"content"_s, QString::fromLatin1(png.toBase64())},
        {u"pages"_s, 1},
        {u"codes"_s, QJsonArray{QJsonObject{{u"text"_s, code}}}},
    };
}

// A payment of the demo provider, and its purpose.
const QString kPaymentReference = u"5.0001.000002.9"_s;
const QString kPaymentPurpose = u"Verwarnungsgeld Parkverstoß"_s;
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
    void statisticsMembersNameNobody_data();
    void statisticsMembersNameNobody();
    void supervisorGetsOnlyListedMembers_data();
    void supervisorGetsOnlyListedMembers();
    void displayGetsOnlyTheCallBoard();
    void paymentLookupPerRole_data();
    void paymentLookupPerRole();
    void feedPageOfNothingVisibleStillMovesTheCursor();
    void writesToWhatOneMayNotSeeAreNotFound();
    void eventsSayWhatCameBefore();
    void logoutEndsTheEventSocket();

private:
    // The citizens' data made in initTestCase that `login` may receive (in
    // the feed only those that travel there).
    QStringList secretsFor(const QString &login, bool feed) const;
    QStringList allSecrets() const;
    void checkEntity(const QString &login, const QString &entity, const QJsonObject &data,
                     const QString &where);
    void checkText(const QString &login, const QString &text, const QString &where);
    QByteArray token(const QString &login) const { return m_tokens.value(login); }
    QStringList feedPages(const QString &login, int limit, qint64 since = 0);
    QString postDocument(const QJsonObject &document, const QString &login);

    QTemporaryDir m_dir;
    std::unique_ptr<ServerInstance> m_server;
    std::unique_ptr<HttpClient> m_http;
    QHash<QString, QByteArray> m_tokens;
    QSet<QString> m_standesamtOffices;
    std::map<QString, std::unique_ptr<QWebSocket>> m_sockets;
    QHash<QString, QStringList> m_messages;
    QList<Secret> m_secrets;

    QString m_appointmentId;
    QString m_appointmentCode;
    QString m_standesamtAppointmentId;
    QString m_bookingId;
    QString m_bookingCode;
    QString m_ticketId;
    QString m_documentId; // of the appointment
    QString m_slotId;     // blocked, with a reason
    QDate m_day;
};

QString tst_NeedToKnow::postDocument(const QJsonObject &document, const QString &login)
{
    const HttpResult posted = m_http->send("POST", u"/api/v1/documents"_s,
                                           QJsonDocument(document).toJson(), token(login));
    if (posted.status != 201)
        qWarning("%s", posted.body.constData());
    return posted.status == 201 ? posted.json[u"id"_s].toString() : QString();
}

void tst_NeedToKnow::initTestCase()
{
    DatabaseUrl url;
    TRESEN_FRESH_DATABASE(url, u"tst_needtoknow"_s, m_dir);
    QString error;
    m_server = TestSupport::startDemoServer(url, &error);
    QVERIFY2(m_server, qPrintable(error));
    m_server->backend().users.addOrUpdate(u"aufsicht"_s, u"Nur Aufsicht"_s, Role::Supervisor,
                                          u"demo"_s);
    m_server->backend().users.addOrUpdate(u"beide"_s, u"Schalter und Trauung"_s,
                                          Role::Clerk | Role::Registrar, u"demo"_s);
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

    const QStringList clerks{u"mueller"_s, u"beide"_s};
    const QStringList registrars{u"schmidt"_s, u"beide"_s};
    const QStringList clerksAndRegistrars{u"mueller"_s, u"schmidt"_s, u"beide"_s};

    // A citizen's appointment in the Bürgeramt with everything a clerk may note.
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
    for (const QString &secret : {u"Rüdiger Geheim"_s, u"r.geheim@example.org"_s,
                                  u"0170 4711 0815"_s, u"Dolmetscherin"_s, m_appointmentCode})
        m_secrets.append({secret, clerks});

    // An appointment in the Standesamt (a Namenserklärung): its registrars
    // receive it too.
    const QString standesamt = *m_standesamtOffices.constBegin();
    QString declarationService;
    for (const QJsonValue &service :
         m_http->get(u"/api/v1/services?officeId="_s + standesamt, token(u"mueller"_s))
             .json.toArray()) {
        if (service[u"prefix"_s].toString() == u"N"_s)
            declarationService = service[u"id"_s].toString();
    }
    QVERIFY(!declarationService.isEmpty());
    for (int slot = 0; slot < 12 && m_standesamtAppointmentId.isEmpty(); ++slot) {
        const QDateTime startsAt(m_day.addDays(1), QTime(8, 30).addSecs(slot * 20 * 60));
        const HttpResult booked =
            m_http->send("POST", u"/api/v1/appointments"_s,
                         QJsonDocument(QJsonObject{{u"serviceId"_s, declarationService},
                                                   {u"startsAt"_s,
                                                    isoTimeFromMSecs(startsAt.toMSecsSinceEpoch())},
                                                   {u"name"_s, u"Standa Amtlich"_s}})
                             .toJson(),
                         token(u"mueller"_s));
        if (booked.status == 201) {
            m_standesamtAppointmentId = booked.json[u"id"_s].toString();
            m_secrets.append({u"Standa Amtlich"_s, clerksAndRegistrars});
            m_secrets.append({booked.json[u"bookingCode"_s].toString(), clerksAndRegistrars});
        }
    }
    QVERIFY(!m_standesamtAppointmentId.isEmpty());

    // A walk-in ticket with a note.
    const HttpResult ticket = m_http->send(
        "POST", u"/api/v1/tickets"_s,
        QJsonDocument(QJsonObject{{u"serviceId"_s, u"1"_s}, {u"notes"_s, u"Rollstuhl-Notiz"_s}})
            .toJson(),
        token(u"mueller"_s));
    QCOMPARE(ticket.status, 201);
    m_ticketId = ticket.json[u"id"_s].toString();
    m_secrets.append({u"Rollstuhl-Notiz"_s, clerks});

    // A page scanned for the appointment, with a code read from it.
    m_documentId = postDocument(
        pngDocument(u"appointment"_s, m_appointmentId, u"Ausweis-Geheim.png"_s, u"GEHEIMCODE-42"_s),
        u"mueller"_s);
    QVERIFY(!m_documentId.isEmpty());
    m_secrets.append({u"Ausweis-Geheim"_s, clerks});
    m_secrets.append({u"GEHEIMCODE-42"_s, clerks});

    // A receipt scanned for a payment case: clerks and registrars handle payments.
    QVERIFY(!postDocument(pngDocument(u"payment"_s, kPaymentReference, u"Zahlbeleg-Geheim.png"_s,
                                      u"ZAHLCODE-77"_s),
                          u"mueller"_s)
                 .isEmpty());
    m_secrets.append({u"Zahlbeleg-Geheim"_s, clerksAndRegistrars});
    m_secrets.append({u"ZAHLCODE-77"_s, clerksAndRegistrars});

    // A couple's reservation in the Standesamt.
    const HttpResult offered =
        m_http->get(u"/api/v1/wedding/slots?from=%1&to=%2"_s.arg(
                        m_day.toString(Qt::ISODate), m_day.addDays(4).toString(Qt::ISODate)),
                    token(u"schmidt"_s));
    QCOMPARE(offered.status, 200);
    QStringList free;
    for (const QJsonValue &slot : offered.json.toArray()) {
        if (slot[u"status"_s].toString() == u"free"_s)
            free.append(slot[u"id"_s].toString());
    }
    QVERIFY(free.size() >= 2);
    const HttpResult booking =
        m_http->send("POST", u"/api/v1/wedding/slots/%1/reservations"_s.arg(free.at(0)),
                     QJsonDocument(QJsonObject{{u"partner1"_s, u"Hella Heimlich"_s},
                                               {u"partner2"_s, u"Bodo Verborgen"_s},
                                               {u"email"_s, u"paar@example.org"_s}})
                         .toJson(),
                     token(u"schmidt"_s));
    QVERIFY2(booking.status == 201, booking.body.constData());
    m_bookingId = booking.json[u"id"_s].toString();
    m_bookingCode = booking.json[u"bookingCode"_s].toString();
    for (const QString &secret :
         {u"Hella Heimlich"_s, u"Bodo Verborgen"_s, u"paar@example.org"_s, m_bookingCode})
        m_secrets.append({secret, registrars});

    // The couple's birth certificate, scanned for the wedding.
    QVERIFY(!postDocument(
                 pngDocument(u"wedding"_s, m_bookingId, u"Urkunde-Geheim.png"_s, u"TRAUCODE-99"_s),
                 u"schmidt"_s)
                 .isEmpty());
    m_secrets.append({u"Urkunde-Geheim"_s, registrars});
    m_secrets.append({u"TRAUCODE-99"_s, registrars});

    // A slot blocked with a reason that names someone: the Standesamt's
    // planning, not the supervisor's.
    m_slotId = free.at(1);
    const HttpResult blocked =
        m_http->send("PATCH", u"/api/v1/wedding/slots/"_s + m_slotId,
                     QJsonDocument(QJsonObject{{u"blocked"_s, true},
                                               {u"reason"_s, u"Sperrgrund Familie Vertraulich"_s}})
                         .toJson(),
                     token(u"schmidt"_s));
    QVERIFY2(blocked.status == 200, blocked.body.constData());
    m_secrets.append({u"Familie Vertraulich"_s, registrars, false});

    // What a payment is for may name the payer: for those who serve at a desk.
    m_secrets.append({kPaymentPurpose, clerksAndRegistrars, false});

    // Each listener has heard of everything it may receive.
    for (const QString &login : kLogins) {
        QTRY_VERIFY2_WITH_TIMEOUT(
            [&] {
                const QString heard = m_messages.value(login).join(u'\n');
                for (const QString &secret : secretsFor(login, true)) {
                    if (!heard.contains(secret))
                        return false;
                }
                return true;
            }(),
            qPrintable(login), 10000);
    }
    QTRY_VERIFY_WITH_TIMEOUT(m_messages.value(u"aufsicht"_s).size() >= 7, 10000);
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
    QStringList all;
    for (const Secret &secret : m_secrets)
        all.append(secret.text);
    return all;
}

QStringList tst_NeedToKnow::secretsFor(const QString &login, bool feed) const
{
    QStringList mine;
    for (const Secret &secret : m_secrets) {
        if (secret.receivers.contains(login) && (secret.inFeed || !feed))
            mine.append(secret.text);
    }
    return mine;
}

void tst_NeedToKnow::checkText(const QString &login, const QString &text, const QString &where)
{
    const QStringList allowed = secretsFor(login, false);
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
        expected(login, entity, data, m_standesamtOffices.contains(data[u"officeId"_s].toString()));
    const QString what = u"%1: %2 %3 in %4"_s.arg(login, entity, data[u"id"_s].toString(), where);
    switch (expect.sees) {
    case Sees::Nothing:
        QFAIL(qPrintable(what + u" should not be there at all"_s));
        break;
    case Sees::Whole:
        break;
    case Sees::Only:
        for (auto it = data.begin(); it != data.end(); ++it)
            QVERIFY2(expect.members.contains(it.key()),
                     qPrintable(what + u" carries "_s + it.key()));
        break;
    }
}

QStringList tst_NeedToKnow::feedPages(const QString &login, int limit, qint64 since)
{
    QStringList pages;
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
    for (const QString &entity :
         {u"office"_s, u"ticket"_s, u"appointment"_s, u"document"_s, u"wedding_booking"_s})
        QVERIFY2(kinds.contains(entity) == receivesSome(login, entity),
                 qPrintable(login + u": "_s + entity));
    const QString feed = pages.join(u'\n');
    for (const QString &secret : secretsFor(login, true))
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
        QVERIFY2(kinds.contains(entity) == receivesSome(login, entity),
                 qPrintable(login + u": "_s + entity));
    const QString all = m_messages.value(login).join(u'\n');
    for (const QString &secret : secretsFor(login, true))
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
    const QString week = u"from=%1&to=%2"_s.arg(day, m_day.addDays(4).toString(Qt::ISODate));
    const QString standesamt = *m_standesamtOffices.constBegin();
    struct Read
    {
        QString path;
        QString entity;
        bool list;
        QString member;     // where the list is, in an object answer
        QJsonObject sample; // decides whether `login` receives what it reads
    };
    const QJsonObject inStandesamt{{u"officeId"_s, standesamt}};
    const QList<Read> reads{
        {u"/api/v1/appointments/"_s + m_appointmentId, u"appointment"_s, false, {}, {}},
        {u"/api/v1/appointments?officeId=1&from="_s + day, u"appointment"_s, true, {}, {}},
        {u"/api/v1/appointments/"_s + m_standesamtAppointmentId,
         u"appointment"_s,
         false,
         {},
         inStandesamt},
        {u"/api/v1/appointments?officeId=%1&%2"_s.arg(standesamt, week),
         u"appointment"_s,
         true,
         {},
         inStandesamt},
        {u"/api/v1/tickets/"_s + m_ticketId, u"ticket"_s, false, {}, {}},
        {u"/api/v1/queue?officeId=1"_s, u"ticket"_s, true, u"tickets"_s, {}},
        {u"/api/v1/documents?caseType=appointment&caseId="_s + m_appointmentId,
         u"document"_s,
         true,
         {},
         {{u"caseType"_s, u"appointment"_s}}},
        {u"/api/v1/documents?caseType=payment&caseId="_s + kPaymentReference,
         u"document"_s,
         true,
         {},
         {{u"caseType"_s, u"payment"_s}}},
        {u"/api/v1/documents?caseType=wedding&caseId="_s + m_bookingId,
         u"document"_s,
         true,
         {},
         {{u"caseType"_s, u"wedding"_s}}},
        {u"/api/v1/wedding/bookings/"_s + m_bookingId, u"wedding_booking"_s, false, {}, {}},
        {u"/api/v1/wedding/bookings?"_s + week, u"wedding_booking"_s, true, {}, {}},
        {u"/api/v1/wedding/slots?"_s + week, u"wedding_slot"_s, true, {}, {}},
        {u"/api/v1/wedding/rooms"_s, u"wedding_room"_s, true, {}, {}},
        {u"/api/v1/wedding/registrars"_s, u"registrar"_s, true, {}, {}},
        {u"/api/v1/payments/"_s + kPaymentReference, u"payment"_s, false, {}, {}},
    };
    QString answers;
    for (const Read &read : reads) {
        const HttpResult answer = m_http->get(read.path, token(login));
        checkText(login, QString::fromUtf8(answer.body), read.path);
        answers += QString::fromUtf8(answer.body);
        const bool receives =
            expected(login, read.entity, read.sample,
                     m_standesamtOffices.contains(read.sample[u"officeId"_s].toString()))
                .sees != Sees::Nothing;
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
    // Every secret `login` may receive is there to be read.
    for (const QString &secret : secretsFor(login, false))
        QVERIFY2(answers.contains(secret), qPrintable(login + u" could not read "_s + secret));
}

void tst_NeedToKnow::statisticsMembersNameNobody_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QStringList>("personal");
    QTest::addRow("ticket") << u"ticket"_s << QStringList{u"notes"_s};
    QTest::addRow("appointment") << u"appointment"_s
                                 << QStringList{u"name"_s, u"phone"_s, u"email"_s, u"notes"_s,
                                                u"bookingCode"_s};
    QTest::addRow("wedding_booking")
        << u"wedding_booking"_s
        << QStringList{u"partner1"_s, u"partner2"_s,    u"email"_s,        u"phone"_s,
                       u"notes"_s,    u"bookingCode"_s, u"feeReference"_s, u"documents"_s};
    QTest::addRow("wedding_slot") << u"wedding_slot"_s << QStringList{u"blockReason"_s};
    QTest::addRow("document") << u"document"_s
                              << QStringList{u"fileName"_s, u"codes"_s, u"storagePath"_s,
                                             u"sha256"_s, u"caseId"_s};
    QTest::addRow("payment") << u"payment"_s << QStringList{u"purpose"_s};
}

void tst_NeedToKnow::statisticsMembersNameNobody()
{
    // The supervisor's allow-lists hold no member that is about a person:
    // neither those named here nor those core/domain names.
    QFETCH(QString, entity);
    QFETCH(QStringList, personal);
    if (entity == u"appointment"_s)
        personal += AppointmentContact::personalMembers();
    if (entity == u"wedding_booking"_s)
        personal += WeddingCouple::personalMembers();
    const QStringList &allowed = NeedToKnow::statisticsMembers(entity);
    QVERIFY(allowed.contains(u"id"_s) || allowed.contains(u"reference"_s));
    for (const QString &member : std::as_const(personal))
        QVERIFY2(!allowed.contains(member), qPrintable(entity + u": "_s + member));
}

void tst_NeedToKnow::supervisorGetsOnlyListedMembers_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("whole"); // a login that receives it whole
    QTest::addRow("ticket") << u"ticket"_s << u"mueller"_s;
    QTest::addRow("appointment") << u"appointment"_s << u"mueller"_s;
    QTest::addRow("wedding_booking") << u"wedding_booking"_s << u"schmidt"_s;
    QTest::addRow("document") << u"document"_s << u"mueller"_s;
}

void tst_NeedToKnow::supervisorGetsOnlyListedMembers()
{
    // A member the stored JSON gains later (a new field of the entity) is
    // not a member statistics were promised: it must not reach a supervisor
    // until someone lists it. Planted here into the change log, as a later
    // version of the server would write it, and published as an event.
    QFETCH(QString, entity);
    QFETCH(QString, whole);
    Backend &backend = m_server->backend();
    std::optional<QJsonObject> data;
    QString id;
    if (entity == u"ticket"_s) {
        id = m_ticketId;
        data = backend.tickets.find(id.toLongLong())->toJson();
    } else if (entity == u"appointment"_s) {
        id = m_appointmentId;
        data = backend.appointments.find(id.toLongLong())->toJson();
    } else if (entity == u"wedding_booking"_s) {
        id = m_bookingId;
        data = backend.weddings.find(id.toLongLong())->toJson();
    } else {
        id = m_documentId;
        data = backend.documents.find(id.toLongLong());
    }
    QVERIFY(data);
    const QString planted = u"GEPFLANZT-"_s + entity;
    data->insert(u"kuenftigesFeld"_s, planted);
    Change change;
    {
        Transaction transaction(backend.db);
        change = backend.changes.recordUpsert(entity, id, entity + u".updated"_s, *data);
        transaction.commit();
    }
    backend.changes.discardRecorded();
    backend.committed({change}); // to the sockets, as a commit outside a request goes

    const auto fromFeed = [&](const QString &login) -> std::optional<QJsonObject> {
        for (const QString &page : feedPages(login, 5000, change.revision - 1)) {
            for (const QJsonValue &c :
                 QJsonDocument::fromJson(page.toUtf8()).object()[u"changes"_s].toArray()) {
                if (c[u"revision"_s].toInteger() == change.revision)
                    return c[u"data"_s].toObject();
            }
        }
        return std::nullopt;
    };
    const auto fromEvents = [&](const QString &login) -> std::optional<QJsonObject> {
        for (const QString &message : m_messages.value(login)) {
            const QJsonObject c = QJsonDocument::fromJson(message.toUtf8()).object();
            if (c[u"revision"_s].toInteger() == change.revision)
                return c[u"data"_s].toObject();
        }
        return std::nullopt;
    };

    // The plant is there for whoever receives the entity whole.
    const auto wholeFeed = fromFeed(whole);
    QVERIFY(wholeFeed);
    QCOMPARE(wholeFeed->value(u"kuenftigesFeld"_s).toString(), planted);
    QTRY_VERIFY_WITH_TIMEOUT(fromEvents(whole).has_value(), 10000);
    QCOMPARE(fromEvents(whole)->value(u"kuenftigesFeld"_s).toString(), planted);

    // The supervisor gets exactly the listed members the entity has.
    QStringList listed;
    for (const QString &member : NeedToKnow::statisticsMembers(entity)) {
        if (data->contains(member))
            listed.append(member);
    }
    listed.sort();
    QVERIFY(!listed.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(fromEvents(u"aufsicht"_s).has_value(), 10000);
    for (const auto &received : {fromFeed(u"aufsicht"_s), fromEvents(u"aufsicht"_s)}) {
        QVERIFY(received);
        QStringList keys = received->keys();
        keys.sort();
        QCOMPARE(keys, listed);
        QVERIFY(!QJsonDocument(*received).toJson().contains(planted.toUtf8()));
    }
}

void tst_NeedToKnow::displayGetsOnlyTheCallBoard()
{
    // A call, with a note planted on the called ticket afterwards.
    const HttpResult called =
        m_http->send("POST", u"/api/v1/counters/1/call-next"_s, "{}", token(u"mueller"_s));
    QCOMPARE(called.status, 200);
    const QString ticketId = called.json[u"id"_s].toString();
    const QString note = u"Aufrufnotiz Vertraulich"_s;
    m_server->backend().db.exec(u"UPDATE ticket SET notes = ? WHERE id = ?"_s,
                                {note, ticketId.toLongLong()});
    QVERIFY(m_http->get(u"/api/v1/tickets/"_s + ticketId, token(u"mueller"_s))
                .body.contains(note.toUtf8()));
    QVERIFY(m_http->get(u"/api/v1/queue?officeId=1"_s, token(u"mueller"_s))
                .body.contains(note.toUtf8()));

    // The board: TicketCall's members (its id as ticketId), and the name of
    // the counter that calls.
    QStringList board = kTicketCall;
    board.removeOne(u"id"_s);
    board += QStringList{u"ticketId"_s, u"counterName"_s};
    for (const QString &path : {u"/api/v1/calls?officeId=1"_s, u"/api/v1/queue?officeId=1"_s}) {
        const HttpResult answer = m_http->get(path, token(u"anzeige"_s));
        QCOMPARE(answer.status, 200);
        QVERIFY2(!answer.body.contains(note.toUtf8()), qPrintable(path));
        checkText(u"anzeige"_s, QString::fromUtf8(answer.body), path);
    }
    const QJsonArray calls =
        m_http->get(u"/api/v1/calls?officeId=1"_s, token(u"anzeige"_s)).json.toArray();
    bool found = false;
    for (const QJsonValue &call : calls) {
        found = found || call[u"ticketId"_s].toString() == ticketId;
        for (const QString &key : call.toObject().keys())
            QVERIFY2(board.contains(key), qPrintable(key));
    }
    QVERIFY(found);
    const QJsonArray queue = m_http->get(u"/api/v1/queue?officeId=1"_s, token(u"anzeige"_s))
                                 .json[u"tickets"_s]
                                 .toArray();
    QVERIFY(!queue.isEmpty());
    for (const QJsonValue &ticket : queue) {
        for (const QString &key : ticket.toObject().keys())
            QVERIFY2(kTicketCall.contains(key), qPrintable(key));
    }
}

void tst_NeedToKnow::paymentLookupPerRole_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("purpose");
    QTest::addRow("clerk") << u"mueller"_s << 200 << true;
    QTest::addRow("registrar") << u"schmidt"_s << 200 << true;
    QTest::addRow("clerk and registrar") << u"beide"_s << 200 << true;
    QTest::addRow("supervisor") << u"aufsicht"_s << 200 << false;
    QTest::addRow("display") << u"anzeige"_s << 403 << false;
    QTest::addRow("kiosk") << u"kiosk"_s << 403 << false;
    QTest::addRow("admin") << u"admin"_s << 403 << false;
}

void tst_NeedToKnow::paymentLookupPerRole()
{
    QFETCH(QString, login);
    QFETCH(int, status);
    QFETCH(bool, purpose);
    const HttpResult answer = m_http->get(u"/api/v1/payments/"_s + kPaymentReference, token(login));
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.body.contains(kPaymentPurpose.toUtf8()), purpose);
    if (status != 200)
        return;
    const QJsonObject payment = answer.json.toObject();
    QCOMPARE(payment[u"status"_s].toString(), u"open"_s);
    if (purpose) {
        QCOMPARE(payment[u"purpose"_s].toString(), kPaymentPurpose);
    } else {
        // Exactly the listed members: a member a provider's answer gains
        // later does not reach a supervisor.
        QStringList keys = payment.keys();
        QStringList listed = NeedToKnow::statisticsMembers(u"payment");
        keys.sort();
        listed.sort();
        QCOMPARE(keys, listed);
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
