#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>

// What a route answers. Errors are RFC 9457 problem details.
struct HttpReply
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpReply json(int status, const QJsonValue &value);
    static HttpReply noContent();
    // `code` is a stable, machine-readable reason for clients to act on
    // (e.g. "counter-busy"); `detail` is for people; `extra` adds members of
    // the problem's own (e.g. "retryAfter").
    static HttpReply problem(int status, const QString &title, const QString &detail = {},
                             const QString &code = {}, const QJsonObject &extra = {});
    static HttpReply badRequest(const QString &detail);
    static HttpReply notFound(const QString &detail);
    static HttpReply conflict(const QString &code, const QString &detail);
};
