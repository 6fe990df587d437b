#pragma once

#include <QtGlobal>

// PostgreSQL advisory lock ids of the server, in one place so that no two
// come to share an id by accident (or lose a shared one by a "fix").
namespace AdvisoryLock {
// Two servers starting at once against one PostgreSQL must not both migrate.
constexpr qint64 kMigrations = 0x7e5e0001;
// Appends to the change log and to the audit log, held until commit: revisions
// become visible in order (a client reading `since=N` never skips one that
// commits late), and the audit chain follows the ids. One lock for both on
// purpose, so no two writers take them in opposite orders and deadlock.
constexpr qint64 kAppends = 0x7e5e0002;
// Uploads against the removal of files no record needs any more (SQLite's
// write lock does it there).
constexpr qint64 kDocumentFiles = 0x7e5e0003;
// Checking that an active administrator remains.
constexpr qint64 kAdministrators = 0x7e5e0005;
// The retention job: one server of several on a database runs it at a time.
constexpr qint64 kRetention = 0x7e5e0006;

// Two-key locks (pg_advisory_xact_lock(int, int)), a key space apart from the
// ones above: the first key names the kind, the second the office.
// An office's calls (TicketRepository::lockQueue).
constexpr int kOfficeQueue = 0x7e5e;
} // namespace AdvisoryLock
