#pragma once

#include "core/domain/appointment.h"
#include "core/domain/result.h"
#include "core/sync/localstore.h"

#include <QCoreApplication>
#include <QDate>
#include <QObject>
#include <QSet>

#include <functional>

class BackendClient;
class SyncEngine;

// What the clerk fills in when booking.
struct AppointmentRequest
{
    QString serviceId;
    qint64 startsAt = 0;
    QString name;
    QString phone;
    QString email;
    QString notes;
    AppointmentSource source = AppointmentSource::Desk;
};

// A bookable time as the server offers it.
struct FreeSlot
{
    qint64 startsAt = 0;
    int capacity = 0;
    int free = 0;
};

// The appointments as the workstation sees and changes them. Reads come from
// the local cache; every write (book, rebook, change, cancel, check in) goes
// through the outbox with an optimistic change, online or not, so it is never
// lost. What the server refuses comes back as a message for the clerk.
class AppointmentBook : public QObject
{
    Q_OBJECT

public:
    AppointmentBook(BackendClient *client, LocalStore *store, SyncEngine *sync,
                    QObject *parent = nullptr);

    QList<Appointment> between(qint64 from, qint64 to) const;
    // Every appointment in the cache, of every day (for a search).
    QList<Appointment> all() const;
    std::optional<Appointment> find(const QString &id) const;
    std::optional<Appointment> findByCode(const QString &bookingCode) const;
    // The ids of the appointments with a write waiting in the outbox, from
    // one look at it: a model asks once per rebuild, not once per row.
    QSet<QString> pendingIds() const;
    int pendingCount() const;
    QStringList pendingSummaries() const;
    QString serviceName(const QString &serviceId) const;
    // The number of the ticket a check-in made, from the cache (empty: unknown here).
    QString ticketNumberOf(const Appointment &appointment) const;
    // What the clerk reads when a checked-in visitor comes again.
    static QString alreadyCheckedInText(const QString &ticketNumber);

    // Each fails (with a message for the clerk) when the write cannot even be
    // queued; otherwise the change shows at once and is sent.
    Result<void> book(const AppointmentRequest &request);
    Result<void> rebook(const Appointment &current, const QString &serviceId, qint64 startsAt);
    Result<void> changeContact(const Appointment &current, const AppointmentRequest &contact);
    Result<void> cancel(const Appointment &current);
    Result<void> markNoShow(const Appointment &current);
    // `typed` as a clerk typed it or a handheld scanner sent it. Offline only
    // a code of today's appointments in the cache is taken.
    Result<void> checkIn(const QString &typed);

    // Free times of a service (online only): `done` gets them or an error text.
    void fetchFreeSlots(const QString &serviceId, QDate from, QDate to, QObject *context,
                        std::function<void(const QList<FreeSlot> &, const QString &error)> done);

    // The clerk-facing reason for a refusal code from the server.
    static QString refusalText(int status, const QString &code, const QString &detail);

signals:
    // The cache's appointments changed (feed, own write, confirmation, rollback).
    void changed();
    void pendingCountChanged(int count);
    // A check-in went through: the visitor's ticket number.
    void checkedIn(const Appointment &appointment, const QString &ticketNumber);
    // A booking went through: with its booking code now.
    void booked(const Appointment &appointment);
    // The server refused a write; it has been undone. `what` says which.
    void refused(const QString &what, const QString &reason);
    // The same for a check-in (the visitor is standing at the counter).
    void checkInRefused(const QString &what, const QString &reason);

private:
    Result<void> enqueue(const QByteArray &method, const QString &path, const QJsonObject &body,
                         const QString &entityId, const QString &summary,
                         const std::optional<Appointment> &optimistic);
    QString describe(const Appointment &appointment) const;
    void handleWritten(const OutboxEntry &entry, const QJsonValue &answer);

    BackendClient *m_client;
    LocalStore *m_store;
    SyncEngine *m_sync;
};
