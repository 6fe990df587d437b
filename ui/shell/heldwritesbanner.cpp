#include "ui/shell/heldwritesbanner.h"

#include "core/sync/outboxsender.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

HeldWritesBanner::HeldWritesBanner(OutboxSender *outbox, QWidget *parent)
    : QFrame(parent)
    , m_outbox(outbox)
    , m_text(new QLabel(this))
    , m_list(new QLabel(this))
{
    // Styled as the other logins' banner (theme.cpp): something waits.
    setObjectName(u"heldWritesBanner"_s);
    m_text->setObjectName(u"heldWritesText"_s);
    m_text->setWordWrap(true);
    m_list->setObjectName(u"heldWritesList"_s);
    m_list->setTextFormat(Qt::PlainText);
    m_list->setWordWrap(true);
    // Text, list and buttons start on one line, however long the list.
    for (QLabel *label : {m_text, m_list})
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *send = new QPushButton(tr("&Send them"), this);
    send->setObjectName(u"sendHeldWrites"_s);
    send->setToolTip(tr("Send the changes listed to the server as they are"));
    auto *discard = new QPushButton(tr("Discard…"), this);
    discard->setObjectName(u"discardHeldWrites"_s);
    discard->setToolTip(tr("Discard the changes listed (asks first)"));
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(send);
    buttons->addWidget(discard);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->addWidget(m_text, 2);
    layout->addWidget(m_list, 2);
    layout->addLayout(buttons);
    connect(send, &QPushButton::clicked, m_outbox, &OutboxSender::sendHeld);
    connect(discard, &QPushButton::clicked, this, &HeldWritesBanner::discard);
    connect(m_outbox, &OutboxSender::heldChanged, this, &HeldWritesBanner::rebuild);
    connect(m_outbox, &OutboxSender::pendingCountChanged, this, &HeldWritesBanner::rebuild);
    rebuild();
}

void HeldWritesBanner::rebuild()
{
    const QList<OutboxEntry> held = m_outbox->heldWrites();
    setVisible(!held.isEmpty());
    if (held.isEmpty())
        return;
    m_text->setText(
        tr("The server was reset to an earlier state (restored from a backup). %n change(s) "
           "made here had not reached it yet; they are not sent until you have checked them: "
           "some may already be done again, others may no longer fit.",
           nullptr, int(held.size())));
    QStringList summaries;
    for (const OutboxEntry &entry : held)
        summaries.append(entry.summary);
    m_list->setText(u"• "_s + summaries.join(u"\n• "_s));
}

void HeldWritesBanner::discard()
{
    const int count = int(m_outbox->heldWrites().size());
    const auto answer = QMessageBox::question(
        window(), tr("Discard changes"),
        tr("Discard the %n change(s) listed? They are not sent to the server and cannot be "
           "restored.",
           nullptr, count),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Discard)
        m_outbox->discardHeld();
}
