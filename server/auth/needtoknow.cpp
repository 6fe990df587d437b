#include "server/auth/needtoknow.h"

#include "core/domain/personaldata.h"
#include "server/auth/userrepository.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {
enum class Form { None, Whole, Only };

struct Rule
{
    Form form = Form::None;
    const QStringList *members = nullptr; // for Only: the members it keeps
};

// `allowed` without any of `personal`: an allow-list that can never let a
// member named personal through, even if someone lists it by mistake.
QStringList without(QStringList allowed, const QStringList &personal)
{
    for (const QString &member : personal)
        allowed.removeAll(member);
    return allowed;
}

// What the call board shows of a ticket: TicketCall's members.
const QStringList kTicketCall{u"id"_s,     u"officeId"_s,  u"serviceId"_s, u"number"_s,
                              u"status"_s, u"counterId"_s, u"calledAt"_s,  u"callCount"_s};

// What statistics need, entity by entity: ids, states, times, counts. Allow-
// lists, so that a member added later reaches a supervisor only once it is
// named here.
const QStringList kTicketFigures =
    without({u"id"_s, u"officeId"_s, u"serviceId"_s, u"number"_s, u"status"_s, u"serviceDay"_s,
             u"source"_s, u"priority"_s, u"issuedAt"_s, u"queuedAt"_s, u"dueAt"_s,
             u"firstCalledAt"_s, u"calledAt"_s, u"startedAt"_s, u"finishedAt"_s, u"callCount"_s,
             u"counterId"_s, u"targetCounterId"_s, u"estimatedWaitMinutes"_s},
            {u"notes"_s});
const QStringList kAppointmentFigures = without(
    {u"id"_s, u"officeId"_s, u"serviceId"_s, u"startsAt"_s, u"endsAt"_s, u"durationMinutes"_s,
     u"status"_s, u"source"_s, u"ticketId"_s, u"version"_s, u"anonymised"_s},
    AppointmentContact::personalMembers());
// The registrar is a login of staff, for figures per registrar.
const QStringList kWeddingFigures =
    without({u"id"_s, u"slotId"_s, u"roomId"_s, u"roomName"_s, u"startsAt"_s, u"endsAt"_s,
             u"durationMinutes"_s, u"status"_s, u"registrar"_s, u"expiresAt"_s, u"version"_s},
            WeddingCouple::personalMembers());
const QStringList kSlotFigures{u"id"_s,     u"roomId"_s,          u"roomName"_s, u"startsAt"_s,
                               u"endsAt"_s, u"durationMinutes"_s, u"status"_s,   u"bookingId"_s};
// Not what is on the page (file name, decoded codes, where it lies, its hash)
// nor which case it belongs to (a payment case's id is its reference).
const QStringList kDocumentFigures{u"id"_s,    u"caseType"_s,   u"contentType"_s, u"sizeBytes"_s,
                                   u"pages"_s, u"uploadedBy"_s, u"uploadedAt"_s,  u"anonymised"_s};
// A payment's state without what names the payer: the purpose ("Bußgeld
// Max Mustermann …") or anything a provider adds later.
const QStringList kPaymentFigures{u"reference"_s, u"status"_s, u"amountDue"_s, u"amountPaid"_s,
                                  u"currency"_s,  u"paidAt"_s, u"method"_s,    u"provider"_s};

const QStringList kClerkCases{u"ticket"_s, u"appointment"_s, u"payment"_s};
const QStringList kRegistrarCases{u"wedding"_s, u"payment"_s};

qint64 idMember(const QJsonObject &data, QStringView key)
{
    return data.value(key).toString().toLongLong();
}
} // namespace

Recipient Recipient::of(const UserRecord &user)
{
    return {user.roles, user.officeIds};
}

const QStringList &NeedToKnow::statisticsMembers(QStringView kind)
{
    static const QStringList none;
    if (kind == u"ticket")
        return kTicketFigures;
    if (kind == u"appointment")
        return kAppointmentFigures;
    if (kind == u"wedding_booking")
        return kWeddingFigures;
    if (kind == u"document")
        return kDocumentFigures;
    if (kind == u"payment")
        return kPaymentFigures;
    if (kind == u"wedding_slot")
        return kSlotFigures;
    return none;
}

// One decision over many entities: remembers the office kinds it looked up.
class NeedToKnow::Decision
{
public:
    Decision(const NeedToKnow &policy, const Recipient &to)
        : m_policy(policy)
        , m_to(to)
    {}

