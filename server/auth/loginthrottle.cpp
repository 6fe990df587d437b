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
