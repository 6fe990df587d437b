// Verwaltung against a real server on an empty database: a city set up from
// nothing through the workspace's forms, a newly created clerk who can work at
// once, and the guards: a slip named at the cell and never sent, retiring and
// resetting asked first, someone else's change shown instead of overwritten,
// unsaved opening hours kept, the audit log read, filtered and exported.

#include "core/administration/administeredkinds.h"
#include "core/administration/adminproblem.h"
#include "core/administration/auditlogmodel.h"
#include "core/administration/recordtablemodel.h"
#include "core/sync/backendclient.h"
#include "modals.h"
#include "server/instance/backend.h"
#include "server/instance/serverinstance.h"
#include "testsupport.h"
#include "ui/administration/administrationworkspace.h"
#include "ui/administration/auditpage.h"
#include "ui/administration/officesettingspage.h"
#include "ui/administration/openinghourspage.h"
#include "ui/administration/recordfieldeditor.h"
#include "ui/administration/recordformdialog.h"
#include "ui/administration/recordtablepage.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTimeEdit>

using namespace Qt::StringLiterals;
using TestSupport::HttpClient;
using Page = AdministrationWorkspace::Page;

namespace {
QAbstractButton *acceptButton(QMessageBox *box)
{
    QAbstractButton *accept = TestSupport::buttonWithRole(box, QMessageBox::AcceptRole);
    return accept ? accept : box->defaultButton();
}
} // namespace

class tst_AdministrationWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void aCityFromNothing();
    void theNewClerkWorksAtOnce();
    void aSlipIsNamedAndNotSent();
    void aServicesLetterTextsHaveSeveralLines();
    void retiringAsksFirst();
    void someoneElsesChangeIsShownNotOverwritten();
    void unsavedOpeningHoursAreKept();
    void anotherAdminsHoursAndSettingsAreNotOverwritten();
    void anAccountsOfficesAreNeverDroppedUnseen();
    void resettingAPasswordAsksAndShowsItOnce();
    void theAuditLogIsReadFilteredAndExported();

private:
    // Opens the page's New… form, lets `fill` fill it, creates; the new row.
    int create(Page page, const std::function<void(RecordFormDialog &)> &fill);
    void chooseOffice(QWidget *page, const QString &officeId);
    QJsonValue get(const QString &path);
    static void setText(RecordFormDialog &form, const QString &key, const QString &text);
    static void tick(RecordFormDialog &form, const QString &key, const QStringList &values);
    static QString idOf(const QJsonValue &record);

    QTemporaryDir m_dir;
    std::unique_ptr<ServerInstance> m_server;
    std::unique_ptr<HttpClient> m_http;
    QByteArray m_adminToken;
    std::unique_ptr<BackendClient> m_client;
    std::unique_ptr<AdministrationWorkspace> m_workspace;
    // What aCityFromNothing made.
    QString m_office;
    QString m_standesamt;
    QString m_service;
    QString m_counter;
    QString m_clerkPassword;
    QByteArray m_clerkToken;
    QString m_calledTicket;
};

void tst_AdministrationWorkspace::initTestCase()
{
    DatabaseUrl url;
    TRESEN_FRESH_DATABASE(url, u"administrationworkspace"_s, m_dir);
    ServerConfig config;
    config.database = url;
    m_server = std::make_unique<ServerInstance>(config);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QVERIFY(!m_server->backend().directory.hasOffices());
    const QString password = u"the administrator's long password"_s;
    m_server->backend().users.addOrUpdate(u"it-admin"_s, u"IT"_s, Role::Admin, password);
    m_http = std::make_unique<HttpClient>(QUrl(m_server->baseUrl()));
    m_adminToken = m_http->login(u"it-admin"_s, password);
    QVERIFY(!m_adminToken.isEmpty());

    m_client = std::make_unique<BackendClient>();
    m_client->setBaseUrl(QUrl(m_server->baseUrl()));
    bool loggedIn = false;
    m_client->login(u"it-admin"_s, password, this,
                    [&loggedIn](const ApiResponse &r, const SessionInfo &) { loggedIn = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(loggedIn, 10000);

    m_workspace = std::make_unique<AdministrationWorkspace>(m_client.get());
    QSignalSpy accountsLoaded(m_workspace->models().accounts, &RecordTableModel::loaded);
    m_workspace->resize(1366, 768);
    m_workspace->show();
    m_workspace->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_workspace.get())); // for the shortcuts
    QVERIFY(accountsLoaded.wait(10000));
}

void tst_AdministrationWorkspace::cleanupTestCase()
{
    m_workspace.reset();
    m_client.reset();
    m_http.reset();
    m_server.reset();
}

QString tst_AdministrationWorkspace::idOf(const QJsonValue &record)
{
    const QJsonValue id = record.toObject().value(u"id"_s);
    return id.isDouble() ? QString::number(id.toInteger()) : id.toString();
}

