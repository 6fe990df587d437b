#include "server/instance/demodata.h"

#include "server/instance/backend.h"
#include "server/instance/demohistory.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
struct ServiceSeed
{
    const char *prefix;
    const char *name;
    int typicalMinutes;
    bool bookableOnline;
    const char *bringAlong = ""; // the confirmation letter's list, one item a line
    const char *confirmationNote = "";
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

const char *const kBuergeramtCancel =
    "Sie können nicht kommen? Bitte sagen Sie ab oder verschieben Sie den Termin mit Ihrem "
    "Buchungscode unter www.musterstadt.de/termine, telefonisch unter 0123 456-100 oder hier am "
    "Schalter, damit jemand anderes den Termin bekommt.";
const char *const kStandesamtCancel =
    "Sie können nicht kommen? Bitte sagen Sie ab oder verschieben Sie den Termin mit Ihrem "
    "Buchungscode telefonisch beim Standesamt unter 0123 456-300 oder per E-Mail an "
    "standesamt@musterstadt.de.";

const ServiceSeed kBuergeramtServices[] = {
    {"A", "Personalausweis beantragen", 15, true,
     "ein aktuelles biometrisches Passfoto (35 × 45 mm, nicht älter als sechs Monate)\n"
     "Ihren bisherigen Personalausweis (oder Reisepass)\n"
     "bei Minderjährigen: beide Sorgeberechtigten oder deren schriftliche Zustimmung\n"
     "die Gebühr von 37,00 € (unter 24 Jahren 22,80 €), mit Karte oder bar",
     kBuergeramtCancel},
    {"B", "Reisepass beantragen", 15, true,
     "ein aktuelles biometrisches Passfoto (35 × 45 mm, nicht älter als sechs Monate)\n"
     "Ihren bisherigen Reisepass und Ihren Personalausweis\n"
     "bei Minderjährigen: die Geburtsurkunde und die Zustimmung beider Sorgeberechtigten\n"
     "die Gebühr von 70,00 € (unter 24 Jahren 37,50 €), mit Karte oder bar",
     kBuergeramtCancel},
    {"C", "Wohnsitz anmelden oder ummelden", 10, true,
     "Ihren Personalausweis oder Reisepass\n"
     "die Wohnungsgeberbestätigung Ihrer Vermieterin oder Ihres Vermieters\n"
     "die Ausweise aller Familienangehörigen, die mit umziehen",
     kBuergeramtCancel},
    {"D", "Wunschkennzeichen und Zulassung", 20, true,
     "Ihren Personalausweis oder Reisepass\n"
     "die Zulassungsbescheinigung Teil I und Teil II\n"
     "den Nachweis der letzten Hauptuntersuchung\n"
     "die eVB-Nummer Ihrer Kfz-Versicherung\n"
     "ein SEPA-Lastschriftmandat für die Kfz-Steuer",
     kBuergeramtCancel},
    {"E", "Führungszeugnis beantragen", 5, false,
     "Ihren Personalausweis oder Reisepass\n"
     "die Gebühr von 13,00 €",
     kBuergeramtCancel},
    {"F", "Meldebescheinigung", 5, false, "Ihren Personalausweis oder Reisepass",
     kBuergeramtCancel},
    {"G", "Ausweisdokumente abholen", 3, false,
     "den Abholschein\n"
     "Ihr bisheriges Dokument (es wird entwertet)",
     kBuergeramtCancel},
};

// Residents' parking permits (walk-in only), added after the Standesamt's
// services so that the services of before keep their ids.
const ServiceSeed kParkingPermit = {
    "P",
    "Bewohnerparkausweis",
    10,
    false,
    "Ihren Personalausweis oder Reisepass (mit der Anschrift im Parkgebiet)\n"
    "die Zulassungsbescheinigung Teil I des Fahrzeugs\n"
    "bei einem Firmen- oder geliehenen Wagen: die Überlassungserklärung\n"
    "die Gebühr von 30,70 € für ein Jahr, mit Karte oder bar",
    kBuergeramtCancel};

const ServiceSeed kStandesamtServices[] = {
    {"S", "Anmeldung zur Eheschließung", 45, true,
     "die Personalausweise oder Reisepässe beider Verlobten\n"
     "beglaubigte Abschriften aus dem Geburtenregister (nicht älter als sechs Monate)\n"
     "nach einer früheren Ehe: den Nachweis, dass sie aufgelöst ist",
     kStandesamtCancel},
    {"U", "Urkunden (Geburt, Ehe, Sterbefall)", 10, false,
     "Ihren Personalausweis oder Reisepass\n"
     "für Urkunden anderer Personen: eine Vollmacht",
     kStandesamtCancel},
    {"N", "Namenserklärung", 20, true,
     "die Personalausweise oder Reisepässe aller Erklärenden\n"
     "die Heiratsurkunde oder die Geburtsurkunde des Kindes",
     kStandesamtCancel},
};

const CounterSeed kBuergeramtCounters[] = {
    {"Schalter 1", "ABCDEFGP"}, {"Schalter 2", "ABCDEFGP"}, {"Schalter 3", "ABG"},
    {"Schalter 4", "ABG"},      {"Schalter 5", "CEFP"},     {"Schalter 6", "CEFP"},
    {"Schalter 7", "D"},        {"Schalter 8", "ABCG"},
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

// The history's visitors on an average working day and who serves them, by
// the kind of office. Three clerks at the Bürgeramt's eight counters: busy
// around noon, as a Bürgeramt is.
struct HistorySeed
{
    const char *kind;
    int visitorsPerDay;
    QStringList clerks;
};

const HistorySeed kHistory[] = {
    {"buergeramt", 65, {u"mueller"_s, u"yilmaz"_s, u"weber"_s}},
    {"standesamt", 12, {u"schmidt"_s}},
};
constexpr quint32 kHistorySeed = 15;

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
        const QList<OpeningHours> ranges =
            backend.appointments.openingHours(officeId, day.dayOfWeek());
        if (ranges.isEmpty())
            continue;
        ++daysSeeded;
        for (const QJsonValue &value : backend.directory.services(officeId)) {
            const QJsonObject service = value.toObject();
            if (!service.value(u"bookableOnline"_s).toBool())
                continue;
            const int minutes = service.value(u"typicalMinutes"_s).toInt();
            QList<qint64> starts;
            for (const OpeningHours &hours : ranges)
                starts += slotStarts(day, hours, minutes);
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

struct RoomSeed
{
    const char *name;
    int guests;
    QList<int> weekdays;
    int firstMinute;
    int lastMinute;
    int slotMinutes;
};

const RoomSeed kWeddingRooms[] = {
    {"Trauzimmer im Rathaus", 30, {2, 3, 4, 5}, 10 * 60, 13 * 60, 45},
    {"Trausaal Schloss Musterstadt", 80, {6}, 11 * 60, 15 * 60, 60},
};

const char *const kFeeReferences[] = {"5.0002.000001.4", "5.0002.000002.2"};

// Eight weeks of the Traukalender: every third slot taken, the near ones
// confirmed, the middle ones registered with their papers, the far ones
// provisional reservations still waiting for papers; one Saturday blocked.
void seedWeddings(Backend &backend, qint64 officeId)
{
    for (const RoomSeed &seed : kWeddingRooms) {
        WeddingRoom room;
        room.officeId = officeId;
        room.name = QString::fromUtf8(seed.name);
        room.guests = seed.guests;
        room.weekdays = seed.weekdays;
        room.firstMinute = seed.firstMinute;
        room.lastMinute = seed.lastMinute;
        room.slotMinutes = seed.slotMinutes;
        backend.weddings.addRoom(room);
    }
    const qint64 now = backend.clock();
    const QDate today = QDateTime::fromMSecsSinceEpoch(now).date();
    backend.weddings.ensureSlots(today, today.addDays(56));
    const QList<WeddingSlot> offered = backend.weddings.slotsBetween(
        QDateTime(today.addDays(1), QTime(0, 0)).toMSecsSinceEpoch(),
        QDateTime(today.addDays(57), QTime(0, 0)).toMSecsSinceEpoch());
    bool blockedOne = false;
    int couple = 0;
    for (qsizetype i = 0; i < offered.size(); ++i) {
        const WeddingSlot &slot = offered.at(i);
        const qint64 daysAhead = (slot.startsAt - now) / (24 * 60 * 60 * 1000);
        if (!blockedOne && slot.roomId != offered.first().roomId && daysAhead > 14) {
            backend.weddings.setBlocked(slot.id.toLongLong(), true, u"Stadtfest im Schlosspark"_s);
            blockedOne = true;
            continue;
        }
        if (i % 3 != 0)
            continue;
        WeddingBooking b;
        b.slotId = slot.id;
        const int a = couple * 2;
        const int c = couple * 2 + 5;
        b.partner1 = QString::fromUtf8(kFirstNames[a % std::size(kFirstNames)]) + u' ' +
                     QString::fromUtf8(kLastNames[a % std::size(kLastNames)]);
        b.partner2 = QString::fromUtf8(kFirstNames[c % std::size(kFirstNames)]) + u' ' +
                     QString::fromUtf8(kLastNames[c % std::size(kLastNames)]);
        b.email = b.partner1.section(u' ', -1).toLower() + u"@example.org"_s;
        b.documents = WeddingDocuments::initialChecklist();
        b.expiresAt = backend.weddingPolicy.reservationExpiry(now, slot.startsAt);
        b = backend.weddings.create(b);
        if (daysAhead < 35) {
            for (const QString &key : WeddingDocuments::keys())
                b.documents.insert(key, WeddingDocuments::isRequired(key)
                                            ? DocumentState::Received
                                            : DocumentState::NotNeeded);
            b.setStatus(WeddingStatus::Registered);
            b = backend.weddings.update(b, u"wedding.registered"_s);
        } else {
            b.documents.insert(WeddingDocuments::kIdentity.toString(), DocumentState::Received);
        }
        if (daysAhead < 14) {
            b.registrar = u"schmidt"_s;
            b.feeReference = QString::fromLatin1(kFeeReferences[couple % 2]);
            b.setStatus(WeddingStatus::Confirmed);
            backend.weddings.update(b, u"wedding.confirmed"_s);
        } else if (daysAhead >= 35) {
            backend.weddings.update(b, u"wedding.updated"_s);
        }
        ++couple;
    }
}

struct SeededOffice
{
    qint64 id = 0;
    QHash<QChar, qint64> serviceIds; // by prefix
};

qint64 seedService(Backend &backend, SeededOffice &office, const ServiceSeed &service)
{
    const QString prefix = QString::fromLatin1(service.prefix);
    const qint64 id = backend.directory.addService(
        office.id, QString::fromUtf8(service.name), prefix, service.typicalMinutes,
        service.bookableOnline, QString::fromUtf8(service.bringAlong),
        QString::fromUtf8(service.confirmationNote));
    office.serviceIds.insert(prefix.at(0), id);
    return id;
}

SeededOffice seedOffice(Backend &backend, const QString &name, const QString &kind,
                        const QString &address, const auto &services)
{
    SeededOffice office;
    office.id = backend.directory.addOffice(name, kind, address);
    for (const ServiceSeed &service : services)
        seedService(backend, office, service);
    return office;
}

// The office's counters (their services seeded before), hours and appointments.
void seedCounters(Backend &backend, const SeededOffice &office, const auto &counters,
                  const auto &hours)
{
    for (const CounterSeed &counter : counters) {
        QList<qint64> served;
        for (const char *p = counter.prefixes; *p; ++p)
            served.append(office.serviceIds.value(QChar::fromLatin1(*p)));
        backend.directory.addCounter(office.id, QString::fromUtf8(counter.name), served);
    }
    for (const HoursSeed &day : hours)
        backend.appointments.setOpeningHours(office.id, day.weekday, {day.opens, day.closes});
    seedAppointments(backend, office.id);
}
} // namespace

DemoData::Contents DemoData::contents(Backend &backend)
{
    if (!backend.directory.hasOffices())
        return Contents::Empty;
    SqlRows mark = backend.db.exec(u"SELECT 1 FROM server_info WHERE key = 'demo-data'"_s);
    return mark.next() ? Contents::Demo : Contents::CityData;
}

void DemoData::markAsDemo(Backend &backend)
{
    Transaction transaction(backend.db);
    backend.db.exec(u"DELETE FROM server_info WHERE key = 'demo-data'"_s);
    backend.db.exec(u"INSERT INTO server_info (key, value) VALUES ('demo-data', ?)"_s,
                    {QDateTime::fromMSecsSinceEpoch(backend.clock()).toString(Qt::ISODate)});
    transaction.commit();
}

QList<DemoData::Login> DemoData::seedIfEmpty(Backend &backend)
{
    if (backend.directory.hasOffices())
        return {};
    Transaction transaction(backend.db);
    markAsDemo(backend);
    // Ids as they always were (tests and guides name them): the offices'
    // services first, then the parking permits, then the counters.
    SeededOffice buergeramtSeed =
        seedOffice(backend, u"Bürgeramt Mitte"_s, u"buergeramt"_s,
                   u"Marktplatz 1, 12345 Musterstadt"_s, kBuergeramtServices);
    const SeededOffice standesamtSeed =
        seedOffice(backend, u"Standesamt"_s, u"standesamt"_s, u"Marktplatz 3, 12345 Musterstadt"_s,
                   kStandesamtServices);
    seedService(backend, buergeramtSeed, kParkingPermit);
    seedCounters(backend, buergeramtSeed, kBuergeramtCounters, kBuergeramtHours);
    seedCounters(backend, standesamtSeed, kStandesamtCounters, kStandesamtHours);
    const qint64 buergeramt = buergeramtSeed.id;
    const qint64 standesamt = standesamtSeed.id;
    seedWeddings(backend, standesamt);
    QList<Login> logins;
    for (const UserSeed &user : kUsers) {
        const QString login = QString::fromLatin1(user.login);
        if (backend.users.findByLogin(login))
            continue; // someone's account: its password stays theirs
        // People work everywhere; a device belongs to one office (the Bürgeramt's
        // waiting room and entrance). The demo's passwords bypass PasswordPolicy:
        // demo data runs on loopback only.
        const bool device = user.roles & (Role::Display | Role::Kiosk);
        backend.users.addOrUpdate(login, QString::fromUtf8(user.displayName), user.roles,
                                  kDemoPassword,
                                  device ? QList<qint64>{buergeramt} : QList<qint64>{});
        logins.append({login, kDemoPassword, roleNames(user.roles).join(u", "_s)});
    }
    transaction.commit();
    backend.changes.discardRecorded(); // nobody is listening yet
    return logins;
}

int DemoData::seedHistory(Backend &backend, int weeks)
{
    int tickets = 0;
    for (const QJsonValue &value : backend.directory.offices()) {
        const QJsonObject office = value.toObject();
        const qint64 officeId = office.value(u"id"_s).toString().toLongLong();
        const QString kind = office.value(u"kind"_s).toString();
        const auto seed =
            std::find_if(std::begin(kHistory), std::end(kHistory),
                         [&kind](const HistorySeed &h) { return kind == QLatin1String(h.kind); });
        if (seed == std::end(kHistory) || !office.value(u"active"_s).toBool())
            continue;
        QTimeZone zone(office.value(u"timeZone"_s).toString().toUtf8());
        if (!zone.isValid())
            zone = QTimeZone(QByteArrayLiteral("Europe/Berlin"));
        const QDate today = QDateTime::fromMSecsSinceEpoch(backend.clock(), zone).date();
        DemoHistory::Options options;
        options.from = today.addDays(-7 * weeks);
        options.to = today.addDays(-1);
        options.visitorsPerDay = seed->visitorsPerDay;
        options.seed = kHistorySeed;
        options.clerkLogins = seed->clerks;
        options.noShowAfterCalls = backend.officeSettings.noShowAfterCalls(officeId);
        options.appointmentRetentionDays =
            backend.officeSettings.appointmentRetentionDays(officeId);
        options.now = backend.clock();
        options.estimateColumn = u"estimate_minutes"_s; // migration 14
        tickets += DemoHistory::write(backend.db, officeId, options).tickets;
    }
    return tickets;
}
