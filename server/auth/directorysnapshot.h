#pragma once

#include "core/domain/change.h"

#include <QHash>
#include <QString>

// What need-to-know asks of the directory (an office's kind, a wedding
// room's office), held in memory for the event sockets, whose thread never
// waits for the database: filled once at start, then kept up to date by the
// changes as they go out. In revision order, the change that makes an office
// or a room comes before any change that names it.
class DirectorySnapshot
{
public:
    void setOffice(qint64 officeId, const QString &kind) { m_officeKinds.insert(officeId, kind); }
    void setRoom(qint64 roomId, qint64 officeId) { m_roomOffices.insert(roomId, officeId); }
    // Takes in an office's or a wedding room's change; others pass by.
    void apply(const Change &change);

    // Empty when unknown (need-to-know then treats it as no Standesamt).
    QString officeKind(qint64 officeId) const { return m_officeKinds.value(officeId); }
    // 0 when unknown.
    qint64 roomOffice(qint64 roomId) const { return m_roomOffices.value(roomId); }

private:
    QHash<qint64, QString> m_officeKinds;
    QHash<qint64, qint64> m_roomOffices;
};
