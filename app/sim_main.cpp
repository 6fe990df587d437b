// tresen-sim: whole days at an office, played with the dispatcher the server
// runs, to compare its policies. The command line is part of the contract:
//
//   tresen-sim --scenario FILE --policy fifo|zms|tresen [--days N] [--seed S] [--json]
//   tresen-sim --scenario FILE --compare [--days N] [--seed S]
//
// Exit code 2 for a scenario or an option it cannot use, with the reason.

#include "core/simulation/simulation.h"
#include "translator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

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
        {TresenSim::tr("counters busy"), [&](const auto &r) { return share(r.utilisation); }},
    };
    qsizetype width = 0;
    for (const Row &row : rows)
        width = std::max(width, row.label.size());
    out << QString().leftJustified(width + 2);
    for (const SimulationResult &result : results)
        out << dispatchPolicyName(result.policy).rightJustified(10);
    out << "\n";
    for (const Row &row : rows) {
        out << row.label.leftJustified(width + 2);
        for (const SimulationResult &result : results)
            out << row.value(result).rightJustified(10);
        out << "\n";
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
    if (!parser.isSet(u"scenario"_s))
        return fail(TresenSim::tr("--scenario FILE is needed."));
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

    QFile file(parser.value(u"scenario"_s));
    if (!file.open(QIODevice::ReadOnly))
        return fail(TresenSim::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
    const Result<Scenario> scenario = Scenario::fromJson(file.readAll());
    if (!scenario)
        return fail(u"%1: %2"_s.arg(file.fileName(), scenario.reason().message));

    if (parser.isSet(u"compare"_s)) {
        QList<SimulationResult> results;
        for (const DispatchPolicy each :
             {DispatchPolicy::Fifo, DispatchPolicy::Zms, DispatchPolicy::Tresen})
            results.append(simulate(*scenario, {each, days, seed}));
        out << (scenario->name.isEmpty() ? file.fileName() : scenario->name) << " — "
            << TresenSim::tr("%n day(s), seed %1", nullptr, days).arg(seed) << "\n\n";
        printComparison(out, *scenario, results);
        return 0;
    }
    const SimulationResult result = simulate(*scenario, {*policy, days, seed});
    if (parser.isSet(u"json"_s)) {
        out << QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact) << "\n";
        return 0;
    }
    printComparison(out, *scenario, {result});
    return 0;
}
