#include "core/queue/counterlistmodel.h"

#include "core/sync/localstore.h"

#include <QHash>

using namespace Qt::StringLiterals;

CounterListModel::CounterListModel(const LocalStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    reload();
}

void CounterListModel::reload()
{
    QHash<QString, QString> officeNames;
    for (const QJsonObject &office : m_store->entities(u"office"_s))
        officeNames.insert(office.value(u"id"_s).toString(), office.value(u"name"_s).toString());
    QList<Entry> entries;
    for (const QJsonObject &counter : m_store->entities(u"counter"_s)) {
        // A retired counter calls nobody; its old tickets still name it.
        // (Servers before retiring existed send no `active`.)
        if (!counter.value(u"active"_s).toBool(true))
            continue;
        const QString officeId = counter.value(u"officeId"_s).toString();
        entries.append({counter.value(u"id"_s).toString(), counter.value(u"name"_s).toString(),
                        officeId, officeNames.value(officeId)});
    }
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int CounterListModel::rowOfCounter(const QString &counterId) const
{
    for (qsizetype row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).counterId == counterId)
            return static_cast<int>(row);
    }
    return -1;
}

int CounterListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant CounterListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return entry.officeName.isEmpty() ? entry.counterName
                                          : entry.officeName + u" · "_s + entry.counterName;
    case CounterIdRole:
        return entry.counterId;
    case OfficeIdRole:
        return entry.officeId;
    case OfficeNameRole:
        return entry.officeName;
    case CounterNameRole:
        return entry.counterName;
    default:
        return {};
    }
}
