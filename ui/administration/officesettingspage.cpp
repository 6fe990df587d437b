#include "ui/administration/officesettingspage.h"

#include "core/administration/administration.h"
#include "ui/administration/officebox.h"
#include "ui/common/keyedbutton.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonValue>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// The spin box's lowest value stands for "the server's option" (null).
QSpinBox *optionalSpin(int minimum, int maximum, const QString &suffix, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(minimum - 1, maximum);
    spin->setSuffix(suffix);
    return spin;
}

void setOptional(QSpinBox *spin, const QJsonValue &value, const QJsonValue &effective)
{
    spin->setSpecialValueText(OfficeSettingsPage::tr("Server default (%1)")
                                  .arg(effective.isDouble()
                                           ? QString::number(effective.toInt()) + spin->suffix()
                                           : OfficeSettingsPage::tr("none")));
    spin->setValue(value.isDouble() ? value.toInt() : spin->minimum());
}

QString policyTitle(const QString &policy)
{
    if (policy == u"fifo"_s)
        return OfficeSettingsPage::tr("In order of arrival (as before)");
    if (policy == u"zms"_s)
        return OfficeSettingsPage::tr("As in ZMS");
    if (policy == u"tresen"_s)
        return OfficeSettingsPage::tr("Tresen: shorter waits");
    return OfficeSettingsPage::tr("unknown");
}

QJsonValue optional(const QSpinBox *spin)
{
    return spin->value() == spin->minimum() ? QJsonValue(QJsonValue::Null)
                                            : QJsonValue(spin->value());
}
} // namespace

OfficeSettingsPage::OfficeSettingsPage(Administration *administration, RecordTableModel *offices,
                                       QWidget *parent)
    : QWidget(parent)
    , m_administration(administration)
{
    auto *intro = new QLabel(tr("Settings of one office. Where \"Server default\" is shown, the "
                                "server's own option applies (see the administration guide)."),
                             this);
    intro->setWordWrap(true);
    m_officeBox = new OfficeBox(offices, {}, this);

    m_noShowAfterCalls = optionalSpin(1, 10, tr(" calls"), this);
    m_noShowAfterCalls->setObjectName(u"noShowAfterCalls"_s);
    m_reservationDays = optionalSpin(1, 365, tr(" days"), this);
    m_reservationDays->setObjectName(u"reservationDays"_s);
    m_retentionDays = optionalSpin(0, 3650, tr(" days"), this);
    m_retentionDays->setObjectName(u"retentionDays"_s);
    m_registrationLeadDays = optionalSpin(0, 365, tr(" days"), this);
    m_registrationLeadDays->setObjectName(u"registrationLeadDays"_s);
    m_registrationLeadDays->setToolTip(
        tr("Mindestvorlauf für die Anmeldung: reserving a wedding warns when the couple's "
           "registration deadline leaves less time than this before the wedding (0: no "
           "warning)."));
    m_waitTarget = new QSpinBox(this);
    m_waitTarget->setObjectName(u"waitTargetMinutes"_s);
    m_waitTarget->setRange(1, 600);
    m_waitTarget->setSuffix(tr(" min"));
    m_dispatchPolicy = new QComboBox(this);
    m_dispatchPolicy->setObjectName(u"dispatchPolicy"_s);
    m_dispatchPolicy->addItem(QString(), QString()); // the server's option, named once loaded
    m_dispatchPolicy->addItem(policyTitle(u"tresen"_s), u"tresen"_s);
    m_dispatchPolicy->addItem(policyTitle(u"fifo"_s), u"fifo"_s);
    m_dispatchPolicy->addItem(policyTitle(u"zms"_s), u"zms"_s);
    m_dispatchPolicy->setToolTip(
        tr("Whom a counter calls next. Tresen: appointments on time, short visits first while "
           "waits are alike, the longer someone waits the fewer pass them, visitors few counters "
           "can serve to those counters. In order of arrival: appointments due, then priority, "
           "then the line. ZMS: the rules of the ZMS calling system. tresen-sim --compare "
           "shows what each would do on a day of your office."));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    for (QSpinBox *spin : {m_noShowAfterCalls, m_reservationDays, m_registrationLeadDays,
                           m_retentionDays, m_waitTarget})
        spin->setMinimumWidth(fontMetrics().averageCharWidth() * 34);
    form->addRow(tr("&Office:"), m_officeBox);
    form->addRow(tr("&No-show after:"), m_noShowAfterCalls);
    form->addRow(tr("Wedding &reservation holds:"), m_reservationDays);
    form->addRow(tr("Minimum &lead for the registration:"), m_registrationLeadDays);
    form->addRow(tr("&Keep contact data:"), m_retentionDays);
    form->addRow(tr("&Wait target:"), m_waitTarget);
    form->addRow(tr("&Calling order:"), m_dispatchPolicy);
    m_retentionDays->setToolTip(tr("After this many days, appointments' contact data and "
                                   "tickets' notes are erased (docs/privacy.md)."));

    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(u"saveButton"_s);
    m_message = new MessageLine(this);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    bottom->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addLayout(bottom);

    connect(m_save, &QPushButton::clicked, this, &OfficeSettingsPage::save);
    bindKey(this, m_save, QKeySequence::Save, tr("Save the office's settings"));
    connect(m_officeBox, &OfficeBox::officeChanged, this, &OfficeSettingsPage::load);
    load();
}

