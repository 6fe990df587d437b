// Backup and restore of the server's database with the real tools
// (pg_dump, pg_restore and psql on PostgreSQL; VACUUM INTO on SQLite): a
// restore goes back to the backup's revisions under a new instance id and is
// audited; what is no backup changes nothing; a server refuses a database
// that went back behind its back until an admin confirms it.

#include "server/instance/serverinstance.h"
#include "server/storage/auditlog.h"
#include "server/storage/changelog.h"
#include "server/storage/database.h"
#include "server/storage/databasebackup.h"
#include "server/storage/migrations.h"
#include "testsupport.h"

#include <QFile>

using namespace Qt::StringLiterals;

class tst_DatabaseBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aRestoreGoesBackUnderANewEpoch();
    void aFileThatIsNoBackupChangesNothing();
    void aRestoreWaitsUntilNobodyElseUsesTheDatabase();
    void aDatabaseThatWentBackIsServedOnlyOnceConfirmed();

private:
    // Records `count` changes, as requests would.
    void record(int count);
    qint64 latestRevision();
    QString instanceId();
    QString lastAuditAction();
    // Starts a server on the database and stops it; its error when it refused.
    QString serveOnce();

    QTemporaryDir m_dir;
    DatabaseUrl m_url;
    int m_recorded = 0;
};

void tst_DatabaseBackup::initTestCase()
{
    TRESEN_FRESH_DATABASE(m_url, u"tst_databasebackup"_s, m_dir);
    Database db(m_url, u"setup"_s);
    QString error;
    QVERIFY2(db.open(&error) && Migrations::apply(db, &error), qPrintable(error));
}

void tst_DatabaseBackup::record(int count)
{
    Database db(m_url, u"writer"_s);
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    Transaction transaction(db);
    ChangeLog log(db);
    for (int i = 0; i < count; ++i)
        log.recordUpsert(u"note"_s, QString::number(++m_recorded), u"note.written"_s,
                         {{u"n"_s, m_recorded}});
    transaction.commit();
}

qint64 tst_DatabaseBackup::latestRevision()
{
    Database db(m_url, u"reader"_s);
    QString error;
    return db.open(&error) ? ChangeLog(db).latestRevision() : -1;
}

QString tst_DatabaseBackup::instanceId()
{
    Database db(m_url, u"reader"_s);
    QString error;
    return db.open(&error) ? ChangeLog(db).instanceId() : QString();
}

QString tst_DatabaseBackup::lastAuditAction()
{
    Database db(m_url, u"reader"_s);
    QString error;
    if (!db.open(&error))
        return error;
    SqlRows rows = db.exec(u"SELECT user_login, action, detail FROM audit_log ORDER BY id DESC"_s);
    return rows.next() ? u"%1 %2 %3"_s.arg(rows.value(0).toString(), rows.value(1).toString(),
                                           rows.value(2).toString())
                       : QString();
}

QString tst_DatabaseBackup::serveOnce()
{
    ServerConfig config;
    config.database = m_url;
    config.stateFolder = m_dir.filePath(u"state"_s);
    ServerInstance server(config);
    QString error;
    return server.start(&error) ? QString() : error;
}

void tst_DatabaseBackup::aRestoreGoesBackUnderANewEpoch()
{
    record(3);
    const qint64 backedUp = latestRevision();
    const QString epoch = instanceId();
    const QString file = m_dir.filePath(u"first.backup"_s);
    QString error;
    QVERIFY2(DatabaseBackup::backup(m_url, file, &error), qPrintable(error));
    QVERIFY(QFile::exists(file));
    QVERIFY(!DatabaseBackup::backup(m_url, file, &error));
    QVERIFY2(error.contains(u"exists already"_s), qPrintable(error));

    QCOMPARE(QFile::permissions(file) & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions()); // citizens' data: the admin's alone
    QVERIFY(!QFile::exists(file + u".partial"_s));

    record(2);
    {
        // An erasure after the backup: the restore brings the record back.
        Database db(m_url, u"eraser"_s);
        QVERIFY2(db.open(&error), qPrintable(error));
        AuditLog(db).record(u"admin"_s, u"privacy.erase"_s, u"appointment/77"_s);
    }
    QCOMPARE(serveOnce(), QString()); // it handed out the later revisions
    QVERIFY(latestRevision() > backedUp);

    DatabaseBackup::Restored restored;
    QVERIFY2(DatabaseBackup::restore(m_url, file, u"cli:admin"_s, &restored, &error),
             qPrintable(error));
    QCOMPARE(restored.revision, backedUp);
    QCOMPARE(restored.erasuresToRedo, QStringList{u"appointment/77"_s});
    QCOMPARE(latestRevision(), backedUp);
    QVERIFY(!instanceId().isEmpty());
    QVERIFY(instanceId() != epoch); // workstations start over
    QVERIFY2(lastAuditAction().startsWith(u"cli:admin database.restore "_s),
             qPrintable(lastAuditAction()));
    QVERIFY(lastAuditAction().contains(u"first.backup"_s));
    // The server serves the restored database: its epoch is new.
    QCOMPARE(serveOnce(), QString());
    // And the database goes on from there.
    record(1);
    QCOMPARE(latestRevision(), backedUp + 1);
}

