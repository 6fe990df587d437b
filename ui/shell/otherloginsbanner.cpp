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
    // The colour of a notice, not of an error: nothing is wrong, something waits.
    setStyleSheet(u"#otherLoginsBanner { background: #fff4ce; border-bottom: 1px solid #e0c060; }"
                  " #otherLoginsBanner QLabel { color: #3d3000; }"_s);
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
    const QList<PendingWritesOfLogin> pending = m_writes->pending();
    for (const PendingWritesOfLogin &writes : pending) {
        auto *row = new QWidget(this);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *text = new QLabel(OtherLoginsWrites::waitingText(writes.login, writes.count), row);
        text->setObjectName(u"pendingOf_"_s + writes.login);
        text->setWordWrap(true);
        layout->addWidget(text, 1);
        if (m_writes->mayDiscard()) {
            auto *discard = new QPushButton(tr("Discard…"), row);
            discard->setObjectName(u"discard_"_s + writes.login);
            discard->setToolTip(tr("Discard the changes of %1 (asks first; recorded in the "
                                   "server's audit log)")
                                    .arg(writes.login));
            connect(discard, &QPushButton::clicked, this,
                    [this, writes] { this->discard(writes.login, writes.count); });
            layout->addWidget(discard);
        }
        m_rows->addWidget(row);
    }
    setVisible(!pending.isEmpty());
}

void OtherLoginsBanner::discard(const QString &login, int count)
{
    if (LocalDataDialogs::confirmDiscard(window(), login, count))
        m_writes->discard(login, count);
}
