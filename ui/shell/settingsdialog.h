#pragma once

#include <QDialog>

class QComboBox;

class QCheckBox;
class QSpinBox;

// Workstation settings that a clerk may change.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Values
    {
        QString language = QString::fromUtf16(u"system"); // "system", "de" or "en"
        bool displayGong = true; // the call display opened from this workstation
        bool displaySpeech = false;
        int lockAfterMinutes = 10;            // without input; 0: never
        bool lockAfterMinutesSetByIt = false; // then shown, not changeable
    };

    explicit SettingsDialog(const Values &values, QWidget *parent = nullptr);
    Values values() const;

private:
    QComboBox *m_language;
    QCheckBox *m_gong;
    QCheckBox *m_speech;
    QSpinBox *m_lockAfter;
    bool m_lockAfterSetByIt;
};
