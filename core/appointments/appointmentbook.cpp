#include "core/appointments/appointmentbook.h"

#include "core/domain/isotime.h"
#include "core/domain/memberreader.h"
#include "core/sync/backendclient.h"
#include "core/sync/otherloginswrites.h"
#include "core/sync/outboxwrite.h"
#include "core/sync/syncengine.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
const QString kEntity = u"appointment"_s;
const QString kPath = u"/api/v1/appointments"_s;
} // namespace

AppointmentBook::AppointmentBook(BackendClient *client, LocalStore *store, SyncEngine *sync,
                                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_sync(sync)
{
    connect(m_sync, &SyncEngine::changesApplied, this, [this](const QStringList &entities) {
        if (entities.contains(kEntity))
            emit changed();
    });
    OutboxSender &outbox = m_sync->outbox();
    connect(&outbox, &OutboxSender::pendingCountChanged, this,
            &AppointmentBook::pendingCountChanged);
    connect(&outbox, &OutboxSender::written, this, &AppointmentBook::handleWritten);
    connect(&outbox, &OutboxSender::refused, this,
            [this](const OutboxEntry &entry, int status, const QString &code, const QString &detail,
                   const QList<OutboxEntry> &dropped, const QJsonObject &problem) {
                if (entry.entity != kEntity)
                    return;
                const QString what = refusedSummary(entry, dropped);
                emit changed();
                if (entry.path.endsWith(u"/check-in"_s)) {
                    // The visitor asks for their number again: it is said with the refusal.
                    QString number = problem.value(u"ticketNumber"_s).toString();
                    if (number.isEmpty() && code == u"already-checked-in"_s)
                        if (const auto a =
                                findByCode(entry.body.value(u"bookingCode"_s).toString()))
                            number = ticketNumberOf(*a);
                    emit checkInRefused(what, number.isEmpty() ? refusalText(status, code, detail)
                                                               : alreadyCheckedInText(number));
                } else
                    emit refused(what, refusalText(status, code, detail));
            });
}

QList<Appointment> AppointmentBook::between(qint64 from, qint64 to) const
{
    QList<Appointment> result;
    for (const QJsonObject &json : m_store->entitiesStartingBetween(kEntity, from, to)) {
        if (const auto a = readOrWarn<Appointment>(json, "Appointments", "appointment"))
            result.append(*a);
    }
    return result;
}

QList<Appointment> AppointmentBook::all() const
{
    QList<Appointment> result;
    for (const QJsonObject &json : m_store->entities(kEntity)) {
        if (const auto a = readOrWarn<Appointment>(json, "Appointments", "appointment"))
            result.append(*a);
    }
    return result;
}

std::optional<Appointment> AppointmentBook::find(const QString &id) const
{
    const auto json = m_store->entity(kEntity, id);
    if (!json)
        return std::nullopt;
    return readOrWarn<Appointment>(*json, "Appointment", "appointment");
}

std::optional<Appointment> AppointmentBook::findByCode(const QString &bookingCode) const
{
    const auto code = BookingCode::normalise(bookingCode);
    if (!code)
        return std::nullopt;
    const auto json = m_store->entityWhere(kEntity, u"bookingCode"_s, *code);
    if (!json)
        return std::nullopt;
    return readOrWarn<Appointment>(*json, "Booking code", "appointment");
}

QSet<QString> AppointmentBook::pendingIds() const
{
    QSet<QString> ids;
    for (const OutboxEntry &entry : m_store->pendingWrites()) {
        if (entry.entity == kEntity)
            ids.insert(entry.entityId);
    }
    return ids;
}

int AppointmentBook::pendingCount() const
{
    return m_store->pendingCount();
}

QStringList AppointmentBook::pendingSummaries() const
{
    QStringList summaries;
    const QString me = m_client->session().login;
    for (const OutboxEntry &entry : m_store->pendingWrites())
        summaries.append(entry.login == me || entry.login.isEmpty()
                             ? entry.summary
                             : OtherLoginsWrites::madeByText(entry));
    return summaries;
}

QString AppointmentBook::serviceName(const QString &serviceId) const
{
    const auto service = m_store->entity(u"service"_s, serviceId);
    return service ? service->value(u"name"_s).toString() : tr("Service %1").arg(serviceId);
}

QString AppointmentBook::ticketNumberOf(const Appointment &appointment) const
{
    if (appointment.ticketId.isEmpty())
        return {};
    const auto ticket = m_store->entity(u"ticket"_s, appointment.ticketId);
    return ticket ? ticket->value(u"number"_s).toString() : QString();
}

QString AppointmentBook::alreadyCheckedInText(const QString &ticketNumber)
{
    return tr("This appointment has already been checked in. Ticket number: %1").arg(ticketNumber);
}

QString AppointmentBook::describe(const Appointment &a) const
{
    const QString when =
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(a.startsAt), u"ddd dd.MM. HH:mm"_s);
    return a.name.isEmpty() ? tr("Appointment %1, %2").arg(a.bookingCode, when)
                            : tr("Appointment %1, %2").arg(a.name, when);
}

