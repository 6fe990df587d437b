#pragma once

#include "core/documents/codereader.h"

#include <QFuture>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

// Reads the codes of a batch of files off the UI thread, page by page on the
// thread pool: a PDF's pages are shared out among several tasks, each with its
// own Poppler document (never one document from two threads), so one large
// PDF uses every core and only a few pages are in memory at a time. Results
// and progress (pages done of pages known) arrive on this object's thread.
// Cancellable between pages; destroying the job waits for the pages in hand.
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

    // `passwords` open protected PDFs (by file).
    void start(const QStringList &files, const QHash<QString, QString> &passwords = {});
    void cancel();
    bool isRunning() const { return m_running > 0; }

signals:
    void pageRead(const ScanJob::Page &page);
    void fileFailed(const QString &file, const QString &error);
    // A protected PDF (or a wrong password): ask, and start it again with one.
    void passwordNeeded(const QString &file, const QString &error);
    // Pages read out of the pages known so far (a file's count is known once
    // it is opened).
    void progress(int done, int total);
    void finished(bool cancelled);

private:
    void run(const QString &file, const QString &password, int chunk, int chunks);
    void taskEnded(const std::shared_ptr<std::atomic_bool> &batch);

    std::shared_ptr<std::atomic_bool> m_cancelled;
    QList<QFuture<void>> m_tasks;
    int m_running = 0; // tasks of this batch still at work
    int m_done = 0;    // pages
    int m_total = 0;   // pages known
};

Q_DECLARE_METATYPE(ScanJob::Page)
