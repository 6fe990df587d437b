#pragma once

#include <QByteArray>
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
    static HttpReply problem(int status, const QString &title, const QString &detail = {});
};
