#include "ui/common/pagetext.h"

#include <QPainter>

PageText::PageText(QPainter &painter, const QRectF &page)
    : m_painter(painter)
    , m_page(page)
    , m_unit(page.width() / 40.0)
    , m_y(page.top())
    , m_font(painter.font())
{}

void PageText::line(const QString &text, qreal size, bool bold, qreal gap, Qt::Alignment align)
{
    m_font.setPixelSize(qMax(1, qRound(size * m_unit)));
    m_font.setBold(bold);
    m_painter.setFont(m_font);
    const QRectF box(m_page.left(), m_y, m_page.width(), m_page.bottom() - m_y);
    const QRectF used = m_painter.boundingRect(box, align | Qt::TextWordWrap, text);
    m_painter.drawText(box, align | Qt::TextWordWrap, text);
    m_y += used.height() + gap * m_unit;
}

void PageText::square(const QImage &image, qreal side, qreal gap)
{
    if (image.isNull())
        return;
    const qreal pixels = side * m_unit;
    // Scaled up without smoothing first, so that the printer gets sharp edges.
    m_painter.drawImage(QRectF(m_page.left(), m_y, pixels, pixels),
                        image.scaled(image.width() * 16, image.height() * 16, Qt::IgnoreAspectRatio,
                                     Qt::FastTransformation));
    m_y += pixels + gap * m_unit;
}