Result<void> AppointmentBook::enqueue(const QByteArray &method, const QString &path,
                                      const QJsonObject &body, const QString &entityId,
                                      const QString &summary,
                                      const std::optional<Appointment> &optimistic)
{
    OutboxEntry entry;
    entry.method = method;
    entry.path = path;
    entry.body = body;
    entry.entity = kEntity;
    entry.entityId = entityId;
    entry.summary = summary;
    entry.login = m_client->session().login;
    if (const Result<void> queued =
            queueWrite(*m_store, *m_sync, entry,
                       optimistic ? std::optional(optimistic->toJson()) : std::nullopt);
        !queued)
        return queued;
    emit changed();
    emit pendingCountChanged(m_store->pendingCount());
    return {};
}

Result<void> AppointmentBook::book(const AppointmentRequest &request)
{
    if (request.name.trimmed().isEmpty())
        return Result<void>::failure(tr("Please enter the citizen's name."));
    const auto service = m_store->entity(u"service"_s, request.serviceId);
    if (!service)
        return Result<void>::failure(tr("Please choose a service."));
    Appointment a;
    a.id = u"local-"_s + QUuid::createUuid().toString(QUuid::Id128);
    a.officeId = service->value(u"officeId"_s).toString();
    a.serviceId = request.serviceId;
    a.startsAt = request.startsAt;
    a.durationMinutes = service->value(u"typicalMinutes"_s).toInt();
    a.source = request.source;
    a.name = request.name.trimmed();
    a.phone = request.phone.trimmed();
    a.email = request.email.trimmed();
    a.notes = request.notes.trimmed();
    const QJsonObject body{
        {u"serviceId"_s, a.serviceId},
        {u"startsAt"_s, isoTimeFromMSecs(a.startsAt)},
        {u"name"_s, a.name},
        {u"phone"_s, a.phone},
        {u"email"_s, a.email},
        {u"notes"_s, a.notes},
        {u"source"_s, appointmentSourceName(a.source)},
    };
    return enqueue("POST", kPath, body, a.id, tr("Book %1").arg(describe(a)), a);
}

Result<void> AppointmentBook::rebook(const Appointment &current, const QString &serviceId,
                                     qint64 startsAt)
{
    Appointment moved = current;
    QJsonObject body{{u"startsAt"_s, isoTimeFromMSecs(startsAt)}};
    if (serviceId != current.serviceId) {
        const auto service = m_store->entity(u"service"_s, serviceId);
        if (!service)
            return Result<void>::failure(tr("Please choose a service."));
        body.insert(u"serviceId"_s, serviceId);
        moved.serviceId = serviceId;
        moved.durationMinutes = service->value(u"typicalMinutes"_s).toInt();
    }
    if (!current.isLocalOnly())
        body.insert(u"version"_s, current.version);
    moved.startsAt = startsAt;
    moved.version += 1;
    return enqueue("PATCH", kPath + u'/' + current.id, body, current.id,
                   tr("Move %1").arg(describe(current)), moved);
}

