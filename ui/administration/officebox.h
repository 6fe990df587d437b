#pragma once

#include "ui/common/feedbackline.h"

#include <QComboBox>

class RecordTableModel;

// The office a Verwaltung page works on: the active offices (of one kind, if
// given), kept in step with the offices table; the choice survives a reload.
class OfficeBox : public QComboBox
{
    Q_OBJECT

public:
    OfficeBox(RecordTableModel *offices, const QString &kind = {}, QWidget *parent = nullptr);
    QString officeId() const { return m_officeId; }
    // Goes back to `officeId` without officeChanged (a change the user called off).
    void setOfficeId(const QString &officeId);

signals:
    // Only when another office is chosen (not on a refill that keeps it).
    void officeChanged(const QString &officeId);

private:
    void fill();

    RecordTableModel *m_offices;
    QString m_kind;
    QString m_officeId;
};

// The line under a page that says what happened (green, fading) or what went wrong (red).
class MessageLine : public FeedbackLine
{
    Q_OBJECT

public:
    explicit MessageLine(QWidget *parent = nullptr);
    void showMessage(const QString &text, bool problem);
};
