#include "core/sync/cachewriter.h"

#include "core/sync/localstore.h"

#include <QPointer>
#include <QUuid>

using namespace Qt::StringLiterals;

CacheWriter::CacheWriter(const QString &cacheFile, QObject *parent)
    : QObject(parent)
    , m_cacheFile(cacheFile)
{
    m_thread.setObjectName(u"cache-writer"_s);
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

CacheWriter::~CacheWriter()
{
    // The connection belongs to the worker thread: close it there.
    QMetaObject::invokeMethod(
        m_worker, [this] { m_store.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void CacheWriter::apply(const QList<Change> &changes, qint64 newCursor, QObject *context, Done done)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(m_worker, [this, changes, newCursor, guard, done] {
        Result<void> applied;
        QList<OutboxEntry> dropped;
        if (!m_store) {
            m_store = std::make_unique<LocalStore>(
                m_cacheFile, u"cache-writer-"_s + QUuid::createUuid().toString(QUuid::Id128));
            applied = m_store->open();
            if (!applied)
                m_store.reset();
        }
        if (m_store)
            applied = m_store->apply(changes, newCursor, &dropped);
        if (!guard)
            return;
        QMetaObject::invokeMethod(guard, [guard, done, applied, dropped] {
            if (guard)
                done(applied, dropped);
        });
    });
}
