#pragma once

#include <QString>

#include <optional>

class Database;

// The versions an office row keeps for what is edited apart from the office
// itself (its opening hours, its settings): one column each.
namespace OfficeVersion {
int read(Database &db, const QString &column, qint64 officeId);
// Counts `column` up; with `expectedVersion` only from that version, else it
// throws RecordChanged naming `what` (answered 409 version-conflict).
void countUp(Database &db, const QString &column, qint64 officeId,
             std::optional<int> expectedVersion, const QString &what);
} // namespace OfficeVersion
