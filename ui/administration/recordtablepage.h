#pragma once

#include <QJsonObject>
#include <QWidget>

#include <functional>

class QAbstractButton;
class QCheckBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class MessageLine;
class OfficeBox;
class RecordFormDialog;
class RecordTableModel;

// One administered kind as a page of the Verwaltung workspace: a table edited
// in place (F2 or typing), New… (Ctrl+N), Retire… (Del, asks first) or
// Reactivate, retired records hidden unless asked for, and a line that says
// what happened or what was wrong. Optionally one office at a time.
class RecordTablePage : public QWidget
{
    Q_OBJECT

public:
    struct Texts
    {
        QString intro;       // what the page is for
        QString newTitle;    // "New service"
        QString retire;      // "&Retire…"
        QString reactivate;  // "Re&activate"
        QString question;    // "%1" is the record's name
        QString consequence; // what retiring means, under the question
        QString empty;       // the table has no records (yet)
        QString showRetired; // "Show &retired"
    };

    RecordTablePage(RecordTableModel *model, Texts texts, QWidget *parent = nullptr);

    // The table's name for screen readers (the tab's title says it on screen).
    void setTableName(const QString &name);

    // Shows one office's records; new ones are made in it. `kind` limits the
    // offices offered ("standesamt" for wedding rooms).
    void setOfficeFilter(RecordTableModel *offices, const QString &kind = {});
    QString currentOfficeId() const;
    // Fills a new record's form before it is shown (starting values, a password).
    void setFormPreparer(std::function<void(RecordFormDialog &)> prepare);
    void addTool(QAbstractButton *button);
    int currentRow() const; // in the model; -1 without a selection
    QTableView *view() const { return m_view; }
    void showMessage(const QString &text, bool problem);

signals:
    void officeChanged(const QString &officeId);
    void currentRowChanged(int row);

private:
    void createRecord();
    void toggleActive();
    void updateButtons();
    void updateEmptyState();

    RecordTableModel *m_model;
    Texts m_texts;
    std::function<void(RecordFormDialog &)> m_prepare;
    QSortFilterProxyModel *m_activeFilter;
    QSortFilterProxyModel *m_officeFilter;
    OfficeBox *m_officeBox = nullptr;
    QHBoxLayout *m_tools;
    QTableView *m_view;
    QLabel *m_empty;
    MessageLine *m_message;
    QPushButton *m_new;
    QPushButton *m_retire;
    QCheckBox *m_showRetired;
    QString m_currentId; // across a reload
};
