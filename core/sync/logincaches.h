#pragma once

#include "core/domain/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class LocalStore;

// Writes a login made on this workstation that the server has not taken yet.
struct PendingWritesOfLogin
{
    QString login;
    int count = 0;
    // Those of them too old to be sent (see LocalStore::kSendableDays),
    // oldest first: only the kind of record and the day each was made
    // (withoutContents()), never a summary: they are another login's, whose
    // citizens the reader may not see (a supervisor sees no name at all).
    QStringList expired;
};

// What removing the caches of logins gone too long took with it.
struct StaleCacheRemoval
{
    int files = 0;
    // The unsent writes that went with them, per login.
    QList<PendingWritesOfLogin> lostWrites;
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

    // The lock file beside a cache file: held by the process using the cache
    // (QLockFile), so that no two processes write one cache.
    static QString lockFileOf(const QString &cacheFile);

    // Makes the folder, or narrows it to this OS user (0700).
    Result<void> prepareFolder() const;

    // Moves `login`'s pending writes out of the shared file into `mine` (the
    // login's own cache, open) and deletes the shared file when no writes are
    // left in it. Returns how many moved.
    Result<int> migrateShared(const QString &login, LocalStore &mine) const;

    // Other logins' caches are read and changed only under their lock
    // (lockFileOf), as that login may be at work in another window: one
    // another process holds is left alone, and counted in `inUse` when given.

    // The pending writes other logins left in this server's caches here;
    // those made before `madeBefore` are listed as expired, without contents.
    Result<QList<PendingWritesOfLogin>> pendingOfOthers(const QString &me, qint64 madeBefore = 0,
                                                        int *inUse = nullptr) const;
    // The summaries of `me`'s own writes made before `madeBefore` in every
    // cache of this server here (their own included), oldest first.
    Result<QStringList> expiredOf(const QString &me, qint64 madeBefore, int *inUse = nullptr) const;
    // Drops `login`'s pending writes (only those made before `madeBefore`
    // when given) from every cache of this server here (`me`'s is open and
    // locked by this process); returns how many. The shared file goes when
    // it holds no writes.
    Result<int> discardWritesOf(const QString &me, const QString &login,
                                std::optional<qint64> madeBefore = {}) const;
    // Deletes the caches of this server here (with their unsent writes) that
    // were last used before `unusedSince` (ms since the epoch): not `me`'s,
    // and not one another process holds. Says which writes went.
    Result<StaleCacheRemoval> removeStale(const QString &me, qint64 unusedSince) const;
    // Deletes `login`'s cache file (closed) with its WAL companions.
    Result<void> remove(const QString &login) const;

private:
    // This server's cache files here: the logins' and the shared one.
    QStringList files() const;

    QString m_folder;
    QString m_serverKey;
};
