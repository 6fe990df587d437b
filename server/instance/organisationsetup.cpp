#include "server/instance/organisationsetup.h"

#include "server/auth/passwordpolicy.h"
#include "server/instance/backend.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTime>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
const QStringList kWeekdayKeys{u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s,
                               u"fri"_s, u"sat"_s, u"sun"_s};

// A file that is not what setup takes: `message` names the entry.
struct SetupError
{
    QString message;
};

[[noreturn]] void fail(const QString &where, const QString &what)
{
    throw SetupError{where + u": "_s + what};
}

QString text(const QJsonObject &object, const QString &key, const QString &where, int maxLength,
             std::optional<QString> fallback = std::nullopt)
{
    if (!object.contains(key)) {
        if (!fallback)
            fail(where, u"%1 is required"_s.arg(key));
        return *fallback;
    }
    const QJsonValue value = object.value(key);
    const QString trimmed = value.toString().trimmed();
    if (!value.isString() || (!fallback && trimmed.isEmpty()) || trimmed.size() > maxLength)
        fail(where, u"%1 must be text of at most %2 characters"_s.arg(key).arg(maxLength));
    return trimmed;
}

int whole(const QJsonObject &object, const QString &key, const QString &where, int min, int max,
          std::optional<int> fallback = std::nullopt)
{
    if (!object.contains(key)) {
        if (!fallback)
            fail(where, u"%1 is required"_s.arg(key));
        return *fallback;
    }
    const QJsonValue value = object.value(key);
    if (!value.isDouble() || value.toDouble() != value.toInt() || value.toInt() < min ||
        value.toInt() > max)
        fail(where, u"%1 must be a whole number from %2 to %3"_s.arg(key).arg(min).arg(max));
    return value.toInt();
}

bool flag(const QJsonObject &object, const QString &key, const QString &where, bool fallback)
{
    if (!object.contains(key))
        return fallback;
    if (!object.value(key).isBool())
        fail(where, u"%1 must be true or false"_s.arg(key));
    return object.value(key).toBool();
}

QJsonArray list(const QJsonObject &object, const QString &key, const QString &where)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return {};
    if (!value.isArray())
        fail(where, u"%1 must be a list"_s.arg(key));
    return value.toArray();
}

QJsonObject entry(const QJsonValue &value, const QString &where)
{
    if (!value.isObject())
        fail(where, u"must be an object"_s);
    return value.toObject();
}

int minuteOfDay(const QJsonObject &object, const QString &key, const QString &where)
{
    const QTime time = QTime::fromString(object.value(key).toString(), u"HH:mm"_s);
    if (!object.value(key).isString() || !time.isValid())
        fail(where, u"%1 must be a time HH:MM"_s.arg(key));
    return time.hour() * 60 + time.minute();
}

QString generatedPassword()
{
    // No 0/O, 1/l/I: it is read off a screen and typed into a device.
    static const QString alphabet = u"abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"_s;
    QString password;
    for (int i = 0; i < 20; ++i)
        password.append(alphabet.at(QRandomGenerator::system()->bounded(alphabet.size())));
    return password;
}

// What one run changed, as the audit entry tells it: per subject the fields
// before and after.
class ChangeRecord
{
public:
    void created(const QString &subject, const QJsonObject &fields)
    {
        m_created.append(subject);
        m_after.insert(subject, fields);
    }
    // Records the fields of `after` that differ from `before`; false when none do.
    bool updated(const QString &subject, const QJsonObject &before, const QJsonObject &after)
    {
        QJsonObject was;
        QJsonObject is;
        for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
            if (before.value(it.key()) != it.value()) {
                was.insert(it.key(), before.value(it.key()));
                is.insert(it.key(), it.value());
            }
        }
        if (is.isEmpty())
            return false;
        m_updated.append(subject);
        m_before.insert(subject, was);
        m_after.insert(subject, is);
        return true;
    }
    QStringList createdSubjects() const { return m_created; }
    QStringList updatedSubjects() const { return m_updated; }
    bool isEmpty() const { return m_created.isEmpty() && m_updated.isEmpty(); }
    QString detail() const
    {
        return QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"before"_s, m_before}, {u"after"_s, m_after}})
                .toJson(QJsonDocument::Compact));
    }

