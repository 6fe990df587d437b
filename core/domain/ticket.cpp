#include "core/domain/ticket.h"

#include "core/domain/isotime.h"
#include "core/domain/nametable.h"

#include <QDate>

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

namespace {
QJsonValue timeOrNull(qint64 msecs)
{
    return msecs > 0 ? QJsonValue(isoTimeFromMSecs(msecs)) : QJsonValue();
}

QJsonValue idOrNull(qint64 id)
{
    return id > 0 ? QJsonValue(QString::number(id)) : QJsonValue();
}

// Reads the members of one JSON object into typed fields and remembers the
// first that was missing or malformed; a field it refuses keeps its value.
class MemberReader
{
public:
    enum Presence { Required, Optional };

    explicit MemberReader(const QJsonObject &json)
        : m_json(json)
    {}

    const QString &failure() const { return m_failure; }

    void id(QLatin1StringView key, qint64 &out, Presence presence)
    {
        const QJsonValue value = member(key, presence);
        if (value.isUndefined())
            return;
        bool ok = false;
        const qint64 id = value.toString().toLongLong(&ok);
        if (!value.isString() || !ok || id <= 0)
            return fail(key, "is not an id");
        out = id;
    }

    void time(QLatin1StringView key, qint64 &out, Presence presence)
    {
        const QJsonValue value = member(key, presence);
        if (value.isUndefined())
            return;
        const qint64 msecs = msecsFromIsoTime(value.toString());
        if (msecs == 0)
            return fail(key, "is not an ISO 8601 time");
        out = msecs;
    }

    void text(QLatin1StringView key, QString &out, Presence presence)
    {
        const QJsonValue value = member(key, presence);
        if (value.isUndefined())
            return;
        if (!value.isString())
            return fail(key, "is not text");
        if (presence == Required && value.toString().isEmpty())
            return fail(key, "is empty");
        out = value.toString();
    }

    void day(QLatin1StringView key, QString &out)
    {
        const QJsonValue value = member(key, Required);
        if (value.isUndefined())
            return;
        if (!QDate::fromString(value.toString(), Qt::ISODate).isValid())
            return fail(key, "is not an ISO 8601 date");
        out = value.toString();
    }

    void count(QLatin1StringView key, int &out)
    {
        const QJsonValue value = member(key, Optional);
        if (value.isUndefined())
            return;
        const int whole = value.toInt(-1); // -1 also for fractions and text
        if (whole < 0)
            return fail(key, "is not a whole number of at least 0");
        out = whole;
    }

    template <typename Enum>
    void name(QLatin1StringView key, Enum &out, std::optional<Enum> (*fromName)(QStringView))
    {
        const QJsonValue value = member(key, Required);
        if (value.isUndefined())
            return;
        const auto known = fromName(value.toString());
        if (!known)
            return fail(key, "is not one of the known names");
        out = *known;
    }

private:
    // The member, or undefined when it is absent or null (then missing if required).
    QJsonValue member(QLatin1StringView key, Presence presence)
    {
        const QJsonValue value = m_json.value(key);
        if (!value.isUndefined() && !value.isNull())
            return value;
        if (presence == Required)
            fail(key, "is missing");
        return QJsonValue(QJsonValue::Undefined);
    }

    void fail(QLatin1StringView key, const char *problem)
    {
        if (m_failure.isEmpty())
            m_failure = QString(key) + u' ' + QLatin1StringView(problem);
    }

    const QJsonObject &m_json;
    QString m_failure;
};
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
    read.id("id"_L1, t.id, P::Required);
    read.text("number"_L1, t.number, P::Required);
    read.name("status"_L1, t.status, &ticketStatusFromName);
    read.id("officeId"_L1, t.officeId, P::Required);
    read.id("serviceId"_L1, t.serviceId, P::Required);
    read.day("serviceDay"_L1, t.serviceDay);
    read.name("source"_L1, t.source, &ticketSourceFromName);
    read.count("priority"_L1, t.priority);
    read.text("notes"_L1, t.notes, P::Optional);
    read.time("issuedAt"_L1, t.issuedAt, P::Required);
    read.time("queuedAt"_L1, t.queueAt, P::Required);
    read.time("dueAt"_L1, t.dueAt, P::Optional);
    read.time("firstCalledAt"_L1, t.firstCalledAt, P::Optional);
    read.time("calledAt"_L1, t.lastCalledAt, P::Optional);
    read.time("startedAt"_L1, t.startedAt, P::Optional);
    read.time("finishedAt"_L1, t.finishedAt, P::Optional);
    read.count("callCount"_L1, t.callCount);
    read.id("counterId"_L1, t.counterId, P::Optional);
    read.id("targetCounterId"_L1, t.targetCounterId, P::Optional);
    if (!read.failure().isEmpty())
        return Result<Ticket>::failure(read.failure());
    return t;
}
