#include "core/domain/change.h"

#include "core/domain/memberreader.h"

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
    if (after >= 0)
        json.insert(u"after"_s, after);
    return json;
}

Result<Change> Change::fromJson(const QJsonObject &json)
{
    using P = MemberReader::Presence;
    MemberReader read(json);
    Change change;
    change.revision = json.value(u"revision"_s).toInteger(-1);
    if (change.revision <= 0)
        return Result<Change>::failure(u"revision is not a whole number above 0"_s);
    read.text(u"entity"_s, change.entity, P::Required);
    read.key(u"id"_s, change.id, P::Required);
    read.text(u"event"_s, change.event, P::Optional);
    change.after = json.value(u"after"_s).toInteger(-1);
    if (change.after >= change.revision)
        return Result<Change>::failure(u"after is not a revision before this one"_s);
    const QString op = json.value(u"op"_s).toString();
    if (op == u"delete"_s) {
        change.op = Op::Delete;
    } else if (op == u"upsert"_s) {
        change.op = Op::Upsert;
        const QJsonValue data = json.value(u"data"_s);
        if (!data.isObject())
            return Result<Change>::failure(u"data of an upsert is not an object"_s);
        change.data = data.toObject();
    } else {
        return Result<Change>::failure(u"op is neither \"upsert\" nor \"delete\""_s);
    }
    return read.result(std::move(change));
}
