// tresen-bench-scan: how fast Tresen reads the codes of scanned stacks, how
// many it finds, and what its peers find on the same files.
//
//   tresen-bench-scan [--pages N] [--work DIR] [--per-kind]
//
// Makes N A4 letters (TestDocuments::letter, codes at their printed size)
// for each page set: scanned-looking (1.5 degrees crooked, soft optics,
// sensor noise, JPEG) at 300 and at 150 dpi, phone photos (perspective, a
// shadow), faxes (100 dpi, black and white) and coloured paper (150 dpi);
// writes each set as one PDF (one picture per page, as a scanner does) and
// reads every PDF
//   * with Tresen's pipeline (ScanJob: each page's picture as it is, codes
//     read by readCodes()), one worker and two, each in a fresh process of
//     this binary;
//   * with `pdftoppm -r 300 -gray` and then `zbarimg --xml`;
//   * with `pdftoppm -r 300 -gray` and then zxing-cpp's `ZXingReader`, one
//     process per page (it aborts on some pages; one page is lost, not all).
// Needs poppler-utils, zbar-tools, zxing-cpp-tools and time (scripts/dev
// bench installs them). --per-kind reads the sets in-process with Tresen
// only and prints, per kind of code, how many were found and at how many
// pixels per module.
// Prints a Markdown table for docs/benchmarks.md: seconds, pages/s, codes
// found of codes printed, false reads, peak memory (largest process).
// Nothing is asserted: machines are shared and noisy.

#include "core/documents/codereader.h"
#include "core/documents/scanjob.h"
#include "testdocuments.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTextStream>
#include <QThreadPool>
#include <QXmlStreamReader>

#include <cstdio>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace TestDocuments;

extern char **environ;

namespace {

// A child process run to its end: its output, wall time and peak memory.
// The memory comes from GNU time (a small process of its own): the rusage
// of a child spawned from this process would count this process's own peak,
// which the kernel carries over on exec.
struct Measured
{
    bool ok = false;
    int exitCode = -1;
    QByteArray output;
    double seconds = 0;
    long peakKiB = 0;
};

Measured measure(const QStringList &command)
{
    Measured run;
    int pipeFds[2];
    if (pipe(pipeFds) != 0)
        return run;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipeFds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, pipeFds[0]);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    QTemporaryFile peakFile;
    peakFile.open();
    QList<QByteArray> encoded{
        "/usr/bin/time", "-q", "-f", "%M", "-o", peakFile.fileName().toLocal8Bit()};
    for (const QString &part : command)
        encoded.append(part.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &part : encoded)
        argv.push_back(part.data());
    argv.push_back(nullptr);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(pipeFds[1]);
    if (spawned != 0) {
        close(pipeFds[0]);
        return run;
    }
    char buffer[65536];
    for (ssize_t got; (got = read(pipeFds[0], buffer, sizeof buffer)) > 0;)
        run.output.append(buffer, got);
    close(pipeFds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    const QList<QByteArray> peak = peakFile.readAll().trimmed().split('\n');
    run.peakKiB = peak.last().toLong();
    run.ok = WIFEXITED(status);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

// What a tool read, page by page (1-based).
using Reads = QMap<int, QStringList>;

struct Outcome
{
    QString tool;
    double seconds = 0;
    long peakKiB = 0;
    int found = 0;
    int falseReads = 0;
    int failedPages = 0; // a process that crashed on the page
};

// The printed text's longest line: what every tool's output contains
// whatever its escaping of line breaks and umlauts.
QString keyOf(const QString &text)
{
    QString key;
    for (const QString &line : text.split(u'\n'))
        key = line.size() > key.size() ? line : key;
    return key;
}

void score(Outcome &outcome, const Reads &reads, const QList<QStringList> &expected)
{
    for (qsizetype page = 0; page < expected.size(); ++page) {
        QStringList read = reads.value(int(page) + 1);
        for (const QString &text : expected.at(page)) {
            const QString key = keyOf(text);
            const auto match = std::find_if(
                read.begin(), read.end(), [&key](const QString &got) { return got.contains(key); });
            if (match != read.end()) {
                ++outcome.found;
                read.erase(match);
            }
        }
        outcome.falseReads += int(read.size());
    }
}

// The child: read one PDF with ScanJob on `workers` threads, print the codes
// as JSON lines and a last line with the peak memory.
int readWithTresen(const QString &file, int workers)
{
    QThreadPool::globalInstance()->setMaxThreadCount(workers);
    ScanJob job;
    QTextStream out(stdout);
    QObject::connect(&job, &ScanJob::pageRead, [&out](const ScanJob::Page &page) {
        for (const DecodedCode &code : page.codes)
            out << QJsonDocument(QJsonObject{{u"page"_s, page.number}, {u"text"_s, code.text}})
                       .toJson(QJsonDocument::Compact)
                << '\n';
    });
    int status = 0;
    QObject::connect(&job, &ScanJob::fileFailed, [&status](const QString &, const QString &error) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        status = 1;
    });
    QObject::connect(&job, &ScanJob::finished, qApp, &QCoreApplication::quit);
    job.start({file});
    QCoreApplication::exec();
    return status;
}

Outcome runTresen(const QString &self, const QString &pdf, int workers,
                  const QList<QStringList> &expected)
{
    Outcome outcome{u"Tresen, %1 worker%2"_s.arg(workers).arg(workers > 1 ? u"s"_s : QString())};
    const Measured run =
        measure({self, u"--read"_s, pdf, u"--workers"_s, QString::number(workers)});
    Reads reads;
    for (const QByteArray &line : run.output.split('\n')) {
        const QJsonObject code = QJsonDocument::fromJson(line).object();
        if (!code.isEmpty())
            reads[code.value(u"page"_s).toInt()].append(code.value(u"text"_s).toString());
    }
    outcome.seconds = run.seconds;
    outcome.peakKiB = run.peakKiB;
    outcome.failedPages = run.exitCode == 0 ? 0 : int(expected.size());
    score(outcome, reads, expected);
    return outcome;
}

// pdftoppm's pages: page-01.pgm … in `folder`.
QStringList renderedPages(const QString &folder)
{
    QStringList pages;
    for (const QString &name : QDir(folder).entryList({u"page-*.pgm"_s}, QDir::Files, QDir::Name))
        pages.append(QDir(folder).filePath(name));
    return pages;
}

int pageNumberOf(const QString &path)
{
    static const QRegularExpression number(u"page-0*(\\d+)\\.pgm$"_s);
    return number.match(path).captured(1).toInt();
}

Outcome runPeer(const QString &name, const Measured &render, const QString &folder,
                const QList<QStringList> &expected)
{
    Outcome outcome{name + u" (after pdftoppm)"_s, render.seconds, render.peakKiB};
    Reads reads;
    if (name == u"zbarimg"_s) {
        QStringList command{u"zbarimg"_s, u"--xml"_s, u"-q"_s};
        command += renderedPages(folder);
        const Measured run = measure(command);
        outcome.seconds += run.seconds;
        outcome.peakKiB = std::max(outcome.peakKiB, run.peakKiB);
        QXmlStreamReader xml(run.output);
        int page = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"source"_s)
                page = pageNumberOf(xml.attributes().value(u"href"_s).toString());
            else if (xml.isStartElement() && xml.name() == u"data"_s)
                reads[page].append(xml.readElementText());
        }
    } else {
        for (const QString &file : renderedPages(folder)) {
            const Measured run = measure({u"ZXingReader"_s, u"-1"_s, file});
            outcome.seconds += run.seconds;
            outcome.peakKiB = std::max(outcome.peakKiB, run.peakKiB);
            if (run.exitCode != 0 && !run.output.contains('"'))
                ++outcome.failedPages; // aborted (an assertion in zxing-cpp 1.4)
            for (const QByteArray &line : run.output.split('\n')) {
                const qsizetype quote = line.indexOf('"');
                if (quote > 0 && !line.contains("No barcode found"))
                    reads[pageNumberOf(file)].append(
                        QString::fromUtf8(line.mid(quote + 1).chopped(1)));
            }
        }
    }
    score(outcome, reads, expected);
    return outcome;
}

