#pragma once

#include "core/domain/wedding.h"

#include <QDate>
#include <QMap>
#include <QWidget>

class FeedbackLine;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class WeddingCalendar;
class WeddingWeekModel;

// Standesamt: the week's wedding slots in every room, reserving a free one
// for a couple, and taking a booking through its steps: the papers the
// couple brings (checklist), registration, registrar and fee, confirmation,
// the wedding itself; moving and cancelling. The buttons offer only the
// steps the booking's state allows, and say why not.
class StandesamtWorkspace : public QWidget
{
    Q_OBJECT

public:
    explicit StandesamtWorkspace(WeddingCalendar *calendar, QWidget *parent = nullptr);

    void showWeekOf(QDate day);
    QDate monday() const;
    // Shows the booking's week and selects it (e.g. for a scanned booking
    // code); false when it is not known here.
    bool showBooking(const QString &bookingId);
    std::optional<WeddingBooking> selectedBooking() const;
    std::optional<WeddingSlot> selectedSlot() const;
    QString noticeText() const;
    // Where confirmations go when there is no printer (a folder; for tests).
    void setConfirmationFolder(const QString &folder) { m_confirmationFolder = folder; }
    QString lastConfirmationFile() const { return m_lastConfirmationFile; }
    // Leaving (log-out, quit): the shown booking's edits go to the outbox
    // now. False, with the reason in the message line, when they could not.
    bool keepEditsBeforeLeaving();

public slots:
    void reload();
    void reserveSelected();
    void saveSelected();
    void registerSelected();
    void confirmSelected();
    void completeSelected();
    void cancelSelected();
    void moveSelected();
    // The couple's sheet: date, state, papers to bring, code as QR.
    void printConfirmation();
    // Blocks the selected free slot (asks for the reason) or frees a blocked one.
    void toggleSlotBlocked();

signals:
    // The registrar wants to see whether the fee is paid.
    void paymentLookupRequested(const QString &reference);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildBookingForm();
    void selectRow(int row);
    void showSelection();
    void fillForm(const WeddingBooking &booking);
    // Another booking (or none) is being selected: what was edited in the
    // shown one (the ticked papers above all) is saved through the outbox,
    // not thrown away.
    void keepEditsOfShown();
    // The shown booking with the form's edits, when there are any.
    std::optional<WeddingBooking> editsOfShown() const;
    bool saveEdits(const WeddingBooking &current, const WeddingBooking &kept);
    // The selected booking with the form's edits.
    WeddingBooking edited() const;
    void changeStatus(WeddingStatus to);
    void updateActions();
    void showNotice(const QString &text, bool isError);
    // The registrars by name (the bookings keep their logins).
    void fetchRegistrars();

    WeddingCalendar *m_calendar;
    WeddingWeekModel *m_model;
    QLabel *m_weekLabel;
    FeedbackLine *m_notice;
    QTableView *m_view;
    QLabel *m_empty;
    QStackedWidget *m_detail;
    // Free slot page.
    QLabel *m_slotText;
    QPushButton *m_reserveButton;
    QPushButton *m_blockButton;
    // Booking page.
    QLabel *m_bookingTitle;
    QLabel *m_bookingState;
    QLineEdit *m_partner1;
    QLineEdit *m_partner2;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QLineEdit *m_notes;
    QMap<QString, QComboBox *> m_papers;
    QComboBox *m_registrar;
    QLineEdit *m_fee;
    QPushButton *m_checkFee;
    QPushButton *m_saveButton;
    QPushButton *m_registerButton;
    QPushButton *m_confirmButton;
    QPushButton *m_completeButton;
    QPushButton *m_moveButton;
    QPushButton *m_cancelButton;
    QPushButton *m_printButton;
    QString m_confirmationFolder;
    QString m_lastConfirmationFile;
    // What the selection was, kept across the model's resets.
    QString m_selectedBookingId;
    QString m_selectedSlotId;
    // The booking as the form was filled from it (to see what was edited).
    std::optional<WeddingBooking> m_shown;
    int m_slotRequest = 0;
    // Bestätigen waits for the payment system's answer about the Kassenzeichen.
    bool m_feeCheckRunning = false;
    bool m_registrarsKnown = false;
};
