#pragma once

#include "core/domain/change.h"
#include "core/domain/dispatcher.h"
#include "server/auth/directorysnapshot.h"
#include "server/http/trustedproxies.h"
#include "server/instance/demodata.h"
#include "server/storage/databaseurl.h"

#include <QHostAddress>
#include <QObject>

#include <functional>
#include <memory>

class ApiServer;
class ChangeFeedHost;
class Database;
class DatabaseThread;
class QLockFile;
class QSslCertificate;
class QSslKey;
class EventHub;
class NeedToKnow;
class PublishedRevision;
class RequestWorkers;
class RetentionJob;
struct Backend;

struct ServerConfig
{
    DatabaseUrl database;
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; // 0: any free port
    bool demo = false;
    // The embedded demo: its database file is the demo's own, also one filled
    // before demo databases were marked (adopted and marked, not refused).
    bool demoOwnsDatabase = false;
    // With `demo`: eight weeks of finished days before today for the
    // statistics (DemoData::seedHistory), also added to a demo database
    // filled before. The embedded demo asks for it; a test only when it
    // looks at the statistics (it takes a few hundred milliseconds).
    bool demoHistory = false;
    QString tlsCertificatePath;
    QString tlsKeyPath;
    bool requestLogging = false;
    int noShowAfterCalls = 2;                               // see QueuePolicy
    DispatchPolicy dispatchPolicy = DispatchPolicy::Tresen; // see QueuePolicy
    int retentionDays = 14;         // see RetentionPolicy: appointments, and the others by default
    int ticketRetentionDays = -1;   // -1: retentionDays
    int weddingRetentionDays = -1;  // -1: retentionDays
    int documentRetentionDays = -1; // -1: retentionDays
    int reservationDays = 14;       // see WeddingPolicy
    // Uploaded documents; empty: "documents" beside a SQLite file, else the
    // server's data folder.
    QString documentFolder;
    // "simulated", "pmpayment:https://host/base" (mandant and secret from the
    // environment: TRESEN_PMPAYMENT_MANDANT, TRESEN_PMPAYMENT_SECRET) or
    // "epaybl:https://host/soap" (TRESEN_EPAYBL_MANDANT). With --demo and none
    // given: simulated.
    QStringList paymentProviders;
    // Threads that handle requests, each with a database connection of its
    // own (PostgreSQL only; 0: every request on the server's thread, as
    // always on SQLite, whose one writer gains nothing from more).
    int workers = 0;
    // Reverse proxies whose X-Forwarded-For names the client (for the audit
    // log and the login throttle); none by default.
    TrustedProxies trustedProxies;
    // Where the server keeps the highest revision it handed out per
    // database (PublishedRevision); empty: beside a SQLite file, else the
    // server's data folder.
    QString stateFolder;
};

// A running city backend: database (migrated), repositories, HTTP API and
// events, listening on one address. Lives on the thread that created it.
class ServerInstance : public QObject
{
    Q_OBJECT

public:
    explicit ServerInstance(const ServerConfig &config, QObject *parent = nullptr);
    ~ServerInstance() override;

    bool start(QString *error);
    quint16 port() const { return m_port; }
    QString baseUrl() const;
    // Reads the TLS certificate and key files again (SIGHUP, a reload of the
    // unit): new connections get them, open ones keep theirs. False, and
    // the old ones kept, when they cannot be read.
    bool reloadTls(QString *error);
    // Filled by start() when --demo seeded an empty database.
    const QList<DemoData::Login> &demoLogins() const { return m_demoLogins; }
    // start() failed because --demo may not run here (not loopback, or a city's data).
    bool demoRefused() const { return m_demoRefused; }

    // Where uploaded documents are kept when the configuration names no
    // folder: "documents" beside a SQLite file, else the server's data folder.
    static QString defaultDocumentFolder(const DatabaseUrl &database);
    // The lock file a server holds while it runs on the SQLite file at
    // `databasePath`: what `tresen-server erase` looks for before it writes.
    static QString sqliteLockPath(const QString &databasePath);
    // The document folder the last server started on this database used,
    // kept in server_info for `tresen-server erase` (empty: none recorded).
    static void recordDocumentFolder(Database &db, const QString &folder);
    static QString recordedDocumentFolder(Database &db);

    // Graceful shutdown: no new connections, open event sockets closed.
    void stopListening();
    // Requests the workers are still running (0 without workers): a
    // graceful shutdown waits for them to be answered.
    int requestsInHand() const;
    Backend &backend();
    // With workers it lives on a thread of its own: only for servers without.
    RetentionJob &retention();
    const ServerConfig &config() const { return m_config; }

private:
    // The certificate and key of the config's files.
    // The certificate file's chain (the server's first) and the key, which
    // must belong to it.
    bool readTlsIdentity(QList<QSslCertificate> *chain, QSslKey *key, QString *error) const;
    // Runs `work` on `thread`, or here when there is none.
    static void onThread(DatabaseThread *thread, const std::function<void()> &work);
    // A change the feed brings, on this thread, in revision order.
    void deliver(const Change &change);

    ServerConfig m_config;
    bool m_demoRefused = false;
    std::shared_ptr<QLockFile> m_sqliteLock; // shared by this process's servers on the file
    std::unique_ptr<Database> m_database;
    std::unique_ptr<NeedToKnow> m_needToKnow;
    DirectorySnapshot m_directory; // for m_eventsNeedToKnow
    std::unique_ptr<NeedToKnow> m_eventsNeedToKnow;
    std::unique_ptr<EventHub> m_events;
    std::unique_ptr<Backend> m_backend;
    std::unique_ptr<PublishedRevision> m_publishedRevision; // used by m_feedHost
    QString m_instanceId; // the database's epoch, when the server started
    // With workers, the feed and the retention job on threads of their own
    // (null: on this one).
    std::unique_ptr<DatabaseThread> m_feedThread;
    std::unique_ptr<Database> m_feedDatabase; // with m_feedThread
    std::unique_ptr<ChangeFeedHost> m_feedHost;
    std::function<void(const QList<Change> &)> m_committed; // to the feed, from any thread
    std::unique_ptr<DatabaseThread> m_retentionThread;
    std::unique_ptr<Database> m_retentionDatabase;
    std::unique_ptr<Backend> m_retentionBackend;
    std::unique_ptr<RetentionJob> m_retention;
    std::unique_ptr<ApiServer> m_api;
    std::unique_ptr<RequestWorkers> m_workers; // PostgreSQL, with `workers`
    quint16 m_port = 0;
    QList<DemoData::Login> m_demoLogins;
};
