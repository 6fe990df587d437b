#include "server/api/statisticsreport.h"

#include "server/api/pdfpages.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <optional>
#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

// The context of the report's texts in the translations.
class StatisticsReport
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsReport)
};

namespace {

// ---------------------------------------------------------------------------
// The tables, built once from the period's answer; the three writers only
// lay them out.

enum class Kind {
    Text,
    Date,    // the text is an ISO day, "2026-11-30"
    Count,   // a whole number
    Minutes, // one decimal
    Share,   // 0..1, shown as percent
};

struct Column
{
    QString header;
    Kind kind = Kind::Count;
};

// A number, a text, or nothing (a member missing or null).
struct Cell
{
    std::optional<double> number;
    QString text;

    bool isEmpty() const { return !number && text.isEmpty(); }
};

struct Table
{
    QString name; // the sheet, the section
    QList<Column> columns;
    QList<QList<Cell>> rows;
    bool lastRowIsTotal = false;
};

struct Tables
{
    QString title;       // with the period
    QStringList caption; // the offices, what the service level means
    Table overview;
    Table byHour;
    Table byService;
    Table byCounter;
    Table waits;

    QList<const Table *> all() const
    {
        return {&overview, &byHour, &byService, &byCounter, &waits};
    }
};

Cell numberCell(const QJsonValue &value)
{
    if (value.isDouble() && std::isfinite(value.toDouble()))
        return {value.toDouble(), {}};
    return {};
}

Cell textCell(const QString &text)
{
    return {std::nullopt, text};
}

Cell member(const QJsonObject &object, const QString &key)
{
    return numberCell(object.value(key));
}

// A member of a MinuteFigures object, e.g. ("waitMinutes", "mean").
Cell minutes(const QJsonObject &object, const QString &key, const QString &figure)
{
    return numberCell(object.value(key).toObject().value(figure));
}

QString hourText(const QJsonValue &hour)
{
    if (!hour.isDouble())
        return {};
    const int h = hour.toInt();
    return u"%1:00–%2:00"_s.arg(h, 2, 10, QChar(u'0')).arg(h + 1, 2, 10, QChar(u'0'));
}

// A day as the reader's locale writes it, always with the whole year.
QString dayText(const QDate &day)
{
    const QLocale locale;
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(u"yyyy"_s))
        format.replace(u"yy"_s, u"yyyy"_s);
    return locale.toString(day, format);
}

// The sum of a column's numbers; empty if none has one.
Cell columnSum(const QList<QList<Cell>> &rows, qsizetype column)
{
    std::optional<double> sum;
    for (const QList<Cell> &row : rows) {
        if (const auto &n = row.value(column).number)
            sum = sum.value_or(0) + *n;
    }
    return {sum, {}};
}

Cell ratio(const Cell &part, const Cell &whole)
{
    if (part.number && whole.number && *whole.number > 0)
        return {*part.number / *whole.number, {}};
    return {};
}

// Übersicht: a row of Figures. ZMS's Kundenstatistik first, in its order;
// "erschienen" is served, "nicht erschienen" the no-shows. ZMS counts
// "Dienstleistungen" per request of a visitor; a Tresen ticket is for one
// service, so it is the number served.
QList<Cell> figuresRow(const Cell &first, const QJsonObject &f)
{
    const QJsonObject walkIn = f.value(u"walkIn"_s).toObject();
    const QJsonObject appointment = f.value(u"appointment"_s).toObject();
    return {first,
            member(f, u"served"_s),
            member(f, u"noShow"_s),
            member(appointment, u"served"_s),
            member(appointment, u"noShow"_s),
            member(walkIn, u"served"_s),
            member(walkIn, u"noShow"_s),
            member(f, u"served"_s),
            member(f, u"issued"_s),
            member(f, u"cancelled"_s),
            member(f, u"open"_s),
            minutes(f, u"waitMinutes"_s, u"mean"_s),
            minutes(f, u"waitMinutes"_s, u"median"_s),
            minutes(f, u"waitMinutes"_s, u"p90"_s),
            minutes(f, u"waitMinutes"_s, u"max"_s),
            minutes(f, u"serviceMinutes"_s, u"mean"_s),
            minutes(f, u"serviceMinutes"_s, u"median"_s),
            member(f, u"serviceLevel"_s),
            minutes(f, u"estimateErrorMinutes"_s, u"mean"_s)};
}

Table overviewOf(const QJsonObject &period)
{
    Table table{StatisticsReport::tr("Overview"),
                {{StatisticsReport::tr("Date"), Kind::Date},
                 {StatisticsReport::tr("Visitors appeared"), Kind::Count},
                 {StatisticsReport::tr("Visitors not appeared"), Kind::Count},
                 {StatisticsReport::tr("Appointment visitors appeared"), Kind::Count},
                 {StatisticsReport::tr("Appointment visitors not appeared"), Kind::Count},
                 {StatisticsReport::tr("Walk-ins appeared"), Kind::Count},
                 {StatisticsReport::tr("Walk-ins not appeared"), Kind::Count},
                 {StatisticsReport::tr("Services"), Kind::Count},
                 {StatisticsReport::tr("Tickets issued"), Kind::Count},
                 {StatisticsReport::tr("Cancelled"), Kind::Count},
                 {StatisticsReport::tr("Open"), Kind::Count},
                 {StatisticsReport::tr("Mean wait (min)"), Kind::Minutes},
                 {StatisticsReport::tr("Median wait (min)"), Kind::Minutes},
                 {StatisticsReport::tr("90th percentile wait (min)"), Kind::Minutes},
                 {StatisticsReport::tr("Longest wait (min)"), Kind::Minutes},
                 {StatisticsReport::tr("Mean processing time (min)"), Kind::Minutes},
                 {StatisticsReport::tr("Median processing time (min)"), Kind::Minutes},
                 {StatisticsReport::tr("Service level"), Kind::Share},
                 {StatisticsReport::tr("Mean estimate error (min)"), Kind::Minutes}},
                {},
                true};
    for (const QJsonValue &group : period.value(u"groups"_s).toArray()) {
        const QJsonObject figures = group.toObject();
        table.rows.append(figuresRow(textCell(figures.value(u"key"_s).toString()), figures));
    }
    table.rows.append(
        figuresRow(textCell(StatisticsReport::tr("Total")), period.value(u"totals"_s).toObject()));
    return table;
}

