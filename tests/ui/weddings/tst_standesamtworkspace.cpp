// The Standesamt workspace against a real server: the week lists the server's
// slots with the couples from the cache, the keys turn the weeks, a free slot
// is reserved through the dialog, the papers and steps follow the booking's
// rules (buttons only for what is allowed, and say why not), cancelling asks
// first, and a slot taken meanwhile by another registrar is reported.

#include "core/documents/codereader.h"
#include "core/documents/documentpages.h"
#include "core/domain/isotime.h"
#include "core/weddings/weddingcalendar.h"
#include "core/weddings/weddingweekmodel.h"
#include "modals.h"
#include "server/instance/serverinstance.h"
#include "testsupport.h"
#include "ui/weddings/standesamtworkspace.h"
#include "ui/weddings/weddingmovedialog.h"
#include "ui/weddings/weddingreservationdialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QInputDialog>
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

class tst_StandesamtWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void theWeekShowsSlotsAndCouples();
    void keysTurnTheWeeks();
    void reservingThroughTheDialog();
    void papersRegistrarAndFeeLeadToConfirmation();
    void cancellingAsksFirst();
    void aSlotTakenMeanwhileIsReported();
    void blockingAndFreeingASlot();
    void theCouplesSheetCarriesTheCode();
    void tickedPapersAreSavedWhenAnotherRowIsChosen();
    void tickedPapersAreSavedWhenTheWeekTurns();
    void tickedPapersAreSavedWhenLeaving();
    void anUnknownKassenzeichenAsksBeforeConfirming_data();
    void anUnknownKassenzeichenAsksBeforeConfirming();
    void aShortLeadForTheRegistrationAsksBeforeReserving();
    void movingThroughTheFilteredList();
    void registrarsAreListedByName();

private:
    QTableView *view() const { return m_workspace->findChild<QTableView *>(u"weekView"_s); }
    WeddingWeekModel *model() const { return qobject_cast<WeddingWeekModel *>(view()->model()); }
    QPushButton *button(const QString &name) const
    {
        return m_workspace->findChild<QPushButton *>(name);
    }
    QJsonObject serverBooking(const QString &id);
    // Shows the week of `monday` and waits for its slots.
    bool showWeek(QDate monday);
    // The row of the first free slot of the shown week at or after `from`.
    int freeRow(int from = 0) const;
    bool focusWeek();
    bool reserveRow(int row, const QString &partner1, const QString &partner2);
    // Reserves the first free slot of the shown week and waits until the
    // server has it; the booking's id, empty when that failed.
    QString reserveFirstFree(const QString &partner1, const QString &partner2);
    // Runs `action` on the first modal dialog shown from now on, also one that
    // opens only on a server's answer: onNextModal looks once, at once, and a
    // dialog opened while it waits runs its loop above it, unseen.
    void whenModalShows(std::function<void(QWidget *)> action);
    QComboBox *paper(QStringView key) const
    {
        return m_workspace->findChild<QComboBox *>(u"paper_"_s + key.toString());
    }
    QString paperOnServer(const QString &id, QStringView key)
    {
        return serverBooking(id).value(u"documents"_s).toObject().value(key).toString();
    }

    // Each test its own server, registrar and workspace: none sees what
    // another did (a paused outbox, a reserved slot).
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerInstance> m_server;
    std::unique_ptr<TestSupport::HttpClient> m_http;
    QByteArray m_token;
    std::unique_ptr<TestSupport::SyncedClient> m_registrar;
    std::unique_ptr<WeddingCalendar> m_calendar;
    std::unique_ptr<StandesamtWorkspace> m_workspace;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
};

void tst_StandesamtWorkspace::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_server = TestSupport::startDemoServer(*m_dir, &error);
    QVERIFY2(m_server, qPrintable(error));
    m_http = std::make_unique<TestSupport::HttpClient>(QUrl(m_server->baseUrl()));
    m_token = m_http->login(u"schmidt"_s, u"demo"_s);
    m_registrar = TestSupport::SyncedClient::connect(
        QUrl(m_server->baseUrl()), u"schmidt"_s, u"demo"_s, m_dir->filePath(u"cache.db"_s), &error);
    QVERIFY2(m_registrar, qPrintable(error));
    m_registrar->sync->outbox().setRetryInterval(100);
    m_calendar = std::make_unique<WeddingCalendar>(
        m_registrar->client.get(), m_registrar->store.get(), m_registrar->sync.get());
    m_workspace = std::make_unique<StandesamtWorkspace>(m_calendar.get());
    // Every fill, refresh and emptying of the week a test causes is checked
    // against the model rules.
    m_modelTester = std::make_unique<QAbstractItemModelTester>(
        model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_workspace->resize(1200, 800);
    m_workspace->show();
    QVERIFY(QTest::qWaitForWindowActive(m_workspace.get()));
}

