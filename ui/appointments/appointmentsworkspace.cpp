#include "ui/appointments/appointmentsworkspace.h"

#include "core/appointments/appointmentbook.h"
#include "core/appointments/appointmentmodels.h"
#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"
#include "ui/appointments/appointmentconfirmation.h"
#include "ui/appointments/appointmentdialog.h"
#include "ui/common/feedbackline.h"
#include "ui/common/keyedbutton.h"
#include "ui/common/keytext.h"
#include "ui/common/singlepagepdf.h"
#include "ui/common/theme.h"
#include "ui/queue/ticketslip.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AppointmentsWorkspace::AppointmentsWorkspace(AppointmentBook *book, LocalStore *store,
                                             SyncEngine *sync, QWidget *parent)
    : QWidget(parent)
    , m_book(book)
    , m_store(store)
    , m_sync(sync)
    , m_dayModel(new AppointmentDayModel(book, this))
    , m_weekModel(new AppointmentWeekModel(book, this))
    , m_searchModel(new AppointmentSearchModel(book, this))
{
    setObjectName(u"appointmentsWorkspace"_s);
    m_confirmationFolder =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/Tresen"_s;
    m_ticketFolder = m_confirmationFolder + u"/Tickets"_s;

    // Check-in first: a handheld scanner types the code and presses Enter.
    m_checkInField = new QLineEdit(this);
    m_checkInField->setObjectName(u"checkInField"_s);
    m_checkInField->setPlaceholderText(tr("Type or scan the booking code, then Enter"));
    m_checkInField->setClearButtonEnabled(true);
    Theme::setTextRole(m_checkInField, Theme::TextRole::LargeInput);
    auto *checkInLabel = new QLabel(tr("Chec&k in:"), this);
    checkInLabel->setBuddy(m_checkInField);
    Theme::setTextRole(checkInLabel, Theme::TextRole::LargeInput);
    m_checkInResult = new FeedbackLine(this);
    m_checkInResult->setObjectName(u"checkInResult"_s);
    m_checkInResult->setWordWrap(true);
    m_checkInResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *checkInRow = new QHBoxLayout;
    checkInRow->addWidget(checkInLabel);
    checkInRow->addWidget(m_checkInField, 1);

    m_office = new QComboBox(this);
    m_office->setObjectName(u"officeBox"_s);
    m_service = new QComboBox(this);
    m_service->setObjectName(u"serviceFilter"_s);
    m_service->setMinimumContentsLength(18);
    m_service->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *previous = new QPushButton(u"◀"_s, this);
    previous->setObjectName(u"previousButton"_s);
    previous->setToolTip(
        tr("Previous day or week (%1)").arg(keyText(QKeySequence(Qt::CTRL | Qt::Key_PageUp))));
    auto *next = new QPushButton(u"▶"_s, this);
    next->setObjectName(u"nextButton"_s);
    next->setToolTip(
        tr("Next day or week (%1)").arg(keyText(QKeySequence(Qt::CTRL | Qt::Key_PageDown))));
    auto *today = new QPushButton(tr("T&oday"), this);
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(u"dateEdit"_s);
    m_date->setAccessibleName(tr("Day shown"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"ddd dd.MM.yyyy"_s);
    m_dayButton = new QPushButton(tr("&Day"), this);
    m_dayButton->setObjectName(u"dayButton"_s);
    m_weekButton = new QPushButton(tr("&Week"), this);
    m_weekButton->setObjectName(u"weekButton"_s);
    for (QPushButton *button : {m_dayButton, m_weekButton})
        button->setCheckable(true);
    auto *viewGroup = new QButtonGroup(this);
    viewGroup->addButton(m_dayButton);
    viewGroup->addButton(m_weekButton);
    m_dayButton->setChecked(true);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"searchField"_s);
    m_search->setAccessibleName(tr("Search appointments"));
    m_search->setPlaceholderText(tr("Search all days for a name or code (%1)")
                                     .arg(keyText(QKeySequence(QKeySequence::Find))));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(170);
    for (QPushButton *arrow : {previous, next})
        arrow->setMaximumWidth(40);
    m_office->setMinimumContentsLength(15);
    m_office->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_office);
    filterRow->addWidget(m_service);
    filterRow->addSpacing(12);
    filterRow->addWidget(previous);
    filterRow->addWidget(m_date);
    filterRow->addWidget(next);
    filterRow->addWidget(today);
    filterRow->addSpacing(12);
    filterRow->addWidget(m_dayButton);
    filterRow->addWidget(m_weekButton);
    filterRow->addStretch(1);
    filterRow->addWidget(m_search);

    m_dayView = new QTableView(this);
    m_dayView->setObjectName(u"dayView"_s);
    m_dayView->setAccessibleName(tr("Appointments of the day"));
    m_dayView->setModel(m_dayModel);
    m_dayView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_dayView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_dayView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_dayView->verticalHeader()->hide();
    m_dayView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_dayView->horizontalHeader()->setSectionResizeMode(AppointmentDayModel::Name,
                                                        QHeaderView::Stretch);
    m_dayView->setAlternatingRowColors(true);
    m_weekView = new QTableView(this);
    m_weekView->setObjectName(u"weekView"_s);
    m_weekView->setAccessibleName(tr("Appointments of the week"));
    m_weekView->setModel(m_weekModel);
    m_weekView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_weekView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_weekView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_weekView->verticalHeader()->setDefaultSectionSize(24);
    m_weekView->setToolTip(tr("Double-click a cell to open that day."));
    m_empty = new QLabel(tr("No appointments on this day."), this);
    m_empty->setObjectName(u"emptyLabel"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    Theme::setTone(m_empty, Theme::Tone::Muted);
    Theme::setTextRole(m_empty, Theme::TextRole::Subtitle);
    auto *dayPage = new QWidget(this);
    auto *dayLayout = new QVBoxLayout(dayPage);
    dayLayout->setContentsMargins(0, 0, 0, 0);
    dayLayout->addWidget(m_dayView, 1);
    dayLayout->addWidget(m_empty);
    // The search looks through every day: its results say which.
    m_searchView = new QTableView(this);
    m_searchView->setObjectName(u"searchView"_s);
    m_searchView->setModel(m_searchModel);
    m_searchView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_searchView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_searchView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_searchView->verticalHeader()->hide();
    m_searchView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_searchView->horizontalHeader()->setSectionResizeMode(AppointmentSearchModel::Name,
                                                           QHeaderView::Stretch);
    m_searchView->setAlternatingRowColors(true);
    m_searchView->setToolTip(tr("Enter or double-click opens the appointment's day."));
    m_searchEmpty = new QLabel(this);
    m_searchEmpty->setObjectName(u"searchEmptyLabel"_s);
    m_searchEmpty->setAlignment(Qt::AlignCenter);
    m_searchEmpty->setWordWrap(true);
    auto *searchPage = new QWidget(this);
    auto *searchLayout = new QVBoxLayout(searchPage);
    searchLayout->setContentsMargins(0, 0, 0, 0);
    searchLayout->addWidget(m_searchView, 1);
    searchLayout->addWidget(m_searchEmpty);
    m_views = new QStackedWidget(this);
    m_views->addWidget(dayPage);
    m_views->addWidget(m_weekView);
    m_views->addWidget(searchPage);

    m_newButton = actionButton(tr("New appointment…"), QKeySequence(Qt::CTRL | Qt::Key_N), this);
    m_newButton->setObjectName(u"newButton"_s);
    m_newButton->setIcon(Theme::icon(Theme::Icon::New));
    m_editButton = actionButton(tr("Change…"), QKeySequence(Qt::Key_F2), this);
    m_editButton->setObjectName(u"editButton"_s);
    m_checkInButton = actionButton(tr("Check in"), QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    m_checkInButton->setObjectName(u"checkInButton"_s);
    m_checkInButton->setIcon(Theme::icon(Theme::Icon::Finish));
    m_missedButton = actionButton(tr("Did not come"), QKeySequence(), this);
    m_missedButton->setObjectName(u"missedButton"_s);
    m_cancelButton =
        actionButton(tr("Cancel appointment"), QKeySequence(QKeySequence::Delete), this);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    m_printButton = actionButton(tr("Confirmation"), QKeySequence(QKeySequence::Print), this);
    m_printButton->setObjectName(u"printButton"_s);
    m_printButton->setIcon(Theme::icon(Theme::Icon::Print));
    auto *buttonRow = new QHBoxLayout;
    for (QPushButton *button : {m_newButton, m_editButton, m_checkInButton, m_missedButton,
                                m_cancelButton, m_printButton})
        buttonRow->addWidget(button);
    buttonRow->addStretch(1);

    m_notice = new FeedbackLine(this);
    m_notice->setObjectName(u"noticeLabel"_s);
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_pending = new QLabel(this);
    m_pending->setObjectName(u"pendingLabel"_s);
    Theme::setBar(m_pending, Theme::Tone::Warning);
    m_pending->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(checkInRow);
    layout->addWidget(m_checkInResult);
    layout->addSpacing(6);
    layout->addLayout(filterRow);
    layout->addWidget(m_notice);
    layout->addWidget(m_views, 1);
    layout->addWidget(m_pending);
    layout->addLayout(buttonRow);
    setFocusProxy(m_checkInField);

    bindKey(this, m_newButton, QKeySequence(Qt::CTRL | Qt::Key_N), tr("Book a new appointment"));
    bindKey(this, m_editButton, QKeySequence(Qt::Key_F2), tr("Change the selected appointment"));
    bindKey(this, m_checkInButton, QKeySequence(Qt::CTRL | Qt::Key_Return),
            tr("Check in the selected appointment"));
    bindKey(this, m_printButton, QKeySequence(QKeySequence::Print),
            tr("Print or save the confirmation"));
    bindKey(this, previous, QKeySequence(Qt::CTRL | Qt::Key_PageUp), tr("Previous day or week"));
    bindKey(this, next, QKeySequence(Qt::CTRL | Qt::Key_PageDown), tr("Next day or week"));
    auto *cancelKey = new QAction(tr("Cancel the selected appointment"), this);
    cancelKey->setShortcut(QKeySequence::Delete);
    cancelKey->setShortcutContext(Qt::WidgetShortcut);
    m_dayView->addAction(cancelKey);
    connect(cancelKey, &QAction::triggered, this, &AppointmentsWorkspace::cancelSelected);
    auto *findKey = new QAction(tr("Search appointments"), this);
    findKey->setShortcut(QKeySequence::Find);
    findKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(findKey);
    connect(findKey, &QAction::triggered, m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    auto *checkInKey = new QAction(tr("Go to the check-in field"), this);
    checkInKey->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    checkInKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(checkInKey);
    connect(checkInKey, &QAction::triggered, m_checkInField, [this] {
        m_checkInField->setFocus();
        m_checkInField->selectAll();
    });

    connect(m_checkInField, &QLineEdit::returnPressed, this, [this] {
        const QString typed = m_checkInField->text();
        if (!typed.trimmed().isEmpty())
            checkIn(typed);
    });
    connect(m_newButton, &QPushButton::clicked, this, &AppointmentsWorkspace::newAppointment);
    connect(m_editButton, &QPushButton::clicked, this, &AppointmentsWorkspace::editSelected);
    connect(m_cancelButton, &QPushButton::clicked, this, &AppointmentsWorkspace::cancelSelected);
    connect(m_missedButton, &QPushButton::clicked, this,
            &AppointmentsWorkspace::markSelectedMissed);
    connect(m_checkInButton, &QPushButton::clicked, this, &AppointmentsWorkspace::checkInSelected);
    connect(m_printButton, &QPushButton::clicked, this, &AppointmentsWorkspace::printConfirmation);
    connect(m_dayView, &QTableView::doubleClicked, this, &AppointmentsWorkspace::editSelected);
    connect(m_weekView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        setDay(index.data(AppointmentWeekModel::DayRole).toDate());
        showWeek(false);
    });
    connect(previous, &QPushButton::clicked, this,
            [this] { setDay(day().addDays(m_weekButton->isChecked() ? -7 : -1)); });
    connect(next, &QPushButton::clicked, this,
            [this] { setDay(day().addDays(m_weekButton->isChecked() ? 7 : 1)); });
    connect(today, &QPushButton::clicked, this, [this] { setDay(QDate::currentDate()); });
    connect(m_date, &QDateEdit::dateChanged, this, [this](QDate date) {
        m_dayModel->setDay(date);
        m_weekModel->setWeekOf(date);
        loadWeekSlots();
        updateActions();
    });
    connect(m_dayButton, &QPushButton::toggled, this, [this](bool on) { showWeek(!on); });
    connect(m_office, &QComboBox::currentIndexChanged, this, [this] {
        reloadServices();
        applyFilter();
        loadWeekSlots();
    });
    connect(m_service, &QComboBox::currentIndexChanged, this, &AppointmentsWorkspace::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        applyFilter();
        showCurrentView();
    });
    // Enter in the search field opens the first result (or the one chosen).
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_searchModel->rowCount() == 0)
            return;
        const QModelIndex current = m_searchView->currentIndex();
        const auto chosen = m_searchModel->appointmentAt(current.isValid() ? current.row() : 0);
        goToAppointment(chosen->id);
    });
    connect(m_searchView, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const auto chosen = m_searchModel->appointmentAt(index.row()))
            goToAppointment(chosen->id);
    });
    connect(m_searchModel, &QAbstractItemModel::modelReset, this,
            &AppointmentsWorkspace::updateActions);
    connect(m_searchView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AppointmentsWorkspace::updateActions);
    connect(m_dayModel, &QAbstractItemModel::modelReset, this,
            &AppointmentsWorkspace::updateActions);
    connect(m_dayView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AppointmentsWorkspace::updateActions);
    connect(m_book, &AppointmentBook::pendingCountChanged, this,
            &AppointmentsWorkspace::updatePending);
    connect(m_book, &AppointmentBook::changed, this, &AppointmentsWorkspace::updatePending);
    connect(m_sync, &SyncEngine::connectionChanged, this, &AppointmentsWorkspace::updatePending);
    connect(m_sync, &SyncEngine::connectionChanged, this, [this] {
        m_slotsLoadedFor.clear(); // back online: the places may have changed meanwhile
        loadWeekSlots();
    });
    connect(m_sync, &SyncEngine::changesApplied, this, [this](const QStringList &entities) {
        if (entities.contains(u"office"_s) || entities.contains(u"service"_s))
            reloadOffices();
    });
    connect(m_book, &AppointmentBook::refused, this,
            [this](const QString &what, const QString &why) {
                showNotice(tr("Not done: %1. %2").arg(what, why), true);
            });
    connect(m_book, &AppointmentBook::checkInRefused, this,
            [this](const QString &what, const QString &why) {
                showCheckInResult(tr("%1: %2").arg(what, why), false);
            });
    connect(m_book, &AppointmentBook::checkedIn, this, &AppointmentsWorkspace::handOutSlip);
    connect(m_book, &AppointmentBook::booked, this, [this](const Appointment &a) {
        showNotice(tr("Booked: %1 on %2, booking code %3.")
                       .arg(a.name,
                            QLocale().toString(QDateTime::fromMSecsSinceEpoch(a.startsAt),
                                               u"ddd dd.MM. HH:mm"_s),
                            a.bookingCode),
                   false);
        const int row = m_dayModel->rowOf(a.id);
        if (row >= 0)
            m_dayView->selectRow(row);
    });

    reloadOffices();
    m_dayModel->setDay(m_date->date());
    m_weekModel->setWeekOf(m_date->date());
    updatePending();
    updateActions();
}

