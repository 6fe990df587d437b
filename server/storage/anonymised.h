#pragma once

#include <QStringList>
#include <QVariantList>

#include <functional>

class Database;

// The kinds of record that are anonymised in place (their row has an
// `anonymised_at`).
enum class AnonymisedKind { Appointment, WeddingBooking, Document };

// The ids of the records of `kind` anonymised already (by the retention rule
// or an erasure), e.g. for catching up on their change-log snapshots.
QStringList anonymisedIds(Database &db, AnonymisedKind kind);

class DatabaseFailure;

// What a run over due records is told of each one.
struct PerRecord
{
    // After its commit (publishes its changes, counts): `done` is what the
    // work returned.
    std::function<void(bool done)> committed;
    // After it failed and was rolled back (discards its changes, counts).
    std::function<void(const DatabaseFailure &failure)> failed;
};

// Runs `work` on each record id `dueSql` selects (one id column), in the
// order it gives, each in a transaction of its own; returns for how many
// `work` said it did something. The ids are read first and the query closed.
// A record that fails (a lock not had within seconds, a version changed) is
// rolled back and the next one goes on; a lost connection ends the run.
// Why one transaction per record: a record's row lock comes first and the
// change log's lock (AdvisoryLock::kAppends) last, the order of every other
// writer. A run in one transaction would hold the change log's lock from its
// first record on while it waits for the next one's row: a clerk holding that
// row and recording a change would deadlock with it, and every write of the
// city would wait for the whole run.
int eachDueInOwnTransaction(Database &db, const QString &dueSql, const QVariantList &values,
                            const std::function<bool(qint64 id)> &work, const PerRecord &perRecord);
