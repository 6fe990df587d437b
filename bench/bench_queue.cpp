// Queue-calling benchmark: the latency from a clerk's call-next request to
// the call display receiving the event, and call-next throughput, with N
// counters calling and M displays connected on loopback.
//
//   tresen-bench-queue --database sqlite:/tmp/bench.db --counters 20 --displays 5
//   tresen-bench-queue --database postgresql://user@127.0.0.1:5432/db --counters 50
//
// Against running servers on that database (several instances, or HAProxy in
// front of them, as `scripts/dev city` starts them): the counters call
// through the --server addresses in turn, the displays listen on the
// --display-server ones (by default the same), and with --server-pid the
// servers' memory is read from /proc before and after. The CPU time of one
// call-next's visit is shown by program: the bench, the --server-pid and
// --proxy-pid processes, and the PostgreSQL on this machine. With --queue N
// the queue stays N long (each visit draws a ticket first, as at a kiosk)
// instead of starting with every visit's ticket.
//
//   tresen-bench-queue --database URL --server http://127.0.0.1:A --display-server
//       http://127.0.0.1:B --server-pid PID_A --server-pid PID_B --sockets 500
//
// `scripts/dev bench` runs the figures of docs/benchmarks.md.

#include "core/sync/trustedauthorities.h"
#include "server/instance/backend.h"
#include "server/instance/demodata.h"
#include "server/instance/embeddedserver.h"
#include "server/storage/migrations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QThread>
#include <QWebSocket>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <memory>
#include <unistd.h>

using namespace Qt::StringLiterals;
using SteadyClock = std::chrono::steady_clock;

namespace {
double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[index];
}

struct Reply
{
    int status = 0;
    QJsonObject json;
};

// A process's resident memory now and at its peak, in MiB (Linux).
struct Memory
{
    double residentMiB = 0;
    double peakMiB = 0;
};

Memory memoryOf(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        qFatal("cannot read the memory of process %lld", static_cast<long long>(pid));
    const QString text = QString::fromLatin1(status.readAll());
    const auto kib = [&](const QString &field) {
        const auto match = QRegularExpression(field + u":\\s+(\\d+) kB"_s).match(text);
        return match.hasMatch() ? match.captured(1).toDouble() / 1024.0 : 0.0;
    };
    return {kib(u"VmRSS"_s), kib(u"VmHWM"_s)};
}

void printMemory(const char *when, const QList<qint64> &pids)
{
    for (const qint64 pid : pids) {
        const Memory memory = memoryOf(pid);
        std::printf("server %lld %s: resident %.1f MiB, peak %.1f MiB\n",
                    static_cast<long long>(pid), when, memory.residentMiB, memory.peakMiB);
    }
}

// CPU seconds used so far by the processes that take part in a run (the
// bench, the servers, the proxy, and the postmaster of the bench's database
// with its backends), by program, and by the whole machine (busy and all),
// from /proc: where the time of one call-next goes, and whether the cores
// were the limit. Others on the machine (another PostgreSQL) do not count.
struct CpuUse
{
    QMap<QString, double> byProgram;
    double machineBusy = 0;
    double machineTotal = 0;
};

// The fields of /proc/PID/stat after the name (which may hold spaces):
// state is [0], the parent [1], utime and stime [11] and [12].
QList<QByteArray> statFields(qint64 pid, QString *name)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return {}; // ended meanwhile
    const QByteArray line = stat.readAll();
    if (name)
        *name = QString::fromUtf8(
            line.mid(line.indexOf('(') + 1, line.lastIndexOf(')') - line.indexOf('(') - 1));
    return line.mid(line.lastIndexOf(')') + 2).split(' ');
}

double cpuSecondsOf(const QList<QByteArray> &fields)
{
    if (fields.size() < 13)
        return 0;
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) / double(sysconf(_SC_CLK_TCK));
}