void tst_StandesamtWorkspace::cleanup()
{
    m_modelTester.reset();
    m_workspace.reset();
    m_calendar.reset();
    m_registrar.reset();
    m_http.reset();
    m_server.reset();
    m_dir.reset();
}

QJsonObject tst_StandesamtWorkspace::serverBooking(const QString &id)
{
    return m_http->get(u"/api/v1/wedding/bookings/"_s + id, m_token).json.toObject();
}

bool tst_StandesamtWorkspace::showWeek(QDate monday)
{
    m_workspace->showWeekOf(monday);
    return QTest::qWaitFor([this] { return model()->hasSlots(); }, 10000);
}

int tst_StandesamtWorkspace::freeRow(int from) const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int row = from; row < model()->rowCount(); ++row) {
        const auto slot = model()->slotAt(row);
        if (slot && !model()->bookingAt(row) && slot->status == WeddingSlotStatus::Free &&
            slot->startsAt > now)
            return row;
    }
    return -1;
}

bool tst_StandesamtWorkspace::focusWeek()
{
    // A dialog closed before had the focus; the keys go to the active window.
    m_workspace->activateWindow();
    view()->setFocus();
    return QTest::qWaitFor([this] { return QApplication::focusWidget() == view(); });
}

bool tst_StandesamtWorkspace::reserveRow(int row, const QString &partner1, const QString &partner2)
{
    if (!focusWeek())
        return false;
    view()->setCurrentIndex(model()->index(row, 0));
    bool seen = false;
    onNextModal([&seen, partner1, partner2](QWidget *modal) {
        auto *dialog = qobject_cast<WeddingReservationDialog *>(modal);
        if (!dialog)
            return;
        seen = true;
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"partner1"_s), partner1);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"partner2"_s), partner2);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"email"_s), u"paar@example.org"_s);
        dialog->accept();
    });
    QTest::keyClick(view(), Qt::Key_N, Qt::ControlModifier);
    return seen;
}

QString tst_StandesamtWorkspace::reserveFirstFree(const QString &partner1, const QString &partner2)
{
    const int row = freeRow();
    if (row < 0 || !reserveRow(row, partner1, partner2))
        return {};
    if (!QTest::qWaitFor([this] {
            return m_workspace->selectedBooking() &&
                   !m_workspace->selectedBooking()->isLocalOnly() &&
                   !m_calendar->isPending(m_workspace->selectedBooking()->id);
        }))
        return {};
    return m_workspace->selectedBooking()->id;
}

void tst_StandesamtWorkspace::whenModalShows(std::function<void(QWidget *)> action)
{
    auto *poll = new QTimer(m_workspace.get()); // gone with the workspace, should none show
    poll->setInterval(10);
    connect(poll, &QTimer::timeout, poll, [poll, action] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            poll->stop();
            poll->deleteLater();
            action(modal);
        }
    });
    poll->start();
}

void tst_StandesamtWorkspace::theWeekShowsSlotsAndCouples()
{
    // Two weeks ahead the demo has registered and confirmed weddings.
    const QDate monday = TestSupport::mondayWeeksAhead(2);
    QVERIFY(showWeek(monday));
    const auto listed =
        m_http->get(u"/api/v1/wedding/slots?from=%1&to=%2"_s.arg(
                        monday.toString(Qt::ISODate), monday.addDays(6).toString(Qt::ISODate)),
                    m_token);
    const QJsonArray offered = listed.json.toArray();
    QCOMPARE(model()->rowCount(), offered.size());
    int couples = 0;
    for (int row = 0; row < model()->rowCount(); ++row) {
        const QJsonObject slot = offered.at(row).toObject();
        QCOMPARE(model()->slotAt(row)->id, slot.value(u"id"_s).toString());
        const QString couple =
            model()->index(row, WeddingWeekModel::CoupleColumn).data().toString();
        if (slot.value(u"bookingId"_s).isString()) {
            const QJsonObject b = serverBooking(slot.value(u"bookingId"_s).toString());
            QCOMPARE(couple, u"%1 & %2"_s.arg(b.value(u"partner1"_s).toString(),
                                              b.value(u"partner2"_s).toString()));
            ++couples;
        } else {
            QCOMPARE(couple, QString());
        }
    }
    QVERIFY(couples > 0);
    QVERIFY(m_workspace->findChild<QLabel *>(u"weekLabel"_s)
                ->text()
                .contains(QString::number(monday.weekNumber())));

    // A booked row shows the booking with its papers.
    int booked = 0;
    while (!model()->bookingAt(booked))
        ++booked;
    view()->setCurrentIndex(model()->index(booked, 0));
    const WeddingBooking shown = *m_workspace->selectedBooking();
    QCOMPARE(m_workspace->findChild<QLineEdit *>(u"partner1"_s)->text(), shown.partner1);
    QCOMPARE(m_workspace->findChild<QComboBox *>(u"paper_identity"_s)->currentData().toInt(),
             int(DocumentState::Received));
}

