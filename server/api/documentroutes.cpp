#include "core/domain/appointment.h"
#include "server/api/routes.h"
#include "server/api/visibleanswer.h"
#include "server/http/requestdispatcher.h"
#include "server/repositories/appointmentrepository.h"
#include "server/repositories/documentrepository.h"
#include "server/repositories/ticketrepository.h"
#include "server/repositories/weddingrepository.h"
#include "server/storage/auditlog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
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

// Owner only: scans name people (see docs/admin-guide.md on the document management's access).
constexpr QFile::Permissions kOwnerOnlyFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions kOwnerOnlyFolder =
    QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

enum class CaseState { Missing, Open, Anonymised };

// Whether the case exists (a payment case is any reference the city uses), and
// whether its personal data has been erased. The row stays locked (on
// PostgreSQL) until the upload commits, so an erasure cannot slip in between.
CaseState caseState(const DocumentRoutes &parts, const QString &type, const QString &id)
{
    bool ok = false;
    const qint64 number = id.toLongLong(&ok);
    if (type == u"ticket"_s)
        return ok && parts.tickets.find(number).has_value() ? CaseState::Open : CaseState::Missing;
    if (type == u"appointment"_s) {
        const auto a = ok ? parts.appointments.find(number, true) : std::nullopt;
        return !a ? CaseState::Missing : a->anonymised ? CaseState::Anonymised : CaseState::Open;
    }
    if (type == u"wedding"_s) {
        const auto b = ok ? parts.weddings.find(number, true) : std::nullopt;
        return !b ? CaseState::Missing : b->anonymised ? CaseState::Anonymised : CaseState::Open;
    }
    return !id.trimmed().isEmpty() && id.size() <= 80 ? CaseState::Open : CaseState::Missing;
}
// The office a ticket, appointment or wedding case belongs to; nullopt for a
// payment case (a reference of the city's, of no one office) or an unknown one.
std::optional<qint64> caseOffice(const DocumentRoutes &parts, const QString &type,
                                 const QString &id)
{
    const qint64 number = id.toLongLong();
    if (type == u"ticket"_s) {
        const auto ticket = parts.tickets.find(number);
        return ticket ? std::optional<qint64>(ticket->officeId) : std::nullopt;
    }
    if (type == u"appointment"_s) {
        const auto a = parts.appointments.find(number);
        return a ? std::optional<qint64>(a->officeId.toLongLong()) : std::nullopt;
    }
    if (type == u"wedding"_s) {
        const auto b = parts.weddings.find(number);
        for (const WeddingRoom &room : b ? parts.weddings.rooms() : QList<WeddingRoom>()) {
            if (room.id == b->roomId.toLongLong())
                return room.officeId;
        }
    }
    return std::nullopt;
}
} // namespace

void installDocumentRoutes(RequestDispatcher &api, const DocumentRoutes &parts)
{
    using M = RequestDispatcher::Method;
    api.route(
        M::Post, u"/api/v1/documents"_s, Role::Clerk | Role::Registrar,
        [parts](ApiRequest &r) {
            const QString caseType = r.body.value(u"caseType"_s).toString();
            const QString caseId = r.body.value(u"caseId"_s).toString();
            if (!kCaseTypes.contains(caseType))
                return HttpReply::badRequest(
                    u"caseType must be one of %1."_s.arg(kCaseTypes.join(u", "_s)));
            const CaseState state = caseState(parts, caseType, caseId);
            if (state == CaseState::Missing)
                return HttpReply::notFound(u"There is no %1 %2."_s.arg(caseType, caseId));
            if (const auto office = caseOffice(parts, caseType, caseId)) {
                if (auto refusal = refuseOtherOffice(r, *office))
                    return *refusal;
            }
            // An upload queued offline and sent after the erasure would bring
            // the scan, its file name and codes back.
            if (state == CaseState::Anonymised)
                return HttpReply::conflict(
                    u"anonymised"_s, u"The personal data of %1 %2 has been erased; no document "
                                     "can be added to it."_s.arg(caseType, caseId));
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
            parts.documents.lockFiles(); // a removal of this file waits for the commit
            if (!QFileInfo::exists(path)) {
                const QString subfolder = QFileInfo(path).absolutePath();
                if (!QFileInfo::exists(subfolder) && QDir().mkpath(subfolder))
                    QFile::setPermissions(subfolder, kOwnerOnlyFolder);
                QSaveFile file(path);
                if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kOwnerOnlyFile) ||
                    file.write(*content) != content->size() || !file.commit())
                    return HttpReply::problem(507, u"Insufficient Storage"_s,
                                              u"The document could not be stored on the server."_s);
            }
            const QJsonObject json = parts.documents.create(
                {caseType, caseId, fileName, contentType, qint64(content->size()), sha256, pages,
                 codes.toArray(), relative, r.user->login});
            // Ids only: a payment case's id is its reference, which names a payer's case.
            parts.auditLog.record(
                r.user->login, u"document.upload"_s, json.value(u"id"_s).toString(),
                caseType == u"payment"_s ? caseType : u"%1/%2"_s.arg(caseType, caseId));
            return HttpReply::json(201, json);
        },
        kMaxUploadBytes);

    api.route(M::Get, u"/api/v1/documents"_s, Role::Clerk | Role::Registrar | Role::Supervisor,
              [parts](ApiRequest &r) {
                  const QString caseType = r.queryValue(u"caseType"_s);
                  const QString caseId = r.queryValue(u"caseId"_s);
                  // Another office's case: as for an upload to it.
                  if (const auto office = caseOffice(parts, caseType, caseId)) {
                      if (auto refusal = refuseOtherOffice(r, *office))
                          return *refusal;
                  }
                  return visibleList(parts.needToKnow, u"document",
                                     parts.documents.ofCase(caseType, caseId), r);
              });
}
