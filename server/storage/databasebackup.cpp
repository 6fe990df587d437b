#include "server/storage/databasebackup.h"

#include "server/storage/advisorylocks.h"
#include "server/storage/auditlog.h"
#include "server/storage/changelog.h"
#include "server/storage/database.h"
#include "server/storage/migrations.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QUuid>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
// A value for a libpq connection string: quoted, with \ and ' escaped.
QString conninfoValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s);
    return u'\'' + escaped + u'\'';
}

// The connection string for pg_dump, pg_restore and psql; the password goes
// through the environment (pgEnvironment), never the command line, which
// every user of the machine can read.
QString conninfo(const DatabaseUrl &url)
{
    QStringList parts{u"host="_s + conninfoValue(url.host), u"port="_s + QString::number(url.port),
                      u"dbname="_s + conninfoValue(url.databaseName)};
    if (!url.user.isEmpty())
        parts.append(u"user="_s + conninfoValue(url.user));
    for (const QString &option : url.options.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype equals = option.indexOf(u'=');
        if (equals > 0)
            parts.append(option.left(equals) + u'=' + conninfoValue(option.mid(equals + 1)));
    }
    return parts.join(u' ');
}

QProcessEnvironment pgEnvironment(const DatabaseUrl &url)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!url.password.isEmpty())
        environment.insert(u"PGPASSWORD"_s, url.password);
    environment.insert(u"PGCONNECT_TIMEOUT"_s, u"10"_s);
    // psql's notices (every table DROP SCHEMA takes along) are no news.
    environment.insert(u"PGOPTIONS"_s, u"-c client_min_messages=warning"_s);
    return environment;
}

