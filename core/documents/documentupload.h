#pragma once

#include "core/documents/scanbatch.h"

#include <QObject>

#include <functional>

class BackendClient;
class LocalStore;
struct ApiResponse;

// The id of the case a booking code names in the workstation's cache:
// `caseType` "appointment" or "wedding" (they share the code space).
std::optional<QString> cachedCaseId(const LocalStore &store, const QString &caseType,
                                    const QString &bookingCode);

// Sends one scanned document to the server (POST /api/v1/documents) with its
// pages, codes and sha256, attached to a case.
class DocumentUpload : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        bool ok = false;
        QString message; // for the clerk when not ok
        QString documentId;
        QString sha256;
    };

    explicit DocumentUpload(BackendClient *client, QObject *parent = nullptr);

    // `pages` are the batch's pages the document's indexes point into; the
    // codes are sent as the document has them (interpreted by the split).
    void send(const ScannedDocument &document, const QList<ScanJob::Page> &pages,
              const QString &caseType, const QString &caseId, QObject *context,
              std::function<void(const Result &)> done);

private:
    BackendClient *m_client;
};
