#include "server/auth/needtoknow.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {
enum class Form { None, Whole, Without, Only };

struct Rule
{
    Form form = Form::None;
    const QStringList *members = nullptr; // for Without and Only
};

// What the call board shows of a ticket: TicketCall's members.
const QStringList kTicketCall{u"id"_s,     u"officeId"_s,  u"serviceId"_s, u"number"_s,
                              u"status"_s, u"counterId"_s, u"calledAt"_s,  u"callCount"_s};
const QStringList kTicketNotes{u"notes"_s};
const QStringList kAppointmentContact{u"name"_s, u"phone"_s, u"email"_s, u"notes"_s,
                                      u"bookingCode"_s};
// The checklist too: which papers a couple needs tells about them (e.g. foreign documents).
const QStringList kCouple{u"partner1"_s, u"partner2"_s,    u"email"_s,        u"phone"_s,
                          u"notes"_s,    u"bookingCode"_s, u"feeReference"_s, u"documents"_s};
// What is on the page: its name, the codes read from it, where it lies, its hash.
const QStringList kDocumentContent{u"fileName"_s, u"codes"_s, u"storagePath"_s, u"sha256"_s};

const QStringList kClerkCases{u"ticket"_s, u"appointment"_s, u"payment"_s};
const QStringList kRegistrarCases{u"wedding"_s, u"payment"_s};

qint64 idMember(const QJsonObject &data, QStringView key)
{
    return data.value(key).toString().toLongLong();
}
} // namespace

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
                return {Form::Without, &kTicketNotes};
            case Role::Display:
                return {Form::Only, &kTicketCall};
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
                return {Form::Without, &kAppointmentContact};
            default:
                return {};
            }
        }
        if (kind == u"wedding_booking") {
            switch (role) {
            case Role::Registrar:
                return {Form::Whole};
            case Role::Supervisor:
                return {Form::Without, &kCouple};
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
                return {Form::Without, &kDocumentContent};
            default:
                return {};
            }
        }
        // Rooms, slots and the registrars' names: the Standesamt's planning.
        if (kind == u"wedding_room" || kind == u"wedding_slot" || kind == u"registrar")
            return when(role == Role::Registrar || role == Role::Supervisor, {Form::Whole});
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
            case Form::Without:
                receives = true;
                for (auto it = data.begin(); it != data.end(); ++it) {
                    if (!r.members->contains(it.key()))
                        kept.insert(it.key());
                }
                break;
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
