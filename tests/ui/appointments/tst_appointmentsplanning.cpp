// The Termine workspace as a clerk plans with it, against a real server: the
// week grid shows free places (and full slots as full), and Strg+F finds an
// appointment on any day, says which day, and opens that day with it selected.

#include "core/appointments/appointmentbook.h"
#include "core/appointments/appointmentmodels.h"
#include "core/domain/isotime.h"
#include "server/instance/serverinstance.h"
#include "testsupport.h"
#include "ui/appointments/appointmentsworkspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBrush>
#include <QComboBox>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>

using namespace Qt::StringLiterals;

class tst_AppointmentsPlanning : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void weekGridShowsFreePlaces();
    void searchFindsEveryDayAndOpensTheDay();
    void confirmationSaysWhatToBringAndHowToCancel();

private:
    QTableView *dayView() const { return m_workspace->findChild<QTableView *>(u"dayView"_s); }
    QTableView *weekView() const { return m_workspace->findChild<QTableView *>(u"weekView"_s); }
    QTableView *searchView() const { return m_workspace->findChild<QTableView *>(u"searchView"_s); }
    QString bookOnServer(QDate day, const QTime &time, const QString &name,
                         const QString &serviceId, QString *id = nullptr);
    // The text of the confirmation of the appointment `id` (on `day`), as printed.
    QString confirmationText(QDate day, const QString &id);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerInstance> m_server;
    std::unique_ptr<TestSupport::HttpClient> m_http;
    QByteArray m_token;
    std::unique_ptr<TestSupport::SyncedClient> m_clerk;
    std::unique_ptr<AppointmentBook> m_book;
    std::unique_ptr<AppointmentsWorkspace> m_workspace;
    std::unique_ptr<QAbstractItemModelTester> m_weekModelTester;
    std::unique_ptr<QAbstractItemModelTester> m_searchModelTester;
};

