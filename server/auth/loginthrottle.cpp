#include "server/auth/loginthrottle.h"

#include <algorithm>

LoginThrottle::LoginThrottle(Clock now)
    : m_now(std::move(now))
{}

int LoginThrottle::secondsToWait(const QString &login) const
{
    const auto found = m_failures.constFind(login.toLower());
    if (found == m_failures.constEnd())
        return 0;
    const qint64 left = found->lockedUntil - m_now();
    return left > 0 ? int((left + 999) / 1000) : 0;
}

int LoginThrottle::failed(const QString &login)
{
    if (m_failures.size() >= kMaxRemembered && !m_failures.contains(login.toLower())) {
        // Forget the name that failed longest ago.
        const auto oldest =
            std::min_element(m_failures.begin(), m_failures.end(),
                             [](const Failures &a, const Failures &b) { return a.last < b.last; });
        m_failures.erase(oldest);
    }
    Failures &failures = m_failures[login.toLower()];
    failures.count += 1;
    failures.last = m_now();
    if (failures.count >= kFreeAttempts) {
        const int doublings = std::min(failures.count - kFreeAttempts, 10);
        const qint64 wait =
            std::min<qint64>(qint64(kFirstWaitSeconds) << doublings, kLongestWaitSeconds);
        failures.lockedUntil = failures.last + wait * 1000;
    }
    return secondsToWait(login);
}

void LoginThrottle::succeeded(const QString &login)
{
    m_failures.remove(login.toLower());
}

int LoginThrottle::secondsToWaitForAddress(const QString &address) const
{
    const auto found = m_addressFailures.constFind(address);
    if (found == m_addressFailures.constEnd() || found->size() < kAddressFailures)
        return 0;
    const qint64 left = found->first() + qint64(kAddressWindowSeconds) * 1000 - m_now();
    return left > 0 ? int((left + 999) / 1000) : 0;
}

int LoginThrottle::failedFromAddress(const QString &address)
{
    if (address.isEmpty())
        return 0;
    if (m_addressFailures.size() >= kMaxRemembered && !m_addressFailures.contains(address)) {
        // Forget the address whose latest failure is oldest.
        const auto oldest = std::min_element(
            m_addressFailures.begin(), m_addressFailures.end(),
            [](const QList<qint64> &a, const QList<qint64> &b) { return a.last() < b.last(); });
        m_addressFailures.erase(oldest);
    }
    QList<qint64> &times = m_addressFailures[address];
    times.append(m_now());
    while (times.size() > kAddressFailures)
        times.removeFirst();
    return secondsToWaitForAddress(address);
}

qint64 LoginThrottle::waitEnd(const QString &login, const QString &address) const
{
    qint64 end = 0;
    if (const auto found = m_failures.constFind(login.toLower()); found != m_failures.constEnd())
        end = found->lockedUntil;
    if (const auto found = m_addressFailures.constFind(address);
        found != m_addressFailures.constEnd() && found->size() >= kAddressFailures)
        end = std::max(end, found->first() + qint64(kAddressWindowSeconds) * 1000);
    return end;
}

bool LoginThrottle::isFirstRefusalOfWait(const QString &login, const QString &address)
{
    const qint64 end = waitEnd(login, address);
    const QString key = login.toLower() + u'\n' + address;
    if (m_auditedWaits.value(key) == end)
        return false;
    if (m_auditedWaits.size() >= kMaxRemembered && !m_auditedWaits.contains(key)) {
        // Waits that are over need no memory; else forget the one ending first.
        const qint64 now = m_now();
        m_auditedWaits.removeIf(
            [now](QHash<QString, qint64>::iterator entry) { return entry.value() <= now; });
        if (m_auditedWaits.size() >= kMaxRemembered)
            m_auditedWaits.erase(std::min_element(m_auditedWaits.begin(), m_auditedWaits.end()));
    }
    m_auditedWaits.insert(key, end);
    return true;
}
