#include "ui/administration/recordfieldeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTimeEdit>

using namespace Qt::StringLiterals;
using Kind = RecordField::Kind;

namespace RecordFieldEditor {

QWidget *create(const RecordField &field, QWidget *parent)
{
    switch (field.kind) {
    case Kind::Text: {
        auto *edit = new QLineEdit(parent);
        edit->setMaxLength(field.maximum);
        return edit;
    }
    case Kind::Number: {
        auto *spin = new QSpinBox(parent);
        spin->setRange(field.minimum, field.maximum);
        if (!field.suffix.isEmpty())
            spin->setSuffix(u' ' + field.suffix);
        return spin;
    }
    case Kind::Flag:
        return new QCheckBox(parent);
    case Kind::Choice: {
        auto *combo = new QComboBox(parent);
        for (const auto &[value, label] : field.choices)
            combo->addItem(label, value);
        return combo;
    }
    case Kind::Choices: {
        // A check list: arrows move, space ticks.
        auto *list = new QListWidget(parent);
        for (const auto &[value, label] : field.choices) {
            auto *item = new QListWidgetItem(label, list);
            item->setData(Qt::UserRole, value);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Unchecked);
        }
        list->setCurrentRow(0);
        return list;
    }
    case Kind::Time: {
        auto *time = new QTimeEdit(parent);
        time->setDisplayFormat(u"HH:mm"_s);
        return time;
    }
    case Kind::LongText: {
        // Enter starts a new line; Tab leaves the field (and stores it in a table).
        auto *edit = new QPlainTextEdit(parent);
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(5 * edit->fontMetrics().lineSpacing());
        return edit;
    }
    }
    return nullptr;
}

void setValue(QWidget *editor, const RecordField &field, const QVariant &value)
{
    switch (field.kind) {
    case Kind::Text:
        static_cast<QLineEdit *>(editor)->setText(value.toString());
        break;
    case Kind::Number:
        static_cast<QSpinBox *>(editor)->setValue(value.toInt());
        break;
    case Kind::Flag:
        static_cast<QCheckBox *>(editor)->setChecked(value.toBool());
        break;
    case Kind::Choice: {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(qMax(0, combo->findData(value.toString())));
        break;
    }
    case Kind::Choices: {
        auto *list = static_cast<QListWidget *>(editor);
        const QStringList chosen = value.toStringList();
        QStringList offered;
        for (int row = 0; row < list->count(); ++row) {
            QListWidgetItem *item = list->item(row);
            offered.append(item->data(Qt::UserRole).toString());
            item->setCheckState(chosen.contains(offered.last()) ? Qt::Checked : Qt::Unchecked);
        }
        // A value not on offer (an office not loaded) stays chosen: dropping
        // it could widen an account to every office.
        for (const QString &kept : chosen) {
            if (offered.contains(kept))
                continue;
            auto *item = new QListWidgetItem(kept, list);
            item->setData(Qt::UserRole, kept);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Checked);
        }
        break;
    }
    case Kind::Time:
        static_cast<QTimeEdit *>(editor)->setTime(QTime::fromString(value.toString(), u"HH:mm"_s));
        break;
    case Kind::LongText:
        static_cast<QPlainTextEdit *>(editor)->setPlainText(value.toString());
        break;
    }
}

QVariant value(const QWidget *editor, const RecordField &field)
{
    switch (field.kind) {
    case Kind::Text:
        return static_cast<const QLineEdit *>(editor)->text();
    case Kind::Number:
        return static_cast<const QSpinBox *>(editor)->value();
    case Kind::Flag:
        return static_cast<const QCheckBox *>(editor)->isChecked();
    case Kind::Choice:
        return static_cast<const QComboBox *>(editor)->currentData();
    case Kind::Choices: {
        const auto *list = static_cast<const QListWidget *>(editor);
        QStringList chosen;
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->checkState() == Qt::Checked)
                chosen.append(list->item(row)->data(Qt::UserRole).toString());
        }
        return chosen;
    }
    case Kind::Time:
        return static_cast<const QTimeEdit *>(editor)->time().toString(u"HH:mm"_s);
    case Kind::LongText:
        return static_cast<const QPlainTextEdit *>(editor)->toPlainText();
    }
    return {};
}

void onChange(QWidget *editor, const RecordField &field, QObject *context,
              std::function<void()> changed)
{
    switch (field.kind) {
    case Kind::Text:
        QObject::connect(static_cast<QLineEdit *>(editor), &QLineEdit::textChanged, context,
                         changed);
        break;
    case Kind::Number:
        QObject::connect(static_cast<QSpinBox *>(editor), &QSpinBox::valueChanged, context,
                         changed);
        break;
    case Kind::Flag:
        QObject::connect(static_cast<QCheckBox *>(editor), &QCheckBox::toggled, context, changed);
        break;
    case Kind::Choice:
        QObject::connect(static_cast<QComboBox *>(editor), &QComboBox::currentIndexChanged, context,
                         changed);
        break;
    case Kind::Choices:
        QObject::connect(static_cast<QListWidget *>(editor), &QListWidget::itemChanged, context,
                         changed);
        break;
    case Kind::Time:
        QObject::connect(static_cast<QTimeEdit *>(editor), &QTimeEdit::timeChanged, context,
                         changed);
        break;
    case Kind::LongText:
        QObject::connect(static_cast<QPlainTextEdit *>(editor), &QPlainTextEdit::textChanged,
                         context, changed);
        break;
    }
}

} // namespace RecordFieldEditor
