// The change log on PostgreSQL, with writers on several connections: a
// revision is drawn only once the writer holds the appends lock, so
// revisions commit in their order and a client reading `since=N` never skips
// one that commits late.

#include "server/storage/advisorylocks.h"
#include "server/storage/changelog.h"
#include "server/storage/database.h"
#include "server/storage/migrations.h"
#include "testsupport.h"

#include <atomic>

using namespace Qt::StringLiterals;

class tst_ChangeLog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aRevisionIsDrawnOnlyOnceTheAppendsLockIsHeld();

private:
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

void tst_ChangeLog::aRevisionIsDrawnOnlyOnceTheAppendsLockIsHeld()
{
    std::atomic<qint64> secondRevision = 0; // outlive the work that writes them ...
    QString secondError;
    TestSupport::BackgroundWork second; // ... which outlives the transaction it waits for

    // A writer holds the lock, as one does from its first change to commit.
    Database first(m_url, u"first"_s);
    QString error;
    QVERIFY2(first.open(&error), qPrintable(error));
    Transaction firstTransaction(first);
    first.exec(u"SELECT pg_advisory_xact_lock(?)"_s, {AdvisoryLock::kAppends});

    // Another writer records meanwhile, on its own connection: it waits.
    second.start([&] {
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
    });
    QVERIFY(TestSupport::someoneWaitsForLock(m_url, {u"advisory"_s}));
    QCOMPARE(secondRevision.load(), 0);

    // The first records and commits before it. Had the second drawn its
    // revision before waiting, the first's would now be the higher one and
    // would become visible after it: a reader at the second's would skip it.
    ChangeLog log(first);
    const qint64 firstRevision =
        log.recordUpsert(u"note"_s, u"1"_s, u"note.written"_s, {{u"text"_s, u"earlier"_s}})
            .revision;
    firstTransaction.commit();
    QVERIFY(second.wait());
    QVERIFY2(secondError.isEmpty(), qPrintable(secondError));
    QVERIFY2(firstRevision < secondRevision,
             qPrintable(u"first %1, second %2"_s.arg(firstRevision).arg(secondRevision.load())));

    // Both are in the feed, in that order.
    const ChangeLog::Page page = log.since(0, 10);
    QCOMPARE(page.changes.size(), 2);
    QCOMPARE(page.changes.at(0).id, u"1"_s);
    QCOMPARE(page.changes.at(1).id, u"2"_s);
}

QTEST_GUILESS_MAIN(tst_ChangeLog)
#include "tst_changelog.moc"
