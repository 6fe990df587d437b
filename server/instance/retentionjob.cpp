#include "server/instance/retentionjob.h"

#include "server/instance/backend.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int kIntervalMs = 60 * 60 * 1000;
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
} // namespace

RetentionJob::RetentionJob(Backend &backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
{
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &RetentionJob::runOnce);
}

void RetentionJob::start()
{
    runOnce();
    m_timer.start();
}

int RetentionJob::runOnce()
{
    const qint64 cutoff = m_backend.clock() - m_backend.retention.appointmentDays * kDayMs;
    try {
        Transaction transaction(m_backend.db);
        const int count = m_backend.appointments.anonymiseStartedBefore(cutoff);
        if (count > 0)
            m_backend.auditLog.record(u"system"_s, u"retention.anonymise"_s, u"appointment"_s,
                                      QString::number(count));
        if (const int weddings = m_backend.weddings.anonymiseClosedBefore(cutoff); weddings > 0)
            m_backend.auditLog.record(u"system"_s, u"retention.anonymise"_s, u"wedding_booking"_s,
                                      QString::number(weddings));
        if (const int lapsed = m_backend.weddings.cancelLapsed(); lapsed > 0)
            m_backend.auditLog.record(u"system"_s, u"wedding.lapse"_s, u"wedding_booking"_s,
                                      QString::number(lapsed));
        transaction.commit();
        for (const Change &change : m_backend.changes.takeRecorded())
            m_backend.events.publish(change);
        return count;
    } catch (const DatabaseFailure &failure) {
        m_backend.changes.discardRecorded();
        qWarning("Retention job failed, retrying in an hour: %s", failure.what());
        return -1;
    }
}
