#include "ui/queue/counterworkspace.h"

#include "core/queue/counterdesk.h"
#include "core/queue/frontdesknumbers.h"
#include "core/queue/queuemodel.h"
#include "core/sync/localstore.h"
#include "ui/common/emptystate.h"
#include "ui/common/feedbackline.h"
#include "ui/common/keytext.h"
#include "ui/common/theme.h"
#include "ui/queue/ticketslip.h"
#include "ui/queue/transferdialog.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
struct ActionSpec
{
    TicketAction action;
    const char *text;
    QKeySequence key;
};

Theme::Icon iconFor(TicketAction action)
{
    switch (action) {
    case TicketAction::Call:
        return Theme::Icon::CallNext;
    case TicketAction::Recall:
        return Theme::Icon::Recall;
    case TicketAction::Start:
        return Theme::Icon::Start;
    case TicketAction::Finish:
        return Theme::Icon::Finish;
    case TicketAction::NoShow:
        return Theme::Icon::NoShow;
    case TicketAction::Requeue:
        return Theme::Icon::Requeue;
    case TicketAction::Transfer:
        return Theme::Icon::Transfer;
    default:
        return Theme::Icon::Next;
    }
}

QString statusText(TicketStatus status)
{
    if (status == TicketStatus::Called)
        return CounterWorkspace::tr("Called");
    if (status == TicketStatus::Serving)
        return CounterWorkspace::tr("Being served");
    return ticketStatusName(status);
}
} // namespace

