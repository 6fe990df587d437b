#include "ui/weddings/standesamtworkspace.h"

#include "core/weddings/weddingcalendar.h"
#include "core/weddings/weddingweekmodel.h"
#include "ui/common/feedbackline.h"
#include "ui/common/keyedbutton.h"
#include "ui/common/singlepagepdf.h"
#include "ui/common/theme.h"
#include "ui/weddings/weddingconfirmation.h"
#include "ui/weddings/weddingmovedialog.h"
#include "ui/weddings/weddingreservationdialog.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
enum DetailPage { NothingPage, SlotPage, BookingPage };

// How far ahead "Verlegen" offers free slots (the server gives 93 days at most).
constexpr int kMoveDays = 84;

bool isClosed(const WeddingBooking &b)
{
    return b.status == WeddingStatus::Completed || b.status == WeddingStatus::Cancelled;
}
} // namespace

StandesamtWorkspace::StandesamtWorkspace(WeddingCalendar *calendar, QWidget *parent)
    : QWidget(parent)
    , m_calendar(calendar)
    , m_model(new WeddingWeekModel(calendar, this))
    , m_weekLabel(new QLabel(this))
    , m_notice(new FeedbackLine(this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_detail(new QStackedWidget(this))
{
    setObjectName(u"standesamtWorkspace"_s);
    m_confirmationFolder =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/Tresen"_s;
    const QKeySequence previousKey(Qt::CTRL | Qt::Key_PageUp);
    const QKeySequence nextKey(Qt::CTRL | Qt::Key_PageDown);
    // Keys in the tooltips: the week's head stays as narrow as its table.
    auto *previous = compactButton(tr("◀ Previous week"), previousKey, this);
    auto *thisWeek = compactButton(tr("This &week"), QKeySequence(), this);
    auto *next = compactButton(tr("Next week ▶"), nextKey, this);
    auto *refresh = compactButton(tr("Refresh"), QKeySequence(Qt::Key_F5), this);
    refresh->setIcon(Theme::icon(Theme::Icon::Refresh));
    bindKey(this, previous, previousKey, tr("Previous week"));
    bindKey(this, next, nextKey, tr("Next week"));
    bindKey(this, refresh, QKeySequence(Qt::Key_F5), tr("Refresh the slots"));
    connect(previous, &QPushButton::clicked, this, [this] { showWeekOf(monday().addDays(-7)); });
    connect(next, &QPushButton::clicked, this, [this] { showWeekOf(monday().addDays(7)); });
    connect(thisWeek, &QPushButton::clicked, this, [this] { showWeekOf(QDate::currentDate()); });
    connect(refresh, &QPushButton::clicked, this, &StandesamtWorkspace::reload);
    m_weekLabel->setObjectName(u"weekLabel"_s);
    Theme::setTextRole(m_weekLabel, Theme::TextRole::Subtitle);

    auto *weekRow = new QHBoxLayout;
    weekRow->addWidget(m_weekLabel, 1);
    weekRow->addWidget(refresh);
    auto *turnRow = new QHBoxLayout;
    turnRow->addWidget(previous);
    turnRow->addWidget(thisWeek);
    turnRow->addWidget(next);
    turnRow->addStretch();
    auto *header = new QVBoxLayout;
    header->addLayout(weekRow);
    header->addLayout(turnRow);

    m_notice->setObjectName(u"notice"_s);
    m_notice->setWordWrap(true);
    m_notice->hide();

    m_view->setObjectName(u"weekView"_s);
    m_view->setAccessibleName(tr("Wedding slots of the week"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_empty->setObjectName(u"emptyState"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    auto *nothing = new QLabel(tr("Choose a slot or a wedding on the left.\n\nFree slots can be "
                                  "reserved for a couple; a booking shows its papers, registrar "
                                  "and fee."),
                               m_detail);
    nothing->setWordWrap(true);
    nothing->setAlignment(Qt::AlignCenter);
    m_detail->addWidget(nothing);

    auto *slotPage = new QWidget(m_detail);
    m_slotText = new QLabel(slotPage);
    m_slotText->setObjectName(u"slotText"_s);
    m_slotText->setWordWrap(true);
    const QKeySequence reserveKey(Qt::CTRL | Qt::Key_N);
    m_reserveButton = actionButton(tr("Reserve for a couple…"), reserveKey, slotPage);
    m_reserveButton->setObjectName(u"reserveButton"_s);
    bindKey(this, m_reserveButton, reserveKey, tr("Reserve the slot for a couple"));
    connect(m_reserveButton, &QPushButton::clicked, this, &StandesamtWorkspace::reserveSelected);
    m_blockButton = compactButton(tr("Block…"), QKeySequence(), slotPage);
    m_blockButton->setObjectName(u"blockButton"_s);
    connect(m_blockButton, &QPushButton::clicked, this, &StandesamtWorkspace::toggleSlotBlocked);
    auto *slotLayout = new QVBoxLayout(slotPage);
    slotLayout->addWidget(m_slotText);
    slotLayout->addWidget(m_reserveButton);
    slotLayout->addWidget(m_blockButton, 0, Qt::AlignLeft);
    slotLayout->addStretch();
    m_detail->addWidget(slotPage);

    auto *scroll = new QScrollArea(m_detail);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the form wraps instead
    scroll->setWidget(buildBookingForm());
    m_detail->addWidget(scroll);

    // The week's navigation heads the week only: the booking beside it gets
    // the whole height.
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(header);
    leftLayout->addWidget(m_notice);
    leftLayout->addWidget(m_view);
    leftLayout->addWidget(m_empty);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({640, 440});
    setFocusProxy(m_view); // the week is what the keys move through
    m_view->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const int row = current.row();
                const auto booking = m_model->bookingAt(row);
                const auto slot = m_model->slotAt(row);
                m_selectedBookingId = booking ? booking->id : QString();
                m_selectedSlotId = slot ? slot->id : (booking ? booking->slotId : QString());
                showSelection();
            });
    // The model is rebuilt on every change (feed, own write): keep the selection.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        int row = m_selectedBookingId.isEmpty() ? -1 : m_model->rowOfBooking(m_selectedBookingId);
        if (row < 0 && !m_selectedSlotId.isEmpty())
            row = m_model->rowOfSlot(m_selectedSlotId);
        m_empty->setVisible(m_model->rowCount() == 0);
        m_empty->setText(m_model->hasSlots()
                             ? tr("No wedding slots this week.")
                             : tr("No weddings known here for this week. (Free slots are only "
                                  "shown with a connection to the server.)"));
        if (row >= 0) {
            m_view->setCurrentIndex(m_model->index(row, 0));
            showSelection(); // the same row may hold a newer booking
            return;
        }
        showSelection();
        // This week opens at what is still ahead, not at Monday morning.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int ahead = 0; ahead < m_model->rowCount(); ++ahead) {
            if (m_model->startsAt(ahead) >= now) {
                m_view->scrollTo(m_model->index(ahead, 0), QAbstractItemView::PositionAtTop);
                break;
            }
        }
    });
    connect(m_calendar, &WeddingCalendar::refused, this,
            [this](const QString &what, const QString &reason) {
                showNotice(tr("Not done: %1. %2").arg(what, reason), true);
                reload();
            });
    connect(m_calendar, &WeddingCalendar::reserved, this, [this](const WeddingBooking &b) {
        showNotice(tr("Reserved for %1 & %2; booking code %3. Provisional until %4.")
                       .arg(b.partner1, b.partner2, b.bookingCode,
                            QLocale().toString(QDateTime::fromMSecsSinceEpoch(b.expiresAt),
                                               u"dd.MM.yyyy"_s)),
                   false);
        reload();
    });
    showWeekOf(QDate::currentDate());
}

