#pragma once

class Database;
class QString;

// Versioned schema changes, applied in order and recorded in schema_migration.
// One schema for SQLite and PostgreSQL; the few dialect differences are
// written as placeholders ({{pk}} for an auto-increment primary key).
namespace Migrations {
// Applies what is missing; returns false with `error` set on failure.
bool apply(Database &db, QString *error);
int latestVersion();
int currentVersion(Database &db);
} // namespace Migrations
