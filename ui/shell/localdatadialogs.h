#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

// The questions about this workstation's local data: deleting one's cache when
// logging out, and a supervisor discarding the writes another login left
// unsent. Both name the login and never lose data by a mere Enter: whatever
// would lose writes is the button one has to choose.
class LocalDataDialogs
{
    Q_DECLARE_TR_FUNCTIONS(LocalDataDialogs)

public:
    // True when the user chose to delete the local data of `login`. Default:
    // delete when nothing is pending, keep when `pendingWrites` would be lost.
    static bool askToDeleteOnLogout(QWidget *parent, const QString &login, int pendingWrites);
    // True when the supervisor confirmed discarding `count` writes of `login`
    // (default: cancel).
    static bool confirmDiscard(QWidget *parent, const QString &login, int count);
};