    // `data` null: whether `role` may receive any entity of `kind` at all.
    Rule rule(QStringView kind, Role role, const QJsonObject *data)
    {
        const auto worksIn = [&] { return !data || m_to.worksIn(idMember(*data, u"officeId")); };
        // Rooms name their office; slots and bookings their room.
        const auto roomWorksIn = [&] {
            if (!data || m_to.officeIds.isEmpty())
                return true;
            if (kind == u"wedding_room")
                return m_to.worksIn(idMember(*data, u"officeId"));
            return m_to.worksIn(roomOffice(idMember(*data, u"roomId")));
        };
        const auto caseIn = [&](const QStringList &cases) {
            return !data || cases.contains(data->value(u"caseType").toString());
        };
        const auto when = [](bool condition, Rule rule) { return condition ? rule : Rule{}; };

        if (kind == u"office" || kind == u"service" || kind == u"counter")
            return {Form::Whole};
        if (kind == u"ticket") {
            switch (role) {
            case Role::Clerk:
                return when(worksIn(), {Form::Whole});
            case Role::Supervisor:
                return when(worksIn(), {Form::Only, &kTicketFigures});
            case Role::Display:
                return when(worksIn(), {Form::Only, &kTicketCall});
            default:
                return {};
            }
        }
        if (kind == u"appointment") {
            switch (role) {
            case Role::Clerk:
                return when(worksIn(), {Form::Whole});
            case Role::Registrar:
                return when(worksIn() && (!data || isStandesamt(idMember(*data, u"officeId"))),
                            {Form::Whole});
            case Role::Supervisor:
                return when(worksIn(), {Form::Only, &kAppointmentFigures});
            default:
                return {};
            }
        }
        if (kind == u"wedding_booking") {
            switch (role) {
            case Role::Registrar:
                return when(roomWorksIn(), {Form::Whole});
            case Role::Supervisor:
                return when(roomWorksIn(), {Form::Only, &kWeddingFigures});
            default:
                return {};
            }
        }
        if (kind == u"document") {
            switch (role) {
            case Role::Clerk:
                return when(caseIn(kClerkCases), {Form::Whole});
            case Role::Registrar:
                return when(caseIn(kRegistrarCases), {Form::Whole});
            case Role::Supervisor:
                return {Form::Only, &kDocumentFigures};
            default:
                return {};
            }
        }
        // A payment provider's answer to a lookup by reference.
        if (kind == u"payment") {
            switch (role) {
            case Role::Clerk:
            case Role::Registrar:
                return {Form::Whole};
            case Role::Supervisor:
                return {Form::Only, &kPaymentFigures};
            default:
                return {};
            }
        }
        // Rooms, slots and the registrars' names: the Standesamt's planning;
        // a slot's block reason is free text (it may name a couple).
        if (kind == u"registrar")
            return when(role == Role::Registrar || role == Role::Supervisor, {Form::Whole});
        // Administrators set rooms up; a room holds no couple's data.
        if (kind == u"wedding_room")
            return when(
                (role == Role::Registrar || role == Role::Supervisor || role == Role::Admin) &&
                    roomWorksIn(),
                {Form::Whole});
        if (kind == u"wedding_slot") {
            switch (role) {
            case Role::Registrar:
                return when(roomWorksIn(), {Form::Whole});
            case Role::Supervisor:
                return when(roomWorksIn(), {Form::Only, &kSlotFigures});
            default:
                return {};
            }
        }
        return {};
    }

    std::optional<QJsonObject> apply(QStringView kind, const QJsonObject &data)
    {
        QSet<QString> kept;
        bool receives = false;
        for (const Role role : allRoles()) {
            if (!m_to.roles.testFlag(role))
                continue;
            const Rule r = rule(kind, role, &data);
            switch (r.form) {
            case Form::None:
                break;
            case Form::Whole:
                return data;
            case Form::Only:
                receives = true;
                for (const QString &member : *r.members) {
                    if (data.contains(member))
                        kept.insert(member);
                }
                break;
            }
        }
        if (!receives)
            return std::nullopt;
        QJsonObject part;
        for (const QString &member : std::as_const(kept))
            part.insert(member, data.value(member));
        return part;
    }

    bool receivesKind(QStringView kind)
    {
        for (const Role role : allRoles()) {
            if (m_to.roles.testFlag(role) && rule(kind, role, nullptr).form != Form::None)
                return true;
        }
        return false;
    }

    bool receivesWhole(QStringView kind)
    {
        for (const Role role : allRoles()) {
            if (m_to.roles.testFlag(role) && rule(kind, role, nullptr).form == Form::Whole)
                return true;
        }
        return false;
    }

private:
    qint64 roomOffice(qint64 roomId)
    {
        auto it = m_roomOffices.find(roomId);
        if (it == m_roomOffices.end())
            it = m_roomOffices.insert(roomId, m_policy.m_roomOffice ? m_policy.m_roomOffice(roomId)
                                                                    : qint64(0));
        return *it;
    }

    bool isStandesamt(qint64 officeId)
    {
        auto it = m_officeKinds.find(officeId);
        if (it == m_officeKinds.end())
            it = m_officeKinds.insert(officeId, m_policy.m_officeKind(officeId));
        return *it == u"standesamt"_s;
    }

    const NeedToKnow &m_policy;
    const Recipient &m_to;
    QHash<qint64, QString> m_officeKinds;
    QHash<qint64, qint64> m_roomOffices;
};

std::optional<QJsonObject> NeedToKnow::entity(QStringView kind, const QJsonObject &data,
                                              const Recipient &to) const
{
    return Decision(*this, to).apply(kind, data);
}

QJsonArray NeedToKnow::entities(QStringView kind, const QJsonArray &list, const Recipient &to) const
{
    Decision decision(*this, to);
    QJsonArray visible;
    for (const QJsonValue &value : list) {
        if (const auto part = decision.apply(kind, value.toObject()))
            visible.append(*part);
    }
    return visible;
}

std::optional<Change> NeedToKnow::change(const Change &change, const Recipient &to) const
{
    const QList<Change> visible = changes({change}, to);
    return visible.isEmpty() ? std::nullopt : std::optional<Change>(visible.first());
}

QList<Change> NeedToKnow::changes(const QList<Change> &changes, const Recipient &to) const
{
    Decision decision(*this, to);
    QList<Change> visible;
    for (Change change : changes) {
        if (change.op == Change::Op::Delete) {
            if (decision.receivesKind(change.entity))
                visible.append(std::move(change));
        } else if (auto part = decision.apply(change.entity, change.data)) {
            change.data = std::move(*part);
            visible.append(std::move(change));
        }
    }
    return visible;
}

bool NeedToKnow::searchesContactData(QStringView kind, const Recipient &to) const
{
    return Decision(*this, to).receivesWhole(kind);
}
