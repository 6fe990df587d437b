#include "core/domain/ticket.h"

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
    case S::Done:
    case S::NoShow:
    case S::Cancelled:
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
    {TicketStatus::Waiting, "waiting"_L1},
    {TicketStatus::Called, "called"_L1},
    {TicketStatus::Serving, "serving"_L1},
    {TicketStatus::Done, "done"_L1},
    {TicketStatus::NoShow, "no_show"_L1},
    {TicketStatus::Cancelled, "cancelled"_L1},
}};

constexpr NameTable<TicketAction, 8> kActionNames{{
    {TicketAction::Call, "call"_L1},
    {TicketAction::Recall, "recall"_L1},
    {TicketAction::Start, "start"_L1},
    {TicketAction::Finish, "finish"_L1},
    {TicketAction::NoShow, "no-show"_L1},
    {TicketAction::Requeue, "requeue"_L1},
    {TicketAction::Cancel, "cancel"_L1},
    {TicketAction::Transfer, "transfer"_L1},
}};

constexpr NameTable<TicketSource, 3> kSourceNames{{
    {TicketSource::WalkIn, "walk_in"_L1},
    {TicketSource::Appointment, "appointment"_L1},
    {TicketSource::Kiosk, "kiosk"_L1},
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
    return prefix + u"%1"_s.arg(sequence, 3, 10, QLatin1Char('0'));
}
