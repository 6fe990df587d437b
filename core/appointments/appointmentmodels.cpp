#include "core/appointments/appointmentmodels.h"

#include "core/appointments/appointmentbook.h"
#include "core/domain/itemshades.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
constexpr int kRowsPerHour = 2;

qint64 startOf(QDate day)
{
    return QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch();
}
} // namespace

bool AppointmentFilter::accepts(const Appointment &a) const
{
    if (!officeId.isEmpty() && a.officeId != officeId)
        return false;
    if (!serviceId.isEmpty() && a.serviceId != serviceId)
        return false;
    if (!showCancelled && a.status == AppointmentStatus::Cancelled)
        return false;
    const QString needle = search.trimmed();
    if (needle.isEmpty())
        return true;
    QString code = needle.toUpper();
    code.remove(u'-').remove(u' ');
    return a.name.contains(needle, Qt::CaseInsensitive) ||
           (code.size() >= 3 && QString(a.bookingCode).remove(u'-').contains(code));
}

AppointmentDayModel::AppointmentDayModel(AppointmentBook *book, QObject *parent)
    : QAbstractTableModel(parent)
    , m_book(book)
    , m_day(QDate::currentDate())
{
    connect(m_book, &AppointmentBook::changed, this, &AppointmentDayModel::refresh);
}

void AppointmentDayModel::setDay(QDate day)
{
    m_day = day;
    refresh();
}

void AppointmentDayModel::setFilter(const AppointmentFilter &filter)
{
    m_filter = filter;
    refresh();
}

void AppointmentDayModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    // Asked once here, not for every row or every paint.
    m_pending = m_book->pendingIds();
    m_serviceNames.clear();
    for (const Appointment &a : m_book->between(startOf(m_day), startOf(m_day) + kDayMs)) {
        if (!m_filter.accepts(a))
            continue;
        m_rows.append(a);
        // Looked up once here, not at every paint.
        if (!m_serviceNames.contains(a.serviceId))
            m_serviceNames.insert(a.serviceId, m_book->serviceName(a.serviceId));
    }
    endResetModel();
}

std::optional<Appointment> AppointmentDayModel::appointmentAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

int AppointmentDayModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

int AppointmentDayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AppointmentDayModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AppointmentDayModel::statusText(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Booked:
        return tr("booked");
    case AppointmentStatus::CheckedIn:
        return tr("checked in");
    case AppointmentStatus::Done:
        return tr("done");
    case AppointmentStatus::NoShow:
        return tr("did not come");
    case AppointmentStatus::Cancelled:
        return tr("cancelled");
    }
    return {};
}

QString AppointmentDayModel::sourceText(AppointmentSource source)
{
    switch (source) {
    case AppointmentSource::Online:
        return tr("online");
    case AppointmentSource::Phone:
        return tr("phone");
    case AppointmentSource::Desk:
        return tr("at the desk");
    }
    return {};
}

QVariant AppointmentDayModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Appointment &a = m_rows.at(index.row());
    const bool pending = m_pending.contains(a.id);
    if (role == IdRole)
        return a.id;
    if (role == Qt::FontRole && pending) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role == Qt::ForegroundRole &&
        (a.status == AppointmentStatus::Cancelled || a.status == AppointmentStatus::NoShow))
        return QBrush(QColor::fromRgba(ItemShades::kSetBack));
    if (role == Qt::ToolTipRole && pending)
        return tr("This change is waiting to be sent to the server.");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return QDateTime::fromMSecsSinceEpoch(a.startsAt).toString(u"HH:mm"_s);
    case Service:
        return m_serviceNames.value(a.serviceId);
    case Name:
        return a.anonymised ? tr("(removed)") : a.name;
    case Code:
        return a.bookingCode.isEmpty() ? tr("(after sending)") : a.bookingCode;
    case Status:
        return pending ? tr("%1 (not sent yet)").arg(statusText(a.status)) : statusText(a.status);
    case Source:
        return sourceText(a.source);
    }
    return {};
}

QVariant AppointmentDayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Service:
        return tr("Service");
    case Name:
        return tr("Name");
    case Code:
        return tr("Booking code");
    case Status:
        return tr("Status");
    case Source:
        return tr("Booked via");
    }
    return {};
}

