// The audit log's hash chain on SQLite and PostgreSQL: appends link up, and
// an edited, removed or inserted entry is found, named by its id; entries
// from before the chain existed are chained by the migration; the filters
// of AuditLog::find.

#include "server/storage/auditchain.h"
#include "server/storage/auditlog.h"
#include "server/storage/database.h"
#include "server/storage/migrations.h"
#include "testsupport.h"

#include <functional>

using namespace Qt::StringLiterals;

class tst_AuditChain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void appendsLinkUp();
    void anEntryOnlyOfACommittedTransaction();
    void anEditedEntryIsFound();
    void aRemovedEntryIsFound();
    void aRemovedLastEntryIsFound();
    void anInsertedEntryIsFound();
    void aRebuiltChainIsFound();
    void existingEntriesAreChained();
    void findFilters();

private:
    void fill(int entries);
    qint64 idAt(int index); // the index-th entry, oldest first

    QTemporaryDir m_dir;
    DatabaseUrl m_url;
    std::unique_ptr<Database> m_db;
};

void tst_AuditChain::initTestCase()
{
    TRESEN_FRESH_DATABASE(m_url, u"tst_auditchain"_s, m_dir);
    m_db = std::make_unique<Database>(m_url, u"chain"_s);
    QString error;
    QVERIFY2(m_db->open(&error), qPrintable(error));
    QVERIFY2(Migrations::apply(*m_db, &error), qPrintable(error));
}

void tst_AuditChain::init()
{
    // Each test starts with an empty chain.
    m_db->exec(u"DELETE FROM audit_log"_s);
    m_db->exec(u"UPDATE audit_chain_head SET last_id = 0, last_hash = '', entries = 0"_s);
    QVERIFY(AuditChain::verify(*m_db).intact());
}

void tst_AuditChain::fill(int entries)
{
    AuditLog log(*m_db);
    for (int i = 0; i < entries; ++i)
        log.record({u"login%1"_s.arg(i % 3), i % 2 ? u"login"_s : u"user.update"_s,
                    QString::number(i), u"{\"before\":{},\"after\":{}}"_s, u"192.0.2.1"_s});
}

qint64 tst_AuditChain::idAt(int index)
{
    SqlRows rows = m_db->exec(u"SELECT id FROM audit_log ORDER BY id"_s);
    for (int i = 0; rows.next(); ++i) {
        if (i == index)
            return rows.value(0).toLongLong();
    }
    return 0;
}

void tst_AuditChain::appendsLinkUp()
{
    fill(5);
    const AuditChain::Verification result = AuditChain::verify(*m_db);
    QVERIFY2(result.intact(), qPrintable(result.problem));
    QCOMPARE(result.checked, 5);
    SqlRows rows = m_db->exec(u"SELECT previous_hash, hash FROM audit_log ORDER BY id"_s);
    QString previous;
    while (rows.next()) {
        QCOMPARE(rows.value(0).toString(), previous);
        QCOMPARE(rows.value(1).toString().size(), 64);
        previous = rows.value(1).toString();
    }
    QCOMPARE(result.headHash, previous);
}

void tst_AuditChain::anEntryOnlyOfACommittedTransaction()
{
    AuditLog log(*m_db);
    {
        Transaction transaction(*m_db);
        log.record(u"mueller"_s, u"appointment.create"_s, u"7"_s);
        // not committed: the entry and the head go back together
    }
    log.record(u"mueller"_s, u"appointment.create"_s, u"8"_s);
    const AuditChain::Verification result = AuditChain::verify(*m_db);
    QVERIFY2(result.intact(), qPrintable(result.problem));
    QCOMPARE(result.checked, 1);
}

void tst_AuditChain::anEditedEntryIsFound()
{
    fill(5);
    const qint64 edited = idAt(2);
    m_db->exec(u"UPDATE audit_log SET user_login = ? WHERE id = ?"_s, {u"someone"_s, edited});
    const AuditChain::Verification result = AuditChain::verify(*m_db);
    QVERIFY(!result.intact());
    QCOMPARE(result.brokenId, edited);
    QVERIFY2(result.problem.contains(u"changed"_s), qPrintable(result.problem));
    QCOMPARE(result.checked, 3);
}

void tst_AuditChain::aRemovedEntryIsFound()
{
    fill(5);
    const qint64 removed = idAt(1);
    const qint64 next = idAt(2);
    m_db->exec(u"DELETE FROM audit_log WHERE id = ?"_s, {removed});
    const AuditChain::Verification result = AuditChain::verify(*m_db);
    QVERIFY(!result.intact());
    QCOMPARE(result.brokenId, next);
    QVERIFY2(result.problem.contains(u"removed"_s), qPrintable(result.problem));

    // The first entry too.
    init();
    fill(3);
    const qint64 second = idAt(1);
    m_db->exec(u"DELETE FROM audit_log WHERE id = ?"_s, {idAt(0)});
    QCOMPARE(AuditChain::verify(*m_db).brokenId, second);
}