void AppointmentsWorkspace::scrollToNow()
{
    // Today's list opens where the clerk is in the day, not at 8 o'clock.
    if (m_date->date() != QDate::currentDate())
        return;
    const qint64 soon = QDateTime::currentMSecsSinceEpoch() - 15 * 60 * 1000;
    for (int row = 0; row < m_dayModel->rowCount(); ++row) {
        if (m_dayModel->appointmentAt(row)->startsAt >= soon) {
            m_dayView->scrollTo(m_dayModel->index(row, 0), QAbstractItemView::PositionAtTop);
            return;
        }
    }
    m_dayView->scrollToBottom();
}

bool AppointmentsWorkspace::isOnline() const
{
    return m_sync->connection() == SyncEngine::Connection::Online;
}

void AppointmentsWorkspace::reloadOffices()
{
    const QString current = m_office->currentData().toString();
    const QSignalBlocker blocker(m_office);
    m_office->clear();
    for (const QJsonObject &office : m_store->entities(u"office"_s))
        m_office->addItem(office.value(u"name"_s).toString(), office.value(u"id"_s).toString());
    const int index = m_office->findData(current);
    m_office->setCurrentIndex(index >= 0 ? index : 0);
    reloadServices();
    applyFilter();
    m_slotsLoadedFor.clear(); // services or their offices changed
    loadWeekSlots();
}

