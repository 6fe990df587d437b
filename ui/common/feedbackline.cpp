#include "ui/common/feedbackline.h"

#include <QAccessible>
#include <QGraphicsOpacityEffect>
#include <QPropertyAnimation>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {
// Long enough to read a sentence twice, short enough not to describe a ticket
// that has moved on.
std::chrono::milliseconds g_defaultFadeAfter = 8s;
constexpr int kFadeOutMs = 600;
} // namespace

FeedbackLine::FeedbackLine(QWidget *parent)
    : QLabel(parent)
    , m_opacity(new QGraphicsOpacityEffect(this))
    , m_fadeOut(new QPropertyAnimation(m_opacity, "opacity", this))
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    // No accessible name of its own: a screen reader reads the message itself.
    m_opacity->setOpacity(1.0);
    // Off until a fade: an effect renders through an offscreen pixmap.
    m_opacity->setEnabled(false);
    setGraphicsEffect(m_opacity);
    m_fadeTimer.setSingleShot(true);
    m_fadeTimer.setInterval(g_defaultFadeAfter);
    connect(&m_fadeTimer, &QTimer::timeout, this, &FeedbackLine::fade);
    m_fadeOut->setDuration(kFadeOutMs);
    m_fadeOut->setStartValue(1.0);
    m_fadeOut->setEndValue(0.0);
    connect(m_fadeOut, &QPropertyAnimation::finished, this, [this] {
        // Only what this line said fades; a text set since stays.
        if (text() == m_shown)
            clearMessage();
    });
    hide();
}

void FeedbackLine::showMessage(const QString &text, Theme::Tone tone)
{
    m_fadeTimer.stop();
    m_fadeOut->stop();
    m_opacity->setOpacity(1.0);
    m_opacity->setEnabled(false);
    if (text.isEmpty()) {
        clearMessage();
        return;
    }
    m_tone = tone;
    m_shown = text;
    Theme::setBar(this, tone);
    setText(text);
    setVisible(true);
    if (tone != Theme::Tone::Problem && tone != Theme::Tone::Neutral && tone != Theme::Tone::Muted)
        m_fadeTimer.start();
    // A screen reader says it at once, a problem as an alert.
    QAccessibleEvent event(this, tone == Theme::Tone::Problem ? QAccessible::Alert
                                                              : QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

void FeedbackLine::clearMessage()
{
    m_fadeTimer.stop();
    m_fadeOut->stop();
    m_opacity->setOpacity(1.0);
    m_opacity->setEnabled(false);
    m_tone = Theme::Tone::Neutral;
    m_shown.clear();
    Theme::setBar(this, Theme::Tone::Neutral);
    clear();
    setVisible(false);
}

bool FeedbackLine::isFading() const
{
    return m_fadeTimer.isActive() || m_fadeOut->state() == QAbstractAnimation::Running;
}

void FeedbackLine::setFadeAfter(std::chrono::milliseconds after)
{
    m_fadeTimer.setInterval(after);
}

void FeedbackLine::setDefaultFadeAfter(std::chrono::milliseconds after)
{
    g_defaultFadeAfter = after;
}

std::chrono::milliseconds FeedbackLine::defaultFadeAfter()
{
    return g_defaultFadeAfter;
}

void FeedbackLine::fade()
{
    m_opacity->setEnabled(true);
    m_fadeOut->start();
}
