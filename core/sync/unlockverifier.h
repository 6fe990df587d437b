#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// Checks the password typed at the lock screen without the server, so a
// workstation unlocks while the network is down. Holds an Argon2id hash of
// the login's password in memory only: it is never written to disk, and it
// goes with the session.
class UnlockVerifier
{
public:
    // Hashes `password` (libsodium, interactive limits); empty when the
    // library cannot (out of memory).
    static std::optional<UnlockVerifier> fromPassword(const QString &password);

    UnlockVerifier(const UnlockVerifier &) = delete;
    UnlockVerifier &operator=(const UnlockVerifier &) = delete;
    UnlockVerifier(UnlockVerifier &&other) noexcept;
    UnlockVerifier &operator=(UnlockVerifier &&other) noexcept;
    ~UnlockVerifier();

    bool matches(const QString &password) const;

private:
    explicit UnlockVerifier(QByteArray hash);
    void wipe();

    QByteArray m_hash; // crypto_pwhash_str's text, NUL-terminated
};
