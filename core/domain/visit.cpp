#include "core/domain/visit.h"

#include <QDateTime>
#include <QtEndian>

namespace {
constexpr double kMinute = 60.0 * 1000.0;
// Bumped whenever the encoding changes: digests of another format are
// rebuilt from the tickets.
constexpr quint32 kDigestFormat = 0x54560002; // "TV" 2

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

// A day's visits as fixed records of 64 bytes, little-endian, after a
// header of format and count: read back by plain loads, since a year's
// figures read half a million of them.
namespace {
constexpr qsizetype kHeaderBytes = 8;
constexpr qsizetype kRecordBytes = 64;

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
} // namespace

QByteArray encodeVisits(const QList<Visit> &visits)
{
    QByteArray bytes(kHeaderBytes + kRecordBytes * visits.size(), Qt::Uninitialized);
    char *at = bytes.data();
    put<quint32>(at, kDigestFormat);
    put<quint32>(at, quint32(visits.size()));
    for (const Visit &v : visits) {
        for (const qint64 value : {v.serviceId, v.counterId, v.issuedAt, v.dueAt, v.firstCalledAt,
                                   v.startedAt, v.finishedAt})
            put<qint64>(at, value);
        put<qint32>(at, qint32(v.estimateMinutes));
        put<quint8>(at, quint8((v.appointment ? 1 : 0) | (v.waiting ? 2 : 0)));
        put<quint8>(at, quint8(v.outcome));
        put<qint8>(at, qint8(v.arrivalHour));
        put<qint8>(at, qint8(v.finishHour));
    }
    return bytes;
}

std::optional<QList<Visit>> decodeVisits(const QByteArray &bytes, qint64 officeId, const QDate &day)
{
    if (bytes.size() < kHeaderBytes)
        return std::nullopt;
    const char *at = bytes.constData();
    const auto format = take<quint32>(at);
    const auto count = take<quint32>(at);
    if (format != kDigestFormat || bytes.size() != kHeaderBytes + kRecordBytes * qsizetype(count))
        return std::nullopt;
    QList<Visit> visits(count);
    for (Visit &v : visits) {
        v.officeId = officeId;
        v.day = day;
        v.serviceId = take<qint64>(at);
        v.counterId = take<qint64>(at);
        v.issuedAt = take<qint64>(at);
        v.dueAt = take<qint64>(at);
        v.firstCalledAt = take<qint64>(at);
        v.startedAt = take<qint64>(at);
        v.finishedAt = take<qint64>(at);
        v.estimateMinutes = take<qint32>(at);
        const auto flags = take<quint8>(at);
        const auto outcome = take<quint8>(at);
        if (outcome > quint8(Visit::Outcome::Cancelled) || flags > 3)
            return std::nullopt;
        v.appointment = flags & 1;
        v.waiting = flags & 2;
        v.outcome = Visit::Outcome(outcome);
        v.arrivalHour = take<qint8>(at);
        v.finishHour = take<qint8>(at);
    }
    return visits;
}
