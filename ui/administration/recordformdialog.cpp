#include "ui/administration/recordformdialog.h"

#include "ui/administration/recordfieldeditor.h"
#include "ui/common/theme.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RecordFormDialog::RecordFormDialog(const QString &title, const QList<RecordField> &fields,
                                   QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"recordFormDialog"_s);
    setWindowTitle(title);
    auto *form = new QFormLayout;
    for (const RecordField &field : fields) {
        // Read-only states (active, a password due) are the server's to set.
        if (!field.editable && !field.onCreateOnly)
            continue;
        Row row{field, RecordFieldEditor::create(field, this), new QLabel(this)};
        row.editor->setObjectName(field.key);
        if (auto *list = qobject_cast<QListWidget *>(row.editor))
            list->setMaximumHeight(list->sizeHintForRow(0) * qBound(2, list->count(), 7) + 6);
        row.problem->setObjectName(field.key + u"Problem"_s);
        Theme::setTone(row.problem, Theme::Tone::Problem);
        row.problem->setWordWrap(true);
        row.problem->hide();
        auto *cell = new QVBoxLayout;
        cell->setSpacing(2);
        cell->addWidget(row.editor);
        cell->addWidget(row.problem);
        form->addRow(tr("%1:").arg(field.title), cell);
        const qsizetype at = m_rows.size();
        RecordFieldEditor::onChange(row.editor, field, this, [this, at] {
            m_rows[at].touched = true;
            updateChecks();
        });
        m_rows.append(row);
    }
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"initialPassword"_s);
    m_password->setReadOnly(true);
    m_password->hide();

    m_error = new QLabel(this);
    m_error->setObjectName(u"error"_s);
    m_error->setWordWrap(true);
    Theme::setTone(m_error, Theme::Tone::Problem);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_create = buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(u"createButton"_s);
    m_create->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        for (Row &row : m_rows)
            row.touched = true;
        updateChecks();
        if (m_create->isEnabled())
            emit submitted(values());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_password);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    if (!m_rows.isEmpty())
        m_rows.first().editor->setFocus();
    updateChecks();
}

void RecordFormDialog::setValue(const QString &key, const QVariant &value)
{
    for (const Row &row : std::as_const(m_rows)) {
        if (row.field.key == key)
            RecordFieldEditor::setValue(row.editor, row.field, value);
    }
    updateChecks();
}

void RecordFormDialog::showInitialPassword(const QString &password)
{
    m_password->setText(password);
    auto *note = new QLabel(
        tr("First password (shown only now; pass it on in person. A person must change it at "
           "the first login, a device keeps it):"),
        this);
    note->setWordWrap(true);
    auto *copy = new QPushButton(tr("Co&py"), this);
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_password->text()); });
    auto *row = new QHBoxLayout;
    row->addWidget(m_password, 1);
    row->addWidget(copy);
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    const int at = layout->indexOf(m_error);
    layout->insertWidget(at, note);
    layout->insertLayout(at + 1, row);
    m_password->show();
}

QJsonObject RecordFormDialog::values() const
{
    QJsonObject json;
    for (const Row &row : m_rows)
        json.insert(row.field.key,
                    row.field.toJson(RecordFieldEditor::value(row.editor, row.field)));
    if (!m_password->text().isEmpty())
        json.insert(u"password"_s, m_password->text());
    return json;
}

void RecordFormDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void RecordFormDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void RecordFormDialog::done(int result)
{
    // A copied first password does not stay on the clipboard.
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (!m_password->text().isEmpty() && clipboard->text() == m_password->text())
        clipboard->clear();
    QDialog::done(result);
}

void RecordFormDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateChecks();
}

void RecordFormDialog::updateChecks()
{
    bool valid = true;
    for (const Row &row : std::as_const(m_rows)) {
        const QString problem = row.field.check(RecordFieldEditor::value(row.editor, row.field));
        // A field not yet filled in is not scolded; Create just waits for it.
        row.problem->setText(problem);
        row.problem->setVisible(!problem.isEmpty() && row.touched);
        valid = valid && problem.isEmpty();
    }
    m_create->setEnabled(valid && !m_busy);
    m_cancel->setEnabled(!m_busy);
}
