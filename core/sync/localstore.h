#pragma once

#include "core/domain/change.h"
#include "core/domain/result.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>

#include <optional>

class QSqlDatabase;

// A write the clerk made that the server has not confirmed yet. It waits in
// the outbox, in order, with the Idempotency-Key it was made with, so that a
// replay after a drop or a crash is answered with the first result.
struct OutboxEntry
{
    qint64 sequence = 0; // order of sending
    QByteArray idempotencyKey;
    QByteArray method; // POST, PATCH, DELETE
    QString path;
    QJsonObject body;
    QString entity;   // what it changes ("appointment") ...
    QString entityId; // ... and which ("local-…" for one created offline)
    QString summary;  // for the clerk: "Termin Müller, 25.11. 09:30, verschieben"
    // Who made it: only their session sends it. The server keeps idempotency
    // keys per user, so a replay under another login could be applied twice.
    QString login;
    qint64 createdAt = 0;
};

// What another login may be told of a write: the kind of record it changes
// and the day it was made ("Appointment, made on 02.11.2026"), never its
// summary or body (they hold citizens' names and booking codes).
QString withoutContents(const OutboxEntry &entry);

// The workstation's local SQLite cache of what the changes feed brought, the
// cursor (the last revision applied), and the outbox of writes not yet sent.
// One store belongs to one server instance: when the server's instance id
// changes, the cache starts over (the outbox stays: it is the clerk's work).
//
// Each cached entity has the server's version and the version the clerk sees:
// they differ while a write for it waits in the outbox (the optimistic change).
//
// Every write runs in one transaction and returns a Result: on failure nothing
// of it is left behind. Reads the sync decides by (cursor, instance id, the next
// write to send) return a Result too. The reads that fill lists and forms
// answer "nothing" when their query fails, but never silently: the failure is
// logged and readFailed() says it, so that the window can show it.
//
// One LocalStore per thread: each opens its own connection to the file.
//
// The cache holds personal data: the file (and its WAL companions) is made
// readable for this OS user only (0600), a folder open() creates too (0700).
// It runs with secure_delete, and after a batch that overwrote or removed
// rows the WAL is checkpointed and truncated: what the feed erased or
// anonymised is in no byte of the files. A store on kInMemory keeps nothing
// on disk (the call display's).
class LocalStore : public QObject
{
    Q_OBJECT

public:
    // The file path of a store that lives in memory only, for one connection.
    static const QString kInMemory;

    LocalStore(const QString &filePath, const QString &connectionName, QObject *parent = nullptr);
    ~LocalStore() override;
    LocalStore(const LocalStore &) = delete;
    LocalStore &operator=(const LocalStore &) = delete;

    Result<void> open();
    QString filePath() const { return m_filePath; }
    bool isInMemory() const { return m_filePath == kInMemory; }
    // Removes a closed cache file and its WAL companions; a missing file is fine.
    static Result<void> removeFile(const QString &filePath);

    // How long a write may wait to be sent. The server keeps an
    // Idempotency-Key for 30 days (IdempotencyRepository::kKeepDays): a write
    // made longer ago may be applied twice if it is sent now. The two days
    // less are the margin for this workstation's clock and the server's
    // disagreeing (tst_logincaches checks that it stays shorter). An older
    // write is no longer sent (expired).
    static constexpr int kSendableDays = 28;
    // The creation time (ms since the epoch) before which a write has expired at `now`.
    static qint64 sendableSince(qint64 now);

    // What the workstation keeps for itself in this cache besides the
    // entities (e.g. the front desk's number block, see FrontDeskNumbers),
    // under keys of its own; empty when never set. Gone with the cache when
    // the server changes.
    Result<QString> workstationValue(const QString &key) const;
    Result<void> setWorkstationValue(const QString &key, const QString &value);

    Result<qint64> cursor() const;
    Result<QString> serverInstanceId() const;

    // Drops the cached entities (not the outbox) and the cursor when the
    // cache was filled under other roles than `roles` (or under unknown
    // ones), and remembers `roles`; true when it dropped them.
    Result<bool> resetIfOtherRoles(const QString &roles);
    // When the login last used this cache (ms since the epoch; 0: never said).
    Result<qint64> lastUsed() const;
    Result<void> setLastUsed(qint64 msecsSinceEpoch);

    // Drops the cache when `serverInstanceId` differs from the stored one.
    // Pending writes made for the earlier one are then held (heldUntil()):
    // the server went back to a backup, or is another one, and each login's
    // are sent only once that login has looked at them.
    Result<void> resetIfOtherServer(const QString &serverInstanceId);
    // The sequence up to which `login`'s pending writes are held; 0: none.
    Result<qint64> heldUntil(const QString &login) const;
    // `login` looked at their held writes: they may be sent (or are gone).
    Result<void> releaseOutboxOf(const QString &login);

