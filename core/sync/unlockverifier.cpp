#include "core/sync/unlockverifier.h"

#include <sodium.h>
#include <utility>

std::optional<UnlockVerifier> UnlockVerifier::fromPassword(const QString &password)
{
    if (sodium_init() < 0)
        return std::nullopt;
    QByteArray utf8 = password.toUtf8();
    QByteArray hash(crypto_pwhash_STRBYTES, '\0');
    const int failed = crypto_pwhash_str(
        hash.data(), utf8.constData(), static_cast<unsigned long long>(utf8.size()),
        crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE);
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    if (failed != 0)
        return std::nullopt;
    return UnlockVerifier(std::move(hash));
}

UnlockVerifier::UnlockVerifier(QByteArray hash)
    : m_hash(std::move(hash))
{}

UnlockVerifier::UnlockVerifier(UnlockVerifier &&other) noexcept
    : m_hash(std::exchange(other.m_hash, {}))
{}

UnlockVerifier &UnlockVerifier::operator=(UnlockVerifier &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_hash = std::exchange(other.m_hash, {});
    }
    return *this;
}

UnlockVerifier::~UnlockVerifier()
{
    wipe();
}

void UnlockVerifier::wipe()
{
    if (!m_hash.isEmpty())
        sodium_memzero(m_hash.data(), static_cast<size_t>(m_hash.size()));
    m_hash.clear();
}

bool UnlockVerifier::matches(const QString &password) const
{
    if (m_hash.isEmpty())
        return false;
    QByteArray utf8 = password.toUtf8();
    const bool matched =
        crypto_pwhash_str_verify(m_hash.constData(), utf8.constData(),
                                 static_cast<unsigned long long>(utf8.size())) == 0;
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    return matched;
}
