#pragma once

#include "core/domain/result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

// A block of ticket numbers the server hands one front-desk workstation (one
// login on one device) for one day, so that the front desk keeps issuing
// tickets while the network is down. The server stays the queue's authority:
// it numbers the blocks of an office and day 1, 2, 3 … (the ordinal) and
// takes a ticket with a block number only from the block's owner.
//
// A block's numbers are "Z<ordinal>-<sequence>", e.g. Z1-001 … Z1-050. The
// hyphen keeps them apart from the online numbers, which are a service's
// prefix (one or two capital letters) and digits only ("A017", "ZB004"),
// so the two can never be the same number.
struct NumberBlock
{
    qint64 id = 0;
    qint64 officeId = 0;
    QString serviceDay; // "2026-11-30"
    int ordinal = 0;    // the block's place among the office's blocks that day
    int size = 0;       // numbers 1 … size
    int part = 1;       // the workstation's first, second … block that day

    // "Z1-007"; `sequence` from 1 to size.
    QString numberAt(int sequence) const;
    QString firstNumber() const { return numberAt(1); }
    QString lastNumber() const { return numberAt(size); }

    QJsonObject toJson() const;
    // A failure naming the member when one is missing or malformed.
    static Result<NumberBlock> fromJson(const QJsonObject &json);
};

// The block ordinal and the sequence a block number carries ("Z3-017" -> 3,
// 17); nullopt for every other text, online numbers included.
struct BlockNumber
{
    int ordinal = 0;
    int sequence = 0;

    static std::optional<BlockNumber> parse(QStringView number);
};
