// Statistics benchmark: how long the supervisors' figures take over real
// HTTP on loopback, and the server's memory, on a history of known size.
//
//   tresen-bench-stats --database sqlite:/tmp/stats.db --offices 10 --tickets 500000
//   tresen-bench-stats --database postgresql://user@127.0.0.1:5432/db
//
// Measured: one office's day (GET /statistics/daily), a city's year grouped
// by month (GET /statistics without officeId), cold (the first request,
// which makes the days' digests: what aggregating on demand would cost
// every time) and warm, one office's month by day, and how long a ticket
// event takes to reach a supervisor's workstation and show in the day's
// figures (event over the WebSocket, then the daily request).
// `scripts/dev bench` runs the figures of docs/benchmarks.md.

#include "server/instance/backend.h"
#include "server/instance/demodata.h"
#include "server/instance/demohistory.h"
#include "server/instance/embeddedserver.h"
#include "server/storage/migrations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <chrono>
#include <cstdio>

using namespace Qt::StringLiterals;
using SteadyClock = std::chrono::steady_clock;

namespace {
double msSince(SteadyClock::time_point start)
{
    return std::chrono::duration<double, std::milli>(SteadyClock::now() - start).count();
}

// Nearest rank, like the statistics themselves.
double percentile(std::vector<double> values, double share)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = size_t(std::ceil(share * double(values.size())));
    return values[std::clamp<size_t>(rank, 1, values.size()) - 1];
}

// The process's peak resident memory so far (the server runs in it).
double peakMiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

struct Reply
{
    int status = 0;
    QByteArray body;
};

Reply send(QNetworkAccessManager &network, const QByteArray &verb, const QUrl &url,
           const QByteArray &token, const QByteArray &body = {})
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = network.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                 reply->readAll()};
    reply->deleteLater();
    return result;
}

// The demo, then Bürgerämter like its first (services, counters, opening
// hours) up to `offices`, and about `tickets` tickets of history over the
// `days` days that end yesterday. Returns the offices' ids.
QList<qint64> prepare(const DatabaseUrl &url, int offices, int tickets, int days)
{
    Database db(url, u"bench-setup"_s);
    QString error;
    if (!db.open(&error) || !Migrations::apply(db, &error))
        qFatal("setup: %s", qPrintable(error));
    Backend backend(db);
    DemoData::seedIfEmpty(backend);
    QList<qint64> bueroaemter;
    for (const QJsonValue &office : backend.directory.offices())
        if (office[u"kind"_s].toString() != u"standesamt"_s)
            bueroaemter.append(office[u"id"_s].toString().toLongLong());
    const qint64 model = bueroaemter.first();
    Transaction transaction(db);
    while (bueroaemter.size() < offices) {
        const qint64 office = backend.directory.addOffice(
            u"Bürgeramt %1"_s.arg(bueroaemter.size() + 1), u"buergeramt"_s, u"Markt 1"_s);
        QList<qint64> services;
        for (const QJsonValue &s : backend.directory.services(model))
            services.append(backend.directory.addService(
                office, s[u"name"_s].toString(), s[u"prefix"_s].toString(),
                s[u"typicalMinutes"_s].toInt(), s[u"bookableOnline"_s].toBool()));
        for (int counter = 1; counter <= 6; ++counter)
            backend.directory.addCounter(office, u"Schalter %1"_s.arg(counter), services);
        db.exec(u"INSERT INTO office_hours (office_id, weekday, opens_minute, closes_minute) "
                "SELECT ?, weekday, opens_minute, closes_minute FROM office_hours WHERE "
                "office_id = ?"_s,
                {office, model});
        bueroaemter.append(office);
    }
    bueroaemter.resize(offices);
    transaction.commit();

    const QDate yesterday = QDate::currentDate().addDays(-1);
    const int workingDays = days * 5 / 7;
    const auto start = SteadyClock::now();
    int written = 0;
    for (const qint64 office : std::as_const(bueroaemter)) {
        DemoHistory::Options options;
        options.from = yesterday.addDays(1 - days);
        options.to = yesterday;
        options.visitorsPerDay = std::max(1, tickets / offices / std::max(1, workingDays));
        options.seed = quint32(office);
        options.estimateColumn = u"estimate_minutes"_s;
        written += DemoHistory::write(db, office, options).tickets;
    }
    std::printf("history: %d tickets over %d offices and %d days, written in %.1f s\n", written,
                offices, days, msSince(start) / 1000.0);
    return bueroaemter;
}

struct Figures
{
    double p50 = 0;
    double p99 = 0;
    double max = 0;
};

Figures timed(int rounds, const std::function<void()> &request)
{
    std::vector<double> times;
    for (int i = 0; i < rounds; ++i) {
        const auto start = SteadyClock::now();
        request();
        times.push_back(msSince(start));
    }
    return {percentile(times, 0.5), percentile(times, 0.99),
            *std::max_element(times.begin(), times.end())};
}

