#pragma once

#include "core/domain/ticket.h"

#include <QHash>
#include <QWidget>

class FeedbackLine;
class CounterDesk;
class LocalStore;
class QueueModel;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

// The Aufruf workspace: the ticket this counter serves, a button (and key)
// for every step of the lifecycle, the live queue, and the front desk's
// ticket issuing.
class CounterWorkspace : public QWidget
{
    Q_OBJECT

public:
    CounterWorkspace(CounterDesk *desk, LocalStore *store, QWidget *parent = nullptr);

    void setCounter(const QString &counterId);
    void setReceptionVisible(bool visible);
    bool isReceptionVisible() const;
    // Where tickets go as PDF when no printer is set up.
    void setTicketFolder(const QString &folder) { m_ticketFolder = folder; }

    QPushButton *button(TicketAction action) const { return m_buttons.value(action); }
    QString noticeText() const;
    // "Undo (Ctrl+Z)" beside the notice, while a no-show or cancellation can be taken back.
    QPushButton *undoButton() const { return m_undoButton; }

signals:
    void receptionVisibleChanged(bool visible);
    // A ticket was issued and printed (or saved as PDF at `pdfPath`).
    void ticketIssued(const Ticket &ticket, const QString &pdfPath);

private:
    void buildActions();
    void refresh();
    void reloadServices();
    void showNotice(const QString &text, bool isError);
    void transfer();
    void cancelSelected();
    void issueTicket();
    QString printSlip(const Ticket &ticket, int estimatedWaitMinutes);
    QString serviceName(const QString &serviceId) const;

    CounterDesk *m_desk;
    LocalStore *m_store;
    QueueModel *m_queue;
    QSortFilterProxyModel *m_filter;
    QHash<TicketAction, QPushButton *> m_buttons;
    QLabel *m_banner;
    QWidget *m_refusedBar; // offline tickets the server did not take
    QLabel *m_refusedText;
    QLabel *m_number;
    QLabel *m_service;
    QLabel *m_details;
    QLabel *m_notes;
    FeedbackLine *m_notice;
    QPushButton *m_undoButton;
    QLabel *m_waitingCount;
    QComboBox *m_serviceFilter;
    QTableView *m_table;
    QPushButton *m_cancelButton;
    QGroupBox *m_reception;
    QComboBox *m_receptionService;
    QSpinBox *m_priority;
    QLineEdit *m_receptionNotes;
    QPushButton *m_issueButton;
    QString m_ticketFolder;
};
