#pragma once

#include <QDialog>

class QComboBox;

// Workstation settings that a clerk may change: for now the language.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const QString &language, QWidget *parent = nullptr);

    // "system", "de" or "en".
    QString language() const;

private:
    QComboBox *m_language;
};
