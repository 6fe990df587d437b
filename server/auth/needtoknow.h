#pragma once

#include "core/domain/change.h"
#include "core/domain/roles.h"

#include <QHashFunctions>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <optional>

struct UserRecord;

// Who receives an answer, a change or an event.
struct Recipient
{
    Roles roles;
    // The offices whose tickets, appointments and weddings they work with,
    // ascending; empty: every office (a user without offices).
    QList<qint64> officeIds = {};

    static Recipient of(const UserRecord &user);

    bool worksIn(qint64 officeId) const
    {
        return officeIds.isEmpty() || officeIds.contains(officeId);
    }

    // Two recipients are the same when they receive the same: every member
    // above counts here and in qHash, so that a decision cached per
    // recipient is never handed to another.
    friend bool operator==(const Recipient &, const Recipient &) = default;
    friend size_t qHash(const Recipient &recipient, size_t seed = 0)
    {
        return qHashMulti(seed, recipient.roles.toInt(),
                          qHashRange(recipient.officeIds.begin(), recipient.officeIds.end()));
    }
};

// Need-to-know, decided here and nowhere else: what each recipient may receive
// of each entity, member by member, on every read path (GET answers, the
// changes feed, the events WebSocket). docs/privacy.md has the same rules as a
// table; tst_needtoknow holds them to it.
//
// Offices: a recipient with offices (Recipient::officeIds) receives tickets
// and appointments of those offices only, and wedding rooms, slots and
// bookings of the rooms of those offices; one without, those of every office.
//
// The rules by role (someone with several roles gets the union):
// - clerk: offices, services, counters; tickets and appointments of the
//   offices they work in, whole; documents of tickets, appointments and
//   payments. No wedding bookings.
// - registrar: wedding rooms, slots, registrars and bookings, whole;
//   appointments of Standesamt offices, whole (none of the Bürgeramt's);
//   documents of weddings and payments.
// - clerk and registrar: a payment lookup's answer, whole.
// - supervisor: what statistics need (statisticsMembers): of tickets,
//   appointments, wedding bookings and slots, documents and payments only the
//   members named there: ids, states, times, counts. Never a name, e-mail,
//   phone, note, booking code, fee reference, checklist, file name, decoded
//   code, a slot's block reason or a payment's purpose; a member added later
//   reaches them only once it is listed. Wedding rooms and registrars whole.
// - display: what the call board shows of a ticket (TicketCall's members).
// - kiosk: offices, services, counters; the ticket it issues comes in the
//   answer to its own request, never from the feed.
// - admin: configuration (offices, services, counters) only; personal data
//   only through the access and erasure tools.
// An entity kind that is not named here goes to nobody.
class NeedToKnow
{
public:
    // The kind of an office ("buergeramt", "standesamt"); empty when unknown.
    using OfficeKind = std::function<QString(qint64 officeId)>;
    // The office of a wedding room; 0 when unknown.
    using RoomOffice = std::function<qint64(qint64 roomId)>;

    explicit NeedToKnow(OfficeKind officeKind, RoomOffice roomOffice = {})
        : m_officeKind(std::move(officeKind))
        , m_roomOffice(std::move(roomOffice))
    {}

    // `data`, an entity of `kind` as the API shows it, as `to` may receive it:
    // whole, with members left out, or not at all (nullopt).
    std::optional<QJsonObject> entity(QStringView kind, const QJsonObject &data,
                                      const Recipient &to) const;
    // Every entity of `list` that `to` may receive, as they may.
    QJsonArray entities(QStringView kind, const QJsonArray &list, const Recipient &to) const;
    // A change as `to` may receive it, or nullopt. A removal goes to everyone
    // who may receive some entity of its kind.
    std::optional<Change> change(const Change &change, const Recipient &to) const;
    QList<Change> changes(const QList<Change> &changes, const Recipient &to) const;

    // The only members of `kind` a supervisor receives (empty: the kind is
    // whole or nothing to them).
    static const QStringList &statisticsMembers(QStringView kind);

    // Whether `to` may find entities of `kind` by name, e-mail or phone.
    bool searchesContactData(QStringView kind, const Recipient &to) const;

private:
    class Decision;

    OfficeKind m_officeKind;
    RoomOffice m_roomOffice;
};
