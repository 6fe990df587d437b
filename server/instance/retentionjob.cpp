#include "server/instance/retentionjob.h"

#include "server/instance/backend.h"
#include "server/storage/advisorylocks.h"
#include "server/storage/anonymised.h"

#include <QDateTime>
#include <QJsonArray>

#include <limits>

using namespace Qt::StringLiterals;

namespace {
constexpr int kIntervalMs = 60 * 60 * 1000;
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
// An orphaned document file younger than this may belong to an upload in flight.
constexpr qint64 kOrphanAgeMs = 60 * 60 * 1000;
constexpr int kReclaimDelayMs = 500;
// Set once the change log's snapshots of records anonymised by earlier
// versions (which blanked only the current row) have been blanked too.
const QString kCaughtUpKey = u"retention_snapshots_blanked"_s;

// One server of several on a PostgreSQL database runs the job at a time: this
// connection holds the job's lock for the whole run, which is many
// transactions. SQLite has one server.
class RunLock
{
public:
    explicit RunLock(Database &db)
        : m_db(db)
    {
        if (db.dialect() != SqlDialect::Postgresql) {
            m_held = true;
            return;
        }
        SqlRows lock = db.exec(u"SELECT pg_try_advisory_lock(?)"_s, {AdvisoryLock::kRetention});
        m_held = m_sessionLock = lock.next() && lock.value(0).toBool();
    }
    ~RunLock()
    {
        if (!m_sessionLock)
            return;
        try {
            m_db.exec(u"SELECT pg_advisory_unlock(?)"_s, {AdvisoryLock::kRetention});
        } catch (const DatabaseFailure &) {
            // The connection is gone, and its lock with it.
        }
    }
    RunLock(const RunLock &) = delete;
    RunLock &operator=(const RunLock &) = delete;

    bool held() const { return m_held; }

private:
    Database &m_db;
    bool m_held = false;
    bool m_sessionLock = false;
};
} // namespace

RetentionJob::RetentionJob(Backend &backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
{
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &RetentionJob::runOnce);
    m_reclaimTimer.setSingleShot(true);
    m_reclaimTimer.setInterval(kReclaimDelayMs);
    connect(&m_reclaimTimer, &QTimer::timeout, this, &RetentionJob::reclaim);
}

void RetentionJob::reclaimSoon()
{
    if (!m_reclaimTimer.isActive())
        m_reclaimTimer.start();
}

void RetentionJob::reclaim()
{
    m_reclaimTimer.stop();
    try {
        // Outside a transaction: PostgreSQL's VACUUM cannot run inside one.
        m_backend.db.reclaimRemoved({u"appointment"_s, u"ticket"_s, u"wedding_booking"_s,
                                     u"document"_s, u"change_log"_s, u"idempotency_key"_s,
                                     u"user_session"_s, u"login_failure"_s,
                                     u"login_address_failure"_s, u"login_refusal_audited"_s});
    } catch (const DatabaseFailure &failure) {
        qWarning("The database could not reclaim removed data now (the next removal does): %s",
                 failure.what());
    }
    ++m_reclaims;
}

void RetentionJob::start()
{
    runOnce();
    m_timer.start();
}

int RetentionJob::runOnce()
{
    Run run;
    QStringList files;
    try {
        removeDue(run, &files);
    } catch (const DatabaseFailure &failure) {
        m_backend.changes.discardRecorded();
        qWarning("Retention job failed, retrying in an hour: %s", failure.what());
        run.failed = true;
    }
    // What committed stays done, also before a failure: it is audited and
    // its files and old row versions go.
    if (!run.skipped)
        finish(run, files);
    m_lastRun = run;
    if (m_lastRun.removedAnything()) {
        reclaim();
    } else if (m_lastRun.loginFailures > 0) {
        // Typed login names (a password, at times) and addresses: gone from
        // the disk too, without vacuuming every table each hour for them.
        try {
            m_backend.db.reclaimRemoved(
                {u"login_failure"_s, u"login_address_failure"_s, u"login_refusal_audited"_s});
        } catch (const DatabaseFailure &failure) {
            qWarning("The database could not reclaim removed data now: %s", failure.what());
        }
    }
    return m_lastRun.failed ? -1 : m_lastRun.appointments;
}

