#pragma once

#include "core/domain/appointment.h"

#include <QAbstractTableModel>
#include <QDate>

class AppointmentBook;

// Filters both appointment views share.
struct AppointmentFilter
{
    QString officeId;
    QString serviceId; // empty: all services
    QString search;    // part of a name or booking code
    bool showCancelled = true;

    bool accepts(const Appointment &appointment) const;
};

// The appointments of one day (or any range), one row each, in time order.
class AppointmentDayModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Service, Name, Code, Status, Source, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit AppointmentDayModel(AppointmentBook *book, QObject *parent = nullptr);

    void setDay(QDate day);
    QDate day() const { return m_day; }
    void setFilter(const AppointmentFilter &filter);
    void refresh();
    std::optional<Appointment> appointmentAt(int row) const;
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString statusText(AppointmentStatus status);
    static QString sourceText(AppointmentSource source);

private:
    AppointmentBook *m_book;
    QDate m_day;
    AppointmentFilter m_filter;
    QList<Appointment> m_rows;
    QSet<QString> m_pending;
    QHash<QString, QString> m_serviceNames;
};

// A week as a grid: columns Monday to Saturday, rows half hours from 7 to 19;
// each cell counts the appointments that start in it.
class AppointmentWeekModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kFirstHour = 7;
    static constexpr int kLastHour = 19;
    static constexpr int kDays = 6;
    static constexpr int DayRole = Qt::UserRole + 1; // the column's QDate

    explicit AppointmentWeekModel(AppointmentBook *book, QObject *parent = nullptr);

    void setWeekOf(QDate day);
    QDate monday() const { return m_monday; }
    void setFilter(const AppointmentFilter &filter);
    void refresh();
    int countAt(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    AppointmentBook *m_book;
    QDate m_monday;
    AppointmentFilter m_filter;
    QList<QList<Appointment>> m_cells; // [row * kDays + column]
    int m_maximum = 0;
};
