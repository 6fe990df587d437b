#include "ui/administration/openinghourspage.h"

#include "core/administration/administration.h"
#include "ui/administration/officebox.h"
#include "ui/common/keyedbutton.h"
#include "ui/common/theme.h"

#include <QAbstractItemView>
#include <QCalendarWidget>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTextCharFormat>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

OpeningHoursPage::OpeningHoursPage(Administration *administration, RecordTableModel *offices,
                                   QWidget *parent)
    : QWidget(parent)
    , m_administration(administration)
{
    auto *intro = new QLabel(
        tr("When the office is open, for tickets and appointment slots. Several ranges a day are "
           "separated by commas; an empty line means closed. On closure days no appointments or "
           "weddings can be booked."),
        this);
    intro->setWordWrap(true);

    m_officeBox = new OfficeBox(offices, {}, this);
    auto *officeLabel = new QLabel(tr("&Office:"), this);
    officeLabel->setBuddy(m_officeBox);
    auto *top = new QHBoxLayout;
    top->addWidget(officeLabel);
    top->addWidget(m_officeBox);
    top->addStretch(1);

    auto *week = new QGroupBox(tr("Opening hours"), this);
    auto *weekForm = new QFormLayout(week);
    for (int day = 0; day < OfficeHours::kDays; ++day) {
        m_days[day] = new QLineEdit(week);
        m_days[day]->setObjectName(OfficeHours::dayKey(day));
        m_days[day]->setPlaceholderText(tr("closed"));
        m_days[day]->setMinimumWidth(fontMetrics().averageCharWidth() * 30);
        m_dayProblems[day] = new QLabel(week);
        Theme::setTone(m_dayProblems[day], Theme::Tone::Problem);
        m_dayProblems[day]->setWordWrap(true);
        m_dayProblems[day]->hide();
        auto *cell = new QVBoxLayout;
        cell->setSpacing(2);
        cell->addWidget(m_days[day]);
        cell->addWidget(m_dayProblems[day]);
        weekForm->addRow(tr("%1:").arg(OfficeHours::dayName(day)), cell);
        connect(m_days[day], &QLineEdit::textEdited, this, [this] {
            m_dirty = true;
            updateState();
        });
    }

    auto *closures = new QGroupBox(tr("Closure days"), this);
    m_calendar = new QCalendarWidget(closures);
    m_calendar->setObjectName(u"closureCalendar"_s);
    // A screen reader lands on the calendar's inner grid: that is what needs the name.
    if (auto *grid = m_calendar->findChild<QAbstractItemView *>())
        grid->setAccessibleName(tr("Calendar for closure days"));
    m_calendar->setGridVisible(true);
    m_calendar->setMinimumDate(QDate::currentDate().addYears(-1));
    m_closures = new QListWidget(closures);
    m_closures->setObjectName(u"closureList"_s);
    m_closures->setAccessibleName(tr("Closure days"));
    m_addClosure = new QPushButton(tr("&Close on this day"), closures);
    m_addClosure->setObjectName(u"addClosure"_s);
    m_removeClosure = new QPushButton(tr("Open a&gain…"), closures);
    m_removeClosure->setObjectName(u"removeClosure"_s);
    auto *closureButtons = new QHBoxLayout;
    closureButtons->addWidget(m_addClosure);
    closureButtons->addWidget(m_removeClosure);
    closureButtons->addStretch(1);
    auto *closureLayout = new QVBoxLayout(closures);
    auto *closureRow = new QHBoxLayout;
    closureRow->addWidget(m_calendar, 2);
    closureRow->addWidget(m_closures, 1);
    closureLayout->addLayout(closureRow);
    closureLayout->addLayout(closureButtons);

    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(u"saveButton"_s);
    m_save->setToolTip(tr("Save the opening hours and closure days (Ctrl+S)."));
    m_revert = new QPushButton(tr("&Discard changes"), this);
    m_revert->setObjectName(u"revertButton"_s);
    m_message = new MessageLine(this);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    bottom->addWidget(m_revert);
    bottom->addWidget(m_save);

    auto *columns = new QHBoxLayout;
    columns->addWidget(week, 1);
    columns->addWidget(closures, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addLayout(columns, 1);
    layout->addLayout(bottom);

    connect(m_addClosure, &QPushButton::clicked, this, &OpeningHoursPage::addClosure);
    connect(m_removeClosure, &QPushButton::clicked, this, &OpeningHoursPage::removeClosure);
    connect(m_calendar, &QCalendarWidget::activated, this, &OpeningHoursPage::addClosure);
    connect(m_closures, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_calendar->setSelectedDate(m_closures->item(row)->data(Qt::UserRole).toDate());
        updateState();
    });
    connect(m_calendar, &QCalendarWidget::selectionChanged, this, &OpeningHoursPage::updateState);
    connect(m_save, &QPushButton::clicked, this, &OpeningHoursPage::save);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        show(m_loaded);
        m_message->showMessage({}, false);
    });
    bindKey(this, m_save, QKeySequence::Save, tr("Save the opening hours"));
    connect(m_officeBox, &OfficeBox::officeChanged, this, [this](const QString &next) {
        if (m_dirty &&
            QMessageBox::question(this, tr("Unsaved changes"),
                                  tr("The opening hours of this office have unsaved changes. "
                                     "Discard them?"),
                                  QMessageBox::Discard | QMessageBox::Cancel,
                                  QMessageBox::Cancel) != QMessageBox::Discard) {
            m_officeBox->setOfficeId(m_officeId);
            return;
        }
        load(next);
    });
    load(m_officeBox->officeId());
    updateState();
}

