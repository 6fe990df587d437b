#include "core/domain/ticket.h"

#include "core/domain/isotime.h"
#include "core/domain/memberreader.h"
#include "core/domain/nametable.h"

using namespace Qt::StringLiterals;

std::optional<TicketStatus> nextTicketStatus(TicketStatus from, TicketAction action)
{
    using S = TicketStatus;
    using A = TicketAction;
    switch (from) {
    case S::Waiting:
        if (action == A::Call)
            return S::Called;
        if (action == A::Cancel)
            return S::Cancelled;
        break;
    case S::Called:
        if (action == A::Recall)
            return S::Called;
        if (action == A::Start)
            return S::Serving;
        if (action == A::NoShow)
            return S::NoShow;
        if (action == A::Requeue)
            return S::Waiting;
        break;
    case S::Serving:
        if (action == A::Finish)
            return S::Done;
        if (action == A::Transfer)
            return S::Waiting;
        break;
    case S::NoShow:
        if (action == A::Undo)
            return S::Called;
        break;
    case S::Cancelled:
        if (action == A::Undo)
            return S::Waiting;
        break;
    case S::Done:
        break; // final
    }
    return std::nullopt;
}

bool isTicketOpen(TicketStatus status)
{
    return status == TicketStatus::Waiting || status == TicketStatus::Called ||
           status == TicketStatus::Serving;
}

namespace {
constexpr NameTable<TicketStatus, 6> kStatusNames{{
    {TicketStatus::Waiting, u"waiting"},
    {TicketStatus::Called, u"called"},
    {TicketStatus::Serving, u"serving"},
    {TicketStatus::Done, u"done"},
    {TicketStatus::NoShow, u"no_show"},
    {TicketStatus::Cancelled, u"cancelled"},
}};

constexpr NameTable<TicketAction, 9> kActionNames{{
    {TicketAction::Call, u"call"},
    {TicketAction::Recall, u"recall"},
    {TicketAction::Start, u"start"},
    {TicketAction::Finish, u"finish"},
    {TicketAction::NoShow, u"no-show"},
    {TicketAction::Requeue, u"requeue"},
    {TicketAction::Cancel, u"cancel"},
    {TicketAction::Transfer, u"transfer"},
    {TicketAction::Undo, u"undo"},
}};

constexpr NameTable<TicketSource, 3> kSourceNames{{
    {TicketSource::WalkIn, u"walk_in"},
    {TicketSource::Appointment, u"appointment"},
    {TicketSource::Kiosk, u"kiosk"},
}};
} // namespace

QString ticketStatusName(TicketStatus status)
{
    return kStatusNames.name(status);
}

std::optional<TicketStatus> ticketStatusFromName(QStringView name)
{
    return kStatusNames.find(name);
}

QString ticketActionName(TicketAction action)
{
    return kActionNames.name(action);
}

std::optional<TicketAction> ticketActionFromName(QStringView name)
{
    return kActionNames.find(name);
}

QString ticketSourceName(TicketSource source)
{
    return kSourceNames.name(source);
}

std::optional<TicketSource> ticketSourceFromName(QStringView name)
{
    return kSourceNames.find(name);
}

QString ticketNumber(const QString &prefix, int sequence)
{
    return prefix + u"%1"_s.arg(sequence, 3, 10, QChar(u'0'));
}

namespace {
QJsonValue timeOrNull(qint64 msecs)
{
    return msecs > 0 ? QJsonValue(isoTimeFromMSecs(msecs)) : QJsonValue();
}

QJsonValue idOrNull(qint64 id)
{
    return id > 0 ? QJsonValue(QString::number(id)) : QJsonValue();
}

} // namespace

