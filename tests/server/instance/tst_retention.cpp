// Forgetting for real, on SQLite and PostgreSQL: after the retention run a
// citizen's name is in no table, no change-log snapshot, no stored answer and
// (SQLite) in neither the database file nor its WAL; a document's file is
// deleted and its record kept; replays answer with the entity as it is now;
// idempotency keys go after 30 days and expired sessions at once; files the
// server makes are its user's alone; a run waits for a clerk's row without
// deadlocking with the clerk.

#include "core/domain/isotime.h"
#include "server/instance/backend.h"
#include "server/instance/retentionjob.h"
#include "server/instance/serverinstance.h"
#include "server/storage/advisorylocks.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;
using TestSupport::HttpClient;
using TestSupport::HttpResult;

namespace {
// Unusual enough to be found only where this test put it.
const QString kName = u"Zyprian Quendelmeyer"_s;
const QString kEmail = u"zyprian.quendelmeyer@example.org"_s;
const QString kSurname = u"Quendelmeyer"_s;
const QString kPaymentReference = u"5.0001.000777.3"_s;
const QString kPersonalausweis = u"1"_s; // demo: 15-minute slots, Monday 08:00-16:00
constexpr qint64 kDay = 24LL * 60 * 60 * 1000;

constexpr QFile::Permissions kGroupOrOther = QFile::ReadGroup | QFile::WriteGroup |
                                             QFile::ExeGroup | QFile::ReadOther |
                                             QFile::WriteOther | QFile::ExeOther;

qint64 at(QDate day, int hour, int minute)
{
    return QDateTime(day, QTime(hour, minute)).toMSecsSinceEpoch();
}

QList<QPair<QByteArray, QByteArray>> key(const QByteArray &idempotencyKey)
{
    return {{"Idempotency-Key", idempotencyKey}};
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class tst_Retention : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void forgetsEverywhere();
    void keysGoAfterThirtyDaysAndExpiredSessionsAtOnce();
    void filesAreTheServersUsersAlone();
    void sweepsOrphanedFiles();
    void runsOnOneServerAtATime();
    void waitsForAClerkWithoutDeadlock();

private:
    void setClock(qint64 msecs);
    HttpResult post(const QString &path, const QJsonObject &body, const QByteArray &token,
                    const QByteArray &idempotencyKey);
    HttpResult upload(const QString &caseType, const QString &caseId, const QString &fileName,
                      const QByteArray &content, const QByteArray &idempotencyKey);
    // How many text and JSON cells of the whole database contain `text`.
    int cellsContaining(const QString &text);
    int idempotencyKeys();

    QTemporaryDir m_dir;
    DatabaseUrl m_url;
    std::unique_ptr<ServerInstance> m_server;
    std::unique_ptr<HttpClient> m_http;
    QByteArray m_clerk;
    QByteArray m_registrar;
};

void tst_Retention::initTestCase()
{
    TRESEN_FRESH_DATABASE(m_url, u"tst_retention"_s, m_dir);
    if (m_url.kind == DatabaseUrl::Kind::Sqlite)
        m_url.path = m_dir.filePath(u"state/tst_retention.db"_s); // the server makes the folder
    ServerConfig config;
    config.database = m_url;
    config.demo = true;
    config.documentFolder = m_dir.filePath(u"state/documents"_s); // the server makes it
    m_server = std::make_unique<ServerInstance>(config);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_http = std::make_unique<HttpClient>(QUrl(m_server->baseUrl()));
    m_clerk = m_http->login(u"mueller"_s, u"demo"_s);
    m_registrar = m_http->login(u"schmidt"_s, u"demo"_s);
    QVERIFY(!m_clerk.isEmpty() && !m_registrar.isEmpty());
}

void tst_Retention::cleanupTestCase()
{
    m_http.reset();
    m_server.reset();
}

void tst_Retention::setClock(qint64 msecs)
{
    const qint64 offset = msecs - QDateTime::currentMSecsSinceEpoch();
    m_server->backend().clock = [offset] { return QDateTime::currentMSecsSinceEpoch() + offset; };
}

HttpResult tst_Retention::post(const QString &path, const QJsonObject &body,
                               const QByteArray &token, const QByteArray &idempotencyKey)
{
    return m_http->send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token,
                        key(idempotencyKey));
}