Table byHourOf(const QJsonObject &period)
{
    Table table{StatisticsReport::tr("By hour"),
                {{StatisticsReport::tr("Hour"), Kind::Text},
                 {StatisticsReport::tr("Arrivals"), Kind::Count},
                 {StatisticsReport::tr("Served"), Kind::Count},
                 {StatisticsReport::tr("Share of arrivals"), Kind::Share}},
                {},
                true};
    for (const QJsonValue &each : period.value(u"byHour"_s).toArray()) {
        const QJsonObject hour = each.toObject();
        table.rows.append({textCell(hourText(hour.value(u"hour"_s))),
                           member(hour, u"arrivals"_s),
                           member(hour, u"served"_s),
                           {}});
    }
    const Cell arrivals = columnSum(table.rows, 1);
    for (QList<Cell> &row : table.rows)
        row[3] = ratio(row.at(1), arrivals);
    table.rows.append({textCell(StatisticsReport::tr("Total")), arrivals, columnSum(table.rows, 2),
                       ratio(arrivals, arrivals)});
    return table;
}

// ZMS's Dienstleistungsstatistik: the count (served) and the mean
// processing time, per service.
Table byServiceOf(const QJsonObject &period)
{
    Table table{StatisticsReport::tr("By service"),
                {{StatisticsReport::tr("Service"), Kind::Text},
                 {StatisticsReport::tr("Tickets issued"), Kind::Count},
                 {StatisticsReport::tr("Served"), Kind::Count},
                 {StatisticsReport::tr("Not appeared"), Kind::Count},
                 {StatisticsReport::tr("Share of served"), Kind::Share},
                 {StatisticsReport::tr("Mean processing time (min)"), Kind::Minutes},
                 {StatisticsReport::tr("Median processing time (min)"), Kind::Minutes},
                 {StatisticsReport::tr("Mean wait (min)"), Kind::Minutes},
                 {StatisticsReport::tr("Median wait (min)"), Kind::Minutes},
                 {StatisticsReport::tr("90th percentile wait (min)"), Kind::Minutes}},
                {},
                true};
    const auto row = [](const Cell &first, const QJsonObject &f) {
        return QList<Cell>{first,
                           member(f, u"issued"_s),
                           member(f, u"served"_s),
                           member(f, u"noShow"_s),
                           {},
                           minutes(f, u"serviceMinutes"_s, u"mean"_s),
                           minutes(f, u"serviceMinutes"_s, u"median"_s),
                           minutes(f, u"waitMinutes"_s, u"mean"_s),
                           minutes(f, u"waitMinutes"_s, u"median"_s),
                           minutes(f, u"waitMinutes"_s, u"p90"_s)};
    };
    for (const QJsonValue &each : period.value(u"byService"_s).toArray()) {
        const QJsonObject service = each.toObject();
        table.rows.append(row(textCell(service.value(u"name"_s).toString()), service));
    }
    // Shares of those served at a service, so that they add up to 100 %.
    const Cell served = columnSum(table.rows, 2);
    for (QList<Cell> &each : table.rows)
        each[4] = ratio(each.at(2), served);
    QList<Cell> total =
        row(textCell(StatisticsReport::tr("Total")), period.value(u"totals"_s).toObject());
    total[4] = ratio(served, served);
    table.rows.append(total);
    return table;
}

Table byCounterOf(const QJsonObject &period)
{
    Table table{StatisticsReport::tr("By counter"),
                {{StatisticsReport::tr("Counter"), Kind::Text},
                 {StatisticsReport::tr("Served"), Kind::Count},
                 {StatisticsReport::tr("Serving (min)"), Kind::Minutes},
                 {StatisticsReport::tr("Present (min)"), Kind::Minutes},
                 {StatisticsReport::tr("Utilisation"), Kind::Share}},
                {},
                true};
    for (const QJsonValue &each : period.value(u"byCounter"_s).toArray()) {
        const QJsonObject counter = each.toObject();
        table.rows.append({textCell(counter.value(u"name"_s).toString()),
                           member(counter, u"served"_s), member(counter, u"busyMinutes"_s),
                           member(counter, u"presentMinutes"_s),
                           member(counter, u"utilisation"_s)});
    }
    // Say why an office's counters are missing, so that nobody reads it as idle.
    for (const QJsonValue &office : period.value(u"offices"_s).toArray())
        if (!office[u"counterFigures"_s].toBool(true))
            table.rows.append({textCell(StatisticsReport::tr("%1: figures per counter are not "
                                                             "shown (staff agreement)")
                                            .arg(office[u"name"_s].toString())),
                               {},
                               {},
                               {},
                               {}});
    const Cell busy = columnSum(table.rows, 2);
    const Cell present = columnSum(table.rows, 3);
    table.rows.append({textCell(StatisticsReport::tr("Total")), columnSum(table.rows, 1), busy,
                       present, ratio(busy, present)});
    return table;
}

// ZMS's Wartestatistik: per hour, walk-ins and appointments apart.
Table waitsOf(const QJsonObject &period)
{
    Table table{
        StatisticsReport::tr("Waiting times"),
        {{StatisticsReport::tr("Hour"), Kind::Text},
         {StatisticsReport::tr("Walk-ins called"), Kind::Count},
         {StatisticsReport::tr("Walk-ins: mean wait (min)"), Kind::Minutes},
         {StatisticsReport::tr("Walk-ins: mean way to the counter (min)"), Kind::Minutes},
         {StatisticsReport::tr("Walk-ins: mean estimated wait (min)"), Kind::Minutes},
         {StatisticsReport::tr("Appointments called"), Kind::Count},
         {StatisticsReport::tr("Appointments: mean wait (min)"), Kind::Minutes},
         {StatisticsReport::tr("Appointments: mean way to the counter (min)"), Kind::Minutes},
         {StatisticsReport::tr("Appointments: mean estimated wait (min)"), Kind::Minutes}},
        {},
        true};
    for (const QJsonValue &each : period.value(u"byHour"_s).toArray()) {
        const QJsonObject hour = each.toObject();
        QList<Cell> row{textCell(hourText(hour.value(u"hour"_s)))};
        for (const QString &source : {u"walkIn"_s, u"appointment"_s}) {
            const QJsonObject flow = hour.value(source).toObject();
            row << member(flow, u"count"_s) << member(flow, u"meanWaitMinutes"_s)
                << member(flow, u"meanWalkMinutes"_s) << member(flow, u"meanEstimateMinutes"_s);
        }
        table.rows.append(row);
    }
    // The period's own count and mean wait (over the visitors, not of the
    // hours' means); the way and the estimate have no total in the answer.
    const QJsonObject totals = period.value(u"totals"_s).toObject();
    QList<Cell> total{textCell(StatisticsReport::tr("Total"))};
    for (const QString &source : {u"walkIn"_s, u"appointment"_s}) {
        const QJsonObject figures = totals.value(source).toObject();
        total << minutes(figures, u"waitMinutes"_s, u"count"_s)
              << minutes(figures, u"waitMinutes"_s, u"mean"_s) << Cell() << Cell();
    }
    table.rows.append(total);
    return table;
}

