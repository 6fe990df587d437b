#pragma once

#include "core/documents/scanjob.h"
#include "core/payments/payloadinterpreter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// A case a document may belong to, as its codes suggest it.
struct CaseSuggestion
{
    QString caseType; // "appointment" (caseId: booking code until resolved), "payment"
    QString caseId;
};

// A code on one of a document's pages, with what it means: interpreted once,
// when the stack is split, for the suggestions and for sending alike.
struct DocumentCode
{
    int page = 0; // 1-based, within the document
    DecodedCode code;
    InterpretedPayload meaning;
};

// One document of a scanned stack: the pages between separator sheets.
struct ScannedDocument
{
    QString sourceFile;
    QList<int> pages;       // indexes into the batch's pages, in order
    bool wholeFile = false; // all pages of its file: the file itself can be sent
    QList<CaseSuggestion> suggestions;
    QList<DocumentCode> codes; // of its pages, in page order
};

// Splits a batch (pages in file order, each file's pages in order) at
// separator sheets: a page with a separator code ends the document before it
// and belongs to none. Files are never joined. A page-less stretch (two
// separators in a row) makes no document.
QList<ScannedDocument> splitAtSeparators(const QList<ScanJob::Page> &pages,
                                         const PayloadRules &rules = {});

// The pages as one PDF (each page at its image text "dpi" when it has one,
// else at `dpi`), for a document cut out of a
// larger scan. Empty on failure.
QByteArray pdfFromPages(const QList<QImage> &pages, int dpi = 300);