private:
    QStringList m_created;
    QStringList m_updated;
    QJsonObject m_before;
    QJsonObject m_after;
};

// One run over the file, inside the caller's transaction.
class SetupRun
{
public:
    SetupRun(Backend &b, const std::function<QString(const QString &)> &devicePassword,
             OrganisationSetup::Report &report)
        : m_b(b)
        , m_devicePassword(devicePassword)
        , m_report(report)
    {}

    void run(const QJsonObject &file)
    {
        const QJsonArray offices = list(file, u"offices"_s, u"the file"_s);
        QSet<QString> names;
        for (qsizetype i = 0; i < offices.size(); ++i) {
            const QString where = u"offices[%1]"_s.arg(i);
            const QJsonObject office = entry(offices.at(i), where);
            const QString name = text(office, u"name"_s, where, 100);
            if (names.contains(name))
                fail(where, u"another office is called \"%1\" too"_s.arg(name));
            names.insert(name);
            applyOffice(office, u"%1 \"%2\""_s.arg(where, name));
        }
        const QJsonArray devices = list(file, u"devices"_s, u"the file"_s);
        for (qsizetype i = 0; i < devices.size(); ++i)
            applyDevice(entry(devices.at(i), u"devices[%1]"_s.arg(i)), u"devices[%1]"_s.arg(i));
    }

