#include "testsupport.h"

#include "server/storage/database.h"
#include "server/storage/threadcleanup.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace TestSupport {

DatabaseKind databaseKind()
{
    return qEnvironmentVariable("TRESEN_TEST_BACKEND") == u"postgresql"_s ? DatabaseKind::Postgresql
                                                                          : DatabaseKind::Sqlite;
}

QString databaseKindName()
{
    return databaseKind() == DatabaseKind::Postgresql ? u"postgresql"_s : u"sqlite"_s;
}

bool postgresRequired()
{
    return qEnvironmentVariableIntValue("TRESEN_REQUIRE_POSTGRES") == 1;
}

std::optional<DatabaseUrl> freshDatabase(const QString &name, const QTemporaryDir &dir,
                                         QString *whyNot)
{
    if (databaseKind() == DatabaseKind::Sqlite) {
        DatabaseUrl url;
        url.kind = DatabaseUrl::Kind::Sqlite;
        url.path = dir.filePath(name + u".db"_s);
        return url;
    }
    const QString base = qEnvironmentVariable("TRESEN_TEST_POSTGRES_URL");
    if (base.isEmpty()) {
        *whyNot = u"TRESEN_TEST_POSTGRES_URL is not set; scripts/dev test provides a PostgreSQL"_s;
        return std::nullopt;
    }
    auto url = DatabaseUrl::parse(base, whyNot);
    if (!url)
        return std::nullopt;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, u"test-admin"_s);
        admin.setHostName(url->host);
        admin.setPort(url->port);
        admin.setUserName(url->user);
        admin.setPassword(url->password);
        admin.setDatabaseName(url->databaseName);
        if (!admin.open()) {
            *whyNot = u"Cannot reach the test PostgreSQL: "_s + admin.lastError().text();
            return std::nullopt;
        }
        // Test-controlled identifiers: DDL takes no bound parameters.
        QSqlQuery query(admin);
        const QString quoted = u'"' + name.toLower() + u'"';
        if (!query.exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(quoted)) ||
            !query.exec(u"CREATE DATABASE %1"_s.arg(quoted))) {
            *whyNot = query.lastError().text();
            return std::nullopt;
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(u"test-admin"_s);
    url->databaseName = name.toLower();
    return url;
}

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpClient::HttpClient(const QUrl &baseUrl)
    : m_baseUrl(baseUrl)
    , m_network(new QNetworkAccessManager)
{}

HttpClient::~HttpClient()
{
    delete m_network;
}

HttpResult HttpClient::get(const QString &pathAndQuery, const QByteArray &token)
{
    return send("GET", pathAndQuery, {}, token);
}

HttpResult HttpClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                            const QByteArray &token,
                            const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(m_baseUrl.resolved(QUrl(path)));
    request.setTransferTimeout(30000);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    const QJsonDocument document = QJsonDocument::fromJson(result.body);
    result.json = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    reply->deleteLater();
    return result;
}

QByteArray HttpClient::login(const QString &login, const QString &password)
{
    const QByteArray body =
        QJsonDocument(QJsonObject{{u"login"_s, login}, {u"password"_s, password}})
            .toJson(QJsonDocument::Compact);
    const HttpResult result = send("POST", u"/api/v1/session"_s, body);
    return result.json.toObject().value(u"token"_s).toString().toLatin1();
}

std::unique_ptr<ServerInstance> startDemoServer(const DatabaseUrl &database, QString *error)
{
    ServerConfig config;
    config.database = database;
    config.demo = true;
    auto server = std::make_unique<ServerInstance>(config);
    if (!server->start(error))
        return nullptr;
    return server;
}

std::unique_ptr<ServerInstance> startDemoServer(const QTemporaryDir &dir, QString *error)
{
    DatabaseUrl url;
    url.kind = DatabaseUrl::Kind::Sqlite;
    url.path = dir.filePath(u"server.db"_s);
    return startDemoServer(url, error);
}

