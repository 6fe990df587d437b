#include "core/administration/administration.h"

#include "core/administration/adminproblem.h"
#include "core/sync/backendclient.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {
QString officePath(const QString &officeId, const QString &what)
{
    return u"/api/v1/offices/%1/%2"_s.arg(officeId, what);
}

QString hoursError(const ApiResponse &response, const std::optional<OfficeHours> &hours)
{
    if (!response.ok())
        return AdminProblem::message(response);
    return hours ? QString() : Administration::tr("The server's answer was not understood.");
}
} // namespace

Administration::Administration(BackendClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void Administration::openingHours(const QString &officeId, QObject *context,
                                  std::function<void(const OfficeHours &, const QString &)> done)
{
    m_client->get(officePath(officeId, u"opening-hours"_s), {}, context,
                  [done = std::move(done)](const ApiResponse &r) {
                      const auto hours = OfficeHours::fromJson(r.body.toObject());
                      done(hours.value_or(OfficeHours{}), hoursError(r, hours));
                  });
}

void Administration::saveOpeningHours(const QString &officeId, const OfficeHours &hours,
                                      QObject *context, HoursSaved done)
{
    m_client->send("PUT", officePath(officeId, u"opening-hours"_s), hours.toJson(), context,
                   [this, officeId, context, done = std::move(done)](const ApiResponse &r) {
                       if (AdminProblem::isVersionConflict(r)) {
                           openingHours(officeId, context,
                                        [done, message = AdminProblem::message(r)](
                                            const OfficeHours &current, const QString &readError) {
                                            // Without their state: an error, nothing to show.
                                            done(current, readError.isEmpty() ? message : readError,
                                                 readError.isEmpty());
                                        });
                           return;
                       }
                       const auto saved = OfficeHours::fromJson(r.body.toObject());
                       done(saved.value_or(OfficeHours{}), hoursError(r, saved), false);
                   });
}

void Administration::settings(const QString &officeId, QObject *context,
                              std::function<void(const QJsonObject &, const QString &)> done)
{
    m_client->get(officePath(officeId, u"settings"_s), {}, context,
                  [done = std::move(done)](const ApiResponse &r) {
                      done(r.body.toObject(), r.ok() ? QString() : AdminProblem::message(r));
                  });
}

void Administration::saveSettings(const QString &officeId, const QJsonObject &settings,
                                  QObject *context, SettingsSaved done)
{
    m_client->send(
        "PUT", officePath(officeId, u"settings"_s), settings, context,
        [this, officeId, context, done = std::move(done)](const ApiResponse &r) {
            if (AdminProblem::isVersionConflict(r)) {
                this->settings(officeId, context,
                               [done, message = AdminProblem::message(r)](
                                   const QJsonObject &current, const QString &readError) {
                                   done(current, readError.isEmpty() ? message : readError,
                                        readError.isEmpty());
                               });
                return;
            }
            done(r.body.toObject(), r.ok() ? QString() : AdminProblem::message(r), false);
        });
}

void Administration::resetPassword(const QString &userId, const QString &password, QObject *context,
                                   std::function<void(const QString &)> done)
{
    m_client->send("POST", u"/api/v1/users/%1/password"_s.arg(userId), {{u"password"_s, password}},
                   context, [done = std::move(done)](const ApiResponse &r) {
                       done(r.ok() ? QString() : AdminProblem::message(r));
                   });
}

QString Administration::generatePassword()
{
    // Lower case and digits without look-alikes (l/1, o/0): 32 symbols, 20
    // of them are 100 bits, and read aloud letter by letter without "capital".
    static const QString alphabet = u"abcdefghijkmnpqrstuvwxyz23456789"_s;
    QString password;
    for (int group = 0; group < 5; ++group) {
        if (group > 0)
            password += u'-';
        for (int i = 0; i < 4; ++i)
            password += alphabet.at(QRandomGenerator::system()->bounded(alphabet.size()));
    }
    return password;
}
