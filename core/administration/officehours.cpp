#include "core/administration/officehours.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
const std::array<QString, OfficeHours::kDays> kKeys{u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s,
                                                    u"fri"_s, u"sat"_s, u"sun"_s};

struct Range
{
    QTime start;
    QTime end;
};

// The ranges of a day, or nothing when one of them is not "H:MM-H:MM".
std::optional<QList<Range>> parseRanges(const QString &text)
{
    static const QRegularExpression rangePattern(
        uR"(^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$)"_s);
    QList<Range> ranges;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty())
            continue;
        const QRegularExpressionMatch match = rangePattern.match(part);
        if (!match.hasMatch())
            return std::nullopt;
        const QTime start(match.captured(1).toInt(), match.captured(2).toInt());
        const QTime end(match.captured(3).toInt(), match.captured(4).toInt());
        if (!start.isValid() || !end.isValid())
            return std::nullopt;
        ranges.append({start, end});
    }
    return ranges;
}
} // namespace

std::optional<OfficeHours> OfficeHours::fromJson(const QJsonObject &json)
{
    // The server always sends the closure list; without it this is no week
    // (e.g. an error body) and must not read as "closed every day".
    if (!json.value(u"closed"_s).isArray())
        return std::nullopt;
    OfficeHours hours;
    for (int day = 0; day < kDays; ++day) {
        const QJsonValue value = json.value(kKeys.at(day));
        if (!value.isString() && !value.isUndefined() && !value.isNull())
            return std::nullopt;
        hours.days[day] = value.toString();
    }
    for (const QJsonValue &value : json.value(u"closed"_s).toArray()) {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        hours.closed.append(date);
    }
    std::sort(hours.closed.begin(), hours.closed.end());
    hours.closed.erase(std::unique(hours.closed.begin(), hours.closed.end()), hours.closed.end());
    if (json.value(u"version"_s).isDouble())
        hours.version = json.value(u"version"_s).toInt();
    return hours;
}

QJsonObject OfficeHours::toJson() const
{
    QJsonObject json;
    for (int day = 0; day < kDays; ++day)
        json.insert(kKeys.at(day), normalizedDay(days.at(day)));
    QJsonArray list;
    for (const QDate &date : closed)
        list.append(date.toString(Qt::ISODate));
    json.insert(u"closed"_s, list);
    if (version)
        json.insert(u"version"_s, *version);
    return json;
}

QString OfficeHours::checkDay(const QString &text)
{
    const auto ranges = parseRanges(text);
    if (!ranges)
        return tr("Write the times like 08:00-12:00, several separated by commas.");
    for (qsizetype i = 0; i < ranges->size(); ++i) {
        const Range &range = ranges->at(i);
        if (range.start >= range.end)
            return tr("%1 does not end after it starts.")
                .arg(range.start.toString(u"HH:mm"_s) + u'-' + range.end.toString(u"HH:mm"_s));
        if (i > 0 && ranges->at(i - 1).end > range.start)
            return tr("The times overlap or are not in order.");
    }
    return {};
}

QString OfficeHours::normalizedDay(const QString &text)
{
    const auto ranges = parseRanges(text);
    if (!ranges)
        return text.trimmed();
    QStringList parts;
    for (const Range &range : *ranges)
        parts.append(range.start.toString(u"HH:mm"_s) + u'-' + range.end.toString(u"HH:mm"_s));
    return parts.join(u',');
}

QString OfficeHours::dayName(int day)
{
    static const std::array<const char *, kDays> names{
        QT_TR_NOOP("Monday"),   QT_TR_NOOP("Tuesday"), QT_TR_NOOP("Wednesday"),
        QT_TR_NOOP("Thursday"), QT_TR_NOOP("Friday"),  QT_TR_NOOP("Saturday"),
        QT_TR_NOOP("Sunday")};
    return day >= 0 && day < kDays ? tr(names.at(day)) : QString();
}

QString OfficeHours::dayKey(int day)
{
    return day >= 0 && day < kDays ? kKeys.at(day) : QString();
}
