#include "core/statistics/whatif.h"

#include "core/sync/backendclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTime>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

WhatIf::WhatIf(BackendClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void WhatIf::load(const Basis &basis)
{
    m_basis = basis;
    m_loading = true;
    const quint64 serial = ++m_serial;
    QUrlQuery query;
    query.addQueryItem(u"officeId"_s, basis.officeId);
    query.addQueryItem(u"from"_s, basis.from.toString(Qt::ISODate));
    query.addQueryItem(u"to"_s, basis.to.toString(Qt::ISODate));
    if (basis.weekday > 0)
        query.addQueryItem(u"weekday"_s, QString::number(basis.weekday));
    m_client->get(u"/api/v1/statistics/scenario"_s, query, this,
                  [this, serial](const ApiResponse &response) {
                      if (serial != m_serial)
                          return; // a newer question is under way
                      m_loading = false;
                      if (!response.ok()) {
                          emit failed(response.status == 409 || response.status == 400
                                          ? response.problemDetail()
                                          : response.message);
                          return;
                      }
                      const QJsonObject json = response.body.toObject();
                      const Result<Scenario> scenario =
                          Scenario::fromJson(QJsonDocument(json).toJson(QJsonDocument::Compact));
                      if (!scenario) {
                          emit failed(tr("The server's scenario cannot be played: %1")
                                          .arg(scenario.reason().message));
                          return;
                      }
                      m_scenario = *scenario;
                      m_days = json[u"basedOn"_s][u"days"_s].toInt();
                      m_visits = json[u"basedOn"_s][u"visits"_s].toInt();
                      m_countersPerHour = QList<int>(hours(), counterCount());
                      m_loaded = true;
                      emit loaded();
                  });
}

QString WhatIf::hourStart(int hour) const
{
    const int minute = m_scenario.opensMinute + hour * 60;
    return QTime(minute / 60, minute % 60).toString(u"HH:mm"_s);
}

void WhatIf::setCounters(int hour, int counters)
{
    if (hour >= 0 && hour < m_countersPerHour.size())
        m_countersPerHour[hour] = std::clamp(counters, 0, counterCount());
}

void WhatIf::setCountersPerHour(const QList<int> &countersPerHour)
{
    for (int hour = 0; hour < m_countersPerHour.size(); ++hour)
        setCounters(hour, countersPerHour.value(hour, counterCount()));
}

QList<SimulationResult> WhatIf::play() const
{
    QList<SimulationResult> results;
    const Scenario staffed = withStaffing(m_scenario, m_countersPerHour);
    for (const DispatchPolicy policy :
         {DispatchPolicy::Fifo, DispatchPolicy::Zms, DispatchPolicy::Tresen})
        results.append(simulate(staffed, {policy, kDays, kSeed, {}}));
    return results;
}

StaffingAdvice WhatIf::advise(double share, DispatchPolicy policy) const
{
    return adviseStaffing(m_scenario, share, {policy, kDays, kSeed, {}});
}
