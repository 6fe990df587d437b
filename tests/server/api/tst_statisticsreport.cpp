// The statistics report's files (statisticsreport.h) from a hand-made period
// answer with known numbers: the XLSX read back from its zip (sheet names,
// cells, number formats, the frozen header), the CSV parsed as a German
// spreadsheet reads it, the PDF's text as pdftotext reads it; and bad input
// (nothing, missing members, nulls, wrong types) still gives valid files.

#include "server/api/statisticsreport.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("StatisticsReport", text);
}

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("fixture: %s", qPrintable(error.errorString()));
    return document.object();
}

// Two days, three hours, three services (one with a semicolon in its name,
// one with quotes), two counters (one never present: utilisation null).
QJsonObject period()
{
    return parse(R"json({
      "from": "2026-10-26", "to": "2026-10-27", "groupBy": "day",
      "offices": [{"officeId": "1", "name": "Bürgeramt Mitte", "waitTargetMinutes": 20}],
      "totals": {"issued": 40, "served": 31, "noShow": 4, "cancelled": 1, "open": 4,
        "waitMinutes": {"count": 35, "mean": 8.4, "median": 7.0, "p90": 15.5, "max": 22.0},
        "serviceMinutes": {"count": 31, "mean": 6.2, "median": 5.5, "p90": 11.0, "max": 18.5},
        "serviceLevel": 0.83,
        "walkIn": {"issued": 14, "served": 11, "noShow": 1,
          "waitMinutes": {"count": 12, "mean": 12.3, "median": 11.0, "p90": 20.0, "max": 22.0}},
        "appointment": {"issued": 26, "served": 20, "noShow": 3,
          "waitMinutes": {"count": 23, "mean": 6.1, "median": 5.0, "p90": 10.0, "max": 14.0}},
        "estimateErrorMinutes": {"count": 30, "mean": 3.2, "median": 2.5, "p90": 7.0, "max": 9.0}},
      "groups": [
        {"key": "2026-10-26", "issued": 25, "served": 19, "noShow": 3, "cancelled": 1, "open": 2,
         "waitMinutes": {"count": 22, "mean": 9.6, "median": 8.0, "p90": 16.0, "max": 22.0},
         "serviceMinutes": {"count": 19, "mean": 6.7, "median": 6.0, "p90": 11.0, "max": 18.5},
         "serviceLevel": 0.77,
         "walkIn": {"issued": 9, "served": 7, "noShow": 1, "waitMinutes": {"count": 8}},
         "appointment": {"issued": 16, "served": 12, "noShow": 2, "waitMinutes": {"count": 14}},
         "estimateErrorMinutes": {"count": 18, "mean": 3.9}},
        {"key": "2026-10-27", "issued": 15, "served": 12, "noShow": 1, "cancelled": 0, "open": 2,
         "waitMinutes": {"count": 13, "mean": 6.4, "median": 6.0, "p90": 12.0, "max": 13.0},
         "serviceMinutes": {"count": 12, "mean": 5.4, "median": 5.0, "p90": 9.0, "max": 10.0},
         "serviceLevel": null,
         "walkIn": {"issued": 5, "served": 4, "noShow": 0, "waitMinutes": {"count": 4}},
         "appointment": {"issued": 10, "served": 8, "noShow": 1, "waitMinutes": {"count": 9}},
         "estimateErrorMinutes": {"count": 0, "mean": null}}],
      "byHour": [
        {"hour": 9, "arrivals": 12, "served": 8,
         "walkIn": {"count": 4, "meanWaitMinutes": 14.2, "meanWalkMinutes": 0.8,
                    "meanEstimateMinutes": 11.5},
         "appointment": {"count": 7, "meanWaitMinutes": 3.1, "meanWalkMinutes": 0.6,
                         "meanEstimateMinutes": 2.0}},
        {"hour": 10, "arrivals": 20, "served": 15,
         "walkIn": {"count": 6, "meanWaitMinutes": 11.0, "meanWalkMinutes": 1.1,
                    "meanEstimateMinutes": 9.0},
         "appointment": {"count": 12, "meanWaitMinutes": 7.5, "meanWalkMinutes": 0.9,
                         "meanEstimateMinutes": 5.5}},
        {"hour": 12, "arrivals": 8, "served": 8,
         "walkIn": {"count": 0, "meanWaitMinutes": null, "meanWalkMinutes": null,
                    "meanEstimateMinutes": null},
         "appointment": {"count": 4, "meanWaitMinutes": 6.0, "meanWalkMinutes": 0.5,
                         "meanEstimateMinutes": 4.0}}],
      "byService": [
        {"serviceId": "3", "name": "Personalausweis", "issued": 20, "served": 16, "noShow": 2,
         "waitMinutes": {"count": 18, "mean": 7.9, "median": 7.0, "p90": 14.0, "max": 20.0},
         "serviceMinutes": {"count": 16, "mean": 5.8, "median": 5.5, "p90": 9.0, "max": 12.0}},
        {"serviceId": "4", "name": "Anmeldung; Ummeldung", "issued": 15, "served": 12, "noShow": 2,
         "waitMinutes": {"count": 14, "mean": 9.1, "median": 8.0, "p90": 16.0, "max": 22.0},
         "serviceMinutes": {"count": 12, "mean": 6.6, "median": 6.0, "p90": 11.0, "max": 18.5}},
        {"serviceId": "5", "name": "Reisepass \"express\"", "issued": 5, "served": 3, "noShow": 0,
         "waitMinutes": {"count": 3, "mean": 8.0, "median": 8.0, "p90": 9.0, "max": 9.0},
         "serviceMinutes": {"count": 3, "mean": 7.0, "median": 7.0, "p90": 8.0, "max": 8.0}}],
      "byCounter": [
        {"counterId": "2", "name": "Schalter 2", "served": 31, "busyMinutes": 192.2,
         "presentMinutes": 360.0, "utilisation": 0.53},
        {"counterId": "3", "name": "Schalter 3", "served": 0, "busyMinutes": 0,
         "presentMinutes": 0, "utilisation": null}],
      "heatMap": []
    })json");
}

