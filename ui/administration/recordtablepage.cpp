#include "ui/administration/recordtablepage.h"

#include "core/administration/recordtablemodel.h"
#include "ui/administration/officebox.h"
#include "ui/administration/recordfielddelegate.h"
#include "ui/administration/recordformdialog.h"
#include "ui/common/keyedbutton.h"
#include "ui/common/theme.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RecordTablePage::RecordTablePage(RecordTableModel *model, Texts texts, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_texts(std::move(texts))
    , m_activeFilter(new QSortFilterProxyModel(this))
    , m_officeFilter(new QSortFilterProxyModel(this))
{
    m_officeFilter->setSourceModel(model);
    m_officeFilter->setFilterRole(RecordTableModel::OfficeIdRole);
    m_activeFilter->setSourceModel(m_officeFilter);
    m_activeFilter->setFilterRole(RecordTableModel::ActiveRole);
    m_activeFilter->setFilterFixedString(u"true"_s);

    auto *intro = new QLabel(m_texts.intro, this);
    intro->setWordWrap(true);

    m_new = new QPushButton(tr("&New…"), this);
    m_new->setObjectName(u"newButton"_s);
    m_new->setToolTip(tr("Create a new entry (Ctrl+N)."));
    m_retire = new QPushButton(m_texts.retire, this);
    m_retire->setObjectName(u"retireButton"_s);
    m_showRetired = new QCheckBox(
        m_texts.showRetired.isEmpty() ? tr("Show &retired") : m_texts.showRetired, this);
    m_showRetired->setObjectName(u"showRetired"_s);

    m_tools = new QHBoxLayout;
    m_tools->addWidget(m_new);
    m_tools->addWidget(m_retire);
    m_tools->addStretch(1);
    m_tools->addWidget(m_showRetired);

    m_view = new QTableView(this);
    m_view->setObjectName(u"recordTable"_s);
    m_view->setModel(m_activeFilter);
    m_view->setItemDelegate(new RecordFieldDelegate(model, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->setTabKeyNavigation(false);
    setFocusProxy(m_view);

    m_empty = new QLabel(m_texts.empty, this);
    m_empty->setObjectName(u"emptyState"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    Theme::setTone(m_empty, Theme::Tone::Muted);
    m_empty->hide();

    m_message = new MessageLine(this);

    auto *hint = new QLabel(tr("Change a value: select it and type, or press F2. Enter saves, "
                               "Esc cancels."),
                            this);
    Theme::setTone(hint, Theme::Tone::Muted);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(m_tools);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(hint);
    layout->addWidget(m_message);

    connect(m_new, &QPushButton::clicked, this, &RecordTablePage::createRecord);
    connect(m_retire, &QPushButton::clicked, this, &RecordTablePage::toggleActive);
    connect(m_showRetired, &QCheckBox::toggled, this, [this](bool shown) {
        m_activeFilter->setFilterFixedString(shown ? QString() : u"true"_s);
        updateEmptyState();
    });
    bindKey(this, m_new, QKeySequence::New, tr("New entry"));
    // Del retires (asking first), never reactivates.
    auto *retireAction = new QAction(m_texts.retire, m_view);
    retireAction->setShortcut(QKeySequence::Delete);
    retireAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(retireAction);
    connect(retireAction, &QAction::triggered, this, [this] {
        if (currentRow() >= 0 &&
            m_model->data(m_model->index(currentRow(), 0), RecordTableModel::ActiveRole).toBool())
            toggleActive();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateButtons();
        emit currentRowChanged(currentRow());
    });
    connect(model, &RecordTableModel::invalid, this,
            [this](const QString &text) { showMessage(text, true); });
    connect(model, &RecordTableModel::failed, this,
            [this](const QString &text) { showMessage(text, true); });
    connect(model, &RecordTableModel::saved, this,
            [this](const QString &text) { showMessage(text, false); });
    connect(model, &QAbstractItemModel::dataChanged, this, &RecordTablePage::updateButtons);
    const auto rowsChanged = [this] {
        m_view->resizeColumnsToContents();
        updateEmptyState();
        updateButtons();
    };
    connect(m_activeFilter, &QAbstractItemModel::modelReset, this, rowsChanged);
    // A reload keeps the record the administrator was at.
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const int row = currentRow();
        m_currentId =
            row < 0 ? QString()
                    : m_model->data(m_model->index(row, 0), RecordTableModel::IdRole).toString();
    });
    connect(m_activeFilter, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_model->rowOf(m_currentId);
        if (row < 0)
            return;
        const QModelIndex at =
            m_activeFilter->mapFromSource(m_officeFilter->mapFromSource(m_model->index(row, 0)));
        if (at.isValid())
            m_view->setCurrentIndex(at);
    });
    connect(m_activeFilter, &QAbstractItemModel::rowsInserted, this, rowsChanged);
    connect(m_activeFilter, &QAbstractItemModel::rowsRemoved, this,
            &RecordTablePage::updateEmptyState);
    updateButtons();
}

