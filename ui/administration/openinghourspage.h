#pragma once

#include "core/administration/officehours.h"

#include <QWidget>

#include <array>

class Administration;
class QCalendarWidget;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class MessageLine;
class OfficeBox;
class RecordTableModel;

// An office's opening hours (one line per weekday, checked as typed) and its
// closure days on a calendar. Nothing is sent until Save (Ctrl+S); leaving
// unsaved changes asks first.
class OpeningHoursPage : public QWidget
{
    Q_OBJECT

public:
    OpeningHoursPage(Administration *administration, RecordTableModel *offices,
                     QWidget *parent = nullptr);

    bool hasUnsavedChanges() const { return m_dirty; }
    QString officeName() const;
    void save();

private:
    void load(const QString &officeId);
    void show(const OfficeHours &hours);
    OfficeHours edited() const;
    void addClosure();
    void removeClosure();
    void updateState();

    Administration *m_administration;
    QString m_officeId;
    OfficeHours m_loaded;
    bool m_dirty = false;
    bool m_loadedOk = false; // m_loaded is this office's, from the server
    OfficeBox *m_officeBox;
    std::array<QLineEdit *, OfficeHours::kDays> m_days{};
    std::array<QLabel *, OfficeHours::kDays> m_dayProblems{};
    QCalendarWidget *m_calendar;
    QListWidget *m_closures;
    QPushButton *m_addClosure;
    QPushButton *m_removeClosure;
    QPushButton *m_save;
    QPushButton *m_revert;
    MessageLine *m_message;
};