Tables tablesOf(const QJsonObject &period)
{
    Tables tables;
    const QDate from = QDate::fromString(period.value(u"from"_s).toString(), Qt::ISODate);
    const QDate to = QDate::fromString(period.value(u"to"_s).toString(), Qt::ISODate);
    tables.title = from.isValid() && to.isValid()
                       ? StatisticsReport::tr("Statistics %1 – %2").arg(dayText(from), dayText(to))
                       : StatisticsReport::tr("Statistics");
    QStringList names;
    QList<int> targets;
    for (const QJsonValue &each : period.value(u"offices"_s).toArray()) {
        const QJsonObject office = each.toObject();
        names.append(office.value(u"name"_s).toString());
        const QJsonValue target = office.value(u"waitTargetMinutes"_s);
        if (target.isDouble() && !targets.contains(target.toInt()))
            targets.append(target.toInt());
    }
    if (!names.isEmpty())
        tables.caption.append(StatisticsReport::tr("Offices: %1").arg(names.join(u", "_s)));
    if (targets.size() == 1)
        tables.caption.append(StatisticsReport::tr(
            "Service level: the share called within %n minutes.", nullptr, targets.first()));
    else if (targets.size() > 1)
        tables.caption.append(StatisticsReport::tr(
            "Service level: the share called within each office's wait target."));
    tables.overview = overviewOf(period);
    tables.byHour = byHourOf(period);
    tables.byService = byServiceOf(period);
    tables.byCounter = byCounterOf(period);
    tables.waits = waitsOf(period);
    return tables;
}

// ---------------------------------------------------------------------------
// CSV

// A number as a German spreadsheet reads it: decimal comma, no grouping.
QString csvNumber(double value, int decimals)
{
    return QString::number(value, 'f', decimals).replace(u'.', u',');
}

QString csvField(QString field, bool text)
{
    // A text a spreadsheet would take for a formula stays text.
    if (text && !field.isEmpty() && QStringView(u"=+-@\t\r").contains(field.front()))
        field.prepend(u'\'');
    const bool quote = field.contains(u';') || field.contains(u'"') || field.contains(u'\n') ||
                       field.contains(u'\r') ||
                       (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!quote)
        return field;
    return u'"' + field.replace(u'"', u"\"\""_s) + u'"';
}

QString csvCell(const Cell &cell, Kind kind)
{
    if (cell.number) {
        const double n = *cell.number;
        switch (kind) {
        case Kind::Share:
            return csvNumber(n * 100, 1);
        case Kind::Minutes:
            return csvNumber(n, 1);
        default:
            return n == std::round(n) ? QString::number(n, 'f', 0) : csvNumber(n, 1);
        }
    }
    // A day stays ISO 8601 ("2026-11-30"): spreadsheets read it as a date in
    // every locale.
    return csvField(cell.text,
                    kind != Kind::Date || !QDate::fromString(cell.text, Qt::ISODate).isValid());
}

QString csvLine(const QStringList &fields)
{
    return fields.join(u';') + u"\r\n"_s;
}

// ---------------------------------------------------------------------------
// XLSX

struct XlsxFormats
{
    explicit XlsxFormats(lxw_workbook *workbook)
    {
        title = workbook_add_format(workbook);
        format_set_bold(title);
        format_set_font_size(title, 14);
        header = workbook_add_format(workbook);
        format_set_bold(header);
        format_set_text_wrap(header);
        format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
        format_set_bottom(header, LXW_BORDER_THIN);
        for (int bold = 0; bold < 2; ++bold) {
            const auto make = [&](const char *numberFormat, int index) {
                lxw_format *format = workbook_add_format(workbook);
                if (bold) {
                    format_set_bold(format);
                    format_set_top(format, LXW_BORDER_THIN);
                }
                if (numberFormat)
                    format_set_num_format(format, numberFormat);
                else if (index > 0)
                    format_set_num_format_index(format, uint8_t(index));
                return format;
            };
            text[bold] = make(nullptr, 0);
            // 14: the reader's short date (dd.mm.yyyy in a German Excel).
            date[bold] = make(nullptr, 14);
            count[bold] = make("#,##0", 0);
            minutes[bold] = make("#,##0.0", 0);
            share[bold] = make("0.0%", 0);
        }
    }

    lxw_format *of(Kind kind, bool bold) const
    {
        switch (kind) {
        case Kind::Text:
            return text[bold];
        case Kind::Date:
            return date[bold];
        case Kind::Count:
            return count[bold];
        case Kind::Minutes:
            return minutes[bold];
        case Kind::Share:
            return share[bold];
        }
        return text[bold];
    }

    lxw_format *title = nullptr;
    lxw_format *header = nullptr;
    lxw_format *text[2] = {};
    lxw_format *date[2] = {};
    lxw_format *count[2] = {};
    lxw_format *minutes[2] = {};
    lxw_format *share[2] = {};
};

// A sheet name Excel accepts: at most 31 letters, none of []:*?/\ .
QByteArray sheetName(QString name)
{
    static const QString refused = u"[]:*?/\\"_s;
    name.removeIf([](QChar c) { return refused.contains(c); });
    return name.left(31).toUtf8();
}

