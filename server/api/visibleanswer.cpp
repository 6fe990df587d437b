#include "server/api/visibleanswer.h"

#include "server/auth/needtoknow.h"
#include "server/http/requestdispatcher.h"

using namespace Qt::StringLiterals;

HttpReply visibleEntity(const NeedToKnow &needToKnow, QStringView kind, const QJsonObject &entity,
                        const ApiRequest &request, const QString &notFoundDetail)
{
    const auto part = needToKnow.entity(kind, entity, Recipient::of(*request.user));
    return part ? HttpReply::json(200, *part) : HttpReply::notFound(notFoundDetail);
}

bool mayReceive(const NeedToKnow &needToKnow, QStringView kind, const QJsonObject &entity,
                const ApiRequest &request)
{
    return needToKnow.entity(kind, entity, Recipient::of(*request.user)).has_value();
}

std::optional<HttpReply> refuseOtherOffice(const ApiRequest &request, qint64 officeId)
{
    if (request.user->worksIn(officeId))
        return std::nullopt;
    return HttpReply::problem(403, u"Forbidden"_s, u"You do not work in this office."_s,
                              u"other-office"_s);
}

HttpReply visibleList(const NeedToKnow &needToKnow, QStringView kind, const QJsonArray &list,
                      const ApiRequest &request)
{
    return HttpReply::json(200, needToKnow.entities(kind, list, Recipient::of(*request.user)));
}
