#include "ui/administration/administrationworkspace.h"

#include "core/administration/administration.h"
#include "core/administration/auditlogmodel.h"
#include "core/administration/recordtablemodel.h"
#include "ui/administration/auditpage.h"
#include "ui/administration/officesettingspage.h"
#include "ui/administration/openinghourspage.h"
#include "ui/administration/recordformdialog.h"
#include "ui/administration/recordtablepage.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AdministrationWorkspace::AdministrationWorkspace(BackendClient *client, QWidget *parent)
    : QWidget(parent)
    , m_models(AdministrationModels::create(client, this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(u"administrationWorkspace"_s);
    m_tabs->setObjectName(u"administrationTabs"_s);

    m_offices = new RecordTablePage(
        m_models.offices,
        {tr("The Bürgerämter and Standesämter of the city. An office is never deleted: retired, "
            "it keeps its history but takes no new tickets or bookings."),
         tr("New office"),
         tr("&Retire…"),
         tr("Re&activate"),
         tr("Retire the office \"%1\"?"),
         tr("It takes no new tickets or bookings afterwards. Waiting tickets and coming "
            "appointments must be dealt with first."),
         tr("No offices yet. Create the first one with New… (Ctrl+N)."),
         {}},
        this);
    m_offices->setFormPreparer([](RecordFormDialog &form) {
        form.setValue(u"timeZone"_s, u"Europe/Berlin"_s);
        form.setValue(u"waitTargetMinutes"_s, 20);
        form.setValue(u"counterFigures"_s, true);
    });

    m_services = new RecordTablePage(
        m_models.services,
        {tr("What visitors come for. The prefix goes before the ticket number (A 017); the "
            "typical duration plans appointment slots until Tresen has learned the real one."),
         tr("New service"),
         tr("&Retire…"),
         tr("Re&activate"),
         tr("Retire the service \"%1\"?"),
         tr("It takes no new tickets or appointments afterwards; counters stop offering it."),
         tr("This office offers no services yet. Create one with New… (Ctrl+N)."),
         {}},
        this);
    m_services->setOfficeFilter(m_models.offices);
    m_services->setFormPreparer([](RecordFormDialog &form) {
        form.setValue(u"typicalMinutes"_s, 15);
        form.setValue(u"bookableOnline"_s, true);
    });

    m_counters = new RecordTablePage(
        m_models.counters,
        {tr("The counters of an office and the services each one serves. A clerk calls only "
            "tickets of the counter's services."),
         tr("New counter"),
         tr("&Retire…"),
         tr("Re&activate"),
         tr("Retire the counter \"%1\"?"),
         tr("No clerk can call at it afterwards."),
         tr("This office has no counters yet. Create one with New… (Ctrl+N)."),
         {}},
        this);
    m_counters->setOfficeFilter(m_models.offices);
    connect(m_counters, &RecordTablePage::officeChanged, this,
            &AdministrationWorkspace::updateCounterServices);
    const auto servicesChanged = [this] { updateCounterServices(m_counters->currentOfficeId()); };
    connect(m_models.services, &RecordTableModel::loaded, this, servicesChanged);
    connect(m_models.services, &RecordTableModel::saved, this, servicesChanged);

    m_openingHours = new OpeningHoursPage(m_models.calls, m_models.offices, this);

    m_rooms = new RecordTablePage(
        m_models.weddingRooms,
        {tr("The Standesamt's wedding rooms and their slot rule: on which days, from the first "
            "to the last start, how long each wedding takes. Free slots follow a changed rule; "
            "booked ones stay."),
         tr("New wedding room"),
         tr("&Retire…"),
         tr("Re&activate"),
         tr("Retire the wedding room \"%1\"?"),
         tr("No new weddings can be booked in it. Coming weddings must be moved first."),
         tr("No wedding rooms in this Standesamt yet. Create one with New… (Ctrl+N)."),
         {}},
        this);
    m_rooms->setOfficeFilter(m_models.offices, u"standesamt"_s);
    m_rooms->setFormPreparer([](RecordFormDialog &form) {
        form.setValue(u"guests"_s, 30);
        form.setValue(u"weekdays"_s, QStringList{u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s});
        form.setValue(u"firstStart"_s, u"10:00"_s);
        form.setValue(u"lastStart"_s, u"13:00"_s);
        form.setValue(u"slotMinutes"_s, 30);
    });

    m_accounts = new RecordTablePage(
        m_models.accounts,
        {tr("Everyone who logs in, and the devices (call displays, kiosks). Without an office an "
            "account works in every office; a device belongs to exactly one. Disabling ends the "
            "account's sessions at once."),
         tr("New account"), tr("&Disable…"), tr("En&able"), tr("Disable the account \"%1\"?"),
         tr("Its sessions end at once and it can no longer log in. Its entries in the audit log "
            "stay."),
         tr("No accounts."), tr("Show &disabled")},
        this);
    m_accounts->setFormPreparer([](RecordFormDialog &form) {
        form.setValue(u"roles"_s, QStringList{u"clerk"_s});
        form.showInitialPassword(Administration::generatePassword());
    });
    auto *reset = new QPushButton(tr("Reset &password…"), m_accounts);
    reset->setObjectName(u"resetPasswordButton"_s);
    m_accounts->addTool(reset);
    connect(reset, &QPushButton::clicked, this, &AdministrationWorkspace::resetPassword);
    connect(m_accounts, &RecordTablePage::currentRowChanged, reset,
            [reset](int row) { reset->setEnabled(row >= 0); });
    reset->setEnabled(false);

    m_settings = new OfficeSettingsPage(m_models.calls, m_models.offices, this);
    m_audit = new AuditPage(m_models.audit, this);

    const auto addTablePage = [this](RecordTablePage *page, const QString &title) {
        m_tabs->addTab(page, title);
        page->setTableName(QString(title).remove(u'&'));
    };
    addTablePage(m_offices, tr("&Offices"));
    addTablePage(m_services, tr("Ser&vices"));
    addTablePage(m_counters, tr("&Counters"));
    m_tabs->addTab(m_openingHours, tr("Opening &hours"));
    addTablePage(m_rooms, tr("&Wedding rooms"));
    addTablePage(m_accounts, tr("&Accounts and devices"));
    m_tabs->addTab(m_settings, tr("Se&ttings"));
    m_tabs->addTab(m_audit, tr("A&udit log"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        // Reading the log is audited: only when the administrator opens it.
        if (m_tabs->currentWidget() == m_audit && !m_auditShown) {
            m_auditShown = true;
            m_audit->applyFilter();
        }
    });

    auto *reloadAction = new QAction(tr("Load every table again"), this);
    reloadAction->setShortcut(QKeySequence::Refresh);
    reloadAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(reloadAction);
    connect(reloadAction, &QAction::triggered, this, &AdministrationWorkspace::reload);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_tabs);
    setFocusProxy(m_tabs);
}