// How wide a cell's content is, in characters (Excel's column unit).
int widthOf(const Cell &cell, Kind kind)
{
    if (!cell.number)
        return int(cell.text.size());
    const int digits = int(std::log10(std::max(1.0, std::abs(*cell.number)))) + 1;
    switch (kind) {
    case Kind::Share:
        return 6;
    case Kind::Minutes:
        return digits + 3;
    case Kind::Date:
        return 10;
    default:
        return digits + digits / 3;
    }
}

QString writeSheet(lxw_workbook *workbook, const XlsxFormats &formats, const Table &table,
                   const QStringList &captionLines)
{
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, sheetName(table.name).constData());
    if (!sheet)
        return u"the sheet \"%1\" could not be added"_s.arg(table.name);
    lxw_row_t row = 0;
    for (qsizetype i = 0; i < captionLines.size(); ++i)
        worksheet_write_string(sheet, row++, 0, captionLines.at(i).toUtf8().constData(),
                               i == 0 ? formats.title : nullptr);
    if (row > 0)
        ++row; // a blank line above the table
    const lxw_row_t headerRow = row;

    // Widths: the widest content, a header wraps beyond that onto more lines.
    int headerLines = 1;
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        const Column &column = table.columns.at(c);
        int content = column.kind == Kind::Date ? 10 : 4;
        for (const QList<Cell> &cells : table.rows)
            content = std::max(content, widthOf(cells.value(c), column.kind));
        qsizetype longestWord = 0;
        for (const QString &word : column.header.split(u' '))
            longestWord = std::max(longestWord, word.size());
        const int width = std::clamp(
            std::max({content + 2, int(longestWord) + 2, column.kind == Kind::Text ? 0 : 12}), 8,
            60);
        headerLines = std::max(headerLines, int(column.header.size()) / width + 1);
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), width, nullptr);
        worksheet_write_string(sheet, headerRow, lxw_col_t(c), column.header.toUtf8().constData(),
                               formats.header);
    }
    worksheet_set_row(sheet, headerRow, 15.0 * std::min(headerLines + 1, 5), nullptr);
    worksheet_freeze_panes(sheet, headerRow + 1, 1);

    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const lxw_row_t at = headerRow + 1 + lxw_row_t(r);
        const bool total = table.lastRowIsTotal && r == table.rows.size() - 1;
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            const Kind kind = table.columns.at(c).kind;
            const Cell cell = table.rows.at(r).value(c);
            const auto col = lxw_col_t(c);
            if (cell.number) {
                worksheet_write_number(sheet, at, col, *cell.number, formats.of(kind, total));
            } else if (const QDate day = QDate::fromString(cell.text, Qt::ISODate);
                       kind == Kind::Date && day.isValid()) {
                lxw_datetime value{day.year(), day.month(), day.day(), 0, 0, 0};
                worksheet_write_datetime(sheet, at, col, &value, formats.of(kind, total));
            } else if (!cell.text.isEmpty()) {
                worksheet_write_string(sheet, at, col, cell.text.toUtf8().constData(),
                                       formats.of(Kind::Text, total));
            } else {
                worksheet_write_blank(sheet, at, col, formats.of(kind, total));
            }
        }
    }
    return {};
}

// ---------------------------------------------------------------------------
// PDF

constexpr double kGap = 8;

struct Rgb
{
    double r, g, b;
};
constexpr Rgb kBlue{0.18, 0.42, 0.69};
constexpr Rgb kOrange{0.93, 0.55, 0.17};
constexpr Rgb kGreen{0.30, 0.62, 0.35};

struct Series
{
    QString name;
    QList<std::optional<double>> values;
    Rgb colour;
};

QString pdfCell(const Cell &cell, Kind kind)
{
    const QLocale locale;
    if (!cell.number) {
        if (kind == Kind::Date) {
            const QDate day = QDate::fromString(cell.text, Qt::ISODate);
            if (day.isValid())
                return dayText(day);
        }
        return cell.text.isEmpty() ? u"–"_s : cell.text;
    }
    const double n = *cell.number;
    switch (kind) {
    case Kind::Share:
        return locale.toString(n * 100, 'f', 0) + u" %"_s;
    case Kind::Minutes:
        return locale.toString(n, 'f', 1);
    default:
        return locale.toString(n, 'f', n == std::round(n) ? 0 : 1);
    }
}

// A round step for an axis up to `max`, about four steps high.
double axisStep(double max)
{
    const double raw = max / 4;
    const double magnitude = std::pow(10, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 5.0}) {
        if (factor * magnitude >= raw)
            return factor * magnitude;
    }
    return 10 * magnitude;
}

// A column of a table in the PDF: its index in the table, and a shorter
// header where a group above says the rest.
struct PdfColumn
{
    PdfColumn(int index, QString header = {})
        : index(index)
        , header(std::move(header))
    {}

    int index;
    QString header;
};

// A header over several columns: the first and how many.
struct HeaderGroup
{
    QString title;
    int first = 0;
    int span = 1;
};

class StatisticsPages : public pdf::Pages
{
public:
    StatisticsPages(cairo_t *cr, const QJsonObject &period, const Tables &tables, int pageCount)
        : Pages(cr, StatisticsReport::tr("Page %1 of %2"), pageCount)
        , m_period(period)
        , m_tables(tables)
        , m_body(pdf::font("9.5"))
        , m_small(pdf::font("6.5"))
        , m_smallBold(pdf::font("Bold 6.5"))
        , m_title(pdf::font("Bold 16"))
        , m_heading(pdf::font("Bold 12"))
        , m_tileValue(pdf::font("Bold 15"))
    {}

