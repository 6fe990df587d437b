#pragma once

#include "core/change.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// The workstation's local SQLite cache of what the changes feed brought, and
// the cursor (the last revision applied). One store belongs to one server
// instance: when the server's instance id changes, the cache starts over.
class LocalStore
{
public:
    LocalStore(const QString &filePath, const QString &connectionName);
    ~LocalStore();
    LocalStore(const LocalStore &) = delete;
    LocalStore &operator=(const LocalStore &) = delete;

    bool open(QString *error);

    qint64 cursor() const;
    QString serverInstanceId() const;

    // Drops everything when `serverInstanceId` differs from the stored one.
    bool resetIfOtherServer(const QString &serverInstanceId, QString *error);

    // Applies the changes in one transaction and moves the cursor to
    // `newCursor`; changes at or below the current cursor are skipped.
    bool apply(const QList<Change> &changes, qint64 newCursor, QString *error);

    QList<QJsonObject> entities(const QString &entity) const;
    std::optional<QJsonObject> entity(const QString &entity, const QString &id) const;

private:
    QString setting(const QString &key) const;
    bool setSetting(const QString &key, const QString &value);

    QString m_filePath;
    QString m_connectionName;
};