CounterWorkspace::CounterWorkspace(CounterDesk *desk, LocalStore *store, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_store(store)
    , m_queue(new QueueModel(store, this))
    , m_filter(new QSortFilterProxyModel(this))
{
    setObjectName(u"counterWorkspace"_s);
    m_ticketFolder =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/Tresen/Tickets"_s;

    m_banner = new QLabel(this);
    m_banner->setObjectName(u"banner"_s);
    m_banner->setWordWrap(true);
    Theme::setBar(m_banner, Theme::Tone::Warning);

    // Stays until seen: each listed visitor holds a slip nobody will call.
    m_refusedBar = new QWidget(this);
    m_refusedBar->setObjectName(u"refusedTickets"_s);
    m_refusedText = new QLabel(m_refusedBar);
    Theme::setBar(m_refusedText, Theme::Tone::Problem);
    m_refusedText->setWordWrap(true);
    m_refusedText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *seen = new QPushButton(tr("&Seen"), m_refusedBar);
    seen->setObjectName(u"refusedSeenButton"_s);
    seen->setToolTip(tr("Hide this list once the visitors have been looked after."));
    auto *refusedRow = new QHBoxLayout(m_refusedBar);
    refusedRow->setContentsMargins(0, 0, 0, 0);
    refusedRow->addWidget(m_refusedText, 1);
    refusedRow->addWidget(seen, 0, Qt::AlignTop);
    m_refusedBar->hide();

    // The ticket being served, readable from the counter chair.
    auto *current = new QGroupBox(tr("At this counter"), this);
    m_number = new QLabel(current);
    m_number->setObjectName(u"currentNumber"_s);
    Theme::setTextRole(m_number, Theme::TextRole::TicketNumber);
    m_service = new QLabel(current);
    Theme::setTextRole(m_service, Theme::TextRole::Subtitle);
    m_service->setWordWrap(true);
    m_details = new QLabel(current);
    m_details->setObjectName(u"currentDetails"_s);
    Theme::setTone(m_details, Theme::Tone::Muted);
    m_notes = new QLabel(current);
    m_notes->setWordWrap(true);
    Theme::setTone(m_notes, Theme::Tone::Warning);
    auto *buttonGrid = new QGridLayout;
    buildActions();
    const QList<TicketAction> order{
        TicketAction::Call,   TicketAction::Recall,  TicketAction::Start,   TicketAction::Finish,
        TicketAction::NoShow, TicketAction::Requeue, TicketAction::Transfer};
    for (qsizetype i = 0; i < order.size(); ++i)
        buttonGrid->addWidget(m_buttons.value(order.at(i)), static_cast<int>(i / 2),
                              static_cast<int>(i % 2));
    auto *currentLayout = new QVBoxLayout(current);
    currentLayout->addWidget(m_number);
    currentLayout->addWidget(m_service);
    currentLayout->addWidget(m_details);
    currentLayout->addWidget(m_notes);
    currentLayout->addSpacing(12);
    currentLayout->addLayout(buttonGrid);
    currentLayout->addStretch();

    // The queue.
    auto *queueBox = new QGroupBox(tr("Queue"), this);
    m_serviceFilter = new QComboBox(queueBox);
    m_serviceFilter->setObjectName(u"serviceFilter"_s);
    m_waitingCount = new QLabel(queueBox);
    m_waitingCount->setObjectName(u"waitingCount"_s);
    m_filter->setSourceModel(m_queue);
    m_filter->setFilterRole(QueueModel::ServiceIdRole);
    m_filter->setFilterKeyColumn(QueueModel::NumberColumn);
    m_table = new QTableView(queueBox);
    m_table->setObjectName(u"queueTable"_s);
    m_table->setAccessibleName(tr("Waiting queue"));
    m_table->setModel(m_filter);
    EmptyStateHint::install(m_table, tr("Nobody is waiting. New tickets appear here as soon as "
                                        "they are issued."));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QueueModel::ServiceColumn,
                                                      QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);
    m_cancelButton = new QPushButton(
        tr("Cancel ticket (%1)").arg(keyText(QKeySequence(QKeySequence::Delete))), queueBox);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    auto *filterRow = new QHBoxLayout;
    auto *filterCaption = new QLabel(tr("Service:"), queueBox);
    filterCaption->setBuddy(m_serviceFilter);
    filterRow->addWidget(filterCaption);
    filterRow->addWidget(m_serviceFilter, 1);
    filterRow->addWidget(m_waitingCount);
    auto *queueLayout = new QVBoxLayout(queueBox);
    queueLayout->addLayout(filterRow);
    queueLayout->addWidget(m_table, 1);
    // What the list's marks mean, where they are seen.
    auto *legend = new QLabel(tr("★ priority: called before the others"), queueBox);
    legend->setObjectName(u"queueLegend"_s);
    auto *queueFooter = new QHBoxLayout;
    queueFooter->addWidget(legend, 1);
    queueFooter->addWidget(m_cancelButton);
    queueLayout->addLayout(queueFooter);

    // The front desk: issue and print a ticket.
    m_reception = new QGroupBox(tr("Issue a ticket (front desk)"), this);
    m_reception->setObjectName(u"reception"_s);
    m_receptionService = new QComboBox(m_reception);
    m_receptionService->setObjectName(u"receptionService"_s);
    m_priority = new QSpinBox(m_reception);
    m_priority->setRange(0, 9);
    // Said beside the box, not only in a tooltip: the front desk decides with it.
    const QString priorityHelp = tr("0 = normal. Higher numbers are called first (e.g. for "
                                    "people who cannot wait long); marked ★ in the queue.");
    m_priority->setToolTip(priorityHelp);
    m_priority->setAccessibleDescription(priorityHelp);
    auto *priorityExplained = new QLabel(priorityHelp, m_reception);
    priorityExplained->setObjectName(u"priorityHelp"_s);
    priorityExplained->setWordWrap(true);
    auto *priorityRow = new QHBoxLayout;
    priorityRow->addWidget(m_priority);
    priorityRow->addWidget(priorityExplained, 1);
    m_receptionNotes = new QLineEdit(m_reception);
    m_receptionNotes->setMaxLength(200);
    m_receptionNotes->setPlaceholderText(tr("optional, e.g. interpreter needed"));
    m_issueButton = new QPushButton(
        tr("Issue and print ticket (%1)").arg(keyText(QKeySequence(Qt::CTRL | Qt::Key_N))),
        m_reception);
    m_issueButton->setObjectName(u"issueButton"_s);
    auto *receptionForm = new QFormLayout(m_reception);
    receptionForm->addRow(tr("Ser&vice:"), m_receptionService);
    receptionForm->addRow(tr("&Priority:"), priorityRow);
    // A QFormLayout row with a layout has no buddy of its own.
    if (auto *priorityCaption = qobject_cast<QLabel *>(receptionForm->labelForField(priorityRow)))
        priorityCaption->setBuddy(m_priority);
    receptionForm->addRow(tr("N&ote:"), m_receptionNotes);
    receptionForm->addRow(QString(), m_issueButton);
    m_reception->hide();

    m_notice = new FeedbackLine(this);
    m_notice->setObjectName(u"notice"_s);
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Taking back a no-show or a cancellation: beside the message that confirms it.
    m_undoButton = new QPushButton(this);
    m_undoButton->setObjectName(u"undoButton"_s);
    m_undoButton->hide();
    auto *noticeRow = new QHBoxLayout;
    noticeRow->addWidget(m_notice, 1);
    noticeRow->addWidget(m_undoButton);

    auto *right = new QVBoxLayout;
    right->addWidget(queueBox, 1);
    right->addWidget(m_reception);
    auto *columns = new QHBoxLayout;
    columns->addWidget(current, 2);
    columns->addLayout(right, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_refusedBar);
    layout->addLayout(columns, 1);
    layout->addLayout(noticeRow);

    connect(m_serviceFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QString serviceId = m_serviceFilter->currentData().toString();
        m_filter->setFilterRegularExpression(
            serviceId.isEmpty() ? QString() : u'^' + QRegularExpression::escape(serviceId) + u'$');
    });
    connect(m_cancelButton, &QPushButton::clicked, this, &CounterWorkspace::cancelSelected);
    auto *cancelKey = new QAction(tr("Cancel the selected waiting ticket"), this);
    cancelKey->setShortcut(QKeySequence::Delete);
    cancelKey->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(cancelKey);
    connect(cancelKey, &QAction::triggered, this, &CounterWorkspace::cancelSelected);
    connect(m_issueButton, &QPushButton::clicked, this, &CounterWorkspace::issueTicket);
    auto *issueAction = new QAction(tr("Issue and print a ticket (front desk)"), this);
    issueAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    connect(issueAction, &QAction::triggered, this, [this] {
        if (m_reception->isVisible())
            issueTicket();
    });
    addAction(issueAction);
    connect(m_undoButton, &QPushButton::clicked, m_desk, &CounterDesk::undo);
    auto *undoAction = new QAction(tr("Undo the last no-show or cancellation"), this);
    undoAction->setObjectName(u"undoAction"_s);
    undoAction->setShortcut(QKeySequence::Undo);
    connect(undoAction, &QAction::triggered, m_desk, &CounterDesk::undo);
    addAction(undoAction);
    auto *receptionToggle = new QAction(tr("Show or hide the front desk"), this);
    receptionToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(receptionToggle, &QAction::triggered, this,
            [this] { setReceptionVisible(!isReceptionVisible()); });
    addAction(receptionToggle);

    connect(m_desk, &CounterDesk::stateChanged, this, &CounterWorkspace::refresh);
    connect(m_desk, &CounterDesk::notice, this, &CounterWorkspace::showNotice);
    connect(seen, &QPushButton::clicked, m_desk, &CounterDesk::acknowledgeRefusedTickets);
    connect(m_desk, &CounterDesk::refusedTicketsChanged, this, [this] {
        const QStringList refused = m_desk->refusedTickets();
        m_refusedText->setText(
            tr("The server did not take these tickets issued without connection. Their visitors "
               "hold slips that will not be called; please call them up yourself:") +
            u"\n• "_s + refused.join(u"\n• "_s));
        m_refusedBar->setVisible(!refused.isEmpty());
    });
    connect(m_desk, &CounterDesk::estimatesChanged, m_queue, &QueueModel::setEstimates);
    connect(m_desk, &CounterDesk::ticketsChanged, m_queue, &QueueModel::reload);
    connect(m_queue, &QAbstractItemModel::modelReset, this, &CounterWorkspace::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CounterWorkspace::refresh);

    // Waiting times tick.
    auto *clock = new QTimer(this);
    connect(clock, &QTimer::timeout, this, [this] {
        m_queue->setNow(QDateTime::currentDateTime());
        refresh();
    });
    clock->start(30000);
    refresh();
}

