#include "server/repositories/documentrepository.h"

#include "core/domain/isotime.h"
#include "server/storage/changelog.h"
#include "server/storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
const QString kColumns = u"SELECT id, case_type, case_id, file_name, content_type, size_bytes, "
                         "sha256, pages, codes, storage_path, uploaded_by, uploaded_at, "
                         "anonymised_at FROM document"_s;

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
        {u"anonymised"_s, !row.value(12).isNull()},
    };
}
} // namespace

QJsonObject DocumentRepository::create(const NewDocument &d)
{
    const qint64 id = m_db.insert(
        u"INSERT INTO document (case_type, case_id, file_name, content_type, size_bytes, "
        "sha256, pages, codes, storage_path, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?) RETURNING id"_s,
        {d.caseType, d.caseId, d.fileName, d.contentType, d.sizeBytes, d.sha256, d.pages,
         QString::fromUtf8(QJsonDocument(d.codes).toJson(QJsonDocument::Compact)), d.storagePath,
         d.uploadedBy, m_clock()});
    const QJsonObject json = *find(id);
    m_changes.recordUpsert(u"document"_s, QString::number(id), u"document.created"_s, json);
    return json;
}

std::optional<QJsonObject> DocumentRepository::find(qint64 id)
{
    SqlRows row = m_db.exec(kColumns + u" WHERE id = ?"_s, {id});
    return row.next() ? std::optional(documentJson(row)) : std::nullopt;
}

QJsonArray DocumentRepository::ofCase(const QString &caseType, const QString &caseId)
{
    QJsonArray list;
    SqlRows rows = m_db.exec(kColumns + u" WHERE case_type = ? AND case_id = ? ORDER BY id"_s,
                             {caseType, caseId});
    while (rows.next())
        list.append(documentJson(rows));
    return list;
}

int DocumentRepository::anonymiseUploadedBefore(qint64 cutoff, const QString &folder)
{
    struct Due
    {
        qint64 id;
        QString caseType;
        QString storagePath;
    };
    QList<Due> due;
    {
        SqlRows rows = m_db.exec(u"SELECT id, case_type, storage_path FROM document WHERE "
                                 "anonymised_at IS NULL AND uploaded_at < ? ORDER BY id"_s,
                                 {cutoff});
        while (rows.next())
            due.append(
                {rows.value(0).toLongLong(), rows.value(1).toString(), rows.value(2).toString()});
    }
    int count = 0;
    for (const Due &document : std::as_const(due)) {
        // Content-addressed: one file may be the scan of several uploads.
        bool shared = false;
        if (!document.storagePath.isEmpty()) {
            SqlRows others = m_db.exec(u"SELECT 1 FROM document WHERE storage_path = ? AND id <> ? "
                                       "AND anonymised_at IS NULL"_s,
                                       {document.storagePath, document.id});
            shared = others.next();
        }
        if (!document.storagePath.isEmpty() && !shared) {
            const QString path = QDir(folder).filePath(document.storagePath);
            if (QFileInfo::exists(path) && !QFile::remove(path)) {
                qWarning("Retention: the file of document %lld cannot be deleted; it is tried "
                         "again in the next run.",
                         document.id);
                continue;
            }
        }
        const bool payment = document.caseType == u"payment"_s;
        m_db.exec(u"UPDATE document SET file_name = '', codes = '[]', storage_path = '', case_id "
                  "= CASE WHEN case_type = 'payment' THEN '' ELSE case_id END, anonymised_at = ? "
                  "WHERE id = ?"_s,
                  {m_clock(), document.id});
        const QString id = QString::number(document.id);
        const Change change =
            m_changes.recordUpsert(u"document"_s, id, u"document.anonymised"_s, *find(document.id));
        QJsonObject blanked{
            {u"fileName"_s, QString()}, {u"codes"_s, QJsonArray()}, {u"storagePath"_s, QString()}};
        if (payment)
            blanked.insert(u"caseId"_s, QString());
        m_changes.blankEarlier(u"document"_s, id, change.revision, blanked);
        ++count;
    }
    return count;
}
