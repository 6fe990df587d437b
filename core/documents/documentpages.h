#pragma once

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
    enum class Failure { None, Unreadable, PasswordNeeded };

    virtual ~DocumentReader() = default;

    // Null, with a message for people and the kind of failure, when the file
    // cannot be read. `password` opens a protected PDF.
    static std::unique_ptr<DocumentReader> open(const QString &path, const QString &password,
                                                QString *error, Failure *failure = nullptr);

    virtual int pageCount() const = 0;
    // Page `index` (0-based), or a null image and `error`.
    virtual QImage page(int index, QString *error) = 0;
};

// All pages at once (for small files and the command line).
struct DocumentPages
{
    QList<QImage> pages;
    QString error;
    bool passwordNeeded = false;
};

DocumentPages loadDocumentPages(const QString &path, const QString &password = {});
