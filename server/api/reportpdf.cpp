#include "server/api/reportpdf.h"

#include "server/api/pdfpages.h"

#include <algorithm>

namespace {
using namespace pdf;

constexpr double kLabelWidth = 150;
constexpr double kGutter = 10;
constexpr double kIndent = 14;

// Lays the report out on `cr` page by page; `pageCount` is what the foot
// says (0 while counting). draw() returns how many pages it took.
class ReportPages : public Pages
{
public:
    ReportPages(cairo_t *cr, const Report &report, int pageCount)
        : Pages(cr, report.pageFooter, pageCount)
        , m_report(report)
        , m_body(font("9.5"))
        , m_title(font("Bold 16"))
        , m_heading(font("Bold 12"))
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
            room(pango_units_to_double(headingHeight) + 4 + 2 * lineHeight(m_body.get()));
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
        return finish();
    }

private:
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
        room(6 + 2 * lineHeight(m_body.get()));
        cairo_set_source_rgb(m_cr, 0.75, 0.75, 0.75);
        cairo_set_line_width(m_cr, 0.5);
        cairo_move_to(m_cr, kMargin, m_y);
        cairo_line_to(m_cr, kMargin + kBodyWidth, m_y);
        cairo_stroke(m_cr);
        cairo_set_source_rgb(m_cr, 0, 0, 0);
        m_y += 6;
    }

    const Report &m_report;
    Font m_body;
    Font m_title;
    Font m_heading;
};
} // namespace

QByteArray reportPdf(const Report &report)
{
    return pdf::render(report.title, [&report](cairo_t *cr, int pageCount) {
        return ReportPages(cr, report, pageCount).draw();
    });
}