    int draw()
    {
        paragraph(m_tables.title, m_title.get());
        m_y += 6;
        for (const QString &line : m_tables.caption) {
            paragraph(line, m_body.get());
            m_y += 2;
        }
        headline();
        hourChart();
        dayChart();
        waitChart();
        table(m_tables.byService, {{0}, {1}, {2}, {3}, {4}, {5}, {7}, {9}});
        table(m_tables.byCounter, {{0}, {1}, {2}, {3}, {4}});
        const QString called = StatisticsReport::tr("Called");
        const QString wait = StatisticsReport::tr("Mean wait (min)");
        const QString way = StatisticsReport::tr("Mean way to the counter (min)");
        const QString estimate = StatisticsReport::tr("Mean estimated wait (min)");
        table(m_tables.waits,
              {{0},
               {1, called},
               {2, wait},
               {3, way},
               {4, estimate},
               {5, called},
               {6, wait},
               {7, way},
               {8, estimate}},
              {{StatisticsReport::tr("Walk-ins"), 1, 4},
               {StatisticsReport::tr("Appointments"), 5, 4}});
        // The days: ZMS's Kundenstatistik, the mean wait and the service level.
        const QString appeared = StatisticsReport::tr("Appeared");
        const QString notAppeared = StatisticsReport::tr("Not appeared");
        table(m_tables.overview,
              {{0},
               {1, appeared},
               {2, notAppeared},
               {3, appeared},
               {4, notAppeared},
               {5, appeared},
               {6, notAppeared},
               {11},
               {17}},
              {{StatisticsReport::tr("Visitors"), 1, 2},
               {StatisticsReport::tr("Appointment visitors"), 3, 2},
               {StatisticsReport::tr("Walk-ins"), 5, 2}});
        return finish();
    }

private:
    void paragraph(const QString &text, const PangoFontDescription *font)
    {
        pdf::Layout made = layout(text, font, pdf::kBodyWidth);
        show(made.get(), pdf::kMargin);
    }

    static double widthOf(PangoLayout *text)
    {
        int width = 0;
        pango_layout_get_size(text, &width, nullptr);
        return pango_units_to_double(width);
    }

    double widthOf(const QString &text, const PangoFontDescription *font) const
    {
        pdf::Layout made = layout(text, font, -1);
        return widthOf(made.get());
    }

    double heightOf(PangoLayout *text) const
    {
        int height = 0;
        pango_layout_get_size(text, nullptr, &height);
        return pango_units_to_double(height);
    }

    // A heading that stays with `following` points below it.
    void heading(const QString &text, double following)
    {
        m_y += 14;
        pdf::Layout made = layout(text, m_heading.get(), pdf::kBodyWidth);
        room(heightOf(made.get()) + 4 + following);
        show(made.get(), pdf::kMargin);
        m_y += 4;
    }

    void setColour(const Rgb &c) { cairo_set_source_rgb(m_cr, c.r, c.g, c.b); }

    // `text` with its top left (or right, or centre) at x, y.
    void text(const QString &text, const PangoFontDescription *font, double x, double y,
              PangoAlignment align = PANGO_ALIGN_LEFT, double width = -1)
    {
        pdf::Layout made = layout(text, font, width);
        if (width >= 0)
            pango_layout_set_alignment(made.get(), align);
        cairo_move_to(m_cr, x, y);
        pango_cairo_show_layout(m_cr, made.get());
    }

    // The period's figures as tiles, then walk-ins and appointments in words.
    void headline()
    {
        const QJsonObject totals = m_period.value(u"totals"_s).toObject();
        const QList<std::pair<QString, QString>> tiles{
            {StatisticsReport::tr("Visitors appeared"),
             pdfCell(member(totals, u"served"_s), Kind::Count)},
            {StatisticsReport::tr("Visitors not appeared"),
             pdfCell(member(totals, u"noShow"_s), Kind::Count)},
            {StatisticsReport::tr("Tickets issued"),
             pdfCell(member(totals, u"issued"_s), Kind::Count)},
            {StatisticsReport::tr("Service level"),
             pdfCell(member(totals, u"serviceLevel"_s), Kind::Share)},
            {StatisticsReport::tr("Mean wait (min)"),
             pdfCell(minutes(totals, u"waitMinutes"_s, u"mean"_s), Kind::Minutes)},
            {StatisticsReport::tr("Median wait (min)"),
             pdfCell(minutes(totals, u"waitMinutes"_s, u"median"_s), Kind::Minutes)},
            {StatisticsReport::tr("90th percentile wait (min)"),
             pdfCell(minutes(totals, u"waitMinutes"_s, u"p90"_s), Kind::Minutes)},
            {StatisticsReport::tr("Mean processing time (min)"),
             pdfCell(minutes(totals, u"serviceMinutes"_s, u"mean"_s), Kind::Minutes)}};
        constexpr int kPerRow = 4;
        constexpr double kTileHeight = 52;
        const double width = (pdf::kBodyWidth - (kPerRow - 1) * kGap) / kPerRow;
        heading(StatisticsReport::tr("Key figures"), kTileHeight);
        for (qsizetype i = 0; i < tiles.size(); i += kPerRow) {
            room(kTileHeight);
            for (qsizetype j = i; j < std::min(i + kPerRow, tiles.size()); ++j) {
                const double x = pdf::kMargin + double(j - i) * (width + kGap);
                cairo_set_source_rgb(m_cr, 0.94, 0.95, 0.97);
                cairo_rectangle(m_cr, x, m_y, width, kTileHeight - kGap);
                cairo_fill(m_cr);
                setColour(kBlue);
                text(tiles.at(j).second, m_tileValue.get(), x + 6, m_y + 4);
                cairo_set_source_rgb(m_cr, 0.3, 0.3, 0.3);
                text(tiles.at(j).first, m_small.get(), x + 6, m_y + 24, PANGO_ALIGN_LEFT,
                     width - 12);
            }
            m_y += kTileHeight;
        }
        cairo_set_source_rgb(m_cr, 0, 0, 0);
        const QJsonObject walkIn = totals.value(u"walkIn"_s).toObject();
        const QJsonObject appointment = totals.value(u"appointment"_s).toObject();
        const auto count = [](const QJsonObject &o, const QString &key) {
            return pdfCell(member(o, key), Kind::Count);
        };
        paragraph(StatisticsReport::tr(
                      "Walk-ins: %1 appeared, %2 not appeared. Appointments: %3 appeared, %4 "
                      "not appeared. Cancelled: %5. Open: %6.")
                      .arg(count(walkIn, u"served"_s), count(walkIn, u"noShow"_s),
                           count(appointment, u"served"_s), count(appointment, u"noShow"_s),
                           count(totals, u"cancelled"_s), count(totals, u"open"_s)),
                  m_body.get());
    }

