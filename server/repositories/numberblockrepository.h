#pragma once

#include "core/domain/numberblock.h"

#include <QString>

#include <optional>

class Database;

// The number blocks handed to front-desk workstations (see NumberBlock): one
// per office, day, login, device and part, numbered per office and day. Run
// inside the request's transaction.
class NumberBlockRepository
{
public:
    static constexpr int kBlockSize = 50;

    explicit NumberBlockRepository(Database &db)
        : m_db(db)
    {}

    struct Allocation
    {
        NumberBlock block;
        bool created = false; // false: the same request had it already
    };

    // The block of this login's device and part that day; made (with the
    // office's next ordinal) when there is none yet.
    Allocation allocate(qint64 officeId, const QString &serviceDay, const QString &login,
                        const QString &deviceId, int part, qint64 now);
    // Who holds a block, and since when.
    struct Holding
    {
        QString login;
        qint64 allocatedAt = 0;
    };
    // The office's block `ordinal` of that day and who holds it.
    std::optional<NumberBlock> find(qint64 officeId, const QString &serviceDay, int ordinal,
                                    Holding *holding);
    // How many devices other than `deviceId` the login holds blocks for that day.
    int otherDevices(qint64 officeId, const QString &serviceDay, const QString &login,
                     const QString &deviceId);

private:
    std::optional<NumberBlock> selectOne(const QString &where, const QVariantList &values,
                                         Holding *holding = nullptr);

    Database &m_db;
};