QJsonValue tst_AdministrationWorkspace::get(const QString &path)
{
    const auto result = m_http->get(path, m_adminToken);
    return result.status == 200 ? result.json : QJsonValue();
}

void tst_AdministrationWorkspace::setText(RecordFormDialog &form, const QString &key,
                                          const QString &text)
{
    auto *edit = form.findChild<QLineEdit *>(key);
    QVERIFY2(edit, qPrintable(key));
    edit->setText(text); // keyClicks takes ASCII only ("Bürgeramt")
}

void tst_AdministrationWorkspace::tick(RecordFormDialog &form, const QString &key,
                                       const QStringList &values)
{
    auto *list = form.findChild<QListWidget *>(key);
    QVERIFY2(list, qPrintable(key));
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem *item = list->item(row);
        item->setCheckState(values.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                 : Qt::Unchecked);
    }
}

void tst_AdministrationWorkspace::chooseOffice(QWidget *page, const QString &officeId)
{
    auto *box = page->findChild<QComboBox *>(u"officeBox"_s);
    QVERIFY(box);
    const int index = box->findData(officeId);
    QVERIFY2(index >= 0, qPrintable(officeId));
    box->setCurrentIndex(index);
}

int tst_AdministrationWorkspace::create(Page page,
                                        const std::function<void(RecordFormDialog &)> &fill)
{
    m_workspace->showPage(page);
    RecordTablePage *tablePage = m_workspace->recordPage(page);
    auto *newButton = tablePage->findChild<QPushButton *>(u"newButton"_s);
    if (!newButton || !newButton->isEnabled())
        return -1;
    newButton->click();
    auto *form = tablePage->findChild<RecordFormDialog *>();
    if (!form || !form->isVisible())
        return -1;
    fill(*form);
    auto *createButton = form->findChild<QPushButton *>(u"createButton"_s);
    if (!createButton->isEnabled())
        return -1;
    QPointer<RecordFormDialog> open(form);
    createButton->click();
    if (!QTest::qWaitFor([&open] { return open.isNull(); }, 10000))
        return -1;
    return tablePage->currentRow();
}

