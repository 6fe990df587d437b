// Database URLs on the command line: SQLite paths and PostgreSQL URLs.

#include "server/storage/databaseurl.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_DatabaseUrl : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
    void redactsPassword();
};

void tst_DatabaseUrl::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("sqlite");
    QTest::addColumn<QString>("pathOrHost");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("options");
    QTest::addRow("sqlite absolute")
        << u"sqlite:/var/lib/tresen/tresen.db"_s << true << u"/var/lib/tresen/tresen.db"_s << 0
        << u""_s << u""_s << u""_s;
    QTest::addRow("sqlite with slashes")
        << u"sqlite:///tmp/x.db"_s << true << u"/tmp/x.db"_s << 0 << u""_s << u""_s << u""_s;
    QTest::addRow("sqlite relative")
        << u"sqlite:data/t.db"_s << true << u"data/t.db"_s << 0 << u""_s << u""_s << u""_s;
    QTest::addRow("postgresql default port")
        << u"postgresql://tresen@db/tresen"_s << false << u"db"_s << 5432 << u"tresen"_s
        << u"tresen"_s << u""_s;
    QTest::addRow("postgres with port and options")
        << u"postgres://app@10.0.0.5:6543/city?sslmode=require"_s << false << u"10.0.0.5"_s << 6543
        << u"app"_s << u"city"_s << u"sslmode=require"_s;
}

void tst_DatabaseUrl::parses()
{
    QFETCH(QString, text);
    QFETCH(bool, sqlite);
    QFETCH(QString, pathOrHost);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, database);
    QFETCH(QString, options);
    QString error;
    const auto url = DatabaseUrl::parse(text, &error);
    QVERIFY2(url, qPrintable(error));
    QCOMPARE(url->kind == DatabaseUrl::Kind::Sqlite, sqlite);
    if (sqlite) {
        QCOMPARE(url->path, pathOrHost);
        return;
    }
    QCOMPARE(url->host, pathOrHost);
    QCOMPARE(url->port, port);
    QCOMPARE(url->user, user);
    QCOMPARE(url->databaseName, database);
    QCOMPARE(url->options, options);
}

void tst_DatabaseUrl::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("empty") << u""_s;
    QTest::addRow("sqlite without file") << u"sqlite:"_s;
    QTest::addRow("mysql") << u"mysql://root@db/tresen"_s;
    QTest::addRow("postgresql without database") << u"postgresql://tresen@db"_s;
    QTest::addRow("postgresql without host") << u"postgresql:///tresen"_s;
    QTest::addRow("plain path") << u"/var/lib/tresen.db"_s;
}

void tst_DatabaseUrl::rejects()
{
    QFETCH(QString, text);
    QString error;
    QVERIFY(!DatabaseUrl::parse(text, &error));
    QVERIFY(!error.isEmpty());
}

void tst_DatabaseUrl::redactsPassword()
{
    QString error;
    const auto url = DatabaseUrl::parse(u"postgresql://tresen:s3cret@db:5432/tresen"_s, &error);
    QVERIFY(url);
    QCOMPARE(url->password, u"s3cret"_s);
    QVERIFY(!url->redacted().contains(u"s3cret"_s));
    QCOMPARE(url->redacted(), u"postgresql://tresen@db:5432/tresen"_s);
}

QTEST_APPLESS_MAIN(tst_DatabaseUrl)
#include "tst_databaseurl.moc"
