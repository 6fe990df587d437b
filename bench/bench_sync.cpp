// Workstation sync benchmark: the initial sync of N appointments into an empty
// local cache, and the delta sync of K changes afterwards, measured in a
// workstation process of its own (time, and its peak memory) against a
// tresen-server process.
//
//   tresen-bench-sync --server-binary build/default/app/tresen-server --appointments 20000
//
// The orchestrator seeds the database directly (fast), starts the server and
// runs itself as the client (`--client URL CACHE`) for the measurements.
// `scripts/dev bench` runs the figures of docs/benchmarks.md.

#include "core/domain/appointment.h"
#include "core/sync/backendclient.h"
#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"
#include "server/http/eventhub.h"
#include "server/instance/backend.h"
#include "server/instance/demodata.h"
#include "server/storage/database.h"
#include "server/storage/migrations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {
long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// Runs the event loop until `done` or `timeoutMs`.
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

// Seeds `count` appointments spread over the coming days (ignoring capacity:
// this is about data volume), in one transaction.
bool seed(const QString &databasePath, int count)
{
    DatabaseUrl url;
    url.kind = DatabaseUrl::Kind::Sqlite;
    url.path = databasePath;
    Database db(url, u"seed"_s);
    QString error;
    if (!db.open(&error) || !Migrations::apply(db, &error)) {
        std::fprintf(stderr, "seed: %s\n", qPrintable(error));
        return false;
    }
    Backend backend(db);
    DemoData::seedIfEmpty(backend);
    Transaction transaction(db);
    const qint64 start =
        QDateTime(QDate::currentDate().addDays(1), QTime(8, 0)).toMSecsSinceEpoch();
    for (int i = 0; i < count; ++i) {
        Appointment a;
        a.officeId = u"1"_s;
        a.serviceId = QString::number(1 + i % 4);
        a.startsAt = start + qint64(i / 40) * 24 * 3600 * 1000 + qint64(i % 40) * 15 * 60 * 1000;
        a.durationMinutes = 15;
        a.source = AppointmentSource::Online;
        a.name = u"Bürgerin Nummer %1"_s.arg(i);
        a.email = u"b%1@example.org"_s.arg(i);
        backend.appointments.create(a);
    }
    transaction.commit();
    backend.changes.discardRecorded();
    return true;
}

int runClient(const QUrl &server, const QString &cacheFile, const QList<int> &deltas)
{
    BackendClient client;
    client.setBaseUrl(server);
    bool loggedIn = false;
    client.login(u"mueller"_s, u"demo"_s, &client,
                 [&](const ApiResponse &r, const SessionInfo &) { loggedIn = r.ok(); });
    if (!waitFor([&] { return loggedIn; }, 10000))
        return 1;
    LocalStore store(cacheFile, u"bench"_s);
    if (!store.open())
        return 1;
    SyncEngine sync(&client, &store);
    bool caughtUp = false;
    QObject::connect(&sync, &SyncEngine::caughtUp, [&] { caughtUp = true; });

    const long rssBefore = peakRssKiB();
    QElapsedTimer timer;
    timer.start();
    sync.start();
    if (!waitFor([&] { return caughtUp; }, 120000))
        return 2;
    const qint64 initialMs = timer.elapsed();
    const qsizetype cached = store.entities(u"appointment"_s).size();
    std::printf(
        "initial %lld ms, %lld appointments cached, peak RSS %ld MiB (before sync %ld MiB)\n",
        initialMs, qlonglong(cached), peakRssKiB() / 1024, rssBefore / 1024);
    std::fflush(stdout);

    // Delta: K changes made elsewhere while this workstation was away.
    BackendClient other;
    other.setBaseUrl(server);
    bool otherIn = false;
    other.login(u"yilmaz"_s, u"demo"_s, &other,
                [&](const ApiResponse &r, const SessionInfo &) { otherIn = r.ok(); });
    if (!waitFor([&] { return otherIn; }, 10000))
        return 1;
    const QList<QJsonObject> all = store.entities(u"appointment"_s);
    int next = 0;
    for (const int changes : deltas) {
        sync.stop();
        if (!waitFor([&] { return sync.connection() == SyncEngine::Connection::Offline; }, 5000))
            return 3;
        int answered = 0;
        for (int i = 0; i < changes; ++i) {
            const QString id = all.at(next++ % all.size()).value(u"id"_s).toString();
            other.send("PATCH", u"/api/v1/appointments/"_s + id,
                       {{u"notes"_s, u"Delta %1"_s.arg(next)}}, &other,
                       [&answered](const ApiResponse &) { ++answered; });
        }
        if (!waitFor([&] { return answered == changes; }, 120000))
            return 4;
        caughtUp = false;
        timer.restart();
        sync.start();
        if (!waitFor([&] { return caughtUp; }, 120000))
            return 5;
        const qint64 elapsed = timer.elapsed();
        // The last change must be in the cache, or the figure means nothing.
        const QString lastId = all.at((next - 1) % all.size()).value(u"id"_s).toString();
        if (store.entity(u"appointment"_s, lastId)->value(u"notes"_s).toString() !=
            u"Delta %1"_s.arg(next))
            return 6;
        std::printf("delta %d changes: %lld ms\n", changes, elapsed);
        std::fflush(stdout);
    }
    std::printf("peak RSS %ld MiB\n", peakRssKiB() / 1024);
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({
        {u"server-binary"_s, u"tresen-server to run."_s, u"path"_s},
        {u"appointments"_s, u"Appointments to seed."_s, u"n"_s, u"20000"_s},
        {u"deltas"_s, u"Delta sizes, comma-separated."_s, u"list"_s, u"10,100,1000"_s},
        {u"client"_s, u"Run as the measured workstation (internal)."_s},
    });
    parser.addPositionalArgument(u"args"_s, u"internal"_s);
    parser.process(app);
    QList<int> deltas;
    for (const QString &part : parser.value(u"deltas"_s).split(u','))
        deltas.append(part.toInt());
    if (parser.isSet(u"client"_s)) {
        const QStringList args = parser.positionalArguments();
        return args.size() == 2 ? runClient(QUrl(args.at(0)), args.at(1), deltas) : 2;
    }

    QTemporaryDir dir;
    const int count = parser.value(u"appointments"_s).toInt();
    QElapsedTimer seeding;
    seeding.start();
    if (!seed(dir.filePath(u"server.db"_s), count))
        return 1;
    std::printf("seeded %d appointments in %lld ms\n", count, seeding.elapsed());
    QTcpServer portProbe;
    portProbe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = portProbe.serverPort();
    portProbe.close();
    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(parser.value(u"server-binary"_s),
                 {u"serve"_s, u"--listen"_s, u"127.0.0.1:%1"_s.arg(port), u"--database"_s,
                  u"sqlite:"_s + dir.filePath(u"server.db"_s), u"--quiet"_s});
    if (!server.waitForStarted())
        return 1;
    QThread::msleep(1000);
    QProcess client;
    client.setProcessChannelMode(QProcess::ForwardedChannels);
    client.start(QCoreApplication::applicationFilePath(),
                 {u"--client"_s, u"--deltas"_s, parser.value(u"deltas"_s),
                  u"http://127.0.0.1:%1"_s.arg(port), dir.filePath(u"cache.db"_s)});
    client.waitForFinished(600000);
    server.terminate();
    server.waitForFinished();
    return client.exitCode();
}
