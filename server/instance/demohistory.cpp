#include "server/instance/demohistory.h"

#include "core/domain/appointment.h"
#include "core/domain/ticket.h"
#include "core/domain/waitestimate.h"
#include "server/storage/database.h"

#include <QDateTime>
#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <limits>
#include <numbers>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kDay = 24 * 60 * kMinute;
constexpr qint64 kNever = std::numeric_limits<qint64>::max();

// Arrivals by local hour: a morning that fills up, the peak between 11 and
// 14 o'clock, a quieter afternoon.
constexpr std::array<double, 24> kHourWeight = {
    0.2, 0.2,  0.2, 0.2,  0.2, 0.2, 0.3, 0.5, 0.7, 0.9, 1.1, 1.5,
    1.6, 1.45, 0.9, 0.75, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.2, 0.2,
};
// Monday to Friday: Mondays the busiest, Wednesdays the quietest.
constexpr std::array<double, 5> kWeekdayWeight = {1.1, 1.0, 0.9, 1.05, 0.95};

// Walk-ins: the kiosk's last ticket this long before closing; this share of
// them waited at the door and come in the first ten minutes.
constexpr int kLastWalkInMinutes = 15;
constexpr double kAtTheDoor = 0.1;
// A counter is planned to be busy this much of the day when the history
// decides how many counters a day needs (no clerk logins given).
constexpr double kPlannedUtilisation = 0.8;
// In each hour, as many of the day's counters as keep this busy.
constexpr double kHourlyUtilisation = 0.75;

struct Service
{
    qint64 id = 0;
    QString prefix;
    int typicalMinutes = 0;
    bool bookable = false;
    double share = 0;
    int capacity = 0; // a slot's places: the active counters serving it
};

struct Counter
{
    qint64 id = 0;
    QSet<qint64> services;
};

struct Range
{
    int opens = 0; // minutes after local midnight
    int closes = 0;
};

struct Office
{
    qint64 id = 0;
    QTimeZone zone;
    QList<Service> services; // those with a share
    QList<Counter> counters;
    QHash<int, QList<Range>> hours; // by weekday, 1 = Monday
    QSet<QDate> closed;
    QSet<QDate> daysWithTickets;
    double meanOpenMinutes = 0; // of the working days with hours
};

// One visitor of a day and, if they got one, their ticket as the day ended.
struct Visit
{
    int service = 0; // index into Office::services
    bool appointment = false;
    bool comes = true;    // false: a no-show
    bool checksIn = true; // an appointment: false when missed without a ticket
    qint64 issuedAt = 0;  // 0: no ticket
    qint64 dueAt = 0;     // the appointment's start
    qint64 cancelAt = 0;  // a walk-in who gives up, if still waiting by then
    double serviceMinutes = 0;
    TicketSource source = TicketSource::WalkIn;
    TicketStatus status = TicketStatus::Waiting;
    qint64 firstCalledAt = 0;
    qint64 lastCalledAt = 0;
    qint64 startedAt = 0;
    qint64 finishedAt = 0;
    int callCount = 0;
    int desk = -1;
    QString number;
    int estimateMinutes = 0;
    AppointmentSource bookedVia = AppointmentSource::Online;
    qint64 bookedAt = 0;
    qint64 ticketId = 0;

    bool hasTicket() const { return issuedAt > 0; }
};

// A counter staffed for the day.
struct Desk
{
    int counter = 0; // index into Office::counters
    QString clerk;
    qint64 freeAt = 0;
    QList<std::pair<qint64, qint64>> busy; // [call, free) of each visitor, in order
    // By local hour: at the counter (else at the desk behind, with the files).
    std::array<bool, 24> present{};
};

QVariant nullable(qint64 value)
{
    return value > 0 ? QVariant(value) : QVariant(QMetaType(QMetaType::LongLong));
}

double uniform(QRandomGenerator &rng, double from, double to)
{
    return from + (to - from) * rng.generateDouble();
}

// Log-normal around `median` (Box-Muller): most visits near it, a long tail
// of difficult ones.
double logNormal(QRandomGenerator &rng, double median, double sigma)
{
    const double u1 = std::max(rng.generateDouble(), 1e-12);
    const double u2 = rng.generateDouble();
    const double normal = std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    return median * std::exp(sigma * normal);
}

qint64 minutes(double m)
{
    return qint64(std::llround(m * double(kMinute)));
}

