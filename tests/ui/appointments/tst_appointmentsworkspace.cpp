// The Termine workspace against a real server: the day list and the week grid
// show what the server has, search filters, booking through the dialog, the
// check-in field takes a handheld scanner's input, cancelling asks first, the
// confirmation PDF carries a QR code that reads back as the booking code, and
// changes made offline are shown as waiting and arrive later.

#include "core/appointments/appointmentbook.h"
#include "core/appointments/appointmentmodels.h"
#include "core/documents/codereader.h"
#include "core/documents/documentpages.h"
#include "core/domain/isotime.h"
#include "modals.h"
#include "server/instance/backend.h"
#include "server/instance/serverinstance.h"
#include "testsupport.h"
#include "ui/appointments/appointmentdialog.h"
#include "ui/appointments/appointmentsworkspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTimer>

using namespace Qt::StringLiterals;

using TestSupport::onNextModal;

class tst_AppointmentsWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void dayListShowsWhatTheServerHas();
    void unreadableAppointmentIsPassedOverWithAWarning();
    void searchAndEmptyState();
    void weekGridCountsHalfHours();
    void bookingThroughTheDialog();
    void checkInFieldTakesScannerInput();
    void checkInPrintsTheSlipAndRepeatsTheNumber();
    void offlineCheckInTakesOnlyTodaysKnownCodes();
    void cancelAsksFirst();
    void confirmationCarriesTheQrCode();
    void offlineChangesWaitAndArrive();

private:
    QJsonArray serverDay(QDate day);
    QTableView *dayView() const { return m_workspace->findChild<QTableView *>(u"dayView"_s); }
    QTableView *weekView() const { return m_workspace->findChild<QTableView *>(u"weekView"_s); }
    QString bookOnServer(QDate day, const QTime &time, const QString &name,
                         const QString &serviceId = u"1"_s, QString *id = nullptr);
    void selectRowOf(const QString &id);
    // A booking for today (the server's clock is put before opening for it);
    // empty when the office is closed today.
    QString bookToday(const QString &name);
    static QString pdfText(const QString &pdf);

    // Each test its own server, clerk and workspace: none sees what another did.
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerInstance> m_server;
    std::unique_ptr<TestSupport::HttpClient> m_http;
    QByteArray m_token;
    std::unique_ptr<TestSupport::SyncedClient> m_clerk;
    std::unique_ptr<AppointmentBook> m_book;
    std::unique_ptr<AppointmentsWorkspace> m_workspace;
    std::unique_ptr<QAbstractItemModelTester> m_dayModelTester;
    std::unique_ptr<QAbstractItemModelTester> m_weekModelTester;
};