void tst_AppointmentsPlanning::init()
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
    m_book = std::make_unique<AppointmentBook>(m_clerk->client.get(), m_clerk->store.get(),
                                               m_clerk->sync.get());
    m_workspace = std::make_unique<AppointmentsWorkspace>(m_book.get(), m_clerk->store.get(),
                                                          m_clerk->sync.get());
    m_weekModelTester = std::make_unique<QAbstractItemModelTester>(
        weekView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_searchModelTester = std::make_unique<QAbstractItemModelTester>(
        searchView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_workspace->resize(1200, 760);
    m_workspace->show();
    QVERIFY(QTest::qWaitForWindowActive(m_workspace.get()));
}

void tst_AppointmentsPlanning::cleanup()
{
    m_searchModelTester.reset();
    m_weekModelTester.reset();
    m_workspace.reset();
    m_book.reset();
    m_clerk.reset();
    m_http.reset();
    m_server.reset();
    m_dir.reset();
}

QString tst_AppointmentsPlanning::bookOnServer(QDate day, const QTime &time, const QString &name,
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

void tst_AppointmentsPlanning::weekGridShowsFreePlaces()
{
    // Wunschkennzeichen (service 4): 20-minute slots, so the half hour from
    // 08:00 holds two of them (08:00 and 08:20), each with a place per
    // counter that serves the service.
    const QDate monday = TestSupport::mondayWeeksAhead(4);
    const QJsonArray offered = m_http
                                   ->get(u"/api/v1/appointments/slots?serviceId=4&from=%1"_s.arg(
                                             monday.toString(Qt::ISODate)),
                                         m_token)
                                   .json.toArray();
    QVERIFY(offered.size() >= 2);
    const int places = offered.at(0)[u"capacity"_s].toInt();
    QVERIFY(places >= 1);
    QCOMPARE(offered.at(1)[u"startsAt"_s].toString().mid(11, 5), u"08:20"_s);

    m_workspace->setDay(monday.addDays(2));
    m_workspace->showWeek(true);
    auto *services = m_workspace->findChild<QComboBox *>(u"serviceFilter"_s);
    QTRY_VERIFY(services->findData(u"4"_s) >= 0);
    services->setCurrentIndex(services->findData(u"4"_s));
    auto *model = qobject_cast<AppointmentWeekModel *>(weekView()->model());
    QCOMPARE(model->monday(), monday);
    QTRY_COMPARE(model->freeAt(2, 0), 2 * places); // Monday 08:00-08:30
    QCOMPARE(model->index(2, 0).data().toString(), u"%1 free"_s.arg(2 * places));
    QCOMPARE(model->index(2, 0).data(AppointmentWeekModel::FreeRole).toInt(), 2 * places);
    // Before opening there is nothing to book: no places, no text.
    QCOMPARE(model->freeAt(0, 0), -1);
    QVERIFY(model->index(0, 0).data().toString().isEmpty());
    // Saturday is closed.
    QCOMPARE(model->freeAt(4, 5), -1);

    bookOnServer(monday, QTime(8, 0), u"Erste Kundin"_s, u"4"_s);
    QTRY_COMPARE(model->freeAt(2, 0), 2 * places - 1);
    QCOMPARE(model->index(2, 0).data().toString(), u"%1 free"_s.arg(2 * places - 1));
    QVERIFY(!model->index(2, 0).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(model->index(2, 0).data(Qt::ToolTipRole).toString().contains(u"Erste Kundin"_s));

    // The rest of both slots.
    for (int i = 1; i < places; ++i)
        bookOnServer(monday, QTime(8, 0), u"Kundin %1"_s.arg(i), u"4"_s);
    for (int i = 0; i < places; ++i)
        bookOnServer(monday, QTime(8, 20), u"Kunde %1"_s.arg(i), u"4"_s);
    QTRY_COMPARE(model->freeAt(2, 0), 0);
    // A full half hour reads as full and stands out.
    QCOMPARE(model->index(2, 0).data().toString(), u"full"_s);
    QVERIFY(model->index(2, 0).data(Qt::FontRole).value<QFont>().bold());
    const auto fullColour = model->index(2, 0).data(Qt::BackgroundRole).value<QBrush>().color();
    const auto freeColour = model->index(3, 0).data(Qt::BackgroundRole).value<QBrush>().color();
    QVERIFY(fullColour.isValid() && freeColour.isValid());
    QVERIFY(fullColour != freeColour);
    QCOMPARE(model->countAt(2, 0), 2 * places);

    // All services: the places of every service of the office add up.
    services->setCurrentIndex(0);
    const QJsonArray personalausweis =
        m_http
            ->get(u"/api/v1/appointments/slots?serviceId=1&from=%1"_s.arg(
                      monday.toString(Qt::ISODate)),
                  m_token)
            .json.toArray();
    QVERIFY(!personalausweis.isEmpty());
    QTRY_VERIFY(model->freeAt(2, 0) >= personalausweis.at(0).toObject().value(u"free"_s).toInt());
    QVERIFY(model->index(2, 0).data().toString().endsWith(u"free"_s));
}

void tst_AppointmentsPlanning::searchFindsEveryDayAndOpensTheDay()
{
    const QDate first = TestSupport::mondayWeeksAhead(3).addDays(1);
    const QDate second = TestSupport::mondayWeeksAhead(5).addDays(3);
    QString firstId;
    QString secondId;
    bookOnServer(first, QTime(9, 0), u"Waltraud Suchbar"_s, u"1"_s, &firstId);
    bookOnServer(second, QTime(10, 30), u"Wilhelm Suchbar"_s, u"1"_s, &secondId);
    const QString otherCode = bookOnServer(second, QTime(11, 0), u"Anderer Mensch"_s, u"1"_s);
    QTRY_VERIFY(m_book->find(secondId).has_value() && m_book->find(firstId).has_value());
    m_workspace->setDay(QDate::currentDate());

    auto *search = m_workspace->findChild<QLineEdit *>(u"searchField"_s);
    m_workspace->activateWindow();
    QTest::keySequence(m_workspace.get(), QKeySequence::Find);
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, u"suchbar"_s);
    // Both, though neither is on the day shown, the sooner first, each with its date.
    QVERIFY(searchView()->isVisible());
    QVERIFY(!dayView()->isVisible());
    auto *results = searchView()->model();
    QCOMPARE(results->rowCount(), 2);
    QCOMPARE(results->headerData(AppointmentSearchModel::Date, Qt::Horizontal).toString(),
             u"Date"_s);
    QCOMPARE(results->index(0, AppointmentSearchModel::Name).data().toString(),
             u"Waltraud Suchbar"_s);
    QVERIFY(results->index(0, AppointmentSearchModel::Date)
                .data()
                .toString()
                .contains(first.toString(u"dd.MM.yyyy"_s)));
    QVERIFY(results->index(1, AppointmentSearchModel::Date)
                .data()
                .toString()
                .contains(second.toString(u"dd.MM.yyyy"_s)));
    QCOMPARE(results->index(1, AppointmentSearchModel::Time).data().toString(), u"10:30"_s);

    // By booking code, too.
    search->clear();
    QTest::keyClicks(search, otherCode.left(6));
    QCOMPARE(results->rowCount(), 1);
    QCOMPARE(results->index(0, AppointmentSearchModel::Name).data().toString(),
             u"Anderer Mensch"_s);

    // Nothing found says so.
    search->clear();
    QTest::keyClicks(search, u"niemand-so"_s);
    QCOMPARE(results->rowCount(), 0);
    auto *none = m_workspace->findChild<QLabel *>(u"searchEmptyLabel"_s);
    QVERIFY(none->isVisible());
    QVERIFY(none->text().contains(u"niemand-so"_s));

    // Choosing a result (a double click) opens its day with it selected.
    search->clear();
    QTest::keyClicks(search, u"suchbar"_s);
    QTRY_VERIFY(
        searchView()->visualRect(results->index(1, AppointmentSearchModel::Name)).isValid());
    const QRect cell = searchView()->visualRect(results->index(1, AppointmentSearchModel::Name));
    QTest::mouseClick(searchView()->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(searchView()->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(m_workspace->day(), second);
    QVERIFY(dayView()->isVisible());
    QVERIFY(search->text().isEmpty());
    QVERIFY(m_workspace->selectedAppointment().has_value());
    QCOMPARE(m_workspace->selectedAppointment()->id, secondId);

    // Enter in the search field takes the first result.
    QTest::keySequence(m_workspace.get(), QKeySequence::Find);
    QTest::keyClicks(search, u"waltraud"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(m_workspace->day(), first);
    QCOMPARE(m_workspace->selectedAppointment()->id, firstId);
}

QString tst_AppointmentsPlanning::confirmationText(QDate day, const QString &id)
{
    m_workspace->setDay(day);
    auto *model = qobject_cast<AppointmentDayModel *>(dayView()->model());
    if (!QTest::qWaitFor([model, id] { return model->rowOf(id) >= 0; }, 10000))
        return {};
    dayView()->selectRow(model->rowOf(id));
    m_workspace->printConfirmation();
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {m_workspace->lastConfirmationFile(), u"-"_s});
    if (!pdftotext.waitForFinished(30000))
        return {};
    // Lines wrap where the page ends; the words are what counts.
    return QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
}

void tst_AppointmentsPlanning::confirmationSaysWhatToBringAndHowToCancel()
{
    m_workspace->setConfirmationFolder(m_dir->filePath(u"confirmations"_s));
    const QDate monday = TestSupport::mondayWeeksAhead(6);
    QString passport;
    const QString code = bookOnServer(monday, QTime(9, 0), u"Paula Pass"_s, u"2"_s, &passport);
    QVERIFY(!code.isEmpty());

    // The demo's texts for the passport: a biometric photo, the old passport,
    // and how to cancel or rebook.
    QString text = confirmationText(monday, passport);
    QVERIFY2(text.contains(u"Please bring"_s), qPrintable(text));
    QVERIFY(text.contains(u"biometrisches Passfoto"_s));
    QVERIFY(text.contains(u"Ihren bisherigen Reisepass"_s));
    QVERIFY(text.contains(u"Cancel or rebook"_s));
    QVERIFY(text.contains(u"musterstadt.de"_s));
    QVERIFY(text.contains(code));

    // An administrator changes the texts: the next letter has them.
    const QByteArray admin = m_http->login(u"admin"_s, u"demo"_s);
    const auto changed = m_http->send(
        "PATCH", u"/api/v1/services/2"_s,
        QJsonDocument(QJsonObject{{u"bringAlong"_s, u"die Geburtsurkunde\nzwei Passfotos"_s},
                                  {u"confirmationNote"_s, u"Absagen nur unter 0123 999."_s}})
            .toJson(),
        admin);
    QCOMPARE(changed.status, 200);
    QTRY_VERIFY(m_clerk->store->entity(u"service"_s, u"2"_s)
                    ->value(u"bringAlong"_s)
                    .toString()
                    .startsWith(u"die Geburtsurkunde"_s));
    text = confirmationText(monday, passport);
    QVERIFY2(text.contains(u"die Geburtsurkunde"_s), qPrintable(text));
    QVERIFY(text.contains(u"zwei Passfotos"_s));
    QVERIFY(text.contains(u"Absagen nur unter 0123 999."_s));
    QVERIFY(!text.contains(u"biometrisches"_s));

    // Without texts: a general wording, still with how to cancel.
    QCOMPARE(m_http
                 ->send("PATCH", u"/api/v1/services/2"_s,
                        QJsonDocument(
                            QJsonObject{{u"bringAlong"_s, u""_s}, {u"confirmationNote"_s, u""_s}})
                            .toJson(),
                        admin)
                 .status,
             200);
    QTRY_VERIFY(
        m_clerk->store->entity(u"service"_s, u"2"_s)->value(u"bringAlong"_s).toString().isEmpty());
    text = confirmationText(monday, passport);
    QVERIFY2(text.contains(u"identity card or passport"_s), qPrintable(text));
    QVERIFY(text.contains(u"cancel or rebook in good time"_s));
}

QTEST_MAIN(tst_AppointmentsPlanning)
#include "tst_appointmentsplanning.moc"