void tst_StandesamtWorkspace::keysTurnTheWeeks()
{
    const QDate monday = TestSupport::mondayWeeksAhead(3);
    QVERIFY(showWeek(monday));
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(m_workspace->monday(), monday.addDays(7));
    QTest::keyClick(view(), Qt::Key_PageUp, Qt::ControlModifier);
    QTest::keyClick(view(), Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(m_workspace->monday(), monday.addDays(-7));
}

void tst_StandesamtWorkspace::reservingThroughTheDialog()
{
    // Ten weeks ahead lies beyond the demo's weddings: every slot is free.
    QVERIFY(showWeek(TestSupport::mondayWeeksAhead(10)));
    const int row = freeRow();
    QVERIFY(row >= 0);
    const QString slotId = model()->slotAt(row)->id;
    QSignalSpy reserved(m_calendar.get(), &WeddingCalendar::reserved);
    QVERIFY(reserveRow(row, u"Dora Dialog"_s, u"Emil Eingabe"_s));
    // Shown at once, before the server has answered ...
    const int shownRow = model()->rowOfSlot(slotId);
    QVERIFY(model()->bookingAt(shownRow));
    QCOMPARE(model()->index(shownRow, WeddingWeekModel::CoupleColumn).data().toString(),
             u"Dora Dialog & Emil Eingabe"_s);
    // ... then the server's booking with its code.
    QTRY_COMPARE(reserved.count(), 1);
    const WeddingBooking made = reserved.at(0).at(0).value<WeddingBooking>();
    QVERIFY(!made.bookingCode.isEmpty());
    QVERIFY(m_workspace->noticeText().contains(made.bookingCode));
    const QJsonObject onServer = serverBooking(made.id);
    QCOMPARE(onServer.value(u"status"_s).toString(), u"reserved"_s);
    QCOMPARE(onServer.value(u"partner2"_s).toString(), u"Emil Eingabe"_s);
    QCOMPARE(onServer.value(u"email"_s).toString(), u"paar@example.org"_s);
    QCOMPARE(onServer.value(u"slotId"_s).toString(), slotId);
    QTRY_VERIFY(m_workspace->selectedBooking() && !m_workspace->selectedBooking()->isLocalOnly());
}

void tst_StandesamtWorkspace::papersRegistrarAndFeeLeadToConfirmation()
{
    QVERIFY(showWeek(TestSupport::mondayWeeksAhead(10)));
    const int row = freeRow();
    QVERIFY(reserveRow(row, u"Fiona Formular"_s, u"Gregor Gruendlich"_s));
    const QString slotId = model()->slotAt(row)->id;
    QTRY_VERIFY(m_workspace->selectedBooking() && !m_workspace->selectedBooking()->isLocalOnly() &&
                !m_calendar->isPending(m_workspace->selectedBooking()->id));
    const QString id = m_workspace->selectedBooking()->id;

    // Registration waits for the papers, and says so.
    QPushButton *registerButton = button(u"registerButton"_s);
    QVERIFY(!registerButton->isEnabled());
    QVERIFY(registerButton->toolTip().contains(u"paper"_s));
    QVERIFY(!button(u"confirmButton"_s)->isEnabled());
    for (const QString &key : WeddingDocuments::keys()) {
        auto *paper = m_workspace->findChild<QComboBox *>(u"paper_"_s + key);
        const DocumentState state =
            WeddingDocuments::isRequired(key) ? DocumentState::Received : DocumentState::NotNeeded;
        paper->setCurrentIndex(paper->findData(int(state)));
        // A paper every couple needs cannot be "not needed".
        if (WeddingDocuments::isRequired(key))
            QCOMPARE(paper->findData(int(DocumentState::NotNeeded)), -1);
    }
    QVERIFY(registerButton->isEnabled());
    QVERIFY(button(u"saveButton"_s)->isEnabled());
    QVERIFY(focusWeek());
    QTest::keyClick(view(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(serverBooking(id).value(u"status"_s).toString(), u"registered"_s);
    QCOMPARE(serverBooking(id).value(u"documents"_s).toObject().value(u"residence"_s).toString(),
             u"received"_s);
    QTRY_COMPARE(m_workspace->selectedBooking()->status, WeddingStatus::Registered);

    // Confirmation needs the registrar and the fee.
    QPushButton *confirm = button(u"confirmButton"_s);
    QVERIFY(!confirm->isEnabled());
    auto *registrar = m_workspace->findChild<QComboBox *>(u"registrar"_s);
    QTRY_VERIFY(registrar->findData(u"schmidt"_s) >= 0); // the server's list arrived
    registrar->setCurrentIndex(registrar->findData(u"schmidt"_s));
    QVERIFY(!confirm->isEnabled());
    QVERIFY(confirm->toolTip().contains(u"Kassenzeichen"_s));
    QTest::keyClicks(m_workspace->findChild<QLineEdit *>(u"feeReference"_s), u"5.0002.000002.2"_s);
    QVERIFY(confirm->isEnabled());
    confirm->click();
    QTRY_COMPARE(serverBooking(id).value(u"status"_s).toString(), u"confirmed"_s);
    QCOMPARE(serverBooking(id).value(u"registrar"_s).toString(), u"schmidt"_s);
    QCOMPARE(serverBooking(id).value(u"feeReference"_s).toString(), u"5.0002.000002.2"_s);
    // Not held yet: the wedding lies weeks ahead.
    QTRY_COMPARE(m_workspace->selectedBooking()->status, WeddingStatus::Confirmed);
    QVERIFY(!button(u"completeButton"_s)->isEnabled());
    QCOMPARE(model()->rowOfSlot(slotId), view()->currentIndex().row());

    // The fee's payment can be looked up from here.
    QSignalSpy lookUp(m_workspace.get(), &StandesamtWorkspace::paymentLookupRequested);
    button(u"checkFeeButton"_s)->click();
    QCOMPARE(lookUp.count(), 1);
    QCOMPARE(lookUp.at(0).at(0).toString(), u"5.0002.000002.2"_s);
}

void tst_StandesamtWorkspace::cancellingAsksFirst()
{
    QVERIFY(showWeek(TestSupport::mondayWeeksAhead(11)));
    const int row = freeRow();
    const QString slotId = model()->slotAt(row)->id;
    QVERIFY(reserveRow(row, u"Hanna Hin"_s, u"Ingo Her"_s));
    QTRY_VERIFY(m_workspace->selectedBooking() && !m_workspace->selectedBooking()->isLocalOnly() &&
                !m_calendar->isPending(m_workspace->selectedBooking()->id));
    const QString id = m_workspace->selectedBooking()->id;

    QVERIFY(focusWeek());
    onNextModal([](QWidget *modal) {
        if (auto *box = qobject_cast<QMessageBox *>(modal))
            box->button(QMessageBox::No)->click();
    });
    QTest::keyClick(view(), Qt::Key_Delete, Qt::ControlModifier);
    QCOMPARE(m_workspace->selectedBooking()->status, WeddingStatus::Reserved); // "No" keeps it
    QVERIFY(focusWeek());
    onNextModal([](QWidget *modal) {
        if (auto *box = qobject_cast<QMessageBox *>(modal))
            box->button(QMessageBox::Yes)->click();
    });
    QTest::keyClick(view(), Qt::Key_Delete, Qt::ControlModifier);
    QTRY_COMPARE(serverBooking(id).value(u"status"_s).toString(), u"cancelled"_s);
    // The slot is free again, on the server and on screen.
    QTRY_VERIFY(!model()->bookingAt(model()->rowOfSlot(slotId)));
    m_workspace->reload();
    QTRY_COMPARE(model()->slotAt(model()->rowOfSlot(slotId))->status, WeddingSlotStatus::Free);
}

void tst_StandesamtWorkspace::aSlotTakenMeanwhileIsReported()
{
    QVERIFY(showWeek(TestSupport::mondayWeeksAhead(12)));
    const int row = freeRow();
    const QString slotId = model()->slotAt(row)->id;
    // Our reservation waits (the line is slow) while another registrar, at
    // another desk, is quicker.
    m_registrar->sync->outbox().pause();
    QVERIFY(reserveRow(row, u"Lea Langsam"_s, u"Max Langsam"_s));
    const auto statusShown = [this, slotId] {
        return model()
            ->index(model()->rowOfSlot(slotId), WeddingWeekModel::StatusColumn)
            .data()
            .toString();
    };
    QVERIFY(statusShown().contains(u"not yet sent"_s));
    const auto other =
        m_http->send("POST", u"/api/v1/wedding/slots/%1/reservations"_s.arg(slotId),
                     R"({"partner1":"Jana Schneller","partner2":"Kai Schneller"})", m_token);
    QCOMPARE(other.status, 201);
    QSignalSpy refused(m_calendar.get(), &WeddingCalendar::refused);
    m_registrar->sync->outbox().resume();
    QTRY_COMPARE(refused.count(), 1);
    QVERIFY(m_workspace->noticeText().contains(u"Lea Langsam"_s));
    QVERIFY(m_workspace->noticeText().contains(u"someone else"_s));
    // The week shows the other couple now, not ours.
    QTRY_COMPARE(model()
                     ->index(model()->rowOfSlot(slotId), WeddingWeekModel::CoupleColumn)
                     .data()
                     .toString(),
                 u"Jana Schneller & Kai Schneller"_s);
    QVERIFY(!statusShown().contains(u"not yet sent"_s));
}

void tst_StandesamtWorkspace::blockingAndFreeingASlot()
{
    QVERIFY(showWeek(TestSupport::mondayWeeksAhead(13)));
    const int row = freeRow();
    const QString slotId = model()->slotAt(row)->id;
    view()->setCurrentIndex(model()->index(row, 0));
    QPushButton *block = button(u"blockButton"_s);
    QVERIFY(block->isEnabled());
    onNextModal([](QWidget *modal) {
        if (auto *dialog = qobject_cast<QInputDialog *>(modal)) {
            dialog->setTextValue(u"Stadtfest"_s);
            dialog->accept();
        }
    });
    block->click();
    QTRY_COMPARE(model()->slotAt(model()->rowOfSlot(slotId))->status, WeddingSlotStatus::Blocked);
    const int blockedRow = model()->rowOfSlot(slotId);
    QCOMPARE(model()->index(blockedRow, WeddingWeekModel::StatusColumn).data().toString(),
             u"Blocked: Stadtfest"_s);
    view()->setCurrentIndex(model()->index(blockedRow, 0));
    QVERIFY(!button(u"reserveButton"_s)->isEnabled());
    const auto onServer =
        m_http->get(u"/api/v1/wedding/slots?from=%1"_s.arg(
                        QDateTime::fromMSecsSinceEpoch(model()->slotAt(blockedRow)->startsAt)
                            .date()
                            .toString(Qt::ISODate)),
                    m_token);
    bool seen = false;
    for (const QJsonValue &value : onServer.json.toArray()) {
        if (value.toObject().value(u"id"_s).toString() == slotId) {
            QCOMPARE(value.toObject().value(u"status"_s).toString(), u"blocked"_s);
            QCOMPARE(value.toObject().value(u"blockReason"_s).toString(), u"Stadtfest"_s);
            seen = true;
        }
    }
    QVERIFY(seen);

    // Freed again, it can be reserved.
    QVERIFY(block->isEnabled());
    block->click();
    QTRY_COMPARE(model()->slotAt(model()->rowOfSlot(slotId))->status, WeddingSlotStatus::Free);
    view()->setCurrentIndex(model()->index(model()->rowOfSlot(slotId), 0));
    QVERIFY(button(u"reserveButton"_s)->isEnabled());
}

void tst_StandesamtWorkspace::theCouplesSheetCarriesTheCode()
{
    QVERIFY(showWeek(TestSupport::mondayWeeksAhead(14)));
    QVERIFY(reserveRow(freeRow(), u"Svea Blatt"_s, u"Ole Blatt"_s));
    QTRY_VERIFY(m_workspace->selectedBooking() && !m_workspace->selectedBooking()->isLocalOnly() &&
                !m_calendar->isPending(m_workspace->selectedBooking()->id));
    const WeddingBooking booking = *m_workspace->selectedBooking();
    m_workspace->setConfirmationFolder(m_dir->filePath(u"sheets"_s));
    QVERIFY(focusWeek());
    QTest::keySequence(view(), QKeySequence::Print);
    const QString pdf = m_workspace->lastConfirmationFile();
    QVERIFY2(QFile::exists(pdf), qPrintable(pdf));

    // Read back as the Scannen workspace would: the QR code is the booking code.
    const DocumentPages pages = loadDocumentPages(pdf);
    QVERIFY2(pages.error.isEmpty(), qPrintable(pages.error));
    const QList<DecodedCode> codes = readCodes(pages.pages.first());
    QCOMPARE(codes.size(), 1);
    QCOMPARE(codes.first().text, booking.bookingCode);
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {pdf, u"-"_s});
    QVERIFY(pdftotext.waitForFinished(30000));
    // NFKC: the PDF's font sets "fi" as one ligature glyph.
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput())
                             .normalized(QString::NormalizationForm_KC)
                             .simplified();
    QVERIFY2(text.contains(u"Svea Blatt and Ole Blatt"_s), qPrintable(text));
    QVERIFY(text.contains(booking.roomName));
    QVERIFY(text.contains(u"provisional"_s));
    // Nothing has been brought yet: every paper is listed.
    for (const QString &key : WeddingDocuments::keys())
        QVERIFY2(text.contains(WeddingCalendar::documentLabel(key)), qPrintable(key));
}

void tst_StandesamtWorkspace::tickedPapersAreSavedWhenAnotherRowIsChosen()
{
    QVERIFY(showWeek(TestSupport::mondayWeeksAhead(15)));
    const QString id = reserveFirstFree(u"Paula Papier"_s, u"Quirin Papier"_s);
    QVERIFY(!id.isEmpty());
    QCOMPARE(paperOnServer(id, WeddingDocuments::kIdentity), u"missing"_s);
    paper(WeddingDocuments::kIdentity)
        ->setCurrentIndex(
            paper(WeddingDocuments::kIdentity)->findData(int(DocumentState::Received)));
    paper(WeddingDocuments::kBirthCertificates)
        ->setCurrentIndex(
            paper(WeddingDocuments::kBirthCertificates)->findData(int(DocumentState::Received)));

    // The registrar goes on to a free slot without pressing Save.
    const int other = freeRow();
    QVERIFY(other >= 0);
    QVERIFY(model()->bookingAt(other) == std::nullopt);
    view()->setCurrentIndex(model()->index(other, 0));
    QVERIFY(!m_workspace->selectedBooking());
    QTRY_COMPARE(paperOnServer(id, WeddingDocuments::kIdentity), u"received"_s);
    QCOMPARE(paperOnServer(id, WeddingDocuments::kBirthCertificates), u"received"_s);
    QCOMPARE(paperOnServer(id, WeddingDocuments::kResidence), u"missing"_s);
    QVERIFY2(m_workspace->noticeText().contains(u"saved"_s), qPrintable(m_workspace->noticeText()));
    QVERIFY(m_workspace->noticeText().contains(u"Paula Papier"_s));

    // Back on the booking, the ticks are there.
    QTRY_VERIFY(!m_calendar->isPending(id));
    view()->setCurrentIndex(model()->index(model()->rowOfBooking(id), 0));
    QCOMPARE(paper(WeddingDocuments::kIdentity)->currentData().toInt(),
             int(DocumentState::Received));
    QVERIFY(!button(u"saveButton"_s)->isEnabled()); // nothing left unsaved
}

void tst_StandesamtWorkspace::tickedPapersAreSavedWhenTheWeekTurns()
{
    QVERIFY(showWeek(TestSupport::mondayWeeksAhead(16)));
    const QString id = reserveFirstFree(u"Rita Rasch"_s, u"Sven Rasch"_s);
    QVERIFY(!id.isEmpty());
    paper(WeddingDocuments::kResidence)
        ->setCurrentIndex(
            paper(WeddingDocuments::kResidence)->findData(int(DocumentState::Received)));
    QVERIFY(focusWeek());
    QTest::keyClick(view(), Qt::Key_PageDown, Qt::ControlModifier);
    QTRY_COMPARE(paperOnServer(id, WeddingDocuments::kResidence), u"received"_s);
    QCOMPARE(serverBooking(id).value(u"status"_s).toString(), u"reserved"_s);
}

void tst_StandesamtWorkspace::tickedPapersAreSavedWhenLeaving()
{
    QVERIFY(showWeek(TestSupport::mondayWeeksAhead(17)));
    const QString id = reserveFirstFree(u"Lea Leaving"_s, u"Tom Leaving"_s);
    QVERIFY(!id.isEmpty());
    QVERIFY(m_workspace->keepEditsBeforeLeaving()); // nothing edited: nothing sent
    QTRY_VERIFY(!m_calendar->isPending(id));
    paper(WeddingDocuments::kIdentity)
        ->setCurrentIndex(
            paper(WeddingDocuments::kIdentity)->findData(int(DocumentState::Received)));
    // Log-out or quit: the main window asks the workspace before it goes.
    QVERIFY(m_workspace->keepEditsBeforeLeaving());
    QVERIFY(m_calendar->isPending(id));
    QTRY_COMPARE(paperOnServer(id, WeddingDocuments::kIdentity), u"received"_s);
    QVERIFY(!button(u"saveButton"_s)->isEnabled()); // nothing left unsaved
}

void tst_StandesamtWorkspace::anUnknownKassenzeichenAsksBeforeConfirming_data()
{
    QTest::addColumn<bool>("confirmAnyway");
    QTest::addRow("the registrar says no") << false;
    QTest::addRow("the registrar confirms anyway") << true;
}

void tst_StandesamtWorkspace::anUnknownKassenzeichenAsksBeforeConfirming()
{
    QFETCH(bool, confirmAnyway);
    QVERIFY(showWeek(TestSupport::mondayWeeksAhead(17)));
    const QString id = reserveFirstFree(u"Tina Tipp"_s, u"Udo Fehler"_s);
    QVERIFY(!id.isEmpty());
    for (const QString &key : WeddingDocuments::keys()) {
        const DocumentState state =
            WeddingDocuments::isRequired(key) ? DocumentState::Received : DocumentState::NotNeeded;
        paper(key)->setCurrentIndex(paper(key)->findData(int(state)));
    }
    button(u"registerButton"_s)->click();
    QTRY_COMPARE(serverBooking(id).value(u"status"_s).toString(), u"registered"_s);
    QTRY_COMPARE(m_workspace->selectedBooking()->status, WeddingStatus::Registered);
    auto *registrar = m_workspace->findChild<QComboBox *>(u"registrar"_s);
    QTRY_VERIFY(registrar->findData(u"schmidt"_s) >= 0);
    registrar->setCurrentIndex(registrar->findData(u"schmidt"_s));
    // A well-formed Kassenzeichen the payment system has never issued.
    const QString unknown = u"5.0002.999999.1"_s;
    QCOMPARE(m_http->get(u"/api/v1/payments/"_s + unknown, m_token).status, 404);
    QTest::keyClicks(m_workspace->findChild<QLineEdit *>(u"feeReference"_s), unknown);
    QPushButton *confirm = button(u"confirmButton"_s);
    QVERIFY(confirm->isEnabled());

    QString question;
    whenModalShows([&question, confirmAnyway](QWidget *modal) {
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            question = box->text();
            box->button(confirmAnyway ? QMessageBox::Yes : QMessageBox::No)->click();
        }
    });
    confirm->click();
    QTRY_VERIFY(!question.isEmpty());
    QVERIFY2(question.contains(unknown), qPrintable(question));
    QVERIFY(question.contains(u"does not know"_s));
    if (confirmAnyway) {
        QTRY_COMPARE(serverBooking(id).value(u"status"_s).toString(), u"confirmed"_s);
        QCOMPARE(serverBooking(id).value(u"feeReference"_s).toString(), unknown);
    } else {
        QTRY_VERIFY(m_workspace->noticeText().contains(u"Not confirmed"_s));
        QTRY_VERIFY(!m_calendar->isPending(id));
        QCOMPARE(serverBooking(id).value(u"status"_s).toString(), u"registered"_s);
        QCOMPARE(m_workspace->selectedBooking()->status, WeddingStatus::Registered);
        // The typed reference stays in the form to be corrected.
        QCOMPARE(m_workspace->findChild<QLineEdit *>(u"feeReference"_s)->text(), unknown);
    }
}

