#include "ui/administration/recordfielddelegate.h"

#include "core/administration/recordtablemodel.h"
#include "ui/administration/recordfieldeditor.h"

#include <QAbstractProxyModel>
#include <QListWidget>
#include <QPlainTextEdit>

namespace {
// The index in the RecordTableModel behind any proxies.
QModelIndex sourceIndex(const QModelIndex &index)
{
    QModelIndex source = index;
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(source.model()))
        source = proxy->mapToSource(source);
    return source;
}
} // namespace

RecordFieldDelegate::RecordFieldDelegate(RecordTableModel *model, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
{}

QWidget *RecordFieldDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                           const QModelIndex &index) const
{
    const QModelIndex source = sourceIndex(index);
    return RecordFieldEditor::create(m_model->fields().at(source.column()), parent);
}

void RecordFieldDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QModelIndex source = sourceIndex(index);
    RecordFieldEditor::setValue(editor, m_model->fields().at(source.column()),
                                source.data(Qt::EditRole));
}

void RecordFieldDelegate::setModelData(QWidget *editor, QAbstractItemModel *,
                                       const QModelIndex &index) const
{
    const QModelIndex source = sourceIndex(index);
    // The model checks the value and names a slip (RecordTableModel::invalid).
    m_model->setData(source,
                     RecordFieldEditor::value(editor, m_model->fields().at(source.column())));
}

void RecordFieldDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                               const QModelIndex &) const
{
    QRect rect = option.rect;
    if (auto *list = qobject_cast<QListWidget *>(editor)) {
        const int rows = qBound(1, list->count(), 8);
        rect.setHeight(
            qMax(rect.height(), rows * list->sizeHintForRow(0) + 2 * list->frameWidth()));
        rect.setWidth(qMax(rect.width(), list->sizeHintForColumn(0) + 40));
    }
    if (qobject_cast<QPlainTextEdit *>(editor)) {
        // Several lines need room: a few lines high, wide enough to read.
        rect.setHeight(qMax(rect.height(), editor->minimumHeight()));
        rect.setWidth(qMax(rect.width(), 360));
    }
    editor->setGeometry(rect);
}
