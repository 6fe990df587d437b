#pragma once

#include "core/domain/change.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

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

// The workstation's local SQLite cache of what the changes feed brought, the
// cursor (the last revision applied), and the outbox of writes not yet sent.
// One store belongs to one server instance: when the server's instance id
// changes, the cache starts over (the outbox stays: it is the clerk's work).
//
// Each cached entity has the server's version and the version the clerk sees:
// they differ while a write for it waits in the outbox (the optimistic change).
//
// One LocalStore per thread: each opens its own connection to the file.
class LocalStore
{
public:
    LocalStore(const QString &filePath, const QString &connectionName);
    ~LocalStore();
    LocalStore(const LocalStore &) = delete;
    LocalStore &operator=(const LocalStore &) = delete;

    bool open(QString *error);
    QString filePath() const { return m_filePath; }

    qint64 cursor() const;
    QString serverInstanceId() const;

    // Drops the cache when `serverInstanceId` differs from the stored one.
    bool resetIfOtherServer(const QString &serverInstanceId, QString *error);

    // Applies the changes in one transaction and moves the cursor to
    // `newCursor`; changes at or below the current cursor are skipped. An
    // entity with a pending write keeps showing the clerk's version.
    bool apply(const QList<Change> &changes, qint64 newCursor, QString *error);

    QList<QJsonObject> entities(const QString &entity) const;
    std::optional<QJsonObject> entity(const QString &entity, const QString &id) const;
    // Entities with a "startsAt" in [from, to) (milliseconds), ordered by it.
    QList<QJsonObject> entitiesStartingBetween(const QString &entity, qint64 from, qint64 to) const;
    // The first entity whose JSON `field` equals `value` (e.g. a booking code).
    std::optional<QJsonObject> entityWhere(const QString &entity, const QString &field,
                                           const QString &value) const;

    // The outbox. `enqueue` stores the write and the optimistic change of the
    // entity (`optimistic`; nothing when nullopt) in one transaction.
    bool enqueue(const OutboxEntry &entry, const std::optional<QJsonObject> &optimistic,
                 QString *error);
    QList<OutboxEntry> pendingWrites() const;
    // The oldest pending write made by `login`, if any.
    std::optional<OutboxEntry> nextWriteOf(const QString &login) const;
    int pendingCount() const;
    bool hasPendingWrite(const QString &entity, const QString &id) const;
    // The server took the write: it leaves the outbox. `confirmed` (the entity
    // as the server answered) replaces the optimistic version; a local id
    // becomes the server's id, in the cache and in later writes.
    bool completeWrite(const OutboxEntry &entry, const std::optional<QJsonObject> &confirmed,
                       QString *error);
    // The server refused the write: it and the later writes for the same
    // entity (they built on it) leave the outbox, and the entity is the
    // server's again. Returns the entries dropped, `entry` first.
    QList<OutboxEntry> rollbackWrite(const OutboxEntry &entry, QString *error);

private:
    QString setting(const QString &key) const;
    bool setSetting(const QString &key, const QString &value);
    bool restoreServerVersion(const QString &entity, const QString &id);

    QString m_filePath;
    QString m_connectionName;
};
