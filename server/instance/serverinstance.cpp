#include "server/instance/serverinstance.h"

#include "server/api/routes.h"
#include "server/auth/needtoknow.h"
#include "server/auth/sessionrepository.h"
#include "server/http/apiserver.h"
#include "server/http/eventhub.h"
#include "server/http/requestworkers.h"
#include "server/instance/backend.h"
#include "server/instance/changefeedhost.h"
#include "server/instance/publishedrevision.h"
#include "server/instance/retentionjob.h"
#include "server/payments/epayblprovider.h"
#include "server/payments/pmpaymentprovider.h"
#include "server/payments/simulatedpaymentprovider.h"
#include "server/storage/databasethread.h"
#include "server/storage/migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QMutex>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QStandardPaths>
#include <QUuid>

#include <memory>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

using namespace Qt::StringLiterals;

namespace {
// Whether the PEM private key is the one of the PEM certificate (OpenSSL
// on the PEM text: Qt's native key handle differs by key type).
bool keyBelongsTo(const QByteArray &certificatePem, const QByteArray &keyPem)
{
    const std::unique_ptr<BIO, decltype(&BIO_free)> certificateBio(
        BIO_new_mem_buf(certificatePem.constData(), int(certificatePem.size())), &BIO_free);
    const std::unique_ptr<BIO, decltype(&BIO_free)> keyBio(
        BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())), &BIO_free);
    if (!certificateBio || !keyBio)
        return false;
    const std::unique_ptr<X509, decltype(&X509_free)> certificate(
        PEM_read_bio_X509(certificateBio.get(), nullptr, nullptr, nullptr), &X509_free);
    const std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr), &EVP_PKEY_free);
    return certificate && key && X509_check_private_key(certificate.get(), key.get()) == 1;
}

// Each area of the API gets the parts of the backend it works with.
void installRoutes(RequestDispatcher &api, Backend &b, const NeedToKnow &needToKnow)
{
    installSessionRoutes(api, {.db = b.db,
                               .users = b.users,
                               .sessions = b.sessions,
                               .loginThrottle = b.loginThrottle,
                               .auditLog = b.auditLog});
    installUserRoutes(api, {.users = b.users, .sessions = b.sessions, .auditLog = b.auditLog});
    installDirectoryRoutes(api, {.directory = b.directory});
    installChangesRoutes(api, {.changes = b.changes, .needToKnow = needToKnow});
    installQueueRoutes(api, {.needToKnow = needToKnow,
                             .directory = b.directory,
                             .tickets = b.tickets,
                             .appointments = b.appointments,
                             .settings = b.officeSettings,
                             .serviceTimes = b.serviceTimes,
                             .auditLog = b.auditLog,
                             .clock = b.clock,
                             .numberBlocks = b.numberBlocks});
    installStatisticsRoutes(api, {.directory = b.directory,
                                  .tickets = b.tickets,
                                  .statistics = b.statistics,
                                  .auditLog = b.auditLog,
                                  .clock = b.clock});
    installPaymentRoutes(
        api, {.needToKnow = needToKnow, .payments = b.payments, .auditLog = b.auditLog});
    installAppointmentRoutes(api, {.needToKnow = needToKnow,
                                   .directory = b.directory,
                                   .tickets = b.tickets,
                                   .appointments = b.appointments,
                                   .auditLog = b.auditLog,
                                   .clock = b.clock,
                                   .settings = b.officeSettings,
                                   .serviceTimes = b.serviceTimes});
    installDocumentRoutes(api, {.needToKnow = needToKnow,
                                .documents = b.documents,
                                .tickets = b.tickets,
                                .appointments = b.appointments,
                                .weddings = b.weddings,
                                .auditLog = b.auditLog,
                                .documentFolder = b.documentFolder});
    installWeddingRoutes(api, {.needToKnow = needToKnow,
                               .weddings = b.weddings,
                               .users = b.users,
                               .auditLog = b.auditLog,
                               .settings = b.officeSettings,
                               .clock = b.clock});
    installOrganisationRoutes(api, {.directory = b.directory,
                                    .appointments = b.appointments,
                                    .weddings = b.weddings,
                                    .settings = b.officeSettings,
                                    .auditLog = b.auditLog,
                                    .clock = b.clock});
    installOutboxDiscardRoutes(api, {.auditLog = b.auditLog});
    installAuditRoutes(api, {.auditLog = b.auditLog});
    installPrivacyRoutes(api, {.db = b.db,
                               .privacy = b.privacy,
                               .documents = b.documents,
                               .documentFolder = b.documentFolder,
                               .reclaimSoon = b.reclaimSoon});
}

