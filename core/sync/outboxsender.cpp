#include "core/sync/outboxsender.h"

#include "core/sync/backendclient.h"

#include <QDateTime>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr int kRetryMs = 5000;

// What a response says about the entity the write changed, for the cache.
std::optional<QJsonObject> confirmedEntity(const OutboxEntry &entry, const QJsonValue &answer)
{
    const QJsonObject json = answer.toObject();
    // Only answers that are the entity itself (a check-in answers with the ticket).
    if (json.value(u"id"_s).toString().isEmpty() || !json.contains(u"version"_s) ||
        entry.path.endsWith(u"/check-in"_s))
        return std::nullopt;
    return json;
}

bool isRefusal(const ApiResponse &response)
{
    // 4xx except the ones that mean "not now": 401 (log in again), 408, 429.
    return response.failure == ApiResponse::Failure::Http && response.status >= 400 &&
           response.status < 500 && response.status != 401 && response.status != 408 &&
           response.status != 429;
}
} // namespace

OutboxSender::OutboxSender(BackendClient *client, LocalStore *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(kRetryMs);
    connect(&m_retry, &QTimer::timeout, this, &OutboxSender::sendNext);
}

int OutboxSender::pendingCount() const
{
    return m_store->pendingCount();
}

void OutboxSender::resume()
{
    m_paused = false;
    kick();
}

void OutboxSender::kick()
{
    if (!m_sending && !m_paused) {
        m_retry.stop();
        sendNext();
    }
}

void OutboxSender::pause()
{
    m_paused = true;
    m_retry.stop();
}

void OutboxSender::sendNext()
{
    if (m_paused || m_sending || !m_client->isLoggedIn())
        return;
    // Only the logged-in clerk's own writes (see OutboxEntry::login), and
    // none the server may have forgotten the key of (see
    // LocalStore::kSendableDays): sent now, such a write could be applied
    // twice. They wait, named, until a supervisor discards them.
    const auto next = m_store->nextWriteOf(
        m_client->session().login, LocalStore::sendableSince(QDateTime::currentMSecsSinceEpoch()));
    if (!next) {
        emit storeFailed(next.error());
        return;
    }
    if (!next->has_value())
        return;
    const OutboxEntry entry = **next;
    // Writes older than the server's new instance id wait for the clerk,
    // and the later ones behind them (they may build on them).
    const Result<qint64> heldUntil = m_store->heldUntil(entry.login);
    if (!heldUntil) {
        emit storeFailed(heldUntil.error());
        return;
    }
    if (*heldUntil > 0) {
        if (!std::exchange(m_heldSaid, true))
            emit heldChanged(true);
        return;
    }
    m_sending = true;
    m_client->send(
        entry.method, entry.path, entry.body, this,
        [this, entry](const ApiResponse &response) { handleAnswer(entry, response); },
        entry.idempotencyKey);
}

bool OutboxSender::isHeld() const
{
    if (!m_client->isLoggedIn())
        return false;
    const Result<qint64> heldUntil = m_store->heldUntil(m_client->session().login);
    return heldUntil && *heldUntil > 0;
}

QList<OutboxEntry> OutboxSender::heldWrites() const
{
    if (!m_client->isLoggedIn())
        return {};
    const QString login = m_client->session().login;
    const Result<qint64> heldUntil = m_store->heldUntil(login);
    const auto writes = m_store->pendingWritesOf(login);
    if (!heldUntil || !writes)
        return {};
    QList<OutboxEntry> held;
    for (const OutboxEntry &write : *writes) {
        if (write.sequence <= *heldUntil)
            held.append(write);
    }
    return held;
}

void OutboxSender::sendHeld()
{
    if (!m_client->isLoggedIn())
        return;
    if (const Result<void> released = m_store->releaseOutboxOf(m_client->session().login);
        !released) {
        emit storeFailed(released.error());
        return;
    }
    m_heldSaid = false;
    emit heldChanged(false);
    kick();
}

void OutboxSender::discardHeld()
{
    const QList<OutboxEntry> held = heldWrites();
    if (!held.isEmpty()) {
        // Those made up to the last held one; later ones are the clerk's new work.
        const Result<int> discarded =
            m_store->discardWritesOf(m_client->session().login, held.last().createdAt + 1);
        if (!discarded) {
            emit storeFailed(discarded.error());
            return;
        }
        emit pendingCountChanged(m_store->pendingCount());
    }
    sendHeld(); // nothing held is left
}

void OutboxSender::reportAnonymised(const QList<OutboxEntry> &dropped)
{
    if (dropped.isEmpty())
        return;
    QList<QList<OutboxEntry>> byRecord;
    for (OutboxEntry entry : dropped) {
        entry.summary = withoutContents(entry);
        entry.body = {};
        auto same = std::find_if(byRecord.begin(), byRecord.end(), [&](const auto &group) {
            return group.first().entity == entry.entity && group.first().entityId == entry.entityId;
        });
        if (same == byRecord.end())
            byRecord.append(QList<OutboxEntry>{entry});
        else
            same->append(entry);
    }
    for (const QList<OutboxEntry> &group : std::as_const(byRecord))
        emit refused(group.first(), 409, u"anonymised"_s,
                     tr("The record was anonymised on the server; the change was dropped."), group,
                     QJsonObject());
    emit pendingCountChanged(m_store->pendingCount());
}

void OutboxSender::handleAnswer(const OutboxEntry &entry, const ApiResponse &response)
{
    m_sending = false;
    if (response.ok()) {
        if (const auto completed =
                m_store->completeWrite(entry, confirmedEntity(entry, response.body));
            !completed) {
            emit storeFailed(completed.error());
            return;
        }
        emit written(entry, response.body);
        emit pendingCountChanged(m_store->pendingCount());
        sendNext();
        return;
    }
    if (isRefusal(response)) {
        const auto dropped = m_store->rollbackWrite(entry);
        if (!dropped) {
            emit storeFailed(dropped.error());
            return;
        }
        const QJsonObject problem = response.body.toObject();
        emit refused(entry, response.status, problem.value(u"code"_s).toString(),
                     response.problemDetail(), *dropped, problem);
        emit pendingCountChanged(m_store->pendingCount());
        sendNext();
        return;
    }
    // Unreachable, 5xx, 401 or a garbled answer: the write stays, in its place.
    emit deferred(response.message);
    if (!m_paused)
        m_retry.start();
}
