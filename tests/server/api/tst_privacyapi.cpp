// Access and erasure (DSGVO Art. 15, 17) over real HTTP, on SQLite and
// PostgreSQL: an admin finds a person by name, e-mail, phone or booking code
// (case folded for every letter: "ÖZTÜRK" finds "Öztürk"), exports everything
// stored (JSON, and a PDF that reads as text: names in any script exactly,
// readable labels, several pages, each numbered), and erases
// them: afterwards the name is in no table and (SQLite) no byte of the
// database files, the feed from the start carries the anonymised records
// only, the documents' files are gone, and the audit log names records by id,
// never by the name, the search text or the booking code; the events carry
// the erasure at once. Other roles get 403.

#include "core/domain/appointment.h"
#include "core/domain/isotime.h"
#include "server/instance/backend.h"
#include "server/instance/retentionjob.h"
#include "server/storage/database.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QWebSocket>

#include <algorithm>
#include <poppler-qt6.h>

using namespace Qt::StringLiterals;
using TestSupport::HttpClient;
using TestSupport::HttpResult;

namespace {
const QString kPersonalausweis = u"1"_s; // demo: 15-minute slots, Monday 08:00-16:00

qint64 at(QDate day, int hour, int minute)
{
    return QDateTime(day, QTime(hour, minute)).toMSecsSinceEpoch();
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The hits of `list` as "entity/id".
QStringList keys(const QJsonValue &list)
{
    QStringList out;
    for (const QJsonValue &hit : list.toArray())
        out.append(hit.toObject().value(u"entity"_s).toString() + u'/' +
                   hit.toObject().value(u"id"_s).toString());
    return out;
}

// One person's records, made through the API.
struct Person
{
    QString appointmentId;
    QString bookingCode;
    QString ticketId;
    QString weddingId;
    QString weddingCode;
    QString documentId;
    QString documentFile;
    QByteArray bookingKey;  // the Idempotency-Key the booking was sent with
    QByteArray bookingBody; // and its body, for a replay
};
} // namespace

class tst_PrivacyApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void onlyAdmins_data();
    void onlyAdmins();
    void searchFindsThePerson_data();
    void searchFindsThePerson();
    void searchFoldsEveryLetter_data();
    void searchFoldsEveryLetter();
    void exportsJsonAndPdf();
    void pdfPrintsEveryName();
    void refusesWhatNamesNobody();
    void eraseLeavesNoTrace();
    void erasureCannotBeUndone();
    void refusesAmbiguousRequests();
    void keepsAFileAnotherDocumentUses();

private:
    // An appointment (changed once), a ticket, a wedding reservation and a
    // document of the appointment, all naming `name`; `week` keeps the
    // slots of different persons apart.
    Person makePerson(const QString &name, const QString &email, const QString &phone, int week);
    HttpResult post(const QString &path, const QJsonObject &body, const QByteArray &token);
    // How many text and JSON cells of the whole database contain `text`.
    int cellsContaining(const QString &text);

    QTemporaryDir m_dir;
    DatabaseUrl m_url;
    std::unique_ptr<ServerInstance> m_server;
    std::unique_ptr<HttpClient> m_http;
    QByteArray m_clerk;
    QByteArray m_registrar;
    QByteArray m_admin;
};

void tst_PrivacyApi::initTestCase()
{
    TRESEN_FRESH_DATABASE(m_url, u"tst_privacyapi"_s, m_dir);
    ServerConfig config;
    config.database = m_url;
    config.demo = true;
    config.documentFolder = m_dir.filePath(u"documents"_s);
    m_server = std::make_unique<ServerInstance>(config);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_http = std::make_unique<HttpClient>(QUrl(m_server->baseUrl()));
    m_clerk = m_http->login(u"mueller"_s, u"demo"_s);
    m_registrar = m_http->login(u"schmidt"_s, u"demo"_s);
    m_admin = m_http->login(u"admin"_s, u"demo"_s);
    QVERIFY(!m_clerk.isEmpty() && !m_registrar.isEmpty() && !m_admin.isEmpty());
}

void tst_PrivacyApi::cleanupTestCase()
{
    m_http.reset();
    m_server.reset();
}

HttpResult tst_PrivacyApi::post(const QString &path, const QJsonObject &body,
                                const QByteArray &token)
{
    return m_http->send("POST", path, json(body), token);
}

