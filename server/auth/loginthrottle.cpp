#include "server/auth/loginthrottle.h"

#include "server/storage/database.h"

#include <algorithm>

using namespace Qt::StringLiterals;

LoginThrottle::LoginThrottle(Database &db, Clock now)
    : m_db(db)
    , m_now(std::move(now))
{}

int LoginThrottle::secondsUntil(qint64 end) const
{
    const qint64 left = end - m_now();
    return left > 0 ? int((left + 999) / 1000) : 0;
}

qint64 LoginThrottle::lockedUntil(const QString &login)
{
    SqlRows rows =
        m_db.exec(u"SELECT locked_until FROM login_failure WHERE login = ?"_s, {login.toLower()});
    return rows.next() ? rows.value(0).toLongLong() : 0;
}

int LoginThrottle::secondsToWait(const QString &login)
{
    return secondsUntil(lockedUntil(login));
}

int LoginThrottle::failed(const QString &login)
{
    const QString name = login.toLower();
    const qint64 now = m_now();
    int failures = 0;
    {
        // One statement: two servers counting the same name at once both count.
        SqlRows counted = m_db.exec(
            u"INSERT INTO login_failure (login, failures, last_at, locked_until) VALUES (?, 1, ?, "
            "0) ON CONFLICT (login) DO UPDATE SET failures = login_failure.failures + 1, last_at "
            "= excluded.last_at RETURNING failures"_s,
            {name, now});
        failures = counted.next() ? counted.value(0).toInt() : 1;
    }
    if (failures >= kFreeAttempts) {
        const int doublings = std::min(failures - kFreeAttempts, 10);
        const qint64 wait =
            std::min<qint64>(qint64(kFirstWaitSeconds) << doublings, kLongestWaitSeconds);
        m_db.exec(u"UPDATE login_failure SET locked_until = ? WHERE login = ?"_s,
                  {now + wait * 1000, name});
    }
    return secondsToWait(login);
}

void LoginThrottle::succeeded(const QString &login)
{
    m_db.exec(u"DELETE FROM login_failure WHERE login = ?"_s, {login.toLower()});
}

qint64 LoginThrottle::addressLockedUntil(const QString &address)
{
    // The oldest of the latest kAddressFailures failures, when there are as many.
    SqlRows rows = m_db.exec(u"SELECT at FROM login_address_failure WHERE address = ? ORDER BY "
                             "at DESC LIMIT ?"_s,
                             {address, kAddressFailures});
    int count = 0;
    qint64 oldest = 0;
    while (rows.next()) {
        ++count;
        oldest = rows.value(0).toLongLong();
    }
    return count >= kAddressFailures ? oldest + qint64(kAddressWindowSeconds) * 1000 : 0;
}

int LoginThrottle::secondsToWaitForAddress(const QString &address)
{
    return address.isEmpty() ? 0 : secondsUntil(addressLockedUntil(address));
}

int LoginThrottle::failedFromAddress(const QString &address)
{
    if (address.isEmpty())
        return 0;
    const qint64 now = m_now();
    // Failures past the window no longer count for anything.
    m_db.exec(u"DELETE FROM login_address_failure WHERE address = ? AND at < ?"_s,
              {address, now - qint64(kAddressWindowSeconds) * 1000});
    m_db.exec(u"INSERT INTO login_address_failure (address, at) VALUES (?, ?)"_s, {address, now});
    return secondsToWaitForAddress(address);
}

qint64 LoginThrottle::waitEnd(const QString &login, const QString &address)
{
    return std::max(lockedUntil(login), address.isEmpty() ? 0 : addressLockedUntil(address));
}

bool LoginThrottle::isFirstRefusalOfWait(const QString &login, const QString &address)
{
    // Inserted or moved to this wait's end: the first refusal of it (also
    // when two servers refuse at once: one of them changes the row).
    SqlRows changed = m_db.exec(
        u"INSERT INTO login_refusal_audited (login, address, wait_end) VALUES (?, ?, ?) ON "
        "CONFLICT (login, address) DO UPDATE SET wait_end = excluded.wait_end WHERE "
        "login_refusal_audited.wait_end <> excluded.wait_end RETURNING wait_end"_s,
        {login.toLower(), address, waitEnd(login, address)});
    return changed.next();
}

int LoginThrottle::removeStale()
{
    const qint64 now = m_now();
    const qint64 forgetBefore = now - qint64(kForgetAfterSeconds) * 1000;
    const qint64 windowStart = now - qint64(kAddressWindowSeconds) * 1000;
    int removed = 0;
    const auto removeCounted = [this, &removed](const QString &count, const QString &remove,
                                                const QVariantList &values) {
        {
            SqlRows rows = m_db.exec(count, values);
            removed += rows.next() ? rows.value(0).toInt() : 0;
        }
        m_db.exec(remove, values);
    };
    removeCounted(u"SELECT COUNT(*) FROM login_failure WHERE last_at < ? AND locked_until < ?"_s,
                  u"DELETE FROM login_failure WHERE last_at < ? AND locked_until < ?"_s,
                  {forgetBefore, now});
    removeCounted(u"SELECT COUNT(*) FROM login_address_failure WHERE at < ?"_s,
                  u"DELETE FROM login_address_failure WHERE at < ?"_s, {windowStart});
    removeCounted(u"SELECT COUNT(*) FROM login_refusal_audited WHERE wait_end < ?"_s,
                  u"DELETE FROM login_refusal_audited WHERE wait_end < ?"_s, {now});
    return removed;
}