// The entities a write may answer with, read as they are now: the dispatcher
// stores such an answer as a reference and replays it from here. Any other
// answer is kept as its status and id only.
EntityReader currentEntities(Backend &b)
{
    EntityReader reader;
    reader.kinds = {u"ticket"_s, u"appointment"_s, u"wedding_booking"_s, u"document"_s,
                    u"office"_s, u"service"_s,     u"counter"_s};
    reader.read = [&b](const QString &kind, const QString &id) -> std::optional<QJsonObject> {
        bool ok = false;
        const qint64 number = id.toLongLong(&ok);
        if (!ok)
            return std::nullopt;
        if (kind == u"ticket"_s) {
            const auto ticket = b.tickets.find(number);
            return ticket ? std::optional(ticket->toJson()) : std::nullopt;
        }
        if (kind == u"appointment"_s) {
            const auto appointment = b.appointments.find(number);
            return appointment ? std::optional(appointment->toJson()) : std::nullopt;
        }
        if (kind == u"wedding_booking"_s) {
            const auto booking = b.weddings.find(number);
            return booking ? std::optional(booking->toJson()) : std::nullopt;
        }
        if (kind == u"document"_s)
            return b.documents.find(number);
        if (kind == u"office"_s)
            return b.directory.office(number);
        if (kind == u"service"_s)
            return b.directory.service(number);
        if (kind == u"counter"_s)
            return b.directory.counter(number);
        return std::nullopt;
    };
    return reader;
}

// Who may see what depends on the office's kind and a wedding room's office:
// read through `backend` (null until it exists).
std::unique_ptr<NeedToKnow> needToKnowOver(const std::function<Backend *()> &backend)
{
    return std::make_unique<NeedToKnow>(
        [backend](qint64 officeId) {
            const auto office = backend() ? backend()->directory.office(officeId) : std::nullopt;
            return office ? office->value(u"kind"_s).toString() : QString();
        },
        [backend](qint64 roomId) -> qint64 {
            if (!backend())
                return 0;
            for (const WeddingRoom &room : backend()->weddings.rooms()) {
                if (room.id == roomId)
                    return room.officeId;
            }
            return 0;
        });
}

// A statement that runs longer is cancelled (its request answers 500) rather
// than holding a worker and its locks: the longest reports take seconds.
constexpr QLatin1StringView kStatementTimeout{"60s"};

// A connection of its own for a thread other than the server's: what runs
// there does not wait for the server's statements, nor they for its.
// `limitStatements`: with kStatementTimeout (not for VACUUM, which the
// retention job runs to let go of removed text).
std::unique_ptr<Database> ownConnection(const ServerConfig &config, const QString &purpose,
                                        QString *error, bool limitStatements = true)
{
    auto db = std::make_unique<Database>(
        config.database, u"tresen-%1-"_s.arg(purpose) + QUuid::createUuid().toString(QUuid::Id128));
    if (limitStatements)
        db->setStatementTimeout(kStatementTimeout);
    if (!db->open(error))
        return nullptr;
    return db;
}

// Repositories over `db` with the server's settings.
std::unique_ptr<Backend> backendLike(Database &db, const Backend &main)
{
    auto backend = std::make_unique<Backend>(db);
    backend->queuePolicy = main.queuePolicy;
    backend->retention = main.retention;
    backend->weddingPolicy = main.weddingPolicy;
    backend->documentFolder = main.documentFolder;
    backend->clock = main.clock;
    return backend;
}

