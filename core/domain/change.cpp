#include "core/domain/change.h"

namespace {
QString opName(Change::Op op)
{
    return op == Change::Op::Delete ? QStringLiteral("delete") : QStringLiteral("upsert");
}
} // namespace

QJsonObject Change::toJson() const
{
    QJsonObject json{
        {QStringLiteral("revision"), revision},
        {QStringLiteral("entity"), entity},
        {QStringLiteral("id"), id},
        {QStringLiteral("op"), opName(op)},
        {QStringLiteral("event"), event},
    };
    json.insert(QStringLiteral("data"), op == Op::Delete ? QJsonValue() : QJsonValue(data));
    return json;
}

std::optional<Change> Change::fromJson(const QJsonObject &json)
{
    Change change;
    change.revision = json.value(QStringLiteral("revision")).toInteger(-1);
    change.entity = json.value(QStringLiteral("entity")).toString();
    change.id = json.value(QStringLiteral("id")).toString();
    change.event = json.value(QStringLiteral("event")).toString();
    const QString op = json.value(QStringLiteral("op")).toString();
    if (change.revision <= 0 || change.entity.isEmpty() || change.id.isEmpty())
        return std::nullopt;
    if (op == QLatin1StringView("delete")) {
        change.op = Op::Delete;
    } else if (op == QLatin1StringView("upsert")) {
        change.op = Op::Upsert;
        const QJsonValue data = json.value(QStringLiteral("data"));
        if (!data.isObject())
            return std::nullopt;
        change.data = data.toObject();
    } else {
        return std::nullopt;
    }
    return change;
}