QJsonObject withoutMember(QJsonObject object, const QString &key)
{
    object.remove(key);
    return object;
}

// ---------------------------------------------------------------------------
// Reading an .xlsx back: its zip members by unzip, its XML by hand.

QByteArray unzipped(const QByteArray &zip, const QString &member)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"file.xlsx"_s));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(zip);
    file.close();
    QProcess unzip;
    unzip.start(u"unzip"_s, {u"-p"_s, file.fileName(), member});
    if (!unzip.waitForFinished(30000) || unzip.exitCode() != 0)
        return {};
    return unzip.readAllStandardOutput();
}

struct XlsxCell
{
    QString value; // the number as written, or the string
    bool isString = false;
    QString numberFormat;
    bool bold = false;
};

struct Workbook
{
    QStringList sheets;
    QList<QHash<QString, XlsxCell>> cells; // per sheet, by reference ("B6")
    QStringList sheetXml;
};

Workbook readXlsx(const QByteArray &zip)
{
    Workbook workbook;
    QXmlStreamReader names(unzipped(zip, u"xl/workbook.xml"_s));
    while (!names.atEnd()) {
        names.readNext();
        if (names.isStartElement() && names.name() == u"sheet"_s)
            workbook.sheets.append(names.attributes().value(u"name"_s).toString());
    }

    QStringList strings;
    QXmlStreamReader shared(unzipped(zip, u"xl/sharedStrings.xml"_s));
    while (!shared.atEnd()) {
        shared.readNext();
        if (shared.isStartElement() && shared.name() == u"si"_s)
            strings.append(QString());
        else if (shared.isStartElement() && shared.name() == u"t"_s)
            strings.last() += shared.readElementText();
    }

    // Styles: the number formats and bold fonts each cell style uses.
    QHash<int, QString> formats{{0, u"General"_s}, {9, u"0%"_s}, {14, u"date"_s}};
    QList<bool> boldFonts;
    QList<std::pair<int, int>> styles; // (numFmtId, fontId)
    QXmlStreamReader styleXml(unzipped(zip, u"xl/styles.xml"_s));
    QString section;
    while (!styleXml.atEnd()) {
        styleXml.readNext();
        if (!styleXml.isStartElement())
            continue;
        const auto name = styleXml.name();
        const QXmlStreamAttributes a = styleXml.attributes();
        if (name == u"fonts"_s || name == u"cellXfs"_s || name == u"cellStyleXfs"_s)
            section = name.toString();
        else if (name == u"numFmt"_s)
            formats.insert(a.value(u"numFmtId"_s).toInt(), a.value(u"formatCode"_s).toString());
        else if (name == u"font"_s && section == u"fonts"_s)
            boldFonts.append(false);
        else if (name == u"b"_s && section == u"fonts"_s)
            boldFonts.last() = true;
        else if (name == u"xf"_s && section == u"cellXfs"_s)
            styles.append({a.value(u"numFmtId"_s).toInt(), a.value(u"fontId"_s).toInt()});
    }

    for (qsizetype i = 0; i < workbook.sheets.size(); ++i) {
        const QByteArray xml = unzipped(zip, u"xl/worksheets/sheet%1.xml"_s.arg(i + 1));
        workbook.sheetXml.append(QString::fromUtf8(xml));
        QHash<QString, XlsxCell> cells;
        QXmlStreamReader sheet(xml);
        QString ref;
        XlsxCell cell;
        while (!sheet.atEnd()) {
            sheet.readNext();
            if (sheet.isStartElement() && sheet.name() == u"c"_s) {
                const QXmlStreamAttributes a = sheet.attributes();
                ref = a.value(u"r"_s).toString();
                cell = {};
                cell.isString = a.value(u"t"_s) == u"s"_s;
                const auto [format, font] = styles.value(a.value(u"s"_s).toInt());
                cell.numberFormat = formats.value(format);
                cell.bold = boldFonts.value(font);
                cells.insert(ref, cell);
            } else if (sheet.isStartElement() && sheet.name() == u"v"_s) {
                const QString v = sheet.readElementText();
                cells[ref].value = cells[ref].isString ? strings.value(v.toInt()) : v;
            }
        }
        workbook.cells.append(cells);
    }
    return workbook;
}

