#include "server/http/httpreply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

HttpReply HttpReply::json(int status, const QJsonValue &value)
{
    HttpReply reply;
    reply.status = status;
    reply.body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return reply;
}

HttpReply HttpReply::noContent()
{
    HttpReply reply;
    reply.status = 204;
    reply.contentType.clear();
    return reply;
}

HttpReply HttpReply::problem(int status, const QString &title, const QString &detail,
                             const QString &code, const QJsonObject &extra)
{
    QJsonObject json = extra;
    json.insert(u"type"_s, u"about:blank"_s);
    json.insert(u"title"_s, title);
    json.insert(u"status"_s, status);
    if (!detail.isEmpty())
        json.insert(u"detail"_s, detail);
    if (!code.isEmpty())
        json.insert(u"code"_s, code);
    HttpReply reply = HttpReply::json(status, json);
    reply.contentType = "application/problem+json";
    return reply;
}

HttpReply HttpReply::badRequest(const QString &detail)
{
    return problem(400, u"Bad Request"_s, detail);
}

HttpReply HttpReply::notFound(const QString &detail)
{
    return problem(404, u"Not Found"_s, detail);
}

HttpReply HttpReply::conflict(const QString &code, const QString &detail)
{
    return problem(409, u"Conflict"_s, detail, code);
}
