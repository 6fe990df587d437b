#include "core/domain/change.h"

using namespace Qt::StringLiterals;

namespace {
QString opName(Change::Op op)
{
    return op == Change::Op::Delete ? u"delete"_s : u"upsert"_s;
}
} // namespace

QJsonObject Change::toJson() const
{
    QJsonObject json{
        {u"revision"_s, revision}, {u"entity"_s, entity}, {u"id"_s, id},
        {u"op"_s, opName(op)},     {u"event"_s, event},
    };
    json.insert(u"data"_s, op == Op::Delete ? QJsonValue() : QJsonValue(data));
    return json;
}

std::optional<Change> Change::fromJson(const QJsonObject &json)
{
    Change change;
    change.revision = json.value(u"revision"_s).toInteger(-1);
    change.entity = json.value(u"entity"_s).toString();
    change.id = json.value(u"id"_s).toString();
    change.event = json.value(u"event"_s).toString();
    const QString op = json.value(u"op"_s).toString();
    if (change.revision <= 0 || change.entity.isEmpty() || change.id.isEmpty())
        return std::nullopt;
    if (op == u"delete"_s) {
        change.op = Op::Delete;
    } else if (op == u"upsert"_s) {
        change.op = Op::Upsert;
        const QJsonValue data = json.value(u"data"_s);
        if (!data.isObject())
            return std::nullopt;
        change.data = data.toObject();
    } else {
        return std::nullopt;
    }
    return change;
}