// A day's local minutes as instants, through the calendar (each hour of the
// day converted by the office's time zone): after the clocks changed, 8
// o'clock is another UTC hour than the week before.
class LocalDay
{
public:
    LocalDay(QDate day, const QTimeZone &zone)
    {
        for (int hour = 0; hour < 24; ++hour)
            m_hourStarts[std::size_t(hour)] =
                QDateTime(day, QTime(hour, 0), zone).toMSecsSinceEpoch();
    }
    qint64 at(double minuteOfDay) const
    {
        const int hour = std::clamp(int(minuteOfDay) / 60, 0, 23);
        return m_hourStarts[std::size_t(hour)] + minutes(minuteOfDay - hour * 60);
    }
    // The local hour of an instant of the day (0 before it, 23 after it).
    int hourOf(qint64 msecs) const
    {
        const auto it = std::upper_bound(m_hourStarts.cbegin(), m_hourStarts.cend(), msecs);
        return std::max(0, int(it - m_hourStarts.cbegin()) - 1);
    }
    qint64 hourStart(int hour) const { return m_hourStarts[std::size_t(hour)]; }

private:
    std::array<qint64, 24> m_hourStarts{};
};

// Local minutes of the day's opening ranges, weighted by kHourWeight, to
// draw arrival times from.
class ArrivalTimes
{
public:
    // Within each range, up to `endMargin` minutes before its close.
    ArrivalTimes(const QList<Range> &ranges, int endMargin)
    {
        double total = 0;
        for (const Range &range : ranges) {
            for (int minute = range.opens; minute < range.closes - endMargin; ++minute) {
                total += kHourWeight[std::size_t(std::clamp(minute / 60, 0, 23))];
                m_minutes.append(minute);
                m_cumulative.append(total);
            }
        }
    }
    bool isEmpty() const { return m_minutes.isEmpty(); }
    double draw(QRandomGenerator &rng) const
    {
        const double u = rng.generateDouble() * m_cumulative.last();
        const auto it = std::upper_bound(m_cumulative.cbegin(), m_cumulative.cend(), u);
        const qsizetype i = std::min(qsizetype(it - m_cumulative.cbegin()), m_minutes.size() - 1);
        return m_minutes.at(i) + rng.generateDouble();
    }

private:
    QList<int> m_minutes;
    QList<double> m_cumulative;
};

// Booking codes in the live ones' form (BookingCode::kAlphabet, "K7M2-9QXP"),
// made from the office, the day and the appointment's place in it by a
// bijection of 40-bit numbers: unique among the history's codes (up to 2048
// offices and 4096 appointments an office and day), and equal to a live
// one's only by a 2^-40 chance.
QString bookingCode(qint64 officeId, QDate day, int index)
{
    constexpr quint64 kMask = (quint64(1) << 40) - 1;
    quint64 x = ((quint64(day.toJulianDay()) & 0x1FFFF) << 23) |
                ((quint64(officeId) & 0x7FF) << 12) | (quint64(index) & 0xFFF);
    for (int round = 0; round < 3; ++round) {
        x = (x * 0x9E3779B97F4A7C15ULL) & kMask; // an odd factor: a bijection modulo 2^40
        x ^= x >> 19;
    }
    QString code;
    for (int i = 0; i < BookingCode::kLength; ++i) {
        if (i == BookingCode::kLength / 2)
            code += u'-';
        code += BookingCode::kAlphabet[qsizetype((x >> (5 * i)) & 31)];
    }
    return code;
}

// Rows into `table` by multi-row INSERTs of 64, 32, …, 1 rows: few round
// trips, and only a handful of statement texts, each prepared once per
// connection. `returned` reads each statement's RETURNING rows.
void insertRows(Database &db, const QString &table, const QStringList &columns,
                const QList<QVariantList> &rows, const QString &returning = {},
                const std::function<void(SqlRows &)> &returned = {})
{
    const QString row = u"("_s + QStringList(columns.size(), u"?"_s).join(u", "_s) + u')';
    qsizetype done = 0;
    for (qsizetype chunk = 64; chunk > 0; chunk /= 2) {
        QStringList valueRows(chunk, row);
        const QString sql = u"INSERT INTO %1 (%2) VALUES %3"_s.arg(table, columns.join(u", "_s),
                                                                   valueRows.join(u", "_s)) +
                            (returning.isEmpty() ? QString() : u" RETURNING "_s + returning);
        while (rows.size() - done >= chunk) {
            QVariantList values;
            values.reserve(chunk * columns.size());
            for (qsizetype i = done; i < done + chunk; ++i)
                values += rows.at(i);
            SqlRows result = db.exec(sql, values);
            if (returned)
                returned(result);
            done += chunk;
        }
    }
}

