#pragma once

#include <QComboBox>

// The choice of the counter this workstation serves. A slip must not change
// it: the mouse wheel and the keys that step through a closed combo box do
// nothing here; the counter changes only by choosing from the opened list
// (a click, Space, Alt+Down, or the window's "Change counter…" key).
class CounterBox : public QComboBox
{
    Q_OBJECT

public:
    explicit CounterBox(QWidget *parent = nullptr);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
};
