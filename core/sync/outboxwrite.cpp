#include "core/sync/outboxwrite.h"

#include "core/sync/syncengine.h"

#include <QCoreApplication>
#include <QUuid>

bool queueWrite(LocalStore &store, SyncEngine &sync, OutboxEntry entry,
                const std::optional<QJsonObject> &optimistic, QString *error)
{
    entry.idempotencyKey = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    QString storeError;
    if (!store.enqueue(entry, optimistic, &storeError)) {
        *error = QCoreApplication::translate("OutboxWrite",
                                             "The change could not be saved on this computer: %1")
                     .arg(storeError);
        return false;
    }
    sync.outbox().kick();
    return true;
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
