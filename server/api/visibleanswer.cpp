#include "server/api/visibleanswer.h"

#include "server/auth/needtoknow.h"
#include "server/http/apiserver.h"

HttpReply visibleEntity(const NeedToKnow &needToKnow, QStringView kind, const QJsonObject &entity,
                        const ApiRequest &request, const QString &notFoundDetail)
{
    const auto part = needToKnow.entity(kind, entity, Recipient{request.user->roles});
    return part ? HttpReply::json(200, *part) : HttpReply::notFound(notFoundDetail);
}

bool mayReceive(const NeedToKnow &needToKnow, QStringView kind, const QJsonObject &entity,
                const ApiRequest &request)
{
    return needToKnow.entity(kind, entity, Recipient{request.user->roles}).has_value();
}

HttpReply visibleList(const NeedToKnow &needToKnow, QStringView kind, const QJsonArray &list,
                      const ApiRequest &request)
{
    return HttpReply::json(200, needToKnow.entities(kind, list, Recipient{request.user->roles}));
}
