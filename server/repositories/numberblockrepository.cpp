#include "server/repositories/numberblockrepository.h"

#include "server/storage/database.h"

using namespace Qt::StringLiterals;

namespace {
// The office's block ordinals count in ticket_sequence under a prefix no
// service can have (a service's is one or two capital letters).
const QString kOrdinalPrefix = u"#block"_s;
} // namespace

std::optional<NumberBlock>
NumberBlockRepository::selectOne(const QString &where, const QVariantList &values, Holding *holding)
{
    SqlRows row = m_db.exec(u"SELECT id, office_id, service_day, ordinal, size, part, login, "
                            "created_at FROM "
                            "number_block WHERE "_s +
                                where,
                            values);
    if (!row.next())
        return std::nullopt;
    NumberBlock block;
    block.id = row.value(0).toLongLong();
    block.officeId = row.value(1).toLongLong();
    block.serviceDay = row.value(2).toString();
    block.ordinal = row.value(3).toInt();
    block.size = row.value(4).toInt();
    block.part = row.value(5).toInt();
    if (holding)
        *holding = {row.value(6).toString(), row.value(7).toLongLong()};
    return block;
}

NumberBlockRepository::Allocation
NumberBlockRepository::allocate(qint64 officeId, const QString &serviceDay, const QString &login,
                                const QString &deviceId, int part, qint64 now)
{
    const QString mine = u"office_id = ? AND service_day = ? AND login = ? AND device_id = ? AND "
                         "part = ?"_s;
    const QVariantList key{officeId, serviceDay, login, deviceId, part};
    if (auto existing = selectOne(mine, key))
        return {*existing, false};
    // One statement on both databases: two workstations never get one ordinal.
    SqlRows sequence =
        m_db.exec(u"INSERT INTO ticket_sequence (office_id, prefix, service_day, last_number) "
                  "VALUES (?, ?, ?, 1) ON CONFLICT (office_id, prefix, service_day) DO UPDATE SET "
                  "last_number = ticket_sequence.last_number + 1 RETURNING last_number"_s,
                  {officeId, kOrdinalPrefix, serviceDay});
    if (!sequence.next())
        throw DatabaseFailure(u"number block ordinal returned nothing"_s);
    const int ordinal = sequence.value(0).toInt();
    // The same request twice at once: the second finds the first's block
    // (its ordinal stays unused, which harms nobody).
    m_db.exec(u"INSERT INTO number_block (office_id, service_day, ordinal, size, login, "
              "device_id, part, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT "
              "(office_id, service_day, login, device_id, part) DO NOTHING"_s,
              {officeId, serviceDay, ordinal, kBlockSize, login, deviceId, part, now});
    const auto block = selectOne(mine, key);
    if (!block)
        throw DatabaseFailure(u"number block vanished after insert"_s);
    return {*block, block->ordinal == ordinal};
}

std::optional<NumberBlock> NumberBlockRepository::find(qint64 officeId, const QString &serviceDay,
                                                       int ordinal, Holding *holding)
{
    return selectOne(u"office_id = ? AND service_day = ? AND ordinal = ?"_s,
                     {officeId, serviceDay, ordinal}, holding);
}

int NumberBlockRepository::otherDevices(qint64 officeId, const QString &serviceDay,
                                        const QString &login, const QString &deviceId)
{
    SqlRows rows = m_db.exec(u"SELECT COUNT(DISTINCT device_id) FROM number_block WHERE office_id "
                             "= ? AND service_day = ? AND login = ? AND device_id <> ?"_s,
                             {officeId, serviceDay, login, deviceId});
    return rows.next() ? rows.value(0).toInt() : 0;
}
