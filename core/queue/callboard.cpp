#include "core/queue/callboard.h"

#include "core/domain/memberreader.h"
#include "core/domain/ticket.h"
#include "core/sync/backendclient.h"
#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

CallBoard::CallBoard(BackendClient *client, LocalStore *store, SyncEngine *sync, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_sync(sync)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(400);
    connect(&m_refreshTimer, &QTimer::timeout, this, &CallBoard::refresh);
    connect(sync, &SyncEngine::liveChange, this, &CallBoard::handleLiveChange);
    connect(sync, &SyncEngine::changesApplied, this, [this](const QStringList &entities) {
        if (entities.contains(u"ticket"_s))
            m_refreshTimer.start();
    });
    connect(sync, &SyncEngine::connectionChanged, this, [this](SyncEngine::Connection c) {
        if (c == SyncEngine::Connection::Online)
            m_refreshTimer.start();
        emit liveChanged(isLive());
    });
}

void CallBoard::setOfficeId(const QString &officeId)
{
    m_officeId = officeId;
    m_calls.clear();
    m_services.clear();
    emit changed();
    refresh();
}

QString CallBoard::officeName() const
{
    const auto office = m_store->entity(u"office"_s, m_officeId);
    return office ? office->value(u"name"_s).toString() : QString();
}

bool CallBoard::isLive() const
{
    return m_sync->connection() == SyncEngine::Connection::Online;
}

void CallBoard::refresh()
{
    if (m_officeId.isEmpty() || !m_client->isLoggedIn())
        return;
    const QUrlQuery calls{{u"officeId"_s, m_officeId}, {u"limit"_s, QString::number(kShownCalls)}};
    m_client->get(u"/api/v1/calls"_s, calls, this, [this](const ApiResponse &response) {
        if (!response.ok())
            return;
        QList<Call> list;
        for (const QJsonValue &value : response.body.toArray()) {
            const QJsonObject call = value.toObject();
            list.append({call.value(u"ticketId"_s).toString(), call.value(u"number"_s).toString(),
                         call.value(u"counterName"_s).toString(),
                         QDateTime::fromString(call.value(u"calledAt"_s).toString(), Qt::ISODate)});
        }
        m_calls = list;
        emit changed();
    });
    m_client->get(u"/api/v1/queue"_s, QUrlQuery{{u"officeId"_s, m_officeId}}, this,
                  [this](const ApiResponse &response) {
                      if (!response.ok())
                          return;
                      QList<ServiceLine> lines;
                      const QJsonArray services =
                          response.body.toObject().value(u"services"_s).toArray();
                      for (const QJsonValue &value : services) {
                          const QJsonObject service = value.toObject();
                          lines.append({service.value(u"prefix"_s).toString(),
                                        service.value(u"name"_s).toString(),
                                        service.value(u"waiting"_s).toInt(),
                                        service.value(u"estimatedWaitMinutes"_s).toInt()});
                      }
                      m_services = lines;
                      emit changed();
                  });
}

void CallBoard::handleLiveChange(const Change &change)
{
    if (change.entity != u"ticket"_s || change.op != Change::Op::Upsert)
        return;
    // A display receives a ticket as its call only (TicketCall), other logins the
    // whole ticket; the call is part of both.
    const auto ticket = readOrWarn<TicketCall>(change.data, "Call board", "ticket");
    if (!ticket || QString::number(ticket->officeId) != m_officeId)
        return;
    const bool current =
        ticket->status == TicketStatus::Called || ticket->status == TicketStatus::Serving;
    if (!current) {
        // Put back, moved on, finished or not come: no longer a call, at once.
        const QString id = QString::number(ticket->id);
        if (m_calls.removeIf([&id](const Call &c) { return c.ticketId == id; }) > 0)
            emit changed();
        return;
    }
    if (change.event != u"ticket.called"_s && change.event != u"ticket.recalled"_s)
        return;
    const auto counter = m_store->entity(u"counter"_s, QString::number(ticket->counterId));
    Call call{QString::number(ticket->id), ticket->number,
              counter ? counter->value(u"name"_s).toString() : QString(),
              QDateTime::fromMSecsSinceEpoch(ticket->lastCalledAt)};
    // Shown at once; the next refresh confirms the list from the server.
    m_calls.removeIf([&call](const Call &c) { return c.ticketId == call.ticketId; });
    m_calls.prepend(call);
    if (m_calls.size() > kShownCalls)
        m_calls.resize(kShownCalls);
    emit changed();
    emit called(call);
}

QString announcementText(const QString &number, const QString &counterName)
{
    // "A017" -> "A 17"; a front desk's reserve number "Z1-007" -> "Z 1 – 7"
    // (letter, block, a pause, number).
    static const QRegularExpression parts(uR"(^([A-Za-z]+)(?:(\d+)-)?0*(\d+)$)"_s);
    const QRegularExpressionMatch match = parts.match(number);
    QString spoken = number;
    if (match.hasMatch())
        spoken = match.hasCaptured(2)
                     ? u"%1 %2 – %3"_s.arg(match.captured(1), match.captured(2), match.captured(3))
                     : match.captured(1) + u' ' + match.captured(3);
    return QCoreApplication::translate("CallBoard", "Number %1, please go to %2.")
        .arg(spoken, counterName);
}