    ChangeRecord changes;

private:
    void applyOffice(const QJsonObject &o, const QString &where)
    {
        const QString name = text(o, u"name"_s, where, 100);
        const QString kind = text(o, u"kind"_s, where, 20);
        if (kind != u"buergeramt"_s && kind != u"standesamt"_s)
            fail(where, u"kind must be buergeramt or standesamt"_s);
        const QString timeZone = text(o, u"timeZone"_s, where, 64, u"Europe/Berlin"_s);
        if (!QTimeZone(timeZone.toUtf8()).isValid())
            fail(where, u"timeZone \"%1\" is no IANA time zone"_s.arg(timeZone));
        const QJsonObject desired{
            {u"name"_s, name},
            {u"kind"_s, kind},
            {u"address"_s, text(o, u"address"_s, where, 300, QString())},
            {u"timeZone"_s, timeZone},
            {u"waitTargetMinutes"_s, whole(o, u"waitTargetMinutes"_s, where, 1, 600, 30)},
            {u"active"_s, flag(o, u"active"_s, where, true)},
        };
        auto id = m_b.directory.officeByName(name);
        if (!id) {
            id = m_b.directory.addOffice(name, kind, desired[u"address"_s].toString(), timeZone,
                                         desired[u"waitTargetMinutes"_s].toInt());
            if (!desired[u"active"_s].toBool())
                m_b.directory.updateOffice(*id, {{u"active"_s, 0}});
            changes.created(u"office/%1"_s.arg(*id), desired);
        } else {
            const QJsonObject current = *m_b.directory.office(*id);
            if (!desired[u"active"_s].toBool() && current[u"active"_s].toBool()) {
                const int open = m_b.directory.openTicketsOfOffice(*id) +
                                 m_b.directory.futureAppointmentsOfOffice(*id, m_b.clock());
                if (open > 0)
                    fail(where, u"cannot be retired: %1 open ticket(s) or coming "
                                "appointment(s)"_s.arg(open));
            }
            if (changes.updated(u"office/%1"_s.arg(*id), current, desired)) {
                m_b.directory.updateOffice(
                    *id, {{u"kind"_s, kind},
                          {u"address"_s, desired[u"address"_s].toString()},
                          {u"time_zone"_s, timeZone},
                          {u"wait_target_minutes"_s, desired[u"waitTargetMinutes"_s].toInt()},
                          {u"active"_s, desired[u"active"_s].toBool() ? 1 : 0}});
            }
        }
        const QJsonArray services = list(o, u"services"_s, where);
        QSet<QString> prefixes;
        for (qsizetype i = 0; i < services.size(); ++i) {
            const QString at = u"%1, services[%2]"_s.arg(where).arg(i);
            const QJsonObject service = entry(services.at(i), at);
            const QString prefix = text(service, u"prefix"_s, at, 2);
            if (prefixes.contains(prefix))
                fail(at, u"another service of the office has the prefix %1"_s.arg(prefix));
            prefixes.insert(prefix);
            applyService(*id, service, u"%1 \"%2\""_s.arg(at, prefix));
        }
        const QJsonArray counters = list(o, u"counters"_s, where);
        QSet<QString> counterNames;
        for (qsizetype i = 0; i < counters.size(); ++i) {
            const QString at = u"%1, counters[%2]"_s.arg(where).arg(i);
            const QJsonObject counter = entry(counters.at(i), at);
            const QString counterName = text(counter, u"name"_s, at, 60);
            if (counterNames.contains(counterName))
                fail(at, u"another counter of the office is called %1"_s.arg(counterName));
            counterNames.insert(counterName);
            applyCounter(*id, counter, u"%1 \"%2\""_s.arg(at, counterName));
        }
        if (o.contains(u"openingHours"_s))
            applyHours(*id, entry(o.value(u"openingHours"_s), where + u", openingHours"_s),
                       where + u", openingHours"_s);
        if (o.contains(u"settings"_s))
            applySettings(*id, entry(o.value(u"settings"_s), where + u", settings"_s),
                          where + u", settings"_s);
        const QJsonArray rooms = list(o, u"weddingRooms"_s, where);
        if (!rooms.isEmpty() && kind != u"standesamt"_s)
            fail(where, u"wedding rooms belong to a Standesamt (kind standesamt)"_s);
        QSet<QString> roomNames;
        for (qsizetype i = 0; i < rooms.size(); ++i) {
            const QString at = u"%1, weddingRooms[%2]"_s.arg(where).arg(i);
            const QJsonObject room = entry(rooms.at(i), at);
            const QString roomName = text(room, u"name"_s, at, 100);
            if (roomNames.contains(roomName))
                fail(at, u"another room of the office is called %1"_s.arg(roomName));
            roomNames.insert(roomName);
            applyRoom(*id, room, u"%1 \"%2\""_s.arg(at, roomName));
        }
    }

    void applyService(qint64 officeId, const QJsonObject &s, const QString &where)
    {
        static const QRegularExpression prefixPattern(u"^[A-Z]{1,2}\\z"_s);
        const QString prefix = text(s, u"prefix"_s, where, 2);
        if (!prefixPattern.match(prefix).hasMatch())
            fail(where, u"prefix must be one or two capital letters"_s);
        const QJsonObject desired{
            {u"name"_s, text(s, u"name"_s, where, 100)},
            {u"prefix"_s, prefix},
            {u"typicalMinutes"_s, whole(s, u"typicalMinutes"_s, where, 1, 480)},
            {u"bookableOnline"_s, flag(s, u"bookableOnline"_s, where, false)},
            {u"active"_s, flag(s, u"active"_s, where, true)},
        };
        auto id = m_b.directory.serviceByPrefix(officeId, prefix);
        if (!id) {
            id = m_b.directory.addService(officeId, desired[u"name"_s].toString(), prefix,
                                          desired[u"typicalMinutes"_s].toInt(),
                                          desired[u"bookableOnline"_s].toBool());
            if (!desired[u"active"_s].toBool())
                m_b.directory.updateService(*id, {{u"active"_s, 0}});
            changes.created(u"service/%1"_s.arg(*id), desired);
            return;
        }
        const QJsonObject current = *m_b.directory.service(*id);
        if (!desired[u"active"_s].toBool() && current[u"active"_s].toBool()) {
            const int open = m_b.directory.waitingTicketsOfService(*id) +
                             m_b.directory.futureAppointmentsOfService(*id, m_b.clock());
            if (open > 0)
                fail(where,
                     u"cannot be retired: %1 open ticket(s) or coming appointment(s)"_s.arg(open));
        }
        if (changes.updated(u"service/%1"_s.arg(*id), current, desired)) {
            m_b.directory.updateService(
                *id, {{u"name"_s, desired[u"name"_s].toString()},
                      {u"typical_minutes"_s, desired[u"typicalMinutes"_s].toInt()},
                      {u"bookable_online"_s, desired[u"bookableOnline"_s].toBool() ? 1 : 0},
                      {u"active"_s, desired[u"active"_s].toBool() ? 1 : 0}});
        }
    }