QWidget *StandesamtWorkspace::buildBookingForm()
{
    auto *page = new QWidget;
    m_bookingTitle = new QLabel(page);
    m_bookingTitle->setObjectName(u"bookingTitle"_s);
    m_bookingTitle->setWordWrap(true);
    m_bookingTitle->setTextFormat(Qt::RichText);
    m_bookingState = new QLabel(page);
    m_bookingState->setObjectName(u"bookingState"_s);
    m_bookingState->setWordWrap(true);

    m_partner1 = new QLineEdit(page);
    m_partner2 = new QLineEdit(page);
    m_email = new QLineEdit(page);
    m_phone = new QLineEdit(page);
    m_notes = new QLineEdit(page);
    m_partner1->setObjectName(u"partner1"_s);
    m_partner2->setObjectName(u"partner2"_s);
    m_notes->setObjectName(u"notes"_s);
    auto *couple = new QGroupBox(tr("Couple"), page);
    auto *coupleForm = new QFormLayout(couple);
    coupleForm->addRow(tr("Partner &1:"), m_partner1);
    coupleForm->addRow(tr("Partner &2:"), m_partner2);
    // E-mail and phone share a row: the whole booking fits a 1366x768 screen.
    auto *phoneLabel = new QLabel(tr("P&hone:"), couple);
    phoneLabel->setBuddy(m_phone);
    auto *contact = new QHBoxLayout;
    contact->addWidget(m_email, 3);
    contact->addSpacing(8);
    contact->addWidget(phoneLabel);
    contact->addWidget(m_phone, 2);
    auto *emailLabel = new QLabel(tr("E-&mail:"), couple); // a layout beside it: no buddy by itself
    emailLabel->setBuddy(m_email);
    coupleForm->addRow(emailLabel, contact);
    coupleForm->addRow(tr("N&ote:"), m_notes);

    auto *papers = new QGroupBox(tr("Papers for the registration (brought in person)"), page);
    auto *papersForm = new QFormLayout(papers);
    papersForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (const QString &key : WeddingDocuments::keys()) {
        auto *state = new QComboBox(papers);
        state->setObjectName(u"paper_"_s + key);
        state->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        state->addItem(WeddingCalendar::documentStateText(DocumentState::Missing),
                       int(DocumentState::Missing));
        state->addItem(WeddingCalendar::documentStateText(DocumentState::Received),
                       int(DocumentState::Received));
        if (!WeddingDocuments::isRequired(key))
            state->addItem(WeddingCalendar::documentStateText(DocumentState::NotNeeded),
                           int(DocumentState::NotNeeded));
        connect(state, &QComboBox::currentIndexChanged, this, &StandesamtWorkspace::updateActions);
        papersForm->addRow(WeddingCalendar::documentLabel(key) + u':', state);
        m_papers.insert(key, state);
    }

    m_registrar = new QComboBox(page);
    m_registrar->setObjectName(u"registrar"_s);
    m_registrar->addItem(tr("(not chosen yet)"), QString());
    m_fee = new QLineEdit(page);
    m_fee->setObjectName(u"feeReference"_s);
    m_fee->setMaxLength(40);
    m_fee->setPlaceholderText(tr("Kassenzeichen, e.g. 5.0002.000001.4"));
    m_checkFee = new QPushButton(tr("Is it &paid?"), page);
    m_checkFee->setObjectName(u"checkFeeButton"_s);
    m_checkFee->setToolTip(tr("Looks the fee up in the Payments workspace."));
    connect(m_checkFee, &QPushButton::clicked, this,
            [this] { emit paymentLookupRequested(m_fee->text().trimmed()); });
    auto *feeRow = new QHBoxLayout;
    feeRow->addWidget(m_fee, 1);
    feeRow->addWidget(m_checkFee);
    auto *wedding = new QGroupBox(tr("Wedding"), page);
    auto *weddingForm = new QFormLayout(wedding);
    weddingForm->addRow(tr("&Registrar:"), m_registrar);
    auto *feeLabel = new QLabel(tr("&Fee:"), wedding);
    feeLabel->setBuddy(m_fee);
    weddingForm->addRow(feeLabel, feeRow);

    for (QLineEdit *field : {m_partner1, m_partner2, m_email, m_phone, m_notes, m_fee})
        connect(field, &QLineEdit::textChanged, this, &StandesamtWorkspace::updateActions);
    connect(m_registrar, &QComboBox::currentIndexChanged, this,
            &StandesamtWorkspace::updateActions);

    const QKeySequence saveKey(QKeySequence::Save);
    const QKeySequence registerKey(Qt::CTRL | Qt::SHIFT | Qt::Key_A);
    const QKeySequence confirmKey(Qt::CTRL | Qt::SHIFT | Qt::Key_B);
    const QKeySequence completeKey(Qt::CTRL | Qt::SHIFT | Qt::Key_V);
    const QKeySequence moveKey(Qt::CTRL | Qt::SHIFT | Qt::Key_M);
    const QKeySequence cancelKey(Qt::CTRL | Qt::Key_Delete);
    const QKeySequence printKey(QKeySequence::Print);
    m_saveButton = compactButton(tr("&Save"), saveKey, page);
    m_registerButton = compactButton(tr("Registration done"), registerKey, page);
    m_confirmButton = compactButton(tr("Confirm"), confirmKey, page);
    m_completeButton = compactButton(tr("Wedding held"), completeKey, page);
    m_moveButton = compactButton(tr("Move…"), moveKey, page);
    m_cancelButton = compactButton(tr("Cancel booking…"), cancelKey, page);
    m_printButton = compactButton(tr("Print for the couple"), printKey, page);
    m_printButton->setObjectName(u"printButton"_s);
    m_saveButton->setObjectName(u"saveButton"_s);
    m_registerButton->setObjectName(u"registerButton"_s);
    m_confirmButton->setObjectName(u"confirmButton"_s);
    m_completeButton->setObjectName(u"completeButton"_s);
    m_moveButton->setObjectName(u"moveButton"_s);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    bindKey(this, m_saveButton, saveKey, tr("Save the booking"));
    bindKey(this, m_registerButton, registerKey, tr("Registration done"));
    bindKey(this, m_confirmButton, confirmKey, tr("Confirm the wedding"));
    bindKey(this, m_completeButton, completeKey, tr("Wedding held"));
    bindKey(this, m_moveButton, moveKey, tr("Move the wedding"));
    bindKey(this, m_cancelButton, cancelKey, tr("Cancel the booking"));
    bindKey(this, m_printButton, printKey, tr("Print the couple's sheet"));
    connect(m_printButton, &QPushButton::clicked, this, &StandesamtWorkspace::printConfirmation);
    connect(m_saveButton, &QPushButton::clicked, this, &StandesamtWorkspace::saveSelected);
    connect(m_registerButton, &QPushButton::clicked, this, &StandesamtWorkspace::registerSelected);
    connect(m_confirmButton, &QPushButton::clicked, this, &StandesamtWorkspace::confirmSelected);
    connect(m_completeButton, &QPushButton::clicked, this, &StandesamtWorkspace::completeSelected);
    connect(m_moveButton, &QPushButton::clicked, this, &StandesamtWorkspace::moveSelected);
    connect(m_cancelButton, &QPushButton::clicked, this, &StandesamtWorkspace::cancelSelected);
    // In the order of the booking's life; the keys are in the tooltips.
    auto *steps = new QGridLayout;
    steps->addWidget(m_saveButton, 0, 0);
    steps->addWidget(m_registerButton, 0, 1);
    steps->addWidget(m_confirmButton, 0, 2);
    steps->addWidget(m_completeButton, 1, 0);
    steps->addWidget(m_moveButton, 1, 1);
    steps->addWidget(m_cancelButton, 1, 2);

    // The sheet for the couple belongs to the booking as a whole: beside its title.
    auto *titleRow = new QHBoxLayout;
    auto *titleText = new QVBoxLayout;
    titleText->addWidget(m_bookingTitle);
    titleText->addWidget(m_bookingState);
    titleRow->addLayout(titleText, 1);
    titleRow->addWidget(m_printButton, 0, Qt::AlignTop);

    // The group boxes pad themselves (theme): their forms add no margin of
    // their own, so that the whole booking fits a 1366x768 screen.
    for (QFormLayout *form : {coupleForm, papersForm, weddingForm}) {
        form->setContentsMargins(0, 0, 0, 0);
        form->setVerticalSpacing(4);
    }
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0); // the splitter's pane has its own
    layout->addLayout(titleRow);
    layout->addWidget(couple);
    layout->addWidget(papers);
    layout->addWidget(wedding);
    layout->addLayout(steps);
    layout->addStretch();
    return page;
}

