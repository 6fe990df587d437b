#include "server/auth/directorysnapshot.h"

using namespace Qt::StringLiterals;

void DirectorySnapshot::apply(const Change &change)
{
    const bool isOffice = change.entity == u"office"_s;
    if (!isOffice && change.entity != u"wedding_room"_s)
        return;
    const qint64 id = change.id.toLongLong();
    if (change.op == Change::Op::Delete) {
        if (isOffice)
            m_officeKinds.remove(id);
        else
            m_roomOffices.remove(id);
        return;
    }
    if (isOffice)
        setOffice(id, change.data.value(u"kind"_s).toString());
    else
        setRoom(id, change.data.value(u"officeId"_s).toString().toLongLong());
}
