#pragma once

#include "core/domain/wedding.h"

#include <QAbstractTableModel>
#include <QDate>

class WeddingCalendar;

// One week of the Traukalender as a table: every slot the server offers,
// with the couple that holds it from the local cache (which has the
// registrar's own changes at once). Without a connection there are no slots,
// so the week shows the cached bookings alone.
class WeddingWeekModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WhenColumn, RoomColumn, StatusColumn, CoupleColumn, ColumnCount };
    enum Role { BookingIdRole = Qt::UserRole + 1, SlotIdRole };

    explicit WeddingWeekModel(WeddingCalendar *calendar, QObject *parent = nullptr);

    QDate monday() const { return m_monday; }
    // Shows the week of `day` (its Monday to Sunday); the slots are cleared
    // until setSlots() brings the new week's.
    void setWeek(QDate day);
    void setSlots(const QList<WeddingSlot> &offered);
    bool hasSlots() const { return m_haveSlots; }
    // Reads the bookings from the cache again.
    void refresh();

    // When the row's slot (or, without one, its booking) begins.
    qint64 startsAt(int row) const;
    std::optional<WeddingSlot> slotAt(int row) const;
    std::optional<WeddingBooking> bookingAt(int row) const;
    int rowOfBooking(const QString &bookingId) const;
    int rowOfSlot(const QString &slotId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        std::optional<WeddingSlot> slot;
        std::optional<WeddingBooking> booking;
        bool pending = false; // the booking's change waits in the outbox

        qint64 startsAt() const { return slot ? slot->startsAt : booking->startsAt; }
    };

    WeddingCalendar *m_calendar;
    QDate m_monday;
    QList<WeddingSlot> m_slots;
    bool m_haveSlots = false;
    QList<Row> m_rows;
};
