#include "server/api/reportpdf.h"

#include <algorithm>
#include <cairo-pdf.h>
#include <memory>
#include <pango/pangocairo.h>
#include <vector>

namespace {
// In points (1/72 inch), as a Cairo PDF surface measures.
constexpr double kPageWidth = 595.276; // A4: 210 mm
constexpr double kPageHeight = 841.89; // 297 mm
constexpr double kMargin = 62.36;      // 22 mm
constexpr double kFootHeight = 28;     // below the text: the page number
constexpr double kBodyWidth = kPageWidth - 2 * kMargin;
constexpr double kBottom = kPageHeight - kMargin - kFootHeight;
constexpr double kLabelWidth = 150;
constexpr double kGutter = 10;
constexpr double kIndent = 14;

// fontconfig picks DejaVu Sans where installed, another sans font otherwise,
// and any font that has a letter these lack.
constexpr const char *kBodyFont = "DejaVu Sans, sans-serif 9.5";
constexpr const char *kTitleFont = "DejaVu Sans, sans-serif Bold 16";
constexpr const char *kHeadingFont = "DejaVu Sans, sans-serif Bold 12";
constexpr const char *kFootFont = "DejaVu Sans, sans-serif 8";

cairo_status_t appendTo(void *closure, const unsigned char *data, unsigned int length)
{
    static_cast<QByteArray *>(closure)->append(reinterpret_cast<const char *>(data),
                                               qsizetype(length));
    return CAIRO_STATUS_SUCCESS;
}

struct FontFree
{
    void operator()(PangoFontDescription *font) const { pango_font_description_free(font); }
};
using Font = std::unique_ptr<PangoFontDescription, FontFree>;

struct LayoutUnref
{
    void operator()(PangoLayout *layout) const { g_object_unref(layout); }
};
using Layout = std::unique_ptr<PangoLayout, LayoutUnref>;

// One line of a laid-out paragraph: where it sits across, how high it is,
// where its baseline lies below its top.
struct TextLine
{
    PangoLayoutLine *line = nullptr;
    double x = 0;
    double height = 0;
    double baseline = 0;
};

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

// Lays the report out on `cr` page by page; `pageCount` is what the foot
// says (0 while counting). Returns how many pages it took.
class Pages
{
public:
    Pages(cairo_t *cr, const Report &report, int pageCount)
        : m_cr(cr)
        , m_report(report)
        , m_pageCount(pageCount)
        , m_body(pango_font_description_from_string(kBodyFont))
        , m_title(pango_font_description_from_string(kTitleFont))
        , m_heading(pango_font_description_from_string(kHeadingFont))
        , m_foot(pango_font_description_from_string(kFootFont))
    {}

    int draw()
    {
        paragraph(m_report.title, m_title.get(), 0);
        m_y += 8;
        for (const QString &text : m_report.paragraphs) {
            paragraph(text, m_body.get(), 0);
            m_y += 5;
        }
        for (const Report::Section &section : m_report.sections) {
            m_y += 12;
            Layout heading = layout(section.heading, m_heading.get(), kBodyWidth);
            // A heading stays with the first lines below it.
            int headingHeight = 0;
            pango_layout_get_size(heading.get(), nullptr, &headingHeight);
            room(pango_units_to_double(headingHeight) + 4 + 2 * lineHeight());
            show(heading.get(), kMargin);
            m_y += 4;
            if (section.records.isEmpty())
                paragraph(section.emptyText, m_body.get(), 0);
            for (qsizetype i = 0; i < section.records.size(); ++i) {
                if (i > 0)
                    rule();
                for (const Report::Line &line : section.records.at(i))
                    labelled(line);
            }
        }
        foot();
        cairo_show_page(m_cr);
        return m_page;
    }

private:
    Layout layout(const QString &text, const PangoFontDescription *font, double width) const
    {
        Layout made(pango_cairo_create_layout(m_cr));
        pango_layout_set_font_description(made.get(), font);
        pango_layout_set_width(made.get(), pango_units_from_double(width));
        pango_layout_set_wrap(made.get(), PANGO_WRAP_WORD_CHAR);
        const QByteArray utf8 = text.toUtf8();
        pango_layout_set_text(made.get(), utf8.constData(), int(utf8.size()));
        return made;
    }

    double lineHeight() const
    {
        Layout probe = layout(QStringLiteral("Xg"), m_body.get(), kBodyWidth);
        return linesOf(probe.get()).front().height;
    }

    void room(double height)
    {
        if (m_y + height > kBottom && m_y > kMargin)
            nextPage();
    }

