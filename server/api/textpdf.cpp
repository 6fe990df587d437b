#include "server/api/textpdf.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace {
constexpr int kPageHeight = 842; // A4 in points
constexpr int kLeft = 50;
constexpr int kTop = 790;
constexpr int kLeading = 13;
constexpr int kLinesPerPage = 56;
constexpr int kColumns = 95; // what fits in 10 pt Helvetica between the margins

// A PDF string literal in WinAnsi (Latin-1 for these characters).
QByteArray pdfString(const QString &text)
{
    QByteArray out = "(";
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const char latin = u < 0x20 ? ' ' : (u > 0xff ? '?' : char(u));
        if (latin == '(' || latin == ')' || latin == '\\')
            out += '\\';
        out += latin;
    }
    return out + ')';
}

QStringList wrapped(const QStringList &lines)
{
    QStringList out;
    for (const QString &line : lines) {
        QString rest = line;
        qsizetype indent = 0;
        while (indent < rest.size() && rest.at(indent) == u' ')
            ++indent;
        while (rest.size() > kColumns) {
            qsizetype cut = rest.lastIndexOf(u' ', kColumns);
            if (cut <= indent)
                cut = kColumns;
            out.append(rest.left(cut));
            rest = QString(indent + 2, u' ') + rest.mid(cut).trimmed();
        }
        out.append(rest);
    }
    return out;
}
} // namespace

QByteArray textPdf(const QString &title, const QStringList &lines)
{
    const QStringList all = wrapped(lines);
    QList<QStringList> pages;
    for (qsizetype i = 0; i < all.size() || pages.isEmpty(); i += kLinesPerPage)
        pages.append(all.mid(i, kLinesPerPage));

    // Objects: 1 catalog, 2 pages, 3 and 4 fonts, then a page and its content each.
    QList<QByteArray> objects;
    QByteArray kids;
    for (qsizetype i = 0; i < pages.size(); ++i)
        kids += QByteArray::number(5 + 2 * i) + " 0 R ";
    objects.append("<< /Type /Catalog /Pages 2 0 R >>");
    objects.append("<< /Type /Pages /Kids [" + kids.trimmed() + "] /Count " +
                   QByteArray::number(pages.size()) + " >>");
    objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding "
                   "/WinAnsiEncoding >>");
    objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding "
                   "/WinAnsiEncoding >>");
    for (qsizetype i = 0; i < pages.size(); ++i) {
        QByteArray content = "BT\n/F2 13 Tf\n" + QByteArray::number(kLeft) + ' ' +
                             QByteArray::number(kTop + 20) + " Td\n" + pdfString(title) +
                             " Tj\n/F1 10 Tf\n0 -" + QByteArray::number(kLeading + 12) + " Td\n" +
                             QByteArray::number(kLeading) + " TL\n";
        for (const QString &line : pages.at(i))
            content += pdfString(line) + " Tj T*\n";
        content += "ET\n/F1 8 Tf\nBT " + QByteArray::number(kLeft) + " 30 Td " +
                   pdfString(u"%1 / %2"_s.arg(i + 1).arg(pages.size())) + " Tj ET\n";
        objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 " +
                       QByteArray::number(kPageHeight) +
                       "] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents " +
                       QByteArray::number(6 + 2 * i) + " 0 R >>");
        objects.append("<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" +
                       content + "endstream");
    }

    QByteArray pdf = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : std::as_const(offsets))
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) +
           " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}
