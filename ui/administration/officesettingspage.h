#pragma once

#include <QJsonObject>
#include <QWidget>

class Administration;
class QLabel;
class QPushButton;
class QComboBox;
class QSpinBox;
class MessageLine;
class OfficeBox;
class RecordTableModel;

// An office's own settings: after how many calls a ticket is a no-show, how
// long a wedding reservation holds, how long contact data is kept, and the
// wait target. "Server default" leaves a setting to the server's option.
class OfficeSettingsPage : public QWidget
{
    Q_OBJECT

public:
    OfficeSettingsPage(Administration *administration, RecordTableModel *offices,
                       QWidget *parent = nullptr);

    // Values changed here and not saved; the office's name for the question.
    bool hasUnsavedChanges() const;
    QString officeName() const;

private:
    void load();
    void show(const QJsonObject &settings);
    void save();
    QJsonObject shownValues() const;

    Administration *m_administration;
    OfficeBox *m_officeBox;
    QSpinBox *m_noShowAfterCalls;
    QSpinBox *m_reservationDays;
    QSpinBox *m_registrationLeadDays;
    QSpinBox *m_retentionDays;
    QSpinBox *m_waitTarget;
    QComboBox *m_dispatchPolicy; // data: the policy's name, "" for the server's option
    QPushButton *m_save;
    MessageLine *m_message;
    QString m_officeId;
    QJsonValue m_version;       // of the settings shown
    QJsonObject m_loadedValues; // as shown right after loading or saving
};
