#pragma once

#include <QByteArray>
#include <QString>

#include <cairo.h>
#include <functional>
#include <memory>
#include <pango/pangocairo.h>
#include <vector>

// What the server's PDF documents share (the Art. 15 export in reportpdf.cpp,
// the statistics report in statisticsreport.cpp): an A4 page with margins,
// text laid out by Pango on a Cairo PDF surface, pages that break before the
// text runs into the foot, and a foot that says "Seite n von m". Private to
// server/api: the header pulls in Cairo and Pango.
namespace pdf {
// In points (1/72 inch), as a Cairo PDF surface measures.
constexpr double kPageWidth = 595.276; // A4: 210 mm
constexpr double kPageHeight = 841.89; // 297 mm
constexpr double kMargin = 62.36;      // 22 mm
constexpr double kFootHeight = 28;     // below the text: the page number
constexpr double kBodyWidth = kPageWidth - 2 * kMargin;
constexpr double kBottom = kPageHeight - kMargin - kFootHeight;

struct FontFree
{
    void operator()(PangoFontDescription *font) const { pango_font_description_free(font); }
};
using Font = std::unique_ptr<PangoFontDescription, FontFree>;

// fontconfig picks DejaVu Sans where installed, another sans font otherwise,
// and any font that has a letter these lack; e.g. font("Bold 12").
Font font(const char *styleAndSize);

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

std::vector<TextLine> linesOf(PangoLayout *layout);

// Lays a document out on a context page by page: `m_y` is where the next
// thing goes; room() breaks the page when it would not fit. `pageCount` is
// what the foot says (0 while counting: no foot).
class Pages
{
public:
    Pages(cairo_t *cr, QString pageFooter, int pageCount);
    virtual ~Pages() = default;
    Pages(const Pages &) = delete;
    Pages &operator=(const Pages &) = delete;

protected:
    // Text wrapped at `width` (word, else letter); `width` < 0: unwrapped.
    Layout layout(const QString &text, const PangoFontDescription *font, double width) const;
    double lineHeight(const PangoFontDescription *font) const;
    void room(double height);
    void nextPage();
    // Ends the last page; returns how many pages the document took.
    int finish();
    // A layout line by line at `x`, breaking the page between lines.
    void show(PangoLayout *text, double x);

    cairo_t *m_cr;
    double m_y = kMargin;
    int m_page = 1;

private:
    void foot();

    const QString m_pageFooter; // with %1 for the page and %2 for the number of pages
    const int m_pageCount;
    Font m_foot;
};

// Draws a document twice: once to count its pages (into nothing), once with
// the count known (into the PDF). `draw(cr, pageCount)` lays the pages out and
// returns how many it took. Empty on Cairo's failure.
QByteArray render(const QString &title, const std::function<int(cairo_t *, int)> &draw);
} // namespace pdf