void AppointmentsWorkspace::reloadServices()
{
    const QString current = m_service->currentData().toString();
    const QSignalBlocker blocker(m_service);
    m_service->clear();
    m_service->addItem(tr("All services"), QString());
    const QString officeId = m_office->currentData().toString();
    for (const QJsonObject &service : m_store->entities(u"service"_s)) {
        if (service.value(u"officeId"_s).toString() == officeId)
            m_service->addItem(service.value(u"name"_s).toString(),
                               service.value(u"id"_s).toString());
    }
    const int index = m_service->findData(current);
    m_service->setCurrentIndex(index >= 0 ? index : 0);
}

void AppointmentsWorkspace::applyFilter()
{
    AppointmentFilter filter;
    filter.officeId = m_office->currentData().toString();
    filter.serviceId = m_service->currentData().toString();
    m_dayModel->setFilter(filter);
    m_weekModel->setFilter(filter);
    filter.search = m_search->text();
    m_searchModel->setFilter(filter);
}

void AppointmentsWorkspace::showCurrentView()
{
    const bool searching = !m_search->text().trimmed().isEmpty();
    m_views->setCurrentIndex(searching ? 2 : m_weekButton->isChecked() ? 1 : 0);
    loadWeekSlots();
    updateActions();
}

void AppointmentsWorkspace::goToAppointment(const QString &id)
{
    const auto appointment = m_book->find(id);
    if (!appointment)
        return;
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    applyFilter();
    m_dayButton->setChecked(true); // the day list, where the appointment is selected
    setDay(QDateTime::fromMSecsSinceEpoch(appointment->startsAt).date());
    showCurrentView();
    const int row = m_dayModel->rowOf(id);
    if (row >= 0) {
        m_dayView->selectRow(row);
        m_dayView->scrollTo(m_dayModel->index(row, 0));
        m_dayView->setFocus();
    }
}

