#pragma once

#include "server/storage/databaseurl.h"

#include <QString>

// The highest revision this server handed out for a database, kept in its
// state folder beside the database's instance id. A database whose highest
// revision is below it, under the same instance id, went back (a restore by
// hand, a snapshot): workstations would skip every change up to that
// revision. The server refuses to start on it until an admin confirms
// (`tresen-server confirm-restore`, which gives the database a new instance
// id; `tresen-server restore` does that itself).
class PublishedRevision
{
public:
    // The file for `database` in `stateFolder` (empty: beside a SQLite file,
    // else the server's data folder).
    PublishedRevision(const DatabaseUrl &database, const QString &stateFolder);

    QString path() const { return m_path; }

    // Empty when the database may be served; else why not, for the admin.
    QString refusal(const QString &instanceId, qint64 latestRevision) const;
    // Remembers `revision` for `instanceId` if higher than what is kept
    // (or kept for another instance id). False if the file cannot be written.
    bool remember(const QString &instanceId, qint64 revision);

private:
    QString m_path;
    QString m_instanceId; // what the file holds, as read or last written
    qint64 m_revision = 0;
};