Office readOffice(Database &db, qint64 officeId, const DemoHistory::Options &options)
{
    Office office;
    office.id = officeId;
    {
        SqlRows rows = db.exec(u"SELECT time_zone FROM office WHERE id = ?"_s, {officeId});
        if (!rows.next())
            throw DatabaseFailure(u"history: there is no office %1"_s.arg(officeId));
        office.zone = QTimeZone(rows.value(0).toString().toUtf8());
    }
    if (!office.zone.isValid())
        office.zone = QTimeZone(QByteArrayLiteral("Europe/Berlin"));

    const QList<DemoHistory::ServiceShare> mix =
        options.mix.isEmpty() ? DemoHistory::typicalMix(db, officeId) : options.mix;
    {
        SqlRows rows = db.exec(u"SELECT id, prefix, typical_minutes, bookable_online FROM service "
                               "WHERE office_id = ? AND active = 1 ORDER BY prefix"_s,
                               {officeId});
        while (rows.next()) {
            Service s;
            s.id = rows.value(0).toLongLong();
            s.prefix = rows.value(1).toString();
            s.typicalMinutes = std::max(1, rows.value(2).toInt());
            s.bookable = rows.value(3).toInt() != 0;
            for (const DemoHistory::ServiceShare &share : mix) {
                if (share.serviceId == s.id)
                    s.share += std::max(0.0, share.share);
            }
            if (s.share > 0)
                office.services.append(s);
        }
    }
    {
        SqlRows rows = db.exec(u"SELECT c.id, cs.service_id FROM counter c JOIN counter_service "
                               "cs ON cs.counter_id = c.id WHERE c.office_id = ? AND c.active = 1 "
                               "ORDER BY c.id, cs.service_id"_s,
                               {officeId});
        while (rows.next()) {
            const qint64 id = rows.value(0).toLongLong();
            if (office.counters.isEmpty() || office.counters.last().id != id)
                office.counters.append(Counter{id, {}});
            office.counters.last().services.insert(rows.value(1).toLongLong());
        }
    }
    for (Service &s : office.services) {
        for (const Counter &c : std::as_const(office.counters))
            s.capacity += c.services.contains(s.id) ? 1 : 0;
    }
    {
        SqlRows rows = db.exec(u"SELECT weekday, opens_minute, closes_minute FROM office_hours "
                               "WHERE office_id = ? ORDER BY weekday, opens_minute"_s,
                               {officeId});
        while (rows.next()) {
            const Range range{rows.value(1).toInt(), rows.value(2).toInt()};
            if (range.closes > range.opens)
                office.hours[rows.value(0).toInt()].append(range);
        }
    }
    const QString from = options.from.toString(Qt::ISODate);
    const QString to = options.to.toString(Qt::ISODate);
    {
        SqlRows rows = db.exec(u"SELECT day FROM office_closure WHERE office_id = ? AND day >= ? "
                               "AND day <= ?"_s,
                               {officeId, from, to});
        while (rows.next())
            office.closed.insert(QDate::fromString(rows.value(0).toString(), Qt::ISODate));
    }
    {
        SqlRows rows = db.exec(u"SELECT DISTINCT service_day FROM ticket WHERE office_id = ? AND "
                               "service_day >= ? AND service_day <= ?"_s,
                               {officeId, from, to});
        while (rows.next())
            office.daysWithTickets.insert(QDate::fromString(rows.value(0).toString(), Qt::ISODate));
    }
    int days = 0;
    double open = 0;
    for (int weekday = 1; weekday <= 5; ++weekday) {
        const QList<Range> ranges = office.hours.value(weekday);
        if (ranges.isEmpty())
            continue;
        ++days;
        for (const Range &range : ranges)
            open += range.closes - range.opens;
    }
    office.meanOpenMinutes = days > 0 ? open / days : 0;
    return office;
}

// The counters staffed on a day: every service of the mix at one of them at
// least, then those that serve most of the mix (with some change from day
// to day, so that the counters share the work over the weeks).
QList<Desk> staffDesks(const Office &office, int count, const QStringList &logins, QDate day,
                       QRandomGenerator &rng)
{
    QList<double> score;
    for (const Counter &c : office.counters) {
        double served = 0;
        for (const Service &s : office.services)
            served += c.services.contains(s.id) ? s.share : 0;
        score.append(served > 0 ? served + uniform(rng, 0, 0.3) : -1);
    }
    QList<int> chosen;
    const auto choose = [&](const std::function<bool(int)> &eligible) {
        int best = -1;
        for (int i = 0; i < office.counters.size(); ++i) {
            if (score.at(i) >= 0 && !chosen.contains(i) && eligible(i) &&
                (best < 0 || score.at(i) > score.at(best)))
                best = i;
        }
        if (best >= 0)
            chosen.append(best);
        return best >= 0;
    };
    QList<int> byShare;
    for (int i = 0; i < office.services.size(); ++i)
        byShare.append(i);
    std::stable_sort(byShare.begin(), byShare.end(), [&](int a, int b) {
        return office.services.at(a).share > office.services.at(b).share;
    });
    for (const int s : std::as_const(byShare)) {
        if (chosen.size() >= count)
            break;
        const qint64 id = office.services.at(s).id;
        const bool covered = std::any_of(chosen.cbegin(), chosen.cend(), [&](int c) {
            return office.counters.at(c).services.contains(id);
        });
        if (!covered)
            choose([&](int c) { return office.counters.at(c).services.contains(id); });
    }
    while (chosen.size() < count && choose([](int) { return true; })) {
    }
    QList<Desk> desks;
    for (qsizetype i = 0; i < chosen.size(); ++i) {
        Desk desk;
        desk.counter = chosen.at(i);
        if (!logins.isEmpty()) // the clerks take turns at the counters
            desk.clerk = logins.at((i + day.toJulianDay()) % logins.size());
        desks.append(desk);
    }
    return desks;
}

