#include "core/sync/apiresponse.h"

#include <QJsonObject>

QString ApiResponse::problemDetail() const
{
    const QJsonObject problem = body.toObject();
    const QString detail = problem.value(QStringLiteral("detail")).toString();
    return detail.isEmpty() ? problem.value(QStringLiteral("title")).toString() : detail;
}
