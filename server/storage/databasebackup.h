#pragma once

#include "server/storage/databaseurl.h"

#include <QString>
#include <QStringList>

// Backups of the server's database and their restore, as `tresen-server
// backup` and `tresen-server restore` run them.
//
// PostgreSQL: pg_dump's custom format; a restore pipes pg_restore's script
// into psql with the old schema's removal in one transaction, so a restore
// that fails leaves the database as it was. SQLite: VACUUM INTO, a
// consistent copy even while a server writes; a restore copies the backup
// beside the file and renames it over it.
//
// After a restore the database is migrated and gets a new instance id (its
// epoch): every workstation sees that the revisions went back, rebuilds its
// cache and holds its unsent writes for the clerk. The restore is audited.
namespace DatabaseBackup {

// Writes a backup of `url` to `file` (which must not exist yet).
bool backup(const DatabaseUrl &url, const QString &file, QString *error);

struct Restored
{
    qint64 revision = 0; // the restored database's highest
    // Erasures (Art. 17) the database had but the backup lacks, as audited
    // ("appointment/12"): the restore brought those records back, and they
    // must be erased again.
    QStringList erasuresToRedo;
};

// Replaces the database at `url` with the backup in `file`. Refused while
// other sessions use a PostgreSQL database (stop every tresen-server first);
// the caller makes sure no server runs on a SQLite file. `actor` goes to the
// audit log.
bool restore(const DatabaseUrl &url, const QString &file, const QString &actor, Restored *restored,
             QString *error);

// Gives the database a new instance id, for a database that went back
// another way (a restore by hand, a file-system snapshot), and audits it.
bool renewEpoch(const DatabaseUrl &url, const QString &actor, const QString &why, QString *error);

} // namespace DatabaseBackup