void AppointmentsWorkspace::setDay(QDate day)
{
    if (day.isValid())
        m_date->setDate(day);
}

QDate AppointmentsWorkspace::day() const
{
    return m_date->date();
}

void AppointmentsWorkspace::showWeek(bool week)
{
    m_weekButton->setChecked(week);
    m_dayButton->setChecked(!week);
    if (!m_search->text().isEmpty()) {
        const QSignalBlocker blocker(m_search);
        m_search->clear(); // the clerk asked for the day or the week
        applyFilter();
    }
    showCurrentView();
}

void AppointmentsWorkspace::loadWeekSlots()
{
    if (m_views->currentIndex() != 1 || !isOnline())
        return;
    const QString officeId = m_office->currentData().toString();
    const QDate monday = m_weekModel->monday();
    const QString key = officeId + u'/' + monday.toString(Qt::ISODate);
    if (key == m_slotsLoadedFor)
        return;
    m_slotsLoadedFor = key;
    m_weekModel->clearSlots();
    const int request = ++m_slotRequest;
    const QDate saturday = monday.addDays(AppointmentWeekModel::kDays - 1);
    for (const QJsonObject &service : m_store->entities(u"service"_s)) {
        if (service.value(u"officeId"_s).toString() != officeId)
            continue;
        const QString serviceId = service.value(u"id"_s).toString();
        m_book->fetchFreeSlots(
            serviceId, monday, saturday, this,
            [this, request, serviceId](const QList<FreeSlot> &offered, const QString &error) {
                if (request != m_slotRequest)
                    return;
                if (!error.isEmpty()) {
                    m_slotsLoadedFor.clear(); // asked again next time
                    return;
                }
                m_weekModel->setSlots(serviceId, offered);
            });
    }
}