Person tst_PrivacyApi::makePerson(const QString &name, const QString &email, const QString &phone,
                                  int week)
{
    Person p;
    const QDate monday = TestSupport::mondayWeeksAhead(week);
    // Sent as a workstation's outbox sends it: with a key, so the answer is stored.
    p.bookingKey = "booking-week-" + QByteArray::number(week);
    p.bookingBody = json({{u"serviceId"_s, kPersonalausweis},
                          {u"startsAt"_s, isoTimeFromMSecs(at(monday, 8, 15))},
                          {u"name"_s, name},
                          {u"email"_s, email},
                          {u"phone"_s, phone},
                          {u"notes"_s, u"Vollmacht"_s}});
    const HttpResult booked = m_http->send("POST", u"/api/v1/appointments"_s, p.bookingBody,
                                           m_clerk, {{"Idempotency-Key", p.bookingKey}});
    if (booked.status != 201) {
        qWarning("booking: %s", booked.body.constData());
        return p;
    }
    p.appointmentId = booked.json.toObject().value(u"id"_s).toString();
    p.bookingCode = booked.json.toObject().value(u"bookingCode"_s).toString();
    m_http->send("PATCH", u"/api/v1/appointments/"_s + p.appointmentId,
                 json({{u"notes"_s, u"Bringt Formular für "_s + name}}), m_clerk);

    const HttpResult ticket = post(
        u"/api/v1/tickets"_s,
        {{u"serviceId"_s, kPersonalausweis}, {u"notes"_s, u"Begleitung von "_s + name}}, m_clerk);
    p.ticketId = ticket.json.toObject().value(u"id"_s).toString();

    const HttpResult offered =
        m_http->get(u"/api/v1/wedding/slots?from=%1&to=%2"_s.arg(
                        monday.toString(Qt::ISODate), monday.addDays(6).toString(Qt::ISODate)),
                    m_registrar);
    QString slotId;
    for (const QJsonValue &value : offered.json.toArray()) {
        if (value.toObject().value(u"status"_s).toString() == u"free"_s) {
            slotId = value.toObject().value(u"id"_s).toString();
            break;
        }
    }
    const HttpResult reserved = post(u"/api/v1/wedding/slots/%1/reservations"_s.arg(slotId),
                                     {{u"partner1"_s, name},
                                      {u"partner2"_s, u"Partner von "_s + name},
                                      {u"email"_s, email},
                                      {u"phone"_s, phone}},
                                     m_registrar);
    p.weddingId = reserved.json.toObject().value(u"id"_s).toString();
    p.weddingCode = reserved.json.toObject().value(u"bookingCode"_s).toString();

    const QByteArray scan = "%PDF-1.4\n% Personalausweis " + name.toUtf8() + "\n%%EOF\n";
    const HttpResult document = post(
        u"/api/v1/documents"_s,
        {{u"caseType"_s, u"appointment"_s},
         {u"caseId"_s, p.appointmentId},
         {u"fileName"_s, name + u"-Ausweis.pdf"_s},
         {u"contentType"_s, u"application/pdf"_s},
         {u"content"_s, QString::fromLatin1(scan.toBase64())},
         {u"codes"_s,
          QJsonArray{QJsonObject{{u"format"_s, u"QRCode"_s}, {u"text"_s, u"BCD\n001\n"_s + name}}}},
         {u"pages"_s, 1}},
        m_clerk);
    p.documentId = document.json.toObject().value(u"id"_s).toString();
    p.documentFile = QDir(m_server->backend().documentFolder)
                         .filePath(document.json.toObject().value(u"storagePath"_s).toString());
    return p;
}

int tst_PrivacyApi::cellsContaining(const QString &text)
{
    Database &db = m_server->backend().db;
    QList<QPair<QString, QString>> columns;
    if (db.dialect() == SqlDialect::Postgresql) {
        SqlRows rows = db.exec(u"SELECT table_name, column_name FROM information_schema.columns "
                               "WHERE table_schema = current_schema() AND data_type IN ('text', "
                               "'character varying', 'character', 'json', 'jsonb')"_s);
        while (rows.next())
            columns.append({rows.value(0).toString(), rows.value(1).toString()});
    } else {
        QStringList tables;
        {
            SqlRows rows = db.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s);
            while (rows.next())
                tables.append(rows.value(0).toString());
        }
        for (const QString &table : std::as_const(tables)) {
            SqlRows rows = db.exec(u"SELECT name, type FROM pragma_table_info(?)"_s, {table});
            while (rows.next()) {
                if (rows.value(1).toString().toUpper() == u"TEXT"_s)
                    columns.append({table, rows.value(0).toString()});
            }
        }
    }
    if (columns.size() < 10)
        return -1; // the catalog was not read
    int found = 0;
    for (const auto &[table, column] : std::as_const(columns)) {
        // Identifiers from the database's own catalog; the text is bound.
        SqlRows rows = db.exec(u"SELECT COUNT(*) FROM \"%1\" WHERE LOWER(CAST(\"%2\" AS TEXT)) "
                               "LIKE ?"_s.arg(table, column),
                               {u'%' + text.toLower() + u'%'});
        if (rows.next() && rows.value(0).toInt() > 0) {
            qInfo("%s found in %s.%s", qPrintable(text), qPrintable(table), qPrintable(column));
            found += rows.value(0).toInt();
        }
    }
    return found;
}

void tst_PrivacyApi::onlyAdmins_data()
{
    QTest::addColumn<QString>("login");
    for (const char *login : {"mueller", "schmidt", "weber", "anzeige", "kiosk"})
        QTest::addRow("%s", login) << QString::fromLatin1(login);
}

void tst_PrivacyApi::onlyAdmins()
{
    QFETCH(QString, login);
    const QByteArray token = m_http->login(login, u"demo"_s);
    QVERIFY(!token.isEmpty());
    QCOMPARE(m_http->get(u"/api/v1/privacy/search?q=Meier"_s, token).status, 403);
    QCOMPARE(m_http->get(u"/api/v1/privacy/export?entity=appointment&id=1"_s, token).status, 403);
    QCOMPARE(post(u"/api/v1/privacy/erase"_s, {{u"entity"_s, u"appointment"_s}, {u"id"_s, u"1"_s}},
                  token)
                 .status,
             403);
    QCOMPARE(m_http->get(u"/api/v1/privacy/search?q=Meier"_s).status, 401);
}

namespace {
// The PDF's text as Poppler reads it, page by page.
QStringList pdfPages(const QByteArray &pdf)
{
    QStringList pages;
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(pdf);
    if (!document || document->isLocked())
        return pages;
    for (int page = 0; page < document->numPages(); ++page)
        pages.append(document->page(page)->text(QRectF()));
    return pages;
}
} // namespace