    // Applies the changes in one transaction and moves the cursor to
    // `newCursor`; changes at or below the current cursor are skipped. An
    // entity with a pending write keeps showing the clerk's version, except
    // one the server anonymised (retention or erasure): its pending writes
    // are dropped (the server refuses them, 409 anonymised), with the names
    // they held, and the server's anonymised version is shown. Those dropped
    // are added to `dropped` when given.
    Result<void> apply(const QList<Change> &changes, qint64 newCursor,
                       QList<OutboxEntry> *dropped = nullptr);

    QList<QJsonObject> entities(const QString &entity) const;
    std::optional<QJsonObject> entity(const QString &entity, const QString &id) const;
    // Entities with a "startsAt" in [from, to) (milliseconds), ordered by it.
    QList<QJsonObject> entitiesStartingBetween(const QString &entity, qint64 from, qint64 to) const;
    // The first entity whose JSON `field` equals `value` (e.g. a booking code).
    std::optional<QJsonObject> entityWhere(const QString &entity, const QString &field,
                                           const QString &value) const;

    // The outbox. `enqueue` stores the write and the optimistic change of the
    // entity (`optimistic`; nothing when nullopt) in one transaction.
    Result<void> enqueue(const OutboxEntry &entry, const std::optional<QJsonObject> &optimistic);
    QList<OutboxEntry> pendingWrites() const;
    // The oldest pending write made by `login` at or after `madeSince` (ms;
    // older ones have expired, see kSendableDays) and for a record no
    // expired write waits for before it (it built on that one, and waits
    // with it); nullopt when there is none.
    Result<std::optional<OutboxEntry>> nextWriteOf(const QString &login,
                                                   qint64 madeSince = 0) const;
    int pendingCount() const;
    // The pending writes `login` made, oldest first.
    Result<QList<OutboxEntry>> pendingWritesOf(const QString &login) const;
    // Who made the pending writes, and how many each (login -> count).
    Result<QMap<QString, int>> pendingCountByLogin() const;
    // The pending writes made before `madeBefore` (expired), oldest first.
    Result<QList<OutboxEntry>> writesMadeBefore(qint64 madeBefore) const;
    // Drops every pending write `login` made (only those made before
    // `madeBefore` when given) and shows the server's version of what they
    // changed again; returns how many were dropped.
    Result<int> discardWritesOf(const QString &login, std::optional<qint64> madeBefore = {});
    // Moves `login`'s pending writes from `other` (another cache file of the
    // same server) into this one, in their order and with their keys and the
    // optimistic versions of their entities. A write already here (same key:
    // a move cut short) is not doubled. Returns how many moved.
    Result<int> takeWritesOf(const QString &login, LocalStore &other);
    bool hasPendingWrite(const QString &entity, const QString &id) const;
    // The server took the write: it leaves the outbox. `confirmed` (the entity
    // as the server answered) replaces the optimistic version; a local id
    // becomes the server's id, in the cache and in later writes.
    Result<void> completeWrite(const OutboxEntry &entry,
                               const std::optional<QJsonObject> &confirmed);
    // The server refused the write: it and the later writes for the same
    // entity (they built on it) leave the outbox, and the entity is the
    // server's again. Returns the entries dropped, `entry` first.
    Result<QList<OutboxEntry>> rollbackWrite(const OutboxEntry &entry);

signals:
    // A read for a list or form failed and answered "nothing" (the database's
    // message); each failed read says so once.
    void readFailed(const QString &message) const;

private:
    QSqlDatabase database() const;
    Result<QString> setting(const QString &key) const;
    Result<void> setSetting(const QString &key, const QString &value);
    // The cache's meta table: what is known about the cache itself (the roles
    // it was filled under, when it was last used); a reset keeps it.
    Result<QString> meta(const QString &key) const;
    Result<void> setMeta(const QString &key, const QString &value);
    // Truncates the WAL after rows were overwritten or removed, so that their
    // old contents do not linger in it (secure_delete cleans the file itself).
    void checkpoint();
    Result<bool> pendingWriteFor(const QString &entity, const QString &id) const;
    Result<void> restoreServerVersion(const QString &entity, const QString &id);
    // Logs a failed read and emits readFailed.
    void reportReadFailure(const QString &what, const QString &message) const;

    QString m_filePath;
    QString m_connectionName;
};
