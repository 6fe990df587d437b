#pragma once

#include "core/sync/backendclient.h"
#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"
#include "server/instance/serverinstance.h"
#include "server/storage/databaseurl.h"

#include <QDate>
#include <QJsonValue>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>
#include <QWebSocket>

#include <functional>
#include <memory>

// Helpers shared by the test executables: a fresh database of the kind the
// test run asks for (TRESEN_TEST_BACKEND=sqlite|postgresql), and a blocking
// HTTP client for asserting API behaviour over real loopback HTTP.
namespace TestSupport {

enum class DatabaseKind { Sqlite, Postgresql };
DatabaseKind databaseKind();
QString databaseKindName();

// An empty database named `name`. Without a PostgreSQL server to use
// (TRESEN_TEST_POSTGRES_URL) it returns nullopt and says why.
std::optional<DatabaseUrl> freshDatabase(const QString &name, const QTemporaryDir &dir,
                                         QString *whyNot);
bool postgresRequired();

struct HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonValue json;
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(const QByteArray &name) const;
};

class HttpClient
{
public:
    explicit HttpClient(const QUrl &baseUrl);
    ~HttpClient();

    HttpResult get(const QString &pathAndQuery, const QByteArray &token = {});
    HttpResult send(const QByteArray &method, const QString &path, const QByteArray &body,
                    const QByteArray &token = {},
                    const QList<QPair<QByteArray, QByteArray>> &headers = {});
    // POST /api/v1/session; the token, or empty on failure.
    QByteArray login(const QString &login, const QString &password);

private:
    QUrl m_baseUrl;
    QNetworkAccessManager *m_network;
};

// A server with the demo data on loopback, on this thread; null (and `error`
// set) when it does not start.
std::unique_ptr<ServerInstance> startDemoServer(const DatabaseUrl &database, QString *error);
// The same on a SQLite file in `dir`.
std::unique_ptr<ServerInstance> startDemoServer(const QTemporaryDir &dir, QString *error);
// The first Monday at least `weeks` weeks from today: past the demo's own
// appointments (this week and next), so a test has its slots to itself.
QDate mondayWeeksAhead(int weeks);

// Opens the events WebSocket of the server at `baseUrl` ("http://…") with
// `token`; false when it has not connected within 10 s.
bool openEvents(QWebSocket &socket, const QString &baseUrl, const QByteArray &token);

// Changes as the feed brings them into a workstation's cache: `data` as the
// entity's new state (its "id" is the entity's id), or the entity removed.
Change upsertChange(qint64 revision, const QString &entity, const QJsonObject &data);
Change removalChange(qint64 revision, const QString &entity, const QString &id);
// Runs `work(0)` … `work(workers - 1)` each on a thread of its own, all at
// once; false when one has not finished within `timeoutMs`.
bool runConcurrently(int workers, const std::function<void(int worker)> &work,
                     int timeoutMs = 120000);

// Work on a thread of its own, waited for when this goes: declared before
// what the work may wait on (an open transaction), it outlives it, so that
// a check failing meanwhile ends the test instead of aborting it.
class BackgroundWork
{
public:
    BackgroundWork() = default;
    BackgroundWork(const BackgroundWork &) = delete;
    BackgroundWork &operator=(const BackgroundWork &) = delete;
    ~BackgroundWork();
    void start(std::function<void()> work);
    // False when it has not ended within `timeoutMs`.
    bool wait(int timeoutMs = 30000);

private:
    std::unique_ptr<QThread> m_thread;
};

// Waits up to `timeoutMs` until a session of the PostgreSQL database `url`
// waits for a lock of one of `waitEvents` ("advisory", "transactionid",
// "tuple"); 0 looks once.
bool someoneWaitsForLock(const DatabaseUrl &url, const QStringList &waitEvents,
                         int timeoutMs = 30000);

// A workstation's core, as the apps wire it: logged in, its cache synced and
// the events socket open.
struct SyncedClient
{
    std::unique_ptr<BackendClient> client;
    std::unique_ptr<LocalStore> store;
    std::unique_ptr<SyncEngine> sync;

    ~SyncedClient();
    // Null (and `error` set) when login or the first sync do not succeed.
    static std::unique_ptr<SyncedClient> connect(const QUrl &server, const QString &login,
                                                 const QString &password, const QString &cacheFile,
                                                 QString *error);
};

} // namespace TestSupport

// In initTestCase(): a fresh database in `url`, or skip (fail when
// TRESEN_REQUIRE_POSTGRES is set, as the project's test command does).
#define TRESEN_FRESH_DATABASE(url, name, dir)                                                      \
    do {                                                                                           \
        QString whyNot_;                                                                           \
        const auto fresh_ = TestSupport::freshDatabase(name, dir, &whyNot_);                       \
        if (!fresh_) {                                                                             \
            if (TestSupport::postgresRequired())                                                   \
                QFAIL(qPrintable(whyNot_));                                                        \
            QSKIP(qPrintable(whyNot_));                                                            \
        }                                                                                          \
        url = *fresh_;                                                                             \
    } while (false)