    void applyCounter(qint64 officeId, const QJsonObject &c, const QString &where)
    {
        const QString name = text(c, u"name"_s, where, 60);
        QList<qint64> serviceIds;
        for (const QJsonValue &prefix : list(c, u"services"_s, where)) {
            const auto serviceId = m_b.directory.serviceByPrefix(officeId, prefix.toString());
            if (!prefix.isString() || !serviceId)
                fail(where,
                     u"the office has no service with the prefix \"%1\""_s.arg(prefix.toString()));
            if (!serviceIds.contains(*serviceId))
                serviceIds.append(*serviceId);
        }
        std::sort(serviceIds.begin(), serviceIds.end());
        QJsonArray serviceIdTexts;
        for (const qint64 serviceId : std::as_const(serviceIds))
            serviceIdTexts.append(QString::number(serviceId));
        const bool active = flag(c, u"active"_s, where, true);
        const QJsonObject desired{
            {u"name"_s, name}, {u"serviceIds"_s, serviceIdTexts}, {u"active"_s, active}};
        const auto id = m_b.directory.counterByName(officeId, name);
        if (!id) {
            const qint64 created = m_b.directory.addCounter(officeId, name, serviceIds);
            if (!active)
                m_b.directory.updateCounter(created, std::nullopt, std::nullopt, false);
            changes.created(u"counter/%1"_s.arg(created), desired);
            return;
        }
        const QJsonObject current = *m_b.directory.counter(*id);
        if (!active && current[u"active"_s].toBool()) {
            if (const int busy = m_b.directory.busyTicketsOfCounter(*id))
                fail(where, u"cannot be retired: %1 called or serving ticket(s)"_s.arg(busy));
        }
        if (changes.updated(u"counter/%1"_s.arg(*id), current, desired)) {
            const bool servicesDiffer = current[u"serviceIds"_s] != desired[u"serviceIds"_s];
            m_b.directory.updateCounter(*id, std::nullopt,
                                        servicesDiffer ? std::optional(serviceIds) : std::nullopt,
                                        active);
        }
    }

    QJsonObject hours(qint64 officeId)
    {
        QJsonObject json;
        for (int weekday = 1; weekday <= 7; ++weekday)
            json.insert(kWeekdayKeys.at(weekday - 1),
                        dayHoursText(m_b.appointments.openingHours(officeId, weekday)));
        QJsonArray closed;
        for (const QDate &day : m_b.appointments.closedDays(officeId))
            closed.append(day.toString(Qt::ISODate));
        json.insert(u"closed"_s, closed);
        return json;
    }

