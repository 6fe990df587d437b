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

// Fills a database that has no offices yet; returns the demo logins (empty
// when there was something already).
QList<Login> seedIfEmpty(Backend &backend);
} // namespace DemoData
