#pragma once

#include <QString>

#include <optional>

// `sqlite:/path/to/file.db` or `postgresql://user[:password]@host[:port]/dbname`.
// A password may also come from the environment (TRESEN_DATABASE_PASSWORD or
// libpq's PGPASSWORD) so that it never has to stand on a command line.
struct DatabaseUrl
{
    enum class Kind { Sqlite, Postgresql };

    Kind kind = Kind::Sqlite;
    QString path; // SQLite
    QString host; // PostgreSQL from here on
    int port = 5432;
    QString user;
    QString password;
    QString databaseName;
    QString options; // passed through to the driver, e.g. "sslmode=require"

    static std::optional<DatabaseUrl> parse(const QString &text, QString *error);
    // For messages and logs: never contains the password.
    QString redacted() const;
};
