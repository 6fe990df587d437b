#pragma once

#include "core/domain/change.h"

#include <QList>

class Database;

// The server-wide, strictly increasing revision of every change, and the feed
// that clients sync from. Record inside the transaction that makes the change.
class ChangeLog
{
public:
    explicit ChangeLog(Database &db)
        : m_db(db)
    {}

    Change recordUpsert(const QString &entity, const QString &id, const QString &event,
                        const QJsonObject &data);
    Change recordDelete(const QString &entity, const QString &id, const QString &event);

    // Forgetting: in every snapshot of the entity recorded before `revision`,
    // the members named in `blanked` get its values (e.g. {"name": ""}), so the
    // feed no longer serves what was removed from the entity itself. Returns
    // how many snapshots changed.
    int blankEarlier(const QString &entity, const QString &id, qint64 revision,
                     const QJsonObject &blanked);

    struct Page
    {
        qint64 revision = 0; // latest revision when the page was read
        // The revision up to which the page is complete: `revision`, or its
        // last change's when `more`. The cursor to store, also when a
        // recipient may receive none of the page's changes.
        qint64 cursor = 0;
        QList<Change> changes;
        bool more = false; // true when `changes` stopped at the limit
    };
    Page since(qint64 revision, int limit);
    qint64 latestRevision();

    QString instanceId();

    // What was recorded since the last take: the API publishes it after the
    // commit, and discards it on a rollback.
    QList<Change> takeRecorded() { return std::exchange(m_recorded, {}); }
    const QList<Change> &recorded() const { return m_recorded; }
    void discardRecorded() { m_recorded.clear(); }

private:
    Change record(Change change);

    Database &m_db;
    QList<Change> m_recorded;
};