std::optional<Appointment> AppointmentsWorkspace::selectedAppointment() const
{
    if (m_views->currentIndex() == 2) {
        const QModelIndexList rows = m_searchView->selectionModel()->selectedRows();
        return rows.isEmpty() ? std::nullopt : m_searchModel->appointmentAt(rows.first().row());
    }
    if (m_views->currentIndex() != 0)
        return std::nullopt;
    const QModelIndexList rows = m_dayView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_dayModel->appointmentAt(rows.first().row());
}

void AppointmentsWorkspace::updateActions()
{
    const auto selected = selectedAppointment();
    const bool booked = selected && selected->status == AppointmentStatus::Booked;
    m_editButton->setEnabled(booked);
    m_cancelButton->setEnabled(booked);
    m_missedButton->setEnabled(booked && selected->startsAt < QDateTime::currentMSecsSinceEpoch());
    m_checkInButton->setEnabled(booked && !selected->isLocalOnly() &&
                                QDateTime::fromMSecsSinceEpoch(selected->startsAt).date() ==
                                    QDate::currentDate());
    m_printButton->setEnabled(selected && !selected->bookingCode.isEmpty() &&
                              selected->status != AppointmentStatus::Cancelled);
    const bool empty = m_dayModel->rowCount() == 0;
    m_empty->setVisible(empty);
    m_empty->setText(tr("No appointments on this day. Book one with %1.")
                         .arg(keyText(QKeySequence(Qt::CTRL | Qt::Key_N))));
    m_dayView->setVisible(!empty);
    const QString needle = m_search->text().trimmed();
    const bool noResult = m_searchModel->rowCount() == 0;
    m_searchView->setVisible(!noResult);
    m_searchEmpty->setVisible(noResult || m_searchModel->isCut());
    m_searchEmpty->setText(
        noResult ? tr("No appointment on any day matches \"%1\".").arg(needle)
                 : tr("Only the first %1 matches are shown; type more of the name or code.")
                       .arg(AppointmentSearchModel::kMaxRows));
}