void tst_StandesamtWorkspace::aShortLeadForTheRegistrationAsksBeforeReserving()
{
    // The Standesamt wants 80 days between the registration deadline and the
    // wedding: a wedding ten weeks ahead, whose reservation lapses after 14
    // days, leaves only 56.
    const QByteArray admin = m_http->login(u"admin"_s, u"demo"_s);
    const auto office = m_calendar->standesamt();
    QVERIFY(office);
    const QString settings =
        u"/api/v1/offices/%1/settings"_s.arg(office->value(u"id"_s).toString());
    const auto before = m_http->get(settings, admin);
    QCOMPARE(before.status, 200);
    QCOMPARE(before.json[u"effective"_s][u"registrationLeadDays"_s].toInt(), 7);
    QCOMPARE(m_http->send("PUT", settings, R"({"registrationLeadDays":80})", admin).status, 200);

    QVERIFY(showWeek(TestSupport::mondayWeeksAhead(10)));
    const int row = freeRow();
    QVERIFY(row >= 0);
    const WeddingSlot slot = *model()->slotAt(row);
    QVERIFY(slot.leavesTooLittleLead());
    QCOMPARE(slot.registrationLeadDays, 80);
    QVERIFY(focusWeek());
    view()->setCurrentIndex(model()->index(row, 0));

    // "No": nothing is reserved, no dialog follows.
    QString question;
    bool dialogShown = false;
    onNextModal([&question](QWidget *modal) {
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            question = box->text();
            box->button(QMessageBox::No)->click();
        }
    });
    QTest::keyClick(view(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY2(question.contains(u"80 day"_s), qPrintable(question));
    QVERIFY(question.contains(QLocale().toString(
        QDateTime::fromMSecsSinceEpoch(slot.registrationDeadline), u"dd.MM.yyyy"_s)));
    QVERIFY(!model()->bookingAt(model()->rowOfSlot(slot.id)));
    QCOMPARE(m_calendar->pendingIds().size(), 0);

    // "Yes": the reservation dialog follows, and the slot is reserved.
    QVERIFY(focusWeek());
    question.clear();
    onNextModal([this, &question, &dialogShown](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (!box)
            return;
        question = box->text();
        whenModalShows([&dialogShown](QWidget *next) {
            auto *dialog = qobject_cast<WeddingReservationDialog *>(next);
            if (!dialog)
                return;
            dialogShown = true;
            QTest::keyClicks(dialog->findChild<QLineEdit *>(u"partner1"_s), u"Vera Vorlauf"_s);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(u"partner2"_s), u"Willi Vorlauf"_s);
            dialog->accept();
        });
        box->button(QMessageBox::Yes)->click();
    });
    QTest::keyClick(view(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(!question.isEmpty());
    QVERIFY(dialogShown);
    QTRY_VERIFY(m_workspace->selectedBooking() && !m_workspace->selectedBooking()->isLocalOnly());
    QCOMPARE(serverBooking(m_workspace->selectedBooking()->id).value(u"partner1"_s).toString(),
             u"Vera Vorlauf"_s);

    // With the office's lead back at 7 days the same week asks nothing.
    QCOMPARE(m_http->send("PUT", settings, R"({"registrationLeadDays":null})", admin).status, 200);
    m_workspace->reload();
    QTRY_COMPARE(model()->slotAt(freeRow())->registrationLeadDays, 7);
    QVERIFY(!model()->slotAt(freeRow())->leavesTooLittleLead());
}

void tst_StandesamtWorkspace::movingThroughTheFilteredList()
{
    QVERIFY(showWeek(TestSupport::mondayWeeksAhead(8)));
    const QString id = reserveFirstFree(u"Xenia & Yvonne"_s, u"Zoe Zwei"_s);
    QVERIFY(!id.isEmpty());
    const QString oldSlot = serverBooking(id).value(u"slotId"_s).toString();
    // Somewhere in the week after next-but-one, on that week's Saturday or later.
    const QDate targetWeek = TestSupport::mondayWeeksAhead(10);

    QString couple;
    QString chosenSlot;
    int allListed = 0;
    whenModalShows([&](QWidget *modal) {
        auto *dialog = qobject_cast<WeddingMoveDialog *>(modal);
        if (!dialog)
            return;
        couple = dialog->findChild<QLabel *>(u"moveCouple"_s)->text();
        allListed = int(dialog->listedSlots().size());
        dialog->findChild<QDateEdit *>(u"fromFilter"_s)->setDate(targetWeek);
        dialog->findChild<QDateEdit *>(u"toFilter"_s)->setDate(targetWeek.addDays(6));
        if (dialog->listedSlots().isEmpty())
            return dialog->reject();
        auto *list = dialog->findChild<QListWidget *>(u"slotList"_s);
        list->setCurrentRow(list->count() - 1);
        chosenSlot = dialog->chosenSlot()->id;
        dialog->accept();
    });
    QVERIFY(focusWeek());
    QTest::keyClick(view(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!couple.isEmpty());
    QVERIFY2(couple.contains(u"Xenia & Yvonne & Zoe Zwei"_s), qPrintable(couple));
    QVERIFY(allListed > 7); // the weeks ahead, not one week
    QVERIFY(!chosenSlot.isEmpty());
    QTRY_COMPARE(serverBooking(id).value(u"slotId"_s).toString(), chosenSlot);
    QVERIFY(chosenSlot != oldSlot);
    QCOMPARE(m_workspace->monday(), targetWeek);
    QVERIFY2(m_workspace->noticeText().startsWith(u"Moved to"_s),
             qPrintable(m_workspace->noticeText()));
}

void tst_StandesamtWorkspace::registrarsAreListedByName()
{
    // A demo booking with its registrar (the demo's weddings of the next two
    // weeks are confirmed), shown before the server's list of registrars has
    // come: then it must not stay at the login.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QString withRegistrar;
    for (const WeddingBooking &b : m_calendar->between(now, now + 14LL * 24 * 60 * 60 * 1000)) {
        if (b.registrar == u"schmidt"_s)
            withRegistrar = b.id;
    }
    QVERIFY(!withRegistrar.isEmpty());
    StandesamtWorkspace fresh(m_calendar.get());
    QVERIFY(fresh.showBooking(withRegistrar));
    QCOMPARE(fresh.selectedBooking()->id, withRegistrar);
    auto *registrar = fresh.findChild<QComboBox *>(u"registrar"_s);
    QCOMPARE(registrar->currentData().toString(), u"schmidt"_s);
    QTRY_COMPARE(registrar->currentText(), u"Jonas Schmidt"_s);
    for (int i = 0; i < registrar->count(); ++i)
        QVERIFY2(registrar->itemText(i) != registrar->itemData(i).toString(),
                 qPrintable(registrar->itemText(i)));
}

QTEST_MAIN(tst_StandesamtWorkspace)
#include "tst_standesamtworkspace.moc"