    void nextPage()
    {
        foot();
        cairo_show_page(m_cr);
        ++m_page;
        m_y = kMargin;
    }

    void foot()
    {
        if (m_pageCount == 0)
            return;
        Layout text =
            layout(m_report.pageFooter.arg(m_page).arg(m_pageCount), m_foot.get(), kBodyWidth);
        pango_layout_set_alignment(text.get(), PANGO_ALIGN_CENTER);
        cairo_set_source_rgb(m_cr, 0.35, 0.35, 0.35);
        cairo_move_to(m_cr, kMargin, kPageHeight - kMargin - 10);
        pango_cairo_show_layout(m_cr, text.get());
        cairo_set_source_rgb(m_cr, 0, 0, 0);
    }

    // A layout line by line, breaking the page between lines.
    void show(PangoLayout *text, double x)
    {
        for (const TextLine &line : linesOf(text)) {
            room(line.height);
            cairo_move_to(m_cr, x + line.x, m_y + line.baseline);
            pango_cairo_show_layout_line(m_cr, line.line);
            m_y += line.height;
        }
    }

    void paragraph(const QString &text, const PangoFontDescription *font, int depth)
    {
        Layout made = layout(text, font, kBodyWidth - depth * kIndent);
        show(made.get(), kMargin + depth * kIndent);
    }

    // The label in grey on the left, the value beside it, line by line.
    void labelled(const Report::Line &entry)
    {
        const double left = kMargin + entry.depth * kIndent;
        const double labelWidth = kLabelWidth - entry.depth * kIndent;
        Layout label = layout(entry.label, m_body.get(), labelWidth);
        Layout value = layout(entry.value, m_body.get(), kBodyWidth - kLabelWidth - kGutter);
        const std::vector<TextLine> labelLines = linesOf(label.get());
        const std::vector<TextLine> valueLines =
            entry.value.isEmpty() ? std::vector<TextLine>() : linesOf(value.get());
        const size_t count = std::max(labelLines.size(), valueLines.size());
        for (size_t i = 0; i < count; ++i) {
            const TextLine *l = i < labelLines.size() ? &labelLines[i] : nullptr;
            const TextLine *v = i < valueLines.size() ? &valueLines[i] : nullptr;
            const double baseline = std::max(l ? l->baseline : 0, v ? v->baseline : 0);
            const double height = baseline + std::max(l ? l->height - l->baseline : 0,
                                                      v ? v->height - v->baseline : 0);
            room(height);
            if (l) {
                cairo_set_source_rgb(m_cr, 0.3, 0.3, 0.3);
                cairo_move_to(m_cr, left + l->x, m_y + baseline);
                pango_cairo_show_layout_line(m_cr, l->line);
                cairo_set_source_rgb(m_cr, 0, 0, 0);
            }
            if (v) {
                cairo_move_to(m_cr, kMargin + kLabelWidth + kGutter + v->x, m_y + baseline);
                pango_cairo_show_layout_line(m_cr, v->line);
            }
            m_y += height + 1;
        }
    }

    // Between two records.
    void rule()
    {
        m_y += 5;
        room(6 + 2 * lineHeight());
        cairo_set_source_rgb(m_cr, 0.75, 0.75, 0.75);
        cairo_set_line_width(m_cr, 0.5);
        cairo_move_to(m_cr, kMargin, m_y);
        cairo_line_to(m_cr, kMargin + kBodyWidth, m_y);
        cairo_stroke(m_cr);
        cairo_set_source_rgb(m_cr, 0, 0, 0);
        m_y += 6;
    }

    cairo_t *m_cr;
    const Report &m_report;
    const int m_pageCount;
    Font m_body;
    Font m_title;
    Font m_heading;
    Font m_foot;
    int m_page = 1;
    double m_y = kMargin;
};

// Draws the report into `out` (a null stream while counting the pages).
int render(const Report &report, int pageCount, QByteArray *out)
{
    QByteArray discarded;
    cairo_surface_t *surface = cairo_pdf_surface_create_for_stream(appendTo, out ? out : &discarded,
                                                                   kPageWidth, kPageHeight);
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE,
                                   report.title.toUtf8().constData());
    cairo_t *cr = cairo_create(surface);
    const int pages = Pages(cr, report, pageCount).draw();
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

QByteArray reportPdf(const Report &report)
{
    // Once to count the pages for "Seite n von m", once to draw.
    const int pages = render(report, 0, nullptr);
    QByteArray pdf;
    render(report, pages, &pdf);
    return pdf;
}
