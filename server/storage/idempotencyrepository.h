#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

class Database;

// The first answer to each (user, Idempotency-Key), so that a retried write
// is answered again instead of being applied twice. It holds no personal
// data: an answer that was an entity is kept as which entity it was (kind,
// id, version then), and a replay answers with that entity as it is now.
class IdempotencyRepository
{
public:
    // How long a key is kept: longer than a workstation is expected to stay
    // offline with writes in its outbox.
    static constexpr int kKeepDays = 30;

    struct StoredReply
    {
        QByteArray requestHash; // method, path and body of the first request
        int status = 0;
        QByteArray contentType;
        // Only answers without personal data (problem details, nothing); for
        // an entity, the members the route added beside it (see ApiServer).
        QByteArray body;
        QString entity; // "appointment", … when the answer was one
        QString entityId;
        int entityVersion = 0; // its version then; 0 when it has none
    };

    explicit IdempotencyRepository(Database &db)
        : m_db(db)
    {}

    std::optional<StoredReply> find(qint64 userId, const QString &key);
    // Claims the key for a write about to run, inside the write's transaction:
    // false when another request has it. Atomic across server processes on
    // one database: while another's transaction holds the claim, this waits
    // for it to end (its answer is then there to replay; its rollback hands
    // the claim over). Within the transaction the row reads as pending
    // (status 0); complete() gives it the answer (also a refusal's) before
    // the commit, so no pending row is ever seen.
    // Busy: the other request held its claim longer than kClaimWaitSeconds
    // (PostgreSQL; the transaction is then aborted and must roll back).
    enum class Claim { Claimed, Taken, Busy };
    static constexpr int kClaimWaitSeconds = 5;
    Claim claim(qint64 userId, const QString &key, const QByteArray &requestHash);
    void complete(qint64 userId, const QString &key, const StoredReply &reply);
    // Returns how many keys went.
    int removeOlderThan(qint64 msecsSinceEpoch);
    // An erasure: every stored answer that names the entity keeps its key
    // but neither the first request's checksum (made from the citizen's data)
    // nor an answer. A replay of the key is then refused (422) instead of
    // being applied again, which could bring the person back. Returns how many.
    int forgetAnswersFor(const QString &entity, const QString &id);
    // The same for stored answers whose text holds `text` (a booking code a
    // refusal repeated). Returns how many.
    int forgetAnswersMentioning(const QString &text);

private:
    Database &m_db;
};
