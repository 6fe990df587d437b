#pragma once

#include "core/payments/paymentcheck.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QFrame;

// The Zahlungen workspace: type or scan a reference (or a notice's code),
// see at once whether it has been paid.
class PaymentsWorkspace : public QWidget
{
    Q_OBJECT

public:
    explicit PaymentsWorkspace(PaymentCheck *check, QWidget *parent = nullptr);

    void lookUp(const QString &input);
    QString statusText() const;
    QString resultText() const;
    QString confirmationText() const;
    QStringList recentLookups() const;

private:
    void showResult(const PaymentCheck::Result &result);
    void handleEnter();
    void copyConfirmation();
    void printConfirmation();

    PaymentCheck *m_check;
    QLineEdit *m_input;
    QPushButton *m_lookUp;
    QFrame *m_card;
    QLabel *m_badge;
    QLabel *m_details;
    QLabel *m_giroCode;
    QPushButton *m_copy;
    QPushButton *m_print;
    QListWidget *m_recent;
    std::optional<PaymentCheck::Result> m_last;
    // A handheld scanner types a GiroCode line by line, each line ending in
    // Enter: the lines are collected until the scanner pauses.
    QString m_scanBuffer;
    QTimer m_scanPause;
};

// "DE89 3704 0044 0532 0130 00"
QString formatIban(const QString &iban);
