#include "core/sync/otherloginswrites.h"

#include "core/sync/backendclient.h"

using namespace Qt::StringLiterals;

OtherLoginsWrites::OtherLoginsWrites(const LoginCaches &caches, BackendClient *client,
                                     QObject *parent)
    : QObject(parent)
    , m_caches(caches)
    , m_client(client)
{}

Result<void> OtherLoginsWrites::refresh()
{
    const Result<QList<PendingWritesOfLogin>> pending =
        m_caches.pendingOfOthers(m_client->session().login);
    if (!pending)
        return Result<void>::failure(pending.reason());
    m_pending = *pending;
    emit changed();
    return {};
}

bool OtherLoginsWrites::mayDiscard() const
{
    return m_client->session().roles.testFlag(Role::Supervisor);
}

void OtherLoginsWrites::discard(const QString &login, int count)
{
    const QJsonObject body{{u"login"_s, login}, {u"count"_s, count}};
    m_client->send("POST", u"/api/v1/outbox-discards"_s, body, this,
                   [this, login](const ApiResponse &response) {
                       if (!response.ok()) {
                           emit discardFailed(login, response.message);
                           return;
                       }
                       const Result<int> dropped = m_caches.discardWritesOf(login);
                       if (!dropped) {
                           emit discardFailed(login, dropped.error());
                           return;
                       }
                       (void)refresh();
                       emit discarded(login, *dropped);
                   });
}

QString OtherLoginsWrites::waitingText(const QString &login, int count)
{
    return tr("%n change(s) made by %1 on this workstation not sent yet: sent when %1 logs in "
              "here again.",
              nullptr, count)
        .arg(login);
}

QString OtherLoginsWrites::madeByText(const QString &summary, const QString &login)
{
    return tr("%1 (made by %2; sent when %2 logs in here again)").arg(summary, login);
}
