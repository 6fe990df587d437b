#include "server/api/backend.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

void Backend::audit(const QString &login, const QString &action, const QString &subject,
                    const QString &detail)
{
    db.exec(u"INSERT INTO audit_log (at, user_login, action, subject, detail) "
            "VALUES (?, ?, ?, ?, ?)"_s,
            {QDateTime::currentMSecsSinceEpoch(), login, action, subject, detail});
}