void tst_AppointmentsWorkspace::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_server = TestSupport::startDemoServer(*m_dir, &error);
    QVERIFY2(m_server, qPrintable(error));
    m_http = std::make_unique<TestSupport::HttpClient>(QUrl(m_server->baseUrl()));
    m_token = m_http->login(u"yilmaz"_s, u"demo"_s);
    m_clerk = TestSupport::SyncedClient::connect(QUrl(m_server->baseUrl()), u"mueller"_s, u"demo"_s,
                                                 m_dir->filePath(u"cache.db"_s), &error);
    QVERIFY2(m_clerk, qPrintable(error));
    m_clerk->sync->outbox().setRetryInterval(100);
    m_book = std::make_unique<AppointmentBook>(m_clerk->client.get(), m_clerk->store.get(),
                                               m_clerk->sync.get());
    m_workspace = std::make_unique<AppointmentsWorkspace>(m_book.get(), m_clerk->store.get(),
                                                          m_clerk->sync.get());
    // Every fill, refresh and emptying of the day list and the week grid that
    // a test causes is checked against the model rules.
    m_dayModelTester = std::make_unique<QAbstractItemModelTester>(
        dayView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_weekModelTester = std::make_unique<QAbstractItemModelTester>(
        weekView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_workspace->setConfirmationFolder(m_dir->filePath(u"confirmations"_s));
    m_workspace->setTicketFolder(m_dir->filePath(u"tickets"_s));
    m_workspace->resize(1200, 760);
    m_workspace->show();
    QVERIFY(QTest::qWaitForWindowActive(m_workspace.get()));
}

void tst_AppointmentsWorkspace::cleanup()
{
    m_weekModelTester.reset();
    m_dayModelTester.reset();
    m_workspace.reset();
    m_book.reset();
    m_clerk.reset();
    m_http.reset();
    m_server.reset();
    m_dir.reset();
}

QJsonArray tst_AppointmentsWorkspace::serverDay(QDate day)
{
    return m_http
        ->get(u"/api/v1/appointments?officeId=1&from=%1"_s.arg(day.toString(Qt::ISODate)), m_token)
        .json.toArray();
}

QString tst_AppointmentsWorkspace::bookOnServer(QDate day, const QTime &time, const QString &name,
                                                const QString &serviceId, QString *id)
{
    const auto result = m_http->send(
        "POST", u"/api/v1/appointments"_s,
        QJsonDocument(
            QJsonObject{{u"serviceId"_s, serviceId},
                        {u"startsAt"_s, isoTimeFromMSecs(QDateTime(day, time).toMSecsSinceEpoch())},
                        {u"name"_s, name}})
            .toJson(),
        m_token);
    if (result.status != 201)
        qWarning("book: %d %s", result.status, result.body.constData());
    if (id)
        *id = result.json.toObject().value(u"id"_s).toString();
    return result.json.toObject().value(u"bookingCode"_s).toString();
}

void tst_AppointmentsWorkspace::selectRowOf(const QString &id)
{
    auto *model = qobject_cast<AppointmentDayModel *>(dayView()->model());
    QTRY_VERIFY(model->rowOf(id) >= 0);
    dayView()->selectRow(model->rowOf(id));
}

void tst_AppointmentsWorkspace::dayListShowsWhatTheServerHas()
{
    // The demo's first working day from today on has appointments.
    QDate day = QDate::currentDate();
    while (serverDay(day).isEmpty() && day < QDate::currentDate().addDays(7))
        day = day.addDays(1);
    const QJsonArray expected = serverDay(day);
    QVERIFY(!expected.isEmpty());
    m_workspace->setDay(day);
    QTRY_COMPARE(dayView()->model()->rowCount(), int(expected.size()));
    const QModelIndex firstName = dayView()->model()->index(0, AppointmentDayModel::Name);
    QCOMPARE(firstName.data().toString(), expected.at(0).toObject().value(u"name"_s).toString());
    QCOMPARE(dayView()->model()->index(0, AppointmentDayModel::Code).data().toString(),
             expected.at(0).toObject().value(u"bookingCode"_s).toString());
    QVERIFY(!m_workspace->findChild<QLabel *>(u"emptyLabel"_s)->isVisible());
}

void tst_AppointmentsWorkspace::unreadableAppointmentIsPassedOverWithAWarning()
{
    QDate day = QDate::currentDate();
    while (serverDay(day).size() < 2 && day < QDate::currentDate().addDays(7))
        day = day.addDays(1);
    const QJsonArray expected = serverDay(day);
    QVERIFY(expected.size() >= 2);
    m_workspace->setDay(day);
    QTRY_COMPARE(dayView()->model()->rowCount(), int(expected.size()));

    const qint64 from = QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch();
    const qsizetype readable = m_book->between(from, from + 24 * 3600 * 1000).size();
    QVERIFY(readable >= expected.size());

    // A row as a later version might write it: a status this one does not know.
    QJsonObject unknown = expected.at(0).toObject();
    unknown.insert(u"status"_s, u"rescheduled"_s);
    const QString id = unknown.value(u"id"_s).toString();
    const auto cursor = m_clerk->store->cursor();
    QVERIFY2(cursor, qPrintable(cursor.error()));
    const auto applied = m_clerk->store->apply(
        {TestSupport::upsertChange(*cursor + 1, u"appointment"_s, unknown)}, *cursor + 1);
    QVERIFY2(applied, qPrintable(applied.error()));

    const QByteArray warning = "Appointments: appointment " + id.toUtf8() +
                               " passed over: status is not one of the known names";
    QTest::ignoreMessage(QtWarningMsg, warning.constData());
    const QList<Appointment> listed = m_book->between(from, from + 24 * 3600 * 1000);
    QCOMPARE(listed.size(), readable - 1);
    for (const Appointment &a : listed)
        QVERIFY(a.id != id);
    QTest::ignoreMessage(QtWarningMsg, ("Appointment: appointment " + id.toUtf8() +
                                        " passed over: status is not one of the known names")
                                           .constData());
    QVERIFY(!m_book->find(id));
}

void tst_AppointmentsWorkspace::searchAndEmptyState()
{
    const QDate monday = TestSupport::mondayWeeksAhead(3);
    bookOnServer(monday, QTime(9, 0), u"Waltraud Suchbar"_s);
    bookOnServer(monday, QTime(9, 15), u"Anderer Mensch"_s);
    m_workspace->setDay(monday);
    QTRY_COMPARE(dayView()->model()->rowCount(), 2);
    // The search looks through every day in a list of its own (see
    // tst_appointmentsplanning); the day list stays whole.
    auto *search = m_workspace->findChild<QLineEdit *>(u"searchField"_s);
    QTest::keySequence(m_workspace.get(), QKeySequence::Find);
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, u"suchbar"_s);
    QCOMPARE(dayView()->model()->rowCount(), 2);
    QVERIFY(!dayView()->isVisible());
    search->clear();
    QVERIFY(dayView()->isVisible());
    auto *empty = m_workspace->findChild<QLabel *>(u"emptyLabel"_s);
    QVERIFY(!empty->isVisible());
    m_workspace->setDay(monday.addDays(-1)); // Sunday
    QCOMPARE(dayView()->model()->rowCount(), 0);
    QVERIFY(empty->isVisible());
}

