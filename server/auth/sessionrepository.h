#pragma once

#include "server/auth/userrepository.h"

#include <QByteArray>

#include <chrono>

class ChangeLog;
class Database;

// Bearer tokens: 32 random bytes, handed out once; only their SHA-256 is stored.
class SessionRepository
{
public:
    // `changes` records the ends of sessions (kSessionsEnded) with the
    // request's other changes, so that the server's feed meets them after
    // the commit, in order, and closes the user's sockets.
    SessionRepository(Database &db, ChangeLog &changes,
                      std::chrono::hours lifetime = std::chrono::hours(12))
        : m_db(db)
        , m_changes(changes)
        , m_lifetime(lifetime)
    {}

    QByteArray create(qint64 userId);
    // Whether `token` has the form create() gives (43 characters of
    // base64url), checked without the database.
    static bool isWellFormed(const QByteArray &token);
    std::optional<UserRecord> resolve(const QByteArray &token);
    void remove(const QByteArray &token);
    // Ends every session of `userId` but the one of `keepToken` (if given).
    void removeForUser(qint64 userId, const QByteArray &keepToken = {});
    // Returns how many sessions went.
    int removeExpired();

    // The change (entity kind; its id is the user's) that remove() and
    // removeForUser() record: every server's ChangeFeed meets it in revision
    // order and rechecks the user's event sockets before it sends them
    // anything later. NeedToKnow gives it to nobody.
    static constexpr QLatin1StringView kSessionsEnded{"user_sessions"};

private:
    void recordSessionsEnded(qint64 userId);

    Database &m_db;
    ChangeLog &m_changes;
    std::chrono::hours m_lifetime;
};
