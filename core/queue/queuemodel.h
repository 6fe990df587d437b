#pragma once

#include "core/domain/ticket.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

class LocalStore;

// Today's waiting and called tickets of one office, from the local cache, in
// the order counters take them; the waiting time ticks, the estimate comes
// from the server's queue (setEstimates()) and never falls down the list: a
// ticket further down is called later, whatever its service.
class QueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        ServiceColumn,
        StateColumn, // waiting, called to which counter, or sent on to one
        SourceColumn,
        WaitingColumn,
        EstimateColumn,
        ColumnCount
    };
    enum RoleName { TicketIdRole = Qt::UserRole + 1, ServiceIdRole, StatusRole };

    explicit QueueModel(const LocalStore *store, QObject *parent = nullptr);

    void setOfficeId(const QString &officeId);
    QString officeId() const { return m_officeId; }
    void reload();
    void setEstimates(const QHash<qint64, int> &minutesByTicketId);
    // For tests and the ticking clock: what "now" is.
    void setNow(const QDateTime &now);

    int waitingCount() const;
    Ticket ticketAt(int row) const { return m_tickets.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // The running maximum of the server's estimates along m_tickets.
    void updateShownEstimates();

    const LocalStore *m_store;
    QString m_officeId;
    QList<Ticket> m_tickets;
    QHash<QString, QString> m_serviceNames;
    QHash<qint64, QString> m_counterNames;
    QHash<qint64, int> m_estimates;      // the server's, by ticket id
    QHash<qint64, int> m_shownEstimates; // never falling down the list
    QDateTime m_now;
};