void AdministrationWorkspace::showPage(Page page)
{
    m_tabs->setCurrentIndex(static_cast<int>(page));
}

RecordTablePage *AdministrationWorkspace::recordPage(Page page) const
{
    switch (page) {
    case Page::Offices:
        return m_offices;
    case Page::Services:
        return m_services;
    case Page::Counters:
        return m_counters;
    case Page::WeddingRooms:
        return m_rooms;
    case Page::Accounts:
        return m_accounts;
    case Page::OpeningHours:
    case Page::Settings:
    case Page::Audit:
        break;
    }
    return nullptr;
}

void AdministrationWorkspace::reload()
{
    m_loaded = true;
    m_models.reloadAll();
}

void AdministrationWorkspace::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        reload();
}

void AdministrationWorkspace::updateCounterServices(const QString &officeId)
{
    QList<RecordField::Choice> choices;
    for (int row = 0; row < m_models.services->rowCount(); ++row) {
        const QJsonObject service = m_models.services->record(row);
        if (m_models.services->data(m_models.services->index(row, 0),
                                    RecordTableModel::OfficeIdRole) != officeId)
            continue;
        const QString label = u"%1 (%2)"_s.arg(service.value(u"name"_s).toString(),
                                               service.value(u"prefix"_s).toString());
        choices.append(
            {m_models.services->data(m_models.services->index(row, 0), RecordTableModel::IdRole)
                 .toString(),
             service.value(u"active"_s).toBool(true) ? label : tr("%1, retired").arg(label)});
    }
    m_models.counters->setChoices(u"serviceIds"_s, choices);
}

void AdministrationWorkspace::resetPassword()
{
    const int row = m_accounts->currentRow();
    if (row < 0)
        return;
    const QJsonObject account = m_models.accounts->record(row);
    const QString login = account.value(u"login"_s).toString();
    QMessageBox ask(QMessageBox::Question, tr("Reset password"),
                    tr("Give \"%1\" a new password?").arg(login), QMessageBox::NoButton, this);
    ask.setObjectName(u"resetQuestion"_s);
    ask.setInformativeText(tr("Their sessions end at once. A person must choose an own password "
                              "at the next login."));
    QPushButton *yes = ask.addButton(tr("Reset &password"), QMessageBox::AcceptRole);
    ask.setDefaultButton(ask.addButton(QMessageBox::Cancel));
    ask.exec();
    if (ask.clickedButton() != yes)
        return;
    const QString password = Administration::generatePassword();
    const QString id = account.value(u"id"_s).toVariant().toString();
    m_models.calls->resetPassword(
        id, password, this, [this, login, password](const QString &error) {
            if (!error.isEmpty()) {
                m_accounts->showMessage(error, true);
                return;
            }
            m_models.accounts->reload(); // "new password due" is now set
            m_accounts->showMessage(tr("The password of \"%1\" was reset.").arg(login), false);
            auto *shown = new QMessageBox(QMessageBox::Information, tr("New password"),
                                          tr("The new password of \"%1\" is:").arg(login),
                                          QMessageBox::Ok, this);
            shown->setObjectName(u"newPasswordBox"_s);
            shown->setAttribute(Qt::WA_DeleteOnClose);
            shown->setInformativeText(
                u"<p style=\"font-family: monospace; font-size: 14pt;\">%1</p>"
                u"<p>%2</p>"_s.arg(password.toHtmlEscaped(),
                                   tr("It is shown only now. Pass it on in "
                                      "person, never by e-mail.")
                                       .toHtmlEscaped()));
            shown->setTextInteractionFlags(Qt::TextSelectableByMouse);
            shown->open();
        });
}

QStringList AdministrationWorkspace::unsavedChanges() const
{
    QStringList unsaved;
    if (m_openingHours->hasUnsavedChanges())
        unsaved.append(tr("Opening hours of %1").arg(m_openingHours->officeName()));
    if (m_settings->hasUnsavedChanges())
        unsaved.append(tr("Settings of %1").arg(m_settings->officeName()));
    return unsaved;
}