bool serves(const Office &office, const Desk &desk, const Visit &visit)
{
    return office.counters.at(desk.counter).services.contains(office.services.at(visit.service).id);
}

// The first moment from `t` on at which the desk is at its counter.
qint64 presentFrom(const Desk &desk, const LocalDay &local, qint64 t)
{
    for (int hour = local.hourOf(t); hour < 24; ++hour) {
        if (desk.present[std::size_t(hour)])
            return std::max(t, local.hourStart(hour));
    }
    return t;
}

// Who sits at the counter when: as many clerks as each hour's expected
// visitors keep busy (at most all of them), the others at their files. So
// the queue grows when the office fills up, as it does at a Bürgeramt, and
// the quiet hours are not a wait-free idyll. After closing, everyone serves
// those still waiting.
void planHours(QList<Desk> &desks, const QList<Range> &ranges, int visitors, double cycleMinutes)
{
    std::array<double, 24> openMinutes{};
    double weighted = 0;
    for (const Range &range : ranges) {
        for (int minute = range.opens; minute < range.closes; ++minute) {
            const std::size_t hour = std::size_t(std::clamp(minute / 60, 0, 23));
            openMinutes[hour] += 1;
            weighted += kHourWeight[hour];
        }
    }
    const int closingHour = ranges.isEmpty() ? 0 : (ranges.last().closes + 59) / 60;
    for (int hour = 0; hour < 24; ++hour) {
        const std::size_t h = std::size_t(hour);
        const double expected =
            weighted > 0 ? visitors * kHourWeight[h] * openMinutes[h] / weighted : 0;
        const double work = expected * cycleMinutes / std::max(1.0, openMinutes[h]);
        const int needed =
            hour >= closingHour
                ? int(desks.size())
                : std::clamp(int(std::lround(work / kHourlyUtilisation)), 1, int(desks.size()));
        for (int d = 0; d < desks.size(); ++d)
            desks[d].present[h] = d < needed;
    }
}

// The day's queue, run by the staffed counters in the order the server's
// call-next takes tickets (TicketRepository::nextFor): appointments whose
// time has come, then the longest wait. A counter calls as soon as it is
// free and somebody it serves is waiting.
void runQueue(const Office &office, QList<Visit> &visits, QList<Desk> &desks, const LocalDay &local,
              qint64 opensAt, qint64 closesAt, int noShowAfterCalls, QRandomGenerator &rng)
{
    QList<int> waiting;
    for (int i = 0; i < visits.size(); ++i) {
        if (visits.at(i).hasTicket())
            waiting.append(i);
    }
    std::stable_sort(waiting.begin(), waiting.end(),
                     [&](int a, int b) { return visits.at(a).issuedAt < visits.at(b).issuedAt; });
    for (Desk &desk : desks)
        desk.freeAt = opensAt + minutes(uniform(rng, 0, 4));

    while (!waiting.isEmpty()) {
        int deskIndex = -1;
        qint64 at = kNever;
        for (int d = 0; d < desks.size(); ++d) {
            for (const int i : std::as_const(waiting)) {
                if (serves(office, desks.at(d), visits.at(i))) {
                    const qint64 t = presentFrom(
                        desks.at(d), local, std::max(desks.at(d).freeAt, visits.at(i).issuedAt));
                    if (t < at) {
                        at = t;
                        deskIndex = d;
                    }
                    break;
                }
            }
        }
        if (deskIndex < 0) {
            // Nobody staffed serves them (the mix keeps to staffed services,
            // so only by a caller's own mix): sent home at closing.
            for (const int i : std::as_const(waiting)) {
                Visit &v = visits[i];
                v.status = TicketStatus::Cancelled;
                v.finishedAt = std::max(closesAt, v.issuedAt + kMinute);
            }
            break;
        }
        Desk &desk = desks[deskIndex];
        // Who is first at `at`: an appointment due by then, else the longest wait.
        int chosen = -1;
        int gaveUp = -1;
        for (const int i : std::as_const(waiting)) {
            const Visit &v = visits.at(i);
            if (v.issuedAt > at)
                break;
            if (!serves(office, desk, v))
                continue;
            if (v.cancelAt > 0 && v.cancelAt <= at) {
                gaveUp = i;
                break;
            }
            const bool due = v.dueAt > 0 && v.dueAt <= at;
            const bool chosenDue =
                chosen >= 0 && visits.at(chosen).dueAt > 0 && visits.at(chosen).dueAt <= at;
            if (chosen < 0 || (due && !chosenDue))
                chosen = i;
        }
        if (gaveUp >= 0) {
            Visit &v = visits[gaveUp];
            v.status = TicketStatus::Cancelled;
            v.finishedAt = v.cancelAt;
            waiting.removeOne(gaveUp);
            continue;
        }
        Visit &v = visits[chosen];
        waiting.removeOne(chosen);
        v.desk = deskIndex;
        v.firstCalledAt = at;
        v.callCount = 1;
        qint64 callAt = at;
        if (!v.comes) {
            for (; v.callCount < noShowAfterCalls; ++v.callCount)
                callAt += minutes(uniform(rng, 1.5, 3));
            v.lastCalledAt = callAt;
            v.finishedAt = callAt + minutes(uniform(rng, 0.5, 1.5));
            v.status = TicketStatus::NoShow;
            desk.freeAt = v.finishedAt;
        } else {
            if (rng.generateDouble() < 0.06) { // did not hear the first call
                callAt += minutes(uniform(rng, 1, 2.5));
                v.callCount = 2;
            }
            v.lastCalledAt = callAt;
            v.startedAt = callAt + minutes(uniform(rng, 0.3, 1.5));
            v.finishedAt = v.startedAt + minutes(v.serviceMinutes);
            v.status = TicketStatus::Done;
            // What is left to do for the visit (a form to file, a fee to
            // book) before the next call.
            desk.freeAt = v.finishedAt + minutes(uniform(rng, 0.5, 3.0));
        }
        desk.busy.append({at, desk.freeAt});
    }
}

