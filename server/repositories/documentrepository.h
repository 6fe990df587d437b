#pragma once

#include "server/storage/clock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <optional>

class ChangeLog;
struct PerRecord;
class Database;

// The records of scanned documents attached to a case (ticket, appointment,
// wedding, payment), and the retention rule for them and their files in the
// document folder, where the city's document management picks them up.
// Every write is recorded in the change log; run inside the request's transaction.
class DocumentRepository
{
public:
    struct NewDocument
    {
        QString caseType;
        QString caseId;
        QString fileName;
        QString contentType;
        qint64 sizeBytes = 0;
        QString sha256;
        int pages = 0;
        QJsonArray codes;
        QString storagePath; // relative to the document folder
        QString uploadedBy;
    };

    DocumentRepository(Database &db, ChangeLog &changes, Clock clock)
        : m_db(db)
        , m_changes(changes)
        , m_clock(std::move(clock))
    {}

    QJsonObject create(const NewDocument &document);
    std::optional<QJsonObject> find(qint64 id);
    // The documents of one case, oldest first.
    QJsonArray ofCase(const QString &caseType, const QString &caseId);

    // The retention rule: documents uploaded before `cutoff` lose everything
    // in their record that could name a person (see anonymise()), each one in
    // a transaction of its own (see eachDueInOwnTransaction()). Returns how
    // many; `files` gets the files to remove (removeUnusedFiles(), which
    // keeps any a record still names).
    int anonymiseUploadedBefore(qint64 cutoff, const PerRecord &perRecord, QStringList *files);
    // The one way a document forgets, for the retention rule and an erasure
    // alike: file name, decoded codes, storage path and a payment case's
    // reference leave its record and the change log's earlier snapshots;
    // size, pages and checksum stay. Its file is added to `files`, to be
    // removed once the transaction has committed. Nullopt: no such document.
    std::optional<QJsonObject> anonymise(qint64 id, QStringList *files);
    // After the commit: deletes the files (relative to `folder`) that no
    // record still in use names. A file that cannot be deleted is reported
    // in the log. Returns how many were deleted.
    int removeUnusedFiles(const QStringList &storagePaths, const QString &folder);
    // The retention run's sweep: deletes the files of the document layout in
    // `folder` (`ab/ab…64 hex….ext`, and a crashed upload's temporary copy)
    // last written before `modifiedBefore` (ms since the epoch, wall clock)
    // that no record still in use names. They are left by a crash after an
    // erasure's commit, a removal that failed, or an upload rolled back; the
    // age spares an upload still in flight. Returns how many were deleted.
    int removeOrphanFiles(const QString &folder, qint64 modifiedBefore);
    // Held by an upload from before it looks for its file until it commits
    // (PostgreSQL; SQLite's write lock does it): removeUnusedFiles() waits.
    void lockFiles();

private:
    bool removeIfUnused(const QString &storagePath, const QString &folder);

    Database &m_db;
    ChangeLog &m_changes;
    Clock m_clock;
};
