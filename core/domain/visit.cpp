#include "core/domain/visit.h"

#include <QDateTime>
#include <QtEndian>

#include <algorithm>
#include <cstdlib>
#include <limits>

namespace {
constexpr double kMinute = 60.0 * 1000.0;

Visit::Outcome outcomeOf(TicketStatus status)
{
    switch (status) {
    case TicketStatus::Done:
        return Visit::Outcome::Served;
    case TicketStatus::NoShow:
        return Visit::Outcome::NoShow;
    case TicketStatus::Cancelled:
        return Visit::Outcome::Cancelled;
    case TicketStatus::Waiting:
    case TicketStatus::Called:
    case TicketStatus::Serving:
        break;
    }
    return Visit::Outcome::Open;
}

std::optional<double> minutesBetween(qint64 from, qint64 to)
{
    if (from <= 0 || to <= 0 || to < from)
        return std::nullopt;
    return double(to - from) / kMinute;
}
} // namespace

Visit Visit::of(const Ticket &ticket, const QTimeZone &zone, int estimateMinutes)
{
    return of(ticket.officeId, QDate::fromString(ticket.serviceDay, Qt::ISODate), ticket.serviceId,
              ticket.counterId, ticket.source, ticket.status, ticket.issuedAt, ticket.dueAt,
              ticket.firstCalledAt, ticket.startedAt, ticket.finishedAt, estimateMinutes, zone);
}

Visit Visit::of(qint64 officeId, const QDate &day, qint64 serviceId, qint64 counterId,
                TicketSource source, TicketStatus status, qint64 issuedAt, qint64 dueAt,
                qint64 firstCalledAt, qint64 startedAt, qint64 finishedAt, int estimateMinutes,
                const QTimeZone &zone)
{
    Visit visit;
    visit.officeId = officeId;
    visit.day = day;
    visit.serviceId = serviceId;
    visit.counterId = counterId;
    visit.appointment = source == TicketSource::Appointment;
    visit.outcome = outcomeOf(status);
    visit.waiting = status == TicketStatus::Waiting;
    visit.issuedAt = issuedAt;
    visit.dueAt = dueAt;
    visit.firstCalledAt = firstCalledAt;
    visit.startedAt = startedAt;
    visit.finishedAt = finishedAt;
    visit.estimateMinutes = estimateMinutes;
    visit.arrivalHour = QDateTime::fromMSecsSinceEpoch(issuedAt, zone).time().hour();
    if (visit.served() && finishedAt > 0)
        visit.finishHour = QDateTime::fromMSecsSinceEpoch(finishedAt, zone).time().hour();
    return visit;
}

std::optional<double> Visit::waitMinutes() const
{
    return minutesBetween(issuedAt, firstCalledAt);
}

std::optional<double> Visit::walkMinutes() const
{
    return minutesBetween(firstCalledAt, startedAt);
}

std::optional<double> Visit::serviceMinutes() const
{
    return served() ? minutesBetween(startedAt, finishedAt) : std::nullopt;
}

// A day's visits as fixed little-endian records after a header of format
// and count, read back by plain loads, since a year's figures read half a
// million of them. Compact (34 bytes: 32-bit ids, times in milliseconds
// from the header's base time) whenever the day's values fit, which they
// always do in practice; wide (64 bytes) otherwise. Bytes are what a
// PostgreSQL year reads over the wire, so the compact form halves its time.
namespace {
constexpr quint32 kWideFormat = 0x54560002;    // "TV" 2
constexpr quint32 kCompactFormat = 0x54560003; // "TV" 3
constexpr qsizetype kHeaderBytes = 8;
constexpr qsizetype kBaseBytes = 8;
constexpr qsizetype kWideRecordBytes = 64;
constexpr qsizetype kCompactRecordBytes = 34;
constexpr qint32 kNever = std::numeric_limits<qint32>::min();

template <typename T> void put(char *&at, T value)
{
    qToLittleEndian(value, at);
    at += sizeof(T);
}

template <typename T> T take(const char *&at)
{
    const T value = qFromLittleEndian<T>(at);
    at += sizeof(T);
    return value;
}

qint64 baseOf(const QList<Visit> &visits)
{
    return visits.isEmpty() ? 0 : visits.first().issuedAt;
}

constexpr qint64 kLargestBase = qint64(1) << 52; // far beyond any day

bool fitsCompact(const QList<Visit> &visits)
{
    const qint64 base = baseOf(visits);
    if (std::abs(base) > kLargestBase)
        return false;
    const auto fitsId = [](qint64 id) { return id >= 0 && id <= qint64(UINT32_MAX); };
    const auto fitsTime = [base](qint64 time) {
        return time == 0 || (time - base > qint64(kNever) &&
                             time - base <= qint64(std::numeric_limits<qint32>::max()));
    };
    return std::all_of(visits.cbegin(), visits.cend(), [&](const Visit &v) {
        return fitsId(v.serviceId) && fitsId(v.counterId) && fitsTime(v.issuedAt) &&
               fitsTime(v.dueAt) && fitsTime(v.firstCalledAt) && fitsTime(v.startedAt) &&
               fitsTime(v.finishedAt) && v.estimateMinutes >= -1 &&
               v.estimateMinutes <= std::numeric_limits<qint16>::max();
    });
}

void putTail(char *&at, const Visit &v)
{
    put<quint8>(at, quint8((v.appointment ? 1 : 0) | (v.waiting ? 2 : 0)));
    put<quint8>(at, quint8(v.outcome));
    put<qint8>(at, qint8(v.arrivalHour));
    put<qint8>(at, qint8(v.finishHour));
}

bool takeTail(const char *&at, Visit &v)
{
    const auto flags = take<quint8>(at);
    const auto outcome = take<quint8>(at);
    if (outcome > quint8(Visit::Outcome::Cancelled) || flags > 3)
        return false;
    v.appointment = flags & 1;
    v.waiting = flags & 2;
    v.outcome = Visit::Outcome(outcome);
    v.arrivalHour = take<qint8>(at);
    v.finishHour = take<qint8>(at);
    return true;
}
} // namespace

