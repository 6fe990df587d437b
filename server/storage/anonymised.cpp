#include "server/storage/anonymised.h"

#include "server/storage/database.h"

using namespace Qt::StringLiterals;

QStringList anonymisedIds(Database &db, AnonymisedKind kind)
{
    QString sql;
    switch (kind) {
    case AnonymisedKind::Appointment:
        sql = u"SELECT id FROM appointment WHERE anonymised_at IS NOT NULL ORDER BY id"_s;
        break;
    case AnonymisedKind::WeddingBooking:
        sql = u"SELECT id FROM wedding_booking WHERE anonymised_at IS NOT NULL ORDER BY id"_s;
        break;
    case AnonymisedKind::Document:
        sql = u"SELECT id FROM document WHERE anonymised_at IS NOT NULL ORDER BY id"_s;
        break;
    }
    QStringList ids;
    SqlRows rows = db.exec(sql);
    while (rows.next())
        ids.append(rows.value(0).toString());
    return ids;
}

int eachDueInOwnTransaction(Database &db, const QString &dueSql, const QVariantList &values,
                            const std::function<bool(qint64 id)> &work, const PerRecord &perRecord)
{
    QList<qint64> due;
    {
        SqlRows rows = db.exec(dueSql, values);
        while (rows.next())
            due.append(rows.value(0).toLongLong());
    }
    int count = 0;
    for (const qint64 id : std::as_const(due)) {
        bool done = false;
        try {
            Transaction transaction(db);
            if (db.dialect() == SqlDialect::Postgresql)
                // A clerk's long transaction costs this record, not the run.
                db.exec(u"SET LOCAL lock_timeout = '10s'"_s);
            done = work(id);
            transaction.commit();
        } catch (const DatabaseFailure &failure) {
            perRecord.failed(failure);
            if (!db.ensureAlive())
                throw;
            continue;
        }
        perRecord.committed(done);
        count += done ? 1 : 0;
    }
    return count;
}
