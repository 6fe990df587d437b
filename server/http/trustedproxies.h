#pragma once

#include <QHostAddress>
#include <QList>
#include <QPair>

// The reverse proxies whose X-Forwarded-For the server believes (HAProxy in
// front of it), by address or subnet. Without any, X-Forwarded-For is
// ignored: anyone could write it.
class TrustedProxies
{
public:
    // "192.0.2.7", "2001:db8::1" or a subnet "192.0.2.0/24"; false for
    // text that is none of these.
    bool add(const QString &addressOrSubnet);
    bool contains(const QHostAddress &address) const;
    bool isEmpty() const { return m_subnets.isEmpty(); }

    // The client a request came from: the peer, or, only when the peer is a
    // trusted proxy, the last address in `forwardedFor` (the X-Forwarded-For
    // values in order, comma-separated) that is not itself a trusted proxy.
    // Addresses left of that one were written by whoever sent the request.
    QHostAddress clientAddress(const QHostAddress &peer, const QByteArray &forwardedFor) const;

private:
    QList<QPair<QHostAddress, int>> m_subnets;
};