void tst_PrivacyApi::searchFindsThePerson_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("wedding"); // the wedding is found too
    QTest::addRow("surname, lower case") << u"wendelgrund"_s << true;
    QTest::addRow("e-mail, upper case") << u"OTTILIE.WENDELGRUND@EXAMPLE.ORG"_s << true;
    QTest::addRow("phone, written otherwise") << u"0171/555-8823"_s << true;
    QTest::addRow("booking code") << u"{code}"_s << false;
    QTest::addRow("booking code, lower case without dash") << u"{code-typed}"_s << false;
}

void tst_PrivacyApi::searchFindsThePerson()
{
    QFETCH(QString, query);
    QFETCH(bool, wedding);
    static const Person p = makePerson(u"Ottilie Wendelgrund"_s,
                                       u"ottilie.wendelgrund@example.org"_s, u"0171 5558823"_s, 3);
    QVERIFY(!p.appointmentId.isEmpty() && !p.weddingId.isEmpty() && !p.documentId.isEmpty());
    if (query == u"{code}"_s)
        query = p.bookingCode;
    if (query == u"{code-typed}"_s)
        query = p.bookingCode.toLower().remove(u'-');

    const HttpResult found = m_http->get(u"/api/v1/privacy/search?q="_s +
                                             QString::fromLatin1(QUrl::toPercentEncoding(query)),
                                         m_admin);
    QVERIFY2(found.status == 200, found.body.constData());
    const QStringList hits = keys(found.json);
    QVERIFY2(hits.contains(u"appointment/"_s + p.appointmentId), found.body.constData());
    QVERIFY2(hits.contains(u"document/"_s + p.documentId), found.body.constData());
    QCOMPARE(hits.contains(u"wedding_booking/"_s + p.weddingId), wedding);
    for (const QJsonValue &hit : found.json.toArray()) {
        if (hit.toObject().value(u"entity"_s).toString() != u"appointment"_s)
            continue;
        // What tells the person apart.
        QCOMPARE(hit.toObject().value(u"name"_s).toString(), u"Ottilie Wendelgrund"_s);
        QCOMPARE(hit.toObject().value(u"bookingCode"_s).toString(), p.bookingCode);
        QVERIFY(!hit.toObject().value(u"startsAt"_s).toString().isEmpty());
        QVERIFY(!hit.toObject().value(u"office"_s).toString().isEmpty());
    }
    if (query.contains(u"wendelgrund"_s))
        QVERIFY2(hits.contains(u"ticket/"_s + p.ticketId), found.body.constData());

    // Audited: which records were shown, never what was looked for.
    SqlRows rows = m_server->backend().db.exec(
        u"SELECT subject, detail FROM audit_log WHERE action = 'privacy.search'"_s);
    QStringList subjects;
    while (rows.next()) {
        const QString text = rows.value(0).toString() + u' ' + rows.value(1).toString();
        QVERIFY2(!text.contains(u"endelgrund"_s, Qt::CaseInsensitive) &&
                     !text.contains(p.bookingCode) && !text.contains(u"5558823"_s),
                 qPrintable(text));
        subjects.append(rows.value(0).toString());
    }
    QVERIFY(subjects.contains(u"appointment/"_s + p.appointmentId));
}

void tst_PrivacyApi::searchFoldsEveryLetter_data()
{
    QTest::addColumn<QString>("query");
    // SQLite's LOWER() folds A-Z only; the search folds every letter.
    QTest::addRow("umlauts, lower case") << u"gülşen öztürk"_s;
    QTest::addRow("umlauts, upper case") << u"ÖZTÜRK"_s;
    QTest::addRow("sharp s, upper case") << u"WEIẞBÄCKER"_s;
    QTest::addRow("sharp s, mixed") << u"weißBÄCKER"_s;
    QTest::addRow("e-mail, upper case umlauts") << u"ÜBERMUT@EXAMPLE.ORG"_s;
}

void tst_PrivacyApi::searchFoldsEveryLetter()
{
    QFETCH(QString, query);
    static const Person p =
        makePerson(u"Gülşen Öztürk-Weißbäcker"_s, u"übermut@example.org"_s, u"0170 3141592"_s, 6);
    QVERIFY(!p.appointmentId.isEmpty() && !p.weddingId.isEmpty());
    const HttpResult found = m_http->get(u"/api/v1/privacy/search?q="_s +
                                             QString::fromLatin1(QUrl::toPercentEncoding(query)),
                                         m_admin);
    QVERIFY2(found.status == 200, found.body.constData());
    const QStringList hits = keys(found.json);
    QVERIFY2(hits.contains(u"appointment/"_s + p.appointmentId), found.body.constData());
    QVERIFY2(hits.contains(u"wedding_booking/"_s + p.weddingId), found.body.constData());
    QVERIFY2(hits.contains(u"document/"_s + p.documentId), found.body.constData());
}

