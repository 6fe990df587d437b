// tresen-sim: whole days at an office, played with the dispatcher the server
// runs, to compare its policies. The command line is part of the contract:
//
//   tresen-sim --scenario FILE --policy fifo|zms|tresen [--days N] [--seed S] [--json]
//   tresen-sim --scenario FILE --compare [--days N] [--seed S]
//   tresen-sim --from-database URL --office ID --from DATE --to DATE [--weekday 1-7]
//              [--write-scenario FILE] (then --policy ... or --compare as above)
//   tresen-sim ... --advise-staffing SHARE (the fewest counters per hour for
//              SHARE, e.g. 0.8, called within the scenario's target)
//
// Exit code 2 for a scenario or an option it cannot use, with the reason.

#include "core/simulation/simulation.h"
#include "core/simulation/staffing.h"
#include "server/repositories/directoryrepository.h"
#include "server/repositories/officescenario.h"
#include "server/repositories/statisticsrepository.h"
#include "server/storage/changelog.h"
#include "server/storage/database.h"
#include "server/storage/databaseurl.h"
#include "server/storage/migrations.h"
#include "translator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>
#include <QTime>

#include <functional>

using namespace Qt::StringLiterals;

// The program's texts, for translation.
class TresenSim
{
    Q_DECLARE_TR_FUNCTIONS(TresenSim)
};

