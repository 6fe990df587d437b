#include "server/storage/auditlog.h"

#include "server/storage/database.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

void AuditLog::record(const QString &login, const QString &action, const QString &subject,
                      const QString &detail)
{
    // The wall clock, not the Clock that tests move: the row says when it was written.
    m_db.exec(u"INSERT INTO audit_log (at, user_login, action, subject, detail) "
              "VALUES (?, ?, ?, ?, ?)"_s,
              {QDateTime::currentMSecsSinceEpoch(), login, action, subject, detail});
}