void CounterWorkspace::buildActions()
{
    const QList<ActionSpec> specs{
        {TicketAction::Call, QT_TR_NOOP("Call next"), QKeySequence(Qt::Key_F5)},
        {TicketAction::Recall, QT_TR_NOOP("Call again"), QKeySequence(Qt::Key_F6)},
        {TicketAction::Start, QT_TR_NOOP("Start"), QKeySequence(Qt::Key_F7)},
        {TicketAction::Finish, QT_TR_NOOP("Finish"), QKeySequence(Qt::Key_F8)},
        {TicketAction::NoShow, QT_TR_NOOP("Did not come"), QKeySequence(Qt::Key_F9)},
        {TicketAction::Requeue, QT_TR_NOOP("Put back in line"), QKeySequence(Qt::Key_F4)},
        {TicketAction::Transfer, QT_TR_NOOP("Transfer…"), QKeySequence(Qt::CTRL | Qt::Key_T)},
    };
    for (const ActionSpec &spec : specs) {
        const QString label = tr(spec.text);
        auto *button = new QPushButton(u"%1\n%2"_s.arg(label, keyText(spec.key)), this);
        button->setObjectName(u"action-"_s + ticketActionName(spec.action));
        button->setMinimumHeight(56);
        Theme::setTextRole(button, Theme::TextRole::Action);
        button->setIcon(Theme::icon(iconFor(spec.action)));
        auto *action = new QAction(label, this);
        action->setShortcut(spec.key);
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action); // the key works while this workspace is shown
        const TicketAction which = spec.action;
        const auto trigger = [this, which] {
            switch (which) {
            case TicketAction::Call:
                m_desk->callNext();
                break;
            case TicketAction::Transfer:
                transfer();
                break;
            case TicketAction::NoShow:
                if (m_desk->isAllowed(TicketAction::NoShow) &&
                    QMessageBox::question(
                        this, tr("Did not come"),
                        tr("Mark %1 as not come? The ticket cannot be called again.")
                            .arg(m_desk->currentTicket()->number)) == QMessageBox::Yes)
                    m_desk->act(which);
                break;
            default:
                m_desk->act(which);
                break;
            }
        };
        connect(button, &QPushButton::clicked, this, trigger);
        connect(action, &QAction::triggered, this, [button, trigger] {
            if (button->isEnabled())
                trigger();
        });
        m_buttons.insert(spec.action, button);
    }
    Theme::setPrimary(m_buttons.value(TicketAction::Call));
}