bool busyAt(const Desk &desk, qint64 t)
{
    const auto it = std::upper_bound(desk.busy.cbegin(), desk.busy.cend(), t,
                                     [](qint64 value, const std::pair<qint64, qint64> &interval) {
                                         return value < interval.first;
                                     });
    return it != desk.busy.cbegin() && std::prev(it)->second > t;
}

// The wait each ticket was told at issue, as the live server estimates it
// (estimateWaitMinutes): those waiting then for the same counters, the
// counters serving its service at that hour, which of them were idle.
void estimateWaits(const Office &office, QList<Visit> &visits, const QList<Desk> &desks,
                   const LocalDay &local)
{
    const qsizetype n = office.services.size();
    QList<bool> shareDesk(n * n, false);
    for (const Desk &desk : desks) {
        const QSet<qint64> &served = office.counters.at(desk.counter).services;
        for (qsizetype a = 0; a < n; ++a) {
            if (!served.contains(office.services.at(a).id))
                continue;
            for (qsizetype b = 0; b < n; ++b)
                shareDesk[a * n + b] =
                    shareDesk[a * n + b] || served.contains(office.services.at(b).id);
        }
    }
    for (Visit &v : visits) {
        if (!v.hasTicket())
            continue;
        int ahead = 0;
        for (const Visit &other : std::as_const(visits)) {
            if (&other == &v || !other.hasTicket() || other.issuedAt > v.issuedAt ||
                (other.issuedAt == v.issuedAt && &other > &v))
                continue;
            const qint64 leftQueue =
                other.firstCalledAt > 0 ? other.firstCalledAt : other.finishedAt;
            if (leftQueue > v.issuedAt && shareDesk[v.service * n + other.service])
                ++ahead;
        }
        int staffed = 0;
        int idle = 0;
        const std::size_t hour = std::size_t(local.hourOf(v.issuedAt));
        for (const Desk &desk : desks) {
            if (!desk.present[hour] || !serves(office, desk, v))
                continue;
            ++staffed;
            idle += busyAt(desk, v.issuedAt) ? 0 : 1;
        }
        v.estimateMinutes = estimateWaitMinutes(
            {ahead, staffed, idle, double(office.services.at(v.service).typicalMinutes)});
    }
}