bool StandesamtWorkspace::eventFilter(QObject *watched, QEvent *event)
{
    // The table would take Ctrl+PgUp/PgDown for itself (and under some X
    // keymaps the shortcut never gets them): here they turn the week.
    const bool key = event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress;
    if (watched == m_view && key) {
        const auto *press = static_cast<QKeyEvent *>(event);
        const bool turn = press->modifiers() == Qt::ControlModifier &&
                          (press->key() == Qt::Key_PageUp || press->key() == Qt::Key_PageDown);
        if (turn && event->type() == QEvent::ShortcutOverride) {
            event->accept(); // as a key press to this filter, not as a shortcut
            return true;
        }
        if (turn) {
            showWeekOf(monday().addDays(press->key() == Qt::Key_PageUp ? -7 : 7));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void StandesamtWorkspace::showWeekOf(QDate day)
{
    m_model->setWeek(day);
    const QDate first = m_model->monday();
    m_weekLabel->setText(tr("Week %1: %2 – %3")
                             .arg(first.weekNumber())
                             .arg(QLocale().toString(first, u"dd.MM."_s),
                                  QLocale().toString(first.addDays(6), u"dd.MM.yyyy"_s)));
    reload();
}

QDate StandesamtWorkspace::monday() const
{
    return m_model->monday();
}

void StandesamtWorkspace::fetchRegistrars()
{
    m_calendar->fetchRegistrars(
        this, [this](const QList<Registrar> &registrars, const QString &error) {
            if (!error.isEmpty() || m_registrarsKnown)
                return; // asked again with the next refresh
            m_registrarsKnown = true;
            const QSignalBlocker blocker(m_registrar);
            for (const Registrar &registrar : registrars) {
                const QString name = registrar.name.isEmpty() ? registrar.login : registrar.name;
                // A booking shown before the list came put the login there.
                if (const int known = m_registrar->findData(registrar.login); known >= 0)
                    m_registrar->setItemText(known, name);
                else
                    m_registrar->addItem(name, registrar.login);
            }
        });
}

void StandesamtWorkspace::reload()
{
    if (!m_registrarsKnown)
        fetchRegistrars();
    const int request = ++m_slotRequest;
    const QDate first = m_model->monday();
    m_calendar->fetchSlots(
        first, first.addDays(6), this,
        [this, request, first](const QList<WeddingSlot> &offered, const QString &error) {
            if (request != m_slotRequest || first != m_model->monday())
                return; // the registrar went on to another week meanwhile
            if (!error.isEmpty()) {
                showNotice(tr("The free slots cannot be shown right now (%1). The weddings known "
                              "on this computer are shown.")
                               .arg(error),
                           true);
                return;
            }
            m_model->setSlots(offered);
        });
}

bool StandesamtWorkspace::showBooking(const QString &bookingId)
{
    const auto booking = m_calendar->find(bookingId);
    if (!booking)
        return false;
    m_selectedBookingId = booking->id;
    m_selectedSlotId = booking->slotId;
    showWeekOf(QDateTime::fromMSecsSinceEpoch(booking->startsAt).date());
    return true;
}

std::optional<WeddingBooking> StandesamtWorkspace::selectedBooking() const
{
    return m_model->bookingAt(m_view->currentIndex().row());
}

std::optional<WeddingSlot> StandesamtWorkspace::selectedSlot() const
{
    return m_model->slotAt(m_view->currentIndex().row());
}

QString StandesamtWorkspace::noticeText() const
{
    return m_notice->isVisible() ? m_notice->text() : QString();
}

void StandesamtWorkspace::showSelection()
{
    const auto booking = selectedBooking();
    const auto slot = selectedSlot();
    if (m_shown && (!booking || booking->id != m_shown->id))
        keepEditsOfShown();
    if (booking) {
        // Edits in progress are not overwritten by a refresh of the same booking.
        const bool editing = m_shown && m_shown->id == booking->id &&
                             m_detail->currentIndex() == BookingPage &&
                             edited().toJson() != m_shown->toJson();
        if (!editing)
            fillForm(*booking);
        else if (booking->version != m_shown->version)
            showNotice(tr("This booking was changed meanwhile; saving your edits may be refused."),
                       true);
        m_detail->setCurrentIndex(BookingPage);
    } else if (slot) {
        m_shown.reset();
        QString text = u"<b>%1</b><br>%2<br><br>"_s.arg(
            WeddingCalendar::slotTime(slot->startsAt).toHtmlEscaped(),
            slot->roomName.toHtmlEscaped());
        switch (slot->status) {
        case WeddingSlotStatus::Free:
            text += tr("Free.");
            break;
        case WeddingSlotStatus::Blocked:
            text += tr("Blocked: %1").arg(slot->blockReason.toHtmlEscaped());
            break;
        case WeddingSlotStatus::Held:
        case WeddingSlotStatus::Booked:
            text += tr("Taken; the booking has not reached this computer yet.");
            break;
        }
        m_slotText->setText(text);
        const bool future = slot->startsAt > QDateTime::currentMSecsSinceEpoch();
        m_reserveButton->setEnabled(slot->status == WeddingSlotStatus::Free && future);
        const bool blocked = slot->status == WeddingSlotStatus::Blocked;
        m_blockButton->setText(blocked ? tr("Unblock") : tr("Block…"));
        m_blockButton->setToolTip(blocked ? tr("Offer the slot for weddings again.")
                                          : tr("No weddings in this slot, e.g. on a holiday."));
        m_blockButton->setEnabled(future && (blocked || slot->status == WeddingSlotStatus::Free));
        m_detail->setCurrentIndex(SlotPage);
    } else {
        m_shown.reset();
        m_detail->setCurrentIndex(NothingPage);
    }
    updateActions();
}

std::optional<WeddingBooking> StandesamtWorkspace::editsOfShown() const
{
    if (!m_shown || m_detail->currentIndex() != BookingPage)
        return std::nullopt;
    WeddingBooking kept = edited();
    if (kept.toJson() == m_shown->toJson())
        return std::nullopt;
    // A name cleared by mistake is not sent; the papers and the rest are.
    if (kept.partner1.isEmpty())
        kept.partner1 = m_shown->partner1;
    if (kept.partner2.isEmpty())
        kept.partner2 = m_shown->partner2;
    return kept;
}

bool StandesamtWorkspace::saveEdits(const WeddingBooking &current, const WeddingBooking &kept)
{
    if (const Result<void> queued = m_calendar->update(current, kept); !queued) {
        showNotice(tr("The changes to the booking of %1 & %2 were not saved: %3")
                       .arg(current.partner1, current.partner2, queued.error()),
                   true);
        return false;
    }
    showNotice(tr("The changes to the booking of %1 & %2 were saved.")
                   .arg(current.partner1, current.partner2),
               false);
    return true;
}

bool StandesamtWorkspace::keepEditsBeforeLeaving()
{
    const auto kept = editsOfShown();
    if (!kept)
        return true;
    if (!saveEdits(*m_shown, *kept))
        return false;
    fillForm(*kept); // saved: nothing is left to keep a second time
    updateActions();
    return true;
}

void StandesamtWorkspace::keepEditsOfShown()
{
    const auto kept = editsOfShown();
    if (!kept)
        return;
    // Sent after this selection has settled: the write rebuilds the week,
    // which must not happen while the view is still changing its row.
    QTimer::singleShot(0, this,
                       [this, current = *m_shown, kept = *kept] { saveEdits(current, kept); });
}

void StandesamtWorkspace::fillForm(const WeddingBooking &b)
{
    m_shown = b;
    const QSignalBlocker blockers[] = {QSignalBlocker(m_partner1), QSignalBlocker(m_partner2),
                                       QSignalBlocker(m_email),    QSignalBlocker(m_phone),
                                       QSignalBlocker(m_notes),    QSignalBlocker(m_fee),
                                       QSignalBlocker(m_registrar)};
    m_bookingTitle->setText(u"<b>%1</b> · %2"_s.arg(
        WeddingCalendar::slotTime(b.startsAt).toHtmlEscaped(), b.roomName.toHtmlEscaped()));
    QStringList state{WeddingCalendar::statusText(b.status)};
    if (b.status == WeddingStatus::Reserved && b.expiresAt > 0)
        state.append(b.hasLapsed(QDateTime::currentMSecsSinceEpoch())
                         ? tr("lapsed on %1")
                               .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(b.expiresAt),
                                                       u"dd.MM.yyyy"_s))
                         : tr("until %1")
                               .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(b.expiresAt),
                                                       u"dd.MM.yyyy"_s)));
    if (!b.bookingCode.isEmpty())
        state.append(tr("booking code %1").arg(b.bookingCode));
    if (m_calendar->isPending(b.id))
        state.append(tr("not yet sent"));
    m_bookingState->setText(state.join(u" · "_s));
    m_partner1->setText(b.partner1);
    m_partner2->setText(b.partner2);
    m_email->setText(b.email);
    m_phone->setText(b.phone);
    m_notes->setText(b.notes);
    m_fee->setText(b.feeReference);
    for (auto it = m_papers.cbegin(); it != m_papers.cend(); ++it) {
        const QSignalBlocker blocker(it.value());
        const DocumentState paper = b.documents.value(it.key(), DocumentState::Missing);
        it.value()->setCurrentIndex(qMax(0, it.value()->findData(int(paper))));
    }
    if (!b.registrar.isEmpty() && m_registrar->findData(b.registrar) < 0)
        m_registrar->addItem(b.registrar, b.registrar);
    m_registrar->setCurrentIndex(qMax(0, m_registrar->findData(b.registrar)));
    const bool editable = !isClosed(b) && !b.hasLapsed(QDateTime::currentMSecsSinceEpoch());
    for (QWidget *field : std::initializer_list<QWidget *>{m_partner1, m_partner2, m_email, m_phone,
                                                           m_notes, m_fee, m_registrar})
        field->setEnabled(editable);
    for (QComboBox *paper : std::as_const(m_papers))
        paper->setEnabled(editable);
}