// ---------------------------------------------------------------------------
// Reading the CSV as a spreadsheet does: semicolons, quotes doubled.

QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && (i + 1 < text.size() ? text.at(i + 1) : QChar()) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u';') {
            row.append(field);
            field.clear();
        } else if (c == u'\r' && (i + 1 < text.size() ? text.at(i + 1) : QChar()) == u'\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

// The block of rows under a section's name, up to the blank line.
QList<QStringList> section(const QList<QStringList> &rows, const QString &name)
{
    QList<QStringList> block;
    qsizetype i = 0;
    while (i < rows.size() && rows.at(i) != QStringList{name})
        ++i;
    for (++i; i < rows.size() && rows.at(i) != QStringList{QString()}; ++i)
        block.append(rows.at(i));
    return block;
}

QString pdfText(const QByteArray &pdf)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"report.pdf"_s));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(pdf);
    file.close();
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {file.fileName(), u"-"_s});
    if (!pdftotext.waitForFinished(30000) || pdftotext.exitCode() != 0)
        return {};
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

// With TRESEN_KEEP_REPORTS=<dir>, the files are kept there to look at.
void keep(const QString &name, const QByteArray &bytes)
{
    const QString dir = qEnvironmentVariable("TRESEN_KEEP_REPORTS");
    if (dir.isEmpty())
        return;
    QFile file(dir + u'/' + name);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
}