Result<void> AppointmentBook::changeContact(const Appointment &current,
                                            const AppointmentRequest &contact)
{
    if (contact.name.trimmed().isEmpty())
        return Result<void>::failure(tr("Please enter the citizen's name."));
    Appointment changed = current;
    changed.name = contact.name.trimmed();
    changed.phone = contact.phone.trimmed();
    changed.email = contact.email.trimmed();
    changed.notes = contact.notes.trimmed();
    changed.version += 1;
    QJsonObject body{{u"name"_s, changed.name},
                     {u"phone"_s, changed.phone},
                     {u"email"_s, changed.email},
                     {u"notes"_s, changed.notes}};
    if (!current.isLocalOnly())
        body.insert(u"version"_s, current.version);
    return enqueue("PATCH", kPath + u'/' + current.id, body, current.id,
                   tr("Change contact of %1").arg(describe(current)), changed);
}

Result<void> AppointmentBook::cancel(const Appointment &current)
{
    if (current.status != AppointmentStatus::Booked)
        return Result<void>::failure(tr("Only a booked appointment can be cancelled."));
    Appointment cancelled = current;
    cancelled.status = AppointmentStatus::Cancelled;
    cancelled.version += 1;
    const QString path = current.isLocalOnly()
                             ? kPath + u'/' + current.id
                             : kPath + u"/%1?version=%2"_s.arg(current.id).arg(current.version);
    return enqueue("DELETE", path, {}, current.id, tr("Cancel %1").arg(describe(current)),
                   cancelled);
}

Result<void> AppointmentBook::markNoShow(const Appointment &current)
{
    if (current.status != AppointmentStatus::Booked)
        return Result<void>::failure(tr("Only a booked appointment can be marked as missed."));
    Appointment missed = current;
    missed.status = AppointmentStatus::NoShow;
    missed.version += 1;
    QJsonObject body{{u"status"_s, u"no_show"_s}};
    if (!current.isLocalOnly())
        body.insert(u"version"_s, current.version);
    return enqueue("PATCH", kPath + u'/' + current.id, body, current.id,
                   tr("Mark %1 as missed").arg(describe(current)), missed);
}

Result<void> AppointmentBook::checkIn(const QString &typed)
{
    const auto code = BookingCode::normalise(typed);
    if (!code)
        return Result<void>::failure(
            tr("\"%1\" is not a booking code. A booking code has 8 characters, "
               "e.g. K7M2-9QXP.")
                .arg(typed.trimmed().left(40)));
    const auto known = findByCode(*code);
    std::optional<Appointment> checkedIn;
    if (known) {
        switch (known->status) {
        case AppointmentStatus::Booked:
            break;
        case AppointmentStatus::CheckedIn:
        case AppointmentStatus::Done: {
            const QString number = ticketNumberOf(*known);
            return Result<void>::failure(
                number.isEmpty() ? tr("%1 has already been checked in.").arg(describe(*known))
                                 : tr("%1 has already been checked in. Ticket number: %2")
                                       .arg(describe(*known), number));
        }
        case AppointmentStatus::Cancelled:
            return Result<void>::failure(tr("%1 was cancelled.").arg(describe(*known)));
        case AppointmentStatus::NoShow:
            return Result<void>::failure(tr("%1 was marked as missed.").arg(describe(*known)));
        }
        if (known->isLocalOnly())
            return Result<void>::failure(
                tr("%1 has not reached the server yet.").arg(describe(*known)));
        checkedIn = *known;
        checkedIn->status = AppointmentStatus::CheckedIn;
        checkedIn->version += 1;
    }
    // Offline, only today's appointments this computer knows are taken: a
    // code it does not know may be mistyped or not exist, and the visitor
    // would wait for a number that never comes.
    const bool online = m_sync->connection() == SyncEngine::Connection::Online;
    if (!online && !known)
        return Result<void>::failure(
            tr("%1 is not among today's appointments known to this computer. Without a "
               "connection to the server only those can be checked in. Please check the code, "
               "or issue a ticket at the front desk.")
                .arg(*code));
    if (!online && QDateTime::fromMSecsSinceEpoch(known->startsAt).date() != QDate::currentDate())
        return Result<void>::failure(tr("%1 is not today.").arg(describe(*known)));
    // Unknown here (not yet synced): the server decides; the outbox groups it by code.
    const QString entityId = known ? known->id : u"code:"_s + *code;
    const QString summary =
        known ? tr("Check in %1").arg(describe(*known)) : tr("Check in booking code %1").arg(*code);
    return enqueue("POST", kPath + u"/check-in"_s, {{u"bookingCode"_s, *code}}, entityId, summary,
                   checkedIn);
}