void tst_DatabaseBackup::aFileThatIsNoBackupChangesNothing()
{
    record(1);
    const qint64 before = latestRevision();
    const QString epoch = instanceId();
    const QString file = m_dir.filePath(u"notabackup.dump"_s);
    QFile garbage(file);
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write("PGDMP but not really, and not SQLite either\n");
    garbage.close();
    QString error;
    DatabaseBackup::Restored restored;
    QVERIFY(!DatabaseBackup::restore(m_url, file, u"cli:admin"_s, &restored, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(latestRevision(), before);
    // A real backup cut short: the restore fails part-way, in its transaction.
    const QString whole = m_dir.filePath(u"whole.backup"_s);
    QVERIFY2(DatabaseBackup::backup(m_url, whole, &error), qPrintable(error));
    QFile full(whole);
    QVERIFY(full.open(QIODevice::ReadOnly));
    const QByteArray bytes = full.readAll();
    const QString cut = m_dir.filePath(u"cut.backup"_s);
    QFile cutShort(cut);
    QVERIFY(cutShort.open(QIODevice::WriteOnly));
    // The table of contents whole, the last table's data cut off.
    cutShort.write(bytes.left(bytes.size() * 98 / 100));
    cutShort.close();
    record(1);
    const qint64 beforeCut = latestRevision();
    QVERIFY(!DatabaseBackup::restore(m_url, cut, u"cli:admin"_s, &restored, &error));
    QVERIFY(!error.isEmpty());
    if (m_url.kind == DatabaseUrl::Kind::Postgresql) // failed inside psql's transaction
        QVERIFY2(error.contains(u"database is unchanged"_s), qPrintable(error));
    QCOMPARE(latestRevision(), beforeCut);
    QCOMPARE(instanceId(), epoch);

    QVERIFY(!DatabaseBackup::restore(m_url, m_dir.filePath(u"missing"_s), u"cli:admin"_s, &restored,
                                     &error));
    QVERIFY2(error.contains(u"no backup"_s), qPrintable(error));
    QCOMPARE(latestRevision(), beforeCut);
    QCOMPARE(instanceId(), epoch);
}

void tst_DatabaseBackup::aRestoreWaitsUntilNobodyElseUsesTheDatabase()
{
    if (m_url.kind != DatabaseUrl::Kind::Postgresql)
        QSKIP("SQLite: the server's lock file says it runs (tresen-server restore checks it).");
    const QString file = m_dir.filePath(u"busy.backup"_s);
    QString error;
    QVERIFY2(DatabaseBackup::backup(m_url, file, &error), qPrintable(error));
    record(1);
    const qint64 before = latestRevision();
    DatabaseBackup::Restored restored;
    {
        Database server(m_url, u"a_running_server"_s);
        QVERIFY2(server.open(&error), qPrintable(error));
        QVERIFY(!DatabaseBackup::restore(m_url, file, u"cli:admin"_s, &restored, &error));
        QVERIFY2(error.contains(u"Stop every tresen-server"_s), qPrintable(error));
        QCOMPARE(latestRevision(), before);
    }
    QVERIFY2(DatabaseBackup::restore(m_url, file, u"cli:admin"_s, &restored, &error),
             qPrintable(error));
    QCOMPARE(latestRevision(), before - 1);
}

void tst_DatabaseBackup::aDatabaseThatWentBackIsServedOnlyOnceConfirmed()
{
    record(3);
    QCOMPARE(serveOnce(), QString());
    const qint64 published = latestRevision();
    // Gone back behind the server's back (as a snapshot would), epoch and all.
    {
        Database db(m_url, u"snapshot"_s);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        db.exec(u"DELETE FROM change_log WHERE revision > ?"_s, {published - 2});
    }
    const QString refusal = serveOnce();
    QVERIFY2(refusal.contains(u"gone back"_s), qPrintable(refusal));
    QVERIFY2(refusal.contains(QString::number(published)), qPrintable(refusal));
    QVERIFY(serveOnce().contains(u"gone back"_s)); // still, until confirmed

    const QString epoch = instanceId();
    QString error;
    QVERIFY2(DatabaseBackup::renewEpoch(m_url, u"cli:admin"_s, u"confirm-restore"_s, &error),
             qPrintable(error));
    QVERIFY(instanceId() != epoch);
    QVERIFY2(lastAuditAction().startsWith(u"cli:admin database.epoch "_s),
             qPrintable(lastAuditAction()));
    QCOMPARE(serveOnce(), QString());
}

QTEST_GUILESS_MAIN(tst_DatabaseBackup)
#include "tst_databasebackup.moc"
