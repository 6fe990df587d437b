#include "core/statistics/statisticsmodels.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace Statistics;

namespace Statistics {

QString minutesText(std::optional<double> minutes)
{
    if (!minutes)
        return u"–"_s;
    return QCoreApplication::translate("Statistics", "%1 min")
        .arg(QLocale().toString(*minutes, 'f', 1));
}

QString durationText(std::optional<double> minutes)
{
    if (!minutes)
        return u"–"_s;
    const int whole = static_cast<int>(std::lround(*minutes));
    if (whole < 60)
        return QCoreApplication::translate("Statistics", "%1 min").arg(whole);
    return QCoreApplication::translate("Statistics", "%1 h %2 min")
        .arg(whole / 60)
        .arg(whole % 60, 2, 10, QChar(u'0'));
}

QString percentText(std::optional<double> share)
{
    if (!share)
        return u"–"_s;
    return QCoreApplication::translate("Statistics", "%1 %")
        .arg(QLocale().toString(std::lround(*share * 100)));
}

} // namespace Statistics

namespace {

QVariant numberAlignment(int column, int nameColumn)
{
    return column == nameColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                : QVariant(Qt::AlignRight | Qt::AlignVCenter);
}

QVariant orNothing(std::optional<double> value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

ServiceFiguresModel::ServiceFiguresModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ServiceFiguresModel::setServices(const QList<ServiceFigures> &services)
{
    beginResetModel();
    m_services = services;
    endResetModel();
}

int ServiceFiguresModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_services.size());
}

int ServiceFiguresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceFiguresModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ServiceFigures &service = m_services.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return numberAlignment(index.column(), NameColumn);
    if (role == Qt::ToolTipRole && index.column() == NameColumn)
        return service.name; // whole, where the column cuts it
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return service.name.isEmpty() ? tr("Service %1").arg(service.serviceId) : service.name;
        case IssuedColumn:
            return QLocale().toString(service.issued);
        case ServedColumn:
            return QLocale().toString(service.served);
        case NoShowColumn:
            return service.noShow ? QLocale().toString(*service.noShow) : u"–"_s;
        case MeanWaitColumn:
            return minutesText(service.wait.mean);
        case MeanServiceColumn:
            return minutesText(service.service.mean);
        }
    }
    if (role == Qt::UserRole) {
        switch (index.column()) {
        case NameColumn:
            return service.serviceId;
        case IssuedColumn:
            return service.issued;
        case ServedColumn:
            return service.served;
        case NoShowColumn:
            return service.noShow ? QVariant(*service.noShow) : QVariant();
        case MeanWaitColumn:
            return orNothing(service.wait.mean);
        case MeanServiceColumn:
            return orNothing(service.service.mean);
        }
    }
    return {};
}

QVariant ServiceFiguresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return numberAlignment(section, NameColumn);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Service");
    case IssuedColumn:
        return tr("Tickets");
    case ServedColumn:
        return tr("Served");
    case NoShowColumn:
        return tr("Not come");
    case MeanWaitColumn:
        return tr("Mean wait");
    case MeanServiceColumn:
        return tr("Mean service");
    }
    return {};
}

CounterFiguresModel::CounterFiguresModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CounterFiguresModel::setCounters(const QList<CounterFigures> &counters)
{
    beginResetModel();
    m_counters = counters;
    endResetModel();
}

int CounterFiguresModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_counters.size());
}

int CounterFiguresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CounterFiguresModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CounterFigures &counter = m_counters.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return numberAlignment(index.column(), NameColumn);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return counter.name.isEmpty() ? tr("Counter %1").arg(counter.counterId) : counter.name;
        case ServedColumn:
            return QLocale().toString(counter.served);
        case BusyColumn:
            return durationText(counter.busyMinutes);
        case PresentColumn:
            return durationText(counter.presentMinutes);
        case UtilisationColumn:
            return percentText(counter.utilisation);
        }
    }
    if (role == Qt::UserRole) {
        switch (index.column()) {
        case NameColumn:
            return counter.counterId;
        case ServedColumn:
            return counter.served;
        case BusyColumn:
            return counter.busyMinutes;
        case PresentColumn:
            return orNothing(counter.presentMinutes);
        case UtilisationColumn:
            return orNothing(counter.utilisation);
        }
    }
    return {};
}

QVariant CounterFiguresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return numberAlignment(section, NameColumn);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Counter");
    case ServedColumn:
        return tr("Served");
    case BusyColumn:
        return tr("Serving");
    case PresentColumn:
        return tr("Staffed");
    case UtilisationColumn:
        return tr("Utilisation");
    }
    return {};
}
