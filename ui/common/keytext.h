#pragma once

#include <QKeySequence>
#include <QString>

// A key or key combination as the clerk reads it on buttons, tooltips and the
// F1 overview: Qt's native text, with the Return and Enter keys named as a
// German keyboard's key is ("Strg+Eingabe"; "Ctrl+Enter" in English). Every
// key shown to a user goes through here, so that all places name it alike.
QString keyText(const QKeySequence &key);

// The name of the Return/Enter key alone ("Eingabe", "Enter").
QString enterKeyName();
