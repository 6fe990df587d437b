#pragma once

#include <QWidget>

class Announcer;
class CallBoard;
class QLabel;
class QTimer;
class QVBoxLayout;

// The waiting-room call display, readable from ten metres: the newest call
// large and blinking for a few seconds, the last six calls, per service how
// many wait and for how long, and a discreet mark when the data is not live.
class CallDisplayWindow : public QWidget
{
    Q_OBJECT

public:
    CallDisplayWindow(CallBoard *board, Announcer *announcer, QWidget *parent = nullptr);

    QString newestCallText() const;
    QStringList callTexts() const;
    bool isHighlighting() const;
    bool isOfflineMarkShown() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // Sizes follow the screen, so the newest call fills its width on any display.
    void applyScale();
    int scaled(double fractionOfHeight, int minimumPixels) const;
    void rebuild();
    void highlight();
    void updateClock();

    CallBoard *m_board;
    Announcer *m_announcer;
    QLabel *m_title;
    QLabel *m_clock;
    QLabel *m_offline;
    QLabel *m_newest;
    QLabel *m_hint;
    QLabel *m_callsHeading;
    QLabel *m_servicesHeading;
    QVBoxLayout *m_callList;
    QVBoxLayout *m_serviceList;
    QTimer *m_blink;
    int m_blinkTicks = 0;
};
