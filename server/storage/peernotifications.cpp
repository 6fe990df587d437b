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
    for (const QLatin1StringView channel : {kChangesChannel, kSessionsChannel}) {
        if (driver->subscribedToNotifications().contains(channel))
            driver->unsubscribeFromNotification(channel);
        if (!driver->subscribeToNotification(channel)) {
            *error = u"Cannot listen on %1."_s.arg(channel);
            return false;
        }
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
    const qint64 number = payload.toString().toLongLong(&ok);
    if (!ok)
        return; // not ours: a payload of ours is always a number
    if (channel == kChangesChannel)
        emit changesCommitted(number);
    else if (channel == kSessionsChannel)
        emit sessionsEnded(number);
}

void PeerNotifications::announceSessionsEnded(Database &db, qint64 userId)
{
    if (db.dialect() != SqlDialect::Postgresql)
        return;
    db.exec(u"SELECT pg_notify(?, ?)"_s, {QString(kSessionsChannel), QString::number(userId)});
}