WeddingBooking StandesamtWorkspace::edited() const
{
    WeddingBooking b = m_shown.value_or(WeddingBooking());
    b.partner1 = m_partner1->text().trimmed();
    b.partner2 = m_partner2->text().trimmed();
    b.email = m_email->text().trimmed();
    b.phone = m_phone->text().trimmed();
    b.notes = m_notes->text().trimmed();
    b.feeReference = m_fee->text().trimmed();
    b.registrar = m_registrar->currentData().toString();
    for (auto it = m_papers.cbegin(); it != m_papers.cend(); ++it)
        b.documents.insert(it.key(), DocumentState(it.value()->currentData().toInt()));
    return b;
}

void StandesamtWorkspace::updateActions()
{
    const bool onBooking = m_shown && m_detail->currentIndex() == BookingPage;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const WeddingBooking b = onBooking ? edited() : WeddingBooking();
    const bool open = onBooking && !isClosed(b) && !b.hasLapsed(now);
    m_saveButton->setEnabled(open && b.toJson() != m_shown->toJson());
    const std::pair<QPushButton *, WeddingStatus> steps[] = {
        {m_registerButton, WeddingStatus::Registered},
        {m_confirmButton, WeddingStatus::Confirmed},
        {m_completeButton, WeddingStatus::Completed},
        {m_cancelButton, WeddingStatus::Cancelled},
    };
    for (const auto &[button, to] : steps) {
        const auto refusal = open ? weddingChangeRefusal(b, to, now) : std::optional(QString());
        button->setEnabled(open && !refusal && !(button == m_confirmButton && m_feeCheckRunning));
        const QString keyText = button->property("keyText").toString();
        button->setToolTip(open && refusal ? tr("%1\nNot now: %2")
                                                 .arg(keyText, WeddingCalendar::refusalText(
                                                                   409, *refusal, QString()))
                                           : keyText);
    }
    m_moveButton->setEnabled(open && !b.isLocalOnly());
    m_printButton->setEnabled(open && !b.bookingCode.isEmpty());
    m_checkFee->setEnabled(onBooking && !m_fee->text().trimmed().isEmpty());
}