HttpResult tst_Retention::upload(const QString &caseType, const QString &caseId,
                                 const QString &fileName, const QByteArray &content,
                                 const QByteArray &idempotencyKey)
{
    return post(u"/api/v1/documents"_s,
                {{u"caseType"_s, caseType},
                 {u"caseId"_s, caseId},
                 {u"fileName"_s, fileName},
                 {u"contentType"_s, u"application/pdf"_s},
                 {u"content"_s, QString::fromLatin1(content.toBase64())},
                 {u"codes"_s, QJsonArray{QJsonObject{{u"format"_s, u"QRCode"_s},
                                                     {u"text"_s, u"BCD\n001\n"_s + kName}}}},
                 {u"pages"_s, 1}},
                m_clerk, idempotencyKey);
}

int tst_Retention::cellsContaining(const QString &text)
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
        SqlRows rows = db.exec(
            u"SELECT COUNT(*) FROM \"%1\" WHERE CAST(\"%2\" AS TEXT) LIKE ?"_s.arg(table, column),
            {u'%' + text + u'%'});
        if (rows.next() && rows.value(0).toInt() > 0) {
            qInfo("%s found in %s.%s", qPrintable(text), qPrintable(table), qPrintable(column));
            found += rows.value(0).toInt();
        }
    }
    return found;
}

int tst_Retention::idempotencyKeys()
{
    SqlRows rows = m_server->backend().db.exec(u"SELECT COUNT(*) FROM idempotency_key"_s);
    return rows.next() ? rows.value(0).toInt() : -1;
}

