#pragma once

#include "core/domain/result.h"
#include "core/sync/localstore.h"

#include <optional>

class SyncEngine;

// Queues a write the user made just now: it gets a fresh Idempotency-Key and
// is stored with the optimistic version of its entity in one transaction,
// then the sender is woken. Fails (with a message for the user) when it
// cannot even be saved on this computer.
Result<void> queueWrite(LocalStore &store, SyncEngine &sync, OutboxEntry entry,
                        const std::optional<QJsonObject> &optimistic);

// What the user reads when the server refused `entry`: its summary, and how
// many later writes of the same entity went with it (`dropped` holds all).
QString refusedSummary(const OutboxEntry &entry, const QList<OutboxEntry> &dropped);
