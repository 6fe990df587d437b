#include "core/queue/queuemodel.h"

#include "core/sync/localstore.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace {
QDateTime timeOf(const QJsonObject &ticket, const QString &key)
{
    return QDateTime::fromString(ticket.value(key).toString(), Qt::ISODate);
}

// The server's order: appointments due first, then priority, then place in line.
bool takenBefore(const QJsonObject &a, const QJsonObject &b, const QDateTime &now)
{
    const auto due = [&now](const QJsonObject &t) {
        const QDateTime at = timeOf(t, u"dueAt"_s);
        return at.isValid() && at <= now;
    };
    if (due(a) != due(b))
        return due(a);
    const int pa = a.value(u"priority"_s).toInt();
    const int pb = b.value(u"priority"_s).toInt();
    if (pa != pb)
        return pa > pb;
    const QDateTime qa = timeOf(a, u"queuedAt"_s);
    const QDateTime qb = timeOf(b, u"queuedAt"_s);
    if (qa != qb)
        return qa < qb;
    return a.value(u"id"_s).toString().toLongLong() < b.value(u"id"_s).toString().toLongLong();
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
    const QString today = m_now.date().toString(Qt::ISODate);
    QList<QJsonObject> tickets;
    for (const QJsonObject &ticket : m_store->entities(u"ticket"_s)) {
        const QString status = ticket.value(u"status"_s).toString();
        if (ticket.value(u"officeId"_s).toString() != m_officeId ||
            ticket.value(u"serviceDay"_s).toString() != today ||
            (status != "waiting"_L1 && status != "called"_L1))
            continue;
        tickets.append(ticket);
    }
    std::stable_sort(
        tickets.begin(), tickets.end(),
        [this](const QJsonObject &a, const QJsonObject &b) { return takenBefore(a, b, m_now); });
    beginResetModel();
    m_tickets = std::move(tickets);
    endResetModel();
}

void QueueModel::setEstimates(const QHash<QString, int> &minutesByTicketId)
{
    m_estimates = minutesByTicketId;
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
        return t.value(u"status"_s).toString() == "waiting"_L1;
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
    const QJsonObject &ticket = m_tickets.at(index.row());
    const bool called = ticket.value(u"status"_s).toString() == "called"_L1;
    switch (role) {
    case TicketIdRole:
        return ticket.value(u"id"_s).toString();
    case ServiceIdRole:
        return ticket.value(u"serviceId"_s).toString();
    case StatusRole:
        return ticket.value(u"status"_s).toString();
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
    case NumberColumn: {
        const int priority = ticket.value(u"priority"_s).toInt();
        return priority > 0 ? ticket.value(u"number"_s).toString() + u" ★"_s
                            : ticket.value(u"number"_s).toString();
    }
    case ServiceColumn:
        return m_serviceNames.value(ticket.value(u"serviceId"_s).toString());
    case SourceColumn: {
        const QString source = ticket.value(u"source"_s).toString();
        if (called)
            return tr("called");
        if (source == "appointment"_L1)
            return tr("appointment");
        if (source == "kiosk"_L1)
            return tr("kiosk");
        return tr("walk-in");
    }
    case WaitingColumn: {
        const qint64 seconds = timeOf(ticket, u"issuedAt"_s).secsTo(m_now);
        return tr("%n min", nullptr, static_cast<int>(qMax<qint64>(0, seconds / 60)));
    }
    case EstimateColumn: {
        if (called)
            return QString();
        const auto it = m_estimates.constFind(ticket.value(u"id"_s).toString());
        return it == m_estimates.cend() ? QString() : tr("≈ %n min", nullptr, it.value());
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
