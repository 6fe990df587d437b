#include "core/sync/apiresponse.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

QString ApiResponse::problemDetail() const
{
    const QJsonObject problem = body.toObject();
    const QString detail = problem.value(u"detail"_s).toString();
    return detail.isEmpty() ? problem.value(u"title"_s).toString() : detail;
}