void RetentionJob::removeDue(Run &run, QStringList *files)
{
    const RetentionPolicy &policy = m_backend.retention;
    const qint64 now = m_backend.clock();
    const auto before = [now](int days) { return now - days * kDayMs; };
    const RunLock lock(m_backend.db);
    if (!lock.held()) {
        run.skipped = true;
        return;
    }
    // Each record in a transaction of its own (eachDueInOwnTransaction): its
    // changes published and counted once it committed, or dropped when it
    // failed (the next run tries it again).
    const auto counting = [this, &run](int &count) {
        return PerRecord{[this, &count](bool done) {
                             m_backend.committed(m_backend.changes.takeRecorded());
                             count += done ? 1 : 0;
                         },
                         [this, &run](const DatabaseFailure &failure) {
                             m_backend.changes.discardRecorded();
                             ++run.failedRecords;
                             qWarning("The retention job skips a record until its next run: %s",
                                      failure.what());
                         }};
    };
    // Appointments and tickets by their office's own retention days, if it set any.
    for (const QJsonValue &office : m_backend.directory.offices()) {
        const qint64 officeId = office[u"id"_s].toString().toLongLong();
        m_backend.appointments.anonymiseStartedBefore(
            before(m_backend.officeSettings.appointmentRetentionDays(officeId)), officeId,
            counting(run.appointments));
        m_backend.tickets.anonymiseIssuedBefore(
            before(m_backend.officeSettings.ticketRetentionDays(officeId)), officeId,
            counting(run.tickets));
    }
    m_backend.weddings.cancelLapsed(counting(run.lapsedReservations));
    m_backend.weddings.anonymiseBefore(before(policy.weddingDays), counting(run.weddings));
    m_backend.documents.anonymiseUploadedBefore(before(policy.documentDays),
                                                counting(run.documents), files);
    // No change-log entry among these: no row here is locked before the appends lock.
    Transaction transaction(m_backend.db);
    run.idempotencyKeys =
        m_backend.idempotency.removeOlderThan(before(IdempotencyRepository::kKeepDays));
    run.sessions = m_backend.sessions.removeExpired();
    run.snapshotsCaughtUp = catchUpOnEarlierSnapshots();
    transaction.commit();
}

void RetentionJob::finish(Run &run, const QStringList &files)
{
    try {
        if (run.failed && !m_backend.db.ensureAlive())
            return; // the next run's orphan sweep takes the files
        audit(run);
        // A refused login locks the throttle's rows before it takes the audit
        // log's lock: removed in a transaction of its own.
        run.loginFailures = m_backend.loginThrottle.removeStale();
        run.documentFiles = m_backend.documents.removeUnusedFiles(files, m_backend.documentFolder);
        // What a crash after an earlier commit, a failed removal or a rolled
        // back upload left behind (wall clock: it compares file times).
        run.documentFiles += m_backend.documents.removeOrphanFiles(
            m_backend.documentFolder, QDateTime::currentMSecsSinceEpoch() - kOrphanAgeMs);
    } catch (const DatabaseFailure &failure) {
        qWarning("The retention job could not finish its run: %s", failure.what());
        run.failed = true;
    }
}

void RetentionJob::audit(Run &run)
{
    // Counts only: the audit log names no citizen.
    Transaction transaction(m_backend.db);
    const auto entry = [this](const QString &action, const QString &subject, int count) {
        if (count > 0)
            m_backend.auditLog.record(u"system"_s, action, subject, QString::number(count));
    };
    entry(u"retention.anonymise"_s, u"appointment"_s, run.appointments);
    entry(u"retention.anonymise"_s, u"ticket"_s, run.tickets);
    entry(u"wedding.lapse"_s, u"wedding_booking"_s, run.lapsedReservations);
    entry(u"retention.anonymise"_s, u"wedding_booking"_s, run.weddings);
    entry(u"retention.anonymise"_s, u"document"_s, run.documents);
    transaction.commit();
    run.audited = true;
}

int RetentionJob::catchUpOnEarlierSnapshots()
{
    {
        SqlRows done =
            m_backend.db.exec(u"SELECT 1 FROM server_info WHERE key = ?"_s, {kCaughtUpKey});
        if (done.next())
            return 0;
    }
    constexpr qint64 kAll = std::numeric_limits<qint64>::max();
    int records = 0;
    for (const QString &id : anonymisedIds(m_backend.db, AnonymisedKind::Appointment)) {
        m_backend.appointments.blankEarlierSnapshots(id, kAll);
        ++records;
    }
    for (const QString &id : anonymisedIds(m_backend.db, AnonymisedKind::WeddingBooking)) {
        m_backend.weddings.blankEarlierSnapshots(id, kAll);
        ++records;
    }
    m_backend.db.exec(u"INSERT INTO server_info (key, value) VALUES (?, '1')"_s, {kCaughtUpKey});
    return records;
}