// One request worker's own connection and repositories, with the server's
// routes and settings; made and destroyed on the worker's thread.
class WorkerContext : public RequestWorkers::Context
{
public:
    static std::unique_ptr<WorkerContext> make(const ServerConfig &config, const Backend &main,
                                               RetentionJob *retention, qsizetype serverRoutes,
                                               QString *error)
    {
        auto worker = std::unique_ptr<WorkerContext>(new WorkerContext);
        worker->m_db = ownConnection(config, u"worker"_s, error);
        if (!worker->m_db)
            return nullptr;
        WorkerContext *self = worker.get();
        worker->m_needToKnow = needToKnowOver([self] { return self->m_backend.get(); });
        worker->m_backend = backendLike(*worker->m_db, main);
        Backend &b = *worker->m_backend;
        // The retention job lives on a thread of its own.
        b.reclaimSoon = [retention] {
            QMetaObject::invokeMethod(retention, &RetentionJob::reclaimSoon, Qt::QueuedConnection);
        };
        worker->m_dispatcher = std::make_unique<RequestDispatcher>(
            RequestDispatcher::Parts{b.db, b.sessions, b.changes, b.idempotency, currentEntities(b),
                                     *worker->m_needToKnow, b.auditLog});
        worker->m_dispatcher->setTrustedProxies(config.trustedProxies);
        installRoutes(*worker->m_dispatcher, b, *worker->m_needToKnow);
        // The server finds a route by its index, the worker runs it by that.
        if (worker->m_dispatcher->routeCount() != serverRoutes) {
            *error = u"the workers' routes differ from the server's"_s;
            return nullptr;
        }
        return worker;
    }

    RequestDispatcher &dispatcher() override { return *m_dispatcher; }

private:
    WorkerContext() = default;

    std::unique_ptr<Database> m_db;
    std::unique_ptr<NeedToKnow> m_needToKnow;
    std::unique_ptr<Backend> m_backend;
    std::unique_ptr<RequestDispatcher> m_dispatcher;
};

int daysOr(int days, int fallback)
{
    return days >= 0 ? days : fallback;
}
} // namespace

