#pragma once

#include <QStyledItemDelegate>

class RecordTableModel;

// Edits a RecordTableModel's cells with their field's editor; a check list
// (a counter's services, an account's roles) opens taller than its row.
class RecordFieldDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit RecordFieldDelegate(RecordTableModel *model, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

private:
    RecordTableModel *m_model;
};
