#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

#include <memory>

// A scanned document opened for reading page by page: PDF (a scanner's page
// as its embedded picture, see EmbeddedScans; any other page rendered with
// Poppler at 300 dpi, less for huge pages) or PNG/JPEG/TIFF (multi-page TIFF
// too). PDF pages carry their resolution as the image text "dpi". One reader belongs to one thread:
// never share it (Poppler documents are not thread-safe); open another for another thread.
class DocumentReader
{
    Q_DECLARE_TR_FUNCTIONS(DocumentReader)

public:
    // The code of the failure to open a protected PDF without its password
    // (or with a wrong one): ask for it and try again.
    static constexpr QStringView kPasswordNeeded{u"password-needed"};

    virtual ~DocumentReader() = default;

    // The reader, or why the file cannot be read (a message for people;
    // kPasswordNeeded as the code when a password would open it). `password`
    // opens a protected PDF.
    static Result<std::unique_ptr<DocumentReader>> open(const QString &path,
                                                        const QString &password);

    virtual int pageCount() const = 0;
    // Page `index` (0-based), never a null image.
    virtual Result<QImage> page(int index) = 0;
};

// All pages at once (for small files and the command line).
struct DocumentPages
{
    QList<QImage> pages;
    QString error;
    bool passwordNeeded = false;
};

DocumentPages loadDocumentPages(const QString &path, const QString &password = {});
