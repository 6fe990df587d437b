#pragma once

#include <QDialog>

class QComboBox;

class QCheckBox;

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
    };

    explicit SettingsDialog(const Values &values, QWidget *parent = nullptr);
    Values values() const;

private:
    QComboBox *m_language;
    QCheckBox *m_gong;
    QCheckBox *m_speech;
};
