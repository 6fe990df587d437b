// LoginThrottle on its own clock, on both databases: free typos, the growing
// wait, a fresh start after the right password, names not case-sensitive,
// stale failures forgotten, and two servers counting the same failures; per
// client address, a much higher limit against password spraying.

#include "server/auth/loginthrottle.h"
#include "server/storage/database.h"
#include "server/storage/migrations.h"
#include "testsupport.h"

#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

class tst_LoginThrottle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void typosAreFreeThenTheWaitGrows();
    void rightPasswordStartsAfresh();
    void staleFailuresAreForgotten();
    void twoServersCountTheSameFailures();
    void anAddressMayFailManyTimesThenWaits();
    void anOfficeBehindOneAddressIsNotLockedOutByTypos();
    void onlyTheFirstRefusalOfAWaitIsAudited();

private:
    qint64 m_now = 1'800'000'000'000;
    QTemporaryDir m_dir;
    DatabaseUrl m_url;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<LoginThrottle> m_throttle;
};

void tst_LoginThrottle::initTestCase()
{
    TRESEN_FRESH_DATABASE(m_url, u"tst_loginthrottle"_s, m_dir);
    m_db = std::make_unique<Database>(m_url, u"throttle"_s);
    QString error;
    QVERIFY2(m_db->open(&error), qPrintable(error));
    QVERIFY2(Migrations::apply(*m_db, &error), qPrintable(error));
    m_throttle = std::make_unique<LoginThrottle>(*m_db, [this] { return m_now; });
}

void tst_LoginThrottle::typosAreFreeThenTheWaitGrows()
{
    for (int i = 1; i < LoginThrottle::kFreeAttempts; ++i) {
        m_throttle->failed(u"mueller"_s);
        QCOMPARE(m_throttle->secondsToWait(u"mueller"_s), 0);
    }
    m_throttle->failed(u"MUELLER"_s); // the same name
    QCOMPARE(m_throttle->secondsToWait(u"mueller"_s), 30);
    QCOMPARE(m_throttle->secondsToWait(u"weber"_s), 0);
    m_now += 10'500;
    QCOMPARE(m_throttle->secondsToWait(u"Mueller"_s), 20); // rounded up
    m_now += 20'000;
    QCOMPARE(m_throttle->secondsToWait(u"mueller"_s), 0);
    m_throttle->failed(u"mueller"_s);
    QCOMPARE(m_throttle->secondsToWait(u"mueller"_s), 60);
    for (int i = 0; i < 20; ++i) {
        m_now += 3'600'000;
        m_throttle->failed(u"mueller"_s);
    }
    QCOMPARE(m_throttle->secondsToWait(u"mueller"_s), LoginThrottle::kLongestWaitSeconds);
}

void tst_LoginThrottle::rightPasswordStartsAfresh()
{
    for (int i = 0; i < LoginThrottle::kFreeAttempts; ++i)
        m_throttle->failed(u"schmidt"_s);
    QVERIFY(m_throttle->secondsToWait(u"schmidt"_s) > 0);
    m_now += 31'000;
    m_throttle->succeeded(u"Schmidt"_s);
    m_throttle->failed(u"schmidt"_s);
    QCOMPARE(m_throttle->secondsToWait(u"schmidt"_s), 0); // one typo, free again
}

void tst_LoginThrottle::staleFailuresAreForgotten()
{
    // What the tests before left is stale two days on.
    m_now += 2 * qint64(LoginThrottle::kForgetAfterSeconds) * 1000;
    m_throttle->removeStale();
    const auto rows = [this](const QString &table) {
        SqlRows count = m_db->exec(u"SELECT COUNT(*) FROM "_s + table);
        return count.next() ? count.value(0).toInt() : -1;
    };

    for (int i = 0; i < LoginThrottle::kFreeAttempts; ++i)
        m_throttle->failed(u"krueger"_s);
    QVERIFY(m_throttle->secondsToWait(u"krueger"_s) > 0);
    const QString address = u"198.51.100.4"_s;
    m_throttle->failedFromAddress(address);
    QVERIFY(m_throttle->isFirstRefusalOfWait(u"krueger"_s, address));
    QCOMPARE(rows(u"login_failure"_s), 1);
    QCOMPARE(rows(u"login_address_failure"_s), 1);
    QCOMPARE(rows(u"login_refusal_audited"_s), 1);

    // A minute on: the wait (30 s) is over, the rest is kept.
    m_now += 60'000;
    m_throttle->failed(u"lange"_s);
    QCOMPARE(m_throttle->removeStale(), 1);
    QCOMPARE(rows(u"login_refusal_audited"_s), 0);
    QCOMPARE(rows(u"login_failure"_s), 2);
    QCOMPARE(rows(u"login_address_failure"_s), 1);

    // Past the address's window (10 minutes): its failure goes.
    m_now += qint64(LoginThrottle::kAddressWindowSeconds) * 1000;
    QCOMPARE(m_throttle->removeStale(), 1);
    QCOMPARE(rows(u"login_address_failure"_s), 0);
    QCOMPARE(rows(u"login_failure"_s), 2);

    // A day after a name's last failure: the name starts afresh.
    m_now += qint64(LoginThrottle::kForgetAfterSeconds) * 1000 - 630'000; // T0 + a day + 30 s
    QCOMPARE(m_throttle->removeStale(), 1); // krueger (failed a minute before lange)
    QCOMPARE(rows(u"login_failure"_s), 1);
    m_throttle->failed(u"krueger"_s);
    QCOMPARE(m_throttle->secondsToWait(u"krueger"_s), 0); // one typo, free again
    m_throttle->succeeded(u"krueger"_s);
    m_throttle->succeeded(u"lange"_s);
    QCOMPARE(rows(u"login_failure"_s), 0);
}

