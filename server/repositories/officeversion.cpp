#include "server/repositories/officeversion.h"

#include "server/storage/database.h"

using namespace Qt::StringLiterals;

namespace OfficeVersion {

// `column` is one of our own constants, never input.
int read(Database &db, const QString &column, qint64 officeId)
{
    SqlRows rows = db.exec(u"SELECT %1 FROM office WHERE id = ?"_s.arg(column), {officeId});
    return rows.next() ? rows.value(0).toInt() : 0;
}

void countUp(Database &db, const QString &column, qint64 officeId,
             std::optional<int> expectedVersion, const QString &what)
{
    QString sql = u"UPDATE office SET %1 = %1 + 1 WHERE id = ?"_s.arg(column);
    QVariantList values{officeId};
    if (expectedVersion) {
        sql += u" AND %1 = ?"_s.arg(column);
        values.append(*expectedVersion);
    }
    SqlRows updated = db.exec(sql + u" RETURNING id"_s, values);
    if (!updated.next() && expectedVersion)
        throw RecordChanged(u"%1 of office %2 changed since read"_s.arg(what).arg(officeId));
}

} // namespace OfficeVersion