void tst_Retention::forgetsEverywhere()
{
    const QDate monday = TestSupport::mondayWeeksAhead(2);
    setClock(at(monday.addDays(-3), 9, 0)); // the Friday before
    Backend &backend = m_server->backend();

    // An appointment, changed once (two snapshots in the change log).
    const QJsonObject booking{{u"serviceId"_s, kPersonalausweis},
                              {u"startsAt"_s, isoTimeFromMSecs(at(monday, 8, 15))},
                              {u"name"_s, kName},
                              {u"email"_s, kEmail},
                              {u"phone"_s, u"0171 7654321"_s},
                              {u"notes"_s, u"Vollmacht für Frau "_s + kSurname}};
    const HttpResult booked = post(u"/api/v1/appointments"_s, booking, m_clerk, "retention-k1");
    QVERIFY2(booked.status == 201, booked.body.constData());
    const QString appointmentId = booked.json.toObject().value(u"id"_s).toString();
    const QString bookingCode = booked.json.toObject().value(u"bookingCode"_s).toString();
    const HttpResult patched = m_http->send(
        "PATCH", u"/api/v1/appointments/"_s + appointmentId,
        QJsonDocument(QJsonObject{{u"notes"_s, u"Herr "_s + kSurname + u" bringt Formular"_s}})
            .toJson(),
        m_clerk, key("retention-k2"));
    QVERIFY2(patched.status == 200, patched.body.constData());
    // A replay answers with the appointment as it is now, not as it was first.
    const HttpResult replayedEarly =
        post(u"/api/v1/appointments"_s, booking, m_clerk, "retention-k1");
    QCOMPARE(replayedEarly.status, 201);
    QCOMPARE(replayedEarly.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(replayedEarly.json.toObject().value(u"id"_s).toString(), appointmentId);
    QCOMPARE(replayedEarly.json.toObject().value(u"notes"_s).toString(),
             u"Herr "_s + kSurname + u" bringt Formular"_s);

    // A ticket with notes.
    const HttpResult ticket =
        post(u"/api/v1/tickets"_s,
             {{u"serviceId"_s, kPersonalausweis}, {u"notes"_s, u"Begleitung von "_s + kName}},
             m_clerk, "retention-k3");
    QVERIFY2(ticket.status == 201, ticket.body.constData());
    QVERIFY(ticket.json.toObject().contains(u"estimatedWaitMinutes"_s));

    // A wedding, registered (not over): the couple goes all the same.
    const HttpResult offered =
        m_http->get(u"/api/v1/wedding/slots?from=%1&to=%2"_s.arg(
                        monday.toString(Qt::ISODate), monday.addDays(6).toString(Qt::ISODate)),
                    m_registrar);
    QString slotId;
    qint64 weddingAt = 0;
    for (const QJsonValue &value : offered.json.toArray()) {
        const QJsonObject slot = value.toObject();
        if (slot.value(u"status"_s).toString() == u"free"_s) {
            slotId = slot.value(u"id"_s).toString();
            weddingAt = msecsFromIsoTime(slot.value(u"startsAt"_s).toString());
            break;
        }
    }
    QVERIFY2(!slotId.isEmpty(), offered.body.constData());
    const HttpResult reserved = post(u"/api/v1/wedding/slots/%1/reservations"_s.arg(slotId),
                                     {{u"partner1"_s, kName},
                                      {u"partner2"_s, u"Yvonne "_s + kSurname},
                                      {u"email"_s, kEmail},
                                      {u"phone"_s, u"0171 7654321"_s}},
                                     m_registrar, "retention-k4");
    QVERIFY2(reserved.status == 201, reserved.body.constData());
    const QString weddingId = reserved.json.toObject().value(u"id"_s).toString();
    const HttpResult registered = m_http->send(
        "PATCH", u"/api/v1/wedding/bookings/"_s + weddingId,
        QJsonDocument(
            QJsonObject{{u"documents"_s, QJsonObject{{u"identity"_s, u"received"_s},
                                                     {u"birthCertificates"_s, u"received"_s},
                                                     {u"residence"_s, u"received"_s},
                                                     {u"previousMarriage"_s, u"not_needed"_s},
                                                     {u"foreignDocuments"_s, u"not_needed"_s}}},
                        {u"status"_s, u"registered"_s},
                        {u"feeReference"_s, kPaymentReference}})
            .toJson(),
        m_registrar);
    QVERIFY2(registered.status == 200, registered.body.constData());

    // Two documents: one of the appointment, one of a payment case.
    const QByteArray scan = "%PDF-1.4\n% Personalausweis " + kName.toUtf8() + "\n%%EOF\n";
    const HttpResult document =
        upload(u"appointment"_s, appointmentId, kSurname + u"-Ausweis.pdf"_s, scan, "retention-k5");
    QVERIFY2(document.status == 201, document.body.constData());
    const QString documentId = document.json.toObject().value(u"id"_s).toString();
    const QString storedFile =
        QDir(backend.documentFolder)
            .filePath(document.json.toObject().value(u"storagePath"_s).toString());
    QVERIFY(QFileInfo::exists(storedFile));
    const HttpResult receipt = upload(u"payment"_s, kPaymentReference, u"Quittung.pdf"_s,
                                      "%PDF-1.4\n% Quittung\n%%EOF\n", "retention-k6");
    QVERIFY2(receipt.status == 201, receipt.body.constData());
    // Looked up (audited) whether the provider knows it or not.
    QCOMPARE(m_http->get(u"/api/v1/payments/"_s + kPaymentReference, m_clerk).status, 404);

    // Before: the name is there (so that the test can fail).
    QVERIFY(cellsContaining(kSurname) > 0);
    if (m_url.kind == DatabaseUrl::Kind::Sqlite)
        QVERIFY(fileBytes(m_url.path).contains(kSurname.toUtf8()) ||
                fileBytes(m_url.path + u"-wal"_s).contains(kSurname.toUtf8()));

    // Two days after the wedding, with one day of retention for everything.
    backend.retention.appointmentDays = 1;
    backend.retention.ticketDays = 1;
    backend.retention.weddingDays = 1;
    backend.retention.documentDays = 1;
    setClock(weddingAt + 2 * kDay);
    RetentionJob job(backend);
    QVERIFY(job.runOnce() >= 1);
    const RetentionJob::Run &run = job.lastRun();
    QVERIFY(!run.failed);
    QVERIFY(run.tickets >= 1);
    QVERIFY(run.weddings >= 1);
    QVERIFY(run.documents >= 2);
    QCOMPARE(run.documentFiles, 2); // deleted, not merely released

    // Nowhere in the database: no table, no change-log snapshot, no stored answer.
    if (m_url.kind == DatabaseUrl::Kind::Sqlite) {
        // Not even in the bytes of the file or its WAL (secure_delete, checkpoint).
        for (const QString &path : {m_url.path, m_url.path + u"-wal"_s}) {
            const QByteArray bytes = fileBytes(path);
            QVERIFY2(!bytes.contains(kSurname.toUtf8()), qPrintable(path));
            QVERIFY2(!bytes.contains(kEmail.toUtf8()), qPrintable(path));
            QVERIFY2(!bytes.contains(kPaymentReference.toUtf8()), qPrintable(path));
        }
    }
    QCOMPARE(cellsContaining(kSurname), 0);
    QCOMPARE(cellsContaining(kEmail), 0);
    QCOMPARE(cellsContaining(kPaymentReference), 0);

    // The feed from the start serves the anonymised form only.
    const ChangeLog::Page feed = backend.changes.since(0, 1000000);
    QVERIFY(!feed.more);
    QByteArray feedText;
    for (const Change &change : feed.changes)
        feedText += QJsonDocument(change.toJson()).toJson(QJsonDocument::Compact);
    QVERIFY(feedText.contains(appointmentId.toUtf8()));
    QVERIFY(!feedText.contains(kSurname.toUtf8()));
    QVERIFY(!feedText.contains(kEmail.toUtf8()));
    const HttpResult served = m_http->get(u"/api/v1/changes?since=0"_s, m_clerk);
    QCOMPARE(served.status, 200);
    QVERIFY(!served.body.contains(kSurname.toUtf8()));

    // The audit log names records by id: no booking code, no reference.
    {
        SqlRows rows = backend.db.exec(u"SELECT subject, detail FROM audit_log"_s);
        while (rows.next()) {
            const QString text = rows.value(0).toString() + u' ' + rows.value(1).toString();
            QVERIFY2(!text.contains(bookingCode) && !text.contains(kPaymentReference),
                     qPrintable(text));
        }
    }

    // The document's file is gone, its record stays without what named anyone.
    QVERIFY(!QFileInfo::exists(storedFile));
    const HttpResult documents =
        m_http->get(u"/api/v1/documents?caseType=appointment&caseId="_s + appointmentId, m_clerk);
    QCOMPARE(documents.json.toArray().size(), 1);
    const QJsonObject kept = documents.json.toArray().first().toObject();
    QCOMPARE(kept.value(u"id"_s).toString(), documentId);
    QCOMPARE(kept.value(u"fileName"_s).toString(), QString());
    QCOMPARE(kept.value(u"storagePath"_s).toString(), QString());
    QCOMPARE(kept.value(u"codes"_s).toArray().size(), 0);
    QCOMPARE(kept.value(u"anonymised"_s).toBool(), true);
    QCOMPARE(kept.value(u"pages"_s).toInt(), 1);

    // The wedding keeps its facts and state.
    const QJsonObject wedding =
        m_http->get(u"/api/v1/wedding/bookings/"_s + weddingId, m_registrar).json.toObject();
    QCOMPARE(wedding.value(u"status"_s).toString(), u"registered"_s);
    QCOMPARE(wedding.value(u"partner1"_s).toString(), QString());
    QCOMPARE(wedding.value(u"feeReference"_s).toString(), QString());
    // With a new version (the feed carries it), and closed to changes: a
    // registrar's late PATCH cannot bring the couple back.
    QCOMPARE(wedding.value(u"anonymised"_s).toBool(), true);
    QVERIFY(wedding.value(u"version"_s).toInt() >
            registered.json.toObject().value(u"version"_s).toInt());
    const HttpResult late =
        m_http->send("PATCH", u"/api/v1/wedding/bookings/"_s + weddingId,
                     QJsonDocument(QJsonObject{{u"partner1"_s, kName}}).toJson(), m_registrar);
    QCOMPARE(late.status, 409);
    QCOMPARE(late.json.toObject().value(u"code"_s).toString(), u"anonymised"_s);

    // Stored answers are references; a replay answers with today's form.
    {
        SqlRows rows = backend.db.exec(u"SELECT entity, entity_id, entity_version, body FROM "
                                       "idempotency_key WHERE idem_key = ?"_s,
                                       {u"retention-k1"_s});
        QVERIFY(rows.next());
        QCOMPARE(rows.value(0).toString(), u"appointment"_s);
        QCOMPARE(rows.value(1).toString(), appointmentId);
        QCOMPARE(rows.value(2).toInt(), 1);
        QCOMPARE(rows.value(3).toString(), QString());
    }
    const HttpResult replayed = post(u"/api/v1/appointments"_s, booking, m_clerk, "retention-k1");
    QCOMPARE(replayed.status, 201);
    QCOMPARE(replayed.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(replayed.json.toObject().value(u"id"_s).toString(), appointmentId);
    QCOMPARE(replayed.json.toObject().value(u"name"_s).toString(), QString());
    QCOMPARE(replayed.json.toObject().value(u"anonymised"_s).toBool(), true);
    const HttpResult ticketReplayed =
        post(u"/api/v1/tickets"_s,
             {{u"serviceId"_s, kPersonalausweis}, {u"notes"_s, u"Begleitung von "_s + kName}},
             m_clerk, "retention-k3");
    QCOMPARE(ticketReplayed.status, 201);
    QCOMPARE(ticketReplayed.json.toObject().value(u"id"_s), ticket.json.toObject().value(u"id"_s));
    QCOMPARE(ticketReplayed.json.toObject().value(u"notes"_s).toString(), QString());
    // What the route added beside the ticket comes back as it was.
    QCOMPARE(ticketReplayed.json.toObject().value(u"estimatedWaitMinutes"_s),
             ticket.json.toObject().value(u"estimatedWaitMinutes"_s));
}

void tst_Retention::keysGoAfterThirtyDaysAndExpiredSessionsAtOnce()
{
    Backend &backend = m_server->backend();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    setClock(now);
    const QString counterName =
        m_http->get(u"/api/v1/counters/1"_s, m_clerk).json.toObject().value(u"name"_s).toString();
    QVERIFY(!counterName.isEmpty());
    const HttpResult counter =
        m_http->send("PATCH", u"/api/v1/counters/1"_s,
                     QJsonDocument(QJsonObject{{u"name"_s, counterName}}).toJson(),
                     m_http->login(u"admin"_s, u"demo"_s), key("retention-counter"));
    QVERIFY2(counter.status == 200, counter.body.constData());
    QVERIFY(idempotencyKeys() >= 1);
    const qint64 userId = backend.users.findByLogin(u"mueller"_s)->id;
    backend.db.exec(u"INSERT INTO user_session (token_hash, user_id, created_at, expires_at) "
                    "VALUES (?, ?, ?, ?)"_s,
                    {u"retention-test-expired"_s, userId, now - 2 * kDay, now - kDay});
    const auto sessions = [&backend](const QString &hash) {
        SqlRows rows =
            backend.db.exec(u"SELECT COUNT(*) FROM user_session WHERE token_hash = ?"_s, {hash});
        return rows.next() ? rows.value(0).toInt() : -1;
    };
    QCOMPARE(sessions(u"retention-test-expired"_s), 1);

    RetentionJob job(backend);
    setClock(now + 29 * kDay);
    QVERIFY(job.runOnce() >= 0);
    QVERIFY(!job.lastRun().failed);
    QCOMPARE(sessions(u"retention-test-expired"_s), 0);
    QVERIFY(job.lastRun().sessions >= 1);
    QVERIFY(idempotencyKeys() >= 1);                                  // 29 days: still there
    QCOMPARE(m_http->get(u"/api/v1/offices"_s, m_clerk).status, 200); // live sessions stay

    setClock(now + 31 * kDay);
    QVERIFY(job.runOnce() >= 0);
    QCOMPARE(idempotencyKeys(), 0);
    QVERIFY(job.lastRun().idempotencyKeys >= 1);
}

void tst_Retention::filesAreTheServersUsersAlone()
{
    const QString folder = m_server->backend().documentFolder;
    QVERIFY(QFileInfo(folder).isDir());
    QCOMPARE(QFile::permissions(folder) & kGroupOrOther, QFile::Permissions());
    QVERIFY(QFile::permissions(folder).testFlags(QFile::ReadOwner | QFile::WriteOwner |
                                                 QFile::ExeOwner));

    setClock(QDateTime::currentMSecsSinceEpoch());
    const HttpResult sent = upload(u"payment"_s, u"5.0001.000123.4"_s, u"scan.pdf"_s,
                                   "%PDF-1.4\n% modes\n%%EOF\n", "retention-modes");
    QVERIFY2(sent.status == 201, sent.body.constData());
    const QString file =
        QDir(folder).filePath(sent.json.toObject().value(u"storagePath"_s).toString());
    QVERIFY(QFileInfo::exists(file));
    QCOMPARE(QFile::permissions(file) & kGroupOrOther, QFile::Permissions());
    QCOMPARE(QFile::permissions(file) & (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner),
             QFile::Permissions(QFile::ReadOwner | QFile::WriteOwner));
    const QString subfolder = QFileInfo(file).absolutePath();
    QCOMPARE(QFile::permissions(subfolder) & kGroupOrOther, QFile::Permissions());

    if (m_url.kind != DatabaseUrl::Kind::Sqlite)
        return; // PostgreSQL keeps its own files
    const QString dataFolder = QFileInfo(m_url.path).absolutePath();
    QCOMPARE(QFile::permissions(dataFolder) & kGroupOrOther, QFile::Permissions());
    for (const QString &path : {m_url.path, m_url.path + u"-wal"_s, m_url.path + u"-shm"_s}) {
        if (!QFileInfo::exists(path))
            continue;
        QCOMPARE(QFile::permissions(path) & kGroupOrOther, QFile::Permissions());
        QVERIFY(QFile::permissions(path).testFlags(QFile::ReadOwner | QFile::WriteOwner));
    }
    QVERIFY(QFileInfo::exists(m_url.path));
}

void tst_Retention::sweepsOrphanedFiles()
{
    // What a crash after an erasure's commit, a failed removal or a rolled
    // back upload leaves: files no record in use names. The retention run
    // deletes them once they are an hour old and counts what it deleted.
    Backend &backend = m_server->backend();
    setClock(QDateTime::currentMSecsSinceEpoch());
    const QDir folder(backend.documentFolder);
    const auto place = [&folder](const QString &relative, qint64 ageMs) {
        const QString path = folder.filePath(relative);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write("%PDF-1.4\n% Waise\n%%EOF\n") < 0 ||
            !file.flush() ||
            !file.setFileTime(QDateTime::currentDateTime().addMSecs(-ageMs),
                              QFileDevice::FileModificationTime))
            return QString();
        return path;
    };
    const auto stored = [](const char *seed) {
        const QString sha =
            QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex());
        return sha.left(2) + u'/' + sha + u".pdf"_s;
    };
    constexpr qint64 kTwoHours = 2 * 60 * 60 * 1000;
    const QString orphan = place(stored("orphan"), kTwoHours);
    const QString young = place(stored("in flight"), 0);
    const QString usedPath = stored("used");
    const QString used = place(usedPath, kTwoHours);
    const QString foreign = place(u"notes.txt"_s, kTwoHours);
    const QString foreignInSubfolder = place(stored("x").left(3) + u"readme.txt"_s, kTwoHours);
    for (const QString &path : {orphan, young, used, foreign, foreignInSubfolder})
        QVERIFY(!path.isEmpty() && QFileInfo::exists(path));
    {
        Transaction transaction(backend.db);
        backend.documents.create({u"payment"_s, u"5.0001.000777.1"_s, u"Beleg.pdf"_s,
                                  u"application/pdf"_s, 24, usedPath.section(u'/', 1, 1).left(64),
                                  1, QJsonArray(), usedPath, u"test"_s});
        transaction.commit();
    }

    RetentionJob job(backend);
    job.runOnce();
    QVERIFY(!job.lastRun().failed);
    QCOMPARE(job.lastRun().documentFiles, 1);
    QVERIFY(!QFileInfo::exists(orphan));
    for (const QString &path : {young, used, foreign, foreignInSubfolder})
        QVERIFY2(QFileInfo::exists(path), qPrintable(path));
}

