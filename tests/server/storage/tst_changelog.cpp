// The change log on PostgreSQL, with writers on several connections: a
// revision is drawn only once the writer holds the appends lock, so
// revisions commit in their order and a client reading `since=N` never skips
// one that commits late.

#include "server/storage/advisorylocks.h"
#include "server/storage/changelog.h"
#include "server/storage/database.h"
#include "server/storage/migrations.h"
#include "testsupport.h"

#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;

class tst_ChangeLog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aRevisionIsDrawnOnlyOnceTheAppendsLockIsHeld();

private:
    // Waits until a connection of the database waits for an advisory lock.
    bool someoneWaitsForAnAdvisoryLock();

    QTemporaryDir m_dir;
    DatabaseUrl m_url;
};

void tst_ChangeLog::initTestCase()
{
    TRESEN_FRESH_DATABASE(m_url, u"tst_changelog"_s, m_dir);
    if (m_url.kind != DatabaseUrl::Kind::Postgresql)
        QSKIP("SQLite has one writer at a time; there is no lock to test.");
    Database db(m_url, u"setup"_s);
    QString error;
    QVERIFY2(db.open(&error) && Migrations::apply(db, &error), qPrintable(error));
}

bool tst_ChangeLog::someoneWaitsForAnAdvisoryLock()
{
    Database observer(m_url, u"observer"_s);
    QString error;
    if (!observer.open(&error))
        return false;
    for (int waited = 0; waited < 30000; waited += 20) {
        SqlRows waiting = observer.exec(
            u"SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND "
            "wait_event_type = 'Lock' AND wait_event = 'advisory'"_s);
        if (waiting.next() && waiting.value(0).toInt() > 0)
            return true;
        QThread::msleep(20);
    }
    return false;
}

void tst_ChangeLog::aRevisionIsDrawnOnlyOnceTheAppendsLockIsHeld()
{
    // A writer holds the lock, as one does from its first change to commit.
    Database first(m_url, u"first"_s);
    QString error;
    QVERIFY2(first.open(&error), qPrintable(error));
    Transaction firstTransaction(first);
    first.exec(u"SELECT pg_advisory_xact_lock(?)"_s, {AdvisoryLock::kAppends});

    // Another writer records meanwhile, on its own connection: it waits.
    qint64 secondRevision = 0;
    QString secondError;
    std::unique_ptr<QThread> second(QThread::create([&] {
        Database db(m_url, u"second"_s);
        if (!db.open(&secondError))
            return;
        try {
            Transaction transaction(db);
            ChangeLog log(db);
            secondRevision =
                log.recordUpsert(u"note"_s, u"2"_s, u"note.written"_s, {{u"text"_s, u"later"_s}})
                    .revision;
            transaction.commit();
        } catch (const DatabaseFailure &failure) {
            secondError = QString::fromUtf8(failure.what());
        }
    }));
    second->start();
    QVERIFY(someoneWaitsForAnAdvisoryLock());
    QCOMPARE(secondRevision, 0);

    // The first records and commits before it. Had the second drawn its
    // revision before waiting, the first's would now be the higher one and
    // would become visible after it: a reader at the second's would skip it.
    ChangeLog log(first);
    const qint64 firstRevision =
        log.recordUpsert(u"note"_s, u"1"_s, u"note.written"_s, {{u"text"_s, u"earlier"_s}})
            .revision;
    firstTransaction.commit();
    QVERIFY(second->wait(30000));
    QVERIFY2(secondError.isEmpty(), qPrintable(secondError));
    QVERIFY2(firstRevision < secondRevision,
             qPrintable(u"first %1, second %2"_s.arg(firstRevision).arg(secondRevision)));

    // Both are in the feed, in that order.
    const ChangeLog::Page page = log.since(0, 10);
    QCOMPARE(page.changes.size(), 2);
    QCOMPARE(page.changes.at(0).id, u"1"_s);
    QCOMPARE(page.changes.at(1).id, u"2"_s);
}

QTEST_GUILESS_MAIN(tst_ChangeLog)
#include "tst_changelog.moc"