void tst_AdministrationWorkspace::aCityFromNothing()
{
    const AdministrationModels &models = m_workspace->models();
    // Offices: a Bürgeramt and a Standesamt.
    int row = create(Page::Offices, [](RecordFormDialog &form) {
        setText(form, u"name"_s, u"Bürgeramt Mitte"_s);
        setText(form, u"address"_s, u"Rathausplatz 1"_s);
    });
    QVERIFY(row >= 0);
    m_office =
        models.offices->data(models.offices->index(row, 0), RecordTableModel::IdRole).toString();
    row = create(Page::Offices, [](RecordFormDialog &form) {
        setText(form, u"name"_s, u"Standesamt"_s);
        auto *kind = form.findChild<QComboBox *>(u"kind"_s);
        kind->setCurrentIndex(kind->findData(u"standesamt"_s));
    });
    QVERIFY(row >= 0);
    m_standesamt =
        models.offices->data(models.offices->index(row, 0), RecordTableModel::IdRole).toString();

    // A service, its prefix typed in lower case.
    chooseOffice(m_workspace->recordPage(Page::Services), m_office);
    row = create(Page::Services, [](RecordFormDialog &form) {
        setText(form, u"name"_s, u"Anmeldung einer Wohnung"_s);
        setText(form, u"prefix"_s, u"an"_s);
        form.findChild<QSpinBox *>(u"typicalMinutes"_s)->setValue(12);
    });
    QVERIFY(row >= 0);
    m_service =
        models.services->data(models.services->index(row, 0), RecordTableModel::IdRole).toString();

    // A counter that serves it.
    chooseOffice(m_workspace->recordPage(Page::Counters), m_office);
    row = create(Page::Counters, [this](RecordFormDialog &form) {
        setText(form, u"name"_s, u"Schalter 1"_s);
        tick(form, u"serviceIds"_s, {m_service});
    });
    QVERIFY(row >= 0);
    m_counter =
        models.counters->data(models.counters->index(row, 0), RecordTableModel::IdRole).toString();

    // A wedding room: only the Standesamt is offered.
    RecordTablePage *roomPage = m_workspace->recordPage(Page::WeddingRooms);
    auto *roomOffices = roomPage->findChild<QComboBox *>(u"officeBox"_s);
    QCOMPARE(roomOffices->count(), 1);
    QCOMPARE(roomOffices->currentData().toString(), m_standesamt);
    row = create(Page::WeddingRooms, [](RecordFormDialog &form) {
        setText(form, u"name"_s, u"Trausaal"_s);
        form.findChild<QTimeEdit *>(u"lastStart"_s)->setTime(QTime(12, 0));
    });
    QVERIFY(row >= 0);

    // Opening hours with a closure day.
    m_workspace->showPage(Page::OpeningHours);
    OpeningHoursPage *hours = m_workspace->openingHoursPage();
    chooseOffice(hours, m_office);
    auto *monday = hours->findChild<QLineEdit *>(u"mon"_s);
    QTRY_VERIFY(monday->isEnabled());
    monday->selectAll();
    QTest::keyClicks(monday, u"8:00-12:00, 13:00-16:00"_s);
    hours->findChild<QCalendarWidget *>()->setSelectedDate(QDate(2026, 12, 24));
    hours->findChild<QPushButton *>(u"addClosure"_s)->click();
    QCOMPARE(hours->findChild<QListWidget *>(u"closureList"_s)->count(), 1);
    QVERIFY(hours->hasUnsavedChanges());
    QVERIFY(hours->findChild<QPushButton *>(u"saveButton"_s)->isEnabled());
    // The forms before took the activation along; shortcuts need it back.
    m_workspace->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_workspace.get()));
    monday->setFocus();
    QTest::keySequence(monday, QKeySequence::Save);
    QTRY_VERIFY2_WITH_TIMEOUT(!hours->hasUnsavedChanges(),
                              qPrintable(hours->findChild<QLabel *>(u"message"_s)->text()), 10000);

    // An account for a clerk of the Bürgeramt, its first password generated.
    row = create(Page::Accounts, [this](RecordFormDialog &form) {
        setText(form, u"login"_s, u"k.klein"_s);
        setText(form, u"name"_s, u"Kim Klein"_s);
        tick(form, u"roles"_s, {u"clerk"_s});
        tick(form, u"officeIds"_s, {m_office});
        m_clerkPassword = form.findChild<QLineEdit *>(u"initialPassword"_s)->text();
    });
    QVERIFY(row >= 0);
    QVERIFY(m_clerkPassword.size() >= 12);

    // The office's settings.
    m_workspace->showPage(Page::Settings);
    OfficeSettingsPage *settings = m_workspace->settingsPage();
    chooseOffice(settings, m_office);
    auto *noShow = settings->findChild<QSpinBox *>(u"noShowAfterCalls"_s);
    auto *save = settings->findChild<QPushButton *>(u"saveButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled(), 10000);
    QCOMPARE(noShow->value(), noShow->minimum()); // the server's default
    noShow->setValue(3);
    // Mindestvorlauf für die Anmeldung: unset it reads the default of 7 days.
    auto *lead = settings->findChild<QSpinBox *>(u"registrationLeadDays"_s);
    QVERIFY(lead);
    QCOMPARE(lead->value(), lead->minimum());
    QVERIFY2(lead->specialValueText().contains(u"7"_s), qPrintable(lead->specialValueText()));
    lead->setValue(10);
    // The calling order: unset, the server's (Tresen's) is named.
    auto *policy = settings->findChild<QComboBox *>(u"dispatchPolicy"_s);
    QVERIFY(policy);
    QCOMPARE(policy->currentIndex(), 0);
    QVERIFY2(policy->currentText().contains(OfficeSettingsPage::tr("Tresen: shorter waits")),
             qPrintable(policy->currentText()));
    policy->setCurrentIndex(policy->findData(u"fifo"_s));
    save->click();
    QTRY_COMPARE_WITH_TIMEOUT(settings->findChild<QLabel *>(u"message"_s)->text(),
                              OfficeSettingsPage::tr("The settings were saved."), 10000);

    // The server has it all.
    const QJsonArray offices = get(u"/api/v1/offices"_s).toArray();
    QCOMPARE(offices.size(), 2);
    QCOMPARE(offices.at(0)[u"name"_s].toString(), u"Bürgeramt Mitte"_s);
    QCOMPARE(offices.at(0)[u"address"_s].toString(), u"Rathausplatz 1"_s);
    QCOMPARE(offices.at(0)[u"timeZone"_s].toString(), u"Europe/Berlin"_s);
    QCOMPARE(offices.at(1)[u"kind"_s].toString(), u"standesamt"_s);
    const QJsonArray services = get(u"/api/v1/services?officeId="_s + m_office).toArray();
    QCOMPARE(services.size(), 1);
    QCOMPARE(services.at(0)[u"prefix"_s].toString(), u"AN"_s);
    QCOMPARE(services.at(0)[u"typicalMinutes"_s].toInt(), 12);
    const QJsonArray counters = get(u"/api/v1/counters?officeId="_s + m_office).toArray();
    QCOMPARE(counters.size(), 1);
    QCOMPARE(counters.at(0)[u"serviceIds"_s].toArray().size(), 1);
    QCOMPARE(counters.at(0)[u"serviceIds"_s][0].toVariant().toString(), m_service);
    const QJsonObject openingHours =
        get(u"/api/v1/offices/%1/opening-hours"_s.arg(m_office)).toObject();
    QCOMPARE(openingHours[u"mon"_s].toString(), u"08:00-12:00,13:00-16:00"_s);
    QCOMPARE(openingHours[u"closed"_s].toArray(), QJsonArray{u"2026-12-24"_s});
    const QJsonArray rooms = get(u"/api/v1/wedding/rooms"_s).toArray();
    QCOMPARE(rooms.size(), 1);
    QCOMPARE(rooms.at(0)[u"lastStart"_s].toString(), u"12:00"_s);
    QCOMPARE(rooms.at(0)[u"weekdays"_s].toArray(), (QJsonArray{1, 2, 3, 4, 5}));
    QCOMPARE(get(u"/api/v1/offices/%1/settings"_s.arg(m_office))[u"noShowAfterCalls"_s].toInt(), 3);
    QCOMPARE(get(u"/api/v1/offices/%1/settings"_s.arg(m_office))[u"registrationLeadDays"_s].toInt(),
             10);
    QCOMPARE(get(u"/api/v1/offices/%1/settings"_s.arg(m_office))[u"dispatchPolicy"_s].toString(),
             u"fifo"_s);
    bool clerkFound = false;
    for (const QJsonValue &user : get(u"/api/v1/users"_s).toArray()) {
        if (user[u"login"_s].toString() != u"k.klein"_s)
            continue;
        clerkFound = true;
        QCOMPARE(user[u"roles"_s].toArray(), QJsonArray{u"clerk"_s});
        QCOMPARE(user[u"officeIds"_s].toArray(), QJsonArray{m_office});
        QVERIFY(user[u"active"_s].toBool());
    }
    QVERIFY(clerkFound);
}

