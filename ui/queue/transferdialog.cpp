#include "ui/queue/transferdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

TransferDialog::TransferDialog(const QString &ticketNumber, const QList<QJsonObject> &services,
                               const QList<QJsonObject> &counters, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Transfer %1").arg(ticketNumber));
    m_serviceButton = new QRadioButton(tr("To the &service:"), this);
    m_serviceButton->setObjectName(u"toService"_s);
    auto *counterButton = new QRadioButton(tr("To the &counter:"), this);
    counterButton->setObjectName(u"toCounter"_s);
    m_services = new QComboBox(this);
    m_services->setObjectName(u"services"_s);
    for (const QJsonObject &service : services)
        m_services->addItem(service.value(u"name"_s).toString(), service.value(u"id"_s).toString());
    m_counters = new QComboBox(this);
    m_counters->setObjectName(u"counters"_s);
    for (const QJsonObject &counter : counters)
        m_counters->addItem(counter.value(u"name"_s).toString(), counter.value(u"id"_s).toString());
    m_serviceButton->setChecked(true);
    counterButton->setEnabled(!counters.isEmpty());
    connect(m_services, &QComboBox::activated, this, [this] { m_serviceButton->setChecked(true); });
    connect(m_counters, &QComboBox::activated, counterButton,
            [counterButton] { counterButton->setChecked(true); });

    auto *hint = new QLabel(tr("The visitor keeps the number and their place in line."), this);
    hint->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(m_serviceButton, m_services);
    form->addRow(counterButton, m_counters);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Transfer"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
}

bool TransferDialog::toService() const
{
    return m_serviceButton->isChecked();
}

QString TransferDialog::targetId() const
{
    return (toService() ? m_services : m_counters)->currentData().toString();
}
