#pragma once

#include "core/scanjob.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

// The Scannen workspace: import files (or drop them), see every page with its
// codes outlined and listed, and act on a code (payment lookup).
class ScanWorkspace : public QWidget
{
    Q_OBJECT

public:
    explicit ScanWorkspace(QWidget *parent = nullptr);

    void importFiles(const QStringList &files);
    bool isBusy() const { return m_job.isRunning(); }
    int pageCount() const { return static_cast<int>(m_pages.size()); }
    QStringList codeTexts() const; // of the selected page, as listed
    QString messageText() const;
    void selectPage(int index);

signals:
    // The payload of a GiroCode or fine notice, to look up in Zahlungen.
    void paymentLookupRequested(const QString &payload);
    // The booking code of an appointment confirmation, to check in.
    void checkInRequested(const QString &bookingCode);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void addPage(const ScanJob::Page &page);
    void showPage(int index);
    void openFiles();

    ScanJob m_job;
    QList<ScanJob::Page> m_pages;
    QStringList m_failures;
    QPushButton *m_open;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_message;
    QListWidget *m_thumbnails;
    QLabel *m_pageView;
    QListWidget *m_codes;
    QPushButton *m_checkIn = nullptr;
    QPushButton *m_lookUp;
};
