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

private:
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
    QVBoxLayout *m_callList;
    QVBoxLayout *m_serviceList;
    QTimer *m_blink;
    int m_blinkTicks = 0;
};
