#pragma once

#include <QStringList>

class Database;

// The kinds of record that are anonymised in place (their row has an
// `anonymised_at`).
enum class AnonymisedKind { Appointment, WeddingBooking, Document };

// The ids of the records of `kind` anonymised already (by the retention rule
// or an erasure), e.g. for catching up on their change-log snapshots.
QStringList anonymisedIds(Database &db, AnonymisedKind kind);