QByteArray encodeVisits(const QList<Visit> &visits)
{
    const bool compact = fitsCompact(visits);
    QByteArray bytes(kHeaderBytes + (compact ? kBaseBytes + kCompactRecordBytes * visits.size()
                                             : kWideRecordBytes * visits.size()),
                     Qt::Uninitialized);
    char *at = bytes.data();
    put<quint32>(at, compact ? kCompactFormat : kWideFormat);
    put<quint32>(at, quint32(visits.size()));
    if (compact) {
        const qint64 base = baseOf(visits);
        put<qint64>(at, base);
        for (const Visit &v : visits) {
            put<quint32>(at, quint32(v.serviceId));
            put<quint32>(at, quint32(v.counterId));
            for (const qint64 time :
                 {v.issuedAt, v.dueAt, v.firstCalledAt, v.startedAt, v.finishedAt})
                put<qint32>(at, time == 0 ? kNever : qint32(time - base));
            put<qint16>(at, qint16(v.estimateMinutes));
            putTail(at, v);
        }
        return bytes;
    }
    for (const Visit &v : visits) {
        for (const qint64 value : {v.serviceId, v.counterId, v.issuedAt, v.dueAt, v.firstCalledAt,
                                   v.startedAt, v.finishedAt})
            put<qint64>(at, value);
        put<qint32>(at, qint32(v.estimateMinutes));
        putTail(at, v);
    }
    return bytes;
}

std::optional<QList<Visit>> decodeVisits(const QByteArray &bytes, qint64 officeId, const QDate &day)
{
    if (bytes.size() < kHeaderBytes)
        return std::nullopt;
    const char *at = bytes.constData();
    const auto format = take<quint32>(at);
    const auto count = qsizetype(take<quint32>(at));
    const bool compact = format == kCompactFormat;
    if (!compact && format != kWideFormat)
        return std::nullopt;
    // Divided, not multiplied: a damaged count cannot overflow the check.
    const qsizetype records = bytes.size() - kHeaderBytes - (compact ? kBaseBytes : 0);
    const qsizetype recordBytes = compact ? kCompactRecordBytes : kWideRecordBytes;
    if (records < 0 || records % recordBytes != 0 || records / recordBytes != count)
        return std::nullopt;
    const qint64 base = compact ? take<qint64>(at) : 0;
    // A base no day has (damaged bytes) would overflow the times below.
    if (std::abs(base) > kLargestBase)
        return std::nullopt;
    QList<Visit> visits(count);
    const auto time = [base](qint32 offset) { return offset == kNever ? 0 : base + offset; };
    for (Visit &v : visits) {
        v.officeId = officeId;
        v.day = day;
        if (compact) {
            v.serviceId = take<quint32>(at);
            v.counterId = take<quint32>(at);
            v.issuedAt = time(take<qint32>(at));
            v.dueAt = time(take<qint32>(at));
            v.firstCalledAt = time(take<qint32>(at));
            v.startedAt = time(take<qint32>(at));
            v.finishedAt = time(take<qint32>(at));
            v.estimateMinutes = take<qint16>(at);
        } else {
            v.serviceId = take<qint64>(at);
            v.counterId = take<qint64>(at);
            v.issuedAt = take<qint64>(at);
            v.dueAt = take<qint64>(at);
            v.firstCalledAt = take<qint64>(at);
            v.startedAt = take<qint64>(at);
            v.finishedAt = take<qint64>(at);
            v.estimateMinutes = take<qint32>(at);
        }
        if (!takeTail(at, v))
            return std::nullopt;
    }
    return visits;
}
