#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

#include <optional>

// The pages of a scanned document as images: PDF (rendered with Poppler) or
// PNG/JPEG/TIFF (multi-page TIFF too). A file it cannot read gives a message
// for people instead.
struct DocumentPages
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPages)

public:
    QList<QImage> pages;
    QString error;
};

DocumentPages loadDocumentPages(const QString &path);
