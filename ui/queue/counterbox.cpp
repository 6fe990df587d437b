#include "ui/queue/counterbox.h"

#include <QKeyEvent>
#include <QWheelEvent>

CounterBox::CounterBox(QWidget *parent)
    : QComboBox(parent)
{
    // Focus by click or Tab only: wheel focus would let the wheel reach it.
    setFocusPolicy(Qt::StrongFocus);
}

void CounterBox::wheelEvent(QWheelEvent *event)
{
    event->ignore(); // the window scrolls, if anything
}

void CounterBox::keyPressEvent(QKeyEvent *event)
{
    // What opens the list stays; what would change the choice unseen (arrows,
    // Page Up/Down, Home/End, typing a name) does not reach the combo box.
    const bool altArrow = event->modifiers().testFlag(Qt::AltModifier) &&
                          (event->key() == Qt::Key_Down || event->key() == Qt::Key_Up);
    const bool opens = altArrow || event->key() == Qt::Key_Space || event->key() == Qt::Key_F4 ||
                       event->key() == Qt::Key_Select;
    if (opens) {
        QComboBox::keyPressEvent(event);
        return;
    }
    event->ignore();
}