    void applyHours(qint64 officeId, const QJsonObject &h, const QString &where)
    {
        QList<QList<OpeningHours>> week;
        QJsonObject desired;
        for (const QString &key : kWeekdayKeys) {
            const QString day = text(h, key, where, 200, QString());
            QString why;
            const auto ranges = parseDayHours(day, &why);
            if (!ranges)
                fail(where, key + u": "_s + why);
            week.append(*ranges);
            desired.insert(key, dayHoursText(*ranges));
        }
        QList<QDate> closed;
        for (const QJsonValue &item : list(h, u"closed"_s, where)) {
            const QDate day = QDate::fromString(item.toString(), Qt::ISODate);
            if (!item.isString() || !day.isValid() || item.toString().size() != 10)
                fail(where, u"closed: \"%1\" is not a date YYYY-MM-DD"_s.arg(item.toString()));
            if (!closed.contains(day))
                closed.append(day);
        }
        std::sort(closed.begin(), closed.end());
        QJsonArray closedTexts;
        for (const QDate &day : std::as_const(closed))
            closedTexts.append(day.toString(Qt::ISODate));
        desired.insert(u"closed"_s, closedTexts);
        const QJsonObject current = hours(officeId);
        const QList<QDate> wasClosed = m_b.appointments.closedDays(officeId);
        for (const QDate &day : std::as_const(closed)) {
            if (wasClosed.contains(day))
                continue;
            if (const int bookings = m_b.appointments.bookingsOn(officeId, day))
                fail(where, u"%1 holds %2 booking(s); move or cancel them before closing the "
                            "day"_s.arg(day.toString(Qt::ISODate))
                                .arg(bookings));
        }
        if (!changes.updated(u"office/%1/opening-hours"_s.arg(officeId), current, desired))
            return;
        m_b.appointments.countHoursVersionUp(officeId);
        for (int weekday = 1; weekday <= 7; ++weekday)
            m_b.appointments.setDayHours(officeId, weekday, week.at(weekday - 1));
        m_b.appointments.setClosedDays(officeId, closed);
    }

    void applySettings(qint64 officeId, const QJsonObject &s, const QString &where)
    {
        const auto setting = [&](const QString &key, int min, int max) -> std::optional<int> {
            if (s.value(key).isNull() || s.value(key).isUndefined())
                return std::nullopt;
            return whole(s, key, where, min, max);
        };
        OfficeSettingValues desired;
        desired.noShowAfterCalls = setting(u"noShowAfterCalls"_s, 1, 10);
        desired.reservationDays = setting(u"reservationDays"_s, 1, 365);
        desired.retentionDays = setting(u"retentionDays"_s, 0, 3650);
        desired.registrationLeadDays = setting(u"registrationLeadDays"_s, 0, 365);
        if (const QJsonValue policy = s.value(u"dispatchPolicy"_s);
            !policy.isNull() && !policy.isUndefined()) {
            desired.dispatchPolicy = dispatchPolicyFromName(policy.toString());
            if (!desired.dispatchPolicy)
                fail(where, u"dispatchPolicy must be \"fifo\", \"zms\", \"tresen\" or null"_s);
        }
        const OfficeSettingValues current = m_b.officeSettings.stored(officeId);
        if (changes.updated(u"office/%1/settings"_s.arg(officeId), current.toJson(),
                            desired.toJson())) {
            m_b.officeSettings.countVersionUp(officeId);
            m_b.officeSettings.store(officeId, desired);
        }
    }

