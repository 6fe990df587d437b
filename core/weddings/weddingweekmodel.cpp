#include "core/weddings/weddingweekmodel.h"

#include "core/domain/itemshades.h"
#include "core/weddings/weddingcalendar.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
qint64 startOf(QDate day)
{
    return QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch();
}

// Whether the booking still occupies its slot as the registrar sees it.
bool holdsSlot(const WeddingBooking &b, qint64 now)
{
    return b.status != WeddingStatus::Cancelled && !b.hasLapsed(now);
}
} // namespace

WeddingWeekModel::WeddingWeekModel(WeddingCalendar *calendar, QObject *parent)
    : QAbstractTableModel(parent)
    , m_calendar(calendar)
{
    connect(m_calendar, &WeddingCalendar::changed, this, &WeddingWeekModel::refresh);
    setWeek(QDate::currentDate());
}

void WeddingWeekModel::setWeek(QDate day)
{
    m_monday = day.addDays(1 - day.dayOfWeek());
    m_slots.clear();
    m_haveSlots = false;
    refresh();
}

void WeddingWeekModel::setSlots(const QList<WeddingSlot> &offered)
{
    m_slots = offered;
    m_haveSlots = true;
    refresh();
}

void WeddingWeekModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<WeddingBooking> bookings =
        m_calendar->between(startOf(m_monday), startOf(m_monday.addDays(7)));
    bookings.removeIf([now](const WeddingBooking &b) { return !holdsSlot(b, now); });
    for (const WeddingSlot &slot : std::as_const(m_slots)) {
        Row row{slot, std::nullopt};
        const auto holder =
            std::find_if(bookings.begin(), bookings.end(),
                         [&slot](const WeddingBooking &b) { return b.slotId == slot.id; });
        if (holder != bookings.end()) {
            row.booking = *holder;
            bookings.erase(holder);
        }
        m_rows.append(row);
    }
    // What the cache knows and the slot list does not (offline, or moved here
    // just now): shown by itself, in time order.
    for (const WeddingBooking &b : std::as_const(bookings)) {
        const auto at = std::find_if(m_rows.begin(), m_rows.end(),
                                     [&b](const Row &row) { return row.startsAt() > b.startsAt; });
        m_rows.insert(at, Row{std::nullopt, b});
    }
    // Asked once here, not for every row or every paint.
    const QSet<QString> pending = m_calendar->pendingIds();
    for (Row &row : m_rows)
        row.pending = row.booking && pending.contains(row.booking->id);
    endResetModel();
}

qint64 WeddingWeekModel::startsAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).startsAt() : 0;
}

std::optional<WeddingSlot> WeddingWeekModel::slotAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).slot : std::nullopt;
}

std::optional<WeddingBooking> WeddingWeekModel::bookingAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).booking : std::nullopt;
}

int WeddingWeekModel::rowOfBooking(const QString &bookingId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).booking && m_rows.at(i).booking->id == bookingId)
            return int(i);
    }
    return -1;
}

int WeddingWeekModel::rowOfSlot(const QString &slotId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).slot && m_rows.at(i).slot->id == slotId)
            return int(i);
    }
    return -1;
}

int WeddingWeekModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WeddingWeekModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WeddingWeekModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const qint64 startsAt = row.startsAt();
    const QString roomName = row.slot ? row.slot->roomName : row.booking->roomName;
    if (role == BookingIdRole)
        return row.booking ? row.booking->id : QString();
    if (role == SlotIdRole)
        return row.slot ? row.slot->id : row.booking->slotId;
    const bool past = startsAt <= QDateTime::currentMSecsSinceEpoch();
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        if (!row.booking && row.slot && row.slot->status == WeddingSlotStatus::Free && !past)
            return QBrush(QColor::fromRgba(ItemShades::kFree));
        if (!row.booking && past)
            return QBrush(QColor::fromRgba(ItemShades::kSetBack));
        if (row.slot && row.slot->status == WeddingSlotStatus::Blocked)
            return QBrush(QColor::fromRgba(ItemShades::kSetBack));
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case WhenColumn:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(startsAt), u"ddd dd.MM. HH:mm"_s);
    case RoomColumn:
        return roomName;
    case StatusColumn: {
        if (row.booking) {
            QString text = WeddingCalendar::statusText(row.booking->status);
            if (row.pending)
                text += u" "_s + tr("(not yet sent)");
            return text;
        }
        if (past && row.slot->status == WeddingSlotStatus::Free)
            return tr("Past");
        if (row.slot->status == WeddingSlotStatus::Blocked && !row.slot->blockReason.isEmpty())
            return tr("Blocked: %1").arg(row.slot->blockReason);
        return WeddingCalendar::slotStatusText(row.slot->status);
    }
    case CoupleColumn:
        if (!row.booking)
            return QString();
        return row.booking->partner1.isEmpty()
                   ? row.booking->bookingCode
                   : tr("%1 & %2").arg(row.booking->partner1, row.booking->partner2);
    }
    return {};
}

QVariant WeddingWeekModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case RoomColumn:
        return tr("Room");
    case StatusColumn:
        return tr("Status");
    case CoupleColumn:
        return tr("Couple");
    }
    return {};
}
