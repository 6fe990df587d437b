#pragma once

#include "core/codereader.h"

#include <QFuture>
#include <QImage>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

// Reads the codes of a batch of files off the UI thread: each file on the
// thread pool (one Poppler document per task, never shared), results
// delivered to this object's thread page by page. Cancellable between pages;
// destroying the job waits for the page each task is on.
class ScanJob : public QObject
{
    Q_OBJECT

public:
    struct Page
    {
        QString file;
        int number = 0; // 1-based
        QImage image;
        QList<DecodedCode> codes;
    };

    explicit ScanJob(QObject *parent = nullptr);
    ~ScanJob() override;

    void start(const QStringList &files);
    void cancel();
    bool isRunning() const { return m_running > 0; }

signals:
    void pageRead(const ScanJob::Page &page);
    void fileFailed(const QString &file, const QString &error);
    // Files done out of all files.
    void progress(int done, int total);
    void finished(bool cancelled);

private:
    std::shared_ptr<std::atomic_bool> m_cancelled;
    QList<QFuture<void>> m_tasks;
    int m_running = 0;
    int m_done = 0;
    int m_total = 0;
};

Q_DECLARE_METATYPE(ScanJob::Page)
