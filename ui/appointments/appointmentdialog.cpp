#include "ui/appointments/appointmentdialog.h"

#include "core/appointments/appointmentmodels.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AppointmentDialog::AppointmentDialog(AppointmentBook *book, const QList<ServiceChoice> &services,
                                     bool online, const std::optional<Appointment> &existing,
                                     QWidget *parent)
    : QDialog(parent)
    , m_book(book)
    , m_online(online)
{
    setObjectName(u"appointmentDialog"_s);
    setWindowTitle(existing ? tr("Change appointment") : tr("New appointment"));
    setMinimumWidth(520);

    m_service = new QComboBox(this);
    m_service->setObjectName(u"serviceBox"_s);
    for (const ServiceChoice &service : services)
        m_service->addItem(service.name, service.id);
    m_day = new QDateEdit(QDate::currentDate(), this);
    m_day->setObjectName(u"dayEdit"_s);
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(u"ddd dd.MM.yyyy"_s);
    m_day->setMinimumDate(QDate::currentDate());
    m_slotList = new QListWidget(this);
    m_slotList->setObjectName(u"slotList"_s);
    m_slotList->setFlow(QListView::LeftToRight);
    m_slotList->setWrapping(true);
    m_slotList->setResizeMode(QListView::Adjust);
    m_slotList->setSpacing(4);
    m_slotList->setMinimumHeight(120);
    m_slotState = new QLabel(this);
    m_slotState->setWordWrap(true);
    m_time = new QTimeEdit(QTime(8, 0), this);
    m_time->setObjectName(u"timeEdit"_s);
    m_time->setDisplayFormat(u"HH:mm"_s);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"nameEdit"_s);
    m_name->setMaxLength(100);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(u"phoneEdit"_s);
    m_phone->setMaxLength(40);
    m_email = new QLineEdit(this);
    m_email->setObjectName(u"emailEdit"_s);
    m_email->setMaxLength(120);
    m_notes = new QLineEdit(this);
    m_notes->setObjectName(u"notesEdit"_s);
    m_notes->setMaxLength(200);
    m_notes->setPlaceholderText(tr("e.g. brings the form, needs an interpreter"));
    m_source = new QComboBox(this);
    m_source->setObjectName(u"sourceBox"_s);
    m_source->addItem(AppointmentDayModel::sourceText(AppointmentSource::Phone),
                      appointmentSourceName(AppointmentSource::Phone));
    m_source->addItem(AppointmentDayModel::sourceText(AppointmentSource::Desk),
                      appointmentSourceName(AppointmentSource::Desk));

    auto *form = new QFormLayout;
    form->addRow(tr("&Service:"), m_service);
    form->addRow(tr("&Day:"), m_day);
    form->addRow(tr("Free &times:"), m_slotList);
    form->addRow(QString(), m_slotState);
    form->addRow(tr("T&ime:"), m_time);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("N&otes:"), m_notes);
    if (!existing)
        form->addRow(tr("Booked &via:"), m_source);
    else
        m_source->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(existing ? tr("&Save") : tr("&Book"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    if (existing && existing->anonymised) {
        auto *removed =
            new QLabel(tr("The contact data was removed after the retention period."), this);
        layout->addWidget(removed);
    }
    layout->addWidget(buttons);

    if (existing) {
        setService(existing->serviceId);
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(existing->startsAt);
        m_day->setMinimumDate(qMin(start.date(), QDate::currentDate()));
        m_day->setDate(start.date());
        m_time->setTime(start.time());
        m_name->setText(existing->name);
        m_phone->setText(existing->phone);
        m_email->setText(existing->email);
        m_notes->setText(existing->notes);
        const bool contactEditable = !existing->anonymised;
        for (QLineEdit *edit : {m_name, m_phone, m_email, m_notes})
            edit->setEnabled(contactEditable);
    }

    connect(m_service, &QComboBox::currentIndexChanged, this, &AppointmentDialog::loadSlots);
    connect(m_day, &QDateEdit::dateChanged, this, &AppointmentDialog::loadSlots);
    connect(m_slotList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            m_time->setTime(
                QDateTime::fromMSecsSinceEpoch(item->data(Qt::UserRole).toLongLong()).time());
    });
    connect(m_slotList, &QListWidget::itemActivated, this, [this] { m_name->setFocus(); });
    connect(m_name, &QLineEdit::textChanged, this, &AppointmentDialog::validate);
    loadSlots();
    validate();
    // Straight to the choice: arrows pick a time, Enter goes on to the name
    // (offline: type the time).
    if (m_online)
        m_slotList->setFocus();
    else
        m_time->setFocus();
}

void AppointmentDialog::setDay(QDate day)
{
    m_day->setDate(qMax(day, m_day->minimumDate()));
}

void AppointmentDialog::setService(const QString &serviceId)
{
    const int index = m_service->findData(serviceId);
    if (index >= 0)
        m_service->setCurrentIndex(index);
}

void AppointmentDialog::validate()
{
    m_ok->setEnabled(!m_name->text().trimmed().isEmpty() || !m_name->isEnabled());
}

void AppointmentDialog::loadSlots()
{
    m_slotList->clear();
    const QString serviceId = m_service->currentData().toString();
    if (!m_online) {
        m_slotState->setText(tr("Offline: free times cannot be shown. Enter a time; the server "
                                "checks it when the connection is back, and tells you if it is "
                                "taken."));
        return;
    }
    if (serviceId.isEmpty())
        return;
    m_slotState->setText(tr("Loading free times…"));
    const int generation = ++m_requestGeneration;
    const QDate day = m_day->date();
    m_book->fetchFreeSlots(
        serviceId, day, day, this,
        [this, generation](const QList<FreeSlot> &offered, const QString &error) {
            if (generation != m_requestGeneration)
                return; // the clerk has moved on to another day or service
            if (!error.isEmpty()) {
                m_slotState->setText(tr("Free times could not be loaded (%1). You can still "
                                        "enter a time.")
                                         .arg(error));
                return;
            }
            int free = 0;
            for (const FreeSlot &slot : offered) {
                if (slot.free <= 0)
                    continue;
                ++free;
                auto *item = new QListWidgetItem(
                    tr("%1 (%n free)", nullptr, slot.free)
                        .arg(QDateTime::fromMSecsSinceEpoch(slot.startsAt).toString(u"HH:mm"_s)),
                    m_slotList);
                item->setData(Qt::UserRole, slot.startsAt);
            }
            m_slotState->setText(
                free == 0
                    ? tr("No free times on this day. Please try another day.")
                    : tr("%n free time(s). Choose one; Enter goes on to the name.", nullptr, free));
            if (free > 0)
                m_slotList->setCurrentRow(0);
        });
}

AppointmentRequest AppointmentDialog::request() const
{
    AppointmentRequest request;
    request.serviceId = m_service->currentData().toString();
    request.startsAt =
        QDateTime(m_day->date(), QTime(m_time->time().hour(), m_time->time().minute()))
            .toMSecsSinceEpoch();
    request.name = m_name->text().trimmed();
    request.phone = m_phone->text().trimmed();
    request.email = m_email->text().trimmed();
    request.notes = m_notes->text().trimmed();
    request.source = appointmentSourceFromName(m_source->currentData().toString())
                         .value_or(AppointmentSource::Desk);
    return request;
}
