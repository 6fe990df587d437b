#include "ui/weddings/weddingreservationdialog.h"

#include "core/weddings/weddingcalendar.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

WeddingReservationDialog::WeddingReservationDialog(const WeddingSlot &slot, QWidget *parent)
    : QDialog(parent)
    , m_partner1(new QLineEdit(this))
    , m_partner2(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_notes(new QLineEdit(this))
{
    setWindowTitle(tr("Reserve a wedding slot"));
    setObjectName(u"weddingReservationDialog"_s);
    m_partner1->setObjectName(u"partner1"_s);
    m_partner2->setObjectName(u"partner2"_s);
    m_email->setObjectName(u"email"_s);
    m_phone->setObjectName(u"phone"_s);
    m_notes->setObjectName(u"notes"_s);
    for (QLineEdit *name : {m_partner1, m_partner2})
        name->setMaxLength(100);
    m_email->setMaxLength(120);
    m_phone->setMaxLength(40);
    m_notes->setMaxLength(500);
    m_notes->setPlaceholderText(tr("e.g. interpreter, number of guests"));

    auto *when = new QLabel(tr("<b>%1</b>, %2")
                                .arg(WeddingCalendar::slotTime(slot.startsAt).toHtmlEscaped(),
                                     slot.roomName.toHtmlEscaped()),
                            this);
    auto *hint = new QLabel(tr("The reservation is provisional: the couple registers in person "
                               "with their papers before it lapses."),
                            this);
    hint->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Partner &1:"), m_partner1);
    form->addRow(tr("Partner &2:"), m_partner2);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Note:"), m_notes);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Reserve"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_partner1, &QLineEdit::textChanged, this, &WeddingReservationDialog::updateOk);
    connect(m_partner2, &QLineEdit::textChanged, this, &WeddingReservationDialog::updateOk);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(when);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateOk();
}

WeddingBooking WeddingReservationDialog::couple() const
{
    WeddingBooking b;
    b.partner1 = m_partner1->text().trimmed();
    b.partner2 = m_partner2->text().trimmed();
    b.email = m_email->text().trimmed();
    b.phone = m_phone->text().trimmed();
    b.notes = m_notes->text().trimmed();
    return b;
}

void WeddingReservationDialog::updateOk()
{
    m_ok->setEnabled(!m_partner1->text().trimmed().isEmpty() &&
                     !m_partner2->text().trimmed().isEmpty());
}
