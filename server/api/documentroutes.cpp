#include "core/domain/appointment.h"
#include "core/domain/isotime.h"
#include "server/api/routes.h"
#include "server/api/visibleanswer.h"
#include "server/http/apiserver.h"
#include "server/repositories/appointmentrepository.h"
#include "server/repositories/ticketrepository.h"
#include "server/repositories/weddingrepository.h"
#include "server/storage/auditlog.h"
#include "server/storage/changelog.h"
#include "server/storage/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype kMaxUploadBytes = 40 * 1024 * 1024; // base64 of a ~30 MiB scan
const QStringList kCaseTypes{u"ticket"_s, u"appointment"_s, u"wedding"_s, u"payment"_s};
const QStringList kContentTypes{u"application/pdf"_s, u"image/png"_s, u"image/jpeg"_s,
                                u"image/tiff"_s};

QString extensionFor(const QString &contentType)
{
    return contentType.section(u'/', 1).replace(u"jpeg"_s, u"jpg"_s).replace(u"tiff"_s, u"tif"_s);
}

QJsonObject documentJson(const SqlRows &row)
{
    return {
        {u"id"_s, QString::number(row.value(0).toLongLong())},
        {u"caseType"_s, row.value(1).toString()},
        {u"caseId"_s, row.value(2).toString()},
        {u"fileName"_s, row.value(3).toString()},
        {u"contentType"_s, row.value(4).toString()},
        {u"sizeBytes"_s, row.value(5).toLongLong()},
        {u"sha256"_s, row.value(6).toString()},
        {u"pages"_s, row.value(7).toInt()},
        {u"codes"_s, QJsonDocument::fromJson(row.value(8).toString().toUtf8()).array()},
        {u"storagePath"_s, row.value(9).toString()},
        {u"uploadedBy"_s, row.value(10).toString()},
        {u"uploadedAt"_s, isoTimeFromMSecs(row.value(11).toLongLong())},
    };
}

const QString kColumns = u"SELECT id, case_type, case_id, file_name, content_type, size_bytes, "
                         "sha256, pages, codes, storage_path, uploaded_by, uploaded_at FROM "
                         "document"_s;

// Whether the case exists (a payment case is any reference the city uses).
bool caseExists(const DocumentRoutes &parts, const QString &type, const QString &id)
{
    bool ok = false;
    const qint64 number = id.toLongLong(&ok);
    if (type == u"ticket"_s)
        return ok && parts.tickets.find(number).has_value();
    if (type == u"appointment"_s)
        return ok && parts.appointments.find(number).has_value();
    if (type == u"wedding"_s)
        return ok && parts.weddings.find(number).has_value();
    return !id.trimmed().isEmpty() && id.size() <= 80;
}
} // namespace

void installDocumentRoutes(ApiServer &api, const DocumentRoutes &parts)
{
    using M = ApiServer::Method;
    api.route(
        M::Post, u"/api/v1/documents"_s, Role::Clerk | Role::Registrar,
        [parts](ApiRequest &r) {
            const QString caseType = r.body.value(u"caseType"_s).toString();
            const QString caseId = r.body.value(u"caseId"_s).toString();
            if (!kCaseTypes.contains(caseType))
                return HttpReply::badRequest(
                    u"caseType must be one of %1."_s.arg(kCaseTypes.join(u", "_s)));
            if (!caseExists(parts, caseType, caseId))
                return HttpReply::notFound(u"There is no %1 %2."_s.arg(caseType, caseId));
            const QString contentType = r.body.value(u"contentType"_s).toString();
            if (!kContentTypes.contains(contentType))
                return HttpReply::badRequest(
                    u"contentType must be one of %1."_s.arg(kContentTypes.join(u", "_s)));
            const QString fileName = QFileInfo(r.body.value(u"fileName"_s).toString()).fileName();
            if (fileName.isEmpty() || fileName.size() > 200)
                return HttpReply::badRequest(u"fileName is required (at most 200 characters)."_s);
            const auto decoded =
                QByteArray::fromBase64Encoding(r.body.value(u"content"_s).toString().toLatin1(),
                                               QByteArray::AbortOnBase64DecodingErrors);
            const QByteArray *content = &decoded.decoded;
            if (!decoded || content->isEmpty())
                return HttpReply::badRequest(u"content must be the file, base64-encoded."_s);
            const QString sha256 = QString::fromLatin1(
                QCryptographicHash::hash(*content, QCryptographicHash::Sha256).toHex());
            const QString claimed = r.body.value(u"sha256"_s).toString().toLower();
            if (!claimed.isEmpty() && claimed != sha256)
                return HttpReply::problem(422, u"Unprocessable Content"_s,
                                          u"The file does not match its sha256: it was damaged "
                                          "on the way. Please send it again."_s,
                                          u"checksum-mismatch"_s);
            const QJsonValue codes = r.body.value(u"codes"_s);
            if (!codes.isUndefined() && !codes.isArray())
                return HttpReply::badRequest(u"codes must be a list."_s);
            const int pages = r.body.value(u"pages"_s).toInt(0);
            if (pages < 1 || pages > 10000)
                return HttpReply::badRequest(u"pages must be the number of pages (1 or more)."_s);

            // Content-addressed: the same file is stored once, by its checksum,
            // where the city's document management system picks it up.
            const QString relative =
                u"%1/%2.%3"_s.arg(sha256.left(2), sha256, extensionFor(contentType));
            const QString path = QDir(parts.documentFolder).filePath(relative);
            if (!QFileInfo::exists(path)) {
                QDir().mkpath(QFileInfo(path).absolutePath());
                QSaveFile file(path);
                if (!file.open(QIODevice::WriteOnly) || file.write(*content) != content->size() ||
                    !file.commit())
                    return HttpReply::problem(507, u"Insufficient Storage"_s,
                                              u"The document could not be stored on the server."_s);
            }
            const qint64 id = parts.db.insert(
                u"INSERT INTO document (case_type, case_id, file_name, content_type, size_bytes, "
                "sha256, pages, codes, storage_path, uploaded_by, uploaded_at) VALUES (?, ?, ?, "
                "?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                {caseType, caseId, fileName, contentType, qint64(content->size()), sha256, pages,
                 QString::fromUtf8(QJsonDocument(codes.toArray()).toJson(QJsonDocument::Compact)),
                 relative, r.user->login, parts.clock()});
            parts.auditLog.record(r.user->login, u"document.upload"_s,
                                  u"%1/%2"_s.arg(caseType, caseId), sha256);
            SqlRows row = parts.db.exec(kColumns + u" WHERE id = ?"_s, {id});
            row.next();
            const QJsonObject json = documentJson(row);
            parts.changes.recordUpsert(u"document"_s, QString::number(id), u"document.created"_s,
                                       json);
            return HttpReply::json(201, json);
        },
        kMaxUploadBytes);

    api.route(M::Get, u"/api/v1/documents"_s, Role::Clerk | Role::Registrar | Role::Supervisor,
              [parts](ApiRequest &r) {
                  QJsonArray list;
                  SqlRows rows = parts.db.exec(
                      kColumns + u" WHERE case_type = ? AND case_id = ? ORDER BY id"_s,
                      {r.queryValue(u"caseType"_s), r.queryValue(u"caseId"_s)});
                  while (rows.next())
                      list.append(documentJson(rows));
                  return visibleList(parts.needToKnow, u"document", list, r);
              });
}
