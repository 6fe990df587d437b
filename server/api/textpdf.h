#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// A PDF of plain text lines (A4, Helvetica, a bold title, long lines wrapped,
// as many pages as it takes), written by hand: tresen-server is a console
// program without Qt Gui, whose QPdfWriter needs a QGuiApplication with fonts
// and a platform plugin. Characters outside Latin-1 (WinAnsi) print as "?".
QByteArray textPdf(const QString &title, const QStringList &lines);