void tst_AppointmentsWorkspace::weekGridCountsHalfHours()
{
    const QDate monday = TestSupport::mondayWeeksAhead(4);
    bookOnServer(monday, QTime(8, 0), u"A"_s);
    bookOnServer(monday, QTime(8, 15), u"B"_s);
    bookOnServer(monday.addDays(2), QTime(14, 30), u"C"_s);
    m_workspace->setDay(monday.addDays(3));
    m_workspace->showWeek(true);
    auto *grid = weekView();
    QVERIFY(grid->isVisible());
    auto *model = qobject_cast<AppointmentWeekModel *>(grid->model());
    QCOMPARE(model->monday(), monday);
    QTRY_COMPARE(model->countAt(2, 0), 2); // 08:00-08:30, Monday
    QCOMPARE(model->countAt(15, 2), 1);    // 14:30, Wednesday
    int total = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column)
            total += model->countAt(row, column);
    }
    QCOMPARE(total, 3);
    QVERIFY(model->index(2, 0).data(Qt::ToolTipRole).toString().contains(u"08:15"_s));
    // A double click opens the day.
    // Once the grid's columns are laid out, the cell is on screen.
    QTRY_VERIFY(grid->visualRect(model->index(15, 2)).isValid() &&
                grid->viewport()->rect().contains(grid->visualRect(model->index(15, 2)).center()));
    const QRect cell = grid->visualRect(model->index(15, 2));
    // A real double click: press and release, then the double click.
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(grid->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(m_workspace->day(), monday.addDays(2));
    QVERIFY(dayView()->isVisible());
}

void tst_AppointmentsWorkspace::bookingThroughTheDialog()
{
    const QDate monday = TestSupport::mondayWeeksAhead(5);
    m_workspace->setDay(monday);
    QSignalSpy booked(m_book.get(), &AppointmentBook::booked);
    bool dialogSeen = false;
    onNextModal([&dialogSeen](QWidget *modal) {
        auto *dialog = qobject_cast<AppointmentDialog *>(modal);
        if (!dialog)
            return;
        dialogSeen = true;
        // The server's free times arrive; the first is chosen.
        (void)QTest::qWaitFor([dialog] { return dialog->slotList()->count() > 0; }, 10000);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"nameEdit"_s), u"Dora Dialog"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"phoneEdit"_s), u"0151 777"_s);
        dialog->accept();
    });
    QTest::keyClick(m_workspace.get(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(dialogSeen);
    QTRY_COMPARE(booked.count(), 1);
    const Appointment made = booked.at(0).at(0).value<Appointment>();
    QCOMPARE(made.name, u"Dora Dialog"_s);
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(made.startsAt), QDateTime(monday, QTime(8, 0)));
    QCOMPARE(serverDay(monday).size(), 1);
    auto *notice = m_workspace->findChild<QLabel *>(u"noticeLabel"_s);
    QVERIFY(notice->text().contains(made.bookingCode));
    QTRY_VERIFY(qobject_cast<AppointmentDayModel *>(dayView()->model())->rowOf(made.id) >= 0);
}

