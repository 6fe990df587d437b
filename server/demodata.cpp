#include "server/demodata.h"

#include "server/backend.h"

using namespace Qt::StringLiterals;

namespace {
struct ServiceSeed
{
    const char *prefix;
    const char *name;
    int typicalMinutes;
    bool bookableOnline;
};

struct CounterSeed
{
    const char *name;
    const char *prefixes; // the services it serves, by prefix
};

struct UserSeed
{
    const char *login;
    const char *displayName;
    Roles roles;
};

const ServiceSeed kBuergeramtServices[] = {
    {"A", "Personalausweis beantragen", 15, true},
    {"B", "Reisepass beantragen", 15, true},
    {"C", "Wohnsitz anmelden oder ummelden", 10, true},
    {"D", "Wunschkennzeichen und Zulassung", 20, true},
    {"E", "Führungszeugnis beantragen", 5, false},
    {"F", "Meldebescheinigung", 5, false},
    {"G", "Ausweisdokumente abholen", 3, false},
};

const ServiceSeed kStandesamtServices[] = {
    {"S", "Anmeldung zur Eheschließung", 45, true},
    {"U", "Urkunden (Geburt, Ehe, Sterbefall)", 10, false},
    {"N", "Namenserklärung", 20, true},
};

const CounterSeed kBuergeramtCounters[] = {
    {"Schalter 1", "ABCDEFG"}, {"Schalter 2", "ABCDEFG"}, {"Schalter 3", "ABG"},
    {"Schalter 4", "ABG"},     {"Schalter 5", "CEF"},     {"Schalter 6", "CEF"},
    {"Schalter 7", "D"},       {"Schalter 8", "ABCG"},
};

const CounterSeed kStandesamtCounters[] = {
    {"Büro 1", "SUN"},
    {"Büro 2", "SUN"},
};

const UserSeed kUsers[] = {
    {"mueller", "Anna Müller", Role::Clerk},
    {"yilmaz", "Deniz Yılmaz", Role::Clerk},
    {"schmidt", "Jonas Schmidt", Role::Registrar},
    {"weber", "Petra Weber", Role::Supervisor | Role::Clerk},
    {"admin", "Systemverwaltung", Role::Admin},
    {"anzeige", "Aufrufanzeige Wartebereich", Role::Display},
    {"kiosk", "Ticketautomat Eingang", Role::Kiosk},
};

const QString kDemoPassword = u"demo"_s;

void seedOffice(Backend &backend, const QString &name, const QString &kind, const QString &address,
                const auto &services, const auto &counters)
{
    const qint64 officeId = backend.directory.addOffice(name, kind, address);
    QHash<QChar, qint64> serviceIds;
    for (const ServiceSeed &service : services) {
        const QString prefix = QString::fromLatin1(service.prefix);
        serviceIds.insert(prefix.at(0), backend.directory.addService(
                                            officeId, QString::fromUtf8(service.name), prefix,
                                            service.typicalMinutes, service.bookableOnline));
    }
    for (const CounterSeed &counter : counters) {
        QList<qint64> served;
        for (const char *p = counter.prefixes; *p; ++p)
            served.append(serviceIds.value(QChar::fromLatin1(*p)));
        backend.directory.addCounter(officeId, QString::fromUtf8(counter.name), served);
    }
}
} // namespace

QList<DemoData::Login> DemoData::seedIfEmpty(Backend &backend)
{
    if (backend.directory.hasOffices())
        return {};
    Transaction transaction(backend.db);
    seedOffice(backend, u"Bürgeramt Mitte"_s, u"buergeramt"_s, u"Marktplatz 1, 12345 Musterstadt"_s,
               kBuergeramtServices, kBuergeramtCounters);
    seedOffice(backend, u"Standesamt"_s, u"standesamt"_s, u"Marktplatz 3, 12345 Musterstadt"_s,
               kStandesamtServices, kStandesamtCounters);
    QList<Login> logins;
    for (const UserSeed &user : kUsers) {
        const QString login = QString::fromLatin1(user.login);
        backend.users.addOrUpdate(login, QString::fromUtf8(user.displayName), user.roles,
                                  kDemoPassword);
        logins.append({login, kDemoPassword, roleNames(user.roles).join(u", "_s)});
    }
    transaction.commit();
    backend.changes.discardRecorded(); // nobody is listening yet
    return logins;
}
