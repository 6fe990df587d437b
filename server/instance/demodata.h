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

// Finished days of the last `weeks` weeks (ending yesterday) at the demo's
// Bürgeramt and Standesamt (DemoHistory), so that the supervisors'
// statistics have something to show on first start: the Bürgeramt's
// visitors served by mueller, yilmaz and weber, the Standesamt's by
// schmidt. A day with tickets already (the demo used that day, or written
// before) keeps them, so a demo started again weeks later gets the days in
// between. Only on request (ServerConfig::demoHistory: the embedded demo,
// the statistics' tests): the many tests that start a demo server stay
// fast. Returns how many tickets it wrote.
int seedHistory(Backend &backend, int weeks = 8);
} // namespace DemoData
