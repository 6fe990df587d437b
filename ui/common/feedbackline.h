#pragma once

#include "ui/common/theme.h"

#include <QLabel>
#include <QTimer>

#include <chrono>

class QGraphicsOpacityEffect;
class QPropertyAnimation;

// The one line of a workspace that says what just happened. A new message
// replaces the old one (never a red and a green bar at once); a success or an
// information fades after a while, a problem or a plain status (Neutral) stays
// until the next message. Hidden while it has nothing to say.
class FeedbackLine : public QLabel
{
    Q_OBJECT

public:
    explicit FeedbackLine(QWidget *parent = nullptr);

    // Success, Info and Warning fade after fadeAfter(); Problem and Neutral stay. An empty text
    // clears.
    void showMessage(const QString &text, Theme::Tone tone);
    void showProblem(const QString &text) { showMessage(text, Theme::Tone::Problem); }
    void showSuccess(const QString &text) { showMessage(text, Theme::Tone::Success); }
    void showInfo(const QString &text) { showMessage(text, Theme::Tone::Info); }
    void clearMessage();

    Theme::Tone tone() const { return m_tone; }
    bool isFading() const;

    // How long a success or an information stays. Lines made later start with
    // the default (tests shorten it).
    void setFadeAfter(std::chrono::milliseconds after);
    static void setDefaultFadeAfter(std::chrono::milliseconds after);
    static std::chrono::milliseconds defaultFadeAfter();

private:
    void fade();

    Theme::Tone m_tone = Theme::Tone::Neutral;
    QString m_shown; // the text showMessage put here, which the fade may clear
    QTimer m_fadeTimer;
    QGraphicsOpacityEffect *m_opacity;
    QPropertyAnimation *m_fadeOut;
};
