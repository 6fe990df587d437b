#pragma once

#include <QString>

class Database;

// Who did what to which record, in audit_log: logins, bookings, payment
// look-ups, uploads, the retention job's removals. It names records by their
// ids only: never a citizen's name, a booking code or a payment reference,
// since the log is kept longer than the data it speaks of.
class AuditLog
{
public:
    explicit AuditLog(Database &db)
        : m_db(db)
    {}

    void record(const QString &login, const QString &action, const QString &subject,
                const QString &detail = {});

private:
    Database &m_db;
};
