#pragma once

#include "core/domain/wedding.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

// Asks for the couple when a registrar reserves a wedding slot: both
// partners' names (needed), e-mail, phone and a note.
class WeddingReservationDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WeddingReservationDialog(const WeddingSlot &slot, QWidget *parent = nullptr);

    // The couple as entered (names, contact, note).
    WeddingBooking couple() const;

private:
    void updateOk();

    QLineEdit *m_partner1;
    QLineEdit *m_partner2;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QLineEdit *m_notes;
    QPushButton *m_ok;
};
