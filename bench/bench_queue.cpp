// Queue-calling benchmark: the latency from a clerk's call-next request to
// the call display receiving the event, and call-next throughput, with N
// counters calling and M displays connected on loopback.
//
//   tresen-bench-queue --database sqlite:/tmp/bench.db --counters 20 --displays 5
//   tresen-bench-queue --database postgresql://user@127.0.0.1:5432/db --counters 50
//
// `scripts/dev bench` runs the figures of docs/benchmarks.md.

#include "server/instance/backend.h"
#include "server/instance/demodata.h"
#include "server/instance/embeddedserver.h"
#include "server/storage/migrations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QThread>
#include <QWebSocket>

#include <algorithm>
#include <chrono>
#include <cstdio>

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

Reply post(QNetworkAccessManager &network, const QUrl &url, const QByteArray &token)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = network.post(request, QByteArray("{}"));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                 QJsonDocument::fromJson(reply->readAll()).object()};
    reply->deleteLater();
    return result;
}

// Makes sure `counters` counters of the Bürgeramt serve its first service and
// `tickets` tickets wait for it; returns those counters' ids.
QList<qint64> prepare(const DatabaseUrl &url, int counters, int tickets)
{
    Database db(url, u"bench-setup"_s);
    QString error;
    if (!db.open(&error) || !Migrations::apply(db, &error))
        qFatal("setup: %s", qPrintable(error));
    const NeedToKnow nobody([](qint64) { return QString(); }); // no one listens here
    EventHub hub(nobody);
    Backend backend(db, hub);
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
    const QList<qint64> counterIds = prepare(*url, counters, counters * callsPerCounter);

    ServerConfig config;
    config.database = *url;
    EmbeddedServer server(config);
    QSignalSpy started(&server, &EmbeddedServer::started);
    server.start();
    if (!started.wait(30000))
        qFatal("server did not start");
    const QUrl base = server.url();

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
    for (int i = 0; i < displays; ++i) {
        auto *socket = new QWebSocket;
        socket->moveToThread(&displayThread);
        sockets.append(socket);
    }
    displayThread.start();
    for (QWebSocket *socket : sockets) {
        QMetaObject::invokeMethod(socket, [&, socket] {
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
            QNetworkRequest request(
                QUrl(base.toString().replace(u"http"_s, u"ws"_s) + u"/api/v1/events"_s));
            request.setRawHeader("Authorization", "Bearer " + display);
            socket->open(request);
        });
    }
    QThread::msleep(500);

    int callNextRequests = 0;
    const auto begin = SteadyClock::now();
    QList<QThread *> threads;
    for (const qint64 counter : counterIds) {
        threads.append(QThread::create([&, counter] {
            QNetworkAccessManager http;
            const QUrl callNext =
                base.resolved(QUrl(u"/api/v1/counters/%1/call-next"_s.arg(counter)));
            int mine = 0;
            for (int i = 0; i < callsPerCounter; ++i) {
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
        }));
    }
    for (QThread *thread : threads)
        thread->start();
    for (QThread *thread : threads) {
        thread->wait();
        delete thread;
    }
    const double seconds = std::chrono::duration<double>(SteadyClock::now() - begin).count();
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
    std::printf("database=%s counters=%d displays=%d pause=%d ms calls=%lld events=%d\n",
                url->kind == DatabaseUrl::Kind::Sqlite ? "sqlite" : "postgresql", counters,
                displays, pauseMs, static_cast<long long>(sent.size()), received);
    std::printf("call->display latency ms: p50=%.2f p90=%.2f p99=%.2f max=%.2f\n",
                percentile(latencies, 0.5), percentile(latencies, 0.9), percentile(latencies, 0.99),
                percentile(latencies, 1.0));
    std::printf("throughput: %.0f call-next/s, %.0f requests/s (call, start, finish) over %.2f s\n",
                callNextRequests / seconds, (callNextRequests + 2.0 * sent.size()) / seconds,
                seconds);
    return 0;
}
