#pragma once

#include <QAbstractListModel>
#include <QJsonObject>

class LocalStore;

// The counters of all offices from the local cache, as "Office · Counter",
// for the counter selection of a workstation.
class CounterListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum RoleName {
        CounterIdRole = Qt::UserRole + 1,
        OfficeIdRole,
        OfficeNameRole,
        CounterNameRole
    };

    explicit CounterListModel(const LocalStore *store, QObject *parent = nullptr);

    void reload();
    int rowOfCounter(const QString &counterId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        QString counterId;
        QString counterName;
        QString officeId;
        QString officeName;
    };

    const LocalStore *m_store;
    QList<Entry> m_entries;
};
