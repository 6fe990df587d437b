#include "ui/administration/auditpage.h"

#include "core/administration/adminproblem.h"
#include "core/administration/auditlogmodel.h"
#include "core/sync/apiresponse.h"
#include "ui/administration/officebox.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AuditPage::AuditPage(AuditLogModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    auto *intro = new QLabel(tr("Who changed or read what, newest first. Every entry is chained "
                                "to the one before it (tresen-server audit verify). Reading and "
                                "exporting the log are recorded too."),
                             this);
    intro->setWordWrap(true);

    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today.addDays(-7), this);
    m_from->setObjectName(u"fromDate"_s);
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(u"dd.MM.yyyy"_s);
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(u"toDate"_s);
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(u"dd.MM.yyyy"_s);
    m_login = new QLineEdit(this);
    m_login->setObjectName(u"loginFilter"_s);
    m_login->setPlaceholderText(tr("every login"));
    m_action = new QComboBox(this);
    m_action->setObjectName(u"actionFilter"_s);
    m_action->addItem(tr("every action"), QString());
    for (const QString &action : AuditLogModel::knownActions())
        m_action->addItem(AuditLogModel::actionLabel(action), action);

    m_apply = new QPushButton(tr("&Show"), this);
    m_apply->setObjectName(u"applyButton"_s);
    m_apply->setDefault(true);
    m_more = new QPushButton(tr("&More entries"), this);
    m_more->setObjectName(u"moreButton"_s);
    m_export = new QPushButton(tr("E&xport as CSV…"), this);
    m_export->setObjectName(u"exportButton"_s);

    auto *filters = new QHBoxLayout;
    const auto labelled = [this, filters](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        filters->addWidget(label);
        filters->addWidget(field);
    };
    labelled(tr("&From:"), m_from);
    labelled(tr("&To:"), m_to);
    labelled(tr("&Login:"), m_login);
    labelled(tr("&Action:"), m_action);
    filters->addWidget(m_apply);
    filters->addStretch(1);

    m_view = new QTableView(this);
    m_view->setObjectName(u"auditTable"_s);
    m_view->setAccessibleName(tr("Audit log entries"));
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);

    m_message = new MessageLine(this);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    bottom->addWidget(m_more);
    bottom->addWidget(m_export);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(m_apply, &QPushButton::clicked, this, &AuditPage::applyFilter);
    connect(m_login, &QLineEdit::returnPressed, this, &AuditPage::applyFilter);
    connect(m_more, &QPushButton::clicked, model, &AuditLogModel::loadMore);
    connect(m_export, &QPushButton::clicked, this, &AuditPage::exportCsv);
    connect(model, &AuditLogModel::loaded, this, [this] {
        m_view->resizeColumnsToContents();
        m_message->showMessage(m_model->rowCount() == 0
                                   ? tr("No entries match this filter.")
                                   : tr("%n entries shown.", nullptr, m_model->rowCount()),
                               false);
        updateState();
    });
    connect(model, &AuditLogModel::failed, this, [this](const QString &error) {
        m_message->showMessage(error, true);
        updateState();
    });
    updateState();
}

void AuditPage::applyFilter()
{
    AuditLogFilter filter;
    filter.from = m_from->date().startOfDay();
    filter.to = m_to->date().addDays(1).startOfDay(); // the whole last day
    filter.login = m_login->text();
    filter.action = m_action->currentData().toString();
    m_message->showMessage(tr("Loading…"), false);
    m_model->load(filter);
    updateState();
}

void AuditPage::exportCsv()
{
    const QString suggested =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
        u"/tresen-protokoll-%1.csv"_s.arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit log"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void AuditPage::exportTo(const QString &path, std::function<void(bool)> done)
{
    m_export->setEnabled(false);
    m_message->showMessage(tr("Exporting…"), false);
    m_model->exportCsv(this, [this, path, done = std::move(done)](const ApiResponse &response) {
        bool written = false;
        if (!response.ok()) {
            m_message->showMessage(AdminProblem::message(response), true);
        } else {
            QSaveFile file(path);
            written =
                file.open(QIODevice::WriteOnly) && file.write(response.file) >= 0 && file.commit();
            m_message->showMessage(
                written ? tr("The audit log was exported to %1.").arg(path)
                        : tr("%1 could not be written: %2").arg(path, file.errorString()),
                !written);
        }
        updateState();
        if (done)
            done(written);
    });
}

void AuditPage::updateState()
{
    m_more->setEnabled(m_model->canLoadMore() && !m_model->isLoading());
    m_export->setEnabled(m_model->rowCount() > 0);
}
