#include "core/documents/documentpages.h"

#include "core/documents/embeddedscan.h"

#include <QCoreApplication>
#include <QFile>
#include <QImageReader>

#include <cmath>
#include <poppler-qt6.h>

using namespace Qt::StringLiterals;

namespace {
constexpr double kScanDpi = 300;
// A page larger than this (in pixels) is rendered at a lower resolution.
constexpr double kMaxPixels = 40e6;

void ignorePopplerMessage(const QString &, const QVariant &) {}

// Each reader names its own translation context, as lupdate files its texts
// (the base's tr() would look them up under "DocumentReader" and find none).
class PdfReader : public DocumentReader
{
    Q_DECLARE_TR_FUNCTIONS(PdfReader)

public:
    PdfReader(std::unique_ptr<Poppler::Document> document, std::unique_ptr<EmbeddedScans> scans)
        : m_document(std::move(document))
        , m_scans(std::move(scans))
    {
        m_document->setRenderHint(Poppler::Document::Antialiasing, true);
        m_document->setRenderHint(Poppler::Document::TextAntialiasing, true);
    }

    int pageCount() const override { return m_document->numPages(); }

    Result<QImage> page(int index) override
    {
        // A scanner's page: its picture as it is (faster, own resolution).
        if (m_scans) {
            if (QImage scan = m_scans->page(index, kMaxPixels); !scan.isNull())
                return scan;
        }
        std::unique_ptr<Poppler::Page> page = m_document->page(index);
        if (!page)
            return Result<QImage>::failure(tr("Page %1 of the PDF cannot be read.").arg(index + 1));
        const QSizeF points = page->pageSizeF(); // 1/72 inch
        double dpi = kScanDpi;
        const double pixels = points.width() * points.height() * (dpi / 72) * (dpi / 72);
        if (pixels > kMaxPixels)
            dpi *= std::sqrt(kMaxPixels / pixels);
        QImage image = page->renderToImage(dpi, dpi);
        if (image.isNull())
            return Result<QImage>::failure(
                tr("Page %1 of the PDF cannot be rendered.").arg(index + 1));
        image.setText(u"dpi"_s, QString::number(qRound(dpi)));
        return image;
    }

private:
    std::unique_ptr<Poppler::Document> m_document;
    std::unique_ptr<EmbeddedScans> m_scans;
};

class ImageReader : public DocumentReader
{
    Q_DECLARE_TR_FUNCTIONS(ImageReader)

public:
    explicit ImageReader(const QString &path)
        : m_path(path)
    {}

    Result<void> open()
    {
        QImageReader reader(m_path);
        if (!reader.canRead())
            return Result<void>::failure(
                tr("The file is not an image or PDF that can be read (%1).")
                    .arg(reader.errorString()));
        // Some formats do not know their page count up front: read them.
        reader.setAutoTransform(true);
        do {
            const QImage image = reader.read();
            if (image.isNull()) {
                if (m_pages.isEmpty())
                    return Result<void>::failure(
                        tr("The image cannot be read: %1").arg(reader.errorString()));
                break;
            }
            m_pages.append(image);
        } while (reader.jumpToNextImage());
        return {};
    }

    int pageCount() const override { return int(m_pages.size()); }
    Result<QImage> page(int index) override
    {
        if (index < 0 || index >= m_pages.size())
            return Result<QImage>::failure(tr("Page %1 cannot be read.").arg(index + 1));
        return m_pages.at(index);
    }

private:
    QString m_path;
    QList<QImage> m_pages;
};
} // namespace

Result<std::unique_ptr<DocumentReader>> DocumentReader::open(const QString &path,
                                                             const QString &password)
{
    using Opened = Result<std::unique_ptr<DocumentReader>>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Opened::failure(tr("The file cannot be opened: %1").arg(file.errorString()));
    const QByteArray head = file.read(5);
    file.close();
    if (!head.startsWith("%PDF")) {
        auto reader = std::make_unique<ImageReader>(path);
        if (const Result<void> opened = reader->open(); !opened)
            return Opened::failure(opened.reason());
        return std::unique_ptr<DocumentReader>(std::move(reader));
    }
    // Poppler's own diagnostics are for developers; the caller gets one clear message.
    static const bool quiet = [] {
        Poppler::setDebugErrorFunction(ignorePopplerMessage, QVariant());
        return true;
    }();
    Q_UNUSED(quiet);
    const QByteArray secret = password.toUtf8();
    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path, secret, secret);
    if (!document)
        return Opened::failure(tr("The PDF cannot be read: it is damaged or not a PDF."));
    if (document->isLocked())
        return Opened::failure(password.isEmpty() ? tr("The PDF is protected by a password.")
                                                  : tr("The password for the PDF is not right."),
                               kPasswordNeeded.toString());
    if (document->numPages() == 0)
        return Opened::failure(tr("The PDF has no pages."));
    return std::unique_ptr<DocumentReader>(
        std::make_unique<PdfReader>(std::move(document), EmbeddedScans::open(path, password)));
}

DocumentPages loadDocumentPages(const QString &path, const QString &password)
{
    DocumentPages result;
    const auto reader = DocumentReader::open(path, password);
    if (!reader) {
        result.error = reader.error();
        result.passwordNeeded = reader.code() == DocumentReader::kPasswordNeeded;
        return result;
    }
    for (int i = 0; i < (*reader)->pageCount(); ++i) {
        const Result<QImage> image = (*reader)->page(i);
        if (!image) {
            result.error = image.error();
            return result;
        }
        result.pages.append(*image);
    }
    return result;
}
