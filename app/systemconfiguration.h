#pragma once

#include <QString>

#include <optional>

// What IT set for every user of this computer, in the settings' system scope
// (/etc/xdg/Tresen/tresen.conf on Linux). A user's own settings cannot
// override a value set here.
struct SystemConfiguration
{
    QString serverUrl;                   // server/url: the city server; empty: the user's choice
    bool demoAllowed = true;             // server/allowDemo: "This computer (demo)" offered
    QString caCertificatesPath;          // server/caCertificates: the city's own CA (PEM)
    std::optional<int> lockAfterMinutes; // session/lockAfterMinutes (0: never locks)

    static SystemConfiguration read();
};