void tst_Retention::runsOnOneServerAtATime()
{
    if (m_url.kind != DatabaseUrl::Kind::Postgresql)
        QSKIP("Several servers share a database on PostgreSQL only.");
    Backend &backend = m_server->backend();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    setClock(now);
    backend.db.exec(u"INSERT INTO user_session (token_hash, user_id, created_at, expires_at) "
                    "VALUES ('retention-one-at-a-time', ?, ?, ?)"_s,
                    {backend.users.findByLogin(u"mueller"_s)->id, now - 2 * kDay, now - kDay});
    const auto expiredSessions = [&backend] {
        SqlRows rows = backend.db.exec(
            u"SELECT COUNT(*) FROM user_session WHERE token_hash = 'retention-one-at-a-time'"_s);
        return rows.next() ? rows.value(0).toInt() : -1;
    };

    // Another server's run holds the job's lock: this one skips its run.
    Database other(m_url, u"retention-other-server"_s);
    QString error;
    QVERIFY2(other.open(&error), qPrintable(error));
    RetentionJob job(backend);
    {
        Transaction othersRun(other);
        SqlRows locked =
            other.exec(u"SELECT pg_try_advisory_xact_lock(?)"_s, {AdvisoryLock::kRetention});
        QVERIFY(locked.next() && locked.value(0).toBool());
        QCOMPARE(job.runOnce(), 0);
        QVERIFY(job.lastRun().skipped);
        QVERIFY(!job.lastRun().failed);
        QCOMPARE(expiredSessions(), 1);
    }
    // Its run over, the next one here does the work.
    QVERIFY(job.runOnce() >= 0);
    QVERIFY(!job.lastRun().skipped);
    QCOMPARE(expiredSessions(), 0);
}

