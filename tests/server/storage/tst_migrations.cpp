// The versioned schema on SQLite and PostgreSQL.

#include "server/storage/changelog.h"
#include "server/storage/database.h"
#include "server/storage/migrations.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;

class tst_Migrations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void appliesAllOnAnEmptyDatabase();
    void secondRunChangesNothing();
    void schemaTakesData();
    void failureTextNamesNoValue();

private:
    QTemporaryDir m_dir;
    DatabaseUrl m_url;
};

void tst_Migrations::initTestCase()
{
    TRESEN_FRESH_DATABASE(m_url, u"tst_migrations"_s, m_dir);
}

void tst_Migrations::appliesAllOnAnEmptyDatabase()
{
    Database db(m_url, u"first"_s);
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    QVERIFY2(Migrations::apply(db, &error), qPrintable(error));
    QCOMPARE(Migrations::currentVersion(db), Migrations::latestVersion());
    QVERIFY(!ChangeLog(db).instanceId().isEmpty());
}

void tst_Migrations::secondRunChangesNothing()
{
    Database db(m_url, u"second"_s);
    QString error;
    QVERIFY(db.open(&error));
    const QString instance = ChangeLog(db).instanceId();
    const auto appliedCount = [&db] {
        SqlRows count = db.exec(u"SELECT COUNT(*) FROM schema_migration"_s);
        return count.next() ? count.value(0).toInt() : -1;
    };
    const int applied = appliedCount();
    QVERIFY(applied > 0);
    QVERIFY2(Migrations::apply(db, &error), qPrintable(error));
    QCOMPARE(Migrations::currentVersion(db), Migrations::latestVersion());
    QCOMPARE(ChangeLog(db).instanceId(), instance); // the database keeps its identity
    // Numbers may have gaps (each part of a change claims its own): the
    // second run applied nothing.
    QCOMPARE(appliedCount(), applied);
}

void tst_Migrations::schemaTakesData()
{
    Database db(m_url, u"third"_s);
    QString error;
    QVERIFY(db.open(&error));
    Transaction transaction(db);
    const qint64 office = db.insert(u"INSERT INTO office (name, kind) VALUES (?, ?) RETURNING id"_s,
                                    {u"Bürgeramt Nord"_s, u"buergeramt"_s});
    QVERIFY(office > 0);
    db.insert(u"INSERT INTO service (office_id, name, prefix, typical_minutes) VALUES (?, ?, ?, ?) "
              "RETURNING id"_s,
              {office, u"Reisepass"_s, u"B"_s, 15});
    // One prefix per office.
    QVERIFY_THROWS_EXCEPTION(DatabaseFailure,
                             db.insert(u"INSERT INTO service (office_id, name, prefix, "
                                       "typical_minutes) VALUES (?, ?, ?, ?) RETURNING id"_s,
                                       {office, u"Andere"_s, u"B"_s, 5}));
}

void tst_Migrations::failureTextNamesNoValue()
{
    // A failed statement's text is what the server logs (ApiServer, the
    // retention job, an erasure): PostgreSQL's DETAIL ("Key (code)=(…)",
    // "Failing row contains (…)") and a refused value must not reach it.
    Database db(m_url, u"fourth"_s);
    QString error;
    QVERIFY(db.open(&error));
    db.exec(u"CREATE TEMPORARY TABLE probe (code TEXT UNIQUE, n BIGINT NOT NULL)"_s);
    const QString code = u"Quellenhof-4711"_s;
    db.exec(u"INSERT INTO probe (code, n) VALUES (?, ?)"_s, {code, 1});
    QStringList texts;
    const auto failing = [&](const QString &sql, const QVariantList &values) {
        try {
            db.exec(sql, values);
        } catch (const DatabaseFailure &failure) {
            texts.append(QString::fromStdString(failure.what()));
        }
    };
    failing(u"INSERT INTO probe (code, n) VALUES (?, ?)"_s, {code, 2});
    failing(u"INSERT INTO probe (code, n) VALUES (?, ?)"_s, {u"Quellenhof-0815"_s, QVariant()});
    if (db.dialect() == SqlDialect::Postgresql)
        failing(u"INSERT INTO probe (code, n) VALUES (?, ?)"_s, {u"other"_s, u"Quellenhof-0816"_s});
    QCOMPARE(texts.size(), db.dialect() == SqlDialect::Postgresql ? 3 : 2);
    for (const QString &text : std::as_const(texts))
        QVERIFY2(!text.contains(u"Quellenhof"_s) && !text.contains(u"DETAIL"_s), qPrintable(text));
    if (db.dialect() == SqlDialect::Postgresql) {
        QVERIFY2(texts.at(0).startsWith(u"[23505] duplicate key value violates unique"_s),
                 qPrintable(texts.at(0)));
        QVERIFY2(texts.at(1).startsWith(u"[23502] "_s), qPrintable(texts.at(1)));
        QVERIFY2(texts.at(2).startsWith(u"[22P02] "_s), qPrintable(texts.at(2)));
    } else {
        QVERIFY2(texts.at(0).contains(u"UNIQUE constraint failed: probe.code"_s),
                 qPrintable(texts.at(0)));
    }
}

QTEST_GUILESS_MAIN(tst_Migrations)
#include "tst_migrations.moc"
