#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// The statistics report (GET /api/v1/statistics/report): a period's figures,
// the answer of GET /api/v1/statistics with groupBy=day, as a file a city
// files. All three formats carry the same tables, built once from the answer:
//   Übersicht         per day and in total, with ZMS's Kundenstatistik columns
//                     (Kunden erschienen / nicht erschienen, Termin- and
//                     Spontankunden apart, Dienstleistungen) beside the waits;
//   Je Stunde         arrivals and served per hour of the day;
//   Je Dienstleistung ZMS's Dienstleistungsstatistik: count and mean
//                     processing time per service, with the waits;
//   Je Schalter       served, busy and present minutes, utilisation;
//   Wartezeiten       ZMS's Wartestatistik: per hour, walk-ins and
//                     appointments apart, the count, the mean real wait, the
//                     mean way to the counter and the mean estimated wait.
// Headers are English in the source and German through the translations, as
// every text the server writes for people. A member that is missing or null
// (an empty period, a mean of nobody) leaves its cell empty: never a crash,
// never a made-up zero.
QByteArray statisticsCsv(const QJsonObject &period);

// The workbook as .xlsx bytes (libxlsxwriter): one sheet per table above,
// numbers as number cells (minutes with one decimal, shares as percent, days
// as dates), bold frozen headers. Empty with `error` set if it could not be
// written.
QByteArray statisticsXlsx(const QJsonObject &period, QString *error);

// An A4 report: the offices and the period, the headline figures, bar charts
// (arrivals and served per hour, visitors per day, the waits per hour) drawn
// with Cairo, then the tables. Needs no display.
QByteArray statisticsPdf(const QJsonObject &period);