AppointmentSearchModel::AppointmentSearchModel(AppointmentBook *book, QObject *parent)
    : QAbstractTableModel(parent)
    , m_book(book)
{
    connect(m_book, &AppointmentBook::changed, this, &AppointmentSearchModel::refresh);
}

void AppointmentSearchModel::setFilter(const AppointmentFilter &filter)
{
    m_filter = filter;
    refresh();
}

void AppointmentSearchModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_serviceNames.clear();
    m_cut = false;
    if (!m_filter.search.trimmed().isEmpty()) {
        const qint64 today = startOf(QDate::currentDate());
        QList<Appointment> coming;
        QList<Appointment> past;
        for (const Appointment &a : m_book->all()) {
            if (m_filter.accepts(a))
                (a.startsAt >= today ? coming : past).append(a);
        }
        const auto byTime = [](const Appointment &a, const Appointment &b) {
            return a.startsAt < b.startsAt;
        };
        std::sort(coming.begin(), coming.end(), byTime);
        std::sort(past.begin(), past.end(),
                  [&byTime](const Appointment &a, const Appointment &b) { return byTime(b, a); });
        m_rows = coming + past;
        if (m_rows.size() > kMaxRows) {
            m_rows.resize(kMaxRows);
            m_cut = true;
        }
        for (const Appointment &a : std::as_const(m_rows)) {
            if (!m_serviceNames.contains(a.serviceId))
                m_serviceNames.insert(a.serviceId, m_book->serviceName(a.serviceId));
        }
    }
    endResetModel();
}

std::optional<Appointment> AppointmentSearchModel::appointmentAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

int AppointmentSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AppointmentSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AppointmentSearchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Appointment &a = m_rows.at(index.row());
    if (role == AppointmentDayModel::IdRole)
        return a.id;
    if (role == Qt::ForegroundRole &&
        (a.status == AppointmentStatus::Cancelled || a.status == AppointmentStatus::NoShow))
        return QBrush(QColor::fromRgba(ItemShades::kSetBack));
    if (role != Qt::DisplayRole)
        return {};
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(a.startsAt);
    switch (index.column()) {
    case Date:
        return QLocale().toString(start.date(), u"ddd dd.MM.yyyy"_s);
    case Time:
        return start.toString(u"HH:mm"_s);
    case Service:
        return m_serviceNames.value(a.serviceId);
    case Name:
        return a.anonymised ? AppointmentDayModel::tr("(removed)") : a.name;
    case Code:
        return a.bookingCode.isEmpty() ? AppointmentDayModel::tr("(after sending)") : a.bookingCode;
    case Status:
        return AppointmentDayModel::statusText(a.status);
    }
    return {};
}

QVariant AppointmentSearchModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Time:
        return tr("Time");
    case Service:
        return tr("Service");
    case Name:
        return tr("Name");
    case Code:
        return tr("Booking code");
    case Status:
        return tr("Status");
    }
    return {};
}

AppointmentWeekModel::AppointmentWeekModel(AppointmentBook *book, QObject *parent)
    : QAbstractTableModel(parent)
    , m_book(book)
{
    connect(m_book, &AppointmentBook::changed, this, &AppointmentWeekModel::refresh);
    setWeekOf(QDate::currentDate());
}

void AppointmentWeekModel::setWeekOf(QDate day)
{
    m_monday = day.addDays(1 - day.dayOfWeek());
    refresh();
}

void AppointmentWeekModel::setFilter(const AppointmentFilter &filter)
{
    m_filter = filter;
    m_filter.showCancelled = false; // the grid shows what takes a place
    m_filter.search.clear();        // and all of it: the search has its own list
    refresh();
}

void AppointmentWeekModel::setSlots(const QString &serviceId, const QList<FreeSlot> &offered)
{
    QHash<qint64, int> &places = m_capacities[serviceId];
    places.clear();
    for (const FreeSlot &slot : offered)
        places.insert(slot.startsAt, slot.capacity);
    refresh();
}

void AppointmentWeekModel::clearSlots()
{
    m_capacities.clear();
    refresh();
}

