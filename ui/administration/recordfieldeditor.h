#pragma once

#include "core/administration/recordfield.h"

#include <QVariant>

class QWidget;

// The editor widget of a RecordField, shared by the tables' delegate and the
// form that creates a record: a line edit, spin box, check box, combo box,
// check list or time edit.
namespace RecordFieldEditor {
QWidget *create(const RecordField &field, QWidget *parent);
void setValue(QWidget *editor, const RecordField &field, const QVariant &value);
QVariant value(const QWidget *editor, const RecordField &field);
// Called when the editor's value changes (to check it as it is typed).
void onChange(QWidget *editor, const RecordField &field, QObject *context,
              std::function<void()> changed);
} // namespace RecordFieldEditor