// One working day of the office: its visitors, their tickets and
// appointments, simulated and written.
DemoHistory::Written writeDay(Database &db, const Office &office, QDate day,
                              const DemoHistory::Options &options)
{
    const QList<Range> ranges = office.hours.value(day.dayOfWeek());
    const std::array<quint32, 4> seedData = {options.seed, quint32(office.id),
                                             quint32(quint64(office.id) >> 32),
                                             quint32(day.toJulianDay())};
    QRandomGenerator rng(seedData.data(), qsizetype(seedData.size()));
    const LocalDay local(day, office.zone);
    const ArrivalTimes walkInTimes(ranges, kLastWalkInMinutes);
    if (walkInTimes.isEmpty())
        return {};

    double openMinutes = 0;
    for (const Range &range : ranges)
        openMinutes += range.closes - range.opens;
    const double meanWeekday =
        std::accumulate(kWeekdayWeight.cbegin(), kWeekdayWeight.cend(), 0.0) / 5;
    const int visitors = int(std::lround(
        options.visitorsPerDay * openMinutes / office.meanOpenMinutes *
        kWeekdayWeight[std::size_t(day.dayOfWeek() - 1)] / meanWeekday * uniform(rng, 0.88, 1.12)));

    // Staff: the given clerks, or as many counters as the expected work needs.
    double shares = 0;
    double meanMinutes = 0;
    for (const Service &s : office.services) {
        shares += s.share;
        meanMinutes += s.share * s.typicalMinutes;
    }
    meanMinutes = meanMinutes / shares + 2.7; // the way to the counter, what is left after
    const int needed = int(std::ceil(visitors * (1 - options.noShowShare) * meanMinutes /
                                     (openMinutes * kPlannedUtilisation)));
    const int staffCount = int(std::min<qsizetype>(
        options.clerkLogins.isEmpty() ? std::max(1, needed) : options.clerkLogins.size(),
        office.counters.size()));
    QList<Desk> desks = staffDesks(office, staffCount, options.clerkLogins, day, rng);

    // The mix of the services someone serves today.
    QList<double> cumulative;
    double total = 0;
    double bookableShare = 0;
    for (const Service &s : office.services) {
        const bool covered = std::any_of(desks.cbegin(), desks.cend(), [&](const Desk &d) {
            return office.counters.at(d.counter).services.contains(s.id);
        });
        total += covered ? s.share : 0;
        bookableShare += covered && s.bookable ? s.share : 0;
        cumulative.append(total);
    }
    if (total <= 0)
        return {};
    const double appointmentChance =
        bookableShare > 0 ? std::min(1.0, (1 - options.walkInShare) * total / bookableShare) : 0;

    QList<Visit> visits;
    QHash<qint64, int> slotsTaken; // by service index and start minute
    for (int i = 0; i < visitors; ++i) {
        Visit v;
        const double u = rng.generateDouble() * total;
        v.service =
            int(std::upper_bound(cumulative.cbegin(), cumulative.cend(), u) - cumulative.cbegin());
        v.service = std::min(v.service, int(office.services.size() - 1));
        const Service &service = office.services.at(v.service);
        v.comes = rng.generateDouble() >= options.noShowShare;
        v.serviceMinutes = std::clamp(logNormal(rng, service.typicalMinutes * 0.9, 0.42), 1.0,
                                      4.0 * service.typicalMinutes);
        if (service.bookable && rng.generateDouble() < appointmentChance) {
            // A slot on the service's grid (as slotStarts() makes them) near
            // the drawn time, with a place left.
            const double wanted = walkInTimes.draw(rng);
            QList<int> starts;
            for (const Range &range : ranges) {
                for (int m = range.opens; m + service.typicalMinutes <= range.closes;
                     m += service.typicalMinutes)
                    starts.append(m);
            }
            std::stable_sort(starts.begin(), starts.end(), [&](int a, int b) {
                return std::abs(a - wanted) < std::abs(b - wanted);
            });
            for (const int start : std::as_const(starts)) {
                int &taken = slotsTaken[qint64(v.service) * 10000 + start];
                if (taken < service.capacity) {
                    ++taken;
                    v.appointment = true;
                    v.dueAt = local.at(start);
                    break;
                }
            }
        }
        if (v.appointment) {
            v.source = TicketSource::Appointment;
            const double via = rng.generateDouble();
            v.bookedVia = via < 0.65  ? AppointmentSource::Online
                          : via < 0.9 ? AppointmentSource::Phone
                                      : AppointmentSource::Desk;
            v.bookedAt = v.dueAt - minutes(uniform(rng, 2 * 60, 28 * 24 * 60));
            // Most who miss an appointment never come; a few check in and are
            // gone when called.
            v.checksIn = v.comes || rng.generateDouble() < 0.15;
            if (v.checksIn) {
                const double lateness =
                    rng.generateDouble() < 0.8 ? -uniform(rng, 1, 15) : uniform(rng, 0, 10);
                v.issuedAt = std::max(v.dueAt + minutes(lateness), local.at(ranges.first().opens));
            }
        } else {
            v.source = rng.generateDouble() < 0.6 ? TicketSource::Kiosk : TicketSource::WalkIn;
            v.issuedAt = rng.generateDouble() < kAtTheDoor
                             ? local.at(ranges.first().opens + uniform(rng, 0, 10))
                             : local.at(walkInTimes.draw(rng));
        }
        visits.append(v);
    }
    // Walk-ins who give up waiting, on top.
    const int cancelling = int(std::lround(visitors * options.cancelledShare));
    for (int i = 0; i < cancelling; ++i) {
        Visit v;
        const double u = rng.generateDouble() * total;
        v.service = std::min(
            int(std::upper_bound(cumulative.cbegin(), cumulative.cend(), u) - cumulative.cbegin()),
            int(office.services.size() - 1));
        v.serviceMinutes = office.services.at(v.service).typicalMinutes;
        v.source = TicketSource::Kiosk;
        v.issuedAt = local.at(walkInTimes.draw(rng));
        v.cancelAt = v.issuedAt + minutes(uniform(rng, 5, 30));
        visits.append(v);
    }

    // Numbers as the live ones: the service's prefix and the day's sequence.
    QList<int> byIssue;
    for (int i = 0; i < visits.size(); ++i) {
        if (visits.at(i).hasTicket())
            byIssue.append(i);
    }
    std::stable_sort(byIssue.begin(), byIssue.end(),
                     [&](int a, int b) { return visits.at(a).issuedAt < visits.at(b).issuedAt; });
    QHash<QString, int> lastNumber;
    for (const int i : std::as_const(byIssue)) {
        const QString &prefix = office.services.at(visits.at(i).service).prefix;
        visits[i].number = ticketNumber(prefix, ++lastNumber[prefix]);
    }

    planHours(desks, ranges, visitors, meanMinutes);
    runQueue(office, visits, desks, local, local.at(ranges.first().opens),
             local.at(ranges.last().closes), std::max(1, options.noShowAfterCalls), rng);
    estimateWaits(office, visits, desks, local);

    // Written.
    const QString serviceDay = day.toString(Qt::ISODate);
    QStringList ticketColumns = {
        u"office_id"_s,   u"service_id"_s,  u"number"_s,          u"service_day"_s,
        u"source"_s,      u"priority"_s,    u"status"_s,          u"issued_at"_s,
        u"queue_at"_s,    u"due_at"_s,      u"first_called_at"_s, u"last_called_at"_s,
        u"started_at"_s,  u"finished_at"_s, u"call_count"_s,      u"counter_id"_s,
        u"clerk_login"_s,
    };
    const bool withEstimate = !options.estimateColumn.isEmpty();
    if (withEstimate)
        ticketColumns.append(options.estimateColumn);
    QList<QVariantList> ticketRows;
    for (const int i : std::as_const(byIssue)) {
        const Visit &v = visits.at(i);
        const Desk *desk = v.desk >= 0 ? &desks.at(v.desk) : nullptr;
        QVariantList row = {office.id,
                            office.services.at(v.service).id,
                            v.number,
                            serviceDay,
                            ticketSourceName(v.source),
                            0,
                            ticketStatusName(v.status),
                            v.issuedAt,
                            v.issuedAt,
                            nullable(v.dueAt),
                            nullable(v.firstCalledAt),
                            nullable(v.lastCalledAt),
                            nullable(v.startedAt),
                            nullable(v.finishedAt),
                            v.callCount,
                            nullable(desk ? office.counters.at(desk->counter).id : 0),
                            desk ? desk->clerk : QString()};
        if (withEstimate)
            row.append(v.estimateMinutes);
        ticketRows.append(row);
    }
    QHash<QString, qint64> idByNumber;
    insertRows(db, u"ticket"_s, ticketColumns, ticketRows, u"id, number"_s, [&](SqlRows &rows) {
        while (rows.next())
            idByNumber.insert(rows.value(1).toString(), rows.value(0).toLongLong());
    });
    QList<QVariantList> sequenceRows;
    for (auto it = lastNumber.cbegin(); it != lastNumber.cend(); ++it)
        sequenceRows.append({office.id, it.key(), serviceDay, it.value()});
    std::sort(sequenceRows.begin(), sequenceRows.end(),
              [](const QVariantList &a, const QVariantList &b) {
                  return a.at(1).toString() < b.at(1).toString();
              });
    insertRows(db, u"ticket_sequence"_s,
               {u"office_id"_s, u"prefix"_s, u"service_day"_s, u"last_number"_s}, sequenceRows);

    // Appointments: booked (version 1), checked in (2), done or missed (3; a
    // missed one without a ticket 2), and anonymised on top once past the
    // retention time. No name, phone, e-mail or notes (their columns' '').
    QList<QVariantList> appointmentRows;
    const qint64 retention =
        options.appointmentRetentionDays >= 0 ? options.appointmentRetentionDays * kDay : -1;
    for (const Visit &v : std::as_const(visits)) {
        if (!v.appointment)
            continue;
        const qint64 ticketId = v.hasTicket() ? idByNumber.value(v.number) : 0;
        AppointmentStatus status = AppointmentStatus::NoShow;
        int version = 2;
        qint64 updatedAt = v.dueAt + 30 * kMinute; // marked as missed
        if (v.hasTicket()) {
            status = v.status == TicketStatus::Done ? AppointmentStatus::Done
                                                    : AppointmentStatus::NoShow;
            version = 3;
            updatedAt = v.finishedAt;
        }
        QVariant anonymisedAt(QMetaType(QMetaType::LongLong));
        if (retention >= 0 && v.dueAt + retention < options.now) {
            anonymisedAt = v.dueAt + retention;
            updatedAt = std::max(updatedAt, v.dueAt + retention);
            ++version;
        }
        appointmentRows.append({office.id, office.services.at(v.service).id, v.dueAt,
                                office.services.at(v.service).typicalMinutes,
                                bookingCode(office.id, day, int(appointmentRows.size())),
                                appointmentStatusName(status), appointmentSourceName(v.bookedVia),
                                nullable(ticketId), version, v.bookedAt, updatedAt, anonymisedAt});
    }
    insertRows(db, u"appointment"_s,
               {u"office_id"_s, u"service_id"_s, u"starts_at"_s, u"duration_minutes"_s,
                u"booking_code"_s, u"status"_s, u"source"_s, u"ticket_id"_s, u"version"_s,
                u"created_at"_s, u"updated_at"_s, u"anonymised_at"_s},
               appointmentRows);
    return {1, int(ticketRows.size()), int(appointmentRows.size())};
}
} // namespace

