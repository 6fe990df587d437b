#pragma once

#include <QWidget>

class QLabel;

// The waiting-room call display. For now it shows its frame and the time;
// the calls themselves arrive with queue calling.
class CallDisplayWindow : public QWidget
{
    Q_OBJECT

public:
    explicit CallDisplayWindow(QWidget *parent = nullptr);

private:
    void updateClock();

    QLabel *m_clock;
};
