// tresen-scan: the scanning pipeline headless. The command line is part of
// the contract in ARCHITECTURE.md:
//
//   tresen-scan [--json] FILE...      # PDF, PNG, JPEG, TIFF (multi-page)
//
// One line per code found (JSON: file, page, format, text, kind, fields); a
// file it cannot read gets a message on stderr, the next file goes on, and
// the exit code is non-zero at the end.

#include "core/documents/codereader.h"
#include "core/documents/documentpages.h"
#include "core/payments/payloadinterpreter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace {
QString plainLine(const QString &file, int page, const DecodedCode &code,
                  const InterpretedPayload &meaning)
{
    QString line = u"%1, page %2: %3 [%4] %5"_s.arg(file).arg(page).arg(code.format, meaning.kind,
                                                                        code.text.simplified());
    if (!meaning.error.isEmpty())
        line += u" (invalid: %1)"_s.arg(meaning.error);
    else if (meaning.kind == u"epc"_s)
        line += u" → %1, %2, %3 EUR"_s.arg(meaning.fields.value(u"name"_s).toString(),
                                           meaning.fields.value(u"iban"_s).toString(),
                                           meaning.fields.value(u"amount"_s).toString());
    else if (meaning.kind == u"fine"_s)
        line += u" → %1"_s.arg(meaning.fields.value(u"reference"_s).toString());
    return line;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"tresen-scan"_s);
    QCoreApplication::setApplicationVersion(QString::fromUtf8(TRESEN_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    const char *usage =
        "Usage: tresen-scan [--json] [--separator TEXT] [--reference-pattern RE]\n"
        "                   [--notice-pattern RE] FILE...   (PDF, PNG, JPEG, TIFF)\n"
        "       tresen-scan --version\n";
    QStringList files;
    bool json = false;
    PayloadRules rules; // a city's own formats may replace the defaults
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        const bool hasValue = i + 1 < arguments.size();
        if (argument == u"--json"_s) {
            json = true;
        } else if (argument == u"--help"_s || argument == u"-h"_s) {
            out << usage;
            return 0;
        } else if (argument == u"--version"_s || argument == u"-v"_s) {
            out << "tresen-scan " << QCoreApplication::applicationVersion() << "\n";
            return 0;
        } else if (argument == u"--separator"_s && hasValue) {
            rules.separatorText = arguments.at(++i);
        } else if ((argument == u"--reference-pattern"_s || argument == u"--notice-pattern"_s) &&
                   hasValue) {
            const QRegularExpression pattern(arguments.at(++i));
            if (!pattern.isValid()) {
                err << "tresen-scan: " << argument << ": " << pattern.errorString() << "\n";
                return 2;
            }
            (argument == u"--notice-pattern"_s ? rules.payment.noticeUrl
                                               : rules.payment.reference) = pattern;
        } else if (argument.startsWith(u"--"_s)) {
            err << usage;
            return 2;
        } else {
            files.append(argument);
        }
    }
    if (files.isEmpty()) {
        err << usage;
        return 2;
    }

    bool failed = false;
    for (const QString &file : std::as_const(files)) {
        const DocumentPages document = loadDocumentPages(file);
        if (!document.error.isEmpty()) {
            err << "tresen-scan: " << file << ": " << document.error << "\n" << Qt::flush;
            failed = true;
            continue;
        }
        // Pages decode in parallel; the output keeps their order.
        const QList<QList<DecodedCode>> perPage = QtConcurrent::blockingMapped(
            document.pages, [](const QImage &page) { return readCodes(page); });
        for (qsizetype page = 0; page < perPage.size(); ++page) {
            for (const DecodedCode &code : perPage.at(page)) {
                const InterpretedPayload meaning = interpretPayload(code.bytes, rules);
                if (!json) {
                    out << plainLine(file, int(page + 1), code, meaning) << "\n";
                    continue;
                }
                QJsonObject line{{u"file"_s, file},
                                 {u"page"_s, int(page + 1)},
                                 {u"format"_s, code.format},
                                 {u"text"_s, code.text},
                                 {u"kind"_s, meaning.kind}};
                if (!meaning.error.isEmpty())
                    line.insert(u"error"_s, meaning.error);
                else
                    line.insert(u"fields"_s, meaning.fields);
                out << QJsonDocument(line).toJson(QJsonDocument::Compact) << "\n";
            }
        }
        out.flush();
    }
    return failed ? 1 : 0;
}