    void applyRoom(qint64 officeId, const QJsonObject &r, const QString &where)
    {
        WeddingRoom room;
        room.officeId = officeId;
        room.name = text(r, u"name"_s, where, 100);
        room.guests = whole(r, u"guests"_s, where, 1, 1000);
        for (const QJsonValue &day : list(r, u"weekdays"_s, where)) {
            if (!day.isDouble() || day.toInt() < 1 || day.toInt() > 7 ||
                room.weekdays.contains(day.toInt()))
                fail(where, u"weekdays must be days from 1 (Monday) to 7 (Sunday)"_s);
            room.weekdays.append(day.toInt());
        }
        std::sort(room.weekdays.begin(), room.weekdays.end());
        room.firstMinute = minuteOfDay(r, u"firstStart"_s, where);
        room.lastMinute = minuteOfDay(r, u"lastStart"_s, where);
        if (room.lastMinute < room.firstMinute)
            fail(where, u"lastStart must not be before firstStart"_s);
        room.slotMinutes = whole(r, u"slotMinutes"_s, where, 10, 480);
        room.active = flag(r, u"active"_s, where, true);
        QJsonObject desired = room.toJson();
        desired.remove(u"id"_s);
        desired.remove(u"version"_s);
        const auto id = m_b.weddings.roomByName(officeId, room.name);
        if (!id) {
            room.id = m_b.weddings.addRoom(room);
            if (!room.active)
                m_b.weddings.updateRoom(room);
            changes.created(u"wedding-room/%1"_s.arg(room.id), desired);
            return;
        }
        room.id = *id;
        const WeddingRoom current = *m_b.weddings.room(*id);
        if (!room.active && current.active) {
            if (const int held = m_b.weddings.heldBookingsOfRoom(room.id, m_b.clock()))
                fail(where, u"cannot be retired: it holds %1 coming wedding(s)"_s.arg(held));
        }
        if (changes.updated(u"wedding-room/%1"_s.arg(room.id), current.toJson(), desired))
            m_b.weddings.updateRoom(room);
    }

    void applyDevice(const QJsonObject &d, const QString &where)
    {
        static const QRegularExpression loginPattern(u"^[a-z0-9][a-z0-9._-]{1,59}\\z"_s);
        const QString login = text(d, u"login"_s, where, 60);
        if (!loginPattern.match(login).hasMatch())
            fail(where, u"login must be lower-case letters, digits, '.', '_' or '-'"_s);
        if (d.contains(u"password"_s))
            fail(where, u"a password never goes into the file (see docs/admin-guide.md)"_s);
        const QString roleName = text(d, u"role"_s, where, 20);
        const Roles roles = roleName == u"display"_s ? Roles(Role::Display)
                            : roleName == u"kiosk"_s ? Roles(Role::Kiosk)
                                                     : Roles();
        if (!roles)
            fail(where, u"role must be display or kiosk"_s);
        const QString name = text(d, u"name"_s, where, 100, login);
        // A device serves one office: without one it would serve them all.
        const QString officeName = text(d, u"office"_s, where, 200);
        const auto officeId = m_b.directory.officeByName(officeName);
        if (!officeId)
            fail(where,
                 u"office \"%1\" is neither in the file nor in the database"_s.arg(officeName));
        // An account that exists is someone's: setup never changes its
        // password or roles.
        if (m_b.users.findByLogin(login))
            return;
        QString password = m_devicePassword ? m_devicePassword(login) : QString();
        if (password.isEmpty()) {
            password = generatedPassword();
            m_report.devicePasswords.append({login, password});
        } else if (const QString weak = PasswordPolicy::problem(password, login); !weak.isEmpty()) {
            fail(where, u"the password from the environment is refused: %1"_s.arg(weak));
        }
        m_b.users.addOrUpdate(login, name, roles, password, {*officeId});
        changes.created(u"user/%1"_s.arg(login), {{u"login"_s, login},
                                                  {u"name"_s, name},
                                                  {u"roles"_s, roleName},
                                                  {u"office"_s, officeName}});
    }

    Backend &m_b;
    const std::function<QString(const QString &)> &m_devicePassword;
    OrganisationSetup::Report &m_report;
};
} // namespace

OrganisationSetup::Report OrganisationSetup::apply(const QJsonObject &file, const QString &actor)
{
    Report report;
    Transaction transaction(m_backend.db);
    SetupRun run(m_backend, m_devicePassword, report);
    try {
        run.run(file);
    } catch (const SetupError &error) {
        report.error = error.message; // the transaction rolls back
        report.devicePasswords.clear();
        return report;
    }
    if (!run.changes.isEmpty())
        m_backend.auditLog.record(actor, u"setup.apply"_s, u"setup"_s, run.changes.detail());
    transaction.commit();
    report.created = run.changes.createdSubjects();
    report.updated = run.changes.updatedSubjects();
    return report;
}
