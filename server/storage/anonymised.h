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

// Runs `anonymise` on each record id `dueSql` selects (one id column), in
// the order it gives; returns how many it anonymised. The ids are read first
// and the query closed, so each anonymising takes its own row lock.
int anonymiseEach(Database &db, const QString &dueSql, const QVariantList &values,
                  const std::function<bool(qint64 id)> &anonymise);