void RecordTablePage::setOfficeFilter(RecordTableModel *offices, const QString &kind)
{
    m_officeBox = new OfficeBox(offices, kind, this);
    auto *label = new QLabel(tr("&Office:"), this);
    label->setBuddy(m_officeBox);
    m_tools->insertWidget(0, label);
    m_tools->insertWidget(1, m_officeBox);
    m_tools->insertSpacing(2, 16);
    const auto filter = [this](const QString &officeId) {
        // Only whole ids: office 1 must not show office 12's records.
        m_officeFilter->setFilterRegularExpression(
            QRegularExpression(u"^%1$"_s.arg(QRegularExpression::escape(officeId))));
        updateEmptyState();
        updateButtons();
        emit officeChanged(officeId);
    };
    connect(m_officeBox, &OfficeBox::officeChanged, this, filter);
    filter(m_officeBox->officeId());
}

QString RecordTablePage::currentOfficeId() const
{
    return m_officeBox ? m_officeBox->officeId() : QString();
}

void RecordTablePage::setFormPreparer(std::function<void(RecordFormDialog &)> prepare)
{
    m_prepare = std::move(prepare);
}

void RecordTablePage::addTool(QAbstractButton *button)
{
    m_tools->insertWidget(m_tools->indexOf(m_retire) + 1, button);
}

int RecordTablePage::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return -1;
    return m_officeFilter->mapToSource(m_activeFilter->mapToSource(current)).row();
}

void RecordTablePage::showMessage(const QString &text, bool problem)
{
    m_message->showMessage(text, problem);
}

void RecordTablePage::createRecord()
{
    if (m_officeBox && currentOfficeId().isEmpty()) {
        showMessage(tr("Create an office first."), true);
        return;
    }
    auto *dialog = new RecordFormDialog(m_texts.newTitle, m_model->fields(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_prepare)
        m_prepare(*dialog);
    const QString officeId = currentOfficeId();
    connect(dialog, &RecordFormDialog::submitted, this,
            [this, dialog, officeId](QJsonObject values) {
                if (!officeId.isEmpty())
                    values.insert(u"officeId"_s, officeId);
                dialog->setBusy(true);
                dialog->showError({});
                m_model->create(values, dialog, [this, dialog](int row, const QString &error) {
                    dialog->setBusy(false);
                    if (row < 0) {
                        dialog->showError(error);
                        return;
                    }
                    dialog->accept();
                    const QModelIndex at = m_activeFilter->mapFromSource(
                        m_officeFilter->mapFromSource(m_model->index(row, 0)));
                    m_view->setCurrentIndex(at);
                    m_view->setFocus();
                });
            });
    dialog->open();
}

void RecordTablePage::toggleActive()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const QJsonObject record = m_model->record(row);
    if (!record.value(u"active"_s).toBool(true)) {
        m_model->update(row, {{u"active"_s, true}});
        return;
    }
    const QString name = record.value(u"name"_s).toString(record.value(u"login"_s).toString());
    QMessageBox box(QMessageBox::Question, QString(m_texts.retire).remove(u'&').remove(u'…'),
                    m_texts.question.arg(name), QMessageBox::NoButton, this);
    box.setObjectName(u"retireQuestion"_s);
    box.setInformativeText(m_texts.consequence);
    QPushButton *retire = box.addButton(m_texts.retire, QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    const QString id = record.value(u"id"_s).toVariant().toString();
    box.exec();
    // The table may have been reloaded during the question: find it again.
    if (box.clickedButton() == retire && m_model->rowOf(id) >= 0)
        m_model->retire(m_model->rowOf(id));
}

void RecordTablePage::updateButtons()
{
    const int row = currentRow();
    const bool active =
        row >= 0 && m_model->data(m_model->index(row, 0), RecordTableModel::ActiveRole).toBool();
    const bool pending =
        row >= 0 && m_model->data(m_model->index(row, 0), RecordTableModel::PendingRole).toBool();
    m_retire->setText(row >= 0 && !active ? m_texts.reactivate : m_texts.retire);
    m_retire->setEnabled(row >= 0 && !pending);
    m_new->setEnabled(!m_officeBox || !currentOfficeId().isEmpty());
}

void RecordTablePage::updateEmptyState()
{
    const bool empty = m_model->isLoaded() && m_activeFilter->rowCount() == 0;
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
}

void RecordTablePage::setTableName(const QString &name)
{
    m_view->setAccessibleName(name);
}
