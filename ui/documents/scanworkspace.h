#pragma once

#include "core/documents/documentinbox.h"
#include "core/documents/scanbatch.h"
#include "core/documents/scanjob.h"
#include "core/documents/scannerbackend.h"

#include <QFuture>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class FeedbackLine;
class DocumentUpload;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QScrollArea;

// The Scannen workspace: import files (or drop them), see every page with its
// codes outlined and listed, act on a code (payment lookup, check-in), and
// send the documents of the stack (split at separator sheets) to their case.
class ScanWorkspace : public QWidget
{
    Q_OBJECT

public:
    explicit ScanWorkspace(QWidget *parent = nullptr);
    ~ScanWorkspace() override;

    void importFiles(const QStringList &files);
    bool isBusy() const { return m_job.isRunning() || m_scanning; }
    int pageCount() const { return static_cast<int>(m_pages.size()); }
    QStringList codeTexts() const; // of the selected page, as listed
    QString messageText() const;
    void selectPage(int index);

    // Sending documents: the upload, and how a booking code becomes the id
    // of an appointment or a wedding booking (`caseType` "appointment" or
    // "wedding"; from the local cache). Without them there is no sending.
    using CaseLookup =
        std::function<std::optional<QString>(const QString &caseType, const QString &bookingCode)>;
    void setDocumentUpload(DocumentUpload *upload, CaseLookup lookup);
    QList<ScannedDocument> documents() const { return m_documents; }

    // Scanners (plugins); without any, the Scan button is hidden.
    void setScannerBackends(const QList<ScannerBackend *> &backends);
    // The folder a network scanner drops into (not owned; null: none).
    // Arrivals are offered, not read unasked: the clerk's batch stays.
    void setInbox(InboxWatcher *inbox);
    // Reads what waits in the inbox; each file read is marked read.
    void readInbox();
    // Scans from `device` off the UI thread; pages arrive like a file's.
    void scanFrom(ScannerBackend *backend, const QString &device, const ScanSettings &settings);
    // Sends document `index` to a case ("appointment" and "wedding" take an id
    // or a booking code).
    void attachDocument(int index, const QString &caseType, const QString &caseId);

signals:
    // The payload of a GiroCode or fine notice, to look up in Zahlungen.
    void paymentLookupRequested(const QString &payload);
    // The booking code of an appointment confirmation, to check in.
    void checkInRequested(const QString &bookingCode);
    // The booking code of a wedding reservation: the registrar opens the booking.
    void weddingRequested(const QString &bookingId);
    // A batch (files or a scan) has been read.
    void batchFinished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void addPage(const ScanJob::Page &page);
    void showPage(int index);
    void openFiles();
    void splitIntoDocuments();
    void attachSelected();
    void chooseScanner();
    void beginBatch(const QStringList &sources, const QString &message);
    void finishBatch(bool cancelled);
    void askForPasswords();
    QString describe(const ScannedDocument &document) const;
    // "appointment K7M2-9QXP", "wedding 12", … for the clerk.
    static QString caseText(const QString &caseType, const QString &caseId);
    // The wedding booking whose code `text` is, if the cache knows one.
    QString weddingOf(const QString &text) const;

    ScanJob m_job;
    QList<ScanJob::Page> m_pages;
    QStringList m_failures;
    QList<std::pair<QString, QString>> m_locked; // protected PDFs of the batch: file, reason
    QPushButton *m_open;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    FeedbackLine *m_message;
    QListWidget *m_thumbnails;
    QLabel *m_pageView;
    QScrollArea *m_pageScroll = nullptr;
    QImage m_shownPage; // the selected page with its codes outlined
    void fitPageToWidth();
    QListWidget *m_codes;
    QPushButton *m_checkIn = nullptr;
    QPushButton *m_openWedding = nullptr;
    QPushButton *m_lookUp;
    QStringList m_files; // in the order they were opened
    QList<ScannedDocument> m_documents;
    QListWidget *m_documentList = nullptr;
    QPushButton *m_attach = nullptr;
    DocumentUpload *m_upload = nullptr;
    CaseLookup m_caseLookup;
    QList<ScannerBackend *> m_scanners;
    QPushButton *m_scanButton = nullptr;
    QPushButton *m_inboxButton = nullptr;
    InboxWatcher *m_inbox = nullptr;
    QString m_inboxProblem;
    QStringList m_inboxBatch; // files of the running batch that came from the inbox
    void updateInboxButton();
    void markInboxFilesRead(bool cancelled);
    std::shared_ptr<std::atomic_bool> m_scanCancelled;
    bool m_scanning = false;
    QFuture<void> m_scanTask;
};
