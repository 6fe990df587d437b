#include "server/http/trustedproxies.h"

#include <QString>

namespace {
// "::ffff:192.0.2.7" (an IPv4 peer on a dual-stack socket) as "192.0.2.7".
QHostAddress plain(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}
} // namespace

bool TrustedProxies::add(const QString &addressOrSubnet)
{
    const QString text = addressOrSubnet.trimmed();
    if (text.contains(u'/')) {
        const auto subnet = QHostAddress::parseSubnet(text);
        if (subnet.first.isNull())
            return false;
        m_subnets.append(subnet);
        return true;
    }
    const QHostAddress address(text);
    if (address.isNull())
        return false;
    const QHostAddress single = plain(address);
    m_subnets.append({single, single.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128});
    return true;
}

bool TrustedProxies::contains(const QHostAddress &address) const
{
    const QHostAddress candidate = plain(address);
    for (const auto &subnet : m_subnets) {
        if (candidate.isInSubnet(subnet))
            return true;
    }
    return false;
}

QHostAddress TrustedProxies::clientAddress(const QHostAddress &peer,
                                           const QByteArray &forwardedFor) const
{
    if (!contains(peer))
        return plain(peer);
    QHostAddress client = plain(peer);
    const QList<QByteArray> hops = forwardedFor.split(',');
    for (auto hop = hops.crbegin(); hop != hops.crend(); ++hop) {
        QString text = QString::fromLatin1(hop->trimmed());
        if (text.startsWith(u'[') && text.contains(u']'))
            text = text.mid(1, text.indexOf(u']') - 1); // "[2001:db8::1]:443"
        else if (text.count(u':') == 1)
            text = text.left(text.indexOf(u':')); // "192.0.2.7:5000"
        const QHostAddress address(text);
        if (address.isNull())
            break; // not an address: what lies left of it cannot be trusted
        client = plain(address);
        if (!contains(client))
            return client;
    }
    return client;
}
