#pragma once

#include "core/domain/result.h"
#include "core/domain/wedding.h"
#include "core/payments/paymentcheck.h"

#include <QDate>
#include <QObject>
#include <QSet>

#include <functional>

class BackendClient;
class LocalStore;
class SyncEngine;

// A registrar who may officiate: login and name.
struct Registrar
{
    QString login;
    QString name;
};

// The Traukalender as the Standesamt's workstation sees and changes it. The
// bookings come from the local cache (synced, so they stay readable offline);
// which slots are free is asked online. Every write (reserve, change, move,
// a step in the lifecycle) goes through the outbox with an optimistic change,
// so it is never lost; what the server refuses comes back as a message.
class WeddingCalendar : public QObject
{
    Q_OBJECT

public:
    WeddingCalendar(BackendClient *client, LocalStore *store, SyncEngine *sync,
                    QObject *parent = nullptr);

    // Bookings of slots starting in [from, to), cancelled ones included.
    QList<WeddingBooking> between(qint64 from, qint64 to) const;
    std::optional<WeddingBooking> find(const QString &id) const;
    std::optional<WeddingBooking> findByCode(const QString &bookingCode) const;
    bool isPending(const QString &id) const;
    // The ids of the bookings with a write waiting in the outbox, from one
    // look at it: a model asks once per rebuild, not once per row.
    QSet<QString> pendingIds() const;
    QString login() const;
    // The Standesamt's office as the cache has it (name, address), for print.
    std::optional<QJsonObject> standesamt() const;

    // Slots of the days [from, to] (online only): `done` gets them or an error text.
    void fetchSlots(QDate from, QDate to, QObject *context,
                    std::function<void(const QList<WeddingSlot> &, const QString &error)> done);
    void fetchRegistrars(QObject *context,
                         std::function<void(const QList<Registrar> &, const QString &error)> done);
    // Asks the payment system about a fee's Kassenzeichen (as the Payments
    // workspace does): `done` gets whether it is known, or why it cannot say.
    void checkFee(const QString &reference, QObject *context,
                  std::function<void(const PaymentCheck::Result &)> done);

    // Each fails (with a message for the registrar) when the write cannot even
    // be queued; otherwise the change shows at once and is sent.
    Result<void> reserve(const WeddingSlot &slot, const WeddingBooking &couple);
    // Sends what differs between `current` and `edited`: the couple, the
    // checklist, registrar, fee reference and, when it changed, the status
    // (checked here first, as the server will).
    Result<void> update(const WeddingBooking &current, const WeddingBooking &edited);
    Result<void> move(const WeddingBooking &current, const WeddingSlot &to);
    // Blocks a free slot (a holiday, the room is needed otherwise) or frees a
    // blocked one; online only, as the slot list is. `done` gets the error text
    // for the registrar, empty when it worked.
    void setSlotBlocked(const WeddingSlot &slot, bool blocked, const QString &reason,
                        QObject *context, std::function<void(const QString &error)> done);

    // What the registrar reads for an API refusal code.
    static QString refusalText(int status, const QString &code, const QString &detail);
    static QString statusText(WeddingStatus status);
    static QString slotStatusText(WeddingSlotStatus status);
    static QString documentLabel(const QString &key);
    static QString documentStateText(DocumentState state);
    // A slot's time as the registrar reads it: "Dienstag, 05.01.2027, 10:00".
    static QString slotTime(qint64 msecs);

signals:
    // The cache's bookings changed (feed, own write, confirmation, rollback).
    void changed();
    // A reservation went through: with its booking code now.
    void reserved(const WeddingBooking &booking);
    // The server refused a write; it has been undone. `what` says which.
    void refused(const QString &what, const QString &reason);

private:
    Result<void> enqueue(const QByteArray &method, const QString &path, const QJsonObject &body,
                         const QString &entityId, const QString &summary,
                         const std::optional<WeddingBooking> &optimistic);
    QString describe(const WeddingBooking &booking) const;

    BackendClient *m_client;
    LocalStore *m_store;
    SyncEngine *m_sync;
};