void print(const char *what, const Figures &figures)
{
    std::printf("%-46s p50 %8.1f ms   p99 %8.1f ms   max %8.1f ms   peak RSS %6.0f MiB\n", what,
                figures.p50, figures.p99, figures.max, peakMiB());
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({
        {u"database"_s, u"Database URL (a fresh one)."_s, u"url"_s},
        {u"offices"_s, u"Bürgerämter with history."_s, u"n"_s, u"10"_s},
        {u"tickets"_s, u"Tickets of history, about."_s, u"n"_s, u"500000"_s},
        {u"days"_s, u"Days of history, ending yesterday."_s, u"n"_s, u"365"_s},
        {u"rounds"_s, u"Requests per measurement."_s, u"n"_s, u"30"_s},
    });
    parser.addHelpOption();
    parser.process(app);
    QString error;
    const auto url = DatabaseUrl::parse(parser.value(u"database"_s), &error);
    if (!url)
        qFatal("%s", qPrintable(error));
    const int rounds = parser.value(u"rounds"_s).toInt();
    const int days = parser.value(u"days"_s).toInt();
    const QList<qint64> offices =
        prepare(*url, parser.value(u"offices"_s).toInt(), parser.value(u"tickets"_s).toInt(), days);

    ServerConfig config;
    config.database = *url;
    EmbeddedServer server(config);
    QSignalSpy started(&server, &EmbeddedServer::started);
    server.start();
    if (!started.wait(60000))
        qFatal("server did not start");
    const QUrl base = server.url();
    QNetworkAccessManager network;
    const auto login = [&](const QString &user) {
        const Reply reply = send(network, "POST", base.resolved(QUrl(u"/api/v1/session"_s)), {},
                                 u"{\"login\":\"%1\",\"password\":\"demo\"}"_s.arg(user).toUtf8());
        return QJsonDocument::fromJson(reply.body).object().value(u"token"_s).toString().toLatin1();
    };
    const QByteArray admin = login(u"admin"_s); // works in every office
    const QByteArray supervisor = login(u"weber"_s);
    const QByteArray clerk = login(u"mueller"_s);
    const auto get = [&](const QString &path, const QByteArray &token) {
        const Reply reply = send(network, "GET", base.resolved(QUrl(path)), token);
        if (reply.status != 200)
            qFatal("%s: %d %s", qPrintable(path), reply.status, reply.body.constData());
        return QJsonDocument::fromJson(reply.body).object();
    };
    std::printf("after start: peak RSS %.0f MiB\n", peakMiB());

    const QDate yesterday = QDate::currentDate().addDays(-1);
    QDate busyDay = yesterday;
    while (busyDay.dayOfWeek() > 5)
        busyDay = busyDay.addDays(-1);
    const QString day =
        u"/api/v1/statistics/daily?officeId=1&date=%1"_s.arg(busyDay.toString(Qt::ISODate));
    std::printf("one office's day: %d visitors\n", get(day, supervisor)[u"issued"_s].toInt());
    print("day of one office (from its tickets)", timed(rounds, [&] { get(day, supervisor); }));

    const QString year = u"/api/v1/statistics?from=%1&to=%2&groupBy=month"_s.arg(
        yesterday.addDays(1 - std::min(days, 366)).toString(Qt::ISODate),
        yesterday.toString(Qt::ISODate));
    QJsonObject figures;
    print("city's year by month, cold (makes digests)",
          timed(1, [&] { figures = get(year, admin); }));
    std::printf("city's year: %d visitors, %d offices, %lld groups\n",
                figures[u"totals"_s][u"issued"_s].toInt(),
                int(figures[u"offices"_s].toArray().size()),
                qlonglong(figures[u"groups"_s].toArray().size()));
    print("city's year by month, warm", timed(rounds, [&] { get(year, admin); }));
    const QString month = u"/api/v1/statistics?officeId=%1&from=%2&to=%3&groupBy=day"_s.arg(
        QString::number(offices.first()), yesterday.addDays(-30).toString(Qt::ISODate),
        yesterday.toString(Qt::ISODate));
    print("one office's month by day, warm", timed(rounds, [&] { get(month, supervisor); }));
    const QString heat = u"/api/v1/statistics?officeId=%1&from=%2&to=%3&groupBy=weekday"_s.arg(
        QString::number(offices.first()), yesterday.addDays(-7 * 8 + 1).toString(Qt::ISODate),
        yesterday.toString(Qt::ISODate));
    print("one office's 8 weeks by weekday, warm", timed(rounds, [&] { get(heat, supervisor); }));

    // The live day: a ticket is issued; the supervisor's workstation hears
    // the event and asks for the day's figures again, which count it.
    QWebSocket socket;
    QNetworkRequest events(QUrl(base.toString().replace(u"http"_s, u"ws"_s) + u"/api/v1/events"_s));
    events.setRawHeader("Authorization", "Bearer " + supervisor);
    QSignalSpy connected(&socket, &QWebSocket::connected);
    socket.open(events);
    if (!connected.wait(10000))
        qFatal("no event socket");
    QSignalSpy messages(&socket, &QWebSocket::textMessageReceived);
    const QString today = u"/api/v1/statistics/daily?officeId=1"_s;
    std::vector<double> live;
    for (int i = 0; i < rounds; ++i) {
        const int before = get(today, supervisor)[u"issued"_s].toInt();
        messages.clear();
        const auto start = SteadyClock::now();
        const Reply issued = send(network, "POST", base.resolved(QUrl(u"/api/v1/tickets"_s)), clerk,
                                  R"({"serviceId":"1"})");
        if (issued.status != 201)
            qFatal("issue: %d", issued.status);
        while (messages.isEmpty() ||
               !messages.last().first().toString().contains(u"ticket.created"_s))
            if (!messages.wait(5000))
                qFatal("no event within 5 s");
        const int after = get(today, supervisor)[u"issued"_s].toInt();
        if (after != before + 1)
            qFatal("the day counts %d, not %d", after, before + 1);
        live.push_back(msSince(start));
    }
    print("live: ticket issued to the day counting it",
          {percentile(live, 0.5), percentile(live, 0.99),
           *std::max_element(live.begin(), live.end())});
    return 0;
}