QStringList sheetNames()
{
    return {tr("Overview"), tr("By hour"), tr("By service"), tr("By counter"), tr("Waiting times")};
}
} // namespace

class tst_StatisticsReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void xlsxHasTheSheetsAndNumbers();
    void xlsxKeepsZmsColumns();
    void csvOpensInAGermanSpreadsheet();
    void pdfShowsTheFiguresAndHeadings();
    void pdfBreaksPagesOfALongPeriod();
    void badInputGivesValidFiles_data();
    void badInputGivesValidFiles();
};

void tst_StatisticsReport::initTestCase()
{
    // As the server runs (installTranslations): German dates and numbers.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QVERIFY2(QStandardPaths::findExecutable(u"unzip"_s).size() > 0, "unzip (scripts/dev deps)");
    QVERIFY2(QStandardPaths::findExecutable(u"pdftotext"_s).size() > 0, "poppler-utils");
}

void tst_StatisticsReport::xlsxHasTheSheetsAndNumbers()
{
    QString error;
    const QByteArray xlsx = statisticsXlsx(period(), &error);
    QVERIFY2(!xlsx.isEmpty(), qPrintable(error));
    QVERIFY(xlsx.startsWith("PK"));
    keep(u"statistik.xlsx"_s, xlsx);
    const Workbook book = readXlsx(xlsx);
    QCOMPARE(book.sheets, sheetNames());

    // Übersicht: title and offices above, the header in row 5, days, total.
    const QHash<QString, XlsxCell> &overview = book.cells.at(0);
    QCOMPARE(overview.value(u"A1"_s).value,
             tr("Statistics %1 – %2").arg(u"26.10.2026"_s, u"27.10.2026"_s));
    QVERIFY(overview.value(u"A2"_s).value.contains(u"Bürgeramt Mitte"_s));
    QCOMPARE(overview.value(u"A5"_s).value, tr("Date"));
    QVERIFY(overview.value(u"A5"_s).bold);
    QVERIFY(overview.value(u"B5"_s).bold);
    QVERIFY(book.sheetXml.at(0).contains(u"state=\"frozen\""_s));
    QVERIFY(book.sheetXml.at(0).contains(u"topLeftCell=\"B6\""_s));
    // The day is a date cell: Excel's day number, shown as a date.
    const XlsxCell day = overview.value(u"A6"_s);
    QVERIFY(!day.isString);
    QCOMPARE(day.value.toInt(), QDate(1899, 12, 30).daysTo(QDate(2026, 10, 26)));
    QCOMPARE(day.numberFormat, u"date"_s);
    const XlsxCell served = overview.value(u"B6"_s);
    QVERIFY(!served.isString);
    QCOMPARE(served.value, u"19"_s);
    QCOMPARE(served.numberFormat, u"#,##0"_s);
    const XlsxCell meanWait = overview.value(u"L6"_s);
    QCOMPARE(meanWait.value.toDouble(), 9.6);
    QCOMPARE(meanWait.numberFormat, u"#,##0.0"_s);
    QCOMPARE(overview.value(u"R6"_s).value.toDouble(), 0.77);
    QCOMPARE(overview.value(u"R6"_s).numberFormat, u"0.0%"_s);
    QVERIFY(overview.value(u"R7"_s).value.isEmpty()); // a null service level stays empty
    QVERIFY(overview.value(u"S7"_s).value.isEmpty()); // no estimate: no mean
    QCOMPARE(overview.value(u"A8"_s).value, tr("Total"));
    QVERIFY(overview.value(u"A8"_s).bold);
    QCOMPARE(overview.value(u"B8"_s).value, u"31"_s);
    QCOMPARE(overview.value(u"L8"_s).value.toDouble(), 8.4); // the period's, not a mean of days
    QCOMPARE(overview.value(u"N8"_s).value.toDouble(), 15.5);
    QCOMPARE(overview.value(u"R8"_s).value.toDouble(), 0.83);
    QVERIFY(!overview.contains(u"A9"_s));

    // Je Stunde: arrivals, served, the share of arrivals.
    const QHash<QString, XlsxCell> &byHour = book.cells.at(1);
    QCOMPARE(byHour.value(u"A1"_s).value, tr("Hour"));
    QCOMPARE(byHour.value(u"A2"_s).value, u"09:00–10:00"_s);
    QCOMPARE(byHour.value(u"B3"_s).value, u"20"_s);
    QCOMPARE(byHour.value(u"D3"_s).value.toDouble(), 0.5);
    QCOMPARE(byHour.value(u"D3"_s).numberFormat, u"0.0%"_s);
    QCOMPARE(byHour.value(u"B5"_s).value, u"40"_s); // total
    QVERIFY(book.sheetXml.at(1).contains(u"topLeftCell=\"B2\""_s));

    // Je Schalter: minutes with a decimal, utilisation as percent, null empty.
    const QHash<QString, XlsxCell> &byCounter = book.cells.at(3);
    QCOMPARE(byCounter.value(u"A2"_s).value, u"Schalter 2"_s);
    QCOMPARE(byCounter.value(u"C2"_s).value.toDouble(), 192.2);
    QCOMPARE(byCounter.value(u"E2"_s).value.toDouble(), 0.53);
    QCOMPARE(byCounter.value(u"E2"_s).numberFormat, u"0.0%"_s);
    QVERIFY(byCounter.value(u"E3"_s).value.isEmpty());
    QCOMPARE(byCounter.value(u"E4"_s).value.toDouble(), 192.2 / 360.0);
}

