#include "server/storage/peernotifications.h"

#include <QSqlDriver>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
// How often the listening connection is probed: a connection that died
// silently would hear nothing more.
constexpr int kCheckIntervalMs = 5000;
} // namespace

PeerNotifications::PeerNotifications(const DatabaseUrl &url, QObject *parent)
    : QObject(parent)
    , m_database(std::make_unique<Database>(url, u"tresen-notifications-"_s +
                                                     QUuid::createUuid().toString(QUuid::Id128)))
{
    m_check.setInterval(kCheckIntervalMs);
    connect(&m_check, &QTimer::timeout, this, &PeerNotifications::checkConnection);
}

PeerNotifications::~PeerNotifications()
{
    if (m_database->isOpen()) {
        QSqlDriver *driver = m_database->connection().driver();
        driver->disconnect(this);
        for (const QString &channel : driver->subscribedToNotifications())
            driver->unsubscribeFromNotification(channel);
    }
    m_database->close();
}

bool PeerNotifications::start(QString *error)
{
    if (!m_database->open(error) || !listen(error))
        return false;
    m_check.start();
    return true;
}

bool PeerNotifications::listen(QString *error)
{
    QSqlDriver *driver = m_database->connection().driver();
    driver->disconnect(this);
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &channel, QSqlDriver::NotificationSource,
                   const QVariant &payload) { notified(channel, payload); });
    if (driver->subscribedToNotifications().contains(kChangesChannel))
        driver->unsubscribeFromNotification(kChangesChannel);
    if (!driver->subscribeToNotification(kChangesChannel)) {
        *error = u"Cannot listen on %1."_s.arg(kChangesChannel);
        return false;
    }
    return true;
}

void PeerNotifications::checkConnection()
{
    QString error;
    const bool alive = m_database->isOpen() && [this] {
        try {
            SqlRows probe = m_database->exec(u"SELECT 1"_s);
            return probe.next();
        } catch (const DatabaseFailure &) {
            return false;
        }
    }();
    if (alive && !m_lost)
        return;
    if (!alive) {
        m_database->close();
        if (!m_database->open(&error) || !listen(&error)) {
            m_database->close(); // open but deaf: tried afresh at the next probe
            if (!m_lost)
                qWarning("Lost the database connection that hears other servers' changes; "
                         "retrying: %s",
                         qPrintable(error));
            m_lost = true;
            return;
        }
    }
    m_lost = false;
    emit reconnected();
}

void PeerNotifications::notified(const QString &channel, const QVariant &payload)
{
    bool ok = false;
    const qint64 revision = payload.toString().toLongLong(&ok);
    if (ok && channel == kChangesChannel) // a payload of ours is always a number
        emit changesCommitted(revision);
}