void AppointmentsWorkspace::updatePending()
{
    const int count = m_book->pendingCount();
    m_pending->setVisible(count > 0);
    if (count == 0)
        return;
    const QString where =
        isOnline() ? tr("being sent") : tr("will be sent when the connection is back");
    m_pending->setText(
        tr("%n change(s) waiting to be sent (%1). Nothing is lost.", nullptr, count).arg(where));
    m_pending->setToolTip(m_book->pendingSummaries().join(u'\n'));
}

void AppointmentsWorkspace::showNotice(const QString &text, bool isError)
{
    // One message at a time: the check-in's line gives way.
    m_checkInResult->clearMessage();
    m_notice->showMessage(text, isError ? Theme::Tone::Problem : Theme::Tone::Success);
}

void AppointmentsWorkspace::showCheckInResult(const QString &text, bool ok)
{
    Theme::setTextRole(m_checkInResult, Theme::TextRole::Subtitle);
    m_notice->clearMessage();
    m_checkInResult->showMessage(text, ok ? Theme::Tone::Success : Theme::Tone::Problem);
}

void AppointmentsWorkspace::checkIn(const QString &bookingCode)
{
    if (const Result<void> queued = m_book->checkIn(bookingCode); !queued) {
        showCheckInResult(queued.error(), false);
        m_checkInField->selectAll();
        return;
    }
    m_checkInField->clear();
    showCheckInResult(isOnline() ? tr("Checking in %1…").arg(bookingCode.trimmed().toUpper())
                                 : tr("%1 will be checked in when the connection is back; the "
                                      "ticket number follows then.")
                                       .arg(bookingCode.trimmed().toUpper()),
                      true);
}