void StandesamtWorkspace::showNotice(const QString &text, bool isError)
{
    m_notice->showMessage(text, isError ? Theme::Tone::Problem : Theme::Tone::Success);
}

void StandesamtWorkspace::reserveSelected()
{
    const auto slot = selectedSlot();
    if (!slot || selectedBooking() || slot->status != WeddingSlotStatus::Free)
        return;
    if (slot->leavesTooLittleLead()) {
        constexpr qint64 kDay = 24LL * 60 * 60 * 1000;
        const int daysLeft =
            int(qMax<qint64>(0, slot->startsAt - slot->registrationDeadline) / kDay);
        const auto answer = QMessageBox::question(
            this, tr("Short lead for the registration"),
            tr("The couple would have to register by %1, which leaves %n day(s) before the "
               "wedding to check the papers.",
               nullptr, daysLeft)
                    .arg(QLocale().toString(
                        QDateTime::fromMSecsSinceEpoch(slot->registrationDeadline),
                        u"dd.MM.yyyy"_s)) +
                u"\n\n"_s +
                tr("The Standesamt wants at least %n day(s) (minimum lead for the "
                   "registration).\n\nReserve anyway?",
                   nullptr, slot->registrationLeadDays),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    WeddingReservationDialog dialog(*slot, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Result<void> queued = m_calendar->reserve(*slot, dialog.couple()); !queued) {
        showNotice(queued.error(), true);
        return;
    }
    showNotice(tr("The reservation is being sent…"), false);
}

void StandesamtWorkspace::changeStatus(WeddingStatus to)
{
    if (!m_shown)
        return;
    const WeddingBooking current = *m_shown;
    WeddingBooking next = edited();
    next.status = to;
    // Saved edits are shown afresh when the cache reports the change.
    m_shown.reset();
    if (const Result<void> queued = m_calendar->update(current, next); !queued) {
        m_shown = current;
        showNotice(queued.error(), true);
        updateActions();
        return;
    }
    showNotice(to == current.status
                   ? tr("Saved.")
                   : tr("%1 & %2: %3.")
                         .arg(current.partner1, current.partner2, WeddingCalendar::statusText(to)),
               false);
}

void StandesamtWorkspace::saveSelected()
{
    if (m_shown)
        changeStatus(m_shown->status);
}

void StandesamtWorkspace::registerSelected()
{
    changeStatus(WeddingStatus::Registered);
}

void StandesamtWorkspace::confirmSelected()
{
    if (!m_shown || m_feeCheckRunning)
        return;
    const QString reference = m_fee->text().trimmed();
    if (reference.isEmpty()) {
        changeStatus(WeddingStatus::Confirmed); // refused there, with the reason
        return;
    }
    // A mistyped Kassenzeichen would let a wedding go ahead unpaid: the
    // payment system is asked first.
    const QString bookingId = m_shown->id;
    m_feeCheckRunning = true;
    updateActions();
    showNotice(tr("Looking up the Kassenzeichen %1…").arg(reference), false);
    m_calendar->checkFee(reference, this, [this, bookingId](const PaymentCheck::Result &result) {
        m_feeCheckRunning = false;
        updateActions();
        if (!m_shown || m_shown->id != bookingId)
            return; // the registrar went on to another booking meanwhile
        if (result.payment) {
            changeStatus(WeddingStatus::Confirmed);
            return;
        }
        const QString reference =
            result.reference.isEmpty() ? result.input.trimmed() : result.reference;
        const QString why =
            result.unknown
                ? tr("The payment system does not know the Kassenzeichen %1.").arg(reference)
                : tr("The Kassenzeichen %1 could not be checked: %2").arg(reference, result.error);
        const auto answer = QMessageBox::question(
            this, result.unknown ? tr("Unknown Kassenzeichen") : tr("Kassenzeichen not checked"),
            tr("%1\n\nConfirm the wedding of %2 & %3 anyway?")
                .arg(why, m_shown->partner1, m_shown->partner2),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            showNotice(tr("Not confirmed: %1 Please check the Kassenzeichen.").arg(why), true);
            return;
        }
        if (m_shown && m_shown->id == bookingId)
            changeStatus(WeddingStatus::Confirmed);
    });
}

void StandesamtWorkspace::completeSelected()
{
    changeStatus(WeddingStatus::Completed);
}

void StandesamtWorkspace::cancelSelected()
{
    if (!m_shown)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Cancel the booking"),
        tr("Cancel the wedding of %1 & %2 on %3? The slot becomes free for other couples.")
            .arg(m_shown->partner1, m_shown->partner2,
                 WeddingCalendar::slotTime(m_shown->startsAt)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        changeStatus(WeddingStatus::Cancelled);
}

void StandesamtWorkspace::toggleSlotBlocked()
{
    const auto slot = selectedSlot();
    if (!slot || selectedBooking())
        return;
    const bool block = slot->status != WeddingSlotStatus::Blocked;
    QString reason;
    if (block) {
        bool ok = false;
        reason = QInputDialog::getText(
                     this, tr("Block the slot"),
                     tr("Why is %1 in %2 not offered for weddings?")
                         .arg(WeddingCalendar::slotTime(slot->startsAt), slot->roomName),
                     QLineEdit::Normal, QString(), &ok)
                     .trimmed();
        if (!ok)
            return;
    }
    m_blockButton->setEnabled(false);
    m_calendar->setSlotBlocked(*slot, block, reason, this, [this, block](const QString &error) {
        if (!error.isEmpty()) {
            showNotice(tr("The slot was not changed: %1").arg(error), true);
            showSelection();
            return;
        }
        showNotice(block ? tr("The slot is blocked.") : tr("The slot is offered again."), false);
        reload();
    });
}

void StandesamtWorkspace::printConfirmation()
{
    if (!m_shown || m_shown->bookingCode.isEmpty())
        return;
    WeddingConfirmation sheet;
    if (const auto office = m_calendar->standesamt()) {
        sheet.officeName = office->value(u"name"_s).toString();
        sheet.officeAddress = office->value(u"address"_s).toString();
    }
    sheet.booking = *m_shown;
    const QString path = m_confirmationFolder + u"/Trauung-%1.pdf"_s.arg(m_shown->bookingCode);
    switch (sheet.printOrSave(path)) {
    case PageDelivery::Printed:
        showNotice(tr("The sheet for the couple is printing."), false);
        return;
    case PageDelivery::Failed:
        showNotice(tr("The sheet could not be saved to %1.").arg(QDir::toNativeSeparators(path)),
                   true);
        return;
    case PageDelivery::Saved:
        m_lastConfirmationFile = path;
        showNotice(tr("No printer is set up. The sheet was saved as %1 (to print or send by "
                      "e-mail).")
                       .arg(QDir::toNativeSeparators(path)),
                   false);
        return;
    }
}

void StandesamtWorkspace::moveSelected()
{
    if (!m_shown)
        return;
    const WeddingBooking booking = *m_shown;
    showNotice(tr("Looking for free slots…"), false);
    const QDate today = QDate::currentDate();
    m_calendar->fetchSlots(
        today, today.addDays(kMoveDays), this,
        [this, booking](const QList<WeddingSlot> &offered, const QString &error) {
            if (!error.isEmpty()) {
                showNotice(tr("The free slots cannot be shown right now (%1).").arg(error), true);
                return;
            }
            QList<WeddingSlot> free;
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            for (const WeddingSlot &slot : offered) {
                if (slot.status == WeddingSlotStatus::Free && slot.startsAt > now)
                    free.append(slot);
            }
            if (free.isEmpty()) {
                showNotice(tr("There is no free slot in the next %n days.", nullptr, kMoveDays),
                           true);
                return;
            }
            showNotice(QString(), false);
            WeddingMoveDialog dialog(booking, free, this);
            if (dialog.exec() != QDialog::Accepted || !dialog.chosenSlot())
                return;
            const WeddingSlot to = *dialog.chosenSlot();
            WeddingBooking moving = booking;
            if (m_shown && m_shown->id == booking.id) {
                // Edits made meanwhile go first; the move follows their version.
                const auto kept = editsOfShown();
                const WeddingBooking current = *m_shown;
                m_shown.reset();
                if (kept) {
                    saveEdits(current, *kept);
                    moving = m_calendar->find(booking.id).value_or(booking);
                }
            }
            m_shown.reset();
            if (const Result<void> queued = m_calendar->move(moving, to); !queued) {
                showNotice(queued.error(), true);
                return;
            }
            m_selectedBookingId = booking.id;
            m_selectedSlotId = to.id;
            showWeekOf(QDateTime::fromMSecsSinceEpoch(to.startsAt).date());
            showNotice(
                tr("Moved to %1 – %2.").arg(WeddingCalendar::slotTime(to.startsAt), to.roomName),
                false);
        });
}
