#pragma once

#include "core/administration/recordfield.h"

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QLineEdit;
class QPushButton;

// A form for a new record of any administered kind, built from its fields.
// Each field is checked as it is typed and its problem shown beneath it;
// Create stays disabled until all are valid.
class RecordFormDialog : public QDialog
{
    Q_OBJECT

public:
    RecordFormDialog(const QString &title, const QList<RecordField> &fields,
                     QWidget *parent = nullptr);

    // Starting values (by key), e.g. a new service's typical minutes.
    void setValue(const QString &key, const QVariant &value);
    // A new account's first password, shown once to be passed on.
    void showInitialPassword(const QString &password);
    // The record to POST (besides fixed members such as officeId).
    QJsonObject values() const;
    // The server refused: say why and keep the form open.
    void showError(const QString &message);
    void setBusy(bool busy);
    void reject() override; // not while the server is asked
    void done(int result) override;

signals:
    void submitted(const QJsonObject &values);

private:
    void updateChecks();

    struct Row
    {
        RecordField field;
        QWidget *editor = nullptr;
        QLabel *problem = nullptr;
        bool touched = false;
    };
    QList<Row> m_rows;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_cancel = nullptr;
    bool m_busy = false;
};
