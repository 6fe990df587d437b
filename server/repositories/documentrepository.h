#pragma once

#include "server/storage/clock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <optional>

class ChangeLog;
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

    // The retention rule: documents uploaded before `cutoff` lose their file
    // (deleted from `folder` once no other document still in use names it)
    // and everything in their record that could name a person: file name,
    // decoded codes, storage path, and a payment case's reference. Size,
    // pages and checksum stay. A file that cannot be deleted keeps its record
    // as it is for the next run. Returns how many documents were anonymised.
    int anonymiseUploadedBefore(qint64 cutoff, const QString &folder);

private:
    Database &m_db;
    ChangeLog &m_changes;
    Clock m_clock;
};