void AppointmentsWorkspace::handOutSlip(const Appointment &a, const QString &ticketNumber)
{
    const QString who = a.name.isEmpty() ? a.bookingCode : a.name;
    const QString when = a.startsAt > 0
                             ? QDateTime::fromMSecsSinceEpoch(a.startsAt).toString(u"HH:mm"_s)
                             : QString();
    const QString checkedIn =
        tr("✓ %1 (%2) is checked in. Ticket number: %3").arg(who, when, ticketNumber);
    TicketSlip slip;
    const auto office = m_store->entity(u"office"_s, a.officeId);
    slip.officeName = office ? office->value(u"name"_s).toString() : QString();
    slip.number = ticketNumber;
    slip.serviceName = a.serviceId.isEmpty() ? QString() : m_book->serviceName(a.serviceId);
    slip.issuedAt = QDateTime::currentDateTime();
    const QString path =
        m_ticketFolder +
        u"/%1-%2.pdf"_s.arg(ticketNumber, QDate::currentDate().toString(Qt::ISODate));
    switch (slip.printOrSave(path)) {
    case PageDelivery::Printed:
        showCheckInResult(tr("%1. The slip is printing.").arg(checkedIn), true);
        return;
    case PageDelivery::Failed:
        showCheckInResult(tr("%1. The slip could not be saved as PDF in %2; please tell the "
                             "visitor the number.")
                              .arg(checkedIn, QDir::toNativeSeparators(m_ticketFolder)),
                          false);
        return;
    case PageDelivery::Saved:
        break;
    }
    m_lastTicketSlipFile = path;
    showCheckInResult(tr("%1. No printer is set up: the slip was saved as %2.")
                          .arg(checkedIn, QDir::toNativeSeparators(path)),
                      true);
}

void AppointmentsWorkspace::checkInSelected()
{
    if (const auto selected = selectedAppointment())
        checkIn(selected->bookingCode);
}

void AppointmentsWorkspace::newAppointment()
{
    QList<AppointmentDialog::ServiceChoice> services;
    for (int i = 1; i < m_service->count(); ++i)
        services.append({m_service->itemData(i).toString(), m_service->itemText(i)});
    if (services.isEmpty()) {
        showNotice(tr("There are no services yet; the workstation is still syncing."), true);
        return;
    }
    AppointmentDialog dialog(m_book, services, isOnline(), std::nullopt, this);
    if (!m_service->currentData().toString().isEmpty())
        dialog.setService(m_service->currentData().toString());
    dialog.setDay(day());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Result<void> queued = m_book->book(dialog.request()); !queued) {
        showNotice(queued.error(), true);
        return;
    }
    setDay(QDateTime::fromMSecsSinceEpoch(dialog.request().startsAt).date());
    if (!isOnline())
        showNotice(tr("Booked on this computer; it is sent when the connection is back. The "
                      "booking code follows then."),
                   false);
}

