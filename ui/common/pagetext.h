#pragma once

#include <QFont>
#include <QImage>
#include <QRectF>
#include <QString>

class QPainter;

// Writes a printed page top to bottom: text lines that wrap, and pictures,
// in sizes relative to the page's width (one unit is about 4.5 mm on A4), so
// the page looks the same on a printer and in a PDF.
class PageText
{
public:
    PageText(QPainter &painter, const QRectF &page);

    // `size` and `gap` (the space after it) in units.
    void line(const QString &text, qreal size, bool bold, qreal gap,
              Qt::Alignment align = Qt::AlignLeft);
    // A square picture `side` units wide, drawn crisp (a QR code's modules).
    void square(const QImage &image, qreal side, qreal gap);

private:
    QPainter &m_painter;
    QRectF m_page;
    qreal m_unit;
    qreal m_y;
    QFont m_font;
};
