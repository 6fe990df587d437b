// The tresen dispatch policy against fifo, measured the way issue #17 asks:
// on the shipped scenarios and on scenarios drawn at random (which no rule was
// tuned for), with the shipped knobs and over a grid of them (the frontier).
//
//   tresen-bench-dispatch --scenarios bench/scenarios [--days 20] [--seed 1]
//                         [--random 30] [--random-seed 7] [--held-out 30] [--held-out-seed 8]
//
// Prints Markdown for docs/benchmarks.md. Nothing here is a test: it
// measures, and says where the goal's bounds hold.

#include "core/simulation/simulation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <random>

using namespace Qt::StringLiterals;

namespace {
struct Knobs
{
    // The shipped knobs by default.
    int capMinutes = int(TresenTuning{}.overtakeCapMs / (60 * 1000)); // 0: no cap
    double weight = TresenTuning{}.shortVisitWeight;

    TresenTuning tuning() const { return {qint64(capMinutes) * 60 * 1000, weight}; }
    QString label() const
    {
        return u"cap %1, weight %2"_s.arg(capMinutes > 0 ? u"%1 min"_s.arg(capMinutes) : u"none"_s)
            .arg(weight);
    }
};

// One run of the tresen policy set against fifo's on the same days.
struct Point
{
    Knobs knobs;
    SimulationResult result;
    double mean = 0; // ÷ fifo
    double p95 = 0;  // ÷ fifo
    double max = 0;  // ÷ fifo
    double lateness = 0;
    bool withinBounds = false; // every bound but the mean's
};

// The goal's bounds other than the mean: p95 not above fifo's, the longest
// wait at most 1.5×, appointments' p90 lateness at most 5 minutes or fifo's + 1.
Point compare(const Knobs &knobs, const SimulationResult &tresen, const SimulationResult &fifo)
{
    const auto ratio = [](double a, double b) { return b > 0 ? a / b : (a > 0 ? INFINITY : 1.0); };
    Point point{knobs, tresen};
    point.mean = ratio(tresen.meanWaitMinutes, fifo.meanWaitMinutes);
    point.p95 = ratio(tresen.p95WaitMinutes, fifo.p95WaitMinutes);
    point.max = ratio(tresen.maxWaitMinutes, fifo.maxWaitMinutes);
    point.lateness = tresen.appointmentLatenessP90Minutes;
    // A tenth of a minute's slack: the tables print one decimal.
    point.withinBounds =
        tresen.p95WaitMinutes <= fifo.p95WaitMinutes + 0.05 && point.max <= 1.5 &&
        (point.lateness <= 5.0 || point.lateness <= fifo.appointmentLatenessP90Minutes + 1.0);
    return point;
}

const QList<Knobs> &grid()
{
    static const QList<Knobs> knobs = [] {
        QList<Knobs> all;
        for (const int cap : {15, 30, 45, 60, 90, 0}) {
            for (const double weight : {0.0, 0.5, 1.0, 2.0, 4.0, 16.0})
                all.append({cap, weight});
        }
        return all;
    }();
    return knobs;
}

QString number(double value, int decimals = 2)
{
    if (std::isinf(value))
        return u"∞"_s;
    return QString::number(value, 'f', decimals);
}

// A day no rule was tuned for: 2–5 services of 5–25 minutes, 3–10
// counters (some serving a part of the services only), a load of 75–97 %
// of the counters' time, appointments for some services.
Scenario randomScenario(std::mt19937_64 &rng, int index)
{
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const auto between = [&](double low, double high) { return low + (high - low) * unit(rng); };
    const auto integer = [&](int low, int high) {
        return std::uniform_int_distribution<int>(low, high)(rng);
    };
    Scenario scenario;
    scenario.opensMinute = 8 * 60;
    scenario.closesMinute = 16 * 60;
    scenario.noShowRate = between(0.10, 0.25);
    scenario.appointmentArrivalMeanMinutes = -6;
    scenario.appointmentArrivalSdMinutes = 5;
    const QList<double> shape{0.6, 0.8, 1.0, 1.2, 1.3, 1.1, 0.8, 0.6}; // busiest at noon
    const int services = integer(2, 5);
    for (int s = 0; s < services; ++s) {
        ScenarioService service;
        service.id = u"s%1"_s.arg(s + 1);
        service.name = service.id;
        service.meanMinutes = between(5, 25);
        service.sdMinutes = service.meanMinutes * between(0.3, 0.7);
        service.appointmentsPerHour = unit(rng) < 0.5 ? integer(1, 3) : 0;
        const double share = between(0.5, 2.0); // of the walk-ins, before scaling
        for (const double factor : shape)
            service.walkInsPerHour.append(share * factor);
        scenario.services.append(service);
    }
    const int counters = integer(3, 10);
    for (int c = 0; c < counters; ++c) {
        ScenarioCounter counter{QString::number(c + 1), {}, {}};
        const bool all = unit(rng) < 0.6;
        for (int s = 0; s < services; ++s) {
            if (all || unit(rng) < 0.5)
                counter.services.append(scenario.services.at(s).id);
        }
        if (counter.services.isEmpty())
            counter.services.append(scenario.services.at(integer(0, services - 1)).id);
        scenario.counters.append(counter);
    }
    for (const ScenarioService &service : scenario.services) {
        const bool served = std::any_of(
            scenario.counters.cbegin(), scenario.counters.cend(),
            [&](const ScenarioCounter &counter) { return counter.services.contains(service.id); });
        if (!served)
            scenario.counters[integer(0, counters - 1)].services.append(service.id);
    }
    // Scale the walk-ins to the drawn load (the appointments' work counts).
    const double load = between(0.75, 0.97);
    double walkInWork = 0;
    double appointmentWork = 0;
    for (const ScenarioService &service : std::as_const(scenario.services)) {
        for (const double rate : service.walkInsPerHour)
            walkInWork += rate * service.meanMinutes;
        appointmentWork += service.appointmentsPerHour * shape.size() *
                           (1.0 - scenario.noShowRate) * service.meanMinutes;
    }
    const double capacity = double(counters) * 60.0 * double(shape.size());
    const double scale = std::max(0.0, load * capacity - appointmentWork) / walkInWork;
    for (ScenarioService &service : scenario.services) {
        for (double &rate : service.walkInsPerHour)
            rate *= scale;
    }
    scenario.name = u"random %1: %2 services, %3 counters, load %4 %"_s.arg(index)
                        .arg(services)
                        .arg(counters)
                        .arg(qRound(load * 100));
    return scenario;
}

SimulationResult run(const Scenario &scenario, DispatchPolicy policy, const Knobs &knobs, int days,
                     quint64 seed)
{
    SimulationOptions options;
    options.policy = policy;
    options.days = days;
    options.seed = seed;
    options.tuning = knobs.tuning();
    return simulate(scenario, options);
}

// Points no other point beats in mean, p95 and longest wait at once.
QList<Point> paretoFront(const QList<Point> &points)
{
    QList<Point> front;
    for (const Point &p : points) {
        const bool dominated = std::any_of(points.cbegin(), points.cend(), [&](const Point &q) {
            return q.mean <= p.mean && q.p95 <= p.p95 && q.max <= p.max &&
                   (q.mean < p.mean || q.p95 < p.p95 || q.max < p.max);
        });
        if (!dominated)
            front.append(p);
    }
    std::sort(front.begin(), front.end(),
              [](const Point &a, const Point &b) { return a.mean < b.mean; });
    return front;
}

// Every knob of the grid on one scenario, against fifo on the same days.
struct Measured
{
    Scenario scenario;
    SimulationResult fifo;
    Point shipped;
    QList<Point> grid; // in grid() order
};

Measured measure(const Scenario &scenario, int days, quint64 seed)
{
    Measured m{scenario, run(scenario, DispatchPolicy::Fifo, {}, days, seed), {}, {}};
    m.shipped = compare({}, run(scenario, DispatchPolicy::Tresen, {}, days, seed), m.fifo);
    for (const Knobs &knobs : grid())
        m.grid.append(
            compare(knobs, run(scenario, DispatchPolicy::Tresen, knobs, days, seed), m.fifo));
    return m;
}

void frontierTable(QTextStream &out, const Measured &m)
{
    out << "**" << m.scenario.name << "**: fifo's mean " << number(m.fifo.meanWaitMinutes, 1)
        << " min, p95 " << number(m.fifo.p95WaitMinutes, 1) << " min, longest "
        << number(m.fifo.maxWaitMinutes, 1) << " min, counters busy "
        << qRound(m.fifo.utilisation * 100) << " %\n\n";
    out << "| knobs | mean ÷ fifo | p95 ÷ fifo | longest ÷ fifo | appointments late p90 | "
           "within the bounds |\n|---|---|---|---|---|---|\n";
    const auto row = [&out](const Point &p, const QString &note) {
        out << "| " << p.knobs.label() << note << " | " << number(p.mean) << " | " << number(p.p95)
            << " | " << number(p.max) << " | " << number(p.lateness, 1) << " min | "
            << (p.withinBounds ? "yes" : "no") << " |\n";
    };
    row(m.shipped, u" (shipped)"_s);
    for (const Point &p : paretoFront(m.grid))
        row(p, QString());
    out << "\n";
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// Each knob over all the scenarios: where the bounds hold, and how the mean fares.
// `all` begins with the `shippedCount` shipped scenarios.
void knobSummary(QTextStream &out, const QList<Measured> &all, qsizetype shippedCount)
{
    struct Summary
    {
        Knobs knobs;
        int within = 0;
        int shippedWithin = 0;
        QList<double> means;
        double worstP95 = 0;
        double worstMax = 0;
    };
    QList<Summary> summaries;
    for (qsizetype k = 0; k < grid().size(); ++k) {
        Summary summary{grid().at(k), 0, 0, {}, 0, 0};
        for (qsizetype i = 0; i < all.size(); ++i) {
            const Point &p = all.at(i).grid.at(k);
            summary.within += p.withinBounds ? 1 : 0;
            summary.shippedWithin += p.withinBounds && i < shippedCount ? 1 : 0;
            summary.means.append(p.mean);
            summary.worstP95 = std::max(summary.worstP95, p.p95);
            summary.worstMax = std::max(summary.worstMax, p.max);
        }
        summaries.append(summary);
    }
    std::sort(summaries.begin(), summaries.end(), [](const Summary &a, const Summary &b) {
        return std::pair(-a.within, median(a.means)) < std::pair(-b.within, median(b.means));
    });
    out << "| knobs | within the bounds | of the shipped scenarios | mean ÷ fifo: median | best | "
           "worst | p95 ÷ fifo: worst | longest ÷ fifo: worst "
           "|\n|---|---|---|---|---|---|---|---|\n";
    for (const Summary &summary : std::as_const(summaries)) {
        const auto [best, worst] =
            std::minmax_element(summary.means.cbegin(), summary.means.cend());
        out << "| " << summary.knobs.label() << " | " << summary.within << " of " << all.size()
            << " | " << summary.shippedWithin << " of " << shippedCount << " | "
            << number(median(summary.means)) << " | " << number(*best) << " | " << number(*worst)
            << " | " << number(summary.worstP95) << " | " << number(summary.worstMax) << " |\n";
    }
    out << "\n";
}

// The shipped knobs on scenarios that played no part in choosing them.
void heldOut(QTextStream &out, const QList<Measured> &all)
{
    out << "| scenario | fifo mean (min) | mean ÷ fifo | p95 ÷ fifo | longest ÷ fifo | within "
           "the bounds | best mean ÷ fifo of any knobs within the bounds | shortest visit first, "
           "no cap: mean ÷ fifo |\n|---|---|---|---|---|---|---|---|\n";
    int within = 0;
    int goal = 0;
    QList<double> means;
    for (const Measured &m : all) {
        std::optional<Point> best;
        for (const Point &p : m.grid) {
            if (p.withinBounds && (!best || p.mean < best->mean))
                best = p;
        }
        const Point &shortestFirst = m.grid.last(); // no cap, the largest weight
        within += m.shipped.withinBounds ? 1 : 0;
        goal += m.shipped.withinBounds && m.shipped.mean <= 0.70 ? 1 : 0;
        means.append(m.shipped.mean);
        out << "| " << m.scenario.name << " | " << number(m.fifo.meanWaitMinutes, 1) << " | "
            << number(m.shipped.mean) << " | " << number(m.shipped.p95) << " | "
            << number(m.shipped.max) << " | " << (m.shipped.withinBounds ? "yes" : "no") << " | "
            << (best ? number(best->mean) + u" ("_s + best->knobs.label() + u")"_s : u"–"_s)
            << " | " << number(shortestFirst.mean) << " |\n";
    }
    std::sort(means.begin(), means.end());
    out << "\nThe shipped knobs keep the bounds on " << within << " of " << all.size()
        << " scenarios and reach 0.70× within them on " << goal << "; mean ÷ fifo from "
        << number(means.first()) << " to " << number(means.last()) << ", median "
        << number(median(means)) << ".\n\n";
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"The tresen dispatch policy's frontier against fifo."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"scenarios"_s, u"Folder of scenario files."_s, u"dir"_s, u"bench/scenarios"_s},
        {u"days"_s, u"Simulated days per run."_s, u"n"_s, u"20"_s},
        {u"seed"_s, u"Seed of the visitors."_s, u"n"_s, u"1"_s},
        {u"random"_s, u"Random scenarios to draw as well."_s, u"n"_s, u"30"_s},
        {u"random-seed"_s, u"Seed of the random scenarios."_s, u"n"_s, u"7"_s},
        {u"held-out"_s, u"Random scenarios to check the shipped knobs on."_s, u"n"_s, u"30"_s},
        {u"held-out-seed"_s, u"Seed of those."_s, u"n"_s, u"8"_s},
    });
    parser.process(app);
    const int days = parser.value(u"days"_s).toInt();
    const quint64 seed = parser.value(u"seed"_s).toULongLong();
    QTextStream out(stdout);
    QElapsedTimer timer;
    timer.start();

    const QDir folder(parser.value(u"scenarios"_s));
    const QStringList files = folder.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        qCritical("No scenario files in %s", qPrintable(folder.path()));
        return 2;
    }
    QList<Measured> shipped;
    for (const QString &file : files) {
        QFile in(folder.filePath(file));
        if (!in.open(QIODevice::ReadOnly)) {
            qCritical("Cannot read %s", qPrintable(in.fileName()));
            return 2;
        }
        const auto scenario = Scenario::fromJson(in.readAll());
        if (!scenario) {
            qCritical("%s: %s", qPrintable(file), qPrintable(scenario.error()));
            return 2;
        }
        shipped.append(measure(*scenario, days, seed));
    }
    // Random scenarios in two sets: the knobs are chosen looking at the
    // first (with the shipped ones), the second checks them.
    const auto drawn = [&](int count, quint64 randomSeed, int firstIndex) {
        std::mt19937_64 rng(randomSeed);
        QList<Measured> measured;
        for (int i = 0; i < count; ++i)
            measured.append(measure(randomScenario(rng, firstIndex + i), days, seed));
        return measured;
    };
    const QList<Measured> tuning =
        drawn(parser.value(u"random"_s).toInt(), parser.value(u"random-seed"_s).toULongLong(), 1);
    const QList<Measured> checking = drawn(parser.value(u"held-out"_s).toInt(),
                                           parser.value(u"held-out-seed"_s).toULongLong(), 1001);

    out << "### The shipped scenarios: the shipped knobs and the frontier\n\n"
        << "Each table: the shipped knobs, then every grid point no other beats in mean, p95 "
           "and longest wait at once (ratios to fifo on the same "
        << days << " days, seed " << seed << ").\n\n";
    for (const Measured &m : shipped)
        frontierTable(out, m);
    out << "### Every knob on the shipped and " << tuning.size()
        << " random scenarios (the set the knobs were chosen on)\n\n";
    knobSummary(out, shipped + tuning, shipped.size());
    if (!checking.isEmpty()) {
        out << "### The shipped knobs on " << checking.size()
            << " random scenarios no rule was tuned for\n\n";
        heldOut(out, checking);
    }
    out << "\n(" << timer.elapsed() / 1000 << " s of wall time.)\n";
    return 0;
}
