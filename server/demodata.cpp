#include "server/demodata.h"

#include "server/backend.h"

#include <QDateTime>

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

struct HoursSeed
{
    int weekday; // 1 = Monday
    int opens;   // minutes after midnight
    int closes;
};

const HoursSeed kBuergeramtHours[] = {
    {1, 8 * 60, 16 * 60}, {2, 8 * 60, 16 * 60}, {3, 8 * 60, 16 * 60},
    {4, 8 * 60, 18 * 60}, {5, 8 * 60, 13 * 60},
};

const HoursSeed kStandesamtHours[] = {
    {1, 8 * 60 + 30, 15 * 60}, {2, 8 * 60 + 30, 15 * 60}, {3, 8 * 60 + 30, 15 * 60},
    {4, 8 * 60 + 30, 17 * 60}, {5, 8 * 60 + 30, 12 * 60},
};

// First and last names in lists of coprime length: 221 different people
// before a name comes round again.
const char *const kFirstNames[] = {
    "Sabine", "Mehmet", "Lena",   "Tomasz", "Claudia", "Yusuf", "Julia",
    "Ivana",  "Stefan", "Fatima", "Markus", "Olga",    "Ahmad",
};
const char *const kLastNames[] = {
    "Krüger", "Aydın",  "Hoffmann",  "Nowak",  "Becker",  "Demir",
    "Wagner", "Horvat", "Richter",   "Haddad", "Neumann", "Schneider",
    "Karimi", "Lange",  "Papadakis", "Schulz", "Çelik",
};

// A believable week ahead: every third slot of the bookable services taken,
// today's first ones already behind us so that check-in has something to do.
void seedAppointments(Backend &backend, qint64 officeId)
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(backend.clock()).date();
    int citizen = 0;
    int daysSeeded = 0;
    for (QDate day = today; daysSeeded < 5; day = day.addDays(1)) {
        const auto hours = backend.appointments.openingHours(officeId, day.dayOfWeek());
        if (!hours)
            continue;
        ++daysSeeded;
        for (const QJsonValue &value : backend.directory.services(officeId)) {
            const QJsonObject service = value.toObject();
            if (!service.value(u"bookableOnline"_s).toBool())
                continue;
            const int minutes = service.value(u"typicalMinutes"_s).toInt();
            const QList<qint64> starts = slotStarts(day, *hours, minutes);
            for (qsizetype i = citizen % 3; i < starts.size(); i += 3) {
                Appointment a;
                a.officeId = QString::number(officeId);
                a.serviceId = service.value(u"id"_s).toString();
                a.startsAt = starts.at(i);
                a.durationMinutes = minutes;
                a.source = citizen % 4 == 0 ? AppointmentSource::Phone : AppointmentSource::Online;
                a.name = QString::fromUtf8(kFirstNames[citizen % std::size(kFirstNames)]) + u' ' +
                         QString::fromUtf8(kLastNames[citizen % std::size(kLastNames)]);
                a.email = a.source == AppointmentSource::Online
                              ? a.name.section(u' ', -1).toLower() + u"@example.org"_s
                              : QString();
                a.phone = a.source == AppointmentSource::Phone
                              ? u"0151 2345 %1"_s.arg(1000 + citizen)
                              : QString();
                backend.appointments.create(a);
                ++citizen;
            }
        }
    }
}

void seedOffice(Backend &backend, const QString &name, const QString &kind, const QString &address,
                const auto &services, const auto &counters, const auto &hours)
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
    for (const HoursSeed &day : hours)
        backend.appointments.setOpeningHours(officeId, day.weekday, {day.opens, day.closes});
    seedAppointments(backend, officeId);
}
} // namespace

QList<DemoData::Login> DemoData::seedIfEmpty(Backend &backend)
{
    if (backend.directory.hasOffices())
        return {};
    Transaction transaction(backend.db);
    seedOffice(backend, u"Bürgeramt Mitte"_s, u"buergeramt"_s, u"Marktplatz 1, 12345 Musterstadt"_s,
               kBuergeramtServices, kBuergeramtCounters, kBuergeramtHours);
    seedOffice(backend, u"Standesamt"_s, u"standesamt"_s, u"Marktplatz 3, 12345 Musterstadt"_s,
               kStandesamtServices, kStandesamtCounters, kStandesamtHours);
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
