#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// Which waiting ticket a free counter calls next: one pure function, called
// by the server's call-next (under the office's queue lock, on the whole
// queue) and by tresen-sim, so that what is simulated is what runs.
enum class DispatchPolicy {
    // Appointments whose time has come, then priority, then the longest in
    // line: Tresen's order until now, kept as the baseline.
    Fifo,
    // The rules of ZMS, the calling system many Bürgerämter run: priority
    // walk-ins first, then appointments within 2 minutes of their start,
    // then the line; a ticket called in the last 5 minutes waits.
    Zms,
    // Appointments on time, nobody overtaken for too long, then the highest
    // response ratio (short visits go first while their wait is short), and
    // a ticket that few counters can serve goes to such a counter.
    Tresen,
};

QString dispatchPolicyName(DispatchPolicy policy); // "fifo", "zms", "tresen"
std::optional<DispatchPolicy> dispatchPolicyFromName(QStringView name);

// A waiting ticket as the dispatcher sees it: no number, no notes, nobody's name.
struct QueuedTicket
{
    qint64 id = 0;
    qint64 serviceId = 0;
    qint64 queueAt = 0;         // its place in line (ms since the epoch)
    qint64 dueAt = 0;           // appointment start (0: walk-in)
    int priority = 0;           // above 0: goes first (e.g. a visitor who cannot wait)
    qint64 lastCalledAt = 0;    // 0: never called (put back after a call otherwise)
    qint64 targetCounterId = 0; // transferred to this counter only (0: any that serves it)
};

struct Ticket;
// What the dispatcher sees of a ticket.
QueuedTicket queuedTicketOf(const Ticket &ticket);

struct DispatchCounter
{
    qint64 id = 0;
    QList<qint64> serviceIds;
};

// The tresen policy's two knobs. The defaults are what the server runs, for
// every office alike; other values are for measuring the policy's frontier
// (tresen-bench-dispatch), never set per office or scenario.
struct TresenTuning
{
    // Once a walk-in has waited this long it goes before every shorter wait,
    // in line order; 0: no cap. None by default: of the knobs measured
    // (docs/benchmarks.md, tresen-bench-dispatch) no cap kept fifo's p95 on
    // the most scenarios at the lowest mean, every shorter cap on fewer.
    // The response ratio bounds overtaking itself: among visitors all
    // counters can serve, a newcomer never passes someone who has waited,
    // and only those who waited at least (their visit / its visit) of a
    // walk-in's wait pass it; a service few counters take gets at most
    // √(staffed / able) times that lead at a counter that can take it.
    qint64 overtakeCapMs = 0;
    // How much shorter visits go first: a walk-in's weight is
    // (wait + visit) / visit^shortVisitWeight. 1 is the response ratio; 0
    // nearly the line's order; large values shortest visit first.
    double shortVisitWeight = 1.0;
};

struct DispatchState
{
    qint64 now = 0;
    DispatchCounter counter; // the one that calls
    // The counters at work now, the calling one included: how many can take
    // each service (the calling one counts when missing here).
    QList<DispatchCounter> staffed;
    QList<QueuedTicket> waiting; // the office's waiting tickets, any order
    // Expected processing minutes per service (learned, or the service's
    // configured duration); services missing here count kDefaultServiceMinutes.
    QHash<qint64, double> serviceMinutes;
    TresenTuning tuning; // the tresen policy's
};

namespace Dispatch {
constexpr double kDefaultServiceMinutes = 12.0;
// A booked appointment nobody checked in for counts as still coming in a
// forecast until this long after its start (then as a no-show).
constexpr qint64 kBookedStillExpectedMs = 5 * 60 * 1000;
// A service's expected minutes in `serviceMinutes`, kDefaultServiceMinutes
// where it has none (or none above 0).
double expectedMinutes(const QHash<qint64, double> &serviceMinutes, qint64 serviceId);
// Zms: appointments this close to their start count as due; a ticket called
// this recently is not called again yet.
constexpr qint64 kZmsAppointmentLeadMs = 2 * 60 * 1000;
constexpr qint64 kZmsRecallPauseMs = 5 * 60 * 1000;
// Tresen: appointments due within this are called first (they were told a time).
constexpr qint64 kAppointmentLeadMs = 1 * 60 * 1000;
} // namespace Dispatch

// Whether `counter` may call `ticket`: transferred to it, or of a service it serves.
bool counterMayTake(const DispatchCounter &counter, const QueuedTicket &ticket);

// The index in `state.waiting` of the ticket the counter calls, or nothing
// when it may take none of them.
std::optional<qsizetype> chooseNextTicket(DispatchPolicy policy, const DispatchState &state);

// A counter in a forecast: from `freeAt` on (at once when it is before
// now) it calls by the policy.
struct ForecastCounter
{
    DispatchCounter counter;
    qint64 freeAt = 0;
};

// When each waiting ticket is expected to be called (ms since the epoch),
// by running the dispatcher forward from `now` with the expected minutes.
// Nobody new arrives but the `expected` (booked appointments not here yet,
// ids other than the waiting's): each joins the line at its queueAt, and
// is called at its time ahead of walk-ins who came before. A ticket no
// counter takes is missing; the forecast ends once every waiting ticket has
// its time (the expected ones have theirs only where that came first).
// With `until`, stops once that ticket has its time.
QHash<qint64, qint64> forecastCalls(DispatchPolicy policy, qint64 now,
                                    QList<ForecastCounter> counters, QList<QueuedTicket> waiting,
                                    const QHash<qint64, double> &serviceMinutes, qint64 until = 0,
                                    const TresenTuning &tuning = {},
                                    QList<QueuedTicket> expected = {});