void OfficeSettingsPage::load()
{
    m_officeId = m_officeBox->officeId();
    m_save->setEnabled(false);
    m_loadedValues = {};
    if (m_officeId.isEmpty())
        return;
    const QString officeId = m_officeId;
    m_administration->settings(officeId, this,
                               [this, officeId](const QJsonObject &settings, const QString &error) {
                                   if (officeId != m_officeId)
                                       return;
                                   if (!error.isEmpty()) {
                                       m_message->showMessage(error, true);
                                       return;
                                   }
                                   show(settings);
                                   m_message->showMessage({}, false);
                               });
}

void OfficeSettingsPage::show(const QJsonObject &settings)
{
    const QJsonObject effective = settings.value(u"effective"_s).toObject();
    for (const auto &[key, spin] : {std::pair{u"noShowAfterCalls"_s, m_noShowAfterCalls},
                                    std::pair{u"reservationDays"_s, m_reservationDays},
                                    std::pair{u"registrationLeadDays"_s, m_registrationLeadDays},
                                    std::pair{u"retentionDays"_s, m_retentionDays}})
        setOptional(spin, settings.value(key), effective.value(key));
    m_waitTarget->setValue(settings.value(u"waitTargetMinutes"_s).toInt(20));
    m_dispatchPolicy->setItemText(
        0, tr("Server default (%1)")
               .arg(policyTitle(effective.value(u"dispatchPolicy"_s).toString())));
    const int policy = m_dispatchPolicy->findData(settings.value(u"dispatchPolicy"_s).toString());
    m_dispatchPolicy->setCurrentIndex(std::max(0, policy));
    m_version = settings.value(u"version"_s);
    m_save->setEnabled(true);
    m_loadedValues = shownValues();
}

QJsonObject OfficeSettingsPage::shownValues() const
{
    // Every setting's field, also those added later, by its object name.
    QJsonObject values;
    for (const QSpinBox *spin : findChildren<QSpinBox *>())
        values.insert(spin->objectName(), spin->value());
    values.insert(m_dispatchPolicy->objectName(), m_dispatchPolicy->currentData().toString());
    return values;
}

bool OfficeSettingsPage::hasUnsavedChanges() const
{
    return !m_loadedValues.isEmpty() && shownValues() != m_loadedValues;
}

QString OfficeSettingsPage::officeName() const
{
    return m_officeBox->currentText();
}

void OfficeSettingsPage::save()
{
    QJsonObject settings{{u"noShowAfterCalls"_s, optional(m_noShowAfterCalls)},
                         {u"reservationDays"_s, optional(m_reservationDays)},
                         {u"registrationLeadDays"_s, optional(m_registrationLeadDays)},
                         {u"retentionDays"_s, optional(m_retentionDays)}};
    const QString policy = m_dispatchPolicy->currentData().toString();
    settings.insert(u"dispatchPolicy"_s,
                    policy.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(policy));
    // Only when changed here: the Offices table edits it too.
    if (m_waitTarget->value() != m_loadedValues.value(m_waitTarget->objectName()).toInt())
        settings.insert(u"waitTargetMinutes"_s, m_waitTarget->value());
    // Another administrator's change in between: 409, not overwritten.
    if (m_version.isDouble())
        settings.insert(u"version"_s, m_version);
    m_save->setEnabled(false);
    const QString officeId = m_officeId;
    m_administration->saveSettings(
        officeId, settings, this,
        [this, officeId](const QJsonObject &saved, const QString &error, bool changedMeanwhile) {
            if (officeId != m_officeId)
                return;
            m_save->setEnabled(true);
            if (changedMeanwhile) {
                show(saved);
                m_message->showMessage(tr("Someone else changed these settings in the meantime; "
                                          "theirs are shown now. Nothing was saved."),
                                       true);
                return;
            }
            if (!error.isEmpty()) {
                m_message->showMessage(error, true);
                return;
            }
            show(saved);
            m_message->showMessage(tr("The settings were saved."), false);
        });
}
