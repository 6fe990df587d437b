#pragma once

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QRadioButton;

// Where a visitor goes next: another service (back into its queue) or one
// particular counter.
class TransferDialog : public QDialog
{
    Q_OBJECT

public:
    TransferDialog(const QString &ticketNumber, const QList<QJsonObject> &services,
                   const QList<QJsonObject> &counters, QWidget *parent = nullptr);

    bool toService() const;
    QString targetId() const;

private:
    QRadioButton *m_serviceButton;
    QComboBox *m_services;
    QComboBox *m_counters;
};
