#pragma once

#include "core/domain/workspaces.h"
#include "core/sync/backendclient.h"

#include <QMainWindow>
#include <QPointer>

class AppointmentBook;
class AdministrationWorkspace;
class ScanWorkspace;
class ScannerBackend;
class InboxWatcher;
class AppointmentsWorkspace;
class StandesamtWorkspace;
class WeddingCalendar;
class ConnectionIndicator;
class CounterDesk;
class CounterListModel;
class CounterWorkspace;
class PaymentCheck;
class PaymentsWorkspace;
class LocalStore;
class OtherLoginsWrites;
class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;
class QVBoxLayout;
class StatisticsWorkspace;
class SyncEngine;

// The workstation's frame: the workspaces the user's roles allow, the
// counter this workstation serves, and who is logged in over which connection.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(const SessionInfo &session, BackendClient *client, LocalStore *store,
               SyncEngine *sync, QWidget *parent = nullptr);
    ~MainWindow() override;

    const SessionInfo &session() const { return m_session; }
    // Shows the window as this computer's user left it last time (size,
    // position, maximised); maximised the first time.
    void showAsLastTime();
    CounterDesk *counterDesk() const { return m_desk; }
    // Locked: nothing of the work is shown (the lock screen covers the rest),
    // and no key or menu reaches it.
    void setLocked(bool locked);
    bool isLocked() const { return m_locked; }

    QList<Workspace> workspaces() const { return m_workspaces; }
    void showWorkspace(Workspace workspace);
    Workspace currentWorkspace() const;

    // Selects the counter once it is known (the cache may still be syncing).
    void setPreferredCounter(const QString &counterId);
    QString counterId() const;
    // The Aufruf workspace, when the user's roles include it.
    CounterWorkspace *counterWorkspace() const { return m_counterWorkspace; }
    // The Zahlungen workspace's lookup, when the user's roles include it.
    PaymentCheck *paymentCheck() const { return m_paymentCheck; }
    // Scanner plugins for the Scannen workspace.
    void setScannerBackends(const QList<ScannerBackend *> &backends);
    void setScanInbox(InboxWatcher *inbox);
    // The Termine workspace, when the user's roles include it.
    AppointmentsWorkspace *appointmentsWorkspace() const { return m_appointmentsWorkspace; }
    StandesamtWorkspace *standesamtWorkspace() const { return m_standesamtWorkspace; }
    // The Statistik workspace, when the user's roles include it (supervisors).
    StatisticsWorkspace *statisticsWorkspace() const { return m_statisticsWorkspace; }
    // Shows, above the workspaces, the writes other logins left unsent here.
    void setOtherLoginsWrites(OtherLoginsWrites *writes);

signals:
    void counterChanged(const QString &counterId);
    void logoutRequested();
    void settingsRequested();
    void callDisplayRequested();
    void passwordChangeRequested();
    void lockRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildWorkspaces();
    void reloadCounters();
    void updateCounterLabel();
    // A reference or a scanned payment code, looked up in Zahlungen.
    void lookUpPayment(const QString &payload);
    void showShortcuts();
    // Asks before leaving a held ticket or unsaved work behind; `leaving`
    // names the action ("Log out", "Quit").
    bool mayLeave(const QString &leaving);
    bool mayLeaveTheCounter(const QString &leaving);
    bool mayLeaveUnsavedWork(const QString &leaving);
    void showAbout();

    SessionInfo m_session;
    BackendClient *m_client;
    LocalStore *m_store;
    SyncEngine *m_sync;
    CounterDesk *m_desk = nullptr;
    CounterWorkspace *m_counterWorkspace = nullptr;
    PaymentCheck *m_paymentCheck = nullptr;
    PaymentsWorkspace *m_paymentsWorkspace = nullptr;
    AppointmentBook *m_appointmentBook = nullptr;
    AppointmentsWorkspace *m_appointmentsWorkspace = nullptr;
    WeddingCalendar *m_weddingCalendar = nullptr;
    StandesamtWorkspace *m_standesamtWorkspace = nullptr;
    ScanWorkspace *m_scanWorkspace = nullptr;
    StatisticsWorkspace *m_statisticsWorkspace = nullptr;
    bool m_shownAsLastTime = false; // its geometry is remembered at the end
    AdministrationWorkspace *m_administrationWorkspace = nullptr;
    CounterListModel *m_counters;
    QList<Workspace> m_workspaces;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QVBoxLayout *m_centralLayout;
    QComboBox *m_counterBox;
    QLabel *m_userLabel;
    QLabel *m_counterLabel;
    ConnectionIndicator *m_connection;
    QString m_preferredCounterId;
    bool m_locked = false;
    QPointer<QWidget> m_focusBeforeLock;
};
