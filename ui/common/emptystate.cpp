#include "ui/common/emptystate.h"

#include "ui/common/theme.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QPainter>

EmptyStateHint *EmptyStateHint::install(QAbstractItemView *view, const QString &text)
{
    return new EmptyStateHint(view, text);
}

EmptyStateHint::EmptyStateHint(QAbstractItemView *view, const QString &text)
    : QObject(view)
    , m_view(view)
    , m_text(text)
{
    m_view->viewport()->installEventFilter(this);
}

void EmptyStateHint::setText(const QString &text)
{
    m_text = text;
    m_view->viewport()->update();
}

bool EmptyStateHint::isShown() const
{
    return !m_text.isEmpty() && (!m_view->model() || m_view->model()->rowCount() == 0);
}

bool EmptyStateHint::eventFilter(QObject *watched, QEvent *event)
{
    // Painted before the view paints its (no) rows, on the viewport's own paint event.
    if (event->type() == QEvent::Paint && watched == m_view->viewport() && isShown()) {
        QPainter painter(m_view->viewport());
        QFont font = m_view->font();
        font.setPointSizeF(Theme::pointSize(Theme::TextRole::Subtitle));
        painter.setFont(font);
        painter.setPen(Theme::toneColour(Theme::Tone::Muted));
        const QRect area = m_view->viewport()->rect().adjusted(
            Theme::kPageMargin, Theme::kPageMargin, -Theme::kPageMargin, -Theme::kPageMargin);
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, m_text);
    }
    return QObject::eventFilter(watched, event);
}
