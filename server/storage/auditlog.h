#pragma once

#include <QList>
#include <QString>

class Database;

// One entry as it is written: who (`login`), what (`action`, dotted lower
// case), to which record (`subject`, an id), details (`detail`, for
// administrative changes compact JSON {"before":{…},"after":{…}}), and from
// where (`address`, the client's address for logins; empty otherwise).
struct AuditEntry
{
    QString login;
    QString action;
    QString subject;
    QString detail;
    QString address;
};

// An entry as it is stored, with its place in the hash chain (AuditChain).
struct StoredAuditEntry
{
    qint64 id = 0;
    qint64 at = 0; // ms since the epoch
    QString login;
    QString action;
    QString subject;
    QString detail;
    QString address;
    QString previousHash; // empty for the first entry
    QString hash;
};

// Which entries a reader asks for: newest first, at most `limit`, only those
// with an id below `beforeId` (the paging cursor; 0: from the newest).
struct AuditFilter
{
    qint64 fromMSecs = 0; // inclusive; 0: no lower bound
    qint64 toMSecs = 0;   // exclusive; 0: no upper bound
    QString login;        // exact; empty: any
    QString action;       // exact; empty: any
    qint64 beforeId = 0;
    int limit = 100; // 0: all
};

// Who did what to which record, in audit_log: logins, bookings, payment
// look-ups, uploads, the retention job's removals, administrative changes. It
// names records by their ids only: never a citizen's name, a booking code or
// a payment reference, since the log is kept longer than the data it speaks
// of. Every entry is appended to a hash chain (AuditChain), so an edited,
// removed or inserted entry shows.
class AuditLog
{
public:
    explicit AuditLog(Database &db)
        : m_db(db)
    {}

    // An entry of the running transaction (or its own, outside one): written
    // iff that transaction commits. Entries that must exist whatever the
    // request's outcome (a refused login) go to ApiRequest::auditAlways.
    void record(const QString &login, const QString &action, const QString &subject,
                const QString &detail = {});
    void record(const AuditEntry &entry);

    QList<StoredAuditEntry> find(const AuditFilter &filter);

private:
    Database &m_db;
};