    // The hours of byHour, from the first to the last, gaps filled.
    QList<int> hours() const
    {
        QList<int> present;
        for (const QJsonValue &each : m_period.value(u"byHour"_s).toArray()) {
            const QJsonValue hour = each.toObject().value(u"hour"_s);
            if (hour.isDouble() && hour.toInt() >= 0 && hour.toInt() < 24)
                present.append(hour.toInt());
        }
        if (present.isEmpty())
            return {};
        QList<int> all;
        const auto [first, last] = std::minmax_element(present.begin(), present.end());
        for (int h = *first; h <= *last; ++h)
            all.append(h);
        return all;
    }

    // A value of byHour's entry for `hour`, e.g. {"arrivals"} or {"walkIn", "meanWaitMinutes"}.
    std::optional<double> hourValue(int hour, const QStringList &path) const
    {
        for (const QJsonValue &each : m_period.value(u"byHour"_s).toArray()) {
            QJsonObject object = each.toObject();
            if (!object.value(u"hour"_s).isDouble() || object.value(u"hour"_s).toInt() != hour)
                continue;
            for (qsizetype i = 0; i + 1 < path.size(); ++i)
                object = object.value(path.at(i)).toObject();
            return numberCell(object.value(path.last())).number;
        }
        return std::nullopt;
    }

    void hourChart()
    {
        const QList<int> all = hours();
        QStringList labels;
        Series arrivals{StatisticsReport::tr("Arrivals"), {}, kBlue};
        Series served{StatisticsReport::tr("Served"), {}, kGreen};
        for (int h : all) {
            labels.append(QString::number(h));
            arrivals.values.append(hourValue(h, {u"arrivals"_s}).value_or(0));
            served.values.append(hourValue(h, {u"served"_s}).value_or(0));
        }
        barChart(StatisticsReport::tr("Arrivals and served per hour"), labels, {arrivals, served},
                 false, StatisticsReport::tr("Hour of the day"));
    }

    void waitChart()
    {
        const QList<int> all = hours();
        QStringList labels;
        Series walkIns{StatisticsReport::tr("Walk-ins"), {}, kOrange};
        Series appointments{StatisticsReport::tr("Appointments"), {}, kBlue};
        for (int h : all) {
            labels.append(QString::number(h));
            walkIns.values.append(hourValue(h, {u"walkIn"_s, u"meanWaitMinutes"_s}));
            appointments.values.append(hourValue(h, {u"appointment"_s, u"meanWaitMinutes"_s}));
        }
        barChart(StatisticsReport::tr("Mean wait per hour (min)"), labels, {walkIns, appointments},
                 false, StatisticsReport::tr("Hour of the day"));
    }

    void dayChart()
    {
        QStringList labels;
        Series appeared{StatisticsReport::tr("Appeared"), {}, kGreen};
        Series notAppeared{StatisticsReport::tr("Not appeared"), {}, kOrange};
        for (const QJsonValue &each : m_period.value(u"groups"_s).toArray()) {
            const QJsonObject group = each.toObject();
            const QString key = group.value(u"key"_s).toString();
            const QDate day = QDate::fromString(key, Qt::ISODate);
            //: A day on a chart's axis, as QDate::toString writes it; German "dd.MM."
            labels.append(day.isValid() ? day.toString(StatisticsReport::tr("MM/dd")) : key);
            appeared.values.append(member(group, u"served"_s).number);
            notAppeared.values.append(member(group, u"noShow"_s).number);
        }
        barChart(StatisticsReport::tr("Visitors per day"), labels, {appeared, notAppeared}, true,
                 {});
    }

    // Bars per category, the series beside each other or stacked; an axis
    // with round steps, labels thinned to fit, a legend below.
    void barChart(const QString &title, const QStringList &labels, const QList<Series> &series,
                  bool stacked, const QString &axisTitle)
    {
        constexpr double kPlotHeight = 140;
        constexpr double kAxisWidth = 30;
        const double labelLine = lineHeight(m_small.get());
        heading(title, kPlotHeight + 3 * labelLine + 12);
        if (labels.isEmpty()) {
            paragraph(StatisticsReport::tr("No visitors in this period."), m_body.get());
            return;
        }
        double max = 0;
        for (qsizetype i = 0; i < labels.size(); ++i) {
            double sum = 0;
            for (const Series &s : series) {
                const double v = std::max(0.0, s.values.value(i).value_or(0));
                sum += v;
                max = std::max(max, stacked ? sum : v);
            }
        }
        const double step = max > 0 ? axisStep(max) : 1;
        const double top = std::max(step, std::ceil(max / step) * step);
        const double left = pdf::kMargin + kAxisWidth;
        const double width = pdf::kBodyWidth - kAxisWidth;
        const double plotTop = m_y + 4;
        const double plotBottom = plotTop + kPlotHeight;
        const auto yOf = [&](double v) { return plotBottom - v / top * kPlotHeight; };

        // Grid and axis labels.
        cairo_set_line_width(m_cr, 0.4);
        for (double v = 0; v <= top + step / 2; v += step) {
            cairo_set_source_rgb(m_cr, 0.85, 0.85, 0.85);
            cairo_move_to(m_cr, left, yOf(v));
            cairo_line_to(m_cr, left + width, yOf(v));
            cairo_stroke(m_cr);
            cairo_set_source_rgb(m_cr, 0.3, 0.3, 0.3);
            text(QLocale().toString(v, 'f', step < 1 ? 1 : 0), m_small.get(), pdf::kMargin,
                 yOf(v) - labelLine / 2, PANGO_ALIGN_RIGHT, kAxisWidth - 4);
        }

        // Bars.
        const double slot = width / double(labels.size());
        const double group = slot * 0.8;
        const double bar = stacked ? group : group / double(series.size());
        for (qsizetype i = 0; i < labels.size(); ++i) {
            double base = 0;
            for (qsizetype s = 0; s < series.size(); ++s) {
                const std::optional<double> v = series.at(s).values.value(i);
                if (!v || *v <= 0)
                    continue;
                const double x =
                    left + double(i) * slot + (slot - group) / 2 + (stacked ? 0 : double(s) * bar);
                setColour(series.at(s).colour);
                cairo_rectangle(m_cr, x, yOf(base + *v), std::max(bar - 0.6, 0.4),
                                yOf(base) - yOf(base + *v));
                cairo_fill(m_cr);
                if (stacked)
                    base += *v;
            }
        }

        // Category labels under their bars, each where it does not touch the
        // one before (a year of days: about every tenth).
        cairo_set_source_rgb(m_cr, 0.3, 0.3, 0.3);
        double free = left;
        for (qsizetype i = 0; i < labels.size(); ++i) {
            pdf::Layout made = layout(labels.at(i), m_small.get(), -1);
            const double w = widthOf(made.get());
            const double x = left + (double(i) + 0.5) * slot - w / 2;
            if (x < free)
                continue;
            cairo_move_to(m_cr, x, plotBottom + 2);
            pango_cairo_show_layout(m_cr, made.get());
            free = x + w + 6;
        }
        cairo_set_source_rgb(m_cr, 0, 0, 0);
        cairo_move_to(m_cr, left, plotBottom);
        cairo_line_to(m_cr, left + width, plotBottom);
        cairo_stroke(m_cr);
        m_y = plotBottom + labelLine + 4;

        // Legend, and what the axis counts.
        double x = left;
        for (const Series &s : series) {
            setColour(s.colour);
            cairo_rectangle(m_cr, x, m_y + 2, 8, 8);
            cairo_fill(m_cr);
            cairo_set_source_rgb(m_cr, 0, 0, 0);
            pdf::Layout made = layout(s.name, m_small.get(), -1);
            int w = 0;
            pango_layout_get_size(made.get(), &w, nullptr);
            cairo_move_to(m_cr, x + 11, m_y);
            pango_cairo_show_layout(m_cr, made.get());
            x += 11 + pango_units_to_double(w) + 14;
        }
        if (!axisTitle.isEmpty()) {
            cairo_set_source_rgb(m_cr, 0.3, 0.3, 0.3);
            text(axisTitle, m_small.get(), left, m_y, PANGO_ALIGN_RIGHT, width);
            cairo_set_source_rgb(m_cr, 0, 0, 0);
        }
        m_y += labelLine + 4;
    }