ServerInstance::ServerInstance(const ServerConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
{}

ServerInstance::~ServerInstance()
{
    if (m_events)
        m_events->closeAll();
    if (m_backend) {
        m_backend->reclaimSoon = [] {};
        m_backend->committed = [](const QList<Change> &) {};
    }
    // The workers' answers in hand are posted to the API server: it must
    // outlive them, and drops what it has not taken yet.
    if (m_api)
        m_api->setWorkers(nullptr);
    m_workers.reset();
    // Each on the thread it lives on; what they posted to this server is
    // dropped with it.
    onThread(m_retentionThread.get(), [this] {
        m_retention.reset();
        m_retentionBackend.reset();
        m_retentionDatabase.reset();
    });
    m_retentionThread.reset();
    m_api.reset(); // hands changes to the feed host
    onThread(m_feedThread.get(), [this] {
        m_feedHost.reset();
        m_feedDatabase.reset();
    });
    m_feedThread.reset();
    m_backend.reset();
    m_database.reset();
    m_sqliteLock.reset();
}

void ServerInstance::onThread(DatabaseThread *thread, const std::function<void()> &work)
{
    if (thread)
        thread->runAndWait(work);
    else
        work();
}

void ServerInstance::deliver(const Change &change)
{
    m_directory.apply(change);
    if (change.entity != SessionRepository::kSessionsEnded) {
        m_events->publish(change);
        return;
    }
    // A user's sessions ended or changed (on any server): their sockets here
    // are checked before they get any later change.
    if (m_api)
        m_api->recheckSessions(change.id.toLongLong());
    m_events->passed(change.revision);
}

QString ServerInstance::defaultDocumentFolder(const DatabaseUrl &database)
{
    return database.kind == DatabaseUrl::Kind::Sqlite
               ? QFileInfo(database.path).absolutePath() + u"/documents"_s
               : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                     u"/documents"_s;
}

QString ServerInstance::sqliteLockPath(const QString &databasePath)
{
    return databasePath + u".server-lock"_s;
}

namespace {
const QString kDocumentFolderKey = u"document_folder"_s;

// Servers of one process (the workstation's embedded one, a test's several)
// share that process's lock on a SQLite file: only another process is kept
// out. The lock is released with the last of them.
std::shared_ptr<QLockFile> lockForThisProcess(const QString &path, QString *holder)
{
    static QMutex mutex;
    static QHash<QString, std::weak_ptr<QLockFile>> held;
    const QMutexLocker locker(&mutex);
    if (std::shared_ptr<QLockFile> lock = held.value(path).lock())
        return lock;
    auto lock = std::make_shared<QLockFile>(path);
    lock->setStaleLockTime(0); // a dead process's lock is taken over
    if (!lock->tryLock(0)) {
        qint64 pid = 0;
        QString host;
        QString app;
        *holder = lock->getLockInfo(&pid, &host, &app) ? QString::number(pid) : u"?"_s;
        return nullptr;
    }
    held.insert(path, lock);
    return lock;
}
} // namespace

void ServerInstance::recordDocumentFolder(Database &db, const QString &folder)
{
    Transaction transaction(db);
    db.exec(u"DELETE FROM server_info WHERE key = ?"_s, {kDocumentFolderKey});
    db.exec(u"INSERT INTO server_info (key, value) VALUES (?, ?)"_s,
            {kDocumentFolderKey, QFileInfo(folder).absoluteFilePath()});
    transaction.commit();
}

QString ServerInstance::recordedDocumentFolder(Database &db)
{
    SqlRows rows = db.exec(u"SELECT value FROM server_info WHERE key = ?"_s, {kDocumentFolderKey});
    return rows.next() ? rows.value(0).toString() : QString();
}

bool ServerInstance::start(QString *error)
{
    m_database = std::make_unique<Database>(
        m_config.database, u"tresen-server-"_s + QUuid::createUuid().toString(QUuid::Id128));
    QString reason;
    if (!m_database->open(&reason)) {
        *error = tr("Cannot open the database %1: %2").arg(m_config.database.redacted(), reason);
        return false;
    }
    if (m_config.database.kind == DatabaseUrl::Kind::Sqlite) {
        // Says "a server runs on this file" to `tresen-server erase` and to a
        // second server, neither of which may write beside it. Released when
        // this instance ends (or its process dies: a stale lock is taken over).
        QString holder;
        m_sqliteLock = lockForThisProcess(sqliteLockPath(m_config.database.path), &holder);
        if (!m_sqliteLock) {
            *error = tr("Another process (%1) uses the database %2: a second server or "
                        "`tresen-server erase`. Stop it first, or wait until it has finished.")
                         .arg(holder, m_config.database.path);
            return false;
        }
    }
    if (!Migrations::apply(*m_database, &reason)) {
        *error = tr("Cannot migrate the database: %1").arg(reason);
        return false;
    }
    // A database that went back under workstations that saw later revisions
    // is not served: they would skip every change up to those.
    m_publishedRevision =
        std::make_unique<PublishedRevision>(m_config.database, m_config.stateFolder);
    try {
        ChangeLog log(*m_database);
        m_instanceId = log.instanceId();
        if (const QString refusal =
                m_publishedRevision->refusal(m_instanceId, log.latestRevision());
            !refusal.isEmpty()) {
            *error = refusal;
            return false;
        }
    } catch (const DatabaseFailure &failure) {
        *error = tr("Cannot read the change log: %1").arg(QString::fromUtf8(failure.what()));
        return false;
    }
    // Office kinds come from the directory: for the routes from the
    // database, for the event sockets from memory (their thread does not
    // wait for the database).
    m_needToKnow = needToKnowOver([this] { return m_backend.get(); });
    m_eventsNeedToKnow = std::make_unique<NeedToKnow>(
        [this](qint64 officeId) { return m_directory.officeKind(officeId); },
        [this](qint64 roomId) { return m_directory.roomOffice(roomId); });
    m_events = std::make_unique<EventHub>(*m_eventsNeedToKnow);
    m_backend = std::make_unique<Backend>(*m_database);
    m_backend->queuePolicy.noShowAfterCalls = m_config.noShowAfterCalls;
    m_backend->queuePolicy.dispatch = m_config.dispatchPolicy;
    m_backend->retention.appointmentDays = m_config.retentionDays;
    m_backend->retention.ticketDays = daysOr(m_config.ticketRetentionDays, m_config.retentionDays);
    m_backend->retention.weddingDays =
        daysOr(m_config.weddingRetentionDays, m_config.retentionDays);
    m_backend->retention.documentDays =
        daysOr(m_config.documentRetentionDays, m_config.retentionDays);
    m_backend->weddingPolicy.reservationDays = m_config.reservationDays;
    m_backend->documentFolder = m_config.documentFolder;
    if (m_backend->documentFolder.isEmpty())
        m_backend->documentFolder = defaultDocumentFolder(m_config.database);
    // A folder we make is the server's user's alone: scans name people.
    if (!QFileInfo::exists(m_backend->documentFolder) &&
        (!QDir().mkpath(m_backend->documentFolder) ||
         !QFile::setPermissions(m_backend->documentFolder,
                                QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))) {
        *error = tr("Cannot create the document folder %1.").arg(m_backend->documentFolder);
        return false;
    }
    try {
        recordDocumentFolder(*m_database, m_backend->documentFolder);
    } catch (const DatabaseFailure &failure) {
        *error = tr("Cannot migrate the database: %1").arg(QString::fromUtf8(failure.what()));
        return false;
    }
    QStringList providers = m_config.paymentProviders;
    if (providers.isEmpty() && m_config.demo)
        providers.append(u"simulated"_s);
    for (const QString &spec : std::as_const(providers)) {
        if (spec == u"simulated"_s) {
            m_backend->payments.addProvider(new SimulatedPaymentProvider);
        } else if (spec.startsWith(u"pmpayment:"_s)) {
            PmPaymentProvider::Config provider;
            provider.baseUrl = QUrl(spec.mid(10));
            provider.mandant = qEnvironmentVariable("TRESEN_PMPAYMENT_MANDANT");
            provider.secret = qgetenv("TRESEN_PMPAYMENT_SECRET");
            if (!provider.baseUrl.isValid() || provider.secret.isEmpty()) {
                *error = tr("The pmPayment provider needs a URL and TRESEN_PMPAYMENT_SECRET.");
                return false;
            }
            m_backend->payments.addProvider(new PmPaymentProvider(provider));
        } else if (spec.startsWith(u"epaybl:"_s)) {
            EPayBlProvider::Config provider;
            provider.endpoint = QUrl(spec.mid(7));
            provider.mandant = qEnvironmentVariable("TRESEN_EPAYBL_MANDANT");
            if (!provider.endpoint.isValid() || provider.mandant.isEmpty()) {
                *error = tr("The ePayBL provider needs a URL and TRESEN_EPAYBL_MANDANT.");
                return false;
            }
            m_backend->payments.addProvider(new EPayBlProvider(provider));
        } else {
            *error = tr("Unknown payment provider \"%1\".").arg(spec);
            return false;
        }
    }
    if (m_config.demo) {
        // The demo's users have the password "demo": never on a network, never
        // mixed into a city's data.
        if (!m_config.address.isLoopback()) {
            m_demoRefused = true;
            *error = tr("--demo listens on a loopback address only (e.g. 127.0.0.1), not on "
                        "%1: its users' password is \"demo\".")
                         .arg(m_config.address.toString());
            return false;
        }
        try {
            const DemoData::Contents contents = DemoData::contents(*m_backend);
            if (contents == DemoData::Contents::CityData && m_config.demoOwnsDatabase)
                DemoData::markAsDemo(*m_backend);
            else if (contents == DemoData::Contents::CityData) {
                m_demoRefused = true;
                *error = tr("--demo fills only an empty database or one it filled itself; this "
                            "one holds a city's offices. Start without --demo.");
                return false;
            }
            m_demoLogins = DemoData::seedIfEmpty(*m_backend);
            if (m_config.demoHistory)
                DemoData::seedHistory(*m_backend);
        } catch (const DatabaseFailure &failure) {
            *error = tr("Cannot fill the demo data: %1").arg(QString::fromUtf8(failure.what()));
            return false;
        }
    }
    // With request workers, the change feed and the retention job run on
    // threads of their own with connections of their own: this thread, which
    // accepts connections and writes every answer, then waits for the
    // database only in the async routes (payments).
    const bool ownThreads =
        m_config.workers > 0 && m_config.database.kind == DatabaseUrl::Kind::Postgresql;
    ChangeFeed::Deliver deliverHere = [this](const Change &change) { deliver(change); };
    if (ownThreads) {
        deliverHere = [this](const Change &change) {
            QMetaObject::invokeMethod(
                this, [this, change] { deliver(change); }, Qt::QueuedConnection);
        };
        m_feedThread = std::make_unique<DatabaseThread>(u"change feed"_s);
    }
    bool feedStarted = false;
    onThread(m_feedThread.get(), [&] {
        if (ownThreads) {
            m_feedDatabase = ownConnection(m_config, u"feed"_s, &reason);
            if (!m_feedDatabase) {
                reason = tr("Cannot open the database for the change feed: %1").arg(reason);
                return;
            }
        }
        m_feedHost = std::make_unique<ChangeFeedHost>(
            ChangeFeedHost::Config{m_config.database, ownThreads ? *m_feedDatabase : *m_database,
                                   *m_publishedRevision, m_instanceId, deliverHere});
        feedStarted = m_feedHost->start(&reason);
    });
    if (!feedStarted) {
        *error = reason;
        return false;
    }
    m_events->passed(m_feedHost->startRevision());
    // Read after the feed's start: what changed since comes by the feed.
    try {
        for (const QJsonValue &office : m_backend->directory.offices())
            m_directory.setOffice(office[u"id"_s].toString().toLongLong(),
                                  office[u"kind"_s].toString());
        for (const WeddingRoom &room : m_backend->weddings.rooms())
            m_directory.setRoom(room.id, room.officeId);
    } catch (const DatabaseFailure &failure) {
        *error = tr("Cannot read the directory: %1").arg(QString::fromUtf8(failure.what()));
        return false;
    }
    m_committed = [host = m_feedHost.get(), ownThreads](const QList<Change> &changes) {
        if (ownThreads)
            QMetaObject::invokeMethod(
                host, [host, changes] { host->feed().committed(changes); }, Qt::QueuedConnection);
        else
            host->feed().committed(changes);
    };
    m_backend->committed = m_committed;

    if (ownThreads) {
        m_retentionThread = std::make_unique<DatabaseThread>(u"retention"_s);
        m_retentionThread->runAndWait([&] {
            m_retentionDatabase = ownConnection(m_config, u"retention"_s, &reason, false);
            if (!m_retentionDatabase)
                return;
            m_retentionBackend = backendLike(*m_retentionDatabase, *m_backend);
            m_retentionBackend->committed = m_committed;
            m_retention = std::make_unique<RetentionJob>(*m_retentionBackend);
            m_retentionBackend->reclaimSoon = [job = m_retention.get()] { job->reclaimSoon(); };
            m_retention->start();
        });
        if (!m_retention) {
            *error = tr("Cannot open the database for the retention job: %1").arg(reason);
            return false;
        }
        m_backend->reclaimSoon = [job = m_retention.get()] {
            QMetaObject::invokeMethod(job, &RetentionJob::reclaimSoon, Qt::QueuedConnection);
        };
    } else {
        m_retention = std::make_unique<RetentionJob>(*m_backend);
        m_backend->reclaimSoon = [job = m_retention.get()] { job->reclaimSoon(); };
        m_retention->start();
    }
    m_api = std::make_unique<ApiServer>(ApiServer::Parts{
        {m_backend->db, m_backend->sessions, m_backend->changes, m_backend->idempotency,
         currentEntities(*m_backend), *m_needToKnow, m_backend->auditLog},
        *m_events,
        m_committed});
    m_api->setRequestLogging(m_config.requestLogging);
    m_api->setTrustedProxies(m_config.trustedProxies);
    installRoutes(m_api->dispatcher(), *m_backend, *m_needToKnow);
    // On PostgreSQL, requests run on workers with connections of their own;
    // the async routes (payments) and the event sockets stay here.
    if (ownThreads) {
        m_workers = std::make_unique<RequestWorkers>();
        const RequestWorkers::Factory factory = [this](QString *why) {
            return WorkerContext::make(m_config, *m_backend, m_retention.get(),
                                       m_api->dispatcher().routeCount(), why);
        };
        if (!m_workers->start(m_config.workers, factory, &reason)) {
            *error = tr("Cannot open the database for the request workers: %1").arg(reason);
            return false;
        }
        m_api->setWorkers(m_workers.get());
    }

    if (!m_config.tlsCertificatePath.isEmpty()) {
        QList<QSslCertificate> chain;
        QSslKey key;
        if (!readTlsIdentity(&chain, &key, error))
            return false;
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificateChain(chain);
        configuration.setPrivateKey(key);
        m_api->sslSetup(configuration);
    }

    m_port = m_api->listen(m_config.address, m_config.port);
    if (m_port == 0) {
        *error = tr("Cannot listen on %1:%2 (address in use or not permitted).")
                     .arg(m_config.address.toString())
                     .arg(m_config.port);
        return false;
    }
    return true;
}

bool ServerInstance::readTlsIdentity(QList<QSslCertificate> *chain, QSslKey *key,
                                     QString *error) const
{
    QFile certificateFile(m_config.tlsCertificatePath);
    QFile keyFile(m_config.tlsKeyPath);
    if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the TLS certificate or key file.");
        return false;
    }
    // The server's certificate first, then its intermediates (a full chain).
    *chain = QSslCertificate::fromDevice(&certificateFile, QSsl::Pem);
    const QByteArray keyPem = keyFile.readAll();
    *key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key->isNull())
        *key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (chain->isEmpty() || chain->first().isNull() || key->isNull()) {
        *error = tr("The TLS certificate or key is not a valid PEM file.");
        return false;
    }
    // A renewal that has written one of the two files so far, or the wrong
    // key: every handshake would fail.
    if (!keyBelongsTo(chain->first().toPem(), keyPem)) {
        *error = tr("The TLS key does not belong to the certificate.");
        return false;
    }
    return true;
}