void tst_AppointmentsWorkspace::checkInFieldTakesScannerInput()
{
    // A booking for today: the server's clock is put before opening for it.
    const QDate today = QDate::currentDate();
    Backend &backend = m_server->backend();
    backend.clock = [today] { return QDateTime(today, QTime(7, 0)).toMSecsSinceEpoch(); };
    QString code;
    for (int minute = 0; code.isEmpty() && minute < 8 * 60; minute += 5)
        code = bookOnServer(today, QTime(8, 0).addSecs(minute * 60), u"Scan Kundin"_s, u"6"_s);
    backend.clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
    if (code.isEmpty())
        QSKIP("The Bürgeramt is closed today (weekend); check-in is tested on the server.");
    QTRY_VERIFY(m_book->findByCode(code).has_value());

    auto *field = m_workspace->findChild<QLineEdit *>(u"checkInField"_s);
    auto *result = m_workspace->findChild<QLabel *>(u"checkInResult"_s);
    m_workspace->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_workspace.get()));
    m_workspace->setFocus();
    QVERIFY(field->hasFocus()); // the workspace's focus goes straight to the field

    QTest::keyClicks(field, u"kein code"_s);
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(result->text().contains(u"kein code"_s));
    QCOMPARE(field->text(), u"kein code"_s); // kept, selected, to type over

    // A handheld scanner types fast and ends with Enter.
    QTest::keyClicks(field, code.toLower());
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(field->text().isEmpty());
    QTRY_VERIFY(result->text().contains(u"Scan Kundin"_s));
    QVERIFY(result->text().contains(u"F0"_s)); // Meldebescheinigung: F…

    QTest::keyClicks(field, code);
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(result->text().contains(u"already"_s));
}

QString tst_AppointmentsWorkspace::bookToday(const QString &name)
{
    const QDate today = QDate::currentDate();
    Backend &backend = m_server->backend();
    backend.clock = [today] { return QDateTime(today, QTime(7, 0)).toMSecsSinceEpoch(); };
    QString code;
    for (int minute = 0; code.isEmpty() && minute < 8 * 60; minute += 5)
        code = bookOnServer(today, QTime(8, 0).addSecs(minute * 60), name, u"6"_s);
    backend.clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
    return code;
}

QString tst_AppointmentsWorkspace::pdfText(const QString &pdf)
{
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {pdf, u"-"_s});
    if (!pdftotext.waitForFinished(30000))
        return {};
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

void tst_AppointmentsWorkspace::checkInPrintsTheSlipAndRepeatsTheNumber()
{
    const QString code = bookToday(u"Zettel Kunde"_s);
    if (code.isEmpty())
        QSKIP("The Bürgeramt is closed today (weekend); check-in is tested on the server.");
    QTRY_VERIFY(m_book->findByCode(code).has_value());
    auto *result = m_workspace->findChild<QLabel *>(u"checkInResult"_s);

    m_workspace->checkIn(code);
    QTRY_VERIFY(result->text().contains(u"Zettel Kunde"_s));
    const QJsonObject appointment =
        m_http->get(u"/api/v1/appointments/"_s + m_book->findByCode(code)->id, m_token)
            .json.toObject();
    const QJsonObject ticket =
        m_http->get(u"/api/v1/tickets/"_s + appointment.value(u"ticketId"_s).toString(), m_token)
            .json.toObject();
    const QString number = ticket.value(u"number"_s).toString();
    QVERIFY(number.startsWith(u'F')); // Meldebescheinigung: F…
    QVERIFY(result->text().contains(number));

    // No printer here: the slip is a PDF, as at the front desk, with the number on it.
    const QString slip = m_workspace->lastTicketSlipFile();
    QVERIFY2(QFile::exists(slip), qPrintable(slip));
    QVERIFY(result->text().contains(QDir::toNativeSeparators(slip)));
    const QString text = pdfText(slip);
    QVERIFY2(text.contains(number), qPrintable(text));
    QVERIFY(text.contains(u"Meldebescheinigung"_s));

    // The visitor comes again: the refusal tells the number once more.
    QTRY_COMPARE(m_book->findByCode(code)->status, AppointmentStatus::CheckedIn);
    QTRY_VERIFY(!m_book->ticketNumberOf(*m_book->findByCode(code)).isEmpty());
    m_workspace->checkIn(code);
    QVERIFY(result->text().contains(u"already"_s));
    QVERIFY2(result->text().contains(number), qPrintable(result->text()));
}