    // Some columns of a table, each as wide as its content and its header's
    // longest word, the rest of the width shared out; a header may sit in a
    // group ("Walk-ins" over four columns). The header again on each page
    // the table continues on.
    void table(const Table &table, const QList<PdfColumn> &columns,
               const QList<HeaderGroup> &groups = {})
    {
        constexpr double kPad = 3;
        QStringList headers;
        QList<Kind> kinds;
        for (const PdfColumn &column : columns) {
            headers.append(column.header.isEmpty() ? table.columns.at(column.index).header
                                                   : column.header);
            kinds.append(table.columns.at(column.index).kind);
        }
        QList<QStringList> texts;
        for (const QList<Cell> &row : table.rows) {
            QStringList line;
            for (const PdfColumn &column : columns)
                line.append(pdfCell(row.value(column.index), kinds.at(line.size())));
            texts.append(line);
        }

        // The widths. Each column wants its content and its header's longest
        // word; short of room, names wrap first (down to their longest word),
        // then header words break; a number or a day never wraps.
        QList<double> least; // a number's content, a name's longest word
        QList<double> wants;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            double word = 0;
            for (const QString &each : headers.at(c).split(u' '))
                word = std::max(word, widthOf(each, m_smallBold.get()));
            double content = 0;
            double contentWord = 0;
            for (const QStringList &line : texts) {
                content = std::max(content, widthOf(line.at(c), m_smallBold.get()));
                if (kinds.at(c) == Kind::Text) {
                    for (const QString &each : line.at(c).split(u' '))
                        contentWord = std::max(contentWord, widthOf(each, m_smallBold.get()));
                }
            }
            if (kinds.at(c) == Kind::Text) {
                least.append(std::max(word, contentWord) + 2 * kPad);
                wants.append(std::max(word, std::min(content, 0.3 * pdf::kBodyWidth)) + 2 * kPad);
            } else {
                least.append(content + 2 * kPad);
                wants.append(std::max(word, content) + 2 * kPad);
            }
        }
        double leastSum = 0;
        double wantSum = 0;
        double textLeast = 0;
        double textWant = 0;
        for (qsizetype c = 0; c < wants.size(); ++c) {
            leastSum += least.at(c);
            wantSum += wants.at(c);
            if (kinds.at(c) == Kind::Text) {
                textLeast += least.at(c);
                textWant += wants.at(c);
            }
        }
        const double room = pdf::kBodyWidth;
        QList<double> xs{pdf::kMargin};
        for (qsizetype c = 0; c < wants.size(); ++c) {
            const bool isText = kinds.at(c) == Kind::Text;
            double width = wants.at(c) + (room - wantSum) / double(wants.size());
            if (wantSum > room && wantSum - textWant + textLeast <= room) {
                // The names wrap.
                width = !isText ? wants.at(c)
                                : least.at(c) + (wants.at(c) - least.at(c)) *
                                                    (room - (wantSum - textWant + textLeast)) /
                                                    std::max(1.0, textWant - textLeast);
            } else if (wantSum > room) {
                // And the headers too.
                const double headerWant = wantSum - textWant + textLeast;
                width = isText ? least.at(c)
                               : least.at(c) + (wants.at(c) - least.at(c)) *
                                                   std::max(0.0, room - leastSum) /
                                                   std::max(1.0, headerWant - leastSum);
            }
            xs.append(xs.last() + width);
        }

