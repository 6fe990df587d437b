// Which address a request came from: the peer, or what a trusted proxy
// says in X-Forwarded-For, never what the client itself wrote there.

#include "server/http/trustedproxies.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_TrustedProxies : public QObject
{
    Q_OBJECT

private slots:
    void addTakesAddressesAndSubnets();
    void withoutTrustedProxiesThePeerCounts();
    void aTrustedPeersForwardedForCounts();
    void hopsThroughSeveralTrustedProxies();
};

void tst_TrustedProxies::addTakesAddressesAndSubnets()
{
    TrustedProxies proxies;
    QVERIFY(proxies.isEmpty());
    QVERIFY(proxies.add(u"192.0.2.7"_s));
    QVERIFY(proxies.add(u"2001:db8::1"_s));
    QVERIFY(proxies.add(u"10.1.0.0/16"_s));
    QVERIFY(!proxies.add(u"proxy.example"_s));
    QVERIFY(!proxies.add(u"10.1.0.0/99"_s));
    QVERIFY(proxies.contains(QHostAddress(u"192.0.2.7"_s)));
    QVERIFY(proxies.contains(QHostAddress(u"::ffff:192.0.2.7"_s))); // dual-stack socket
    QVERIFY(!proxies.contains(QHostAddress(u"192.0.2.8"_s)));
    QVERIFY(proxies.contains(QHostAddress(u"10.1.200.3"_s)));
    QVERIFY(!proxies.contains(QHostAddress(u"10.2.0.1"_s)));
    QVERIFY(proxies.contains(QHostAddress(u"2001:db8::1"_s)));
}

void tst_TrustedProxies::withoutTrustedProxiesThePeerCounts()
{
    const TrustedProxies none;
    QCOMPARE(none.clientAddress(QHostAddress(u"198.51.100.4"_s), "203.0.113.9"),
             QHostAddress(u"198.51.100.4"_s));
    TrustedProxies other;
    QVERIFY(other.add(u"192.0.2.7"_s));
    QCOMPARE(other.clientAddress(QHostAddress(u"198.51.100.4"_s), "203.0.113.9"),
             QHostAddress(u"198.51.100.4"_s));
}

void tst_TrustedProxies::aTrustedPeersForwardedForCounts()
{
    TrustedProxies proxies;
    QVERIFY(proxies.add(u"192.0.2.7"_s));
    const QHostAddress proxy(u"::ffff:192.0.2.7"_s);
    QCOMPARE(proxies.clientAddress(proxy, "203.0.113.9"), QHostAddress(u"203.0.113.9"_s));
    // What the client wrote itself stands left of what the proxy added.
    QCOMPARE(proxies.clientAddress(proxy, "1.2.3.4, 203.0.113.9"), QHostAddress(u"203.0.113.9"_s));
    QCOMPARE(proxies.clientAddress(proxy, "203.0.113.9:51234"), QHostAddress(u"203.0.113.9"_s));
    QCOMPARE(proxies.clientAddress(proxy, "[2001:db8::9]:443"), QHostAddress(u"2001:db8::9"_s));
    // Nothing usable: the proxy itself.
    QCOMPARE(proxies.clientAddress(proxy, ""), QHostAddress(u"192.0.2.7"_s));
    QCOMPARE(proxies.clientAddress(proxy, "unknown"), QHostAddress(u"192.0.2.7"_s));
}

void tst_TrustedProxies::hopsThroughSeveralTrustedProxies()
{
    TrustedProxies proxies;
    QVERIFY(proxies.add(u"10.0.0.0/8"_s));
    QCOMPARE(proxies.clientAddress(QHostAddress(u"10.0.0.2"_s), "1.2.3.4, 203.0.113.9, 10.0.0.5"),
             QHostAddress(u"203.0.113.9"_s));
}

QTEST_GUILESS_MAIN(tst_TrustedProxies)
#include "tst_trustedproxies.moc"
