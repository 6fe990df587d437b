#include "server/storage/auditlog.h"

#include "server/storage/auditchain.h"
#include "server/storage/database.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

void AuditLog::record(const QString &login, const QString &action, const QString &subject,
                      const QString &detail)
{
    record(AuditEntry{login, action, subject, detail, {}});
}

void AuditLog::record(const AuditEntry &entry)
{
    // Joins the request's transaction when there is one: the entry, the
    // chain's head and the change it speaks of commit (or vanish) together.
    Transaction transaction(m_db);
    AuditChain::lockForAppend(m_db);
    // The wall clock, not the Clock that tests move: the row says when it was written.
    StoredAuditEntry stored{0,
                            QDateTime::currentMSecsSinceEpoch(),
                            entry.login,
                            entry.action,
                            entry.subject,
                            entry.detail,
                            entry.address,
                            {},
                            {}};
    {
        SqlRows head = m_db.exec(u"SELECT last_hash FROM audit_chain_head WHERE id = ?"_s, {1});
        if (!head.next())
            throw DatabaseFailure(u"The audit chain has no head."_s);
        stored.previousHash = head.value(0).toString();
    }
    stored.id = m_db.insert(u"INSERT INTO audit_log (at, user_login, action, subject, detail, "
                            "address, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, '') "
                            "RETURNING id"_s,
                            {stored.at, stored.login, stored.action, stored.subject, stored.detail,
                             stored.address, stored.previousHash});
    stored.hash = AuditChain::hashOf(stored);
    m_db.exec(u"UPDATE audit_log SET hash = ? WHERE id = ?"_s, {stored.hash, stored.id});
    m_db.exec(u"UPDATE audit_chain_head SET last_id = ?, last_hash = ?, entries = entries + 1 "
              "WHERE id = ?"_s,
              {stored.id, stored.hash, 1});
    transaction.commit();
}

QList<StoredAuditEntry> AuditLog::find(const AuditFilter &filter)
{
    // Only the conditions asked for, so that each variant is a plain
    // prepared statement (at most 32 of them).
    QStringList conditions;
    QVariantList values;
    if (filter.fromMSecs > 0) {
        conditions.append(u"at >= ?"_s);
        values.append(filter.fromMSecs);
    }
    if (filter.toMSecs > 0) {
        conditions.append(u"at < ?"_s);
        values.append(filter.toMSecs);
    }
    if (!filter.login.isEmpty()) {
        conditions.append(u"user_login = ?"_s);
        values.append(filter.login);
    }
    if (!filter.action.isEmpty()) {
        conditions.append(u"action = ?"_s);
        values.append(filter.action);
    }
    if (filter.beforeId > 0) {
        conditions.append(u"id < ?"_s);
        values.append(filter.beforeId);
    }
    QString sql = u"SELECT id, at, user_login, action, subject, detail, address, previous_hash, "
                  "hash FROM audit_log"_s;
    if (!conditions.isEmpty())
        sql += u" WHERE "_s + conditions.join(u" AND "_s);
    sql += u" ORDER BY id DESC"_s;
    if (filter.limit > 0) {
        sql += u" LIMIT ?"_s;
        values.append(filter.limit);
    }
    QList<StoredAuditEntry> entries;
    SqlRows rows = m_db.exec(sql, values);
    while (rows.next()) {
        entries.append(
            {rows.value(0).toLongLong(), rows.value(1).toLongLong(), rows.value(2).toString(),
             rows.value(3).toString(), rows.value(4).toString(), rows.value(5).toString(),
             rows.value(6).toString(), rows.value(7).toString(), rows.value(8).toString()});
    }
    return entries;
}
