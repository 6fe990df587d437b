#include "core/documents/scanjob.h"

#include "core/documents/documentpages.h"

#include <QThreadPool>
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

void ScanJob::start(const QStringList &files, const QHash<QString, QString> &passwords)
{
    if (files.isEmpty() || isRunning())
        return;
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_done = 0;
    m_total = 0;
    emit progress(0, 0);
    m_tasks.removeIf([](const QFuture<void> &task) { return task.isFinished(); });
    for (const QString &file : files)
        run(file, passwords.value(file), 0, 0);
}

// Task `chunk` of `chunks` reads pages chunk, chunk + chunks, … of `file`.
// Chunk 0 of 0 is the opener: it counts the pages, asks for the other
// chunks and then reads its own share.
void ScanJob::run(const QString &file, const QString &password, int chunk, int chunks)
{
    ++m_running;
    const auto batch = m_cancelled;
    m_tasks.append(QtConcurrent::run([this, file, password, chunk, chunks, batch] {
        const auto deliver = [this, batch](auto function) {
            QMetaObject::invokeMethod(this, [this, batch, function] {
                if (batch == m_cancelled && !batch->load())
                    function(this);
            });
        };
        std::unique_ptr<DocumentReader> reader;
        if (!batch->load()) {
            auto opened = DocumentReader::open(file, password);
            if (opened) {
                reader = std::move(opened).value();
            } else {
                deliver([file, reason = opened.reason()](ScanJob *job) {
                    if (reason.code == DocumentReader::kPasswordNeeded)
                        emit job->passwordNeeded(file, reason.message);
                    else
                        emit job->fileFailed(file, reason.message);
                });
            }
        }
        int stride = chunks;
        if (reader) {
            if (chunks == 0) {
                // Share the pages out: a task per pool thread (a core each,
                // unless the pool was limited), each with its own document.
                const int pages = reader->pageCount();
                stride = qBound(1, QThreadPool::globalInstance()->maxThreadCount(), pages);
                deliver([file, password, pages, stride](ScanJob *job) {
                    job->m_total += pages;
                    emit job->progress(job->m_done, job->m_total);
                    for (int other = 1; other < stride; ++other)
                        job->run(file, password, other, stride);
                });
            }
            for (int index = chunk; index < reader->pageCount() && !batch->load();
                 index += stride) {
                const Result<QImage> image = reader->page(index);
                if (!image) {
                    deliver([file, error = image.error()](ScanJob *job) {
                        emit job->fileFailed(file, error);
                    });
                    continue;
                }
                Page page{file, index + 1, *image, readCodes(*image)};
                deliver([page](ScanJob *job) {
                    ++job->m_done;
                    emit job->pageRead(page);
                    emit job->progress(job->m_done, job->m_total);
                });
            }
        }
        QMetaObject::invokeMethod(this, [this, batch] { taskEnded(batch); });
    }));
}

void ScanJob::taskEnded(const std::shared_ptr<std::atomic_bool> &batch)
{
    if (batch != m_cancelled || batch->load())
        return; // a task of an earlier or cancelled batch
    if (--m_running == 0)
        emit finished(false);
}

void ScanJob::cancel()
{
    if (!isRunning())
        return;
    m_cancelled->store(true);
    m_running = 0;
    emit finished(true);
}
