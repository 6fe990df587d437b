#pragma once

#include <QString>

// Argon2id through libsodium's crypto_pwhash_str: the stored string carries
// its own salt and cost parameters.
namespace PasswordHash {
QString hash(const QString &password);
bool verify(const QString &storedHash, const QString &password);
} // namespace PasswordHash

// Random bytes from libsodium's CSPRNG.
QByteArray randomBytes(int count);