void tst_PrivacyApi::exportsJsonAndPdf()
{
    const Person p =
        makePerson(u"Bartholomä Quirinsberger"_s, u"bq@example.org"_s, u"030 1234987"_s, 4);
    QVERIFY(!p.appointmentId.isEmpty());

    const HttpResult exported =
        m_http->get(u"/api/v1/privacy/export?bookingCode="_s + p.bookingCode, m_admin);
    QVERIFY2(exported.status == 200, exported.body.constData());
    const QJsonObject data = exported.json.toObject();
    QCOMPARE(data.value(u"subject"_s).toObject().value(u"id"_s).toString(), p.appointmentId);
    const QJsonArray appointments = data.value(u"appointments"_s).toArray();
    QCOMPARE(appointments.size(), 1);
    QCOMPARE(appointments.first().toObject().value(u"name"_s).toString(),
             u"Bartholomä Quirinsberger"_s);
    QCOMPARE(appointments.first().toObject().value(u"email"_s).toString(), u"bq@example.org"_s);
    QCOMPARE(data.value(u"documents"_s).toArray().size(), 1);
    QCOMPARE(data.value(u"documents"_s).toArray().first().toObject().value(u"id"_s).toString(),
             p.documentId);
    // The history: the booking and its change, each as it was.
    int snapshots = 0;
    for (const QJsonValue &change : data.value(u"history"_s).toArray())
        snapshots += change.toObject().value(u"id"_s).toString() == p.appointmentId;
    QVERIFY(snapshots >= 2);
    // Who worked with it.
    QStringList actions;
    for (const QJsonValue &entry : data.value(u"auditLog"_s).toArray())
        actions.append(entry.toObject().value(u"action"_s).toString());
    QVERIFY2(actions.contains(u"appointment.create"_s), qPrintable(actions.join(u", "_s)));

    // By kind and id: the wedding.
    const HttpResult wedding =
        m_http->get(u"/api/v1/privacy/export?entity=wedding_booking&id="_s + p.weddingId, m_admin);
    QCOMPARE(wedding.status, 200);
    QCOMPARE(wedding.json.toObject()
                 .value(u"weddingBookings"_s)
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"partner1"_s)
                 .toString(),
             u"Bartholomä Quirinsberger"_s);

    // The PDF to hand over, by query and by Accept.
    const HttpResult pdf =
        m_http->get(u"/api/v1/privacy/export?format=pdf&bookingCode="_s + p.bookingCode, m_admin);
    QCOMPARE(pdf.status, 200);
    QCOMPARE(pdf.header("Content-Type"), QByteArray("application/pdf"));
    QVERIFY(pdf.body.startsWith("%PDF-"));
    const HttpResult accepted =
        m_http->send("GET", u"/api/v1/privacy/export?bookingCode="_s + p.bookingCode, {}, m_admin,
                     {{"Accept", "application/pdf"}});
    QCOMPARE(accepted.status, 200);
    QVERIFY(accepted.body.startsWith("%PDF-"));
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(pdf.body);
    QVERIFY(document && !document->isLocked());
    QVERIFY(document->numPages() >= 1);
    QString text;
    for (int page = 0; page < document->numPages(); ++page)
        text += document->page(page)->text(QRectF());
    QVERIFY2(text.contains(u"Bartholomä Quirinsberger"_s), qPrintable(text.left(2000)));
    QVERIFY(text.contains(p.bookingCode));

    // Audited by id, never by code or name.
    SqlRows rows = m_server->backend().db.exec(
        u"SELECT subject, detail FROM audit_log WHERE action = 'privacy.export'"_s);
    QStringList subjects;
    while (rows.next()) {
        QVERIFY(!rows.value(0).toString().contains(p.bookingCode));
        QVERIFY(!rows.value(1).toString().contains(u"Quirinsberger"_s));
        subjects.append(rows.value(0).toString());
    }
    QVERIFY(subjects.contains(u"appointment/"_s + p.appointmentId));
    QVERIFY(subjects.contains(u"document/"_s + p.documentId));
}

void tst_PrivacyApi::pdfPrintsEveryName()
{
    // Turkish dotless ı, Polish ł, Cyrillic: not in Latin-1, each printed as it is.
    const QString name = u"Deniz Yılmaz-Łukasiewicz Дмитриевна"_s;
    const Person p = makePerson(name, u"deniz@example.org"_s, u"0176 2718281"_s, 7);
    QVERIFY(!p.appointmentId.isEmpty());
    // A long history: pages enough to break.
    for (int i = 1; i <= 12; ++i) {
        const HttpResult changed =
            m_http->send("PATCH", u"/api/v1/appointments/"_s + p.appointmentId,
                         json({{u"notes"_s, u"Änderung %1 für Дмитриевна: "_s.arg(i) +
                                                u"bringt Unterlagen mit. "_s.repeated(6)}}),
                         m_clerk);
        QVERIFY2(changed.status == 200, changed.body.constData());
    }

    const HttpResult pdf =
        m_http->get(u"/api/v1/privacy/export?format=pdf&bookingCode="_s + p.bookingCode, m_admin);
    QCOMPARE(pdf.status, 200);
    const QStringList pages = pdfPages(pdf.body);
    QVERIFY2(pages.size() > 1, qPrintable(QString::number(pages.size())));
    const QString text = pages.join(u'\n');
    QVERIFY2(text.contains(name), qPrintable(pages.first()));
    QVERIFY(!text.contains(u'?'));
    QVERIFY(text.contains(p.bookingCode));
    // Labels a reader understands, not the JSON's member names.
    const QString bookingCode = QCoreApplication::translate("PrivacyExport", "Booking code");
    QVERIFY(text.contains(bookingCode));
    QVERIFY(!text.contains(u"bookingCode"_s));
    QVERIFY(!text.contains(u"partner1"_s));
    // Each page says which it is, of how many.
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QString foot = QCoreApplication::translate("PrivacyExport", "Page %1 of %2")
                                 .arg(i + 1)
                                 .arg(pages.size());
        QVERIFY2(pages.at(i).contains(foot), qPrintable(pages.at(i).right(200)));
    }
}

