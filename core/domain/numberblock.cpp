#include "core/domain/numberblock.h"

#include "core/domain/memberreader.h"
#include "core/domain/ticket.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

QString NumberBlock::numberAt(int sequence) const
{
    return ticketNumber(u"Z%1-"_s.arg(ordinal), sequence);
}

QJsonObject NumberBlock::toJson() const
{
    return {
        {u"id"_s, QString::number(id)},
        {u"officeId"_s, QString::number(officeId)},
        {u"serviceDay"_s, serviceDay},
        {u"ordinal"_s, ordinal},
        {u"size"_s, size},
        {u"part"_s, part},
        {u"first"_s, firstNumber()},
        {u"last"_s, lastNumber()},
    };
}

Result<NumberBlock> NumberBlock::fromJson(const QJsonObject &json)
{
    using P = MemberReader::Presence;
    MemberReader read(json);
    NumberBlock block;
    read.id(u"id"_s, block.id, P::Required);
    read.id(u"officeId"_s, block.officeId, P::Required);
    read.day(u"serviceDay"_s, block.serviceDay);
    read.count(u"ordinal"_s, block.ordinal);
    read.count(u"size"_s, block.size);
    read.count(u"part"_s, block.part);
    if (read.failure().isEmpty() && (block.ordinal < 1 || block.size < 1 || block.part < 1))
        return Result<NumberBlock>::failure(u"ordinal, size and part must be at least 1"_s);
    return read.result(std::move(block));
}

std::optional<BlockNumber> BlockNumber::parse(QStringView number)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(u"Z([1-9][0-9]{0,5})-([0-9]{3,6})"_s));
    const QRegularExpressionMatch match = pattern.match(number.toString());
    if (!match.hasMatch())
        return std::nullopt;
    const BlockNumber parsed{match.capturedView(1).toInt(), match.capturedView(2).toInt()};
    // One number, one spelling: "Z1-0007" would otherwise be a second ticket 7.
    if (parsed.sequence < 1 ||
        ticketNumber(u"Z%1-"_s.arg(parsed.ordinal), parsed.sequence) != number)
        return std::nullopt;
    return parsed;
}
