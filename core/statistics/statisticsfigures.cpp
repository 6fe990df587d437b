#include "core/statistics/statisticsfigures.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Statistics {

namespace {

std::optional<double> number(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    return value.toDouble();
}

int count(const QJsonObject &json, QStringView key)
{
    return json.value(key).toInt();
}

// Ids are strings in the API; a number is read as well.
QString idOf(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

SourceFigures sourceFromJson(const QJsonValue &value)
{
    const QJsonObject json = value.toObject();
    return {count(json, u"issued"), count(json, u"served"), count(json, u"noShow"),
            Minutes::fromJson(json.value(u"waitMinutes"))};
}

QList<HourFigures> hoursFromJson(const QJsonValue &value)
{
    QList<HourFigures> hours;
    for (const QJsonValue &entry : value.toArray()) {
        const QJsonObject json = entry.toObject();
        hours.append({count(json, u"hour"), count(json, u"arrivals"), count(json, u"served"),
                      Minutes::fromJson(json.value(u"waitMinutes"))});
    }
    return hours;
}

QList<ServiceFigures> servicesFromJson(const QJsonValue &value)
{
    QList<ServiceFigures> services;
    for (const QJsonValue &entry : value.toArray()) {
        const QJsonObject json = entry.toObject();
        const QJsonValue noShow = json.value(u"noShow");
        services.append({idOf(json.value(u"serviceId")), json.value(u"name").toString(),
                         count(json, u"issued"), count(json, u"served"),
                         noShow.isDouble() ? std::optional<int>(noShow.toInt()) : std::nullopt,
                         Minutes::fromJson(json.value(u"waitMinutes")),
                         Minutes::fromJson(json.value(u"serviceMinutes"))});
    }
    return services;
}

QList<CounterFigures> countersFromJson(const QJsonValue &value)
{
    QList<CounterFigures> counters;
    for (const QJsonValue &entry : value.toArray()) {
        const QJsonObject json = entry.toObject();
        CounterFigures counter{idOf(json.value(u"counterId")),
                               json.value(u"name").toString(),
                               count(json, u"served"),
                               json.value(u"busyMinutes").toDouble(),
                               number(json.value(u"presentMinutes")),
                               number(json.value(u"utilisation"))};
        // A server that knows the staffed time but leaves the share to the client.
        if (!counter.utilisation && counter.presentMinutes && *counter.presentMinutes > 0)
            counter.utilisation = counter.busyMinutes / *counter.presentMinutes;
        counters.append(counter);
    }
    return counters;
}

bool looksLikeFigures(const QJsonValue &json)
{
    return json.isObject() && json[u"issued"].isDouble() && json[u"served"].isDouble();
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Statistics", text);
}

} // namespace

Minutes Minutes::fromJson(const QJsonValue &value)
{
    const QJsonObject json = value.toObject();
    Minutes minutes;
    minutes.count = json.value(u"count").toInt();
    if (minutes.count == 0)
        return minutes;
    minutes.mean = number(json.value(u"mean"));
    minutes.median = number(json.value(u"median"));
    minutes.p90 = number(json.value(u"p90"));
    minutes.max = number(json.value(u"max"));
    return minutes;
}

std::optional<double> Figures::noShowRate() const
{
    const int ended = served + noShow;
    if (ended == 0)
        return std::nullopt;
    return double(noShow) / ended;
}

Figures Figures::fromJson(const QJsonObject &json)
{
    Figures figures;
    figures.issued = count(json, u"issued");
    figures.served = count(json, u"served");
    figures.noShow = count(json, u"noShow");
    figures.cancelled = count(json, u"cancelled");
    figures.open = count(json, u"open");
    figures.wait = Minutes::fromJson(json.value(u"waitMinutes"));
    figures.service = Minutes::fromJson(json.value(u"serviceMinutes"));
    figures.serviceLevel = number(json.value(u"serviceLevel"));
    figures.walkIn = sourceFromJson(json.value(u"walkIn"));
    figures.appointment = sourceFromJson(json.value(u"appointment"));
    figures.estimateError = Minutes::fromJson(json.value(u"estimateErrorMinutes"));
    return figures;
}

Result<Day> Day::fromJson(const QJsonValue &value)
{
    if (!looksLikeFigures(value))
        return Result<Day>::failure(tr("The server's figures of the day were not understood."));
    const QJsonObject json = value.toObject();
    Day day;
    day.officeId = idOf(json.value(u"officeId"));
    day.date = QDate::fromString(json.value(u"date").toString(), Qt::ISODate);
    day.totals = Figures::fromJson(json);
    if (json.value(u"waiting").isDouble())
        day.waiting = json.value(u"waiting").toInt();
    day.longestWaitNowMinutes = number(json.value(u"longestWaitNowMinutes"));
    day.waitTargetMinutes = count(json, u"waitTargetMinutes");
    day.byHour = hoursFromJson(json.value(u"byHour"));
    day.byService = servicesFromJson(json.value(u"byService"));
    day.byCounter = countersFromJson(json.value(u"byCounter"));
    day.counterFigures = json.value(u"counterFigures").toBool(true);
    return day;
}

QString groupingKey(Grouping grouping)
{
    switch (grouping) {
    case Grouping::Hour:
        return u"hour"_s;
    case Grouping::Day:
        return u"day"_s;
    case Grouping::Week:
        return u"week"_s;
    case Grouping::Month:
        return u"month"_s;
    case Grouping::Weekday:
        return u"weekday"_s;
    }
    return {};
}

QString groupLabel(Grouping grouping, const QString &key)
{
    const QLocale locale;
    switch (grouping) {
    case Grouping::Hour: {
        // "2026-11-30T09"
        const QDate date = QDate::fromString(key.left(10), Qt::ISODate);
        const int hour = key.mid(11).toInt();
        if (!date.isValid())
            return key;
        return tr("%1 %2:00").arg(locale.toString(date, QLocale::ShortFormat)).arg(hour);
    }
    case Grouping::Day: {
        const QDate date = QDate::fromString(key, Qt::ISODate);
        return date.isValid() ? locale.toString(date, QLocale::ShortFormat) : key;
    }
    case Grouping::Week: {
        // "2026-W48"
        const qsizetype w = key.indexOf(u'W');
        return w < 0 ? key : tr("Week %1/%2").arg(key.mid(w + 1).toInt()).arg(key.left(4));
    }
    case Grouping::Month: {
        const QDate date = QDate::fromString(key + u"-01"_s, Qt::ISODate);
        return date.isValid() ? locale.toString(date, u"MMM yyyy"_s) : key;
    }
    case Grouping::Weekday: {
        const int weekday = key.toInt();
        return weekday >= 1 && weekday <= 7 ? locale.dayName(weekday, QLocale::ShortFormat) : key;
    }
    }
    return key;
}

QStringList Period::officesWithoutCounterFigures() const
{
    QStringList names;
    for (const Office &office : offices) {
        if (!office.counterFigures)
            names.append(office.name);
    }
    return names;
}

Result<Period> Period::fromJson(const QJsonValue &value)
{
    if (!value.isObject() || !looksLikeFigures(value[u"totals"]))
        return Result<Period>::failure(
            tr("The server's figures of the period were not understood."));
    const QJsonObject json = value.toObject();
    Period period;
    period.from = QDate::fromString(json.value(u"from").toString(), Qt::ISODate);
    period.to = QDate::fromString(json.value(u"to").toString(), Qt::ISODate);
    const QString grouping = json.value(u"groupBy").toString();
    for (Grouping g :
         {Grouping::Hour, Grouping::Day, Grouping::Week, Grouping::Month, Grouping::Weekday}) {
        if (groupingKey(g) == grouping)
            period.grouping = g;
    }
    for (const QJsonValue &entry : json.value(u"offices").toArray()) {
        const QJsonObject office = entry.toObject();
        period.offices.append({idOf(office.value(u"officeId")), office.value(u"name").toString(),
                               count(office, u"waitTargetMinutes"),
                               office.value(u"counterFigures").toBool(true)});
    }
    period.totals = Figures::fromJson(json.value(u"totals").toObject());
    for (const QJsonValue &entry : json.value(u"groups").toArray()) {
        const QJsonObject group = entry.toObject();
        period.groups.append({group.value(u"key").toString(), Figures::fromJson(group)});
    }
    // The period's hours carry the waits of walk-ins and appointments apart
    // (ZMS's Wartestatistik); their weighted means make the hour's mean.
    for (const QJsonValue &entry : json.value(u"byHour").toArray()) {
        const QJsonObject hour = entry.toObject();
        HourFigures figures{
            count(hour, u"hour"), count(hour, u"arrivals"), count(hour, u"served"), {}};
        double waited = 0;
        for (const QStringView source : {u"walkIn", u"appointment"}) {
            const QJsonObject flow = hour.value(source).toObject();
            const int called = count(flow, u"count");
            if (const auto mean = number(flow.value(u"meanWaitMinutes")); mean && called > 0) {
                figures.wait.count += called;
                waited += *mean * called;
            }
        }
        if (figures.wait.count > 0)
            figures.wait.mean = waited / figures.wait.count;
        period.byHour.append(figures);
    }
    period.byService = servicesFromJson(json.value(u"byService"));
    period.byCounter = countersFromJson(json.value(u"byCounter"));
    for (const QJsonValue &entry : json.value(u"heatMap").toArray()) {
        const QJsonObject cell = entry.toObject();
        period.heatMap.append({count(cell, u"weekday"), count(cell, u"hour"), count(cell, u"days"),
                               count(cell, u"arrivals"), number(cell.value(u"meanWaitMinutes"))});
    }
    return period;
}

DateRange datesOf(Range range, const QDate &today)
{
    switch (range) {
    case Range::Today:
        return {today, today};
    case Range::Yesterday:
        return {today.addDays(-1), today.addDays(-1)};
    case Range::ThisWeek:
        return {today.addDays(1 - today.dayOfWeek()), today};
    case Range::LastEightWeeks:
        // Eight whole weeks back from this week's Monday, and this week so far.
        return {today.addDays(1 - today.dayOfWeek()).addDays(-7 * 8), today};
    case Range::LastMonth: {
        const QDate first(today.year(), today.month(), 1);
        return {first.addMonths(-1), first.addDays(-1)};
    }
    case Range::ThisYear:
        return {QDate(today.year(), 1, 1), today};
    case Range::Custom:
        return {};
    }
    return {};
}

int dayCount(const DateRange &dates)
{
    if (!dates.from.isValid() || !dates.to.isValid())
        return 0;
    return static_cast<int>(dates.from.daysTo(dates.to)) + 1;
}

Grouping suitableGrouping(const DateRange &dates)
{
    const int days = dayCount(dates);
    if (days <= 2)
        return Grouping::Hour;
    if (days <= 45)
        return Grouping::Day;
    if (days <= 190)
        return Grouping::Week;
    return Grouping::Month;
}

} // namespace Statistics
