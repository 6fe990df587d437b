#include "ui/weddings/weddingmovedialog.h"

#include "core/weddings/weddingcalendar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QDate dayOf(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs).date();
}
} // namespace

WeddingMoveDialog::WeddingMoveDialog(const WeddingBooking &booking, const QList<WeddingSlot> &free,
                                     QWidget *parent)
    : QDialog(parent)
    , m_free(free)
    , m_room(new QComboBox(this))
    , m_weekday(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_list(new QListWidget(this))
    , m_count(new QLabel(this))
{
    setObjectName(u"weddingMoveDialog"_s);
    setWindowTitle(tr("Move the wedding"));

    // The couple's names as typed: plain text, so that "&" is shown and not
    // taken for a keyboard mnemonic.
    auto *who = new QLabel(this);
    who->setObjectName(u"moveCouple"_s);
    who->setTextFormat(Qt::PlainText);
    who->setWordWrap(true);
    who->setText(tr("Move the wedding of %1 & %2 (now %3, %4) to:")
                     .arg(booking.partner1, booking.partner2,
                          WeddingCalendar::slotTime(booking.startsAt), booking.roomName));

    m_room->setObjectName(u"roomFilter"_s);
    m_room->addItem(tr("All rooms"), QString());
    for (const WeddingSlot &slot : std::as_const(m_free)) {
        if (m_room->findData(slot.roomId) < 0)
            m_room->addItem(slot.roomName, slot.roomId);
    }
    m_weekday->setObjectName(u"weekdayFilter"_s);
    m_weekday->addItem(tr("Any weekday"), 0);
    for (int day = 1; day <= 7; ++day)
        m_weekday->addItem(QLocale().dayName(day), day);

    const QDate first = m_free.isEmpty() ? QDate::currentDate() : dayOf(m_free.first().startsAt);
    const QDate last = m_free.isEmpty() ? first : dayOf(m_free.last().startsAt);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"dd.MM.yyyy"_s);
        edit->setDateRange(first, last);
    }
    m_from->setObjectName(u"fromFilter"_s);
    m_to->setObjectName(u"toFilter"_s);
    m_from->setDate(first);
    m_to->setDate(last);

    m_list->setObjectName(u"slotList"_s);
    m_list->setAlternatingRowColors(true);
    m_list->setMinimumHeight(fontMetrics().height() * 14);
    m_count->setObjectName(u"slotCount"_s);

    auto *toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_to);
    m_list->setAccessibleName(tr("Free slots"));
    auto *days = new QHBoxLayout;
    days->addWidget(m_from);
    days->addWidget(toLabel);
    days->addWidget(m_to);
    days->addStretch();
    auto *filters = new QFormLayout;
    filters->addRow(tr("&Room:"), m_room);
    filters->addRow(tr("&Weekday:"), m_weekday);
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    filters->addRow(fromLabel, days);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Move here"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_list, &QListWidget::currentRowChanged, this, &WeddingMoveDialog::updateOk);
    connect(m_room, &QComboBox::currentIndexChanged, this, &WeddingMoveDialog::applyFilters);
    connect(m_weekday, &QComboBox::currentIndexChanged, this, &WeddingMoveDialog::applyFilters);
    connect(m_from, &QDateEdit::dateChanged, this, &WeddingMoveDialog::applyFilters);
    connect(m_to, &QDateEdit::dateChanged, this, &WeddingMoveDialog::applyFilters);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(who);
    layout->addLayout(filters);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    applyFilters();
    m_list->setFocus();
}

std::optional<WeddingSlot> WeddingMoveDialog::chosenSlot() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_listed.size())
        return std::nullopt;
    return m_listed.at(row);
}

void WeddingMoveDialog::applyFilters()
{
    const QString room = m_room->currentData().toString();
    const int weekday = m_weekday->currentData().toInt();
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    m_listed.clear();
    m_list->clear();
    for (const WeddingSlot &slot : std::as_const(m_free)) {
        const QDate day = dayOf(slot.startsAt);
        if ((!room.isEmpty() && slot.roomId != room) ||
            (weekday != 0 && day.dayOfWeek() != weekday) || day < from || day > to)
            continue;
        m_listed.append(slot);
        m_list->addItem(tr("%1 – %2").arg(WeddingCalendar::slotTime(slot.startsAt), slot.roomName));
    }
    if (!m_listed.isEmpty())
        m_list->setCurrentRow(0);
    m_count->setText(m_listed.isEmpty()
                         ? tr("No free slot matches; choose another room, weekday or days.")
                         : tr("%n free slot(s)", nullptr, int(m_listed.size())));
    updateOk();
}

void WeddingMoveDialog::updateOk()
{
    m_ok->setEnabled(chosenSlot().has_value());
}
