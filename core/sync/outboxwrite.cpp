#include "core/sync/outboxwrite.h"

#include "core/sync/syncengine.h"

#include <QCoreApplication>
#include <QUuid>

Result<void> queueWrite(LocalStore &store, SyncEngine &sync, OutboxEntry entry,
                        const std::optional<QJsonObject> &optimistic)
{
    entry.idempotencyKey = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    if (const Result<void> stored = store.enqueue(entry, optimistic); !stored)
        return Result<void>::failure(
            QCoreApplication::translate("OutboxWrite",
                                        "The change could not be saved on this computer: %1")
                .arg(stored.error()));
    sync.outbox().kick();
    return {};
}

QString refusedSummary(const OutboxEntry &entry, const QList<OutboxEntry> &dropped)
{
    if (dropped.size() <= 1)
        return entry.summary;
    const int later = int(dropped.size() - 1);
    const QString more = QCoreApplication::translate(
        "OutboxWrite", "(and %n later change(s) of it)", nullptr, later);
    return entry.summary + u' ' + more;
}
