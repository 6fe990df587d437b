#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>

struct Backend;

// A city's organisation from one setup file (`tresen-server setup`, see
// docs/admin-guide.md and docs/setup-example.json): offices, their services,
// counters, opening hours and closure days, settings and wedding rooms, and
// device accounts last. Keys: an office by name, a service by (office,
// prefix), a counter and a room by (office, name), a device by login. It
// creates what is missing and changes what differs, in one transaction, and
// leaves what is equal alone: a second run of the same file writes nothing
// (no change-log revisions, no audit entry).
class OrganisationSetup
{
public:
    struct Report
    {
        QStringList created; // "office/3", "service/12", "user/anzeige-mitte", …
        QStringList updated;
        // New device accounts and their passwords, to be shown once.
        QList<QPair<QString, QString>> devicePasswords;
        QString error; // names the offending entry; nothing was written then
        bool ok() const { return error.isEmpty(); }
    };

    // `devicePassword(login)`: the password a new device account gets; empty
    // for a generated one.
    OrganisationSetup(Backend &backend, std::function<QString(const QString &login)> devicePassword)
        : m_backend(backend)
        , m_devicePassword(std::move(devicePassword))
    {}

    // Applies `file`, audited as setup.apply by `actor` when anything changed.
    // Database failures throw DatabaseFailure (and roll back).
    Report apply(const QJsonObject &file, const QString &actor);

private:
    Backend &m_backend;
    std::function<QString(const QString &login)> m_devicePassword;
};
