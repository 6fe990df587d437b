#pragma once

#include <QList>
#include <QString>

struct Backend;

// Believable data for a demo or a training room: one Bürgeramt and one
// Standesamt with their services and counters, and a few users.
namespace DemoData {
struct Login
{
    QString login;
    QString password;
    QString roles;
};

// What a database holds, as far as --demo is concerned.
enum class Contents {
    Empty,   // no offices: the demo may fill it
    Demo,    // filled by the demo (server_info "demo-data"): it may be used again
    CityData // a city's own organisation: the demo never touches it
};
Contents contents(Backend &backend);
// Marks the database as the demo's (for the embedded demo's own file, filled
// before demo databases were marked).
void markAsDemo(Backend &backend);

// Fills a database that has no offices yet and marks it as the demo's;
// returns the demo logins (empty when there was something already). A user
// that exists already keeps its password and roles.
QList<Login> seedIfEmpty(Backend &backend);
} // namespace DemoData