void tst_AppointmentsWorkspace::offlineCheckInTakesOnlyTodaysKnownCodes()
{
    const QString code = bookToday(u"Offline Ankunft"_s);
    if (code.isEmpty())
        QSKIP("The Bürgeramt is closed today (weekend); check-in is tested on the server.");
    QTRY_VERIFY(m_book->findByCode(code).has_value());
    auto *field = m_workspace->findChild<QLineEdit *>(u"checkInField"_s);
    auto *result = m_workspace->findChild<QLabel *>(u"checkInResult"_s);

    const DatabaseUrl database = m_server->config().database;
    const quint16 port = m_server->port();
    m_server.reset();
    QTRY_COMPARE_WITH_TIMEOUT(m_clerk->sync->connection(), SyncEngine::Connection::Reconnecting,
                              10000);

    // A well-formed code this computer does not know: refused at once, nothing queued.
    QString unknown = BookingCode::generate();
    while (m_book->findByCode(unknown))
        unknown = BookingCode::generate();
    field->setText(unknown);
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY2(result->text().contains(u"not among today's appointments"_s),
             qPrintable(result->text()));
    QVERIFY(!result->text().contains(u"when the connection is back"_s));
    QCOMPARE(field->text(), unknown); // kept, to correct
    QCOMPARE(m_book->pendingCount(), 0);

    // Today's known code is taken and waits for the connection.
    field->setText(code);
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY2(result->text().contains(u"when the connection is back"_s), qPrintable(result->text()));
    QCOMPARE(m_book->pendingCount(), 1);

    ServerConfig config;
    config.database = database;
    config.port = port;
    m_server = std::make_unique<ServerInstance>(config);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"Offline Ankunft"_s), 20000);
    QVERIFY(result->text().contains(u"Ticket number: F"_s));
    QVERIFY(QFile::exists(m_workspace->lastTicketSlipFile()));
    QCOMPARE(m_book->pendingCount(), 0);
}

void tst_AppointmentsWorkspace::cancelAsksFirst()
{
    const QDate monday = TestSupport::mondayWeeksAhead(6);
    QString id;
    bookOnServer(monday, QTime(10, 0), u"Storno Kandidat"_s, u"1"_s, &id);
    m_workspace->setDay(monday);
    selectRowOf(id);
    m_workspace->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_workspace.get()));
    dayView()->setFocus();

    onNextModal([](QWidget *modal) {
        if (auto *box = qobject_cast<QMessageBox *>(modal))
            box->button(QMessageBox::No)->click();
    });
    QTest::keyClick(dayView(), Qt::Key_Delete);
    QCOMPARE(m_book->find(id)->status, AppointmentStatus::Booked); // "No" keeps it
    m_workspace->activateWindow(); // the closed message box had the focus
    QVERIFY(QTest::qWaitForWindowActive(m_workspace.get()));
    dayView()->setFocus();

    onNextModal([](QWidget *modal) {
        if (auto *box = qobject_cast<QMessageBox *>(modal))
            box->button(QMessageBox::Yes)->click();
    });
    QTest::keyClick(dayView(), Qt::Key_Delete);
    QCOMPARE(m_book->find(id)->status, AppointmentStatus::Cancelled); // shown at once
    QTRY_COMPARE(m_book->pendingCount(), 0);
    QCOMPARE(m_http->get(u"/api/v1/appointments/"_s + id, m_token)
                 .json.toObject()
                 .value(u"status"_s)
                 .toString(),
             u"cancelled"_s);
}

