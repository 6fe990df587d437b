#pragma once

#include "server/storage/clock.h"

#include <QString>

class Database;

// Slows down password guessing, per login name: five wrong passwords in a
// row are free (typos happen), then the login is refused for 30 seconds,
// twice as long after each further failure, at most 15 minutes. A right
// password after the wait starts afresh. While refused, the password is not
// even checked, so guessing gains nothing. Per name, not per address: the
// clerks of an office often share one address, and one person's typos must
// not lock out the office.
//
// Against password spraying (one guess each for many names) it also counts
// wrong passwords per client address, with a much higher limit: the 51st
// within ten minutes is refused until the oldest of them is ten minutes old.
// An office of 30 clerks behind one NAT address never gets near that by typos.
//
// Kept in the database, so that every server on it counts the same failures
// (a guesser gains nothing by going round them) and a restart forgets
// nothing. Its writes must outlive a refused request's rollback: the routes
// make them in ApiRequest::always. A name's failures are forgotten a day
// after the last one (removeStale, by the retention job).
class LoginThrottle
{
public:
    LoginThrottle(Database &db, Clock now);

    // Seconds to wait before `login` may try again; 0 when it may try now.
    int secondsToWait(const QString &login);
    // Counts a wrong password; returns the seconds `login` must now wait.
    int failed(const QString &login);
    void succeeded(const QString &login);

    // Seconds before `address` may try again; 0 when it may (or is empty).
    int secondsToWaitForAddress(const QString &address);
    // Counts a wrong password from `address`; returns the seconds it must now wait.
    int failedFromAddress(const QString &address);

    // Whether a refusal of `login` from `address` (either throttle) is the
    // first of the wait in force, and remembers that it was: only that one is
    // audited, so a script hammering a refused login does not flood the log.
    bool isFirstRefusalOfWait(const QString &login, const QString &address);

    // Forgets the failures of names that last failed over a day ago, the
    // addresses' failures past the window and the audited waits that are
    // over. Returns how many rows went.
    int removeStale();

    static constexpr int kFreeAttempts = 5;
    static constexpr int kFirstWaitSeconds = 30;
    static constexpr int kLongestWaitSeconds = 15 * 60;
    static constexpr int kAddressFailures = 50;
    static constexpr int kAddressWindowSeconds = 10 * 60;
    static constexpr int kForgetAfterSeconds = 24 * 60 * 60;

private:
    // When the wait in force for a (login, address) ends (ms); ends (not
    // start times) name a wait, as a refused attempt does not move them.
    qint64 waitEnd(const QString &login, const QString &address);
    qint64 lockedUntil(const QString &login);
    qint64 addressLockedUntil(const QString &address);
    int secondsUntil(qint64 end) const;

    Database &m_db;
    Clock m_now;
};
