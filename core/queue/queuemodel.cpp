#include "core/queue/queuemodel.h"

#include "core/domain/memberreader.h"
#include "core/sync/localstore.h"

#include <QFont>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace {
// The line's order (the fifo policy's): appointments due first, then
// priority, then place in line.
bool takenBefore(const Ticket &a, const Ticket &b, qint64 now)
{
    const auto due = [now](const Ticket &t) { return t.dueAt > 0 && t.dueAt <= now; };
    if (due(a) != due(b))
        return due(a);
    if (a.priority != b.priority)
        return a.priority > b.priority;
    if (a.queueAt != b.queueAt)
        return a.queueAt < b.queueAt;
    return a.id < b.id;
}
} // namespace

QueueModel::QueueModel(const LocalStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_now(QDateTime::currentDateTime())
{}

void QueueModel::setOfficeId(const QString &officeId)
{
    m_officeId = officeId;
    reload();
}

void QueueModel::reload()
{
    m_serviceNames.clear();
    for (const QJsonObject &service : m_store->entities(u"service"_s))
        m_serviceNames.insert(service.value(u"id"_s).toString(),
                              service.value(u"name"_s).toString());
    m_counterNames.clear();
    for (const QJsonObject &counter : m_store->entities(u"counter"_s))
        m_counterNames.insert(counter.value(u"id"_s).toString().toLongLong(),
                              counter.value(u"name"_s).toString());
    const QString today = m_now.date().toString(Qt::ISODate);
    QList<Ticket> tickets;
    for (const QJsonObject &json : m_store->entities(u"ticket"_s)) {
        const auto ticket = readOrWarn<Ticket>(json, "Queue list", "ticket");
        if (!ticket || QString::number(ticket->officeId) != m_officeId ||
            ticket->serviceDay != today ||
            (ticket->status != TicketStatus::Waiting && ticket->status != TicketStatus::Called))
            continue;
        tickets.append(*ticket);
    }
    beginResetModel();
    m_tickets = std::move(tickets);
    sortTickets();
    endResetModel();
}

void QueueModel::sortTickets()
{
    const qint64 now = m_now.toMSecsSinceEpoch();
    std::stable_sort(m_tickets.begin(), m_tickets.end(),
                     [now](const Ticket &a, const Ticket &b) { return takenBefore(a, b, now); });
    // The waiting ones the server has estimated take the places they hold in
    // line among themselves, in the order of their expected call.
    QList<qsizetype> places;
    QList<Ticket> estimated;
    for (qsizetype i = 0; i < m_tickets.size(); ++i) {
        const Ticket &ticket = m_tickets.at(i);
        if (ticket.status == TicketStatus::Waiting && m_estimates.contains(ticket.id)) {
            places.append(i);
            estimated.append(ticket);
        }
    }
    std::stable_sort(estimated.begin(), estimated.end(), [this](const Ticket &a, const Ticket &b) {
        return m_estimates.value(a.id) < m_estimates.value(b.id);
    });
    for (qsizetype i = 0; i < places.size(); ++i)
        m_tickets[places.at(i)] = estimated.at(i);
}

void QueueModel::setEstimates(const QHash<qint64, int> &minutesByTicketId)
{
    m_estimates = minutesByTicketId;
    // Rows move, a selection stays with its ticket.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    for (const QModelIndex &index : before)
        ids.append(m_tickets.at(index.row()).id);
    sortTickets();
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const auto row = std::find_if(m_tickets.cbegin(), m_tickets.cend(),
                                      [id = ids.at(i)](const Ticket &t) { return t.id == id; });
        after.append(index(int(row - m_tickets.cbegin()), before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    if (!m_tickets.isEmpty())
        emit dataChanged(index(0, EstimateColumn), index(rowCount() - 1, EstimateColumn));
}

void QueueModel::setNow(const QDateTime &now)
{
    const bool newDay = now.date() != m_now.date();
    m_now = now;
    if (newDay)
        reload();
    else if (!m_tickets.isEmpty())
        emit dataChanged(index(0, WaitingColumn), index(rowCount() - 1, WaitingColumn));
}

int QueueModel::waitingCount() const
{
    return static_cast<int>(std::count_if(m_tickets.cbegin(), m_tickets.cend(), [](const auto &t) {
        return t.status == TicketStatus::Waiting;
    }));
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_tickets.size());
}

int QueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_tickets.size())
        return {};
    const Ticket &ticket = m_tickets.at(index.row());
    const bool called = ticket.status == TicketStatus::Called;
    switch (role) {
    case TicketIdRole:
        return QString::number(ticket.id);
    case ServiceIdRole:
        return QString::number(ticket.serviceId);
    case StatusRole:
        return ticketStatusName(ticket.status);
    case Qt::FontRole:
        if (index.column() == NumberColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == WaitingColumn || index.column() == EstimateColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case NumberColumn:
        return ticket.priority > 0 ? ticket.number + u" ★"_s : ticket.number;
    case ServiceColumn:
        return m_serviceNames.value(QString::number(ticket.serviceId));
    case StateColumn:
        if (called) {
            const QString counter = m_counterNames.value(ticket.counterId);
            return counter.isEmpty() ? tr("called") : tr("called · %1").arg(counter);
        }
        if (ticket.targetCounterId > 0)
            //: A waiting ticket transferred to this counter only
            return tr("→ %1").arg(m_counterNames.value(ticket.targetCounterId));
        return tr("waiting");
    case SourceColumn:
        switch (ticket.source) {
        case TicketSource::Appointment:
            return tr("appointment");
        case TicketSource::Kiosk:
            return tr("kiosk");
        case TicketSource::WalkIn:
            break;
        }
        return tr("walk-in");
    case WaitingColumn: {
        const qint64 seconds = (m_now.toMSecsSinceEpoch() - ticket.issuedAt) / 1000;
        return tr("%n min", nullptr, static_cast<int>(qMax<qint64>(0, seconds / 60)));
    }
    case EstimateColumn: {
        if (called)
            return QString();
        const auto it = m_estimates.constFind(ticket.id);
        return ticket.status != TicketStatus::Waiting || it == m_estimates.cend()
                   ? QString()
                   : tr("≈ %n min", nullptr, it.value());
    }
    default:
        return {};
    }
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case ServiceColumn:
        return tr("Service");
    case StateColumn:
        return tr("State");
    case SourceColumn:
        return tr("Source");
    case WaitingColumn:
        return tr("Waiting");
    case EstimateColumn:
        return tr("Estimate");
    default:
        return {};
    }
}