void tst_AuditChain::aRemovedLastEntryIsFound()
{
    fill(4);
    const qint64 last = idAt(3);
    m_db->exec(u"DELETE FROM audit_log WHERE id = ?"_s, {last});
    const AuditChain::Verification result = AuditChain::verify(*m_db);
    QVERIFY(!result.intact());
    QCOMPARE(result.brokenId, last);
    QVERIFY2(result.problem.contains(u"removed"_s), qPrintable(result.problem));
}

void tst_AuditChain::anInsertedEntryIsFound()
{
    fill(3);
    // Past the chain's end, with a hash that even fits its predecessor.
    StoredAuditEntry forged{idAt(2) + 1000, 1, u"admin"_s, u"login"_s, {}, {}, {}, {}, {}};
    SqlRows head = m_db->exec(u"SELECT hash FROM audit_log WHERE id = ?"_s, {idAt(2)});
    QVERIFY(head.next());
    forged.previousHash = head.value(0).toString();
    forged.hash = AuditChain::hashOf(forged);
    m_db->exec(
        u"INSERT INTO audit_log (id, at, user_login, action, subject, detail, address, "
        "previous_hash, hash) VALUES (?, ?, ?, ?, '', '', '', ?, ?)"_s,
        {forged.id, forged.at, forged.login, forged.action, forged.previousHash, forged.hash});
    const AuditChain::Verification result = AuditChain::verify(*m_db);
    QVERIFY(!result.intact());
    QCOMPARE(result.brokenId, forged.id);
    QVERIFY2(result.problem.contains(u"inserted"_s), qPrintable(result.problem));
}

void tst_AuditChain::aRebuiltChainIsFound()
{
    fill(4);
    // An entry removed and the chain after it recomputed, head and all, but
    // for the count: still found.
    m_db->exec(u"DELETE FROM audit_log WHERE id = ?"_s, {idAt(1)});
    const qint64 entries = 4;
    AuditChain::chainExisting(*m_db);
    m_db->exec(u"UPDATE audit_chain_head SET entries = ?"_s, {entries});
    const AuditChain::Verification result = AuditChain::verify(*m_db);
    QVERIFY(!result.intact());
    QVERIFY2(result.problem.contains(u"counts 4"_s), qPrintable(result.problem));
}

void tst_AuditChain::existingEntriesAreChained()
{
    // As before migration 7: rows without hashes, the head empty.
    for (int i = 0; i < 3; ++i)
        m_db->exec(u"INSERT INTO audit_log (at, user_login, action, subject, detail) VALUES "
                   "(?, ?, ?, ?, ?)"_s,
                   {1000 + i, u"old"_s, u"login"_s, QString(), QString()});
    QVERIFY(!AuditChain::verify(*m_db).intact());
    AuditChain::chainExisting(*m_db);
    const AuditChain::Verification result = AuditChain::verify(*m_db);
    QVERIFY2(result.intact(), qPrintable(result.problem));
    QCOMPARE(result.checked, 3);
    // New entries go on from there.
    fill(2);
    QCOMPARE(AuditChain::verify(*m_db).checked, 5);
    QVERIFY(AuditChain::verify(*m_db).intact());
}

void tst_AuditChain::findFilters()
{
    AuditLog log(*m_db);
    fill(9);
    const auto find = [&log](const std::function<void(AuditFilter &)> &set) {
        AuditFilter filter;
        set(filter);
        return log.find(filter);
    };
    const QList<StoredAuditEntry> all = log.find({});
    QCOMPARE(all.size(), 9);
    QVERIFY(all.first().id > all.last().id); // newest first
    QCOMPARE(all.first().subject, u"8"_s);
    QCOMPARE(all.first().address, u"192.0.2.1"_s);
    QCOMPARE(find([](AuditFilter &f) { f.login = u"login1"_s; }).size(), 3);
    QCOMPARE(find([](AuditFilter &f) { f.action = u"login"_s; }).size(), 4);
    QCOMPARE(find([](AuditFilter &f) {
                 f.login = u"login1"_s;
                 f.action = u"login"_s;
             }).size(),
             2);
    const QList<StoredAuditEntry> page = find([&all](AuditFilter &f) {
        f.beforeId = all.at(2).id;
        f.limit = 3;
    });
    QCOMPARE(page.size(), 3);
    QCOMPARE(page.first().id, all.at(3).id);
    QCOMPARE(find([&all](AuditFilter &f) { f.fromMSecs = all.first().at + 1; }).size(), 0);
    QCOMPARE(find([&all](AuditFilter &f) { f.toMSecs = all.last().at; }).size(), 0);
    QCOMPARE(find([&all](AuditFilter &f) {
                 f.fromMSecs = all.last().at;
                 f.toMSecs = all.first().at + 1;
             }).size(),
             9);
    QCOMPARE(find([](AuditFilter &f) { f.limit = 0; }).size(), 9);
}

QTEST_GUILESS_MAIN(tst_AuditChain)
#include "tst_auditchain.moc"