void tst_StatisticsReport::xlsxKeepsZmsColumns()
{
    QString error;
    const Workbook book = readXlsx(statisticsXlsx(period(), &error));
    QCOMPARE(book.sheets.size(), 5);

    // Kundenstatistik, in ZMS's order, after the day.
    const QHash<QString, XlsxCell> &overview = book.cells.at(0);
    const QStringList zms{tr("Visitors appeared"),
                          tr("Visitors not appeared"),
                          tr("Appointment visitors appeared"),
                          tr("Appointment visitors not appeared"),
                          tr("Walk-ins appeared"),
                          tr("Walk-ins not appeared"),
                          tr("Services")};
    const QStringList columns{u"B"_s, u"C"_s, u"D"_s, u"E"_s, u"F"_s, u"G"_s, u"H"_s};
    const QStringList day1{u"19"_s, u"3"_s, u"12"_s, u"2"_s, u"7"_s, u"1"_s, u"19"_s};
    for (qsizetype i = 0; i < zms.size(); ++i) {
        QCOMPARE(overview.value(columns.at(i) + u'5').value, zms.at(i));
        QCOMPARE(overview.value(columns.at(i) + u'6').value, day1.at(i));
    }

    // Dienstleistungsstatistik: per service the count and mean processing time.
    const QHash<QString, XlsxCell> &byService = book.cells.at(2);
    QCOMPARE(byService.value(u"A1"_s).value, tr("Service"));
    QCOMPARE(byService.value(u"C1"_s).value, tr("Served"));
    QCOMPARE(byService.value(u"F1"_s).value, tr("Mean processing time (min)"));
    QCOMPARE(byService.value(u"A3"_s).value, u"Anmeldung; Ummeldung"_s);
    QVERIFY(byService.value(u"A3"_s).isString);
    QCOMPARE(byService.value(u"A4"_s).value, u"Reisepass \"express\""_s);
    QCOMPARE(byService.value(u"C3"_s).value, u"12"_s);
    QCOMPARE(byService.value(u"F3"_s).value.toDouble(), 6.6);
    QCOMPARE(byService.value(u"E2"_s).value.toDouble(), 16.0 / 31.0);
    QCOMPARE(byService.value(u"A5"_s).value, tr("Total"));
    QCOMPARE(byService.value(u"F5"_s).value.toDouble(), 6.2);

    // Wartestatistik: per hour, walk-ins and appointments apart.
    const QHash<QString, XlsxCell> &waits = book.cells.at(4);
    const QStringList headers{tr("Hour"),
                              tr("Walk-ins called"),
                              tr("Walk-ins: mean wait (min)"),
                              tr("Walk-ins: mean way to the counter (min)"),
                              tr("Walk-ins: mean estimated wait (min)"),
                              tr("Appointments called"),
                              tr("Appointments: mean wait (min)"),
                              tr("Appointments: mean way to the counter (min)"),
                              tr("Appointments: mean estimated wait (min)")};
    const QStringList hour9{u"09:00–10:00"_s, u"4"_s,   u"14.2"_s, u"0.8"_s, u"11.5"_s,
                            u"7"_s,           u"3.1"_s, u"0.6"_s,  u"2"_s};
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QString column(QChar(char16_t(u'A' + i)));
        QCOMPARE(waits.value(column + u'1').value, headers.at(i));
        QCOMPARE(waits.value(column + u'2').value, hour9.at(i));
    }
    QCOMPARE(waits.value(u"C2"_s).numberFormat, u"#,##0.0"_s);
    // Nobody walked in at noon: count 0, the means empty.
    QCOMPARE(waits.value(u"A4"_s).value, u"12:00–13:00"_s);
    QCOMPARE(waits.value(u"B4"_s).value, u"0"_s);
    QVERIFY(waits.value(u"C4"_s).value.isEmpty());
    QVERIFY(waits.value(u"E4"_s).value.isEmpty());
    // The total: the period's count and mean wait of each.
    QCOMPARE(waits.value(u"A5"_s).value, tr("Total"));
    QCOMPARE(waits.value(u"B5"_s).value, u"12"_s);
    QCOMPARE(waits.value(u"C5"_s).value.toDouble(), 12.3);
    QCOMPARE(waits.value(u"G5"_s).value.toDouble(), 6.1);
}

