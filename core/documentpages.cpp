#include "core/documentpages.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>

#include <cmath>
#include <memory>
#include <poppler-qt6.h>

namespace {
constexpr double kScanDpi = 300;
// A page larger than this (in pixels) is rendered at a lower resolution.
constexpr double kMaxPixels = 40e6;

void ignorePopplerMessage(const QString &, const QVariant &) {}

DocumentPages loadPdf(const QString &path)
{
    // Poppler's own diagnostics are for developers; the caller gets one clear message.
    static const bool quiet = [] {
        Poppler::setDebugErrorFunction(ignorePopplerMessage, QVariant());
        return true;
    }();
    Q_UNUSED(quiet);
    DocumentPages result;
    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document) {
        result.error = DocumentPages::tr("The PDF cannot be read: it is damaged or not a PDF.");
        return result;
    }
    if (document->isLocked()) {
        result.error = DocumentPages::tr("The PDF is protected by a password.");
        return result;
    }
    document->setRenderHint(Poppler::Document::Antialiasing, true);
    document->setRenderHint(Poppler::Document::TextAntialiasing, true);
    if (document->numPages() == 0) {
        result.error = DocumentPages::tr("The PDF has no pages.");
        return result;
    }
    for (int i = 0; i < document->numPages(); ++i) {
        std::unique_ptr<Poppler::Page> page = document->page(i);
        if (!page) {
            result.error = DocumentPages::tr("Page %1 of the PDF cannot be read.").arg(i + 1);
            return result;
        }
        const QSizeF points = page->pageSizeF(); // 1/72 inch
        double dpi = kScanDpi;
        const double pixels = points.width() * points.height() * (dpi / 72) * (dpi / 72);
        if (pixels > kMaxPixels)
            dpi *= std::sqrt(kMaxPixels / pixels);
        const QImage image = page->renderToImage(dpi, dpi);
        if (image.isNull()) {
            result.error = DocumentPages::tr("Page %1 of the PDF cannot be rendered.").arg(i + 1);
            return result;
        }
        result.pages.append(image);
    }
    return result;
}

DocumentPages loadImages(const QString &path)
{
    DocumentPages result;
    QImageReader reader(path);
    reader.setAutoTransform(true);
    if (!reader.canRead()) {
        result.error = DocumentPages::tr("The file is not an image or PDF that can be read (%1).")
                           .arg(reader.errorString());
        return result;
    }
    do {
        const QImage image = reader.read();
        if (image.isNull()) {
            if (result.pages.isEmpty())
                result.error =
                    DocumentPages::tr("The image cannot be read: %1").arg(reader.errorString());
            break;
        }
        result.pages.append(image);
    } while (reader.jumpToNextImage());
    return result;
}
} // namespace

DocumentPages loadDocumentPages(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        DocumentPages result;
        result.error = DocumentPages::tr("The file cannot be opened: %1").arg(file.errorString());
        return result;
    }
    const QByteArray head = file.read(5);
    file.close();
    if (head.startsWith("%PDF"))
        return loadPdf(path);
    return loadImages(path);
}
