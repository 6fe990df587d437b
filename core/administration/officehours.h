#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>
#include <optional>

// An office's week and its closure days, as GET/PUT
// /api/v1/offices/{id}/opening-hours carry them: per weekday ranges such as
// "08:00-12:00,13:00-16:00" ("" is closed) and a list of closed dates.
struct OfficeHours
{
    Q_DECLARE_TR_FUNCTIONS(OfficeHours)

public:
    static constexpr int kDays = 7; // Monday first
    std::array<QString, kDays> days;
    QList<QDate> closed; // sorted, no duplicates
    std::optional<int> version;

    static std::optional<OfficeHours> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    // Why `ranges` is not a valid day ("08:00-12:00,13:00-16:00": ordered,
    // not overlapping, each start before its end), or empty. Blanks are allowed.
    static QString checkDay(const QString &ranges);
    // The day as the server stores it: blanks gone, "8:00" made "08:00".
    static QString normalizedDay(const QString &ranges);
    static QString dayName(int day); // 0 = Monday
    static QString dayKey(int day);  // "mon"
};
