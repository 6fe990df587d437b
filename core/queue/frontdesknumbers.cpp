#include "core/queue/frontdesknumbers.h"

#include "core/sync/backendclient.h"
#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"

#include <QDate>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
Q_LOGGING_CATEGORY(lcFrontDesk, "tresen.frontdesk")

QString today()
{
    return QDate::currentDate().toString(Qt::ISODate);
}
} // namespace

FrontDeskNumbers::FrontDeskNumbers(BackendClient *client, LocalStore *store, SyncEngine *sync,
                                   QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_sync(sync)
{}

QString FrontDeskNumbers::storeKey() const
{
    return u"numberBlock."_s + m_officeId;
}

void FrontDeskNumbers::setOfficeId(const QString &officeId)
{
    if (officeId == m_officeId)
        return;
    m_officeId = officeId;
    emit changed();
    fetchIfNeeded();
}

std::optional<FrontDeskNumbers::Kept> FrontDeskNumbers::kept() const
{
    if (m_officeId.isEmpty())
        return std::nullopt;
    const Result<QString> text = m_store->workstationValue(storeKey());
    if (!text || text->isEmpty())
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(text->toUtf8()).object();
    const auto block = NumberBlock::fromJson(json.value(u"block"_s).toObject());
    if (!block) {
        qCWarning(lcFrontDesk) << "Number block in the cache passed over:" << block.error();
        return std::nullopt;
    }
    return Kept{*block, qMax(1, json.value(u"next"_s).toInt(1))};
}

Result<void> FrontDeskNumbers::keep(const Kept &kept)
{
    const QJsonObject json{{u"block"_s, kept.block.toJson()}, {u"next"_s, kept.next}};
    return m_store->setWorkstationValue(
        storeKey(), QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
}

QString FrontDeskNumbers::deviceId()
{
    // This cache is one login's on one workstation: its id names both to the
    // server, which hands each its own block.
    const Result<QString> stored = m_store->workstationValue(u"deviceId"_s);
    if (stored && !stored->isEmpty())
        return *stored;
    const QString fresh = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (const auto saved = m_store->setWorkstationValue(u"deviceId"_s, fresh); !saved)
        return {};
    return fresh;
}

std::optional<NumberBlock> FrontDeskNumbers::block() const
{
    const auto k = kept();
    if (!k || k->block.serviceDay != today())
        return std::nullopt;
    return k->block;
}

int FrontDeskNumbers::remaining() const
{
    const auto k = kept();
    if (!k || k->block.serviceDay != today())
        return 0;
    return qMax(0, k->block.size - k->next + 1);
}

Result<QString> FrontDeskNumbers::take()
{
    auto k = kept();
    if (!k || k->block.serviceDay != today() || k->next > k->block.size)
        return Result<QString>::failure(
            tr("This workstation has no reserve numbers left for today. Tickets can be issued "
               "again as soon as the connection is back."));
    const QString number = k->block.numberAt(k->next);
    k->next += 1;
    if (const auto saved = keep(*k); !saved)
        return Result<QString>::failure(
            tr("The number could not be noted on this computer: %1").arg(saved.error()));
    emit changed();
    return number;
}

void FrontDeskNumbers::fetchIfNeeded()
{
    if (m_fetching || m_officeId.isEmpty() || !m_client->isLoggedIn() ||
        m_sync->connection() != SyncEngine::Connection::Online)
        return;
    const auto k = kept();
    const bool current = k && k->block.serviceDay == today();
    if (current && remaining() > kLowMark)
        return;
    const QString device = deviceId();
    if (device.isEmpty())
        return;
    // The same part again answers the same block: asking twice costs no numbers.
    const int part = current ? k->block.part + 1 : 1;
    m_fetching = true;
    const QString officeId = m_officeId;
    m_client->send(
        "POST", u"/api/v1/offices/%1/number-blocks"_s.arg(officeId),
        QJsonObject{{u"deviceId"_s, device}, {u"part"_s, part}}, this,
        [this, officeId](const ApiResponse &response) {
            m_fetching = false;
            if (!response.ok() || officeId != m_officeId)
                return; // tried again with the next chance (connection back, front desk opened)
            const auto block = NumberBlock::fromJson(response.body.toObject());
            if (!block) {
                qCWarning(lcFrontDesk) << "The server's number block passed over:" << block.error();
                return;
            }
            const auto k = kept();
            if (k && k->block.id == block->id)
                return; // already kept, with what was used of it
            if (const auto saved = keep({*block, 1}); !saved) {
                qCWarning(lcFrontDesk) << "Number block not kept:" << saved.error();
                return;
            }
            emit changed();
        });
}