QList<DemoHistory::ServiceShare> DemoHistory::typicalMix(Database &db, qint64 officeId)
{
    struct Kind
    {
        QRegularExpression name;
        double share;
    };
    static const QList<Kind> kinds = {
        {QRegularExpression(u"wohnsitz|ummeld|wohnungsanmeld"_s,
                            QRegularExpression::CaseInsensitiveOption),
         0.51},
        {QRegularExpression(u"personalausweis"_s, QRegularExpression::CaseInsensitiveOption), 0.25},
        {QRegularExpression(u"reisepass"_s, QRegularExpression::CaseInsensitiveOption), 0.20},
        {QRegularExpression(u"parkausweis|parkerlaubnis"_s,
                            QRegularExpression::CaseInsensitiveOption),
         0.04},
    };
    QList<std::pair<qint64, QString>> services;
    QList<ServiceShare> byDuration;
    {
        SqlRows rows = db.exec(u"SELECT id, name, typical_minutes FROM service WHERE office_id = ? "
                               "AND active = 1 ORDER BY prefix"_s,
                               {officeId});
        while (rows.next()) {
            services.append({rows.value(0).toLongLong(), rows.value(1).toString()});
            byDuration.append(
                {rows.value(0).toLongLong(), 1.0 / std::max(1, rows.value(2).toInt())});
        }
    }
    QList<ServiceShare> mix;
    for (const Kind &kind : kinds) {
        for (const auto &[id, name] : std::as_const(services)) {
            const bool taken = std::any_of(mix.cbegin(), mix.cend(),
                                           [id = id](const auto &s) { return s.serviceId == id; });
            if (!taken && kind.name.match(name).hasMatch()) {
                mix.append({id, kind.share});
                break;
            }
        }
    }
    return mix.isEmpty() ? byDuration : mix;
}