void tst_AdministrationWorkspace::theNewClerkWorksAtOnce()
{
    QVERIFY(!m_clerkPassword.isEmpty());
    auto login = m_http->send(
        "POST", u"/api/v1/session"_s,
        QJsonDocument(QJsonObject{{u"login"_s, u"k.klein"_s}, {u"password"_s, m_clerkPassword}})
            .toJson());
    QCOMPARE(login.status, 200);
    const QByteArray token = login.json[u"token"_s].toString().toUtf8();
    m_clerkToken = token;
    // A first password is the administrator's: the clerk chooses their own first.
    QVERIFY(login.json[u"mustChangePassword"_s].toBool());
    QCOMPARE(m_http->get(u"/api/v1/queue?officeId="_s + m_office, token).status, 403);
    {
        const auto changed =
            m_http->send("POST", u"/api/v1/session/password"_s,
                         QJsonDocument(QJsonObject{{u"old"_s, m_clerkPassword},
                                                   {u"new"_s, u"Kim's very own passphrase"_s}})
                             .toJson(),
                         token);
        QCOMPARE(changed.status, 204);
        m_clerkPassword = u"Kim's very own passphrase"_s;
    }
    const auto ticket = m_http->send(
        "POST", u"/api/v1/tickets"_s,
        QJsonDocument(QJsonObject{{u"officeId"_s, m_office}, {u"serviceId"_s, m_service}}).toJson(),
        token);
    QCOMPARE(ticket.status, 201);
    QVERIFY(ticket.json[u"number"_s].toString().startsWith(u"AN"_s));
    const auto called =
        m_http->send("POST", u"/api/v1/counters/%1/call-next"_s.arg(m_counter), "{}", token);
    QCOMPARE(called.status, 200);
    QCOMPARE(idOf(called.json), idOf(ticket.json));
    m_calledTicket = idOf(ticket.json);
}

void tst_AdministrationWorkspace::aSlipIsNamedAndNotSent()
{
    m_workspace->showPage(Page::Services);
    RecordTablePage *page = m_workspace->recordPage(Page::Services);
    chooseOffice(page, m_office);
    QTableView *view = page->view();
    RecordTableModel *services = m_workspace->models().services;
    const int prefixColumn = services->columnOf(u"prefix"_s);
    const QModelIndex cell = view->model()->index(0, prefixColumn);
    QVERIFY(cell.isValid());
    view->setFocus();
    view->setCurrentIndex(cell);
    QTest::keyClick(view, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(view->indexWidget(cell));
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, u"A1"_s);
    QSignalSpy invalid(services, &RecordTableModel::invalid);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(invalid.size(), 1); // the delegate commits queued
    auto *message = page->findChild<QLabel *>(u"message"_s);
    QVERIFY2(message->text().contains(u"Prefix"_s), qPrintable(message->text()));
    QCOMPARE(cell.data().toString(), u"AN"_s);
    // Nothing reached the server.
    QCOMPARE(get(u"/api/v1/services?officeId="_s + m_office)[0][u"prefix"_s].toString(), u"AN"_s);
    QCOMPARE(get(u"/api/v1/services?officeId="_s + m_office)[0][u"version"_s].toInt(),
             services->record(0).value(u"version"_s).toInt());

    // A good edit is sent at once.
    QSignalSpy saved(services, &RecordTableModel::saved);
    QVERIFY(services->setData(services->index(services->rowOf(m_service), prefixColumn), u"am"_s));
    QVERIFY(saved.wait(10000));
    QCOMPARE(get(u"/api/v1/services?officeId="_s + m_office)[0][u"prefix"_s].toString(), u"AM"_s);
}