namespace {

// One row per measure, one column per policy.
void printComparison(QTextStream &out, const Scenario &scenario,
                     const QList<SimulationResult> &results)
{
    const QLocale locale; // 8,4 in German
    const auto minutes = [&locale](double value) { return locale.toString(value, 'f', 1); };
    const auto share = [&locale](double value) {
        return locale.toString(value * 100.0, 'f', 0) + u" %"_s;
    };
    struct Row
    {
        QString label;
        std::function<QString(const SimulationResult &)> value;
    };
    const QList<Row> rows{
        {TresenSim::tr("visitors"), [&](const auto &r) { return locale.toString(r.visitors); }},
        {TresenSim::tr("served"), [&](const auto &r) { return locale.toString(r.served); }},
        {TresenSim::tr("no-shows"), [&](const auto &r) { return locale.toString(r.noShows); }},
        {TresenSim::tr("mean wait (min)"),
         [&](const auto &r) { return minutes(r.meanWaitMinutes); }},
        {TresenSim::tr("median wait (min)"),
         [&](const auto &r) { return minutes(r.medianWaitMinutes); }},
        {TresenSim::tr("p90 wait (min)"), [&](const auto &r) { return minutes(r.p90WaitMinutes); }},
        {TresenSim::tr("p95 wait (min)"), [&](const auto &r) { return minutes(r.p95WaitMinutes); }},
        {TresenSim::tr("longest wait (min)"),
         [&](const auto &r) { return minutes(r.maxWaitMinutes); }},
        {TresenSim::tr("called within %1 min").arg(scenario.serviceLevelTargetMinutes),
         [&](const auto &r) { return share(r.serviceLevel); }},
        {TresenSim::tr("appointments late, p90 (min)"),
         [&](const auto &r) { return minutes(r.appointmentLatenessP90Minutes); }},
        {TresenSim::tr("estimate error, median (min)"),
         [&](const auto &r) { return minutes(r.estimateMedianAbsErrorMinutes); }},
        {TresenSim::tr("ZMS formula's error, median (min)"),
         [&](const auto &r) { return minutes(r.zmsEstimateMedianAbsErrorMinutes); }},
        {TresenSim::tr("walk-ins: estimate error, median / p90 (min)"),
         [&](const auto &r) {
             return minutes(r.walkInEstimateMedianAbsErrorMinutes) + u" / "_s +
                    minutes(r.walkInEstimateP90AbsErrorMinutes);
         }},
        {TresenSim::tr("walk-ins: ZMS formula's error, median / p90 (min)"),
         [&](const auto &r) {
             return minutes(r.walkInZmsEstimateMedianAbsErrorMinutes) + u" / "_s +
                    minutes(r.walkInZmsEstimateP90AbsErrorMinutes);
         }},
        {TresenSim::tr("counters busy"), [&](const auto &r) { return share(r.utilisation); }},
    };
    qsizetype width = 0;
    for (const Row &row : rows)
        width = std::max(width, row.label.size());
    out << QString().leftJustified(width + 2);
    for (const SimulationResult &result : results)
        out << dispatchPolicyName(result.policy).rightJustified(12);
    out << "\n";
    for (const Row &row : rows) {
        out << row.label.leftJustified(width + 2);
        for (const SimulationResult &result : results)
            out << row.value(result).rightJustified(12);
        out << "\n";
    }
}
// The scenario of an office's past days, read from its database (the one
// GET /api/v1/statistics/scenario derives); a failure says why.
Result<Scenario> scenarioFromDatabase(const QCommandLineParser &parser)
{
    using R = Result<Scenario>;
    QString error;
    const auto url = DatabaseUrl::parse(parser.value(u"from-database"_s), &error);
    if (!url)
        return R::failure(error);
    bool ok = false;
    const qint64 officeId = parser.value(u"office"_s).toLongLong(&ok);
    if (!ok || officeId <= 0)
        return R::failure(TresenSim::tr("--office needs the office's id."));
    const QDate from = QDate::fromString(parser.value(u"from"_s), Qt::ISODate);
    const QDate to = QDate::fromString(parser.value(u"to"_s), Qt::ISODate);
    if (!from.isValid() || !to.isValid() || to < from || from.daysTo(to) > 365)
        return R::failure(TresenSim::tr("--from and --to need days such as 2026-11-02, --to not "
                                        "before --from, at most a year apart."));
    int weekday = 0;
    if (parser.isSet(u"weekday"_s)) {
        weekday = parser.value(u"weekday"_s).toInt(&ok);
        if (!ok || weekday < 1 || weekday > 7)
            return R::failure(TresenSim::tr("--weekday must be 1 (Monday) to 7 (Sunday)."));
    }
    if (url->kind == DatabaseUrl::Kind::Sqlite && !QFileInfo::exists(url->path))
        return R::failure(TresenSim::tr("There is no database file %1.").arg(url->path));
    Database db(*url, u"tresen-sim"_s);
    if (!db.open(&error))
        return R::failure(TresenSim::tr("The database cannot be opened: %1").arg(error));
    try {
        if (Migrations::currentVersion(db) != Migrations::latestVersion())
            return R::failure(TresenSim::tr("The database is at schema version %1, this program "
                                            "reads %2: run tresen-server migrate first.")
                                  .arg(Migrations::currentVersion(db))
                                  .arg(Migrations::latestVersion()));
        ChangeLog changes(db);
        DirectoryRepository directory(db, changes);
        const Clock clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
        StatisticsRepository statistics(db, clock);
        const auto derived = officeScenario(directory, statistics, {officeId, from, to, weekday},
                                            QDate::currentDate(), clock());
        if (!derived)
            return R::failure(TresenSim::tr("There is no office %1.").arg(officeId));
        if (derived->scenario.counters.isEmpty())
            return R::failure(TresenSim::tr("The office has no active counter."));
        return derived->scenario;
    } catch (const DatabaseFailure &failure) {
        return R::failure(
            TresenSim::tr("The database failed: %1").arg(QString::fromUtf8(failure.what())));
    }
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"tresen-sim"_s);
    QCoreApplication::setApplicationVersion(QString::fromUtf8(TRESEN_VERSION));
    installTranslations(u"system"_s);
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        TresenSim::tr("Plays whole days at an office with the dispatcher the server runs."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"scenario"_s, TresenSim::tr("The scenario (JSON, see docs/simulation.md)."), u"file"_s},
        {u"policy"_s, TresenSim::tr("The dispatch policy: fifo, zms or tresen."), u"policy"_s,
         u"tresen"_s},
        {u"days"_s, TresenSim::tr("Days to play (1 to 3650)."), u"n"_s, u"20"_s},
        {u"seed"_s, TresenSim::tr("The seed of the random visitors."), u"s"_s, u"1"_s},
        {u"json"_s, TresenSim::tr("One JSON object as the result.")},
        {u"compare"_s, TresenSim::tr("Every policy side by side, as a table.")},
        {u"from-database"_s,
         TresenSim::tr("Derive the scenario from an office's past days in this database "
                       "(postgresql://… or sqlite:PATH) instead of --scenario."),
         u"url"_s},
        {u"office"_s, TresenSim::tr("The office's id (with --from-database)."), u"id"_s},
        {u"from"_s, TresenSim::tr("The first day (with --from-database)."), u"date"_s},
        {u"to"_s, TresenSim::tr("The last day (with --from-database)."), u"date"_s},
        {u"weekday"_s,
         TresenSim::tr("Only these weekdays: 1 (Monday) to 7 (with --from-database)."), u"day"_s},
        {u"write-scenario"_s, TresenSim::tr("Also write the scenario played to this file."),
         u"file"_s},
        {u"advise-staffing"_s,
         TresenSim::tr("The fewest counters per hour with which this share (e.g. 0.8) of the "
                       "visitors is called within the scenario's target, under --policy."),
         u"share"_s},
    });
    if (!parser.parse(QCoreApplication::arguments())) {
        err << "tresen-sim: " << parser.errorText() << "\n";
        return 2;
    }
    if (parser.isSet(u"help"_s))
        parser.showHelp(0);
    if (parser.isSet(u"version"_s))
        parser.showVersion();

    const auto fail = [&err](const QString &message) {
        err << "tresen-sim: " << message << "\n";
        return 2;
    };
    if (parser.isSet(u"scenario"_s) == parser.isSet(u"from-database"_s))
        return fail(TresenSim::tr("Either --scenario FILE or --from-database URL is needed."));
    const auto policy = dispatchPolicyFromName(parser.value(u"policy"_s));
    if (!policy)
        return fail(TresenSim::tr("Unknown policy \"%1\": fifo, zms or tresen.")
                        .arg(parser.value(u"policy"_s)));
    bool ok = false;
    const int days = parser.value(u"days"_s).toInt(&ok);
    if (!ok || days < 1 || days > 3650)
        return fail(TresenSim::tr("--days must be a whole number from 1 to 3650."));
    const quint64 seed = parser.value(u"seed"_s).toULongLong(&ok);
    if (!ok)
        return fail(TresenSim::tr("--seed must be a whole number of 0 or more."));

    // Named in messages: the URL without its password.
    QString source = TresenSim::tr("the database");
    if (QString ignored;
        const auto url = DatabaseUrl::parse(parser.value(u"from-database"_s), &ignored))
        source = url->redacted();
    Result<Scenario> scenario = Result<Scenario>::failure(QString());
    if (parser.isSet(u"scenario"_s)) {
        QFile file(parser.value(u"scenario"_s));
        if (!file.open(QIODevice::ReadOnly))
            return fail(
                TresenSim::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
        source = file.fileName();
        scenario = Scenario::fromJson(file.readAll());
    } else {
        scenario = scenarioFromDatabase(parser);
    }
    if (!scenario)
        return fail(u"%1: %2"_s.arg(source, scenario.reason().message));
    if (parser.isSet(u"write-scenario"_s)) {
        QFile written(parser.value(u"write-scenario"_s));
        if (!written.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            written.write(scenario->toJson()) < 0)
            return fail(TresenSim::tr("Cannot write %1: %2")
                            .arg(written.fileName(), written.errorString()));
    }

    if (parser.isSet(u"advise-staffing"_s)) {
        const double share = parser.value(u"advise-staffing"_s).toDouble(&ok);
        if (!ok || share <= 0 || share > 1)
            return fail(TresenSim::tr("--advise-staffing needs a share above 0 and at most 1."));
        const StaffingAdvice advice = adviseStaffing(*scenario, share, {*policy, days, seed, {}});
        const QLocale locale;
        out << TresenSim::tr("Counters per hour for %1 % called within %2 min (%3, %n day(s)):",
                             nullptr, days)
                   .arg(locale.toString(share * 100, 'f', 0))
                   .arg(scenario->serviceLevelTargetMinutes)
                   .arg(dispatchPolicyName(*policy))
            << "\n";
        for (int hour = 0; hour < advice.countersPerHour.size(); ++hour) {
            const int minute = scenario->opensMinute + hour * 60;
            out << QTime(minute / 60, minute % 60).toString(u"HH:mm"_s) << "  "
                << QString::number(advice.countersPerHour.at(hour)).rightJustified(3) << "  "
                << locale.toString(advice.serviceLevelByHour.value(hour) * 100, 'f', 0) << " %\n";
        }
        if (!advice.reached)
            out << TresenSim::tr("Not reached in every hour even with all %n counter(s).", nullptr,
                                 int(scenario->counters.size()))
                << "\n";
        return 0;
    }
    if (parser.isSet(u"compare"_s)) {
        QList<SimulationResult> results;
        for (const DispatchPolicy each :
             {DispatchPolicy::Fifo, DispatchPolicy::Zms, DispatchPolicy::Tresen})
            results.append(simulate(*scenario, {each, days, seed, {}}));
        out << (scenario->name.isEmpty() ? source : scenario->name) << " — "
            << TresenSim::tr("%n day(s), seed %1", nullptr, days).arg(seed) << "\n\n";
        printComparison(out, *scenario, results);
        return 0;
    }
    const SimulationResult result = simulate(*scenario, {*policy, days, seed, {}});
    if (parser.isSet(u"json"_s)) {
        out << QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact) << "\n";
        return 0;
    }
    printComparison(out, *scenario, {result});
    return 0;
}
