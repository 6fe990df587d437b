#include "core/documents/documentupload.h"

#include "core/sync/backendclient.h"
#include "core/sync/localstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QMimeDatabase>

using namespace Qt::StringLiterals;

DocumentUpload::DocumentUpload(BackendClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void DocumentUpload::send(const ScannedDocument &document, const QList<ScanJob::Page> &pages,
                          const QString &caseType, const QString &caseId, QObject *context,
                          std::function<void(const Result &)> done)
{
    QByteArray content;
    QString contentType = u"application/pdf"_s;
    QString fileName = QFileInfo(document.sourceFile).fileName();
    if (document.wholeFile) {
        // The file as scanned: byte for byte what the citizen's paper became.
        QFile file(document.sourceFile);
        if (file.open(QIODevice::ReadOnly))
            content = file.readAll();
        contentType = QMimeDatabase().mimeTypeForFile(document.sourceFile).name();
    }
    if (content.isEmpty() ||
        !QStringList{u"application/pdf"_s, u"image/png"_s, u"image/jpeg"_s, u"image/tiff"_s}
             .contains(contentType)) {
        QList<QImage> images;
        for (const int index : document.pages)
            images.append(pages.at(index).image);
        content = pdfFromPages(images);
        contentType = u"application/pdf"_s;
        fileName = QFileInfo(fileName).completeBaseName() +
                   u"-S%1-%2.pdf"_s.arg(pages.at(document.pages.first()).number)
                       .arg(pages.at(document.pages.last()).number);
    }
    if (content.isEmpty()) {
        done({false, tr("The document could not be prepared for sending."), {}, {}});
        return;
    }
    QJsonArray codes;
    for (const DocumentCode &code : document.codes)
        codes.append(QJsonObject{{u"page"_s, code.page},
                                 {u"format"_s, code.code.format},
                                 {u"text"_s, code.code.text},
                                 {u"kind"_s, code.meaning.kind}});
    const QString sha256 =
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    const QJsonObject body{
        {u"caseType"_s, caseType},
        {u"caseId"_s, caseId},
        {u"fileName"_s, fileName},
        {u"contentType"_s, contentType},
        {u"pages"_s, int(document.pages.size())},
        {u"sha256"_s, sha256},
        {u"codes"_s, codes},
        {u"content"_s, QString::fromLatin1(content.toBase64())},
    };
    m_client->send("POST", u"/api/v1/documents"_s, body, context,
                   [done, sha256](const ApiResponse &response) {
                       if (!response.ok()) {
                           done({false,
                                 response.status == 404 ? tr("The server does not know this case.")
                                                        : response.message,
                                 {},
                                 {}});
                           return;
                       }
                       done({true, {}, response.body.toObject().value(u"id"_s).toString(), sha256});
                   });
}

std::optional<QString> cachedCaseId(const LocalStore &store, const QString &caseType,
                                    const QString &bookingCode)
{
    const QString entity = caseType == u"wedding"_s ? u"wedding_booking"_s : u"appointment"_s;
    const auto json = store.entityWhere(entity, u"bookingCode"_s, bookingCode);
    return json ? std::optional(json->value(u"id"_s).toString()) : std::nullopt;
}
