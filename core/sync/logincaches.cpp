#include "core/sync/logincaches.h"

#include "core/sync/localstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QMap>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
// An extra connection to a cache file, for as long as the caller needs it.
Result<std::unique_ptr<LocalStore>> openCache(const QString &filePath)
{
    auto store = std::make_unique<LocalStore>(
        filePath, u"login-cache-"_s + QUuid::createUuid().toString(QUuid::Id128));
    if (const Result<void> opened = store->open(); !opened)
        return Result<std::unique_ptr<LocalStore>>::failure(opened.reason());
    return store;
}

// The lock of another login's cache, taken as removeStale() takes it;
// nullptr when another process holds it (that login is at work there).
std::unique_ptr<QLockFile> lockOf(const QString &cacheFile)
{
    auto lock = std::make_unique<QLockFile>(LoginCaches::lockFileOf(cacheFile));
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return nullptr;
    return lock;
}
} // namespace

LoginCaches::LoginCaches(const QString &folder, const QString &serverKey)
    : m_folder(folder)
    , m_serverKey(serverKey)
{}

QString LoginCaches::fileOf(const QString &login) const
{
    // Server and login together: the same login on two servers has two caches.
    const QByteArray hash =
        QCryptographicHash::hash((m_serverKey + u'\n' + login).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(24);
    return m_folder + u'/' + m_serverKey + u'-' + QString::fromLatin1(hash) + u".db"_s;
}

QString LoginCaches::lockFileOf(const QString &cacheFile)
{
    return cacheFile + u".lock"_s;
}

QString LoginCaches::sharedFile() const
{
    return m_folder + u'/' + m_serverKey + u".db"_s;
}

Result<void> LoginCaches::prepareFolder() const
{
    constexpr QFileDevice::Permissions ownerOnly =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    // Earlier versions made the folder readable for all (0755): narrowed.
    if (!QDir().mkpath(m_folder) || !QFile::setPermissions(m_folder, ownerOnly))
        return Result<void>::failure(
            QCoreApplication::translate("LoginCaches", "The cache folder %1 cannot be prepared.")
                .arg(m_folder));
    return {};
}

QStringList LoginCaches::files() const
{
    QStringList result;
    const QDir folder(m_folder);
    for (const QString &name : folder.entryList({m_serverKey + u"-*.db"_s}, QDir::Files))
        result.append(folder.filePath(name));
    if (QFileInfo::exists(sharedFile()))
        result.append(sharedFile());
    return result;
}

Result<int> LoginCaches::migrateShared(const QString &login, LocalStore &mine) const
{
    if (!QFileInfo::exists(sharedFile()))
        return 0;
    int moved = 0;
    bool done = false;
    {
        Result<std::unique_ptr<LocalStore>> shared = openCache(sharedFile());
        if (!shared)
            return Result<int>::failure(shared.reason());
        const Result<int> taken = mine.takeWritesOf(login, **shared);
        if (!taken)
            return taken;
        moved = *taken;
        const Result<QMap<QString, int>> left = (*shared)->pendingCountByLogin();
        if (!left)
            return Result<int>::failure(left.reason());
        done = left->isEmpty();
    } // closed before it is deleted
    if (done) {
        if (const Result<void> removed = LocalStore::removeFile(sharedFile()); !removed)
            return Result<int>::failure(removed.reason());
    }
    return moved;
}

Result<QList<PendingWritesOfLogin>>
LoginCaches::pendingOfOthers(const QString &me, qint64 madeBefore, int *inUse) const
{
    QMap<QString, int> counts;
    QMap<QString, QStringList> expired;
    const QString mine = fileOf(me);
    for (const QString &file : files()) {
        if (file == mine)
            continue;
        const std::unique_ptr<QLockFile> lock = lockOf(file); // released after the cache closes
        if (!lock) {
            if (inUse)
                ++*inUse;
            continue;
        }
        const Result<std::unique_ptr<LocalStore>> cache = openCache(file);
        if (!cache)
            return Result<QList<PendingWritesOfLogin>>::failure(cache.reason());
        const Result<QMap<QString, int>> byLogin = (*cache)->pendingCountByLogin();
        if (!byLogin)
            return Result<QList<PendingWritesOfLogin>>::failure(byLogin.reason());
        for (auto it = byLogin->cbegin(); it != byLogin->cend(); ++it) {
            if (it.key() != me)
                counts[it.key()] += it.value();
        }
        const Result<QList<OutboxEntry>> old = (*cache)->writesMadeBefore(madeBefore);
        if (!old)
            return Result<QList<PendingWritesOfLogin>>::failure(old.reason());
        for (const OutboxEntry &entry : *old) {
            if (entry.login != me)
                expired[entry.login].append(withoutContents(entry));
        }
    }
    QList<PendingWritesOfLogin> result;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        result.append({it.key(), it.value(), expired.value(it.key())});
    return result;
}

Result<QStringList> LoginCaches::expiredOf(const QString &me, qint64 madeBefore, int *inUse) const
{
    QStringList summaries;
    const QString mine = fileOf(me);
    for (const QString &file : files()) {
        std::unique_ptr<QLockFile> lock;
        if (file != mine && !(lock = lockOf(file))) {
            if (inUse)
                ++*inUse;
            continue;
        }
        const Result<std::unique_ptr<LocalStore>> cache = openCache(file);
        if (!cache)
            return Result<QStringList>::failure(cache.reason());
        const Result<QList<OutboxEntry>> old = (*cache)->writesMadeBefore(madeBefore);
        if (!old)
            return Result<QStringList>::failure(old.reason());
        for (const OutboxEntry &entry : *old) {
            if (entry.login == me)
                summaries.append(entry.summary);
        }
    }
    return summaries;
}

Result<StaleCacheRemoval> LoginCaches::removeStale(const QString &me, qint64 unusedSince) const
{
    StaleCacheRemoval removal;
    QMap<QString, int> lost;
    const QString mine = fileOf(me);
    for (const QString &file : files()) {
        if (file == mine)
            continue;
        // A cache another process has open is in use, whatever it says.
        QLockFile lock(lockFileOf(file));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue;
        // A cache of an earlier version does not say when it was last used:
        // its files' time does (read before opening it changes them).
        QDateTime modified = QFileInfo(file).lastModified();
        if (const QFileInfo wal(file + u"-wal"_s); wal.exists() && wal.lastModified() > modified)
            modified = wal.lastModified();
        {
            const Result<std::unique_ptr<LocalStore>> cache = openCache(file);
            if (!cache)
                return Result<StaleCacheRemoval>::failure(cache.reason());
            const Result<qint64> used = (*cache)->lastUsed();
            if (!used)
                return Result<StaleCacheRemoval>::failure(used.reason());
            if ((*used > 0 ? *used : modified.toMSecsSinceEpoch()) >= unusedSince)
                continue;
            const Result<QMap<QString, int>> pending = (*cache)->pendingCountByLogin();
            if (!pending)
                return Result<StaleCacheRemoval>::failure(pending.reason());
            for (auto it = pending->cbegin(); it != pending->cend(); ++it)
                lost[it.key()] += it.value();
        } // closed before it is deleted
        if (const Result<void> removed = LocalStore::removeFile(file); !removed)
            return Result<StaleCacheRemoval>::failure(removed.reason());
        ++removal.files;
    }
    for (auto it = lost.cbegin(); it != lost.cend(); ++it)
        removal.lostWrites.append({it.key(), it.value(), {}});
    return removal;
}

Result<int> LoginCaches::discardWritesOf(const QString &me, const QString &login,
                                         std::optional<qint64> madeBefore) const
{
    int discarded = 0;
    bool sharedDone = false;
    const QString mine = fileOf(me);
    for (const QString &file : files()) {
        std::unique_ptr<QLockFile> lock;
        if (file != mine && !(lock = lockOf(file)))
            continue; // in use: its writes stay, and are shown again
        const Result<std::unique_ptr<LocalStore>> cache = openCache(file);
        if (!cache)
            return Result<int>::failure(cache.reason());
        const Result<int> dropped = (*cache)->discardWritesOf(login, madeBefore);
        if (!dropped)
            return dropped;
        discarded += *dropped;
        if (file == sharedFile()) {
            const Result<QMap<QString, int>> left = (*cache)->pendingCountByLogin();
            if (!left)
                return Result<int>::failure(left.reason());
            sharedDone = left->isEmpty();
        }
    }
    if (sharedDone) {
        if (const Result<void> removed = LocalStore::removeFile(sharedFile()); !removed)
            return Result<int>::failure(removed.reason());
    }
    return discarded;
}

Result<void> LoginCaches::remove(const QString &login) const
{
    return LocalStore::removeFile(fileOf(login));
}
