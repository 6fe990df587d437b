#pragma once

#include "server/storage/clock.h"

#include <QHash>
#include <QList>
#include <QString>

// Slows down password guessing, per login name: five wrong passwords in a
// row are free (typos happen), then the login is refused for 30 seconds,
// twice as long after each further failure, at most 15 minutes. A right
// password after the wait starts afresh. While refused, the password is not
// even checked, so guessing gains nothing. Per name, not per address: the
// clerks of an office often share one address, and one person's typos must
// not lock out the office. Kept in memory, per server process.
//
// Against password spraying (one guess each for many names) it also counts
// wrong passwords per client address, with a much higher limit: the 51st
// within ten minutes is refused until the oldest of them is ten minutes old.
// An office of 30 clerks behind one NAT address never gets near that by typos.
class LoginThrottle
{
public:
    explicit LoginThrottle(Clock now);

    // Seconds to wait before `login` may try again; 0 when it may try now.
    int secondsToWait(const QString &login) const;
    // Counts a wrong password; returns the seconds `login` must now wait.
    int failed(const QString &login);
    void succeeded(const QString &login);

    // Seconds before `address` may try again; 0 when it may (or is empty).
    int secondsToWaitForAddress(const QString &address) const;
    // Counts a wrong password from `address`; returns the seconds it must now wait.
    int failedFromAddress(const QString &address);

    // Whether a refusal of `login` from `address` (either throttle) is the
    // first of the wait in force, and remembers that it was: only that one is
    // audited, so a script hammering a refused login does not flood the log.
    bool isFirstRefusalOfWait(const QString &login, const QString &address);

    static constexpr int kFreeAttempts = 5;
    static constexpr int kFirstWaitSeconds = 30;
    static constexpr int kLongestWaitSeconds = 15 * 60;
    // Names remembered at most (a spray of made-up names stays bounded).
    static constexpr int kMaxRemembered = 10000;
    static constexpr int kAddressFailures = 50;
    static constexpr int kAddressWindowSeconds = 10 * 60;

private:
    struct Failures
    {
        int count = 0;
        qint64 lockedUntil = 0; // ms since the epoch
        qint64 last = 0;
    };

    Clock m_now;
    QHash<QString, Failures> m_failures; // by lower-case login
    // When the wait in force for a (login, address) ends (ms); ends (not
    // start times) name a wait, as a refused attempt does not move them.
    qint64 waitEnd(const QString &login, const QString &address) const;

    // The times (ms) of the latest wrong passwords, at most kAddressFailures, by address.
    QHash<QString, QList<qint64>> m_addressFailures;
    // The end of the wait whose refusal was audited, by lower-case login and address.
    QHash<QString, qint64> m_auditedWaits;
};