QJsonObject Ticket::toJson() const
{
    return {
        {u"id"_s, QString::number(id)},
        {u"number"_s, number},
        {u"status"_s, ticketStatusName(status)},
        {u"officeId"_s, QString::number(officeId)},
        {u"serviceId"_s, QString::number(serviceId)},
        {u"serviceDay"_s, serviceDay},
        {u"source"_s, ticketSourceName(source)},
        {u"priority"_s, priority},
        {u"notes"_s, notes},
        {u"issuedAt"_s, timeOrNull(issuedAt)},
        {u"queuedAt"_s, timeOrNull(queueAt)},
        {u"dueAt"_s, timeOrNull(dueAt)},
        {u"firstCalledAt"_s, timeOrNull(firstCalledAt)},
        {u"calledAt"_s, timeOrNull(lastCalledAt)},
        {u"startedAt"_s, timeOrNull(startedAt)},
        {u"finishedAt"_s, timeOrNull(finishedAt)},
        {u"callCount"_s, callCount},
        {u"counterId"_s, idOrNull(counterId)},
        {u"targetCounterId"_s, idOrNull(targetCounterId)},
    };
}

Result<Ticket> Ticket::fromJson(const QJsonObject &json)
{
    using P = MemberReader::Presence;
    MemberReader read(json);
    Ticket t;
    read.id(u"id"_s, t.id, P::Required);
    read.text(u"number"_s, t.number, P::Required);
    read.name(u"status"_s, t.status, &ticketStatusFromName);
    read.id(u"officeId"_s, t.officeId, P::Required);
    read.id(u"serviceId"_s, t.serviceId, P::Required);
    read.day(u"serviceDay"_s, t.serviceDay);
    read.name(u"source"_s, t.source, &ticketSourceFromName);
    read.count(u"priority"_s, t.priority);
    read.text(u"notes"_s, t.notes, P::Optional);
    read.time(u"issuedAt"_s, t.issuedAt, P::Required);
    read.time(u"queuedAt"_s, t.queueAt, P::Required);
    read.time(u"dueAt"_s, t.dueAt, P::Optional);
    read.time(u"firstCalledAt"_s, t.firstCalledAt, P::Optional);
    read.time(u"calledAt"_s, t.lastCalledAt, P::Optional);
    read.time(u"startedAt"_s, t.startedAt, P::Optional);
    read.time(u"finishedAt"_s, t.finishedAt, P::Optional);
    read.count(u"callCount"_s, t.callCount);
    read.id(u"counterId"_s, t.counterId, P::Optional);
    read.id(u"targetCounterId"_s, t.targetCounterId, P::Optional);
    return read.result(std::move(t));
}

TicketCall TicketCall::of(const Ticket &ticket)
{
    return {ticket.id,     ticket.officeId,  ticket.serviceId,    ticket.number,
            ticket.status, ticket.counterId, ticket.lastCalledAt, ticket.callCount};
}

QJsonObject TicketCall::toJson() const
{
    return {
        {u"id"_s, QString::number(id)},
        {u"officeId"_s, QString::number(officeId)},
        {u"serviceId"_s, QString::number(serviceId)},
        {u"number"_s, number},
        {u"status"_s, ticketStatusName(status)},
        {u"counterId"_s, idOrNull(counterId)},
        {u"calledAt"_s, timeOrNull(lastCalledAt)},
        {u"callCount"_s, callCount},
    };
}

Result<TicketCall> TicketCall::fromJson(const QJsonObject &json)
{
    using P = MemberReader::Presence;
    MemberReader read(json);
    TicketCall call;
    read.id(u"id"_s, call.id, P::Required);
    read.id(u"officeId"_s, call.officeId, P::Required);
    read.id(u"serviceId"_s, call.serviceId, P::Required);
    read.text(u"number"_s, call.number, P::Required);
    read.name(u"status"_s, call.status, &ticketStatusFromName);
    read.id(u"counterId"_s, call.counterId, P::Optional);
    read.time(u"calledAt"_s, call.lastCalledAt, P::Optional);
    read.count(u"callCount"_s, call.callCount);
    return read.result(std::move(call));
}