void AppointmentsWorkspace::editSelected()
{
    const auto selected = selectedAppointment();
    if (!selected || selected->status != AppointmentStatus::Booked)
        return;
    QList<AppointmentDialog::ServiceChoice> services;
    for (int i = 1; i < m_service->count(); ++i)
        services.append({m_service->itemData(i).toString(), m_service->itemText(i)});
    AppointmentDialog dialog(m_book, services, isOnline(), selected, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const AppointmentRequest wanted = dialog.request();
    Appointment current = *selected;
    if (wanted.serviceId != current.serviceId || wanted.startsAt != current.startsAt) {
        if (const Result<void> queued = m_book->rebook(current, wanted.serviceId, wanted.startsAt);
            !queued) {
            showNotice(queued.error(), true);
            return;
        }
        current = m_book->find(current.id).value_or(current);
    }
    if (!current.anonymised && (wanted.name != current.name || wanted.phone != current.phone ||
                                wanted.email != current.email || wanted.notes != current.notes)) {
        if (const Result<void> queued = m_book->changeContact(current, wanted); !queued)
            showNotice(queued.error(), true);
    }
    setDay(QDateTime::fromMSecsSinceEpoch(wanted.startsAt).date());
}

void AppointmentsWorkspace::cancelSelected()
{
    const auto selected = selectedAppointment();
    if (!selected || selected->status != AppointmentStatus::Booked)
        return;
    const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(selected->startsAt),
                                            u"dddd, dd.MM. HH:mm"_s);
    if (QMessageBox::question(
            this, tr("Cancel appointment"),
            tr("Cancel the appointment of %1 on %2? The time becomes free for "
               "others.")
                .arg(selected->name.isEmpty() ? selected->bookingCode : selected->name, when),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    if (const Result<void> queued = m_book->cancel(*selected); !queued)
        showNotice(queued.error(), true);
}

void AppointmentsWorkspace::markSelectedMissed()
{
    const auto selected = selectedAppointment();
    if (!selected)
        return;
    if (QMessageBox::question(
            this, tr("Did not come"),
            tr("Mark the appointment of %1 as missed?")
                .arg(selected->name.isEmpty() ? selected->bookingCode : selected->name),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    if (const Result<void> queued = m_book->markNoShow(*selected); !queued)
        showNotice(queued.error(), true);
}

void AppointmentsWorkspace::printConfirmation()
{
    const auto selected = selectedAppointment();
    if (!selected || selected->bookingCode.isEmpty())
        return;
    AppointmentConfirmation confirmation;
    const auto office = m_store->entity(u"office"_s, selected->officeId);
    confirmation.officeName = office ? office->value(u"name"_s).toString() : QString();
    confirmation.officeAddress = office ? office->value(u"address"_s).toString() : QString();
    confirmation.serviceName = m_book->serviceName(selected->serviceId);
    if (const auto service = m_store->entity(u"service"_s, selected->serviceId)) {
        confirmation.bringAlong = service->value(u"bringAlong"_s).toString();
        confirmation.confirmationNote = service->value(u"confirmationNote"_s).toString();
    }
    confirmation.citizenName = selected->name;
    confirmation.startsAt = QDateTime::fromMSecsSinceEpoch(selected->startsAt);
    confirmation.durationMinutes = selected->durationMinutes;
    confirmation.bookingCode = selected->bookingCode;

    const QString path = m_confirmationFolder + u"/Termin-%1.pdf"_s.arg(selected->bookingCode);
    switch (confirmation.printOrSave(path)) {
    case PageDelivery::Printed:
        showNotice(tr("The confirmation is printing."), false);
        return;
    case PageDelivery::Failed:
        showNotice(
            tr("The confirmation could not be saved to %1.").arg(QDir::toNativeSeparators(path)),
            true);
        return;
    case PageDelivery::Saved:
        break;
    }
    m_lastConfirmationFile = path;
    showNotice(tr("No printer is set up. The confirmation was saved as %1 (to print or send by "
                  "e-mail).")
                   .arg(QDir::toNativeSeparators(path)),
               false);
}
