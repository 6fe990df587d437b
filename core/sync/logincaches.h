#pragma once

#include "core/domain/result.h"

#include <QList>
#include <QString>

class LocalStore;

// Writes a login made on this workstation that the server has not taken yet.
struct PendingWritesOfLogin
{
    QString login;
    int count = 0;
};

// The workstation's local caches of one server: one file per login, so that
// no login ever sees what another's cache holds, in a folder only this OS user
// may enter (0700; the files 0600, see LocalStore).
//
// A file is named by the server and the login (`<server>-<hash of both>.db`):
// the folder shows no name. Earlier versions kept one cache per server for
// everyone (`<server>.db`, the "shared" file); each login takes its own
// pending writes out of it (migrateShared), and it is deleted once it holds
// none (it is only a copy of the server's data).
class LoginCaches
{
public:
    // `serverKey` tells the server apart in file names ("embedded", or a hash
    // of its address): the name the shared cache of earlier versions had.
    LoginCaches(const QString &folder, const QString &serverKey);

    QString folder() const { return m_folder; }
    // The cache file of `login` on this server.
    QString fileOf(const QString &login) const;
    // The shared cache file of earlier versions.
    QString sharedFile() const;

    // Makes the folder, or narrows it to this OS user (0700).
    Result<void> prepareFolder() const;

    // Moves `login`'s pending writes out of the shared file into `mine` (the
    // login's own cache, open) and deletes the shared file when no writes are
    // left in it. Returns how many moved.
    Result<int> migrateShared(const QString &login, LocalStore &mine) const;

    // The pending writes other logins left in this server's caches here.
    Result<QList<PendingWritesOfLogin>> pendingOfOthers(const QString &me) const;
    // Drops `login`'s pending writes from every cache of this server here;
    // returns how many. The shared file goes when it holds no writes.
    Result<int> discardWritesOf(const QString &login) const;
    // Deletes `login`'s cache file (closed) with its WAL companions.
    Result<void> remove(const QString &login) const;

private:
    // This server's cache files here: the logins' and the shared one.
    QStringList files() const;

    QString m_folder;
    QString m_serverKey;
};