int AppointmentWeekModel::cellIndex(qint64 startsAt) const
{
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(startsAt);
    const int column = int(m_monday.daysTo(start.date()));
    const int row = (start.time().hour() - kFirstHour) * kRowsPerHour +
                    start.time().minute() / (60 / kRowsPerHour);
    if (column < 0 || column >= kDays || row < 0 || row >= rowCount())
        return -1;
    return row * kDays + column;
}

void AppointmentWeekModel::refresh()
{
    beginResetModel();
    m_cells = QList<Cell>(rowCount() * kDays);
    // Bookings that take a place, per service and slot start.
    QHash<QString, QHash<qint64, int>> taken;
    for (const Appointment &a :
         m_book->between(startOf(m_monday), startOf(m_monday.addDays(kDays)))) {
        if (!m_filter.accepts(a))
            continue;
        const int index = cellIndex(a.startsAt);
        if (index < 0)
            continue;
        m_cells[index].appointments.append(a);
        taken[a.serviceId][a.startsAt] += 1;
    }
    for (auto service = m_capacities.cbegin(); service != m_capacities.cend(); ++service) {
        if (!m_filter.serviceId.isEmpty() && service.key() != m_filter.serviceId)
            continue;
        for (auto slot = service->cbegin(); slot != service->cend(); ++slot) {
            const int index = cellIndex(slot.key());
            if (index < 0)
                continue;
            Cell &cell = m_cells[index];
            cell.hasSlots = true;
            cell.capacity += slot.value();
            cell.free += qMax(0, slot.value() - taken.value(service.key()).value(slot.key()));
        }
    }
    endResetModel();
}

int AppointmentWeekModel::countAt(int row, int column) const
{
    const qsizetype index = qsizetype(row) * kDays + column;
    return index >= 0 && index < m_cells.size() ? int(m_cells.at(index).appointments.size()) : 0;
}

int AppointmentWeekModel::freeAt(int row, int column) const
{
    const qsizetype index = qsizetype(row) * kDays + column;
    if (index < 0 || index >= m_cells.size() || !m_cells.at(index).hasSlots)
        return -1;
    return m_cells.at(index).free;
}

int AppointmentWeekModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : (kLastHour - kFirstHour) * kRowsPerHour;
}

int AppointmentWeekModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kDays;
}

QVariant AppointmentWeekModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Cell &cell = m_cells.at(index.row() * kDays + index.column());
    const bool full = cell.hasSlots && cell.free == 0;
    switch (role) {
    case Qt::DisplayRole:
        if (cell.hasSlots)
            return full ? tr("full") : tr("%n free", nullptr, cell.free);
        return cell.appointments.isEmpty()
                   ? QString()
                   : tr("%n booked", nullptr, int(cell.appointments.size()));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::FontRole: {
        if (!full)
            return {};
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::BackgroundRole:
        if (full)
            return QBrush(QColor::fromHsv(0, 70, 245)); // booked up: a light red
        if (cell.hasSlots) {
            // Light to stronger green with the share of places still free.
            const int strength = 30 + 120 * cell.free / qMax(1, cell.capacity);
            return QBrush(QColor::fromHsv(130, strength, 245));
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines;
        if (cell.hasSlots)
            lines.append(tr("%1 of %n place(s) free", nullptr, cell.capacity).arg(cell.free));
        for (const Appointment &a : cell.appointments)
            lines.append(
                u"%1  %2  %3"_s.arg(QDateTime::fromMSecsSinceEpoch(a.startsAt).toString(u"HH:mm"_s),
                                    a.name.isEmpty() ? a.bookingCode : a.name,
                                    AppointmentDayModel::statusText(a.status)));
        return lines.join(u'\n');
    }
    case DayRole:
        return m_monday.addDays(index.column());
    case FreeRole:
        return cell.hasSlots ? cell.free : -1;
    default:
        return {};
    }
}

QVariant AppointmentWeekModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return QLocale().toString(m_monday.addDays(section), u"ddd dd.MM."_s);
    const int minutes = kFirstHour * 60 + section * (60 / kRowsPerHour);
    return QTime(minutes / 60, minutes % 60).toString(u"HH:mm"_s);
}
