#pragma once

#include <QKeySequence>

class QPushButton;
class QString;
class QWidget;

// A workspace's big action button, its key written in its text.
QPushButton *actionButton(const QString &text, const QKeySequence &key, QWidget *parent);

// The same for a row of small buttons: the key in the tooltip (kept as the
// property "keyText" for tooltips that say more).
QPushButton *compactButton(const QString &text, const QKeySequence &key, QWidget *parent);

// A QAction for the workspace's key that clicks `button` while it is enabled,
// so the key and the button are always the same thing (and Hilfe lists it).
void bindKey(QWidget *workspace, QPushButton *button, const QKeySequence &key, const QString &text);
