#include "server/repositories/documentrepository.h"

#include "core/domain/isotime.h"
#include "server/storage/advisorylocks.h"
#include "server/storage/anonymised.h"
#include "server/storage/changelog.h"
#include "server/storage/database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

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

int DocumentRepository::anonymiseUploadedBefore(qint64 cutoff, const PerRecord &perRecord,
                                                QStringList *files)
{
    return eachDueInOwnTransaction(
        m_db,
        u"SELECT id FROM document WHERE anonymised_at IS NULL AND uploaded_at < ? ORDER BY id"_s,
        {cutoff}, [&](qint64 id) { return anonymise(id, files).has_value(); }, perRecord);
}

std::optional<QJsonObject> DocumentRepository::anonymise(qint64 id, QStringList *files)
{
    QString caseType;
    QString storagePath;
    bool anonymised = false;
    {
        SqlRows row = m_db.exec(
            u"SELECT case_type, storage_path, anonymised_at FROM document WHERE id = ?"_s +
                (m_db.dialect() == SqlDialect::Postgresql ? u" FOR UPDATE"_s : QString()),
            {id});
        if (!row.next())
            return std::nullopt;
        caseType = row.value(0).toString();
        storagePath = row.value(1).toString();
        anonymised = !row.value(2).isNull();
    }
    const QString key = QString::number(id);
    QJsonObject blanked{
        {u"fileName"_s, QString()}, {u"codes"_s, QJsonArray()}, {u"storagePath"_s, QString()}};
    if (caseType == u"payment"_s)
        blanked.insert(u"caseId"_s, QString());
    if (anonymised) {
        m_changes.blankEarlier(u"document"_s, key, m_changes.latestRevision() + 1, blanked);
        return find(id);
    }
    m_db.exec(u"UPDATE document SET file_name = '', codes = '[]', storage_path = '', case_id "
              "= CASE WHEN case_type = 'payment' THEN '' ELSE case_id END, anonymised_at = ? "
              "WHERE id = ?"_s,
              {m_clock(), id});
    const QJsonObject json = *find(id);
    const Change change =
        m_changes.recordUpsert(u"document"_s, key, u"document.anonymised"_s, json);
    m_changes.blankEarlier(u"document"_s, key, change.revision, blanked);
    if (!storagePath.isEmpty() && !files->contains(storagePath))
        files->append(storagePath);
    return json;
}

void DocumentRepository::lockFiles()
{
    if (m_db.dialect() == SqlDialect::Postgresql)
        m_db.exec(u"SELECT pg_advisory_xact_lock(?)"_s, {AdvisoryLock::kDocumentFiles});
}

int DocumentRepository::removeUnusedFiles(const QStringList &storagePaths, const QString &folder)
{
    int removed = 0;
    for (const QString &storagePath : storagePaths) {
        if (removeIfUnused(storagePath, folder))
            ++removed;
    }
    return removed;
}

int DocumentRepository::removeOrphanFiles(const QString &folder, qint64 modifiedBefore)
{
    // Only names of the upload's layout: a folder shared with other files
    // (a misconfiguration) loses nothing else.
    static const QRegularExpression subfolderName(u"^[0-9a-f]{2}\\z"_s);
    static const QRegularExpression fileName(
        u"^\\.?[0-9a-f]{64}\\.[a-z0-9]+(\\.[A-Za-z0-9]{6})?\\z"_s);
    QStringList candidates;
    const QDir root(folder);
    for (const QString &subfolder : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (!subfolderName.match(subfolder).hasMatch())
            continue;
        const QDir dir(root.filePath(subfolder));
        for (const QFileInfo &file : dir.entryInfoList(QDir::Files | QDir::Hidden)) {
            if (fileName.match(file.fileName()).hasMatch() &&
                file.lastModified().toMSecsSinceEpoch() < modifiedBefore)
                candidates.append(subfolder + u'/' + file.fileName());
        }
    }
    int removed = 0;
    for (const QString &storagePath : std::as_const(candidates)) {
        if (removeIfUnused(storagePath, folder))
            ++removed;
    }
    return removed;
}

bool DocumentRepository::removeIfUnused(const QString &storagePath, const QString &folder)
{
    // Its own transaction, serialised with uploads (which write a file and
    // its record in one): a file uploaded again since is kept.
    Transaction transaction(m_db);
    lockFiles();
    bool used = false;
    {
        SqlRows rows =
            m_db.exec(u"SELECT 1 FROM document WHERE storage_path = ? AND anonymised_at IS NULL"_s,
                      {storagePath});
        used = rows.next();
    }
    bool removed = false;
    const QString path = QDir(folder).filePath(storagePath);
    if (!used && QFileInfo::exists(path)) {
        removed = QFile::remove(path);
        if (!removed)
            // The name is a checksum: it names nobody, and the admin can remove it.
            qWarning("The document file %s cannot be deleted; its record no longer names "
                     "it. Please delete it by hand.",
                     qPrintable(path));
    }
    transaction.commit();
    return removed;
}
