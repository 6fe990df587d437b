#pragma once

#include "core/domain/result.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

// One entry of the server's change log: what the changes feed returns and what
// the events WebSocket pushes. The revision orders all changes server-wide.
struct Change
{
    enum class Op { Upsert, Delete };

    qint64 revision = 0;
    QString entity; // "office", "service", "counter", ...
    QString id;
    Op op = Op::Upsert;
    QString event;    // e.g. "counter.updated"; what happened, for listeners
    QJsonObject data; // the entity as the API shows it; empty for a delete
    // Events only: the revision of the change the same recipient was sent
    // before this one, or the latest when it connected; nothing in between
    // was for it, so a cache at or past it misses nothing. -1: not told.
    qint64 after = -1;

    QJsonObject toJson() const;
    // A failure naming the member when revision, entity, id, op or (for an
    // upsert) data is missing or malformed.
    static Result<Change> fromJson(const QJsonObject &json);
};

Q_DECLARE_METATYPE(Change)
