#pragma once

#include "core/appointments/appointmentbook.h"
#include "core/domain/appointment.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QTimeEdit;

// Book a new appointment, or change one: service, day, a free time from the
// server's suggestions (or any time while offline; the server checks it when
// the write is sent), and the citizen's contact.
class AppointmentDialog : public QDialog
{
    Q_OBJECT

public:
    struct ServiceChoice
    {
        QString id;
        QString name;
    };

    AppointmentDialog(AppointmentBook *book, const QList<ServiceChoice> &services, bool online,
                      const std::optional<Appointment> &existing, QWidget *parent = nullptr);

    // What the clerk entered (valid after accept()).
    AppointmentRequest request() const;
    void setDay(QDate day);
    void setService(const QString &serviceId);

    // For tests: the suggested times shown.
    QListWidget *slotList() const { return m_slotList; }

private:
    void loadSlots();
    void validate();

    AppointmentBook *m_book;
    bool m_online;
    QComboBox *m_service;
    QDateEdit *m_day;
    QListWidget *m_slotList;
    QLabel *m_slotState;
    QTimeEdit *m_time;
    QLineEdit *m_name;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QLineEdit *m_notes;
    QComboBox *m_source;
    QPushButton *m_ok = nullptr;
    int m_requestGeneration = 0;
};
