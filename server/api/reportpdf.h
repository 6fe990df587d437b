#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// A document to hand to a person, as PDF: A4 with margins, a title, a few
// paragraphs under it, then sections of records, each record's lines as
// label and value; long values wrap, pages break where they must, and each
// page's foot says "Seite n von m". Drawn by Pango on a Cairo PDF surface:
// every script a name may be written in prints (fontconfig falls back to
// whichever installed font has the letter; Debian: fonts-dejavu-core covers
// Latin, Greek, Cyrillic, Arabic and more) and the fonts used are embedded.
// Needs no Qt Gui: tresen-server is a console program.
struct Report
{
    struct Line
    {
        QString label;
        QString value;
        int depth = 0; // indentation: the members of a nested value
    };
    using Record = QList<Line>;
    struct Section
    {
        QString heading;
        QList<Record> records;
        QString emptyText; // printed when there are no records
    };

    QString title;
    QStringList paragraphs;
    QList<Section> sections;
    QString pageFooter; // with %1 for the page and %2 for the number of pages
};

QByteArray reportPdf(const Report &report);
