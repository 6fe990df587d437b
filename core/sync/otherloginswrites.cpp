#include "core/sync/otherloginswrites.h"

#include "core/sync/backendclient.h"
#include "core/sync/localstore.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

OtherLoginsWrites::OtherLoginsWrites(const LoginCaches &caches, BackendClient *client,
                                     QObject *parent)
    : QObject(parent)
    , m_caches(caches)
    , m_client(client)
{}

QString OtherLoginsWrites::login() const
{
    return m_client->session().login;
}

Result<void> OtherLoginsWrites::refresh()
{
    const qint64 expiredBefore = LocalStore::sendableSince(QDateTime::currentMSecsSinceEpoch());
    int inUse = 0;
    const Result<QList<PendingWritesOfLogin>> pending =
        m_caches.pendingOfOthers(login(), expiredBefore, &inUse);
    if (!pending)
        return Result<void>::failure(pending.reason());
    const Result<QStringList> own = m_caches.expiredOf(login(), expiredBefore);
    if (!own)
        return Result<void>::failure(own.reason());
    m_pending = *pending;
    m_ownExpired = *own;
    m_cachesInUse = inUse;
    m_expiredBefore = expiredBefore;
    emit changed();
    return {};
}

void OtherLoginsWrites::setLostWrites(const QList<PendingWritesOfLogin> &lost, int days)
{
    m_lost = lost;
    m_staleDays = days;
    emit changed();
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
                       // One's own: only the expired ones named (the others
                       // are sent as usual); another's: all, as confirmed.
                       const Result<int> dropped = m_caches.discardWritesOf(
                           this->login(), login,
                           login == this->login() ? std::optional(m_expiredBefore) : std::nullopt);
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

QString OtherLoginsWrites::madeByText(const OutboxEntry &entry)
{
    return tr("%1 (made by %2; sent when %2 logs in here again)")
        .arg(withoutContents(entry), entry.login);
}

QString OtherLoginsWrites::inUseText(int count)
{
    return tr("%n other cache(s) on this workstation are in use in another window and were not "
              "read: their waiting changes are not listed here.",
              nullptr, count);
}

QString OtherLoginsWrites::expiredText(int count)
{
    return tr("%n of them are older than %1 days: they are no longer sent, because the server "
              "may have taken them already and forgotten it. Check them; a supervisor discards "
              "them.",
              nullptr, count)
        .arg(LocalStore::kSendableDays);
}

QString OtherLoginsWrites::ownExpiredText(int count)
{
    return tr("%n of your changes are older than %1 days and are no longer sent: the server may "
              "have taken them already and forgotten it. Check them on the server; a supervisor "
              "discards them here.",
              nullptr, count)
        .arg(LocalStore::kSendableDays);
}

QString OtherLoginsWrites::lostText(const QString &login, int count, int days)
{
    return tr("%n change(s) made by %1 on this workstation were never sent and have been deleted "
              "with the local data of %1, unused for more than %2 days.",
              nullptr, count)
        .arg(login)
        .arg(days);
}