DemoHistory::Written DemoHistory::write(Database &db, qint64 officeId, const Options &given)
{
    Options options = given;
    if (options.now == 0)
        options.now = QDateTime::currentMSecsSinceEpoch();
    Written written;
    if (!options.from.isValid() || !options.to.isValid() || options.from > options.to ||
        options.visitorsPerDay <= 0)
        return written;
    // History is no change: nothing here goes into the change log. The log
    // feeds the workstations' caches (today's queue, the appointments they
    // were sent), and a client that starts from revision 0 reads all of it:
    // thousands of finished tickets of past days would flood every first
    // sync and be of no use there. The statistics read the tables.
    Transaction transaction(db);
    const Office office = readOffice(db, officeId, options);
    if (office.services.isEmpty() || office.counters.isEmpty() || office.meanOpenMinutes <= 0)
        return written;
    for (QDate day = options.from; day <= options.to; day = day.addDays(1)) {
        if (day.dayOfWeek() > 5 || office.closed.contains(day) ||
            office.daysWithTickets.contains(day) || office.hours.value(day.dayOfWeek()).isEmpty())
            continue;
        const Written one = writeDay(db, office, day, options);
        written.days += one.days;
        written.tickets += one.tickets;
        written.appointments += one.appointments;
    }
    transaction.commit();
    return written;
}

DemoHistory::Written DemoHistory::write(Database &db, qint64 officeId, QDate from, QDate to,
                                        int visitorsPerDay, quint32 seed)
{
    Options options;
    options.from = from;
    options.to = to;
    options.visitorsPerDay = visitorsPerDay;
    options.seed = seed;
    return write(db, officeId, options);
}