void tst_LoginThrottle::twoServersCountTheSameFailures()
{
    Database other(m_url, QUuid::createUuid().toString());
    QString error;
    QVERIFY2(other.open(&error), qPrintable(error));
    LoginThrottle otherServer(other, [this] { return m_now; });
    for (int i = 0; i < LoginThrottle::kFreeAttempts; ++i)
        (i % 2 == 0 ? *m_throttle : otherServer).failed(u"nowak"_s);
    QCOMPARE(m_throttle->secondsToWait(u"nowak"_s), LoginThrottle::kFirstWaitSeconds);
    QCOMPARE(otherServer.secondsToWait(u"Nowak"_s), LoginThrottle::kFirstWaitSeconds);
    // One server audits the first refusal; the other knows it was audited.
    QVERIFY(otherServer.isFirstRefusalOfWait(u"nowak"_s, u"192.0.2.30"_s));
    QVERIFY(!m_throttle->isFirstRefusalOfWait(u"nowak"_s, u"192.0.2.30"_s));
    m_now += 31'000;
    m_throttle->succeeded(u"nowak"_s);
    QCOMPARE(otherServer.secondsToWait(u"nowak"_s), 0);

    const QString sprayer = u"203.0.113.40"_s;
    for (int i = 0; i < LoginThrottle::kAddressFailures; ++i)
        (i % 2 == 0 ? *m_throttle : otherServer).failedFromAddress(sprayer);
    QVERIFY(m_throttle->secondsToWaitForAddress(sprayer) > 0);
    QVERIFY(otherServer.secondsToWaitForAddress(sprayer) > 0);
}

void tst_LoginThrottle::anAddressMayFailManyTimesThenWaits()
{
    const QString sprayer = u"203.0.113.66"_s;
    for (int i = 1; i < LoginThrottle::kAddressFailures; ++i) {
        QCOMPARE(m_throttle->failedFromAddress(sprayer), 0);
        m_now += 1000;
    }
    QCOMPARE(m_throttle->secondsToWaitForAddress(sprayer), 0);
    // The 50th failure within ten minutes: the address waits until the
    // first of them is ten minutes old (49 s have passed since).
    QCOMPARE(m_throttle->failedFromAddress(sprayer), LoginThrottle::kAddressWindowSeconds - 49);
    QCOMPARE(m_throttle->secondsToWaitForAddress(u"203.0.113.67"_s), 0);
    m_now += (LoginThrottle::kAddressWindowSeconds - 49) * 1000;
    QCOMPARE(m_throttle->secondsToWaitForAddress(sprayer), 0);
    // One more failure: the oldest left in the window is 1 s younger.
    QCOMPARE(m_throttle->failedFromAddress(sprayer), 1);
    QCOMPARE(m_throttle->secondsToWaitForAddress(u""_s), 0);
    QCOMPARE(m_throttle->failedFromAddress(u""_s), 0); // no address known: nothing counted
}

void tst_LoginThrottle::anOfficeBehindOneAddressIsNotLockedOutByTypos()
{
    // 30 clerks, each one typo in the morning, some two: far below the limit.
    const QString office = u"192.0.2.1"_s;
    for (int clerk = 0; clerk < 30; ++clerk) {
        m_now += 5000;
        m_throttle->failedFromAddress(office);
        if (clerk % 3 == 0)
            m_throttle->failedFromAddress(office);
    }
    QCOMPARE(m_throttle->secondsToWaitForAddress(office), 0);
}

void tst_LoginThrottle::onlyTheFirstRefusalOfAWaitIsAudited()
{
    const QString office = u"192.0.2.7"_s;
    for (int i = 0; i < LoginThrottle::kFreeAttempts; ++i)
        m_throttle->failed(u"becker"_s);
    QVERIFY(m_throttle->secondsToWait(u"becker"_s) > 0);
    QVERIFY(m_throttle->isFirstRefusalOfWait(u"becker"_s, office));
    for (int i = 0; i < 20; ++i) {
        m_now += 1000;
        QVERIFY(!m_throttle->isFirstRefusalOfWait(u"BECKER"_s, office));
    }
    // The same login from another address is its own entry.
    QVERIFY(m_throttle->isFirstRefusalOfWait(u"becker"_s, u"192.0.2.8"_s));
    // The wait ends, a wrong password starts the next one: audited once again.
    m_now += 31'000;
    QCOMPARE(m_throttle->secondsToWait(u"becker"_s), 0);
    m_throttle->failed(u"becker"_s);
    QVERIFY(m_throttle->secondsToWait(u"becker"_s) > 0);
    QVERIFY(m_throttle->isFirstRefusalOfWait(u"becker"_s, office));
    QVERIFY(!m_throttle->isFirstRefusalOfWait(u"becker"_s, office));

    // An address refused for spraying: one entry per name it tries.
    const QString sprayer = u"203.0.113.99"_s;
    for (int i = 0; i < LoginThrottle::kAddressFailures; ++i)
        m_throttle->failedFromAddress(sprayer);
    QVERIFY(m_throttle->secondsToWaitForAddress(sprayer) > 0);
    QVERIFY(m_throttle->isFirstRefusalOfWait(u"anyone"_s, sprayer));
    QVERIFY(!m_throttle->isFirstRefusalOfWait(u"anyone"_s, sprayer));
}

QTEST_GUILESS_MAIN(tst_LoginThrottle)
#include "tst_loginthrottle.moc"