// The page sets: the scanner's stacks the goal is measured on, and the
// captures beyond the scanner (#20).
struct PageSet
{
    QString name;
    int dpi;    // drawn at
    int pdfDpi; // the picture's resolution after the degradation
    Degradation degradation;
};

QList<PageSet> pageSets()
{
    return {
        {u"scanned, 300 dpi"_s, 300, 300, Degradation::ScannedLook},
        {u"scanned, 150 dpi"_s, 150, 150, Degradation::ScannedLook},
        {u"phone photos"_s, 300, 300, Degradation::PhonePhoto},
        {u"fax, 100 dpi"_s, 200, 100, Degradation::Fax},
        {u"coloured paper, 150 dpi"_s, 150, 150, Degradation::ColouredPaper},
    };
}

// Letter `index` carries codes (index % 3) * 3 … + 2: all nine kinds, in turn.
QList<PrintedCode> codesOnPage(int index)
{
    return printedCodes().mid((index % 3) * 3, 3);
}

QImage setPage(const PageSet &set, int index)
{
    return degrade(letter(codesOnPage(index), set.dpi), set.degradation, quint32(index + 1));
}

// In-process, one thread, no PDF: which kinds of code each set misses, in
// pixels per module, and the time per page (for working on the reader).
int perKind(int pageCount)
{
    const QList<PrintedCode> codes = printedCodes();
    QTextStream out(stdout);
    out << "| Page set | Time per page | False reads | GiroCode | fine-notice QR | booking QR | "
           "separator | Kassenzeichen | DataMatrix | PDF417 | EAN-13 | Aztec |\n"
           "|---|---:|---:|---|---|---|---|---|---|---|---|---|\n";
    for (const PageSet &set : pageSets()) {
        QList<int> found(codes.size()), onPages(codes.size());
        int falseReads = 0;
        qint64 nanoseconds = 0;
        for (int i = 0; i < pageCount; ++i) {
            const QImage page = setPage(set, i);
            QElapsedTimer timer;
            timer.start();
            const QList<DecodedCode> read = readCodes(page);
            nanoseconds += timer.nsecsElapsed();
            QStringList texts;
            for (const DecodedCode &code : read)
                texts.append(code.text);
            for (int k = (i % 3) * 3; k < (i % 3) * 3 + 3; ++k) {
                ++onPages[k];
                found[k] += texts.removeAll(QString::fromStdWString(codes.at(k).text)) > 0 ? 1 : 0;
            }
            falseReads += int(texts.size());
        }
        out << "| " << set.name << " | " << (nanoseconds / 1000000 / pageCount) << " ms | "
            << falseReads << " |";
        for (qsizetype k = 0; k < codes.size(); ++k) {
            const double perModule =
                codes.at(k).widthMm / 25.4 * set.pdfDpi / modulesAcross(codes.at(k));
            out << ' ' << found.at(k) << '/' << onPages.at(k) << " ("
                << QString::number(perModule, 'f', 1) << " px) |";
        }
        out << '\n' << Qt::flush;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv); // the pages are drawn with fonts
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"pages"_s, u"Pages per stack (default 30)."_s, u"N"_s, u"30"_s});
    parser.addOption({u"work"_s, u"Folder for the stacks (default: a temporary one)."_s, u"DIR"_s});
    parser.addOption(
        {u"read"_s, u"(internal) Read FILE with Tresen and print the codes."_s, u"FILE"_s});
    parser.addOption({u"workers"_s, u"(internal) Threads for --read."_s, u"N"_s, u"2"_s});
    parser.addOption({u"per-kind"_s, u"Only Tresen, in-process: found per kind of code."_s});
    parser.process(app);
    if (parser.isSet(u"per-kind"_s))
        return perKind(qMax(3, parser.value(u"pages"_s).toInt()));
    if (parser.isSet(u"read"_s))
        return readWithTresen(parser.value(u"read"_s), parser.value(u"workers"_s).toInt());

    QTemporaryDir temporary;
    const QString work = parser.isSet(u"work"_s) ? parser.value(u"work"_s) : temporary.path();
    QDir().mkpath(work);
    const int pageCount = qMax(3, parser.value(u"pages"_s).toInt());
    QTextStream out(stdout);
    out << "| Stack | Reader | Seconds | Pages/s | Codes found | False reads | Pages lost | Peak "
           "memory |\n"
           "|---|---|---:|---:|---:|---:|---:|---:|\n"
        << Qt::flush;
    const QList<PageSet> sets = pageSets();
    for (qsizetype s = 0; s < sets.size(); ++s) {
        const PageSet &set = sets.at(s);
        QList<QImage> pages;
        QList<QStringList> expected;
        for (int i = 0; i < pageCount; ++i) {
            pages.append(setPage(set, i));
            QStringList texts;
            for (const PrintedCode &printed : codesOnPage(i))
                texts.append(QString::fromStdWString(printed.text));
            expected.append(texts);
        }
        const QString pdf = QDir(work).filePath(u"stack-%1.pdf"_s.arg(s));
        if (!writePdf(pdf, pages, set.pdfDpi)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(pdf));
            return 1;
        }
        pages.clear();
        const int printed = int(expected.size()) * 3;

        QList<Outcome> outcomes;
        const QString self = QCoreApplication::applicationFilePath();
        outcomes << runTresen(self, pdf, 1, expected) << runTresen(self, pdf, 2, expected);
        const QString rendered = QDir(work).filePath(u"rendered-%1"_s.arg(s));
        QDir(rendered).removeRecursively();
        QDir().mkpath(rendered);
        const Measured render = measure({u"pdftoppm"_s, u"-r"_s, u"300"_s, u"-gray"_s, pdf,
                                         QDir(rendered).filePath(u"page"_s)});
        if (render.exitCode != 0) {
            std::fprintf(stderr, "pdftoppm failed (is poppler-utils installed?)\n");
            return 1;
        }
        outcomes << runPeer(u"zbarimg"_s, render, rendered, expected)
                 << runPeer(u"ZXingReader"_s, render, rendered, expected);
        for (const Outcome &outcome : outcomes) {
            out << u"| %1 pages, %2 | %3 | %4 | %5 | %6 / %7 (%8 %) | %9 | %10 | %11 MiB |\n"_s
                       .arg(pageCount)
                       .arg(set.name)
                       .arg(outcome.tool)
                       .arg(outcome.seconds, 0, 'f', 2)
                       .arg(pageCount / outcome.seconds, 0, 'f', 1)
                       .arg(outcome.found)
                       .arg(printed)
                       .arg(100.0 * outcome.found / printed, 0, 'f', 0)
                       .arg(outcome.falseReads)
                       .arg(outcome.failedPages)
                       .arg(outcome.peakKiB / 1024)
                << Qt::flush;
        }
    }
    return 0;
}
