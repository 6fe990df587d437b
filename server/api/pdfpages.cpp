#include "server/api/pdfpages.h"

#include <cairo-pdf.h>

namespace pdf {
namespace {
cairo_status_t appendTo(void *closure, const unsigned char *data, unsigned int length)
{
    static_cast<QByteArray *>(closure)->append(reinterpret_cast<const char *>(data),
                                               qsizetype(length));
    return CAIRO_STATUS_SUCCESS;
}

// Into `out` (a null stream while counting the pages).
int renderOnce(const QString &title, const std::function<int(cairo_t *, int)> &draw, int pageCount,
               QByteArray *out)
{
    QByteArray discarded;
    cairo_surface_t *surface = cairo_pdf_surface_create_for_stream(appendTo, out ? out : &discarded,
                                                                   kPageWidth, kPageHeight);
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title.toUtf8().constData());
    cairo_t *cr = cairo_create(surface);
    const int pages = draw(cr, pageCount);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    const cairo_status_t status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (status != CAIRO_STATUS_SUCCESS) {
        qWarning("PDF: Cairo failed: %s", cairo_status_to_string(status));
        if (out)
            out->clear();
    }
    return pages;
}
} // namespace

Font font(const char *styleAndSize)
{
    return Font(pango_font_description_from_string(
        (QByteArrayLiteral("DejaVu Sans, sans-serif ") + styleAndSize).constData()));
}

std::vector<TextLine> linesOf(PangoLayout *layout)
{
    std::vector<TextLine> lines;
    PangoLayoutIter *it = pango_layout_get_iter(layout);
    do {
        PangoRectangle logical;
        pango_layout_iter_get_line_extents(it, nullptr, &logical);
        lines.push_back({pango_layout_iter_get_line_readonly(it), pango_units_to_double(logical.x),
                         pango_units_to_double(logical.height),
                         pango_units_to_double(pango_layout_iter_get_baseline(it) - logical.y)});
    } while (pango_layout_iter_next_line(it));
    pango_layout_iter_free(it);
    return lines;
}

Pages::Pages(cairo_t *cr, QString pageFooter, int pageCount)
    : m_cr(cr)
    , m_pageFooter(std::move(pageFooter))
    , m_pageCount(pageCount)
    , m_foot(font("8"))
{}

Layout Pages::layout(const QString &text, const PangoFontDescription *font, double width) const
{
    Layout made(pango_cairo_create_layout(m_cr));
    pango_layout_set_font_description(made.get(), font);
    if (width >= 0) {
        pango_layout_set_width(made.get(), pango_units_from_double(width));
        pango_layout_set_wrap(made.get(), PANGO_WRAP_WORD_CHAR);
    }
    const QByteArray utf8 = text.toUtf8();
    pango_layout_set_text(made.get(), utf8.constData(), int(utf8.size()));
    return made;
}

double Pages::lineHeight(const PangoFontDescription *font) const
{
    Layout probe = layout(QStringLiteral("Xg"), font, kBodyWidth);
    return linesOf(probe.get()).front().height;
}

void Pages::room(double height)
{
    if (m_y + height > kBottom && m_y > kMargin)
        nextPage();
}

void Pages::nextPage()
{
    foot();
    cairo_show_page(m_cr);
    ++m_page;
    m_y = kMargin;
}

int Pages::finish()
{
    foot();
    cairo_show_page(m_cr);
    return m_page;
}

void Pages::foot()
{
    if (m_pageCount == 0)
        return;
    Layout text = layout(m_pageFooter.arg(m_page).arg(m_pageCount), m_foot.get(), kBodyWidth);
    pango_layout_set_alignment(text.get(), PANGO_ALIGN_CENTER);
    cairo_set_source_rgb(m_cr, 0.35, 0.35, 0.35);
    cairo_move_to(m_cr, kMargin, kPageHeight - kMargin - 10);
    pango_cairo_show_layout(m_cr, text.get());
    cairo_set_source_rgb(m_cr, 0, 0, 0);
}

void Pages::show(PangoLayout *text, double x)
{
    for (const TextLine &line : linesOf(text)) {
        room(line.height);
        cairo_move_to(m_cr, x + line.x, m_y + line.baseline);
        pango_cairo_show_layout_line(m_cr, line.line);
        m_y += line.height;
    }
}

QByteArray render(const QString &title, const std::function<int(cairo_t *, int)> &draw)
{
    const int pages = renderOnce(title, draw, 0, nullptr);
    QByteArray pdf;
    renderOnce(title, draw, pages, &pdf);
    return pdf;
}
} // namespace pdf