void tst_AppointmentsWorkspace::confirmationCarriesTheQrCode()
{
    const QDate monday = TestSupport::mondayWeeksAhead(7);
    QString id;
    const QString code = bookOnServer(monday, QTime(11, 0), u"Quirin Druck"_s, u"1"_s, &id);
    m_workspace->setDay(monday);
    selectRowOf(id);
    auto *print = m_workspace->findChild<QPushButton *>(u"printButton"_s);
    QVERIFY(print->isEnabled());
    m_workspace->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_workspace.get()));
    QTest::keySequence(m_workspace.get(), QKeySequence::Print);
    const QString pdf = m_workspace->lastConfirmationFile();
    QVERIFY2(QFile::exists(pdf), qPrintable(pdf));

    // Read back like a scanner would: Poppler renders, zxing-cpp decodes.
    const DocumentPages pages = loadDocumentPages(pdf);
    QVERIFY2(pages.error.isEmpty(), qPrintable(pages.error));
    QCOMPARE(pages.pages.size(), 1);
    const QList<DecodedCode> codes = readCodes(pages.pages.first());
    QCOMPARE(codes.size(), 1);
    QCOMPARE(codes.first().format, u"QRCode"_s);
    QCOMPARE(codes.first().text, code);
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {pdf, u"-"_s});
    QVERIFY(pdftotext.waitForFinished(30000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QVERIFY(text.contains(code));
    QVERIFY(text.contains(u"Quirin Druck"_s));
    QVERIFY(text.contains(u"Personalausweis"_s));
}

void tst_AppointmentsWorkspace::offlineChangesWaitAndArrive()
{
    const QDate monday = TestSupport::mondayWeeksAhead(8);
    QString id;
    bookOnServer(monday, QTime(12, 0), u"Offline Storno"_s, u"1"_s, &id);
    m_workspace->setDay(monday);
    selectRowOf(id);

    const DatabaseUrl database = m_server->config().database;
    const quint16 port = m_server->port();
    m_server.reset();
    QTRY_COMPARE_WITH_TIMEOUT(m_clerk->sync->connection(), SyncEngine::Connection::Reconnecting,
                              10000);
    selectRowOf(id);
    onNextModal([](QWidget *modal) {
        if (auto *box = qobject_cast<QMessageBox *>(modal))
            box->button(QMessageBox::Yes)->click();
    });
    QVERIFY(m_workspace->selectedAppointment().has_value());
    m_workspace->cancelSelected();
    QCOMPARE(m_book->pendingCount(), 1);
    auto *pending = m_workspace->findChild<QLabel *>(u"pendingLabel"_s);
    QTRY_VERIFY(pending->isVisible());
    QVERIFY(pending->text().contains(u"1"_s));
    QVERIFY(pending->toolTip().contains(u"Offline Storno"_s));
    auto *model = qobject_cast<AppointmentDayModel *>(dayView()->model());
    const auto statusShown = [model, id] {
        return model->index(model->rowOf(id), AppointmentDayModel::Status).data().toString();
    };
    QVERIFY(statusShown().contains(u"not sent"_s));
    QVERIFY(model->index(model->rowOf(id), AppointmentDayModel::Name)
                .data(Qt::FontRole)
                .value<QFont>()
                .italic());

    // The server comes back on the same address: the change goes out by itself.
    ServerConfig config;
    config.database = database;
    config.port = port;
    m_server = std::make_unique<ServerInstance>(config);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!pending->isVisible(), 20000);
    // Sent: the row is no longer marked as waiting.
    QTRY_COMPARE(statusShown(), AppointmentDayModel::statusText(AppointmentStatus::Cancelled));
    QVERIFY(!model->index(model->rowOf(id), AppointmentDayModel::Name)
                 .data(Qt::FontRole)
                 .value<QFont>()
                 .italic());
    QCOMPARE(m_http->get(u"/api/v1/appointments/"_s + id, m_token)
                 .json.toObject()
                 .value(u"status"_s)
                 .toString(),
             u"cancelled"_s);
}

QTEST_MAIN(tst_AppointmentsWorkspace)
#include "tst_appointmentsworkspace.moc"
