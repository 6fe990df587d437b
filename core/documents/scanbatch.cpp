#include "core/documents/scanbatch.h"

#include <QBuffer>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

QList<ScannedDocument> splitAtSeparators(const QList<ScanJob::Page> &pages,
                                         const PayloadRules &rules)
{
    QList<ScannedDocument> documents;
    ScannedDocument current;
    QHash<QString, int> pagesPerFile;
    const auto close = [&] {
        if (!current.pages.isEmpty())
            documents.append(current);
        current = {};
    };
    for (int i = 0; i < pages.size(); ++i) {
        const ScanJob::Page &page = pages.at(i);
        pagesPerFile[page.file] += 1;
        if (!current.pages.isEmpty() && current.sourceFile != page.file)
            close();
        current.sourceFile = page.file;
        bool separator = false;
        QList<CaseSuggestion> found;
        QList<DocumentCode> codes;
        for (const DecodedCode &code : page.codes) {
            const InterpretedPayload meaning = interpretPayload(code.bytes, rules);
            codes.append({0, code, meaning});
            if (meaning.kind == u"separator"_s)
                separator = true;
            else if (meaning.kind == u"appointment"_s)
                found.append({u"appointment"_s, meaning.fields.value(u"bookingCode"_s).toString()});
            else if (meaning.kind == u"fine"_s ||
                     (meaning.kind == u"epc"_s && meaning.error.isEmpty()))
                found.append({u"payment"_s, meaning.fields.value(u"reference"_s).toString()});
        }
        if (separator) {
            close();
            current.sourceFile = page.file;
            continue;
        }
        current.pages.append(i);
        for (DocumentCode &code : codes) {
            code.page = int(current.pages.size());
            current.codes.append(code);
        }
        for (const CaseSuggestion &suggestion : std::as_const(found)) {
            const bool known = std::any_of(current.suggestions.cbegin(), current.suggestions.cend(),
                                           [&](const CaseSuggestion &s) {
                                               return s.caseType == suggestion.caseType &&
                                                      s.caseId == suggestion.caseId;
                                           });
            if (!known && !suggestion.caseId.isEmpty())
                current.suggestions.append(suggestion);
        }
    }
    close();
    // A document is its whole file when no separator cut the file.
    QHash<QString, int> documentsPerFile;
    for (const ScannedDocument &document : std::as_const(documents))
        documentsPerFile[document.sourceFile] += 1;
    for (ScannedDocument &document : documents)
        document.wholeFile = documentsPerFile.value(document.sourceFile) == 1 &&
                             document.pages.size() == pagesPerFile.value(document.sourceFile);
    return documents;
}

QByteArray pdfFromPages(const QList<QImage> &pages, int dpi)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    if (pages.isEmpty() || !buffer.open(QIODevice::WriteOnly))
        return {};
    QPdfWriter writer(&buffer);
    writer.setResolution(dpi);
    writer.setCreator(u"Tresen"_s);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QImage &image = pages.at(i);
        // A page read from a PDF knows its resolution (a 150-dpi scan stays A4).
        const int pageDpi = image.text(u"dpi"_s).toInt() > 0 ? image.text(u"dpi"_s).toInt() : dpi;
        const QSizeF points(image.width() * 72.0 / pageDpi, image.height() * 72.0 / pageDpi);
        writer.setPageSize(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch));
        if (i == 0) {
            if (!painter.begin(&writer))
                return {};
        } else if (!writer.newPage()) {
            return {};
        }
        painter.drawImage(QRectF(0, 0, writer.width(), writer.height()), image);
    }
    painter.end();
    return pdf;
}