// Runs `program` to its end; false (and its error output) unless it exits 0.
bool run(QProcess &process, const QString &program, const QStringList &arguments, QString *error)
{
    process.start(program, arguments);
    if (!process.waitForStarted(30000)) {
        *error = u"%1 could not be started (is the PostgreSQL client installed?)"_s.arg(program);
        return false;
    }
    process.waitForFinished(-1);
    if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return true;
    *error = u"%1 failed: %2"_s.arg(
        program, QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
    return false;
}

bool backupPostgresql(const DatabaseUrl &url, const QString &file, QString *error)
{
    QProcess dump;
    dump.setProcessEnvironment(pgEnvironment(url));
    return run(
        dump, u"pg_dump"_s,
        {u"--format=custom"_s, u"--no-owner"_s, u"--file"_s, file, u"--dbname"_s, conninfo(url)},
        error);
}

bool backupSqlite(const DatabaseUrl &url, const QString &file, QString *error)
{
    Database db(url, u"backup"_s);
    if (!db.open(error))
        return false;
    try {
        db.exec(u"VACUUM INTO ?"_s, {QFileInfo(file).absoluteFilePath()});
    } catch (const DatabaseFailure &failure) {
        *error = QString::fromUtf8(failure.what());
        return false;
    }
    return true;
}

// A custom-format archive of a Tresen database: it has the change log.
bool isTresenArchive(const DatabaseUrl &url, const QString &file, QString *error)
{
    QProcess list;
    list.setProcessEnvironment(pgEnvironment(url));
    if (!run(list, u"pg_restore"_s, {u"--list"_s, file}, error))
        return false;
    const QString contents = QString::fromUtf8(list.readAllStandardOutput());
    if (contents.contains(u" TABLE public change_log "_s) &&
        contents.contains(u" TABLE public schema_migration "_s))
        return true;
    *error = u"%1 is not a backup of a Tresen database."_s.arg(file);
    return false;
}

// The other clients' sessions on the database besides this one and the
// session `holderPid`: how many, and who ("tresen-server@10.0.0.5").
// PostgreSQL's own workers do not count; a session of a role the asker may
// not see in full has no backend_type, and counts (a worker has no user).
QString otherSessionsBesides(qint64 holderPid)
{
    return u"SELECT COUNT(*), string_agg(DISTINCT COALESCE(NULLIF(application_name, ''), "
           "'unnamed') || '@' || COALESCE(host(client_addr), 'local'), ', ') FROM "
           "pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND "
           "pid <> %1 AND (backend_type = 'client backend' OR (backend_type IS NULL AND usesysid IS NOT NULL))"_s
               .arg(holderPid);
}

// Nobody else may use the database while it is replaced: a server would go
// on from the revisions it had published. `holder` is the restore's own session.
bool nobodyElseConnected(Database &holder, QString *error)
{
    try {
        SqlRows others = holder.exec(otherSessionsBesides(0));
        if (others.next() && others.value(0).toInt() > 0) {
            *error = u"%1 other sessions use the database (%2). Stop every tresen-server on "
                     "it first."_s.arg(others.value(0).toInt())
                         .arg(others.value(1).toString());
            return false;
        }
    } catch (const DatabaseFailure &failure) {
        *error = QString::fromUtf8(failure.what());
        return false;
    }
    return true;
}

// Replaces the database by the backup through psql, while `holderPid` (the
// restore's own session) holds the migrations lock.
bool restorePostgresql(const DatabaseUrl &url, const QString &file, qint64 holderPid,
                       QString *error)
{
    QProcess script;
    QProcess psql;
    script.setProcessEnvironment(pgEnvironment(url));
    psql.setProcessEnvironment(pgEnvironment(url));
    psql.start(u"psql"_s, {u"--no-psqlrc"_s, u"--quiet"_s, u"--set=ON_ERROR_STOP=1"_s,
                           u"--dbname"_s, conninfo(url), u"--file=-"_s});
    script.start(u"pg_restore"_s, {u"--no-owner"_s, u"--no-privileges"_s, u"--file=-"_s, file});
    if (!script.waitForStarted(30000) || !psql.waitForStarted(30000)) {
        *error = u"pg_restore or psql could not be started (is the PostgreSQL client "
                 "installed?)"_s;
        return false;
    }
    // One transaction, committed only once pg_restore has read the whole
    // archive: the old schema goes only if all of the backup's comes in. A
    // psql that ends without COMMIT leaves the database as it was.
    const auto forward = [&psql](const QByteArray &bytes) {
        psql.write(bytes);
        while (psql.bytesToWrite() > 0 && psql.state() == QProcess::Running)
            psql.waitForBytesWritten(1000);
    };
    // The first check held for its moment only; a server that starts since
    // waits at the migrations lock the holder has. Inside the transaction,
    // nobody else may be connected still.
    forward(u"BEGIN;\nDO $$ DECLARE sessions INT; who TEXT; BEGIN %1 INTO sessions, who; IF "
            "sessions > 0 THEN RAISE EXCEPTION '% other sessions connected meanwhile (%). Stop "
            "every tresen-server on it first.', sessions, who; END IF; END $$;\nDROP SCHEMA "
            "public CASCADE;\nCREATE SCHEMA public;\n"_s.arg(otherSessionsBesides(holderPid))
                .toUtf8());
    while (script.state() == QProcess::Running || script.bytesAvailable() > 0) {
        script.waitForReadyRead(1000);
        forward(script.readAllStandardOutput());
    }
    script.waitForFinished(-1);
    forward(script.readAllStandardOutput());
    const bool scriptComplete =
        script.exitStatus() == QProcess::NormalExit && script.exitCode() == 0;
    if (scriptComplete)
        forward("COMMIT;\n");
    psql.closeWriteChannel();
    psql.waitForFinished(-1);
    if (!scriptComplete || psql.exitStatus() != QProcess::NormalExit || psql.exitCode() != 0) {
        *error = u"the restore failed and the database is unchanged: %1"_s.arg(
            (QString::fromLocal8Bit(script.readAllStandardError()) +
             QString::fromLocal8Bit(psql.readAllStandardError()))
                .trimmed());
        return false;
    }
    return true;
}

bool restoreSqlite(const DatabaseUrl &url, const QString &file, QString *error)
{
    {
        // A Tresen database, read through SQLite (not merely a file by that name).
        DatabaseUrl backupUrl;
        backupUrl.path = file;
        Database backup(backupUrl, u"restore_check"_s);
        if (!QFileInfo::exists(file) || !backup.open(error))
            return *error = u"%1 cannot be read as a database."_s.arg(file), false;
        try {
            {
                SqlRows tables = backup.exec(
                    u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                    "('change_log', 'schema_migration')"_s);
                if (!tables.next() || tables.value(0).toInt() != 2)
                    return *error = u"%1 is not a backup of a Tresen database."_s.arg(file), false;
            } // VACUUM waits for no statement
            // A copy through SQLite: consistent, and with no -wal beside it.
            QFile::remove(url.path + u".restoring"_s);
            backup.exec(u"VACUUM INTO ?"_s, {url.path + u".restoring"_s});
        } catch (const DatabaseFailure &failure) {
            *error = QString::fromUtf8(failure.what());
            return false;
        }
    }
    // Citizens' data: the server's user's alone, as the database it replaces.
    const QString restoring = url.path + u".restoring"_s;
    if (!QFile::setPermissions(restoring, QFile::ReadOwner | QFile::WriteOwner))
        return *error = u"%1 cannot be made private."_s.arg(restoring), false;
    // The old file's journal must not be replayed onto the restored one.
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(url.path + suffix);
    // rename(2) replaces the file in one step: never no database at the path.
    if (std::rename(QFile::encodeName(restoring).constData(),
                    QFile::encodeName(url.path).constData()) != 0)
        return *error = u"%1 cannot be replaced."_s.arg(url.path), false;
    return true;
}

// The erasures the audit log of `url` holds (time, record), before a restore
// replaces it; none when there is no database yet.
QList<std::pair<qint64, QString>> erasuresIn(Database &db)
{
    QList<std::pair<qint64, QString>> erasures;
    try {
        SqlRows rows =
            db.exec(u"SELECT at, subject FROM audit_log WHERE action = 'privacy.erase'"_s);
        while (rows.next())
            erasures.append({rows.value(0).toLongLong(), rows.value(1).toString()});
    } catch (const DatabaseFailure &) {
        // No audit log (yet): nothing was erased.
    }
    return erasures;
}

// A new instance id and the audit entry, in one transaction.
void markNewEpoch(Database &db, const QString &actor, const QString &action,
                  const QJsonObject &detail)
{
    Transaction transaction(db);
    db.exec(u"UPDATE server_info SET value = ? WHERE key = 'instance_id'"_s,
            {QUuid::createUuid().toString(QUuid::WithoutBraces)});
    AuditLog(db).record(actor, action, {},
                        QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    transaction.commit();
}
} // namespace

namespace DatabaseBackup {

bool backup(const DatabaseUrl &url, const QString &file, QString *error)
{
    if (QFileInfo::exists(file)) {
        *error = u"%1 exists already; a backup never overwrites one."_s.arg(file);
        return false;
    }
    // Written beside it first: a backup cut short never passes for one.
    const QString partial = file + u".partial"_s;
    QFile::remove(partial);
    const bool written = url.kind == DatabaseUrl::Kind::Postgresql
                             ? backupPostgresql(url, partial, error)
                             : backupSqlite(url, partial, error);
    if (!written || !QFile::setPermissions(partial, QFile::ReadOwner | QFile::WriteOwner) ||
        !QFile::rename(partial, file)) {
        QFile::remove(partial);
        if (written)
            *error = u"%1 cannot be written."_s.arg(file);
        return false;
    }
    return true;
}

bool restore(const DatabaseUrl &url, const QString &file, const QString &actor, Restored *outcome,
             QString *error)
{
    if (!QFileInfo(file).isFile()) {
        *error = u"there is no backup %1"_s.arg(file);
        return false;
    }
    const bool postgresql = url.kind == DatabaseUrl::Kind::Postgresql;
    // PostgreSQL: one session of the restore's own from the first check to
    // the new epoch, holding the migrations lock, so that a server starting
    // meanwhile waits until the restored database has its new instance id.
    Database db(url, u"restore"_s);
    QList<std::pair<qint64, QString>> erasuresBefore;
    qint64 holderPid = 0;
    if (postgresql || QFileInfo::exists(url.path)) {
        if (!db.open(error))
            return false;
        if (!postgresql)
            erasuresBefore = erasuresIn(db);
    }
    if (postgresql) {
        try {
            SqlRows self = db.exec(u"SELECT pg_backend_pid()"_s);
            holderPid = self.next() ? self.value(0).toLongLong() : 0;
            db.exec(u"SELECT pg_advisory_lock(?)"_s, {AdvisoryLock::kMigrations});
        } catch (const DatabaseFailure &failure) {
            *error = QString::fromUtf8(failure.what());
            return false;
        }
        if (!isTresenArchive(url, file, error) || !nobodyElseConnected(db, error))
            return false; // the lock ends with the session
        // Read once nobody else is connected: an erasure made from now on
        // waits at the lock and is refused by the check in the transaction.
        erasuresBefore = erasuresIn(db);
        if (!restorePostgresql(url, file, holderPid, error))
            return false;
    } else {
        db.close(); // SQLite: the file is replaced underneath
        if (!restoreSqlite(url, file, error))
            return false;
    }
    const QString restoredButOldEpoch =
        u"The backup is restored, but it could not be given a new instance id (%1): run "
        "`tresen-server confirm-restore` before a server serves it."_s;
    // Migrations take the lock again (it counts) and give it back once.
    if ((!db.isOpen() && !db.open(error)) || !Migrations::apply(db, error))
        return *error = restoredButOldEpoch.arg(*error), false;
    try {
        outcome->revision = ChangeLog(db).latestRevision();
        // Erased after the backup was taken: what the backup's log lacks.
        QSet<QString> erasedInBackup;
        SqlRows erased = db.exec(u"SELECT subject FROM audit_log WHERE action = 'privacy.erase'"_s);
        while (erased.next())
            erasedInBackup.insert(erased.value(0).toString());
        outcome->erasuresToRedo.clear();
        for (const auto &[at, subject] : erasuresBefore) {
            if (!erasedInBackup.contains(subject) && !outcome->erasuresToRedo.contains(subject))
                outcome->erasuresToRedo.append(subject);
        }
        markNewEpoch(db, actor, u"database.restore"_s,
                     {{u"backup"_s, QFileInfo(file).fileName()},
                      {u"revision"_s, outcome->revision},
                      {u"erasuresToRedo"_s, outcome->erasuresToRedo.size()}});
    } catch (const DatabaseFailure &failure) {
        *error = restoredButOldEpoch.arg(QString::fromUtf8(failure.what()));
        return false;
    }
    return true;
}

bool renewEpoch(const DatabaseUrl &url, const QString &actor, const QString &why, QString *error)
{
    Database db(url, u"epoch"_s);
    if (!db.open(error) || !Migrations::apply(db, error))
        return false;
    try {
        markNewEpoch(db, actor, u"database.epoch"_s,
                     {{u"why"_s, why}, {u"revision"_s, ChangeLog(db).latestRevision()}});
    } catch (const DatabaseFailure &failure) {
        *error = QString::fromUtf8(failure.what());
        return false;
    }
    return true;
}

} // namespace DatabaseBackup