void OpeningHoursPage::load(const QString &officeId)
{
    m_officeId = officeId;
    m_dirty = false;
    // Until this office's week has arrived there is nothing to edit or save:
    // a failed load must not look like "closed all week".
    m_loadedOk = false;
    m_loaded = OfficeHours{};
    show(OfficeHours{});
    if (officeId.isEmpty()) {
        updateState();
        return;
    }
    m_message->showMessage(tr("Loading…"), false);
    m_administration->openingHours(
        officeId, this, [this, officeId](const OfficeHours &hours, const QString &error) {
            if (officeId != m_officeId)
                return;
            if (!error.isEmpty()) {
                m_message->showMessage(error, true);
                return;
            }
            m_loaded = hours;
            m_loadedOk = true;
            show(hours);
            m_message->showMessage({}, false);
        });
}

void OpeningHoursPage::show(const OfficeHours &hours)
{
    for (int day = 0; day < OfficeHours::kDays; ++day)
        m_days[day]->setText(hours.days.at(day));
    for (int i = 0; i < m_closures->count(); ++i)
        m_calendar->setDateTextFormat(m_closures->item(i)->data(Qt::UserRole).toDate(), {});
    m_closures->clear();
    QTextCharFormat closed;
    closed.setBackground(Theme::barBackground(Theme::Tone::Problem));
    closed.setForeground(Theme::barText(Theme::Tone::Problem));
    for (const QDate &date : hours.closed) {
        auto *item = new QListWidgetItem(QLocale().toString(date, QLocale::LongFormat), m_closures);
        item->setData(Qt::UserRole, date);
        m_calendar->setDateTextFormat(date, closed);
    }
    m_dirty = false;
    updateState();
}

OfficeHours OpeningHoursPage::edited() const
{
    OfficeHours hours = m_loaded;
    for (int day = 0; day < OfficeHours::kDays; ++day)
        hours.days[day] = m_days[day]->text();
    hours.closed.clear();
    for (int i = 0; i < m_closures->count(); ++i)
        hours.closed.append(m_closures->item(i)->data(Qt::UserRole).toDate());
    std::sort(hours.closed.begin(), hours.closed.end());
    return hours;
}

void OpeningHoursPage::addClosure()
{
    const QDate date = m_calendar->selectedDate();
    OfficeHours hours = edited();
    if (hours.closed.contains(date))
        return;
    hours.closed.append(date);
    std::sort(hours.closed.begin(), hours.closed.end());
    show(hours); // with the days as typed
    m_dirty = true;
    updateState();
}

void OpeningHoursPage::removeClosure()
{
    const int row = m_closures->currentRow();
    if (row < 0)
        return;
    const QDate date = m_closures->item(row)->data(Qt::UserRole).toDate();
    if (QMessageBox::question(this, tr("Open again"),
                              tr("Open the office again on %1? Appointment slots of that day "
                                 "become bookable once you save.")
                                  .arg(QLocale().toString(date, QLocale::LongFormat)),
                              QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    OfficeHours hours = edited();
    hours.closed.removeAll(date);
    show(hours);
    m_dirty = true;
    updateState();
}

void OpeningHoursPage::save()
{
    const OfficeHours hours = edited();
    m_save->setEnabled(false);
    m_message->showMessage(tr("Saving…"), false);
    const QString officeId = m_officeId;
    m_administration->saveOpeningHours(
        officeId, hours, this,
        [this, officeId](const OfficeHours &saved, const QString &error, bool changedMeanwhile) {
            if (officeId != m_officeId)
                return;
            if (changedMeanwhile) {
                // Keep what was typed; the next save knowingly replaces theirs.
                m_loaded = saved;
                m_message->showMessage(
                    tr("Someone else changed these opening hours in the meantime; nothing was "
                       "saved. Discard changes shows theirs, Save replaces them with yours."),
                    true);
                updateState();
                return;
            }
            if (!error.isEmpty()) {
                m_message->showMessage(error, true);
                updateState();
                return;
            }
            m_loaded = saved;
            show(saved);
            m_message->showMessage(tr("The opening hours were saved."), false);
        });
}

void OpeningHoursPage::updateState()
{
    bool valid = true;
    for (int day = 0; day < OfficeHours::kDays; ++day) {
        const QString problem = OfficeHours::checkDay(m_days[day]->text());
        m_dayProblems[day]->setText(problem);
        m_dayProblems[day]->setVisible(!problem.isEmpty());
        valid = valid && problem.isEmpty();
    }
    const bool office = !m_officeId.isEmpty() && m_loadedOk;
    for (QLineEdit *day : m_days)
        day->setEnabled(office);
    m_save->setEnabled(office && valid && m_dirty);
    m_revert->setEnabled(m_dirty);
    m_addClosure->setEnabled(office && !edited().closed.contains(m_calendar->selectedDate()));
    m_removeClosure->setEnabled(office && m_closures->currentRow() >= 0);
}

QString OpeningHoursPage::officeName() const
{
    return m_officeBox->currentText();
}