bool ServerInstance::reloadTls(QString *error)
{
    if (m_config.tlsCertificatePath.isEmpty())
        return true; // plain HTTP behind a proxy: nothing to read
    QList<QSslCertificate> chain;
    QSslKey key;
    if (!readTlsIdentity(&chain, &key, error))
        return false; // the connections go on with the certificate they had
    // Qt's server copied the configuration when it began to listen: new
    // connections get the new identity, open ones keep theirs.
    for (QTcpServer *server : m_api->servers()) {
        if (auto *tls = qobject_cast<QSslServer *>(server)) {
            QSslConfiguration configuration = tls->sslConfiguration();
            configuration.setLocalCertificateChain(chain);
            configuration.setPrivateKey(key);
            tls->setSslConfiguration(configuration);
        }
    }
    return true;
}

QString ServerInstance::baseUrl() const
{
    const QString scheme = m_config.tlsCertificatePath.isEmpty() ? u"http"_s : u"https"_s;
    QString host = m_config.address.toString();
    if (m_config.address == QHostAddress::Any || m_config.address == QHostAddress::AnyIPv4)
        host = u"127.0.0.1"_s;
    if (m_config.address.protocol() == QAbstractSocket::IPv6Protocol)
        host = u'[' + host + u']';
    return u"%1://%2:%3"_s.arg(scheme, host).arg(m_port);
}

void ServerInstance::stopListening()
{
    if (m_api)
        m_api->stopListening();
    if (m_events)
        m_events->closeAll();
}

int ServerInstance::requestsInHand() const
{
    return m_workers ? m_workers->inHand() : 0;
}

RetentionJob &ServerInstance::retention()
{
    return *m_retention;
}

Backend &ServerInstance::backend()
{
    return *m_backend;
}
