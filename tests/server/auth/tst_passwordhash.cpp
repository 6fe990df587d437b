// Argon2id password hashes and session tokens.

#include "server/auth/passwordhash.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_PasswordHash : public QObject
{
    Q_OBJECT

private slots:
    void verifiesOnlyTheRightPassword();
    void saltsEachHash();
    void randomBytesDiffer();
};

void tst_PasswordHash::verifiesOnlyTheRightPassword()
{
    const QString hash = PasswordHash::hash(u"Standesamt-2026!"_s);
    QVERIFY(hash.startsWith(u"$argon2id$"_s));
    QVERIFY(!hash.contains(u"Standesamt"_s));
    QVERIFY(PasswordHash::verify(hash, u"Standesamt-2026!"_s));
    QVERIFY(!PasswordHash::verify(hash, u"standesamt-2026!"_s));
    QVERIFY(!PasswordHash::verify(hash, u""_s));
    QVERIFY(!PasswordHash::verify(u"not a hash"_s, u"Standesamt-2026!"_s));
    // Umlauts are hashed as UTF-8, the same on every platform.
    const QString umlaut = PasswordHash::hash(u"Grüße"_s);
    QVERIFY(PasswordHash::verify(umlaut, u"Grüße"_s));
    QVERIFY(!PasswordHash::verify(umlaut, u"Grusse"_s));
}

void tst_PasswordHash::saltsEachHash()
{
    QVERIFY(PasswordHash::hash(u"demo"_s) != PasswordHash::hash(u"demo"_s));
}

void tst_PasswordHash::randomBytesDiffer()
{
    const QByteArray a = randomBytes(32);
    const QByteArray b = randomBytes(32);
    QCOMPARE(a.size(), 32);
    QVERIFY(a != b);
}

QTEST_APPLESS_MAIN(tst_PasswordHash)
#include "tst_passwordhash.moc"
