#include "core/scanjob.h"

#include "core/documentpages.h"

#include <QtConcurrent>

ScanJob::ScanJob(QObject *parent)
    : QObject(parent)
    , m_cancelled(std::make_shared<std::atomic_bool>(false))
{}

ScanJob::~ScanJob()
{
    // Tasks stop after their current page; none outlives the job it reports to.
    m_cancelled->store(true);
    for (QFuture<void> &task : m_tasks)
        task.waitForFinished();
}

void ScanJob::start(const QStringList &files)
{
    if (files.isEmpty() || isRunning())
        return;
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_running = static_cast<int>(files.size());
    m_done = 0;
    m_total = m_running;
    emit progress(0, m_total);
    m_tasks.removeIf([](const QFuture<void> &task) { return task.isFinished(); });
    for (const QString &file : files) {
        m_tasks.append(QtConcurrent::run([this, file, cancelled = m_cancelled] {
            const DocumentPages document = loadDocumentPages(file);
            const auto deliver = [this, cancelled](auto function) {
                QMetaObject::invokeMethod(this, [this, cancelled, function] {
                    if (!cancelled->load())
                        function(this);
                });
            };
            if (!document.error.isEmpty()) {
                deliver([file, error = document.error](ScanJob *job) {
                    emit job->fileFailed(file, error);
                });
            } else {
                for (qsizetype i = 0; i < document.pages.size() && !cancelled->load(); ++i) {
                    Page page{file, int(i + 1), document.pages.at(i),
                              readCodes(document.pages.at(i))};
                    deliver([page](ScanJob *job) { emit job->pageRead(page); });
                }
            }
            QMetaObject::invokeMethod(this, [this, cancelled] {
                if (cancelled != m_cancelled || cancelled->load())
                    return; // a task of an earlier or cancelled batch
                ++m_done;
                emit progress(m_done, m_total);
                if (--m_running == 0)
                    emit finished(false);
            });
        }));
    }
}

void ScanJob::cancel()
{
    if (!isRunning())
        return;
    m_cancelled->store(true);
    m_running = 0;
    emit finished(true);
}