void tst_PrivacyApi::refusesWhatNamesNobody()
{
    QCOMPARE(m_http->get(u"/api/v1/privacy/search?q=ab"_s, m_admin).status, 400);
    QCOMPARE(m_http->get(u"/api/v1/privacy/export"_s, m_admin).status, 400);
    QCOMPARE(m_http->get(u"/api/v1/privacy/export?entity=person&id=1"_s, m_admin).status, 400);
    const HttpResult unknown =
        m_http->get(u"/api/v1/privacy/export?bookingCode=ZZZZ-ZZZZ"_s, m_admin);
    QCOMPARE(unknown.status, 404);
    QVERIFY(unknown.json.toObject().value(u"detail"_s).toString().contains(u"booking code"_s));
    QCOMPARE(m_http->get(u"/api/v1/privacy/export?entity=appointment&id=999999"_s, m_admin).status,
             404);
    QCOMPARE(m_http->send("POST", u"/api/v1/privacy/erase"_s, "{\"bookingCode\": ", m_admin).status,
             400);
    QCOMPARE(post(u"/api/v1/privacy/erase"_s, {}, m_admin).status, 400);
    QCOMPARE(post(u"/api/v1/privacy/erase"_s, {{u"bookingCode"_s, 42}}, m_admin).status, 400);
    QCOMPARE(post(u"/api/v1/privacy/erase"_s, {{u"bookingCode"_s, u"ZZZZ-ZZZZ"_s}}, m_admin).status,
             404);
    QCOMPARE(post(u"/api/v1/privacy/erase"_s,
                  {{u"entity"_s, u"wedding_booking"_s}, {u"id"_s, u"999999"_s}}, m_admin)
                 .status,
             404);
}

