#include "core/domain/visit.h"

#include <QDataStream>
#include <QDateTime>
#include <QIODevice>

namespace {
constexpr double kMinute = 60.0 * 1000.0;
// Bumped whenever the encoding changes: digests of another format are
// rebuilt from the tickets.
constexpr quint32 kDigestFormat = 0x54560001; // "TV" 1

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

QByteArray encodeVisits(const QList<Visit> &visits)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kDigestFormat << quint32(visits.size());
    for (const Visit &v : visits)
        out << v.serviceId << v.counterId << v.appointment << quint8(v.outcome) << v.waiting
            << qint8(v.arrivalHour) << qint8(v.finishHour) << v.issuedAt << v.dueAt
            << v.firstCalledAt << v.startedAt << v.finishedAt << qint32(v.estimateMinutes);
    return bytes;
}

std::optional<QList<Visit>> decodeVisits(const QByteArray &bytes, qint64 officeId, const QDate &day)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 format = 0;
    quint32 count = 0;
    in >> format >> count;
    if (in.status() != QDataStream::Ok || format != kDigestFormat)
        return std::nullopt;
    QList<Visit> visits;
    visits.reserve(qsizetype(qMin<quint32>(count, 100000)));
    for (quint32 i = 0; i < count; ++i) {
        Visit v;
        quint8 outcome = 0;
        qint8 arrivalHour = 0;
        qint8 finishHour = 0;
        qint32 estimate = 0;
        in >> v.serviceId >> v.counterId >> v.appointment >> outcome >> v.waiting >> arrivalHour >>
            finishHour >> v.issuedAt >> v.dueAt >> v.firstCalledAt >> v.startedAt >> v.finishedAt >>
            estimate;
        if (in.status() != QDataStream::Ok || outcome > quint8(Visit::Outcome::Cancelled))
            return std::nullopt;
        v.officeId = officeId;
        v.day = day;
        v.outcome = Visit::Outcome(outcome);
        v.arrivalHour = arrivalHour;
        v.finishHour = finishHour;
        v.estimateMinutes = estimate;
        visits.append(v);
    }
    if (!in.atEnd())
        return std::nullopt;
    return visits;
}