void tst_AdministrationWorkspace::aServicesLetterTextsHaveSeveralLines()
{
    // What to bring and how to cancel: edited in the table, over several lines.
    m_workspace->showPage(Page::Services);
    RecordTablePage *page = m_workspace->recordPage(Page::Services);
    chooseOffice(page, m_office);
    QTableView *view = page->view();
    RecordTableModel *services = m_workspace->models().services;
    const int column = services->columnOf(u"bringAlong"_s);
    QVERIFY(column >= 0);
    QVERIFY(services->columnOf(u"confirmationNote"_s) >= 0);
    QCOMPARE(services->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString(),
             u"Please bring"_s);
    const QModelIndex cell = view->model()->index(0, column);
    m_workspace->activateWindow(); // leaving the field moves the focus: only in an active window
    QVERIFY(QTest::qWaitForWindowActive(m_workspace.get()));
    view->setFocus();
    view->setCurrentIndex(cell);
    QTest::keyClick(view, Qt::Key_F2);
    auto *editor = qobject_cast<QPlainTextEdit *>(view->indexWidget(cell));
    QVERIFY(editor);
    QVERIFY(editor->height() >= 4 * editor->fontMetrics().lineSpacing());
    QTest::keyClicks(editor, u"ein biometrisches Passfoto"_s);
    QTest::keyClick(editor, Qt::Key_Return); // a new line, not the end of the edit
    QTest::keyClicks(editor, u"den alten Ausweis"_s);
    QCOMPARE(view->indexWidget(cell), editor);
    QSignalSpy saved(services, &RecordTableModel::saved);
    QTest::keyClick(editor, Qt::Key_Tab); // leaves the cell: stored
    QVERIFY(saved.wait(10000));
    const QJsonValue stored = get(u"/api/v1/services?officeId="_s + m_office)[0];
    QCOMPARE(stored[u"bringAlong"_s].toString(),
             u"ein biometrisches Passfoto\nden alten Ausweis"_s);
    // The cell shows the first line, the tooltip all of it.
    QCOMPARE(cell.data().toString(), u"ein biometrisches Passfoto …"_s);
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(),
             u"ein biometrisches Passfoto\nden alten Ausweis"_s);
}

void tst_AdministrationWorkspace::retiringAsksFirst()
{
    m_workspace->showPage(Page::Counters);
    RecordTablePage *page = m_workspace->recordPage(Page::Counters);
    chooseOffice(page, m_office);
    RecordTableModel *counters = m_workspace->models().counters;
    page->view()->setCurrentIndex(page->view()->model()->index(0, 0));
    QCOMPARE(page->currentRow(), counters->rowOf(m_counter));
    auto *retire = page->findChild<QPushButton *>(u"retireButton"_s);

    // Cancel: nothing happens.
    bool asked = false;
    TestSupport::onNextModal([&asked](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        asked = box && box->text().contains(u"Schalter 1"_s);
        if (box)
            box->button(QMessageBox::Cancel)->click();
    });
    retire->click();
    QVERIFY(asked);
    QVERIFY(get(u"/api/v1/counters/"_s + m_counter)[u"active"_s].toBool());

    const auto confirm = [] {
        TestSupport::onNextModal([](QWidget *modal) {
            if (auto *box = qobject_cast<QMessageBox *>(modal))
                acceptButton(box)->click(); // "Retire…"
        });
    };
    // While it serves a ticket, the server refuses; the table says why.
    QVERIFY(!m_calledTicket.isEmpty());
    QSignalSpy failed(counters, &RecordTableModel::failed);
    confirm();
    retire->click();
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.at(0).at(0).toString(),
             AdminProblem::tr("It is still in use (waiting tickets, coming appointments or "
                              "weddings), so it cannot be retired yet."));
    QVERIFY(counters->record(counters->rowOf(m_counter)).value(u"active"_s).toBool());

    // Once the ticket is finished: retired, and hidden unless asked for.
    for (const QString &action : {u"start"_s, u"finish"_s}) {
        QCOMPARE(m_http
                     ->send("POST", u"/api/v1/tickets/%1/%2"_s.arg(m_calledTicket, action), "{}",
                            m_clerkToken)
                     .status,
                 200);
    }
    QSignalSpy saved(counters, &RecordTableModel::saved);
    confirm();
    retire->click();
    QVERIFY(saved.wait(10000));
    QVERIFY(!get(u"/api/v1/counters/"_s + m_counter)[u"active"_s].toBool());
    QCOMPARE(page->view()->model()->rowCount(), 0);
    QVERIFY(page->findChild<QLabel *>(u"emptyState"_s)->isVisibleTo(page));
    page->findChild<QCheckBox *>(u"showRetired"_s)->setChecked(true);
    QCOMPARE(page->view()->model()->rowCount(), 1);

    // Reactivating needs no question.
    page->view()->setCurrentIndex(page->view()->model()->index(0, 0));
    QCOMPARE(retire->text(), AdministrationWorkspace::tr("Re&activate"));
    retire->click();
    QVERIFY(saved.wait(10000));
    QVERIFY(get(u"/api/v1/counters/"_s + m_counter)[u"active"_s].toBool());
}

