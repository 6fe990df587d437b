#pragma once

#include <QHash>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QUrl>
#include <QUrlQuery>

// What the dispatcher and the handlers read of a request, copied out of Qt's
// QHttpServerRequest: in Qt 6.4 that can neither be copied nor outlive the
// call that hands it out, so a handler that runs elsewhere or later needs
// its own copy. Header names are case-insensitive, as in Qt's.
class RequestData
{
public:
    using Method = QHttpServerRequest::Method;

    RequestData() = default;
    static RequestData of(const QHttpServerRequest &request);

    Method method() const { return m_method; }
    const QUrl &url() const { return m_url; }
    QUrlQuery query() const { return QUrlQuery(m_url); }
    const QByteArray &body() const { return m_body; }
    const QHostAddress &remoteAddress() const { return m_remoteAddress; }
    // The header's value as QHttpServerRequest::value() gives it (of lines
    // repeated, the one it chooses); empty when absent.
    QByteArray value(const QByteArray &name) const { return m_headers.value(name.toLower()); }

private:
    Method m_method = Method::Unknown;
    QUrl m_url;
    QByteArray m_body;
    QHostAddress m_remoteAddress;
    QHash<QByteArray, QByteArray> m_headers; // lower-case name -> value
};
