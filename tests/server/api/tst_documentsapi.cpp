// Uploading scanned documents over real HTTP, on SQLite and PostgreSQL: the
// file lands in the storage folder under its sha256, the row says which case
// it belongs to and which codes were on it; bad uploads are refused clearly.

#include "core/domain/isotime.h"
#include "server/instance/backend.h"
#include "server/instance/serverinstance.h"
#include "testdocuments.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using TestSupport::HttpClient;
using TestSupport::HttpResult;

class tst_DocumentsApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void uploadStoresTheFileByChecksum();
    void rejects_data();
    void rejects();
    void tooLargeIsRefused();

private:
    QJsonObject body(const QByteArray &file) const;
    HttpResult upload(const QJsonObject &body, const QByteArray &token = {});

    QTemporaryDir m_dir;
    std::unique_ptr<ServerInstance> m_server;
    std::unique_ptr<HttpClient> m_http;
    QByteArray m_clerk;
    QByteArray m_display;
    QString m_appointmentId;
    QByteArray m_pdf;
};

void tst_DocumentsApi::initTestCase()
{
    DatabaseUrl url;
    TRESEN_FRESH_DATABASE(url, u"tst_documentsapi"_s, m_dir);
    ServerConfig config;
    config.database = url;
    config.demo = true;
    config.documentFolder = m_dir.filePath(u"dms"_s);
    m_server = std::make_unique<ServerInstance>(config);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_http = std::make_unique<HttpClient>(QUrl(m_server->baseUrl()));
    m_clerk = m_http->login(u"mueller"_s, u"demo"_s);
    m_display = m_http->login(u"anzeige"_s, u"demo"_s);
    QVERIFY(!m_clerk.isEmpty() && !m_display.isEmpty());
    const QDate monday = TestSupport::mondayWeeksAhead(2);
    const auto booked = m_http->send(
        "POST", u"/api/v1/appointments"_s,
        QJsonDocument(
            QJsonObject{{u"serviceId"_s, u"1"_s},
                        {u"startsAt"_s,
                         isoTimeFromMSecs(QDateTime(monday, QTime(9, 0)).toMSecsSinceEpoch())},
                        {u"name"_s, u"Akte Anhang"_s}})
            .toJson(),
        m_clerk);
    QCOMPARE(booked.status, 201);
    m_appointmentId = booked.json.toObject().value(u"id"_s).toString();
    const QString pdf = m_dir.filePath(u"antrag.pdf"_s);
    QVERIFY(TestDocuments::writePdf(
        pdf, {TestDocuments::page(
                 {TestDocuments::code(ZXing::BarcodeFormat::QRCode, L"K7M2-9QXP", 240, 240)})}));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_pdf = file.readAll();
}

void tst_DocumentsApi::cleanupTestCase()
{
    m_http.reset();
    m_server.reset();
}

QJsonObject tst_DocumentsApi::body(const QByteArray &file) const
{
    return {
        {u"caseType"_s, u"appointment"_s},
        {u"caseId"_s, m_appointmentId},
        {u"fileName"_s, u"antrag.pdf"_s},
        {u"contentType"_s, u"application/pdf"_s},
        {u"pages"_s, 1},
        {u"sha256"_s,
         QString::fromLatin1(QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex())},
        {u"codes"_s, QJsonArray{QJsonObject{{u"page"_s, 1},
                                            {u"format"_s, u"QRCode"_s},
                                            {u"text"_s, u"K7M2-9QXP"_s},
                                            {u"kind"_s, u"appointment"_s}}}},
        {u"content"_s, QString::fromLatin1(file.toBase64())},
    };
}

HttpResult tst_DocumentsApi::upload(const QJsonObject &body, const QByteArray &token)
{
    return m_http->send("POST", u"/api/v1/documents"_s, QJsonDocument(body).toJson(),
                        token.isEmpty() ? m_clerk : token);
}

void tst_DocumentsApi::uploadStoresTheFileByChecksum()
{
    const HttpResult first = upload(body(m_pdf));
    QCOMPARE(first.status, 201);
    const QJsonObject json = first.json.toObject();
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(m_pdf, QCryptographicHash::Sha256).toHex());
    QCOMPARE(json.value(u"sha256"_s).toString(), sha);
    QCOMPARE(json.value(u"sizeBytes"_s).toInteger(), m_pdf.size());
    QCOMPARE(json.value(u"caseId"_s).toString(), m_appointmentId);
    QCOMPARE(json.value(u"uploadedBy"_s).toString(), u"mueller"_s);
    QCOMPARE(json.value(u"codes"_s).toArray().first().toObject().value(u"text"_s).toString(),
             u"K7M2-9QXP"_s);
    // The file in the storage folder is the very file that was sent.
    QFile stored(QDir(m_dir.filePath(u"dms"_s)).filePath(json.value(u"storagePath"_s).toString()));
    QVERIFY2(stored.open(QIODevice::ReadOnly), qPrintable(stored.fileName()));
    QCOMPARE(stored.readAll(), m_pdf);
    QVERIFY(stored.fileName().contains(sha));

    // The same file again (another clerk's scan of the same paper): one file, two records.
    const HttpResult second = upload(body(m_pdf));
    QCOMPARE(second.status, 201);
    QCOMPARE(second.json.toObject().value(u"storagePath"_s), json.value(u"storagePath"_s));
    const HttpResult list = m_http->get(
        u"/api/v1/documents?caseType=appointment&caseId=%1"_s.arg(m_appointmentId), m_clerk);
    QCOMPARE(list.json.toArray().size(), 2);
}

void tst_DocumentsApi::rejects_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<int>("status");
    QTest::newRow("unknown case type") << u"caseType"_s << QJsonValue(u"akte"_s) << 400;
    QTest::newRow("unknown appointment") << u"caseId"_s << QJsonValue(u"999999"_s) << 404;
    QTest::newRow("no file name") << u"fileName"_s << QJsonValue(u""_s) << 400;
    QTest::newRow("not a document type") << u"contentType"_s << QJsonValue(u"text/html"_s) << 400;
    QTest::newRow("not base64") << u"content"_s << QJsonValue(u"%%%"_s) << 400;
    QTest::newRow("empty file") << u"content"_s << QJsonValue(u""_s) << 400;
    QTest::newRow("damaged on the way") << u"sha256"_s << QJsonValue(QString(64, u'0')) << 422;
    QTest::newRow("no pages") << u"pages"_s << QJsonValue(0) << 400;
    QTest::newRow("codes not a list") << u"codes"_s << QJsonValue(u"K7M2"_s) << 400;
}

void tst_DocumentsApi::rejects()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(int, status);
    QJsonObject request = body(m_pdf);
    request.insert(field, value);
    const HttpResult result = upload(request);
    QCOMPARE(result.status, status);
    QCOMPARE(result.header("Content-Type"), QByteArray("application/problem+json"));
    QCOMPARE(upload(body(m_pdf), m_display).status, 403);
}

void tst_DocumentsApi::tooLargeIsRefused()
{
    const QByteArray huge(31 * 1024 * 1024, 'x'); // 41 MiB as base64
    const HttpResult result = upload(body(huge));
    QCOMPARE(result.status, 413);
}

QTEST_MAIN(tst_DocumentsApi)
#include "tst_documentsapi.moc"