void CounterWorkspace::setCounter(const QString &counterId)
{
    m_desk->setCounter(counterId);
    m_queue->setOfficeId(m_desk->officeId());
    reloadServices();
    refresh();
}

void CounterWorkspace::setReceptionVisible(bool visible)
{
    if (visible == isReceptionVisible())
        return;
    m_reception->setVisible(visible);
    m_desk->setIssuesTickets(visible);
    if (visible)
        m_receptionService->setFocus();
    emit receptionVisibleChanged(visible);
}

bool CounterWorkspace::isReceptionVisible() const
{
    return !m_reception->isHidden();
}

QString CounterWorkspace::noticeText() const
{
    return m_notice->text();
}

QString CounterWorkspace::serviceName(const QString &serviceId) const
{
    const auto service = m_store->entity(u"service"_s, serviceId);
    return service ? service->value(u"name"_s).toString() : QString();
}

void CounterWorkspace::reloadServices()
{
    const QString filtered = m_serviceFilter->currentData().toString();
    const QString chosen = m_receptionService->currentData().toString();
    m_serviceFilter->clear();
    m_receptionService->clear();
    m_serviceFilter->addItem(tr("All services"), QString());
    for (const QJsonObject &service : m_store->entities(u"service"_s)) {
        if (service.value(u"officeId"_s).toString() != m_desk->officeId())
            continue;
        const QString label = u"%1 – %2"_s.arg(service.value(u"prefix"_s).toString(),
                                               service.value(u"name"_s).toString());
        m_serviceFilter->addItem(label, service.value(u"id"_s).toString());
        // A retired service takes no new tickets (its old ones stay in the filter).
        if (service.value(u"active"_s).toBool(true))
            m_receptionService->addItem(label, service.value(u"id"_s).toString());
    }
    m_serviceFilter->setCurrentIndex(qMax(0, m_serviceFilter->findData(filtered)));
    m_receptionService->setCurrentIndex(qMax(0, m_receptionService->findData(chosen)));
}