void tst_StatisticsReport::csvOpensInAGermanSpreadsheet()
{
    const QByteArray csv = statisticsCsv(period());
    keep(u"statistik.csv"_s, csv);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF")); // UTF-8 with BOM
    QVERIFY(csv.endsWith("\r\n"));
    QCOMPARE(csv.count('\n'), csv.count("\r\n")); // every line ends CRLF
    const QString text = QString::fromUtf8(csv.mid(3));
    const QList<QStringList> rows = parseCsv(text);
    QCOMPARE(rows.first(),
             QStringList{tr("Statistics %1 – %2").arg(u"26.10.2026"_s, u"27.10.2026"_s)});

    const QList<QStringList> overview = section(rows, tr("Overview"));
    QCOMPARE(overview.size(), 4); // header, two days, total
    QCOMPARE(overview.at(0).value(0), tr("Date"));
    QCOMPARE(overview.at(0).value(1), tr("Visitors appeared"));
    QCOMPARE(overview.at(0).value(17), tr("Service level") + u" (%)"_s);
    QCOMPARE(overview.at(0).size(), 19);
    QCOMPARE(overview.at(1).value(0), u"2026-10-26"_s);
    QCOMPARE(overview.at(1).value(1), u"19"_s);
    QCOMPARE(overview.at(1).value(11), u"9,6"_s); // decimal comma
    QCOMPARE(overview.at(1).value(17), u"77,0"_s);
    QCOMPARE(overview.at(2).value(17), QString()); // null: empty
    QCOMPARE(overview.at(3).value(0), tr("Total"));
    QCOMPARE(overview.at(3).value(12), u"7,0"_s);
    for (const QStringList &row : overview)
        QCOMPARE(row.size(), 19);

    // A semicolon inside a name is quoted, a quote doubled.
    QVERIFY(text.contains(u"\"Anmeldung; Ummeldung\";15;12;2;"_s));
    QVERIFY(text.contains(u"\"Reisepass \"\"express\"\"\";5;3;0;"_s));
    const QList<QStringList> byService = section(rows, tr("By service"));
    QCOMPARE(byService.at(2).value(0), u"Anmeldung; Ummeldung"_s);
    QCOMPARE(byService.at(2).value(5), u"6,6"_s);
    QCOMPARE(byService.at(3).value(0), u"Reisepass \"express\""_s);

    const QList<QStringList> waits = section(rows, tr("Waiting times"));
    QCOMPARE(waits.at(0).size(), 9);
    QCOMPARE(waits.at(1), (QStringList{u"09:00–10:00"_s, u"4"_s, u"14,2"_s, u"0,8"_s, u"11,5"_s,
                                       u"7"_s, u"3,1"_s, u"0,6"_s, u"2,0"_s}));
    QCOMPARE(waits.at(3).value(2), QString());

    const QList<QStringList> byCounter = section(rows, tr("By counter"));
    QCOMPARE(byCounter.at(1),
             (QStringList{u"Schalter 2"_s, u"31"_s, u"192,2"_s, u"360,0"_s, u"53,0"_s}));
    QCOMPARE(section(rows, tr("By hour")).size(), 5);
}

