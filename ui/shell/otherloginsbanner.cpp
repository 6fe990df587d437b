#include "ui/shell/otherloginsbanner.h"

#include "core/sync/otherloginswrites.h"
#include "ui/shell/localdatadialogs.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

OtherLoginsBanner::OtherLoginsBanner(OtherLoginsWrites *writes, QWidget *parent)
    : QFrame(parent)
    , m_writes(writes)
    , m_rows(new QVBoxLayout(this))
{
    setObjectName(u"otherLoginsBanner"_s);
    // The colour of a notice, not of an error (theme.cpp): nothing is wrong, something waits.
    m_rows->setContentsMargins(12, 6, 12, 6);
    m_rows->setSpacing(4);
    connect(m_writes, &OtherLoginsWrites::changed, this, &OtherLoginsBanner::rebuild);
    connect(m_writes, &OtherLoginsWrites::discarded, this, [this](const QString &login, int count) {
        // Said where the window says how things went; the row is gone.
        if (auto *frame = qobject_cast<QMainWindow *>(window()))
            frame->statusBar()->showMessage(
                tr("%n change(s) of %1 discarded.", nullptr, count).arg(login), 10000);
    });
    connect(m_writes, &OtherLoginsWrites::discardFailed, this,
            [this](const QString &login, const QString &reason) {
                QMessageBox::warning(
                    this, tr("Discard changes"),
                    tr("The changes of %1 were not discarded: %2").arg(login, reason));
            });
    rebuild();
}

void OtherLoginsBanner::rebuild()
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        if (QWidget *row = item->widget())
            row->deleteLater();
        delete item;
    }
    // Deleted with the caches of logins gone too long: said once, nothing to do.
    const QList<PendingWritesOfLogin> lost = m_writes->lostWrites();
    for (const PendingWritesOfLogin &writes : lost)
        addRow(u"lost_"_s + writes.login,
               OtherLoginsWrites::lostText(writes.login, writes.count, m_writes->staleDays()), {},
               {}, 0);
    const QList<PendingWritesOfLogin> pending = m_writes->pending();
    for (const PendingWritesOfLogin &writes : pending) {
        QString text = OtherLoginsWrites::waitingText(writes.login, writes.count);
        if (!writes.expired.isEmpty())
            text += u' ' + OtherLoginsWrites::expiredText(int(writes.expired.size()));
        // Another login's: their kind and day only (see PendingWritesOfLogin).
        addRow(u"pendingOf_"_s + writes.login, text, writes.expired, writes.login, writes.count);
    }
    // Caches not read, as another window has them open: their writes are missing above.
    if (m_writes->cachesInUse() > 0)
        addRow(u"cachesInUse"_s, OtherLoginsWrites::inUseText(m_writes->cachesInUse()), {}, {}, 0);
    // One's own writes too old to send: named with what they are.
    const QStringList ownExpired = m_writes->ownExpired();
    if (!ownExpired.isEmpty())
        addRow(u"expiredOf_"_s + m_writes->login(),
               OtherLoginsWrites::ownExpiredText(int(ownExpired.size())), ownExpired,
               m_writes->login(), int(ownExpired.size()));
    setVisible(!lost.isEmpty() || !pending.isEmpty() || !ownExpired.isEmpty() ||
               m_writes->cachesInUse() > 0);
}

void OtherLoginsBanner::addRow(const QString &name, const QString &text,
                               const QStringList &summaries, const QString &login, int count)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(text, row);
    label->setObjectName(name);
    label->setWordWrap(true);
    layout->addWidget(label, 1);
    if (!summaries.isEmpty()) {
        // What they are, one per line, so that they can be checked.
        auto *list = new QLabel(u"• "_s + summaries.join(u"\n• "_s), row);
        list->setObjectName(name + u"_list"_s);
        list->setTextFormat(Qt::PlainText);
        list->setWordWrap(true);
        layout->addWidget(list, 1);
    }
    if (!login.isEmpty() && m_writes->mayDiscard()) {
        auto *discard = new QPushButton(tr("Discard…"), row);
        discard->setObjectName(u"discard_"_s + login);
        discard->setToolTip(
            tr("Discard the changes of %1 (asks first; recorded in the server's audit log)")
                .arg(login));
        connect(discard, &QPushButton::clicked, this,
                [this, login, count] { this->discard(login, count); });
        layout->addWidget(discard);
    }
    m_rows->addWidget(row);
}

void OtherLoginsBanner::discard(const QString &login, int count)
{
    if (LocalDataDialogs::confirmDiscard(window(), login, count))
        m_writes->discard(login, count);
}
