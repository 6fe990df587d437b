#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class AppointmentRepository;
class AuditLog;
class ChangeLog;
class Database;
class DocumentRepository;
class IdempotencyRepository;
class TicketRepository;
class WeddingRepository;

// A citizen's rights of access and erasure (DSGVO Art. 15 and 17), exercised
// by an admin: finds the records that name a person, exports everything
// stored about one, and erases them. The API's privacy routes and
// `tresen-server erase` share it. Erasing uses the repositories' own
// anonymise(), the one way data leaves a record that the retention run takes
// too. Each use is audited: who, and which records (kind and id), never the
// search text, a name or a booking code.
// Run each call inside a write transaction; after an erasure has committed,
// remove its files (DocumentRepository::removeUnusedFiles) and reclaim the
// space (Database::reclaimRemoved with kReclaimedTables).
class PrivacyOffice
{
public:
    struct Parts
    {
        Database &db;
        ChangeLog &changes;
        IdempotencyRepository &idempotency;
        TicketRepository &tickets;
        AppointmentRepository &appointments;
        WeddingRepository &weddings;
        DocumentRepository &documents;
        AuditLog &auditLog;
    };

    // A record by kind and id.
    struct Subject
    {
        QString entity; // one of kEntities
        QString id;
        QString key() const { return entity + u'/' + id; } // "appointment/12", as audited
        bool operator==(const Subject &) const = default;
    };

    // What an erasure removed.
    struct Erasure
    {
        QList<Subject> records;     // anonymised (the records stay for the statistics)
        int snapshots = 0;          // change-log snapshots of them, all blanked
        int idempotencyAnswers = 0; // stored answers forgotten
        QStringList files;          // document files to remove after the commit
        QJsonObject toJson() const;
    };

    static const QStringList kEntities; // appointment, wedding_booking, ticket, document
    static const QStringList kReclaimedTables;
    static constexpr int kMinSearchLength = 3;
    static constexpr int kMaxHitsPerKind = 50;

    explicit PrivacyOffice(const Parts &parts)
        : m_parts(parts)
    {}

    // Records whose name, e-mail, phone, notes, booking code, file name or
    // decoded codes contain `text` (case-insensitive for every letter, "öztürk"
    // finds "Öztürk": compared in C++ with QString::toCaseFolded; at least
    // kMinSearchLength characters), whose phone number's digits contain
    // those of a `text` that looks like one, or whose booking code it is,
    // newest first, at most kMaxHitsPerKind of each kind; and the documents
    // of those records.
    // Each hit is {entity, id, …what tells the person apart}. Audited as
    // "privacy.search", one entry per record shown, by `actor`.
    QJsonArray search(const QString &text, const QString &actor);
    // Every appointment and wedding booking with this booking code (any
    // spelling BookingCode::normalise takes): more than one only if the
    // shared code space was broken (e.g. by an import).
    QList<Subject> allByCode(const QString &bookingCode);
    // Everything stored about the person of `subject`: the record, those
    // linked to it (an appointment's ticket, the documents of each, a
    // wedding's fee receipts), their change-log history and the audit
    // entries about them. Nullopt: there is no such record. Audited as
    // "privacy.export", one entry per record.
    std::optional<QJsonObject> exportOf(const Subject &subject, const QString &actor);
    // Erases the person of `subject` from the same records: each is
    // anonymised with a new version (the feed carries it), every snapshot
    // blanked, every stored answer naming it forgotten. Nullopt: no such
    // record. Audited as "privacy.erase", one entry per record.
    std::optional<Erasure> erase(const Subject &subject, const QString &actor);

private:
    // `subject` and the records linked to it; empty when it does not exist.
    // With `lock`, the subject's row stays locked (on PostgreSQL) until the
    // transaction ends, so no write to it runs between collecting and erasing.
    QList<Subject> personRecords(const Subject &subject, bool lock = false);
    // Locks the rows of all `records` (PostgreSQL), see erase().
    void lockRows(QList<Subject> records);
    QJsonObject current(const Subject &record);
    QJsonArray history(const Subject &record);
    QJsonArray auditEntries(const Subject &record);

    Parts m_parts;
};