void tst_Retention::waitsForAClerkWithoutDeadlock()
{
    if (m_url.kind != DatabaseUrl::Kind::Postgresql)
        QSKIP("SQLite has one writer at a time: no clerk's write runs during a run.");
    Backend &backend = m_server->backend();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    setClock(now);
    QList<qint64> tickets;
    for (const QByteArray key : {"retention-deadlock-1", "retention-deadlock-2"}) {
        const HttpResult issued =
            post(u"/api/v1/tickets"_s,
                 {{u"serviceId"_s, kPersonalausweis}, {u"notes"_s, u"Begleitung von "_s + kName}},
                 m_clerk, key);
        QVERIFY2(issued.status == 201, issued.body.constData());
        tickets.append(issued.json[u"id"_s].toString().toLongLong());
    }
    setClock(now + 60 * kDay); // both tickets' notes are due

    // A clerk's transaction holds the second ticket's row and, once the run
    // waits for that row, records a change (the change log's lock), as
    // calling the ticket would. A run holding the change log's lock since the
    // first ticket would deadlock with it: PostgreSQL would abort one of them.
    std::atomic<bool> rowLocked = false;
    bool clerkCommitted = false;
    QString clerkError;
    TestSupport::BackgroundWork clerk;
    clerk.start([&] {
        try {
            Database db(m_url, u"retention-clerk"_s);
            if (!db.open(&clerkError)) {
                rowLocked = true;
                return;
            }
            Transaction transaction(db);
            db.exec(u"SELECT id FROM ticket WHERE id = ? FOR UPDATE"_s, {tickets[1]});
            rowLocked = true;
            if (!TestSupport::someoneWaitsForLock(m_url, {u"transactionid"_s, u"tuple"_s})) {
                clerkError = u"the retention run never waited for the row"_s;
                return;
            }
            db.exec(u"SELECT pg_advisory_xact_lock(?)"_s, {AdvisoryLock::kAppends});
            transaction.commit();
            clerkCommitted = true;
        } catch (const DatabaseFailure &failure) {
            clerkError = QString::fromUtf8(failure.what());
        }
    });
    for (int waited = 0; !rowLocked && waited < 30000; waited += 10)
        QThread::msleep(10);
    QVERIFY(rowLocked);

    RetentionJob job(backend);
    job.runOnce();
    QVERIFY(clerk.wait());
    QVERIFY2(clerkCommitted, qPrintable(clerkError));
    QVERIFY(!job.lastRun().failed);
    QVERIFY(job.lastRun().audited);
    QVERIFY(job.lastRun().tickets >= 2);
    for (const qint64 id : std::as_const(tickets)) {
        SqlRows notes = backend.db.exec(u"SELECT notes FROM ticket WHERE id = ?"_s, {id});
        QVERIFY(notes.next());
        QCOMPARE(notes.value(0).toString(), QString());
    }
}

QTEST_GUILESS_MAIN(tst_Retention)
#include "tst_retention.moc"
