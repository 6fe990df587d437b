#pragma once

#include <QWidget>

class AuditLogModel;
class MessageLine;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;
class QTableView;

// Protokoll: the audit log with filters (period, login, action), more pages on
// demand, and the same filter exported as CSV. Loaded only when asked for:
// reading the log is itself audited.
class AuditPage : public QWidget
{
    Q_OBJECT

public:
    explicit AuditPage(AuditLogModel *model, QWidget *parent = nullptr);

    void applyFilter();
    // Writes the export to `path`; `done` tells whether it worked.
    void exportTo(const QString &path, std::function<void(bool)> done = {});

private:
    void exportCsv();
    void updateState();

    AuditLogModel *m_model;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_login;
    QComboBox *m_action;
    QPushButton *m_apply;
    QPushButton *m_more;
    QPushButton *m_export;
    QTableView *m_view;
    MessageLine *m_message;
};
