#include "core/simulation/scenario.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTime>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
// "08:00" as minutes after midnight, or -1.
int minuteOfDay(const QJsonValue &value)
{
    const QTime time = QTime::fromString(value.toString(), u"HH:mm"_s);
    return time.isValid() ? time.hour() * 60 + time.minute() : -1;
}

// A number member: `fallback` when missing, nullopt when not a number or negative.
std::optional<double> nonNegative(const QJsonObject &object, const QString &key, double fallback)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return fallback;
    if (!value.isDouble() || value.toDouble() < 0 || !std::isfinite(value.toDouble()))
        return std::nullopt;
    return value.toDouble();
}
} // namespace

qsizetype Scenario::serviceIndex(const QString &id) const
{
    for (qsizetype i = 0; i < services.size(); ++i) {
        if (services.at(i).id == id)
            return i;
    }
    return -1;
}

Result<Scenario> Scenario::fromJson(const QByteArray &json)
{
    using R = Result<Scenario>;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return R::failure(tr("The scenario is not valid JSON: %1 (at byte %2).")
                              .arg(parseError.errorString())
                              .arg(parseError.offset));
    if (!document.isObject())
        return R::failure(tr("The scenario must be a JSON object."));
    const QJsonObject root = document.object();

    Scenario scenario;
    scenario.name = root.value(u"name"_s).toString();
    const QJsonObject opening = root.value(u"opening"_s).toObject();
    scenario.opensMinute = minuteOfDay(opening.value(u"from"_s));
    scenario.closesMinute = minuteOfDay(opening.value(u"to"_s));
    if (scenario.opensMinute < 0 || scenario.closesMinute < 0)
        return R::failure(tr("\"opening\" needs \"from\" and \"to\" as times like \"08:00\"."));
    if (scenario.closesMinute <= scenario.opensMinute)
        return R::failure(tr("\"opening\": \"to\" must be after \"from\"."));
    const int hours = scenario.openingHours();

    const QJsonArray services = root.value(u"services"_s).toArray();
    if (services.isEmpty())
        return R::failure(tr("\"services\" must list at least one service."));
    for (const QJsonValue &value : services) {
        const QJsonObject object = value.toObject();
        ScenarioService service;
        service.id = object.value(u"id"_s).toString();
        if (service.id.isEmpty())
            return R::failure(tr("Every service needs an \"id\"."));
        if (scenario.serviceIndex(service.id) >= 0)
            return R::failure(tr("The service id \"%1\" is used twice.").arg(service.id));
        service.name = object.value(u"name"_s).toString(service.id);
        const QJsonObject minutes = object.value(u"minutes"_s).toObject();
        const auto mean = nonNegative(minutes, u"mean"_s, 0);
        const auto sd = nonNegative(minutes, u"sd"_s, 0);
        if (!mean || *mean <= 0 || !sd)
            return R::failure(tr("Service \"%1\": \"minutes\" needs a \"mean\" above 0 and an "
                                 "\"sd\" of 0 or more.")
                                  .arg(service.id));
        service.meanMinutes = *mean;
        service.sdMinutes = *sd;
        const QJsonValue walkIns = object.value(u"walkInsPerHour"_s);
        if (!walkIns.isUndefined()) {
            const QJsonArray rates = walkIns.toArray();
            if (rates.size() != hours)
                return R::failure(tr("Service \"%1\": \"walkInsPerHour\" has %2 rates, but the "
                                     "office is open for %3 hours.")
                                      .arg(service.id)
                                      .arg(rates.size())
                                      .arg(hours));
            for (const QJsonValue &rate : rates) {
                if (!rate.isDouble() || rate.toDouble() < 0 || !std::isfinite(rate.toDouble()))
                    return R::failure(tr("Service \"%1\": every walk-in rate must be a number of "
                                         "0 or more.")
                                          .arg(service.id));
                service.walkInsPerHour.append(rate.toDouble());
            }
        } else {
            service.walkInsPerHour = QList<double>(hours, 0.0);
        }
        const auto appointments = nonNegative(object, u"appointmentsPerHour"_s, 0);
        if (!appointments || *appointments != std::floor(*appointments) || *appointments > 600)
            return R::failure(tr("Service \"%1\": \"appointmentsPerHour\" must be a whole "
                                 "number from 0 to 600.")
                                  .arg(service.id));
        service.appointmentsPerHour = int(*appointments);
        scenario.services.append(service);
    }

    const QJsonArray counters = root.value(u"counters"_s).toArray();
    if (counters.isEmpty())
        return R::failure(tr("\"counters\" must list at least one counter."));
    QSet<QString> counterIds;
    for (const QJsonValue &value : counters) {
        const QJsonObject object = value.toObject();
        ScenarioCounter counter;
        counter.id = object.value(u"id"_s).toString();
        if (counter.id.isEmpty())
            return R::failure(tr("Every counter needs an \"id\"."));
        if (counterIds.contains(counter.id))
            return R::failure(tr("The counter id \"%1\" is used twice.").arg(counter.id));
        counterIds.insert(counter.id);
        for (const QJsonValue &service : object.value(u"services"_s).toArray()) {
            if (scenario.serviceIndex(service.toString()) < 0)
                return R::failure(tr("Counter \"%1\" serves \"%2\", which is no service of the "
                                     "scenario.")
                                      .arg(counter.id, service.toString()));
            counter.services.append(service.toString());
        }
        if (counter.services.isEmpty())
            return R::failure(tr("Counter \"%1\" serves no service.").arg(counter.id));
        const QJsonValue staffed = object.value(u"hours"_s);
        if (!staffed.isUndefined()) {
            const QJsonArray hoursOfCounter = staffed.toArray();
            if (hoursOfCounter.size() != hours)
                return R::failure(tr("Counter \"%1\": \"hours\" has %2 entries, but the office "
                                     "is open for %3 hours.")
                                      .arg(counter.id)
                                      .arg(hoursOfCounter.size())
                                      .arg(hours));
            for (const QJsonValue &hour : hoursOfCounter) {
                if (hour.isBool())
                    counter.hours.append(hour.toBool());
                else if (hour.isDouble() && (hour.toDouble() == 0 || hour.toDouble() == 1))
                    counter.hours.append(hour.toDouble() == 1);
                else
                    return R::failure(tr("Counter \"%1\": each of \"hours\" must be 1 "
                                         "(staffed) or 0.")
                                          .arg(counter.id));
            }
        }
        scenario.counters.append(counter);
    }

    const auto noShowRate = nonNegative(root, u"noShowRate"_s, 0);
    if (!noShowRate || *noShowRate > 1)
        return R::failure(tr("\"noShowRate\" must be a share from 0 to 1."));
    scenario.noShowRate = *noShowRate;
    const QJsonObject arrival = root.value(u"appointmentArrivalMinutes"_s).toObject();
    const QJsonValue arrivalMean = arrival.value(u"mean"_s);
    if (!arrivalMean.isUndefined() && !arrivalMean.isDouble())
        return R::failure(tr("\"appointmentArrivalMinutes\": \"mean\" must be a number."));
    scenario.appointmentArrivalMeanMinutes = arrivalMean.toDouble();
    const auto arrivalSd = nonNegative(arrival, u"sd"_s, 0);
    if (!arrivalSd)
        return R::failure(tr("\"appointmentArrivalMinutes\": \"sd\" must be 0 or more."));
    scenario.appointmentArrivalSdMinutes = *arrivalSd;
    const auto target = nonNegative(root, u"serviceLevelTargetMinutes"_s, 20);
    if (!target || *target < 1 || *target != std::floor(*target))
        return R::failure(tr("\"serviceLevelTargetMinutes\" must be a whole number of minutes, "
                             "at least 1."));
    scenario.serviceLevelTargetMinutes = int(*target);
    return scenario;
}

