#include "server/repositories/officesettings.h"

#include "server/repositories/officeversion.h"
#include "server/storage/database.h"

using namespace Qt::StringLiterals;

namespace {
std::optional<int> intOrNull(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional(value.toInt());
}

QVariant nullOr(std::optional<int> value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

QJsonValue jsonOrNull(std::optional<int> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

std::optional<DispatchPolicy> policyOrNull(const QVariant &value)
{
    // An unknown name (written by a later version) counts as unset.
    return value.isNull() ? std::nullopt : dispatchPolicyFromName(value.toString());
}

QVariant nullOr(std::optional<DispatchPolicy> value)
{
    return value ? QVariant(dispatchPolicyName(*value)) : QVariant(QMetaType(QMetaType::QString));
}
} // namespace

int OfficeSettings::version(qint64 officeId)
{
    return OfficeVersion::read(m_db, u"settings_version"_s, officeId);
}

void OfficeSettings::countVersionUp(qint64 officeId, std::optional<int> expectedVersion)
{
    OfficeVersion::countUp(m_db, u"settings_version"_s, officeId, expectedVersion, u"settings"_s);
}

OfficeSettingValues OfficeSettings::stored(qint64 officeId)
{
    SqlRows rows = m_db.exec(u"SELECT no_show_after_calls, reservation_days, retention_days, "
                             "registration_lead_days, dispatch_policy FROM office_settings WHERE "
                             "office_id = ?"_s,
                             {officeId});
    if (!rows.next())
        return {};
    return {intOrNull(rows.value(0)), intOrNull(rows.value(1)), intOrNull(rows.value(2)),
            intOrNull(rows.value(3)), policyOrNull(rows.value(4))};
}

void OfficeSettings::store(qint64 officeId, const OfficeSettingValues &values)
{
    m_db.exec(u"INSERT INTO office_settings (office_id, no_show_after_calls, reservation_days, "
              "retention_days, registration_lead_days, dispatch_policy) VALUES (?, ?, ?, ?, ?, ?) "
              "ON CONFLICT (office_id) DO UPDATE SET no_show_after_calls = "
              "excluded.no_show_after_calls, reservation_days = excluded.reservation_days, "
              "retention_days = excluded.retention_days, registration_lead_days = "
              "excluded.registration_lead_days, dispatch_policy = excluded.dispatch_policy"_s,
              {officeId, nullOr(values.noShowAfterCalls), nullOr(values.reservationDays),
               nullOr(values.retentionDays), nullOr(values.registrationLeadDays),
               nullOr(values.dispatchPolicy)});
}

int OfficeSettings::noShowAfterCalls(qint64 officeId)
{
    return stored(officeId).noShowAfterCalls.value_or(m_queue.noShowAfterCalls);
}

DispatchPolicy OfficeSettings::dispatchPolicy(qint64 officeId)
{
    return stored(officeId).dispatchPolicy.value_or(m_queue.dispatch);
}

WeddingPolicy OfficeSettings::weddingPolicy(qint64 officeId)
{
    WeddingPolicy policy = m_wedding;
    const OfficeSettingValues values = stored(officeId);
    policy.reservationDays = values.reservationDays.value_or(m_wedding.reservationDays);
    policy.registrationLeadDays =
        values.registrationLeadDays.value_or(m_wedding.registrationLeadDays);
    return policy;
}

int OfficeSettings::appointmentRetentionDays(qint64 officeId)
{
    return stored(officeId).retentionDays.value_or(m_retention.appointmentDays);
}

int OfficeSettings::ticketRetentionDays(qint64 officeId)
{
    return stored(officeId).retentionDays.value_or(m_retention.ticketDays);
}

QJsonObject OfficeSettingValues::toJson() const
{
    return {{u"noShowAfterCalls"_s, jsonOrNull(noShowAfterCalls)},
            {u"reservationDays"_s, jsonOrNull(reservationDays)},
            {u"retentionDays"_s, jsonOrNull(retentionDays)},
            {u"registrationLeadDays"_s, jsonOrNull(registrationLeadDays)},
            {u"dispatchPolicy"_s, dispatchPolicy ? QJsonValue(dispatchPolicyName(*dispatchPolicy))
                                                 : QJsonValue(QJsonValue::Null)}};
}

QJsonObject OfficeSettings::toJson(qint64 officeId)
{
    const OfficeSettingValues values = stored(officeId);
    QJsonObject json = values.toJson();
    json.insert(
        u"effective"_s,
        QJsonObject{
            {u"noShowAfterCalls"_s, values.noShowAfterCalls.value_or(m_queue.noShowAfterCalls)},
            {u"reservationDays"_s, values.reservationDays.value_or(m_wedding.reservationDays)},
            {u"retentionDays"_s, values.retentionDays.value_or(m_retention.appointmentDays)},
            {u"registrationLeadDays"_s,
             values.registrationLeadDays.value_or(m_wedding.registrationLeadDays)},
            {u"dispatchPolicy"_s,
             dispatchPolicyName(values.dispatchPolicy.value_or(m_queue.dispatch))}});
    return json;
}