void AppointmentBook::handleWritten(const OutboxEntry &entry, const QJsonValue &answer)
{
    if (entry.entity != kEntity)
        return;
    emit changed();
    const QJsonObject json = answer.toObject();
    if (entry.path.endsWith(u"/check-in"_s)) {
        auto a = find(json.value(u"appointmentId"_s).toString());
        if (!a) {
            a = Appointment();
            a->id = json.value(u"appointmentId"_s).toString();
            a->bookingCode = entry.body.value(u"bookingCode"_s).toString();
        }
        emit checkedIn(*a, json.value(u"number"_s).toString());
    } else if (entry.method == "POST") {
        if (const auto a = readOrWarn<Appointment>(json, "Booked", "appointment"))
            emit booked(*a);
    }
}

void AppointmentBook::fetchFreeSlots(
    const QString &serviceId, QDate from, QDate to, QObject *context,
    std::function<void(const QList<FreeSlot> &, const QString &error)> done)
{
    const QUrlQuery query{{u"serviceId"_s, serviceId},
                          {u"from"_s, from.toString(Qt::ISODate)},
                          {u"to"_s, to.toString(Qt::ISODate)}};
    m_client->get(kPath + u"/slots"_s, query, context, [done](const ApiResponse &response) {
        if (!response.ok()) {
            done({}, response.message);
            return;
        }
        QList<FreeSlot> slotList;
        for (const QJsonValue &value : response.body.toArray()) {
            const QJsonObject json = value.toObject();
            slotList.append({msecsFromIsoTime(json.value(u"startsAt"_s).toString()),
                             json.value(u"capacity"_s).toInt(), json.value(u"free"_s).toInt()});
        }
        done(slotList, QString());
    });
}

QString AppointmentBook::refusalText(int status, const QString &code, const QString &detail)
{
    if (code == u"slot-full"_s)
        return tr("The time was booked up meanwhile. Please choose another time.");
    if (code == u"slot-past"_s)
        return tr("The time has passed. Please choose another time.");
    if (code == u"no-such-slot"_s)
        return tr("The time is not bookable (opening hours or slot length). Please choose a "
                  "suggested time.");
    if (code == u"version-conflict"_s)
        return tr("Someone else changed this appointment meanwhile. Your change was undone; "
                  "please look at the appointment again.");
    if (code == u"not-booked"_s)
        return tr("The appointment is no longer open (checked in, cancelled or done).");
    if (code == u"already-checked-in"_s)
        return tr("This appointment has already been checked in.");
    if (code == u"appointment-cancelled"_s)
        return tr("This appointment was cancelled.");
    if (code == u"appointment-missed"_s)
        return tr("This appointment was marked as missed.");
    if (code == u"not-today"_s)
        return tr("This appointment is not today.");
    if (code == u"anonymised"_s)
        return tr("The contact data of this appointment has been removed (retention period).");
    if (status == 404)
        return tr("The server does not know this appointment or booking code.");
    if (status == 403)
        return tr("You are not allowed to do this.");
    return detail.isEmpty() ? tr("The server refused the change (HTTP %1).").arg(status) : detail;
}