void tst_AdministrationWorkspace::someoneElsesChangeIsShownNotOverwritten()
{
    RecordTableModel *services = m_workspace->models().services;
    const int row = services->rowOf(m_service);
    const int version = services->record(row).value(u"version"_s).toInt();
    // Another administrator renames it meanwhile.
    const auto other = m_http->send(
        "PATCH", u"/api/v1/services/"_s + m_service,
        QJsonDocument(QJsonObject{{u"name"_s, u"Wohnsitz anmelden"_s}, {u"version"_s, version}})
            .toJson(),
        m_adminToken);
    QCOMPARE(other.status, 200);

    QSignalSpy failed(services, &RecordTableModel::failed);
    QSignalSpy reloaded(services, &RecordTableModel::loaded);
    QVERIFY(services->setData(services->index(row, services->columnOf(u"name"_s)), u"Ummeldung"_s));
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.at(0).at(0).toString().contains(u"Someone else"_s),
             qPrintable(failed.at(0).at(0).toString()));
    QVERIFY(reloaded.wait(10000));
    QCOMPARE(services->record(services->rowOf(m_service)).value(u"name"_s).toString(),
             u"Wohnsitz anmelden"_s);
    QCOMPARE(get(u"/api/v1/services?officeId="_s + m_office)[0][u"name"_s].toString(),
             u"Wohnsitz anmelden"_s);
}

void tst_AdministrationWorkspace::unsavedOpeningHoursAreKept()
{
    m_workspace->showPage(Page::OpeningHours);
    OpeningHoursPage *hours = m_workspace->openingHoursPage();
    chooseOffice(hours, m_office);
    auto *tuesday = hours->findChild<QLineEdit *>(u"tue"_s);
    QTRY_COMPARE_WITH_TIMEOUT(hours->findChild<QLineEdit *>(u"mon"_s)->text(),
                              u"08:00-12:00,13:00-16:00"_s, 10000);
    tuesday->setFocus();
    QTest::keyClicks(tuesday, u"09:00-08:00"_s);
    auto *save = hours->findChild<QPushButton *>(u"saveButton"_s);
    QVERIFY(!save->isEnabled()); // ends before it starts: named, not sendable
    QVERIFY(hours->hasUnsavedChanges());

    // Choosing another office asks; Cancel keeps the typing.
    bool asked = false;
    TestSupport::onNextModal([&asked](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        asked = box != nullptr;
        if (box)
            box->button(QMessageBox::Cancel)->click();
    });
    chooseOffice(hours, m_standesamt);
    QVERIFY(asked);
    QCOMPARE(hours->findChild<QComboBox *>(u"officeBox"_s)->currentData().toString(), m_office);
    QCOMPARE(tuesday->text(), u"09:00-08:00"_s);

    // Discarding: the saved week is back.
    auto *monday = hours->findChild<QLineEdit *>(u"mon"_s);
    monday->setText(u"10:00-11:00"_s);
    hours->findChild<QPushButton *>(u"revertButton"_s)->click();
    QCOMPARE(tuesday->text(), QString());
    QCOMPARE(monday->text(), u"08:00-12:00,13:00-16:00"_s);
    QVERIFY(!hours->hasUnsavedChanges());
}

