#pragma once

#include "core/administration/administeredkinds.h"

#include <QWidget>

class AuditPage;
class BackendClient;
class OfficeSettingsPage;
class OpeningHoursPage;
class QTabWidget;
class RecordTablePage;

// Verwaltung: what an administrator sets up and looks after, one tab each:
// offices, services, counters, opening hours, wedding rooms, accounts and
// devices, office settings, and the audit log. Shows no citizen's data.
class AdministrationWorkspace : public QWidget
{
    Q_OBJECT

public:
    enum class Page {
        Offices,
        Services,
        Counters,
        OpeningHours,
        WeddingRooms,
        Accounts,
        Settings,
        Audit
    };

    explicit AdministrationWorkspace(BackendClient *client, QWidget *parent = nullptr);

    const AdministrationModels &models() const { return m_models; }
    void showPage(Page page);
    RecordTablePage *recordPage(Page page) const;
    OpeningHoursPage *openingHoursPage() const { return m_openingHours; }
    OfficeSettingsPage *settingsPage() const { return m_settings; }

    // What would be lost on leaving now, one line each ("Opening hours of …").
    QStringList unsavedChanges() const;
    AuditPage *auditPage() const { return m_audit; }
    // Loads every table again (F5).
    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateCounterServices(const QString &officeId);
    void resetPassword();

    AdministrationModels m_models;
    QTabWidget *m_tabs;
    RecordTablePage *m_offices = nullptr;
    RecordTablePage *m_services = nullptr;
    RecordTablePage *m_counters = nullptr;
    RecordTablePage *m_rooms = nullptr;
    RecordTablePage *m_accounts = nullptr;
    OpeningHoursPage *m_openingHours = nullptr;
    OfficeSettingsPage *m_settings = nullptr;
    AuditPage *m_audit = nullptr;
    bool m_loaded = false;
    bool m_auditShown = false;
};
