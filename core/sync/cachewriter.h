#pragma once

#include "core/domain/change.h"
#include "core/domain/result.h"
#include "core/sync/localstore.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

class LocalStore;

// Applies large batches of changes to the local cache on a worker thread with
// its own connection to the cache file, so a first sync of many thousand
// entities never freezes the window.
class CacheWriter : public QObject
{
    Q_OBJECT

public:
    // `dropped`: the pending writes of anonymised records (LocalStore::apply).
    using Done =
        std::function<void(const Result<void> &applied, const QList<OutboxEntry> &dropped)>;

    explicit CacheWriter(const QString &cacheFile, QObject *parent = nullptr);
    ~CacheWriter() override;

    // Applies `changes` (one transaction) and moves the cursor; `done` runs
    // afterwards on `context`'s thread unless `context` is gone.
    void apply(const QList<Change> &changes, qint64 newCursor, QObject *context, Done done);

private:
    QThread m_thread;
    QObject *m_worker = nullptr;         // lives on m_thread
    std::unique_ptr<LocalStore> m_store; // opened, used and closed on m_thread
    QString m_cacheFile;
};