void CounterWorkspace::refresh()
{
    if (m_serviceFilter->count() <= 1 && !m_desk->officeId().isEmpty())
        reloadServices();
    const QString reason = m_desk->unavailableReason();
    QString banner = reason;
    if (isReceptionVisible() && !m_desk->isOnline() && !m_desk->counterId().isEmpty()) {
        const int left = m_desk->reserveNumbers().remaining();
        banner += u' ' + (left > 0 ? tr("The front desk goes on issuing tickets from this "
                                        "workstation's reserve numbers (%n left); they join "
                                        "the queue when the connection is back.",
                                        nullptr, left)
                                   : tr("This workstation has no reserve numbers for today, so "
                                        "no tickets can be issued until the connection is "
                                        "back."));
    }
    m_banner->setText(banner);
    m_banner->setVisible(!banner.isEmpty());

    const auto ticket = m_desk->currentTicket();
    if (ticket) {
        m_number->setText(ticket->number);
        m_service->setText(serviceName(QString::number(ticket->serviceId)));
        const int waited = static_cast<int>(
            qMax<qint64>(0, (ticket->firstCalledAt - ticket->issuedAt) / 1000 / 60));
        const QTime issued = QDateTime::fromMSecsSinceEpoch(ticket->issuedAt).time();
        m_details->setText(tr("%1 · call %2 · waited %n min (since %3)", nullptr, waited)
                               .arg(statusText(ticket->status))
                               .arg(ticket->callCount)
                               .arg(QLocale().toString(issued, QLocale::ShortFormat)));
        m_notes->setText(ticket->notes.isEmpty() ? QString() : tr("Note: %1").arg(ticket->notes));
    } else {
        m_number->setText(u"–"_s);
        m_service->setText(reason.isEmpty() ? tr("Nobody at this counter. Press F5 to call "
                                                 "the next visitor.")
                                            : QString());
        m_details->clear();
        m_notes->clear();
    }
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it)
        it.value()->setEnabled(m_desk->isAllowed(it.key()));
    const QModelIndex selected = m_table->selectionModel()->currentIndex();
    m_cancelButton->setEnabled(reason.isEmpty() && selected.isValid() &&
                               selected.data(QueueModel::StatusRole).toString() == u"waiting"_s);
    m_issueButton->setEnabled(m_desk->mayIssueTickets() && m_receptionService->count() > 0);
    // It names the ticket: a message that came after stands beside it.
    m_undoButton->setText(
        tr("Undo %1 (%2)")
            .arg(m_desk->undoableNumber(), keyText(QKeySequence(QKeySequence::Undo))));
    m_undoButton->setVisible(m_desk->canUndo());
    m_undoButton->setEnabled(reason.isEmpty() && !m_desk->isBusy());
    const int waiting = m_queue->waitingCount();
    m_waitingCount->setText(waiting == 0 ? tr("Nobody waiting")
                                         : tr("%n waiting", nullptr, waiting));
}

void CounterWorkspace::showNotice(const QString &text, bool isError)
{
    m_notice->showMessage(text, isError ? Theme::Tone::Problem : Theme::Tone::Success);
}