void tst_StatisticsReport::pdfShowsTheFiguresAndHeadings()
{
    const QByteArray pdf = statisticsPdf(period());
    keep(u"statistik.pdf"_s, pdf);
    QVERIFY(pdf.startsWith("%PDF-"));
    const QString text = pdfText(pdf);
    QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
    const auto has = [&text](const QString &part) {
        if (!text.contains(part))
            qWarning("missing: %s", qPrintable(part));
        return text.contains(part);
    };
    QVERIFY(has(tr("Statistics %1 – %2").arg(u"26.10.2026"_s, u"27.10.2026"_s)));
    QVERIFY(has(u"Bürgeramt Mitte"_s));
    // The headline figures, German numbers.
    QVERIFY(has(tr("Key figures")));
    QVERIFY(has(tr("Mean wait (min)")));
    QVERIFY(has(u"8,4"_s));
    QVERIFY(has(u"15,5"_s));
    QVERIFY(has(u"83 %"_s));
    QVERIFY(has(u"6,2"_s));
    // Charts with their headings, axis labels and legends.
    QVERIFY(has(tr("Arrivals and served per hour")));
    QVERIFY(has(tr("Visitors per day")));
    QVERIFY(has(u"26.10."_s) || has(u"10/26"_s));
    QVERIFY(has(tr("Mean wait per hour (min)")));
    // The tables.
    QVERIFY(has(tr("By service")));
    QVERIFY(has(u"Anmeldung; Ummeldung"_s));
    QVERIFY(has(u"Reisepass \"express\""_s));
    QVERIFY(has(tr("By counter")));
    QVERIFY(has(u"Schalter 2"_s));
    QVERIFY(has(u"192,2"_s));
    QVERIFY(has(u"53 %"_s));
    QVERIFY(has(tr("Waiting times")));
    QVERIFY(has(u"14,2"_s));
    QVERIFY(has(tr("Page %1 of %2").arg(1).arg(text.count(u'\f'))));
}