QByteArray Scenario::toJson() const
{
    const auto time = [](int minute) {
        return QTime(minute / 60, minute % 60).toString(u"HH:mm"_s);
    };
    QJsonArray serviceArray;
    for (const ScenarioService &service : services) {
        QJsonArray rates;
        for (const double rate : service.walkInsPerHour)
            rates.append(rate);
        serviceArray.append(QJsonObject{{u"id"_s, service.id},
                                        {u"name"_s, service.name},
                                        {u"minutes"_s, QJsonObject{{u"mean"_s, service.meanMinutes},
                                                                   {u"sd"_s, service.sdMinutes}}},
                                        {u"walkInsPerHour"_s, rates},
                                        {u"appointmentsPerHour"_s, service.appointmentsPerHour}});
    }
    QJsonArray counterArray;
    for (const ScenarioCounter &counter : counters) {
        QJsonObject json{{u"id"_s, counter.id},
                         {u"services"_s, QJsonArray::fromStringList(counter.services)}};
        if (!counter.hours.isEmpty()) {
            QJsonArray staffed;
            for (const bool hour : counter.hours)
                staffed.append(hour ? 1 : 0);
            json.insert(u"hours"_s, staffed);
        }
        counterArray.append(json);
    }
    const QJsonObject root{
        {u"name"_s, name},
        {u"opening"_s, QJsonObject{{u"from"_s, time(opensMinute)}, {u"to"_s, time(closesMinute)}}},
        {u"services"_s, serviceArray},
        {u"counters"_s, counterArray},
        {u"noShowRate"_s, noShowRate},
        {u"appointmentArrivalMinutes"_s, QJsonObject{{u"mean"_s, appointmentArrivalMeanMinutes},
                                                     {u"sd"_s, appointmentArrivalSdMinutes}}},
        {u"serviceLevelTargetMinutes"_s, serviceLevelTargetMinutes}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}