void CounterWorkspace::transfer()
{
    const auto ticket = m_desk->currentTicket();
    if (!ticket || !m_desk->isAllowed(TicketAction::Transfer))
        return;
    QList<QJsonObject> services;
    for (const QJsonObject &service : m_store->entities(u"service"_s)) {
        if (service.value(u"officeId"_s).toString() == m_desk->officeId() &&
            service.value(u"active"_s).toBool(true))
            services.append(service);
    }
    QList<QJsonObject> counters;
    for (const QJsonObject &counter : m_store->entities(u"counter"_s)) {
        if (counter.value(u"officeId"_s).toString() == m_desk->officeId() &&
            counter.value(u"id"_s).toString() != m_desk->counterId() &&
            counter.value(u"active"_s).toBool(true))
            counters.append(counter);
    }
    TransferDialog dialog(ticket->number, services, counters, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.toService())
        m_desk->transferToService(dialog.targetId());
    else
        m_desk->transferToCounter(dialog.targetId());
}

void CounterWorkspace::cancelSelected()
{
    const QModelIndex index = m_table->selectionModel()->currentIndex();
    if (!index.isValid() || !m_cancelButton->isEnabled())
        return;
    const QString number = index.siblingAtColumn(QueueModel::NumberColumn).data().toString();
    if (QMessageBox::question(this, tr("Cancel ticket"),
                              tr("Cancel ticket %1? The visitor leaves the queue.").arg(number)) !=
        QMessageBox::Yes)
        return;
    m_desk->cancelTicket(index.data(QueueModel::TicketIdRole).toString());
}

void CounterWorkspace::issueTicket()
{
    const QString serviceId = m_receptionService->currentData().toString();
    if (serviceId.isEmpty() || !m_issueButton->isEnabled())
        return;
    m_issueButton->setEnabled(false);
    const QPointer<CounterWorkspace> self(this);
    m_desk->issueTicket(
        serviceId, m_priority->value(), m_receptionNotes->text(),
        [this, self](const Ticket &ticket, int estimatedWaitMinutes, const QString &error) {
            if (!self)
                return;
            m_issueButton->setEnabled(true);
            if (!error.isEmpty()) {
                showNotice(tr("The ticket could not be issued: %1").arg(error), true);
                return;
            }
            m_priority->setValue(0);
            m_receptionNotes->clear();
            const QString pdf = printSlip(ticket, estimatedWaitMinutes);
            if (ticket.id == 0) // numbered from the reserve, waiting in the outbox
                showNotice(noticeText() + u' ' +
                               tr("Issued without connection: it joins the queue as soon as "
                                  "the connection is back."),
                           false);
            emit ticketIssued(ticket, pdf);
        });
}

QString CounterWorkspace::printSlip(const Ticket &ticket, int estimatedWaitMinutes)
{
    TicketSlip slip;
    const auto office = m_store->entity(u"office"_s, QString::number(ticket.officeId));
    slip.officeName = office ? office->value(u"name"_s).toString() : QString();
    slip.number = ticket.number;
    slip.serviceName = serviceName(QString::number(ticket.serviceId));
    slip.issuedAt = QDateTime::fromMSecsSinceEpoch(ticket.issuedAt);
    slip.estimatedWaitMinutes = estimatedWaitMinutes;

    const QString path = m_ticketFolder + u"/%1-%2.pdf"_s.arg(slip.number, ticket.serviceDay);
    switch (slip.printOrSave(path)) {
    case PageDelivery::Printed:
        showNotice(tr("Ticket %1 issued and printed.").arg(slip.number), false);
        return {};
    case PageDelivery::Failed:
        showNotice(tr("Ticket %1 issued, but it could not be saved as PDF in %2.")
                       .arg(slip.number, QDir::toNativeSeparators(m_ticketFolder)),
                   true);
        return {};
    case PageDelivery::Saved:
        break;
    }
    showNotice(tr("Ticket %1 issued. No printer is set up: saved as %2.")
                   .arg(slip.number, QDir::toNativeSeparators(path)),
               false);
    return path;
}
