#pragma once

#include "core/domain/appointment.h"

#include <QAbstractTableModel>
#include <QDate>

class AppointmentBook;
struct FreeSlot;

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

// The appointments of every day that match a search (part of a name or a
// booking code), for finding one whose day the clerk does not know: from
// today on first (soonest first), then the past (latest first); one row
// each, with its date. Empty while the search is.
class AppointmentSearchModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Time, Service, Name, Code, Status, ColumnCount };
    static constexpr int kMaxRows = 200; // a search that finds more says so

    explicit AppointmentSearchModel(AppointmentBook *book, QObject *parent = nullptr);

    void setFilter(const AppointmentFilter &filter);
    void refresh();
    std::optional<Appointment> appointmentAt(int row) const;
    // Whether more appointments matched than the list shows.
    bool isCut() const { return m_cut; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    AppointmentBook *m_book;
    AppointmentFilter m_filter;
    QList<Appointment> m_rows;
    QHash<QString, QString> m_serviceNames;
    bool m_cut = false;
};

// A week as a grid: columns Monday to Saturday, rows half hours from 7 to 19;
// each cell shows the free places of the slots that start in it (what a
// clerk on the phone needs): the places the server offers there, less the
// bookings the cache holds (so the clerk's own booking counts at once). A
// cell without known places (past, closed, offline before the first fetch)
// counts its bookings instead.
class AppointmentWeekModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kFirstHour = 7;
    static constexpr int kLastHour = 19;
    static constexpr int kDays = 6;
    static constexpr int DayRole = Qt::UserRole + 1;  // the column's QDate
    static constexpr int FreeRole = Qt::UserRole + 2; // free places; -1: none known

    explicit AppointmentWeekModel(AppointmentBook *book, QObject *parent = nullptr);

    void setWeekOf(QDate day);
    QDate monday() const { return m_monday; }
    void setFilter(const AppointmentFilter &filter);
    // The bookable slots of one service in the week, as the server offers
    // them; replaces what was known of that service.
    void setSlots(const QString &serviceId, const QList<FreeSlot> &offered);
    // Forgets every service's slots (another week or office).
    void clearSlots();
    void refresh();
    int countAt(int row, int column) const;
    // Free places in the cell; -1 when the cell has no known slot.
    int freeAt(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Cell
    {
        QList<Appointment> appointments;
        bool hasSlots = false; // a bookable slot of a shown service starts here
        int capacity = 0;
        int free = 0;
    };

    int cellIndex(qint64 startsAt) const;

    AppointmentBook *m_book;
    QDate m_monday;
    AppointmentFilter m_filter;
    // serviceId -> slot start -> places
    QHash<QString, QHash<qint64, int>> m_capacities;
    QList<Cell> m_cells; // [row * kDays + column]
};