void tst_StatisticsReport::pdfBreaksPagesOfALongPeriod()
{
    // A year of days, forty services: the tables run over several pages.
    QJsonObject year = period();
    QJsonArray groups;
    const QJsonObject day = year.value(u"groups"_s).toArray().at(0).toObject();
    for (QDate d(2025, 1, 1); d <= QDate(2025, 12, 31); d = d.addDays(1)) {
        QJsonObject each = day;
        each.insert(u"key"_s, d.toString(Qt::ISODate));
        each.insert(u"served"_s, d.dayOfYear() % 40);
        groups.append(each);
    }
    year.insert(u"groups"_s, groups);
    year.insert(u"from"_s, u"2025-01-01"_s);
    year.insert(u"to"_s, u"2025-12-31"_s);
    QJsonArray services;
    for (int i = 1; i <= 40; ++i)
        services.append(QJsonObject{{u"name"_s, u"Dienstleistung %1 mit einem langen Namen, der "
                                                u"umbricht"_s.arg(i)},
                                    {u"served"_s, i}});
    year.insert(u"byService"_s, services);
    const QByteArray pdf = statisticsPdf(year);
    keep(u"statistik-jahr.pdf"_s, pdf);
    const QString text = pdfText(pdf);
    const qsizetype pages = text.count(u'\f');
    QVERIFY2(pages > 4, qPrintable(QString::number(pages)));
    QVERIFY(text.contains(tr("Page %1 of %2").arg(pages).arg(pages)));
    QVERIFY(text.contains(u"Dienstleistung 40"_s));
    QVERIFY(text.contains(u"31.12.2025"_s));
    // The days' table runs over pages, each with the header again.
    const QStringList pageTexts = text.split(u'\f');
    qsizetype pagesWithDays = 0;
    for (const QString &page : pageTexts) {
        static const QRegularExpression dayRow(u"^\\d\\d\\.\\d\\d\\.2025$"_s,
                                               QRegularExpression::MultilineOption);
        if (!page.contains(dayRow))
            continue;
        ++pagesWithDays;
        QVERIFY2(page.contains(tr("Date")), qPrintable(page.left(300)));
    }
    QVERIFY2(pagesWithDays > 3, qPrintable(QString::number(pagesWithDays)));
}

void tst_StatisticsReport::badInputGivesValidFiles_data()
{
    QTest::addColumn<QJsonObject>("input");
    QTest::addRow("empty") << QJsonObject();
    QTest::addRow("no totals") << withoutMember(period(), u"totals"_s);
    QTest::addRow("no groups, hours, services, counters") << withoutMember(
        withoutMember(withoutMember(withoutMember(period(), u"groups"_s), u"byHour"_s),
                      u"byService"_s),
        u"byCounter"_s);
    QTest::addRow("nulls and wrong types") << parse(R"json({
        "from": "yesterday", "to": null, "offices": [{"name": null}, 3],
        "totals": {"issued": "40", "served": null, "waitMinutes": {"count": 0, "mean": null,
                   "median": null, "p90": null, "max": null}, "serviceLevel": null,
                   "walkIn": null, "appointment": []},
        "groups": [null, {"key": 7}, {"key": "2026-13-45", "served": 1e308}],
        "byHour": [{"hour": 99, "arrivals": -3}, {"hour": "x"}, {}, 5],
        "byService": [{}, {"name": ""}, {"name": "=HYPERLINK(\"x\")", "served": 2}],
        "byCounter": [{"name": "Schalter 1", "busyMinutes": 10, "presentMinutes": 0}]})json");
}

void tst_StatisticsReport::badInputGivesValidFiles()
{
    QFETCH(QJsonObject, input);

    const QByteArray csv = statisticsCsv(input);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(csv.mid(3)));
    for (const QString &name : sheetNames())
        QVERIFY2(!section(rows, name).isEmpty(), qPrintable(name)); // at least the header
    // A name a spreadsheet would run as a formula stays text.
    QVERIFY(!csv.contains("\n=") && !csv.contains(";="));

    QString error;
    const QByteArray xlsx = statisticsXlsx(input, &error);
    QVERIFY2(!xlsx.isEmpty(), qPrintable(error));
    const Workbook book = readXlsx(xlsx);
    QCOMPARE(book.sheets, sheetNames());
    QCOMPARE(book.cells.at(2).value(u"A1"_s).value, tr("Service"));

    const QByteArray pdf = statisticsPdf(input);
    QVERIFY(pdf.startsWith("%PDF-"));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(tr("Key figures")), qPrintable(text.left(500)));
    QVERIFY(text.contains(tr("By counter")));
}

QTEST_GUILESS_MAIN(tst_StatisticsReport)
#include "tst_statisticsreport.moc"
