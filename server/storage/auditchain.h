#pragma once

#include <QString>

class Database;
struct StoredAuditEntry;

// The hash chain over audit_log: each entry stores the SHA-256 of the entry
// before it and its own, computed over a canonical encoding of its fields and
// that previous hash; audit_chain_head names the last entry. Appends are
// serialised (PostgreSQL: an advisory transaction lock; SQLite: its write
// lock), so the chain follows the ids. Without a secret key, someone who may
// write the database can rebuild the whole chain: the head's hash, noted
// elsewhere (`tresen-server audit verify` prints it), anchors what came before.
namespace AuditChain {

// Lower-case hex SHA-256 of `entry`'s id, time, fields and previous hash.
QString hashOf(const StoredAuditEntry &entry);

// Takes the lock that serialises appends until the running transaction ends
// (PostgreSQL; on SQLite the transaction's write lock does it).
void lockForAppend(Database &db);

struct Verification
{
    qint64 checked = 0;  // entries read
    qint64 brokenId = 0; // the first entry that is not as it was written; 0: none
    QString problem;     // what is wrong with it, in English
    QString headHash;    // the last entry's hash (when intact)
    bool intact() const { return problem.isEmpty(); }
};

// Reads the whole chain in id order and checks every link.
Verification verify(Database &db);

// Chains the entries written before the chain existed (migration 7), in id order.
void chainExisting(Database &db);

} // namespace AuditChain