void tst_PrivacyApi::eraseLeavesNoTrace()
{
    const QString surname = u"Xaverlinghaus"_s;
    const QString email = u"kunigunde.xaverlinghaus@example.org"_s;
    // A clerk's workstation listening from before the person came.
    QWebSocket events;
    QStringList messages;
    connect(&events, &QWebSocket::textMessageReceived, this,
            [&messages](const QString &message) { messages.append(message); });
    QVERIFY(TestSupport::openEvents(events, m_server->baseUrl(), m_clerk));
    const Person p = makePerson(u"Kunigunde "_s + surname, email, u"0151 99887766"_s, 5);
    QVERIFY(!p.appointmentId.isEmpty() && !p.weddingId.isEmpty() && !p.ticketId.isEmpty());
    QVERIFY(QFileInfo::exists(p.documentFile));
    Backend &backend = m_server->backend();

    // The appointment checked in: its ticket is linked to it (the check-in
    // itself needs the appointment's day; a keyed attempt before it is refused,
    // and the stored refusal repeats the booking code).
    const HttpResult early = m_http->send("POST", u"/api/v1/appointments/check-in"_s,
                                          json({{u"bookingCode"_s, p.bookingCode}}), m_clerk,
                                          {{"Idempotency-Key", "check-in-week-5"}});
    QCOMPARE(early.status, 409);
    {
        auto a = backend.appointments.find(p.appointmentId.toLongLong());
        QVERIFY(a);
        a->ticketId = p.ticketId;
        a->status = AppointmentStatus::CheckedIn;
        backend.appointments.update(*a, u"appointment.checked_in"_s);
    }
    // The wedding's fee, with its receipt filed under the Kassenzeichen.
    const QString feeReference = u"5.0001.000775.9"_s;
    const HttpResult fee =
        m_http->send("PATCH", u"/api/v1/wedding/bookings/"_s + p.weddingId,
                     json({{u"feeReference"_s, feeReference},
                           {u"documents"_s, QJsonObject{{u"identity"_s, u"received"_s}}}}),
                     m_registrar);
    QVERIFY2(fee.status == 200, fee.body.constData());
    const QByteArray receiptScan = "%PDF-1.4\n% Quittung " + surname.toUtf8() + "\n%%EOF\n";
    const HttpResult receipt = post(u"/api/v1/documents"_s,
                                    {{u"caseType"_s, u"payment"_s},
                                     {u"caseId"_s, feeReference},
                                     {u"fileName"_s, u"Quittung-"_s + surname + u".pdf"_s},
                                     {u"contentType"_s, u"application/pdf"_s},
                                     {u"content"_s, QString::fromLatin1(receiptScan.toBase64())},
                                     {u"pages"_s, 1}},
                                    m_registrar);
    QVERIFY2(receipt.status == 201, receipt.body.constData());
    const QString receiptId = receipt.json.toObject().value(u"id"_s).toString();

    const qint64 before = backend.changes.latestRevision();
    const int appointmentVersion = backend.appointments.find(p.appointmentId.toLongLong())->version;

    // Before: the name is there (so that the test can fail) …
    QVERIFY(cellsContaining(surname) > 0);
    if (m_url.kind == DatabaseUrl::Kind::Sqlite) {
        QByteArray bytes;
        for (const QString &path : {m_url.path, m_url.path + u"-wal"_s, m_url.path + u"-shm"_s})
            bytes += fileBytes(path);
        QVERIFY(bytes.contains(surname.toUtf8()));
    }
    // … and in the events the workstation received live.
    const auto revisionOf = [](const QString &message) {
        return QJsonDocument::fromJson(message.toUtf8()).object().value(u"revision"_s).toInteger();
    };
    const auto named = [&] {
        return std::any_of(messages.begin(), messages.end(), [&](const QString &message) {
            return message.contains(surname) && revisionOf(message) <= before;
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(named(), 10000);

    // The appointment with its ticket and document, by booking code only …
    const int reclaims = m_server->retention().reclaims();
    const HttpResult erased =
        post(u"/api/v1/privacy/erase"_s, {{u"bookingCode"_s, p.bookingCode}}, m_admin);
    QVERIFY2(erased.status == 200, erased.body.constData());
    // The space is reclaimed (PostgreSQL's VACUUM) after the answer, outside the request.
    QTRY_VERIFY(m_server->retention().reclaims() > reclaims);
    const QStringList records = keys(erased.json.toObject().value(u"erased"_s));
    QVERIFY2(records.contains(u"appointment/"_s + p.appointmentId), erased.body.constData());
    QVERIFY2(records.contains(u"document/"_s + p.documentId), erased.body.constData());
    QVERIFY2(records.contains(u"ticket/"_s + p.ticketId), erased.body.constData());
    QCOMPARE(backend.tickets.find(p.ticketId.toLongLong())->notes, QString());
    const QJsonObject counts = erased.json.toObject().value(u"counts"_s).toObject();
    QVERIFY(counts.value(u"snapshots"_s).toInt() >= 2);
    QCOMPARE(counts.value(u"documentFiles"_s).toInt(), 1);
    // The stored answers of the keyed booking and of the refused check-in.
    QVERIFY2(counts.value(u"idempotencyAnswers"_s).toInt() >= 2, erased.body.constData());
    // … the wedding by its own code, with the fee's receipt.
    const HttpResult weddingErased =
        post(u"/api/v1/privacy/erase"_s, {{u"bookingCode"_s, p.weddingCode}}, m_admin);
    QVERIFY2(weddingErased.status == 200, weddingErased.body.constData());
    QVERIFY2(
        keys(weddingErased.json.toObject().value(u"erased"_s)).contains(u"document/"_s + receiptId),
        weddingErased.body.constData());
    const auto receiptAfter = backend.documents.find(receiptId.toLongLong());
    QVERIFY(receiptAfter);
    QVERIFY(!QJsonDocument(*receiptAfter).toJson().contains(surname.toUtf8()));
    // The ticket once more, by kind and id: nothing left to erase, still answered.
    const HttpResult ticketErased = post(
        u"/api/v1/privacy/erase"_s, {{u"entity"_s, u"ticket"_s}, {u"id"_s, p.ticketId}}, m_admin);
    QVERIFY2(ticketErased.status == 200, ticketErased.body.constData());

    // The outbox replaying the booking is refused, without the name.
    const HttpResult replay = m_http->send("POST", u"/api/v1/appointments"_s, p.bookingBody,
                                           m_clerk, {{"Idempotency-Key", p.bookingKey}});
    QCOMPARE(replay.status, 422);
    QVERIFY(!replay.body.contains(surname.toUtf8()));
    const HttpResult checkInReplay = m_http->send(
        "POST", u"/api/v1/appointments/check-in"_s, json({{u"bookingCode"_s, p.bookingCode}}),
        m_clerk, {{"Idempotency-Key", "check-in-week-5"}});
    QVERIFY(!checkInReplay.body.contains(p.bookingCode.toUtf8()));

    // The name is in no table, no snapshot, no stored answer …
    QCOMPARE(cellsContaining(surname), 0);
    QCOMPARE(cellsContaining(email), 0);
    QCOMPARE(cellsContaining(u"99887766"_s), 0);
    // … and on SQLite in no byte of the files (secure_delete, WAL emptied).
    if (m_url.kind == DatabaseUrl::Kind::Sqlite) {
        for (const QString &path : {m_url.path, m_url.path + u"-wal"_s, m_url.path + u"-shm"_s}) {
            const QByteArray bytes = fileBytes(path);
            QVERIFY2(!bytes.contains(surname.toUtf8()), qPrintable(path));
            QVERIFY2(!bytes.contains(email.toUtf8()), qPrintable(path));
        }
    }
    QVERIFY(!QFileInfo::exists(p.documentFile));

    // The records stay, anonymised, with a new version the feed carries.
    const auto appointment = backend.appointments.find(p.appointmentId.toLongLong());
    QVERIFY(appointment && appointment->anonymised && appointment->name.isEmpty());
    QVERIFY(appointment->version > appointmentVersion);
    const HttpResult feed = m_http->get(u"/api/v1/changes?since=%1"_s.arg(before), m_clerk);
    QCOMPARE(feed.status, 200);
    bool carried = false;
    for (const QJsonValue &change : feed.json.toObject().value(u"changes"_s).toArray()) {
        const QJsonObject c = change.toObject();
        if (c.value(u"entity"_s).toString() == u"appointment"_s &&
            c.value(u"id"_s).toString() == p.appointmentId) {
            carried =
                c.value(u"data"_s).toObject().value(u"anonymised"_s).toBool() &&
                c.value(u"data"_s).toObject().value(u"version"_s).toInt() == appointment->version;
        }
    }
    QVERIFY2(carried, feed.body.constData());
    // The events carried it at once.
    const auto announced = [&] {
        for (const QString &message : std::as_const(messages)) {
            const QJsonObject c = QJsonDocument::fromJson(message.toUtf8()).object();
            if (c.value(u"entity"_s).toString() == u"appointment"_s &&
                c.value(u"id"_s).toString() == p.appointmentId &&
                c.value(u"data"_s).toObject().value(u"anonymised"_s).toBool())
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(announced(), 10000);
    // What went out before was live and cannot be called back; nothing since names her.
    for (const QString &message : std::as_const(messages)) {
        if (revisionOf(message) > before)
            QVERIFY2(!message.contains(surname), qPrintable(message));
    }
    for (const QByteArray &token : {m_clerk, m_registrar}) {
        const HttpResult all = m_http->get(u"/api/v1/changes?since=0&limit=5000"_s, token);
        QCOMPARE(all.status, 200);
        QVERIFY(!all.json.toObject().value(u"more"_s).toBool());
        QVERIFY(!all.body.contains(surname.toUtf8()));
        QVERIFY(!all.body.contains(email.toUtf8()));
    }

    // An anonymised wedding booking cannot be changed (the couple must not come back).
    const HttpResult patched =
        m_http->send("PATCH", u"/api/v1/wedding/bookings/"_s + p.weddingId,
                     json({{u"partner1"_s, u"Kunigunde "_s + surname}}), m_registrar);
    QCOMPARE(patched.status, 409);
    QCOMPARE(patched.json.toObject().value(u"code"_s).toString(), u"anonymised"_s);

    // Audited: who erased which records, never the name or the code.
    SqlRows rows = backend.db.exec(u"SELECT user_login, subject, detail FROM audit_log WHERE "
                                   "action = 'privacy.erase'"_s);
    QStringList subjects;
    while (rows.next()) {
        QCOMPARE(rows.value(0).toString(), u"admin"_s);
        const QString text = rows.value(1).toString() + u' ' + rows.value(2).toString();
        QVERIFY2(!text.contains(surname) && !text.contains(p.bookingCode) &&
                     !text.contains(p.weddingCode),
                 qPrintable(text));
        subjects.append(rows.value(1).toString());
    }
    QVERIFY(subjects.contains(u"appointment/"_s + p.appointmentId));
    QVERIFY(subjects.contains(u"wedding_booking/"_s + p.weddingId));
    QVERIFY(subjects.contains(u"ticket/"_s + p.ticketId));
    QVERIFY(subjects.contains(u"document/"_s + p.documentId));
}

void tst_PrivacyApi::erasureCannotBeUndone()
{
    const QString name = u"Wunibald Pankratiusberg"_s;
    const Person p = makePerson(name, u"wp@example.org"_s, u"0160 4040404"_s, 8);
    QVERIFY(!p.appointmentId.isEmpty() && !p.weddingId.isEmpty());
    Backend &backend = m_server->backend();
    const qint64 appointmentId = p.appointmentId.toLongLong();
    const qint64 weddingId = p.weddingId.toLongLong();
    const HttpResult papers = m_http->send(
        "PATCH", u"/api/v1/wedding/bookings/"_s + p.weddingId,
        json({{u"documents"_s, QJsonObject{{u"identity"_s, u"received"_s}}}}), m_registrar);
    QVERIFY2(papers.status == 200, papers.body.constData());
    // Read before the erasure, as a ticket being finished or a second server
    // instance holds them while the erasure runs.
    const auto staleAppointment = backend.appointments.find(appointmentId);
    const auto staleWedding = backend.weddings.find(weddingId);
    QVERIFY(staleAppointment && staleAppointment->name == name);
    QVERIFY(staleWedding && !staleWedding->documents.isEmpty());

    for (const QString &code : {p.bookingCode, p.weddingCode}) {
        const HttpResult erased =
            post(u"/api/v1/privacy/erase"_s, {{u"bookingCode"_s, code}}, m_admin);
        QVERIFY2(erased.status == 200, erased.body.constData());
    }
    QCOMPARE(post(u"/api/v1/privacy/erase"_s, {{u"entity"_s, u"ticket"_s}, {u"id"_s, p.ticketId}},
                  m_admin)
                 .status,
             200);

    // A write from the copy read before fails rather than bringing the name back …
    Appointment done = *staleAppointment;
    done.status = AppointmentStatus::Done;
    QVERIFY_THROWS_EXCEPTION(RecordChanged,
                             backend.appointments.update(done, u"appointment.done"_s));
    WeddingBooking cancelled = *staleWedding;
    cancelled.setStatus(WeddingStatus::Cancelled);
    QVERIFY_THROWS_EXCEPTION(RecordChanged,
                             backend.weddings.update(cancelled, u"wedding.updated"_s));
    // … and even a current copy cannot write contact data into the anonymised row.
    Appointment current = *backend.appointments.find(appointmentId);
    current.name = name;
    current.notes = name;
    QVERIFY(backend.appointments.update(current, u"appointment.updated"_s).name.isEmpty());
    QCOMPARE(backend.appointments.find(appointmentId)->name, QString());
    QCOMPARE(backend.appointments.find(appointmentId)->notes, QString());
    WeddingBooking couple = *backend.weddings.find(weddingId);
    couple.partner1 = name;
    couple.documents = staleWedding->documents;
    QVERIFY(backend.weddings.update(couple, u"wedding.updated"_s).partner1.isEmpty());
    QCOMPARE(backend.weddings.find(weddingId)->partner1, QString());
    QVERIFY(backend.weddings.find(weddingId)->documents.isEmpty());
    QCOMPARE(cellsContaining(name), 0);

    // The booking codes were replaced by fresh ones of the same form: the old
    // ones find nothing.
    const QString newCode = backend.appointments.find(appointmentId)->bookingCode;
    QVERIFY(newCode != p.bookingCode);
    QVERIFY(BookingCode::normalise(newCode) == newCode);
    QVERIFY(backend.weddings.find(weddingId)->bookingCode != p.weddingCode);
    for (const QString &code : {p.bookingCode, p.weddingCode}) {
        QCOMPARE(m_http->get(u"/api/v1/privacy/export?bookingCode="_s + code, m_admin).status, 404);
        const HttpResult searched = m_http->get(u"/api/v1/privacy/search?q="_s + code, m_admin);
        QCOMPARE(searched.status, 200);
        QCOMPARE(searched.json.toArray().size(), 0);
        QCOMPARE(cellsContaining(code), 0);
    }

    // A change that names no contact field is refused as such, not as a missing name.
    const HttpResult moved = m_http->send(
        "PATCH", u"/api/v1/appointments/"_s + p.appointmentId,
        json({{u"startsAt"_s, isoTimeFromMSecs(at(TestSupport::mondayWeeksAhead(8), 8, 30))}}),
        m_clerk);
    QCOMPARE(moved.status, 409);
    QCOMPARE(moved.json.toObject().value(u"code"_s).toString(), u"anonymised"_s);

    // An upload queued offline and sent after the erasure is refused.
    const QByteArray scan = "%PDF-1.4\n% nachgereicht\n%%EOF\n";
    for (const auto &[caseType, caseId] :
         {std::pair{u"appointment"_s, p.appointmentId}, std::pair{u"wedding"_s, p.weddingId}}) {
        const HttpResult late = post(u"/api/v1/documents"_s,
                                     {{u"caseType"_s, caseType},
                                      {u"caseId"_s, caseId},
                                      {u"fileName"_s, name + u".pdf"_s},
                                      {u"contentType"_s, u"application/pdf"_s},
                                      {u"content"_s, QString::fromLatin1(scan.toBase64())},
                                      {u"pages"_s, 1}},
                                     m_registrar);
        QCOMPARE(late.status, 409);
        QCOMPARE(late.json.toObject().value(u"code"_s).toString(), u"anonymised"_s);
    }
    QCOMPARE(cellsContaining(name), 0);
}

void tst_PrivacyApi::refusesAmbiguousRequests()
{
    const Person p =
        makePerson(u"Hildegunde Zweifelsohne"_s, u"hz@example.org"_s, u"0160 5050505"_s, 9);
    QVERIFY(!p.appointmentId.isEmpty() && !p.weddingId.isEmpty());
    Backend &backend = m_server->backend();
    // Both given: which one is meant?
    QCOMPARE(post(u"/api/v1/privacy/erase"_s,
                  {{u"bookingCode"_s, p.bookingCode},
                   {u"entity"_s, u"wedding_booking"_s},
                   {u"id"_s, p.weddingId}},
                  m_admin)
                 .status,
             400);
    QCOMPARE(m_http
                 ->get(u"/api/v1/privacy/export?bookingCode=%1&entity=wedding_booking&id=%2"_s.arg(
                           p.bookingCode, p.weddingId),
                       m_admin)
                 .status,
             400);
    // One code on two records (the shared code space broken, e.g. by an import).
    backend.db.exec(u"UPDATE wedding_booking SET booking_code = ? WHERE id = ?"_s,
                    {p.bookingCode, p.weddingId.toLongLong()});
    const HttpResult exported =
        m_http->get(u"/api/v1/privacy/export?bookingCode="_s + p.bookingCode, m_admin);
    QCOMPARE(exported.status, 409);
    QCOMPARE(exported.json.toObject().value(u"code"_s).toString(), u"ambiguous-code"_s);
    const HttpResult erased =
        post(u"/api/v1/privacy/erase"_s, {{u"bookingCode"_s, p.bookingCode}}, m_admin);
    QCOMPARE(erased.status, 409);
    QVERIFY(!backend.appointments.find(p.appointmentId.toLongLong())->anonymised);
    QVERIFY(!backend.weddings.find(p.weddingId.toLongLong())->anonymised);
}

void tst_PrivacyApi::keepsAFileAnotherDocumentUses()
{
    // The same scan attached to two cases is stored once; erasing one keeps
    // the file for the other, erasing both removes it.
    const HttpResult ticket =
        post(u"/api/v1/tickets"_s, {{u"serviceId"_s, kPersonalausweis}}, m_clerk);
    QCOMPARE(ticket.status, 201);
    const QByteArray scan = "%PDF-1.4\n% shared scan\n%%EOF\n";
    QStringList ids;
    QString file;
    for (const auto &[caseType, caseId] :
         {std::pair{u"ticket"_s, ticket.json.toObject().value(u"id"_s).toString()},
          std::pair{u"payment"_s, u"5.0001.000991.2"_s}}) {
        const HttpResult uploaded = post(u"/api/v1/documents"_s,
                                         {{u"caseType"_s, caseType},
                                          {u"caseId"_s, caseId},
                                          {u"fileName"_s, u"scan.pdf"_s},
                                          {u"contentType"_s, u"application/pdf"_s},
                                          {u"content"_s, QString::fromLatin1(scan.toBase64())},
                                          {u"pages"_s, 1}},
                                         m_clerk);
        QVERIFY2(uploaded.status == 201, uploaded.body.constData());
        ids.append(uploaded.json.toObject().value(u"id"_s).toString());
        file = QDir(m_server->backend().documentFolder)
                   .filePath(uploaded.json.toObject().value(u"storagePath"_s).toString());
    }
    QVERIFY(QFileInfo::exists(file));
    const auto erase = [this](const QString &id) {
        return post(u"/api/v1/privacy/erase"_s, {{u"entity"_s, u"document"_s}, {u"id"_s, id}},
                    m_admin);
    };
    QCOMPARE(erase(ids.at(0)).status, 200);
    QVERIFY(QFileInfo::exists(file));
    const HttpResult last = erase(ids.at(1));
    QCOMPARE(last.status, 200);
    QVERIFY(!QFileInfo::exists(file));
}

QTEST_GUILESS_MAIN(tst_PrivacyApi)
#include "tst_privacyapi.moc"