// `pids` by program; `postmaster` and its children count as "postgres".
CpuUse cpuUse(const QList<qint64> &pids, qint64 postmaster)
{
    CpuUse use;
    use.byProgram[u"bench"_s] =
        cpuSecondsOf(statFields(QCoreApplication::applicationPid(), nullptr));
    for (const qint64 pid : pids) {
        QString name;
        const QList<QByteArray> fields = statFields(pid, &name);
        if (!fields.isEmpty())
            use.byProgram[name] += cpuSecondsOf(fields);
    }
    if (postmaster > 0) {
        for (const QString &entry : QDir(u"/proc"_s).entryList({u"[0-9]*"_s}, QDir::Dirs)) {
            const qint64 pid = entry.toLongLong();
            const QList<QByteArray> fields = statFields(pid, nullptr);
            if (fields.size() > 1 && (pid == postmaster || fields.at(1).toLongLong() == postmaster))
                use.byProgram[u"postgres"_s] += cpuSecondsOf(fields);
        }
    }
    QFile machine(u"/proc/stat"_s);
    if (machine.open(QIODevice::ReadOnly)) {
        // "cpu user nice system idle iowait irq softirq steal ..."
        const QList<QByteArray> fields = machine.readLine().simplified().split(' ');
        for (int i = 1; i < fields.size() && i <= 8; ++i) {
            const double seconds = fields.at(i).toDouble() / double(sysconf(_SC_CLK_TCK));
            use.machineTotal += seconds;
            if (i != 4 && i != 5)
                use.machineBusy += seconds;
        }
    }
    return use;
}

void printCpuPerCall(const CpuUse &before, const CpuUse &after, int calls)
{
    if (calls == 0)
        return;
    double total = 0;
    QString parts;
    for (auto it = after.byProgram.cbegin(); it != after.byProgram.cend(); ++it) {
        const double ms = (it.value() - before.byProgram.value(it.key())) * 1000.0 / calls;
        total += ms;
        parts += u" %1=%2"_s.arg(it.key()).arg(ms, 0, 'f', 2);
    }
    const long cores = sysconf(_SC_NPROCESSORS_ONLN);
    const double busy =
        after.machineTotal > before.machineTotal
            ? (after.machineBusy - before.machineBusy) / (after.machineTotal - before.machineTotal)
            : 0;
    std::printf("CPU ms per call-next (with the rest of its visit):%s total=%.2f\n",
                qPrintable(parts), total);
    std::printf("machine busy %.0f %% of %ld cores; those cores allow at most %.0f call-next/s "
                "at this cost\n",
                busy * 100.0, cores, total > 0 ? double(cores) * 1000.0 / total : 0.0);
}

Reply post(QNetworkAccessManager &network, const QUrl &url, const QByteArray &token,
           const QByteArray &body = "{}")
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = network.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                 QJsonDocument::fromJson(reply->readAll()).object()};
    reply->deleteLater();
    return result;
}

