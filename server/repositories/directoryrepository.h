#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <optional>

class ChangeLog;
class Database;

// Offices, their services and counters, as the API shows them. Every write
// records its change in the change log.
class DirectoryRepository
{
public:
    DirectoryRepository(Database &db, ChangeLog &changes)
        : m_db(db)
        , m_changes(changes)
    {}

    QJsonArray offices();
    QJsonArray services(std::optional<qint64> officeId);
    QJsonArray counters(std::optional<qint64> officeId);
    std::optional<QJsonObject> office(qint64 id);
    std::optional<QJsonObject> counter(qint64 id);
    std::optional<QJsonObject> service(qint64 id);
    // The counter's name, if it exists (one query; for hot paths).
    std::optional<QString> counterName(qint64 id);
    bool hasOffices();

    qint64 addOffice(const QString &name, const QString &kind, const QString &address);
    qint64 addService(qint64 officeId, const QString &name, const QString &prefix,
                      int typicalMinutes, bool bookableOnline);
    qint64 addCounter(qint64 officeId, const QString &name, const QList<qint64> &serviceIds);

    // The services must belong to the counter's office; returns the ids that do not.
    QList<qint64> foreignServices(qint64 counterId, const QList<qint64> &serviceIds);
    QJsonObject updateCounter(qint64 id, const std::optional<QString> &name,
                              const std::optional<QList<qint64>> &serviceIds);

private:
    void setCounterServices(qint64 counterId, const QList<qint64> &serviceIds);

    Database &m_db;
    ChangeLog &m_changes;
};
