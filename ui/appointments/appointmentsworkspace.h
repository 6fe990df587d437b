#pragma once

#include "core/domain/appointment.h"

#include <QWidget>

class FeedbackLine;
class AppointmentBook;
class AppointmentDayModel;
class AppointmentSearchModel;
class AppointmentWeekModel;
class LocalStore;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class SyncEngine;

// Termine: check-in by booking code (typed or from a handheld scanner), the
// day's list and the week's grid per office and service, search, and book /
// change / cancel with a printed or saved confirmation. Every change shows at
// once and says when it still waits to be sent.
class AppointmentsWorkspace : public QWidget
{
    Q_OBJECT

public:
    AppointmentsWorkspace(AppointmentBook *book, LocalStore *store, SyncEngine *sync,
                          QWidget *parent = nullptr);

    void setDay(QDate day);
    QDate day() const;
    void showWeek(bool week);
    // Shows the appointment's day with it selected (a chosen search result).
    void goToAppointment(const QString &id);
    // Checks in a code from elsewhere (the Scan workspace).
    void checkIn(const QString &bookingCode);
    // Where confirmations go when there is no printer (a folder; for tests).
    void setConfirmationFolder(const QString &folder) { m_confirmationFolder = folder; }
    QString lastConfirmationFile() const { return m_lastConfirmationFile; }
    // Where a check-in's ticket slip goes when there is no printer (as at the front desk).
    void setTicketFolder(const QString &folder) { m_ticketFolder = folder; }
    QString lastTicketSlipFile() const { return m_lastTicketSlipFile; }

    std::optional<Appointment> selectedAppointment() const;

public slots:
    void newAppointment();
    void editSelected();
    void cancelSelected();
    void markSelectedMissed();
    void checkInSelected();
    void printConfirmation();

private:
    void reloadOffices();
    void reloadServices();
    void applyFilter();
    // The day list, the week grid, or the search results while there is a search.
    void showCurrentView();
    void updateActions();
    void updatePending();
    void scrollToNow();
    // Asks the server for the places of the office's services in the week
    // shown (once per week and office, while the grid is shown and online).
    void loadWeekSlots();
    void showNotice(const QString &text, bool isError);
    void showCheckInResult(const QString &text, bool ok);
    bool isOnline() const;
    // Prints the visitor's slip (or saves it as PDF) and says how, with the number.
    void handOutSlip(const Appointment &appointment, const QString &ticketNumber);

    AppointmentBook *m_book;
    LocalStore *m_store;
    SyncEngine *m_sync;
    AppointmentDayModel *m_dayModel;
    AppointmentWeekModel *m_weekModel;
    AppointmentSearchModel *m_searchModel;
    QLineEdit *m_checkInField;
    FeedbackLine *m_checkInResult;
    QComboBox *m_office;
    QComboBox *m_service;
    QDateEdit *m_date;
    QPushButton *m_dayButton;
    QPushButton *m_weekButton;
    QLineEdit *m_search;
    QStackedWidget *m_views;
    QTableView *m_dayView;
    QTableView *m_weekView;
    QTableView *m_searchView;
    QLabel *m_searchEmpty;
    QLabel *m_empty;
    FeedbackLine *m_notice;
    QLabel *m_pending;
    QPushButton *m_newButton;
    QPushButton *m_editButton;
    QPushButton *m_cancelButton;
    QPushButton *m_missedButton;
    QPushButton *m_checkInButton;
    QPushButton *m_printButton;
    QString m_confirmationFolder;
    QString m_lastConfirmationFile;
    QString m_ticketFolder;
    QString m_lastTicketSlipFile;
    QString m_selectedId;     // kept across the list's rebuilds
    QString m_slotsLoadedFor; // "officeId/monday" of the week grid's places
    int m_slotRequest = 0;    // answers to an older request are dropped
};
