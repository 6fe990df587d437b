#pragma once

#include "core/domain/result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QLoggingCategory>
#include <QString>

#include <optional>

// Reads the members of one JSON object into typed fields and remembers the
// first that was missing or malformed (e.g. "startsAt is not an ISO 8601
// time"); a field it refuses keeps its value. The typed values' fromJson
// use it, so that every entity says in the same words why it cannot be read.
class MemberReader
{
public:
    enum Presence { Required, Optional };

    explicit MemberReader(const QJsonObject &json)
        : m_json(json)
    {}

    // Empty while every member read so far was fine.
    const QString &failure() const { return m_failure; }

    // A server id as text ("17"): a whole number above 0.
    void id(QStringView key, qint64 &out, Presence presence);
    // Any non-empty text id, such as "local-…" for what is still in the outbox.
    void key(QStringView key, QString &out, Presence presence);
    void time(QStringView key, qint64 &out, Presence presence);
    void text(QStringView key, QString &out, Presence presence);
    void day(QStringView key, QString &out);
    void count(QStringView key, int &out);
    // An amount of money as text ("12.30") into cents.
    void cents(QStringView key, qint64 &out);

    template <typename Enum>
    void name(QStringView key, Enum &out, std::optional<Enum> (*fromName)(QStringView))
    {
        const QJsonValue value = member(key, Required);
        if (value.isUndefined())
            return;
        const auto known = fromName(value.toString());
        if (!known)
            return fail(key, "is not one of the known names");
        out = *known;
    }

    // What fromJson returns: the value read, or the first failure.
    template <typename T> Result<T> result(T value) const
    {
        if (!m_failure.isEmpty())
            return Result<T>::failure(m_failure);
        return value;
    }

private:
    // The member, or undefined when it is absent or null (then missing if required).
    QJsonValue member(QStringView key, Presence presence);
    void fail(QStringView key, const char *problem);

    const QJsonObject &m_json;
    QString m_failure;
};

Q_DECLARE_LOGGING_CATEGORY(lcEntityRead)

// Says that one entity was passed over, where and why (category tresen.entity).
void warnPassedOver(const char *where, const char *kind, const QJsonObject &json,
                    const Reason &reason);

// The entity in `json`, or nullopt after a warning naming `where` it was read,
// its kind and id, and why. For lists built from the cache or an answer: one
// row this version cannot read is left out, and never silently.
template <typename T>
std::optional<T> readOrWarn(const QJsonObject &json, const char *where, const char *kind)
{
    Result<T> read = T::fromJson(json);
    if (read)
        return std::move(read).value();
    warnPassedOver(where, kind, json, read.reason());
    return std::nullopt;
}