// Makes sure `counters` counters of the Bürgeramt serve its first service and
// `tickets` tickets wait for it; returns those counters' ids and sets
// `serviceId` and (PostgreSQL on this machine) the `postmaster`'s pid.
QList<qint64> prepare(const DatabaseUrl &url, int counters, int tickets, qint64 *serviceId,
                      qint64 *postmaster)
{
    Database db(url, u"bench-setup"_s);
    QString error;
    if (!db.open(&error) || !Migrations::apply(db, &error))
        qFatal("setup: %s", qPrintable(error));
    if (url.kind == DatabaseUrl::Kind::Postgresql) {
        // Our backend's parent, when PostgreSQL runs on this machine.
        SqlRows backend = db.exec(u"SELECT pg_backend_pid()"_s);
        QString name;
        const QList<QByteArray> fields =
            backend.next() ? statFields(backend.value(0).toLongLong(), &name) : QList<QByteArray>();
        // Another machine's pid (a remote or contained PostgreSQL) names
        // something else here, or nothing: then PostgreSQL is not counted.
        *postmaster = name == u"postgres"_s && fields.size() > 1 ? fields.at(1).toLongLong() : 0;
    }
    Backend backend(db);
    DemoData::seedIfEmpty(backend);
    Transaction transaction(db);
    QList<qint64> services;
    for (const QJsonValue &s : backend.directory.services(1))
        services.append(s.toObject().value(u"id"_s).toString().toLongLong());
    QList<qint64> serving;
    for (const QJsonValue &c : backend.directory.counters(1)) {
        const QJsonObject counter = c.toObject();
        if (counter.value(u"serviceIds"_s).toArray().contains(QString::number(services.first())))
            serving.append(counter.value(u"id"_s).toString().toLongLong());
    }
    for (int i = int(backend.directory.counters(1).size()) + 1; serving.size() < counters; ++i)
        serving.append(backend.directory.addCounter(1, u"Schalter %1"_s.arg(i), services));
    serving.resize(counters);
    *serviceId = services.first();
    const QJsonObject service = *backend.directory.service(services.first());
    for (int i = 0; i < tickets; ++i)
        backend.tickets.issue(1, services.first(), service.value(u"prefix"_s).toString(),
                              TicketSource::WalkIn, 0, {});
    transaction.commit();
    return serving;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({
        {u"database"_s, u"Database URL (a fresh one)."_s, u"url"_s},
        {u"counters"_s, u"Counters calling at once."_s, u"n"_s, u"20"_s},
        {u"displays"_s, u"Displays connected."_s, u"n"_s, u"5"_s},
        {u"calls"_s, u"Calls per counter."_s, u"n"_s, u"50"_s},
        {u"pause-ms"_s, u"A counter's pause between two visits (0: back to back)."_s, u"ms"_s,
         u"0"_s},
        {u"server"_s,
         u"A running server on that database the counters call through "
         u"(repeatable; none: one is started in-process)."_s,
         u"url"_s},
        {u"display-server"_s, u"Where the displays listen (repeatable; default: --server)."_s,
         u"url"_s},
        {u"server-pid"_s, u"A server process whose memory and CPU to report (repeatable)."_s,
         u"pid"_s},
        {u"proxy-pid"_s, u"A proxy process whose CPU to report (repeatable)."_s, u"pid"_s},
        {u"sockets"_s, u"Idle event sockets held open during the run."_s, u"n"_s, u"0"_s},
        {u"ca-certificates"_s, u"Also trust the authorities in this PEM file."_s, u"file"_s},
        {u"queue"_s,
         u"Tickets waiting throughout: each visit first draws a ticket (POST /tickets, as "
         u"the kiosk does) behind this many (0: every visit's ticket drawn before the run, "
         u"so the queue starts at counters x calls)."_s,
         u"n"_s, u"0"_s},
    });
    parser.addHelpOption();
    parser.process(app);
    QString error;
    const auto url = DatabaseUrl::parse(parser.value(u"database"_s), &error);
    if (!url)
        qFatal("%s", qPrintable(error));
    const int counters = parser.value(u"counters"_s).toInt();
    const int displays = parser.value(u"displays"_s).toInt();
    const int callsPerCounter = parser.value(u"calls"_s).toInt();
    const int pauseMs = parser.value(u"pause-ms"_s).toInt();
    const int idleSockets = parser.value(u"sockets"_s).toInt();
    QList<qint64> serverPids;
    for (const QString &pid : parser.values(u"server-pid"_s))
        serverPids.append(pid.toLongLong());
    if (parser.isSet(u"ca-certificates"_s) &&
        !trustCertificateAuthorities(parser.value(u"ca-certificates"_s), &error))
        qFatal("%s", qPrintable(error));
    const int steadyQueue = parser.value(u"queue"_s).toInt();
    qint64 serviceId = 0;
    qint64 postmaster = 0;
    const QList<qint64> counterIds =
        prepare(*url, counters, steadyQueue > 0 ? steadyQueue : counters * callsPerCounter,
                &serviceId, &postmaster);
    QList<qint64> measuredPids = serverPids;
    for (const QString &pid : parser.values(u"proxy-pid"_s))
        measuredPids.append(pid.toLongLong());
    const QByteArray newTicket = u"{\"serviceId\":\"%1\"}"_s.arg(serviceId).toUtf8();

    QList<QUrl> servers;
    for (const QString &server : parser.values(u"server"_s))
        servers.append(QUrl(server));
    QList<QUrl> displayServers;
    for (const QString &server : parser.values(u"display-server"_s))
        displayServers.append(QUrl(server));
    std::unique_ptr<EmbeddedServer> embedded;
    if (servers.isEmpty()) {
        ServerConfig config;
        config.database = *url;
        embedded = std::make_unique<EmbeddedServer>(config);
        QSignalSpy started(embedded.get(), &EmbeddedServer::started);
        embedded->start();
        if (!started.wait(30000))
            qFatal("server did not start");
        servers.append(embedded->url());
    }
    if (displayServers.isEmpty())
        displayServers = servers;
    const QUrl base = servers.first();

    QNetworkAccessManager network;
    QNetworkRequest loginRequest(base.resolved(QUrl(u"/api/v1/session"_s)));
    loginRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                           QByteArrayLiteral("application/json"));
    const auto login = [&](const QString &user) {
        QNetworkReply *reply = network.post(
            loginRequest, u"{\"login\":\"%1\",\"password\":\"demo\"}"_s.arg(user).toUtf8());
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray token = QJsonDocument::fromJson(reply->readAll())
                                     .object()
                                     .value(u"token"_s)
                                     .toString()
                                     .toLatin1();
        reply->deleteLater();
        return token;
    };
    const QByteArray clerk = login(u"mueller"_s);
    const QByteArray display = login(u"anzeige"_s);

    // The displays, on a thread of their own, note when each call arrives.
    QMutex mutex;
    QHash<QString, SteadyClock::time_point> sent; // ticket id -> call-next request sent
    QList<std::pair<QString, SteadyClock::time_point>> arrivals; // ticket id, event received
    QThread displayThread;
    QList<QWebSocket *> sockets;
    for (int i = 0; i < displays + idleSockets; ++i) {
        auto *socket = new QWebSocket;
        socket->moveToThread(&displayThread);
        sockets.append(socket);
    }
    displayThread.start();
    const auto eventsUrl = [](QUrl server) {
        server.setScheme(server.scheme() == u"https"_s ? u"wss"_s : u"ws"_s);
        server.setPath(u"/api/v1/events"_s);
        return server;
    };
    if (idleSockets > 0)
        printMemory("before the sockets", serverPids);
    std::atomic<int> connected = 0;
    for (int i = 0; i < sockets.size(); ++i) {
        QWebSocket *socket = sockets.at(i);
        const QUrl events = eventsUrl(displayServers.at(i % displayServers.size()));
        const bool listens = i < displays; // the rest are idle: connected, not counted
        QMetaObject::invokeMethod(socket, [&, socket, events, listens] {
            QObject::connect(socket, &QWebSocket::connected, socket, [&] { ++connected; });
            if (!listens) {
                QNetworkRequest request(events);
                request.setRawHeader("Authorization", "Bearer " + display);
                socket->open(request);
                return;
            }
            QObject::connect(
                socket, &QWebSocket::textMessageReceived, socket, [&](const QString &message) {
                    const auto at = SteadyClock::now();
                    const QJsonObject change = QJsonDocument::fromJson(message.toUtf8()).object();
                    if (change.value(u"event"_s).toString() != u"ticket.called"_s)
                        return;
                    // The answer and the event race: join them at the end.
                    const QMutexLocker lock(&mutex);
                    arrivals.append({change.value(u"id"_s).toString(), at});
                });
            QNetworkRequest request(events);
            request.setRawHeader("Authorization", "Bearer " + display);
            socket->open(request);
        });
    }
    for (int waited = 0; connected < sockets.size() && waited < 60000; waited += 100)
        QThread::msleep(100);
    if (connected < sockets.size())
        qFatal("only %d of %lld event sockets connected", connected.load(),
               static_cast<long long>(sockets.size()));
    QThread::msleep(500);
    if (idleSockets > 0)
        printMemory("with the sockets", serverPids);

    int callNextRequests = 0;
    int ticketsDrawn = 0;
    const CpuUse cpuBefore = cpuUse(measuredPids, postmaster);
    const auto begin = SteadyClock::now();
    QList<QThread *> threads;
    for (int c = 0; c < counterIds.size(); ++c) {
        const qint64 counter = counterIds.at(c);
        // This counter's server: the addresses take turns.
        threads.append(QThread::create([&, counter, base = servers.at(c % servers.size())] {
            QNetworkAccessManager http;
            const QUrl callNext =
                base.resolved(QUrl(u"/api/v1/counters/%1/call-next"_s.arg(counter)));
            int mine = 0;
            int drawn = 0;
            for (int i = 0; i < callsPerCounter; ++i) {
                if (steadyQueue > 0) {
                    if (post(http, base.resolved(QUrl(u"/api/v1/tickets"_s)), clerk, newTicket)
                            .status != 201)
                        qFatal("a ticket could not be drawn");
                    ++drawn;
                }
                const auto at = SteadyClock::now();
                const Reply reply = post(http, callNext, clerk);
                ++mine;
                if (reply.status != 200)
                    break;
                const QString id = reply.json.value(u"id"_s).toString();
                {
                    const QMutexLocker lock(&mutex);
                    sent.insert(id, at);
                }
                post(http, base.resolved(QUrl(u"/api/v1/tickets/%1/start"_s.arg(id))), clerk);
                post(http, base.resolved(QUrl(u"/api/v1/tickets/%1/finish"_s.arg(id))), clerk);
                if (pauseMs > 0)
                    QThread::msleep(pauseMs);
            }
            const QMutexLocker lock(&mutex);
            callNextRequests += mine;
            ticketsDrawn += drawn;
        }));
    }
    for (QThread *thread : threads)
        thread->start();
    for (QThread *thread : threads) {
        thread->wait();
        delete thread;
    }
    const double seconds = std::chrono::duration<double>(SteadyClock::now() - begin).count();
    const CpuUse cpuAfter = cpuUse(measuredPids, postmaster);
    QThread::msleep(500); // the last events
    for (QWebSocket *socket : sockets)
        QMetaObject::invokeMethod(
            socket,
            [socket] {
                socket->close();
                delete socket;
            },
            Qt::BlockingQueuedConnection);
    displayThread.quit();
    displayThread.wait();

    const QMutexLocker lock(&mutex);
    std::vector<double> latencies;
    for (const auto &[id, at] : std::as_const(arrivals)) {
        const auto it = sent.constFind(id);
        if (it != sent.cend())
            latencies.push_back(std::chrono::duration<double, std::milli>(at - *it).count());
    }
    const int received = int(latencies.size());
    std::printf("database=%s counters=%d displays=%d pause=%d ms queue=%d calls=%lld events=%d\n",
                url->kind == DatabaseUrl::Kind::Sqlite ? "sqlite" : "postgresql", counters,
                displays, pauseMs, steadyQueue, static_cast<long long>(sent.size()), received);
    std::printf("call->display latency ms: p50=%.2f p90=%.2f p99=%.2f max=%.2f\n",
                percentile(latencies, 0.5), percentile(latencies, 0.9), percentile(latencies, 0.99),
                percentile(latencies, 1.0));
    const double requests = callNextRequests + ticketsDrawn + 2.0 * double(sent.size());
    std::printf("throughput: %.0f call-next/s, %.0f requests/s (%s) over %.2f s\n",
                callNextRequests / seconds, requests / seconds,
                steadyQueue > 0 ? "issue, call, start, finish" : "call, start, finish", seconds);
    printCpuPerCall(cpuBefore, cpuAfter, callNextRequests);
    printMemory("after the run", serverPids);
    return 0;
}