void tst_AdministrationWorkspace::anotherAdminsHoursAndSettingsAreNotOverwritten()
{
    m_workspace->showPage(Page::OpeningHours);
    OpeningHoursPage *hours = m_workspace->openingHoursPage();
    chooseOffice(hours, m_office);
    auto *wednesday = hours->findChild<QLineEdit *>(u"wed"_s);
    QTRY_COMPARE_WITH_TIMEOUT(hours->findChild<QLineEdit *>(u"mon"_s)->text(),
                              u"08:00-12:00,13:00-16:00"_s, 10000);
    // Another administrator saves Friday meanwhile.
    QJsonObject theirs = get(u"/api/v1/offices/%1/opening-hours"_s.arg(m_office)).toObject();
    theirs.insert(u"fri"_s, u"07:00-12:00"_s);
    QCOMPARE(m_http
                 ->send("PUT", u"/api/v1/offices/%1/opening-hours"_s.arg(m_office),
                        QJsonDocument(theirs).toJson(), m_adminToken)
                 .status,
             200);

    wednesday->setFocus();
    QTest::keyClicks(wednesday, u"14:00-18:00"_s);
    auto *save = hours->findChild<QPushButton *>(u"saveButton"_s);
    auto *message = hours->findChild<QLabel *>(u"message"_s);
    save->click();
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(u"Someone else"_s), 10000);
    QCOMPARE(wednesday->text(), u"14:00-18:00"_s); // what was typed is kept
    QVERIFY(hours->hasUnsavedChanges());
    QCOMPARE(get(u"/api/v1/offices/%1/opening-hours"_s.arg(m_office))[u"wed"_s].toString(),
             QString());
    // Saving again replaces theirs knowingly.
    save->click();
    QTRY_VERIFY_WITH_TIMEOUT(!hours->hasUnsavedChanges(), 10000);
    QCOMPARE(get(u"/api/v1/offices/%1/opening-hours"_s.arg(m_office))[u"wed"_s].toString(),
             u"14:00-18:00"_s);

    // Settings: theirs are shown, ours not written.
    m_workspace->showPage(Page::Settings);
    OfficeSettingsPage *settings = m_workspace->settingsPage();
    chooseOffice(settings, m_office);
    auto *waitTarget = settings->findChild<QSpinBox *>(u"waitTargetMinutes"_s);
    auto *saveSettings = settings->findChild<QPushButton *>(u"saveButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(saveSettings->isEnabled(), 10000);
    QJsonObject other = get(u"/api/v1/offices/%1/settings"_s.arg(m_office)).toObject();
    other.remove(u"effective"_s);
    other.insert(u"waitTargetMinutes"_s, 45);
    QCOMPARE(m_http
                 ->send("PUT", u"/api/v1/offices/%1/settings"_s.arg(m_office),
                        QJsonDocument(other).toJson(), m_adminToken)
                 .status,
             200);
    waitTarget->setValue(25);
    saveSettings->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        settings->findChild<QLabel *>(u"message"_s)->text().contains(u"Someone else"_s), 10000);
    QCOMPARE(waitTarget->value(), 45);
    QCOMPARE(get(u"/api/v1/offices/%1/settings"_s.arg(m_office))[u"waitTargetMinutes"_s].toInt(),
             45);

    // The wait target is in the Offices table too: a change there meets the
    // settings page still showing the old one as a conflict, not an overwrite.
    RecordTableModel *offices = m_workspace->models().offices;
    QSignalSpy officesLoaded(offices, &RecordTableModel::loaded);
    offices->reload(); // the office changed with the settings above (F5 in the workspace)
    QVERIFY(officesLoaded.wait(10000));
    QSignalSpy officeSaved(offices, &RecordTableModel::saved);
    QVERIFY(offices->setData(
        offices->index(offices->rowOf(m_office), offices->columnOf(u"waitTargetMinutes"_s)), 15));
    QVERIFY(officeSaved.wait(10000));
    auto *noShow = settings->findChild<QSpinBox *>(u"noShowAfterCalls"_s);
    noShow->setValue(4);
    auto *settingsMessage = settings->findChild<QLabel *>(u"message"_s);
    settingsMessage->clear(); // the conflict above said the same
    saveSettings->click();
    QTRY_VERIFY_WITH_TIMEOUT(settingsMessage->text().contains(u"Someone else"_s), 10000);
    QCOMPARE(waitTarget->value(), 15);
    const QJsonObject now = get(u"/api/v1/offices/%1/settings"_s.arg(m_office)).toObject();
    QCOMPARE(now[u"waitTargetMinutes"_s].toInt(), 15);
    QCOMPARE(now[u"noShowAfterCalls"_s].toInt(), 3);
}

void tst_AdministrationWorkspace::anAccountsOfficesAreNeverDroppedUnseen()
{
    // Before the offices have loaded there is nothing to choose from: the
    // account's offices cannot be edited (an empty list means every office).
    RecordTableModel accounts(m_client.get(), u"/api/v1/users"_s,
                              AdministeredKinds::accountFields());
    QSignalSpy loaded(&accounts, &RecordTableModel::loaded);
    accounts.reload();
    QVERIFY(loaded.wait(10000));
    QVERIFY(accounts.rowCount() > 0);
    const QModelIndex officesCell = accounts.index(0, accounts.columnOf(u"officeIds"_s));
    QVERIFY(!(accounts.flags(officesCell) & Qt::ItemIsEditable));
    accounts.setChoices(u"officeIds"_s, {{m_office, u"Bürgeramt Mitte"_s}});
    QVERIFY(accounts.flags(officesCell) & Qt::ItemIsEditable);

    // An office not on offer stays ticked in the editor and is sent back.
    RecordField offices = AdministeredKinds::accountFields().at(accounts.columnOf(u"officeIds"_s));
    offices.choices = {{m_office, u"Bürgeramt Mitte"_s}};
    QWidget parent;
    QWidget *editor = RecordFieldEditor::create(offices, &parent);
    RecordFieldEditor::setValue(editor, offices, QStringList{m_office, u"999"_s});
    QCOMPARE(RecordFieldEditor::value(editor, offices), QVariant(QStringList{m_office, u"999"_s}));
}

