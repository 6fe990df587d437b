#include "core/domain/ticket.h"

#include "core/domain/isotime.h"
#include "core/domain/nametable.h"

#include <QDate>
#include <QLoggingCategory>

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
    {TicketStatus::Waiting, u"waiting"},
    {TicketStatus::Called, u"called"},
    {TicketStatus::Serving, u"serving"},
    {TicketStatus::Done, u"done"},
    {TicketStatus::NoShow, u"no_show"},
    {TicketStatus::Cancelled, u"cancelled"},
}};

constexpr NameTable<TicketAction, 8> kActionNames{{
    {TicketAction::Call, u"call"},
    {TicketAction::Recall, u"recall"},
    {TicketAction::Start, u"start"},
    {TicketAction::Finish, u"finish"},
    {TicketAction::NoShow, u"no-show"},
    {TicketAction::Requeue, u"requeue"},
    {TicketAction::Cancel, u"cancel"},
    {TicketAction::Transfer, u"transfer"},
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

    void id(QStringView key, qint64 &out, Presence presence)
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

    void time(QStringView key, qint64 &out, Presence presence)
    {
        const QJsonValue value = member(key, presence);
        if (value.isUndefined())
            return;
        const qint64 msecs = msecsFromIsoTime(value.toString());
        if (msecs == 0)
            return fail(key, "is not an ISO 8601 time");
        out = msecs;
    }

    void text(QStringView key, QString &out, Presence presence)
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

    void day(QStringView key, QString &out)
    {
        const QJsonValue value = member(key, Required);
        if (value.isUndefined())
            return;
        if (!QDate::fromString(value.toString(), Qt::ISODate).isValid())
            return fail(key, "is not an ISO 8601 date");
        out = value.toString();
    }

    void count(QStringView key, int &out)
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
    void name(QStringView key, Enum &out, std::optional<Enum> (*fromName)(QStringView))
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
    QJsonValue member(QStringView key, Presence presence)
    {
        const QJsonValue value = m_json.value(key);
        if (!value.isUndefined() && !value.isNull())
            return value;
        if (presence == Required)
            fail(key, "is missing");
        return QJsonValue(QJsonValue::Undefined);
    }

    void fail(QStringView key, const char *problem)
    {
        if (m_failure.isEmpty())
            m_failure = key.toString() + u' ' + QString::fromLatin1(problem);
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
    if (!read.failure().isEmpty())
        return Result<Ticket>::failure(read.failure());
    return t;
}

Q_LOGGING_CATEGORY(lcTicket, "tresen.ticket")

std::optional<Ticket> ticketOrWarn(const QJsonObject &json, const char *where)
{
    Result<Ticket> ticket = Ticket::fromJson(json);
    if (ticket)
        return std::move(ticket).value();
    qCWarning(lcTicket, "%s: ticket %s passed over: %s", where,
              qPrintable(json.value(u"id"_s).toVariant().toString()), qPrintable(ticket.error()));
    return std::nullopt;
}