bool runConcurrently(int workers, const std::function<void(int worker)> &work, int timeoutMs)
{
    std::vector<std::unique_ptr<QThread>> threads;
    for (int worker = 0; worker < workers; ++worker)
        threads.emplace_back(QThread::create([&work, worker] { work(worker); }));
    for (const auto &thread : threads)
        thread->start();
    bool finished = true;
    for (const auto &thread : threads)
        finished = thread->wait(timeoutMs) && finished;
    return finished;
}

BackgroundWork::~BackgroundWork()
{
    if (m_thread)
        m_thread->wait();
}

void BackgroundWork::start(std::function<void()> work)
{
    m_thread.reset(QThread::create(std::move(work)));
    releaseCryptoStateWhenFinished(*m_thread); // it may have used the database
    m_thread->start();
}

bool BackgroundWork::wait(int timeoutMs)
{
    return !m_thread || m_thread->wait(timeoutMs);
}

bool someoneWaitsForLock(const DatabaseUrl &url, const QStringList &waitEvents, int timeoutMs)
{
    Database observer(url, u"lock_observer"_s);
    QString error;
    if (!observer.open(&error)) {
        qWarning("someoneWaitsForLock: %s", qPrintable(error));
        return false;
    }
    for (int waited = 0;; waited += 20) {
        SqlRows waiting = observer.exec(
            u"SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND "
            "wait_event_type = 'Lock' AND wait_event = ANY(string_to_array(?, ','))"_s,
            {waitEvents.join(u',')});
        if (waiting.next() && waiting.value(0).toInt() > 0)
            return true;
        if (waited >= timeoutMs)
            return false;
        QThread::msleep(20);
    }
}

QDate mondayWeeksAhead(int weeks)
{
    QDate day = QDate::currentDate().addDays(7 * weeks);
    while (day.dayOfWeek() != 1)
        day = day.addDays(1);
    return day;
}

SyncedClient::~SyncedClient()
{
    sync.reset();
    store.reset();
    client.reset();
}

std::unique_ptr<SyncedClient> SyncedClient::connect(const QUrl &server, const QString &login,
                                                    const QString &password,
                                                    const QString &cacheFile, QString *error)
{
    auto synced = std::make_unique<SyncedClient>();
    synced->client = std::make_unique<BackendClient>();
    synced->client->setBaseUrl(server);
    std::optional<ApiResponse> answer;
    synced->client->login(login, password, synced->client.get(),
                          [&answer](const ApiResponse &r, const SessionInfo &) { answer = r; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000) || !answer->ok()) {
        *error = answer ? answer->message : u"no answer to the login"_s;
        return nullptr;
    }
    synced->store = std::make_unique<LocalStore>(cacheFile, u"cache-"_s + login);
    if (const Result<void> opened = synced->store->open(); !opened) {
        *error = opened.error();
        return nullptr;
    }
    synced->sync = std::make_unique<SyncEngine>(synced->client.get(), synced->store.get());
    synced->sync->start();
    // The demo data has ten counters: synced when they are all here.
    if (!QTest::qWaitFor(
            [&synced] {
                return synced->sync->connection() == SyncEngine::Connection::Online &&
                       synced->store->entities(u"counter"_s).size() >= 10;
            },
            10000)) {
        *error = u"the first sync did not complete"_s;
        return nullptr;
    }
    return synced;
}

bool openEvents(QWebSocket &socket, const QString &baseUrl, const QByteArray &token)
{
    QString url = baseUrl;
    QNetworkRequest request(QUrl(url.replace(u"http"_s, u"ws"_s) + u"/api/v1/events"_s));
    request.setRawHeader("Authorization", "Bearer " + token);
    QSignalSpy connected(&socket, &QWebSocket::connected);
    socket.open(request);
    return connected.wait(10000);
}

Change upsertChange(qint64 revision, const QString &entity, const QJsonObject &data)
{
    Change change;
    change.revision = revision;
    change.entity = entity;
    change.id = data.value(u"id"_s).toString();
    change.event = entity + u".updated"_s;
    change.data = data;
    return change;
}

Change removalChange(qint64 revision, const QString &entity, const QString &id)
{
    Change change;
    change.revision = revision;
    change.entity = entity;
    change.id = id;
    change.op = Change::Op::Delete;
    return change;
}

} // namespace TestSupport
