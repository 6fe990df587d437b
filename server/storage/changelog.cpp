#include "server/storage/changelog.h"

#include "server/storage/advisorylocks.h"
#include "server/storage/database.h"

#include <QDateTime>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

Change ChangeLog::recordUpsert(const QString &entity, const QString &id, const QString &event,
                               const QJsonObject &data)
{
    Change change;
    change.entity = entity;
    change.id = id;
    change.op = Change::Op::Upsert;
    change.event = event;
    change.data = data;
    return record(std::move(change));
}

Change ChangeLog::recordDelete(const QString &entity, const QString &id, const QString &event)
{
    Change change;
    change.entity = entity;
    change.id = id;
    change.op = Change::Op::Delete;
    change.event = event;
    return record(std::move(change));
}

Change ChangeLog::record(Change change)
{
    const bool isDelete = change.op == Change::Op::Delete;
    const QVariantList values{
        change.entity,
        change.id,
        isDelete ? u"delete"_s : u"upsert"_s,
        change.event,
        isDelete ? u""_s
                 : QString::fromUtf8(QJsonDocument(change.data).toJson(QJsonDocument::Compact)),
        QDateTime::currentMSecsSinceEpoch()};
    if (m_db.dialect() == SqlDialect::Postgresql) {
        // One round trip: the appends lock (held until commit, so revisions
        // become visible in order), then the row, whose revision is drawn
        // only once the lock is held (the row is made from the lock's row),
        // and the notice every server on the database hears at commit
        // (PeerNotifications).
        SqlRows appended = m_db.exec(
            u"WITH locked AS (SELECT pg_advisory_xact_lock(?)), appended AS (INSERT INTO "
            "change_log (entity, entity_id, op, event, data, changed_at) SELECT ?, ?, ?, ?, ?, "
            "? FROM locked RETURNING revision) SELECT revision, pg_notify('tresen_changes', "
            "revision::text) FROM appended"_s,
            QVariantList{AdvisoryLock::kAppends} + values);
        if (!appended.next())
            throw DatabaseFailure(u"The change log did not take the change."_s);
        change.revision = appended.value(0).toLongLong();
    } else {
        change.revision =
            m_db.insert(u"INSERT INTO change_log (entity, entity_id, op, event, data, changed_at) "
                        "VALUES (?, ?, ?, ?, ?, ?) RETURNING revision"_s,
                        values);
    }
    m_recorded.append(change);
    return change;
}

int ChangeLog::blankEarlier(const QString &entity, const QString &id, qint64 revision,
                            const QJsonObject &blanked)
{
    QList<QPair<qint64, QJsonObject>> snapshots;
    {
        SqlRows rows = m_db.exec(u"SELECT revision, data FROM change_log WHERE entity = ? AND "
                                 "entity_id = ? AND op = 'upsert' AND revision < ?"_s,
                                 {entity, id, revision});
        while (rows.next())
            snapshots.append({rows.value(0).toLongLong(),
                              QJsonDocument::fromJson(rows.value(1).toString().toUtf8()).object()});
    }
    int changed = 0;
    for (auto &[snapshotRevision, data] : snapshots) {
        bool differs = false;
        for (auto it = blanked.begin(); it != blanked.end(); ++it) {
            if (data.contains(it.key()) && data.value(it.key()) != it.value()) {
                data.insert(it.key(), it.value());
                differs = true;
            }
        }
        if (!differs)
            continue;
        m_db.exec(u"UPDATE change_log SET data = ? WHERE revision = ?"_s,
                  {QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)),
                   snapshotRevision});
        ++changed;
    }
    return changed;
}

ChangeLog::Page ChangeLog::since(qint64 revision, int limit)
{
    Page page;
    page.revision = latestRevision();
    SqlRows query = m_db.exec(u"SELECT revision, entity, entity_id, op, event, data FROM "
                              "change_log WHERE revision > ? AND revision <= ? ORDER BY "
                              "revision LIMIT ?"_s,
                              {revision, page.revision, limit + 1});
    while (query.next()) {
        if (page.changes.size() == limit) {
            page.more = true;
            break;
        }
        Change change;
        change.revision = query.value(0).toLongLong();
        change.entity = query.value(1).toString();
        change.id = query.value(2).toString();
        change.op =
            query.value(3).toString() == u"delete"_s ? Change::Op::Delete : Change::Op::Upsert;
        change.event = query.value(4).toString();
        if (change.op == Change::Op::Upsert)
            change.data = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
        page.changes.append(change);
    }
    page.cursor = page.more ? page.changes.last().revision : page.revision;
    return page;
}

qint64 ChangeLog::latestRevision()
{
    SqlRows latest = m_db.exec(u"SELECT COALESCE(MAX(revision), 0) FROM change_log"_s);
    return latest.next() ? latest.value(0).toLongLong() : 0;
}

QString ChangeLog::instanceId()
{
    SqlRows query = m_db.exec(u"SELECT value FROM server_info WHERE key = 'instance_id'"_s);
    return query.next() ? query.value(0).toString() : QString();
}
