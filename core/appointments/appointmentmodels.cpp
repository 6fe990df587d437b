#include "core/appointments/appointmentmodels.h"

#include "core/appointments/appointmentbook.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QLocale>

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
        return QBrush(QColor(0x80, 0x80, 0x80));
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
    refresh();
}

void AppointmentWeekModel::refresh()
{
    beginResetModel();
    const int rows = (kLastHour - kFirstHour) * kRowsPerHour;
    m_cells = QList<QList<Appointment>>(rows * kDays);
    m_maximum = 0;
    for (const Appointment &a :
         m_book->between(startOf(m_monday), startOf(m_monday.addDays(kDays)))) {
        if (!m_filter.accepts(a))
            continue;
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(a.startsAt);
        const int column = int(m_monday.daysTo(start.date()));
        const int row = (start.time().hour() - kFirstHour) * kRowsPerHour +
                        start.time().minute() / (60 / kRowsPerHour);
        if (column < 0 || column >= kDays || row < 0 || row >= rows)
            continue;
        QList<Appointment> &cell = m_cells[row * kDays + column];
        cell.append(a);
        m_maximum = qMax(m_maximum, int(cell.size()));
    }
    endResetModel();
}

int AppointmentWeekModel::countAt(int row, int column) const
{
    const qsizetype index = qsizetype(row) * kDays + column;
    return index >= 0 && index < m_cells.size() ? int(m_cells.at(index).size()) : 0;
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
    const QList<Appointment> &cell = m_cells.at(index.row() * kDays + index.column());
    switch (role) {
    case Qt::DisplayRole:
        return cell.isEmpty() ? QString() : tr("%n appointment(s)", nullptr, int(cell.size()));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole: {
        if (cell.isEmpty() || m_maximum == 0)
            return {};
        // Light to stronger blue with the share of the week's busiest half hour.
        const int strength = 40 + 150 * int(cell.size()) / m_maximum;
        return QBrush(QColor::fromHsv(210, strength, 250));
    }
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const Appointment &a : cell)
            lines.append(
                u"%1  %2  %3"_s.arg(QDateTime::fromMSecsSinceEpoch(a.startsAt).toString(u"HH:mm"_s),
                                    a.name.isEmpty() ? a.bookingCode : a.name,
                                    AppointmentDayModel::statusText(a.status)));
        return lines.join(u'\n');
    }
    case DayRole:
        return m_monday.addDays(index.column());
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
