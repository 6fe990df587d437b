// The workstation's local cache: applying feed batches, the cursor, and
// starting over when the server is another one.

#include "core/localstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
Change upsert(qint64 revision, const QString &entity, const QString &id, const QString &name)
{
    Change change;
    change.revision = revision;
    change.entity = entity;
    change.id = id;
    change.event = entity + u".updated"_s;
    change.data = {{u"id"_s, id}, {u"name"_s, name}};
    return change;
}

Change remove(qint64 revision, const QString &entity, const QString &id)
{
    Change change;
    change.revision = revision;
    change.entity = entity;
    change.id = id;
    change.op = Change::Op::Delete;
    return change;
}
} // namespace

class tst_LocalStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void appliesBatchAndMovesCursor();
    void skipsWhatItAlreadyHas();
    void deletes();
    void keepsDataAcrossReopen();
    void startsOverForAnotherServer();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
};

void tst_LocalStore::init()
{
    m_store = std::make_unique<LocalStore>(m_dir.filePath(u"cache.db"_s), u"cache"_s);
    QString error;
    QVERIFY2(m_store->open(&error), qPrintable(error));
    QVERIFY(m_store->resetIfOtherServer(u"server-a"_s, &error));
}

void tst_LocalStore::cleanup()
{
    m_store.reset();
    QFile::remove(m_dir.filePath(u"cache.db"_s));
}

void tst_LocalStore::appliesBatchAndMovesCursor()
{
    QCOMPARE(m_store->cursor(), 0);
    QString error;
    QVERIFY(m_store->apply({upsert(1, u"counter"_s, u"2"_s, u"Schalter 2"_s),
                            upsert(2, u"counter"_s, u"10"_s, u"Schalter 10"_s),
                            upsert(3, u"office"_s, u"1"_s, u"Bürgeramt"_s)},
                           5, &error));
    QCOMPARE(m_store->cursor(), 5);
    const QList<QJsonObject> counters = m_store->entities(u"counter"_s);
    QCOMPARE(counters.size(), 2);
    // Ordered by numeric id, not text ("10" after "2").
    QCOMPARE(counters.at(0).value(u"name"_s).toString(), u"Schalter 2"_s);
    QCOMPARE(counters.at(1).value(u"name"_s).toString(), u"Schalter 10"_s);
    QCOMPARE(m_store->entity(u"office"_s, u"1"_s)->value(u"name"_s).toString(), u"Bürgeramt"_s);
    QVERIFY(!m_store->entity(u"office"_s, u"2"_s));
}

void tst_LocalStore::skipsWhatItAlreadyHas()
{
    QString error;
    QVERIFY(m_store->apply({upsert(4, u"counter"_s, u"1"_s, u"Neu"_s)}, 4, &error));
    // A late copy of an older change must not overwrite the newer state.
    QVERIFY(m_store->apply({upsert(3, u"counter"_s, u"1"_s, u"Alt"_s)}, 3, &error));
    QCOMPARE(m_store->entity(u"counter"_s, u"1"_s)->value(u"name"_s).toString(), u"Neu"_s);
    QCOMPARE(m_store->cursor(), 4);
}

void tst_LocalStore::deletes()
{
    QString error;
    QVERIFY(
        m_store->apply({upsert(1, u"ticket"_s, u"1"_s, u"A001"_s),
                        upsert(2, u"ticket"_s, u"2"_s, u"A002"_s), remove(3, u"ticket"_s, u"1"_s)},
                       3, &error));
    QCOMPARE(m_store->entities(u"ticket"_s).size(), 1);
    QVERIFY(!m_store->entity(u"ticket"_s, u"1"_s));
}

void tst_LocalStore::keepsDataAcrossReopen()
{
    QString error;
    QVERIFY(m_store->apply({upsert(1, u"office"_s, u"1"_s, u"Standesamt"_s)}, 1, &error));
    m_store.reset();
    LocalStore reopened(m_dir.filePath(u"cache.db"_s), u"cache2"_s);
    QVERIFY(reopened.open(&error));
    QCOMPARE(reopened.cursor(), 1);
    QCOMPARE(reopened.serverInstanceId(), u"server-a"_s);
    QCOMPARE(reopened.entities(u"office"_s).size(), 1);
}

void tst_LocalStore::startsOverForAnotherServer()
{
    QString error;
    QVERIFY(m_store->apply({upsert(9, u"office"_s, u"1"_s, u"Bürgeramt"_s)}, 9, &error));
    QVERIFY(m_store->resetIfOtherServer(u"server-a"_s, &error)); // same server: kept
    QCOMPARE(m_store->cursor(), 9);
    QVERIFY(m_store->resetIfOtherServer(u"server-b"_s, &error));
    QCOMPARE(m_store->cursor(), 0);
    QCOMPARE(m_store->serverInstanceId(), u"server-b"_s);
    QVERIFY(m_store->entities(u"office"_s).isEmpty());
}

QTEST_GUILESS_MAIN(tst_LocalStore)
#include "tst_localstore.moc"
