#pragma once

#include "core/domain/ticket.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

class LocalStore;

// Today's waiting and called tickets of one office, from the local cache, in
// line order (appointments due, priority, place in line), except that the
// waiting ones the server estimated are in the order the office is expected
// to call them (setEstimates(): the server's dispatcher run forward with the
// office's policy; equal ones in line order). The waiting time ticks.
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
    // Sorts m_tickets into the expected call order.
    void sortTickets();

    const LocalStore *m_store;
    QString m_officeId;
    QList<Ticket> m_tickets;
    QHash<QString, QString> m_serviceNames;
    QHash<qint64, QString> m_counterNames;
    QHash<qint64, int> m_estimates; // the server's, by ticket id
    QDateTime m_now;
};
