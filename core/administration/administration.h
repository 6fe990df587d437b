#pragma once

#include "core/administration/officehours.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

class BackendClient;
struct ApiResponse;

// The administrator's calls that are not a table of records: an office's
// opening hours and settings, and resetting someone's password. Callbacks get
// an error already in German words (empty on success).
class Administration : public QObject
{
    Q_OBJECT

public:
    explicit Administration(BackendClient *client, QObject *parent = nullptr);

    void openingHours(const QString &officeId, QObject *context,
                      std::function<void(const OfficeHours &, const QString &error)> done);
    // When someone else saved first (the version is stale), `done` gets
    // their state and `changedMeanwhile`; nothing of ours was written.
    using HoursSaved =
        std::function<void(const OfficeHours &, const QString &error, bool changedMeanwhile)>;
    void saveOpeningHours(const QString &officeId, const OfficeHours &hours, QObject *context,
                          HoursSaved done);

    // {noShowAfterCalls, reservationDays, registrationLeadDays, retentionDays, waitTargetMinutes,
    //  effective{…}}: null where the server's own option applies.
    void settings(const QString &officeId, QObject *context,
                  std::function<void(const QJsonObject &, const QString &error)> done);
    using SettingsSaved =
        std::function<void(const QJsonObject &, const QString &error, bool changedMeanwhile)>;
    void saveSettings(const QString &officeId, const QJsonObject &settings, QObject *context,
                      SettingsSaved done);

    // Sets a new password that its person must change at the next login.
    void resetPassword(const QString &userId, const QString &password, QObject *context,
                       std::function<void(const QString &error)> done);

    // A password for a reset or a new account that the policy accepts: five
    // groups of four lower-case letters and digits, no look-alikes (0/o, 1/l).
    static QString generatePassword();

private:
    BackendClient *m_client;
};