        // A row's cells laid out, and how high the row is.
        const auto layoutRow = [&](const QStringList &cells, const PangoFontDescription *font,
                                   bool header) {
            std::vector<pdf::Layout> laid;
            double height = 0;
            for (qsizetype c = 0; c < cells.size(); ++c) {
                pdf::Layout made = layout(cells.at(c), font, xs.at(c + 1) - xs.at(c) - 2 * kPad);
                const bool number = kinds.at(c) != Kind::Text && kinds.at(c) != Kind::Date;
                pango_layout_set_alignment(made.get(), number && (!header || c > 0)
                                                           ? PANGO_ALIGN_RIGHT
                                                           : PANGO_ALIGN_LEFT);
                height = std::max(height, heightOf(made.get()));
                laid.push_back(std::move(made));
            }
            return std::pair{std::move(laid), height + 2 * kPad};
        };
        const auto drawRow = [&](const std::vector<pdf::Layout> &cells, double height,
                                 bool shaded) {
            if (shaded) {
                cairo_set_source_rgb(m_cr, 0.95, 0.96, 0.97);
                cairo_rectangle(m_cr, pdf::kMargin, m_y, pdf::kBodyWidth, height);
                cairo_fill(m_cr);
                cairo_set_source_rgb(m_cr, 0, 0, 0);
            }
            for (size_t c = 0; c < cells.size(); ++c) {
                cairo_move_to(m_cr, xs.at(qsizetype(c)) + kPad, m_y + kPad);
                pango_cairo_show_layout(m_cr, cells.at(c).get());
            }
            m_y += height;
        };
        const auto rule = [&](double from, double to, double width) {
            cairo_set_line_width(m_cr, width);
            cairo_move_to(m_cr, from, m_y);
            cairo_line_to(m_cr, to, m_y);
            cairo_stroke(m_cr);
        };

        auto [headerCells, headerHeight] = layoutRow(headers, m_smallBold.get(), true);
        double groupHeight = 0;
        for (const HeaderGroup &group : groups) {
            pdf::Layout made =
                layout(group.title, m_smallBold.get(),
                       xs.at(group.first + group.span) - xs.at(group.first) - 2 * kPad);
            groupHeight = std::max(groupHeight, heightOf(made.get()) + 2 * kPad);
        }
        const auto header = [&] {
            for (const HeaderGroup &group : groups) {
                const double from = xs.at(group.first) + kPad;
                const double to = xs.at(group.first + group.span) - kPad;
                text(group.title, m_smallBold.get(), from, m_y + kPad, PANGO_ALIGN_CENTER,
                     to - from);
                m_y += groupHeight - kPad;
                rule(from, to, 0.4);
                m_y -= groupHeight - kPad;
            }
            m_y += groupHeight;
            drawRow(headerCells, headerHeight, false);
            rule(pdf::kMargin, pdf::kMargin + pdf::kBodyWidth, 0.6);
        };
        heading(table.name, groupHeight + headerHeight + 3 * lineHeight(m_small.get()));
        header();
        for (qsizetype r = 0; r < texts.size(); ++r) {
            const bool total = table.lastRowIsTotal && r == texts.size() - 1;
            auto [cells, height] =
                layoutRow(texts.at(r), total ? m_smallBold.get() : m_small.get(), false);
            if (m_y + height > pdf::kBottom) {
                nextPage();
                header();
            }
            if (total)
                rule(pdf::kMargin, pdf::kMargin + pdf::kBodyWidth, 0.6);
            drawRow(cells, height, !total && r % 2 == 1);
        }
    }

    const QJsonObject &m_period;
    const Tables &m_tables;
    pdf::Font m_body;
    pdf::Font m_small;
    pdf::Font m_smallBold;
    pdf::Font m_title;
    pdf::Font m_heading;
    pdf::Font m_tileValue;
};
} // namespace

QByteArray statisticsCsv(const QJsonObject &period)
{
    // One file with every table of the workbook, each under its name and
    // apart by a blank line: a single table could not hold days, hours,
    // services and counters without columns empty in most rows, and a reader
    // who wants one table copies its block.
    const Tables tables = tablesOf(period);
    QString csv = QChar(0xFEFF) + csvLine({csvField(tables.title, true)});
    for (const QString &line : tables.caption)
        csv += csvLine({csvField(line, true)});
    for (const Table *table : tables.all()) {
        csv += u"\r\n"_s + csvLine({csvField(table->name, true)});
        QStringList headers;
        for (const Column &column : table->columns)
            headers.append(csvField(
                column.kind == Kind::Share ? column.header + u" (%)"_s : column.header, true));
        csv += csvLine(headers);
        for (const QList<Cell> &row : table->rows) {
            QStringList fields;
            for (qsizetype c = 0; c < table->columns.size(); ++c)
                fields.append(csvCell(row.value(c), table->columns.at(c).kind));
            csv += csvLine(fields);
        }
    }
    return csv.toUtf8();
}

QByteArray statisticsXlsx(const QJsonObject &period, QString *error)
{
    const auto fail = [error](const QString &reason) {
        if (error)
            *error = u"The statistics workbook could not be written: "_s + reason;
        return QByteArray();
    };
    const Tables tables = tablesOf(period);
    // libxlsxwriter writes a file (and its own temporary files): both go to a
    // directory of our own that is removed when done.
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(dir.errorString());
    const QString path = dir.filePath(u"statistik.xlsx"_s);
    const QByteArray fileName = QFile::encodeName(path);
    QByteArray tmpdir = QFile::encodeName(dir.path());
    lxw_workbook_options options{};
    options.tmpdir = tmpdir.data();
    lxw_workbook *workbook = workbook_new_opt(fileName.constData(), &options);
    if (!workbook)
        return fail(u"libxlsxwriter could not start a workbook"_s);
    const XlsxFormats formats(workbook);
    QString problem;
    for (const Table *table : tables.all()) {
        QStringList caption;
        if (table == &tables.overview)
            caption = QStringList{tables.title} + tables.caption;
        problem = writeSheet(workbook, formats, *table, caption);
        if (!problem.isEmpty())
            break;
    }
    QByteArray title = tables.title.toUtf8();
    QByteArray creator = QByteArrayLiteral("Tresen");
    lxw_doc_properties properties{};
    properties.title = title.data();
    properties.author = creator.data();
    workbook_set_properties(workbook, &properties);
    const lxw_error closed = workbook_close(workbook); // and frees it
    if (!problem.isEmpty())
        return fail(problem);
    if (closed != LXW_NO_ERROR)
        return fail(QString::fromUtf8(lxw_strerror(closed)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    return file.readAll();
}

QByteArray statisticsPdf(const QJsonObject &period)
{
    const Tables tables = tablesOf(period);
    return pdf::render(tables.title, [&](cairo_t *cr, int pageCount) {
        return StatisticsPages(cr, period, tables, pageCount).draw();
    });
}
