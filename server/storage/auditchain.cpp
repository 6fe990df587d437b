#include "server/storage/auditchain.h"

#include "server/storage/advisorylocks.h"
#include "server/storage/auditlog.h"
#include "server/storage/database.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace {
const QString kColumns = u"SELECT id, at, user_login, action, subject, detail, address, "
                         "previous_hash, hash FROM audit_log "_s;

StoredAuditEntry entryOf(const SqlRows &rows)
{
    return {rows.value(0).toLongLong(), rows.value(1).toLongLong(), rows.value(2).toString(),
            rows.value(3).toString(),   rows.value(4).toString(),   rows.value(5).toString(),
            rows.value(6).toString(),   rows.value(7).toString(),   rows.value(8).toString()};
}

struct Head
{
    qint64 lastId = 0;
    QString lastHash;
    qint64 entries = 0;
};

Head headOf(Database &db)
{
    SqlRows rows =
        db.exec(u"SELECT last_id, last_hash, entries FROM audit_chain_head WHERE id = ?"_s, {1});
    if (!rows.next())
        return {};
    return {rows.value(0).toLongLong(), rows.value(1).toString(), rows.value(2).toLongLong()};
}
} // namespace

QString AuditChain::hashOf(const StoredAuditEntry &entry)
{
    // Each field as "<length>:<bytes>\n": no two different entries encode alike.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto add = [&hash](const QByteArray &field) {
        hash.addData(QByteArray::number(field.size()));
        hash.addData(":");
        hash.addData(field);
        hash.addData("\n");
    };
    add("tresen-audit-1");
    add(QByteArray::number(entry.id));
    add(QByteArray::number(entry.at));
    add(entry.login.toUtf8());
    add(entry.action.toUtf8());
    add(entry.subject.toUtf8());
    add(entry.detail.toUtf8());
    add(entry.address.toUtf8());
    add(entry.previousHash.toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

void AuditChain::lockForAppend(Database &db)
{
    if (db.dialect() == SqlDialect::Postgresql)
        db.exec(u"SELECT pg_advisory_xact_lock(?)"_s, {AdvisoryLock::kAppends});
}

AuditChain::Verification AuditChain::verify(Database &db)
{
    Verification result;
    // Entries appended while this runs lie beyond the head read first.
    const Head head = headOf(db);
    QString previousHash;
    qint64 previousId = 0;
    {
        SqlRows rows = db.exec(kColumns + u"WHERE id <= ? ORDER BY id"_s, {head.lastId});
        while (rows.next()) {
            const StoredAuditEntry entry = entryOf(rows);
            ++result.checked;
            if (entry.previousHash != previousHash) {
                result.brokenId = entry.id;
                result.problem =
                    previousId == 0
                        ? u"the first entry does not start the chain: entries before it were "
                          "removed"_s
                        : u"it does not follow entry %1: an entry between them was removed or "
                          "inserted, or entry %1 was rewritten"_s.arg(previousId);
                return result;
            }
            if (hashOf(entry) != entry.hash) {
                result.brokenId = entry.id;
                result.problem = u"its content does not match its hash: it was changed"_s;
                return result;
            }
            previousHash = entry.hash;
            previousId = entry.id;
        }
    }
    if (previousId != head.lastId || previousHash != head.lastHash) {
        result.brokenId = head.lastId;
        result.problem = u"the chain's head names entry %1, but the chain ends at entry %2: "
                         "entries at the end were removed"_s.arg(head.lastId)
                             .arg(previousId);
        return result;
    }
    if (result.checked != head.entries) {
        result.brokenId = head.lastId;
        result.problem =
            u"the chain's head counts %1 entries, but %2 were found: the chain was rebuilt"_s
                .arg(head.entries)
                .arg(result.checked);
        return result;
    }
    // An entry beyond the head was not appended through the chain. Under the
    // append lock, briefly: no append is halfway then.
    Transaction transaction(db);
    lockForAppend(db);
    const Head now = headOf(db);
    SqlRows beyond = db.exec(u"SELECT MIN(id) FROM audit_log WHERE id > ?"_s, {now.lastId});
    if (beyond.next() && !beyond.value(0).isNull()) {
        result.brokenId = beyond.value(0).toLongLong();
        result.problem =
            u"it lies beyond the chain's last entry %1: it was inserted"_s.arg(now.lastId);
        return result;
    }
    result.headHash = previousHash;
    return result;
}

void AuditChain::chainExisting(Database &db)
{
    QList<StoredAuditEntry> entries;
    {
        SqlRows rows = db.exec(kColumns + u"ORDER BY id"_s);
        while (rows.next())
            entries.append(entryOf(rows));
    }
    QString previousHash;
    for (StoredAuditEntry &entry : entries) {
        entry.previousHash = previousHash;
        entry.hash = hashOf(entry);
        db.exec(u"UPDATE audit_log SET previous_hash = ?, hash = ? WHERE id = ?"_s,
                {entry.previousHash, entry.hash, entry.id});
        previousHash = entry.hash;
    }
    db.exec(u"UPDATE audit_chain_head SET last_id = ?, last_hash = ?, entries = ? WHERE id = ?"_s,
            {entries.isEmpty() ? 0 : entries.last().id, previousHash, qint64(entries.size()), 1});
}