void tst_AdministrationWorkspace::resettingAPasswordAsksAndShowsItOnce()
{
    m_workspace->showPage(Page::Accounts);
    RecordTablePage *page = m_workspace->recordPage(Page::Accounts);
    RecordTableModel *accounts = m_workspace->models().accounts;
    int row = -1;
    for (int i = 0; i < accounts->rowCount(); ++i) {
        if (accounts->record(i).value(u"login"_s).toString() == u"k.klein"_s)
            row = i;
    }
    QVERIFY(row >= 0);
    for (int i = 0; i < page->view()->model()->rowCount(); ++i) {
        if (page->view()->model()->index(i, 0).data().toString() == u"k.klein"_s)
            page->view()->setCurrentIndex(page->view()->model()->index(i, 0));
    }
    QCOMPARE(page->currentRow(), row);

    TestSupport::onNextModal([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (box)
            acceptButton(box)->click(); // "Reset password"
    });
    QSignalSpy reloaded(accounts, &RecordTableModel::loaded);
    page->findChild<QPushButton *>(u"resetPasswordButton"_s)->click();
    QVERIFY(reloaded.wait(10000));
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_workspace->findChild<QMessageBox *>(u"newPasswordBox"_s)));
    const QString text = box->informativeText();
    const qsizetype start = text.indexOf(u'>', text.indexOf(u"monospace"_s)) + 1;
    const QString password = text.mid(start, text.indexOf(u'<', start) - start);
    QVERIFY(password.size() >= 12);
    box->accept();

    // The old password is gone, the new one works and must be changed.
    const auto refused = m_http->login(u"k.klein"_s, m_clerkPassword);
    QVERIFY(refused.isEmpty());
    const auto login = m_http->send(
        "POST", u"/api/v1/session"_s,
        QJsonDocument(QJsonObject{{u"login"_s, u"k.klein"_s}, {u"password"_s, password}}).toJson());
    QCOMPARE(login.status, 200);
    QVERIFY(login.json[u"mustChangePassword"_s].toBool());
    QVERIFY(accounts->record(row).value(u"mustChangePassword"_s).toBool());
}

void tst_AdministrationWorkspace::theAuditLogIsReadFilteredAndExported()
{
    m_workspace->showPage(Page::Audit);
    AuditPage *page = m_workspace->auditPage();
    AuditLogModel *audit = m_workspace->models().audit;
    QTRY_VERIFY_WITH_TIMEOUT(audit->rowCount() > 0, 10000);
    QStringList actions;
    for (int row = 0; row < audit->rowCount(); ++row)
        actions.append(audit->entry(row).value(u"action"_s).toString());
    for (const QString &made :
         {u"office.create"_s, u"service.create"_s, u"counter.create"_s, u"wedding-room.create"_s,
          u"opening-hours.update"_s, u"user.create"_s, u"office-settings.update"_s})
        QVERIFY2(actions.contains(made), qPrintable(made));

    auto *action = page->findChild<QComboBox *>(u"actionFilter"_s);
    action->setCurrentIndex(action->findData(u"office.create"_s));
    QSignalSpy loaded(audit, &AuditLogModel::loaded);
    page->findChild<QPushButton *>(u"applyButton"_s)->click();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(audit->rowCount(), 2);
    QCOMPARE(audit->index(0, AuditLogModel::ActionColumn).data().toString(),
             AuditLogModel::actionLabel(u"office.create"_s));
    QCOMPARE(audit->index(0, AuditLogModel::LoginColumn).data().toString(), u"it-admin"_s);

    const QString path = m_dir.filePath(u"protokoll.csv"_s);
    bool written = false;
    bool finished = false;
    page->exportTo(path, [&](bool ok) {
        written = ok;
        finished = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(finished, 10000);
    QVERIFY(written);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QVERIFY(lines.at(0).startsWith("id,at,login,action"));
    QCOMPARE(lines.size(), 3); // the header and the two offices
    QVERIFY(lines.at(1).contains(",office.create,"));
}

QTEST_MAIN(tst_AdministrationWorkspace)
#include "tst_administrationworkspace.moc"
