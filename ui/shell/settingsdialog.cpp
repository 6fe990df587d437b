#include "ui/shell/settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SettingsDialog::SettingsDialog(const Values &values, QWidget *parent)
    : QDialog(parent)
    , m_lockAfterSetByIt(values.lockAfterMinutesSetByIt)
{
    setWindowTitle(tr("Settings"));
    m_language = new QComboBox(this);
    m_language->setObjectName(u"language"_s);
    m_language->addItem(tr("As the system (German on a German system)"), u"system"_s);
    m_language->addItem(u"Deutsch"_s, u"de"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->setCurrentIndex(qMax(0, m_language->findData(values.language)));
    m_gong = new QCheckBox(tr("Ring a &gong on every call"), this);
    m_gong->setObjectName(u"gong"_s);
    m_gong->setChecked(values.displayGong);
    m_speech = new QCheckBox(tr("&Announce every call by voice"), this);
    m_speech->setObjectName(u"speech"_s);
    m_speech->setChecked(values.displaySpeech);

    m_lockAfter = new QSpinBox(this);
    m_lockAfter->setObjectName(u"lockAfterMinutes"_s);
    m_lockAfter->setRange(0, 240);
    m_lockAfter->setSuffix(tr(" min"));
    m_lockAfter->setSpecialValueText(tr("never"));
    m_lockAfter->setValue(values.lockAfterMinutes);
    m_lockAfter->setEnabled(!values.lockAfterMinutesSetByIt);
    auto *lockNote = new QLabel(values.lockAfterMinutesSetByIt
                                    ? tr("Set for this computer by your IT department.")
                                    : tr("Without input for this long, Tresen hides your work "
                                         "until you enter your password again."),
                                this);
    lockNote->setObjectName(u"lockAfterNote"_s);
    lockNote->setWordWrap(true);

    auto *note = new QLabel(tr("A new language takes effect when Tresen is started again."), this);
    note->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("Call display:"), m_gong);
    form->addRow(QString(), m_speech);
    form->addRow(tr("Loc&k after:"), m_lockAfter);
    form->addRow(QString(), lockNote);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch();
    layout->addWidget(buttons);
}

SettingsDialog::Values SettingsDialog::values() const
{
    return {m_language->currentData().toString(), m_gong->isChecked(), m_speech->isChecked(),
            m_lockAfter->value(), m_lockAfterSetByIt};
}
