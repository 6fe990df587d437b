// The counter workspace against a real server: exactly the allowed buttons per
// ticket state, the function keys, the queue list, offline behaviour, and the
// front desk's printed ticket.

#include "core/queue/counterdesk.h"
#include "core/queue/frontdesknumbers.h"
#include "core/sync/backendclient.h"
#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"
#include "modals.h"
#include "server/instance/backend.h"
#include "server/instance/serverinstance.h"
#include "testsupport.h"
#include "ui/queue/counterworkspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QGroupBox>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(QList<TicketAction>)

namespace {
const QList<TicketAction> kAllActions{
    TicketAction::Call,   TicketAction::Recall,  TicketAction::Start,   TicketAction::Finish,
    TicketAction::NoShow, TicketAction::Requeue, TicketAction::Transfer};
} // namespace

class tst_CounterWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void nobodyWaiting();
    void keysWalkThroughAVisit();
    void queueListFollowsTheServer();
    void frontDeskPrintsATicket();
    void offlineDisablesEverything();
    void ctrlZTakesBackANoShowAndACancellation();
    void aTransferIsConfirmedWithItsTarget();
    void priorityIsExplainedWhereItIsSeen();
    void frontDeskGoesOnOfflineFromItsReserve();

private:
    QList<TicketAction> enabledActions() const;
    // After a dialog: the workspace's window takes the keys again.
    void backToTheWorkspace();
    QString currentNumber() const;
    QJsonObject issue(const QString &serviceId);

    // Each test its own server, clerk and workspace: none sees the tickets
    // another issued or the server another stopped.
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerInstance> m_server;
    std::unique_ptr<TestSupport::HttpClient> m_http;
    QByteArray m_token;
    std::unique_ptr<TestSupport::SyncedClient> m_clerk;
    std::unique_ptr<CounterDesk> m_desk;
    std::unique_ptr<CounterWorkspace> m_workspace;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_modelTesters;
};

void tst_CounterWorkspace::init()
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

    m_desk = std::make_unique<CounterDesk>(m_clerk->client.get(), m_clerk->store.get(),
                                           m_clerk->sync.get());
    m_workspace = std::make_unique<CounterWorkspace>(m_desk.get(), m_clerk->store.get());
    // The queue list and the queue model under it (through their item model
    // interface only), checked against the model rules at every change.
    QAbstractItemModel *shown = m_workspace->findChild<QTableView *>(u"queueTable"_s)->model();
    auto *filter = qobject_cast<QSortFilterProxyModel *>(shown);
    QVERIFY(filter);
    for (QAbstractItemModel *model : {shown, filter->sourceModel()})
        m_modelTesters.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    m_workspace->setTicketFolder(m_dir->filePath(u"tickets"_s));
    m_workspace->setCounter(u"1"_s);
    m_workspace->resize(1200, 700);
    m_workspace->show();
    QVERIFY(QTest::qWaitForWindowActive(m_workspace.get()));
}

void tst_CounterWorkspace::cleanup()
{
    m_modelTesters.clear();
    m_workspace.reset();
    m_desk.reset();
    m_clerk.reset();
    m_http.reset();
    m_server.reset();
    m_dir.reset();
}

QList<TicketAction> tst_CounterWorkspace::enabledActions() const
{
    QList<TicketAction> enabled;
    for (const TicketAction action : kAllActions) {
        if (m_workspace->button(action)->isEnabled())
            enabled.append(action);
    }
    return enabled;
}

void tst_CounterWorkspace::backToTheWorkspace()
{
    QTRY_VERIFY(!QApplication::activeModalWidget());
    m_workspace->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_workspace.get()));
}

QString tst_CounterWorkspace::currentNumber() const
{
    return m_workspace->findChild<QLabel *>(u"currentNumber"_s)->text();
}

QJsonObject tst_CounterWorkspace::issue(const QString &serviceId)
{
    return m_http
        ->send("POST", u"/api/v1/tickets"_s, u"{\"serviceId\":\"%1\"}"_s.arg(serviceId).toUtf8(),
               m_token)
        .json.toObject();
}

void tst_CounterWorkspace::nobodyWaiting()
{
    QCOMPARE(enabledActions(), QList<TicketAction>{TicketAction::Call});
    QTest::keyClick(m_workspace.get(), Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(m_workspace->noticeText(), u"Nobody is waiting for this counter."_s,
                              10000);
    QCOMPARE(currentNumber(), u"–"_s);
}

void tst_CounterWorkspace::keysWalkThroughAVisit()
{
    using A = TicketAction;
    const QJsonObject first = issue(u"1"_s);
    const QString number = first.value(u"number"_s).toString();
    const qint64 secondId = issue(u"1"_s).value(u"id"_s).toString().toLongLong();

    QTest::keyClick(m_workspace.get(), Qt::Key_F5); // call
    QTRY_COMPARE_WITH_TIMEOUT(currentNumber(), number, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(enabledActions(), (QList<A>{A::Recall, A::Start, A::Requeue}), 5000);

    QTest::keyClick(m_workspace.get(), Qt::Key_F6); // second call: "did not come" is possible now
    QTRY_COMPARE_WITH_TIMEOUT(enabledActions(),
                              (QList<A>{A::Recall, A::Start, A::NoShow, A::Requeue}), 10000);

    QTest::keyClick(m_workspace.get(), Qt::Key_F7); // start
    QTRY_COMPARE_WITH_TIMEOUT(enabledActions(), (QList<A>{A::Finish, A::Transfer}), 10000);
    // Keys of actions the state does not allow do nothing.
    QTest::keyClick(m_workspace.get(), Qt::Key_F5);
    QTest::keyClick(m_workspace.get(), Qt::Key_F4);
    QCOMPARE(currentNumber(), number);

    QTest::keyClick(m_workspace.get(), Qt::Key_F8); // finish
    QTRY_COMPARE_WITH_TIMEOUT(currentNumber(), u"–"_s, 10000);
    QCOMPARE(enabledActions(), QList<A>{A::Call});
    // Had F5 or F4 gone out (before the finish), the second ticket would be
    // called or the first one back in line.
    QCOMPARE(m_server->backend().tickets.find(first.value(u"id"_s).toString().toLongLong())->status,
             TicketStatus::Done);
    QCOMPARE(m_server->backend().tickets.find(secondId)->status, TicketStatus::Waiting);

    QTest::keyClick(m_workspace.get(), Qt::Key_F5); // the second ticket
    QTRY_VERIFY_WITH_TIMEOUT(currentNumber() != u"–"_s, 10000);
    QTest::keyClick(m_workspace.get(), Qt::Key_F4); // put back in line
    QTRY_COMPARE_WITH_TIMEOUT(currentNumber(), u"–"_s, 10000);
}

void tst_CounterWorkspace::queueListFollowsTheServer()
{
    auto *table = m_workspace->findChild<QTableView *>(u"queueTable"_s);
    const int before = table->model()->rowCount();
    const QJsonObject ticket = issue(u"3"_s); // someone else's front desk issues a ticket
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), before + 1, 10000);
    bool found = false;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        found |=
            table->model()->index(row, 0).data().toString() == ticket.value(u"number"_s).toString();
    QVERIFY(found);
    // The server's estimate arrives in the last column.
    QTRY_VERIFY_WITH_TIMEOUT(table->model()
                                 ->index(table->model()->rowCount() - 1, 4)
                                 .data()
                                 .toString()
                                 .contains(u"min"_s),
                             10000);
}

void tst_CounterWorkspace::frontDeskPrintsATicket()
{
    m_workspace->setReceptionVisible(true);
    QVERIFY(m_workspace->isReceptionVisible());
    QSignalSpy issued(m_workspace.get(), &CounterWorkspace::ticketIssued);
    QTest::keyClick(m_workspace.get(), Qt::Key_N, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(issued.size(), 1, 10000);
    const Ticket ticket = issued.at(0).at(0).value<Ticket>();
    const auto stored = m_server->backend().tickets.find(ticket.id);
    QVERIFY(stored);
    QCOMPARE(ticket.toJson(), stored->toJson()); // the server's ticket, read back whole
    const QString pdf = issued.at(0).at(1).toString();
    QVERIFY2(QFile::exists(pdf), qPrintable(pdf)); // no printer here: a PDF
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {pdf, u"-"_s});
    QVERIFY(pdftotext.waitForFinished(30000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QVERIFY2(text.contains(ticket.number), qPrintable(text));
    QVERIFY2(text.contains(u"Bürgeramt Mitte"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Personalausweis"_s), qPrintable(text));
    QVERIFY(m_workspace->noticeText().contains(ticket.number));
}

void tst_CounterWorkspace::offlineDisablesEverything()
{
    issue(u"1"_s);
    m_server.reset();
    QTRY_COMPARE_WITH_TIMEOUT(m_clerk->sync->connection(), SyncEngine::Connection::Reconnecting,
                              10000);
    QTRY_VERIFY_WITH_TIMEOUT(enabledActions().isEmpty(), 5000);
    auto *banner = m_workspace->findChild<QLabel *>(u"banner"_s);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(u"No connection"_s));
    QVERIFY(!m_workspace->findChild<QPushButton *>(u"issueButton"_s)->isEnabled());
    QTest::keyClick(m_workspace.get(), Qt::Key_F5); // nothing happens, nothing breaks
}

void tst_CounterWorkspace::ctrlZTakesBackANoShowAndACancellation()
{
    const QJsonObject first = issue(u"1"_s);
    const QJsonObject second = issue(u"1"_s);
    const QString number = first.value(u"number"_s).toString();
    const qint64 firstId = first.value(u"id"_s).toString().toLongLong();
    const qint64 secondId = second.value(u"id"_s).toString().toLongLong();
    const auto statusOf = [this](qint64 id) {
        return m_server->backend().tickets.find(id)->status;
    };
    QPushButton *undo = m_workspace->undoButton();
    QVERIFY(!undo->isVisible());

    // Not come: called twice, then F9, confirmed.
    QTest::keyClick(m_workspace.get(), Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(currentNumber(), number, 10000);
    QTest::keyClick(m_workspace.get(), Qt::Key_F6);
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->button(TicketAction::NoShow)->isEnabled(), 10000);
    TestSupport::onNextModal([](QWidget *modal) {
        if (auto *box = qobject_cast<QMessageBox *>(modal))
            box->button(QMessageBox::Yes)->click();
    });
    QTest::keyClick(m_workspace.get(), Qt::Key_F9);
    QTRY_COMPARE_WITH_TIMEOUT(currentNumber(), u"–"_s, 10000);
    backToTheWorkspace();
    QCOMPARE(statusOf(firstId), TicketStatus::NoShow);
    QVERIFY(m_workspace->noticeText().contains(number));
    QVERIFY(undo->isVisible());
    QVERIFY2(undo->text().contains(number), qPrintable(undo->text()));

    // Ctrl+Z: called at this counter again, as before.
    QTest::keyClick(m_workspace.get(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(currentNumber(), number, 10000);
    QCOMPARE(statusOf(firstId), TicketStatus::Called);
    QVERIFY2(m_workspace->noticeText().contains(u"again"_s), qPrintable(m_workspace->noticeText()));
    QVERIFY(m_workspace->noticeText().contains(number));
    QVERIFY(!undo->isVisible());
    // Once only: a second Ctrl+Z takes nothing back.
    QTest::keyClick(m_workspace.get(), Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(m_workspace.get(), Qt::Key_F4); // put back in line
    QTRY_COMPARE_WITH_TIMEOUT(currentNumber(), u"–"_s, 10000);
    QCOMPARE(statusOf(firstId), TicketStatus::Waiting);

    // A cancelled ticket, chosen in the queue list.
    auto *table = m_workspace->findChild<QTableView *>(u"queueTable"_s);
    const auto cancelSecond = [&] {
        QModelIndex row;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int i = 0; i < table->model()->rowCount(); ++i) {
                    const QModelIndex index = table->model()->index(i, 0);
                    if (index.data().toString().startsWith(second[u"number"_s].toString()))
                        row = index;
                }
                return row.isValid();
            }(),
            10000);
        table->setCurrentIndex(row);
        TestSupport::onNextModal([](QWidget *modal) {
            if (auto *box = qobject_cast<QMessageBox *>(modal))
                box->button(QMessageBox::Yes)->click();
        });
        m_workspace->findChild<QPushButton *>(u"cancelButton"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(secondId), TicketStatus::Cancelled, 10000);
        backToTheWorkspace();
    };
    cancelSecond();
    QTRY_VERIFY_WITH_TIMEOUT(undo->isVisible(), 10000);
    QVERIFY(m_workspace->noticeText().contains(second[u"number"_s].toString()));
    QTest::keyClick(m_workspace.get(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(secondId), TicketStatus::Waiting, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->noticeText().contains(u"waiting again"_s), 10000);
    QVERIFY(!undo->isVisible());

    // After the few seconds: gone, and Ctrl+Z sends nothing.
    m_desk->setUndoWindow(50);
    QSignalSpy cancelled(m_desk.get(), &CounterDesk::notice);
    cancelSecond();
    // The cancellation's answer is in (the server may say "cancelled" first),
    // and its chance to take it back has passed.
    QTRY_VERIFY_WITH_TIMEOUT(!cancelled.isEmpty(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!undo->isVisible(), 10000);
    QVERIFY(!m_desk->canUndo());
    QSignalSpy notices(m_desk.get(), &CounterDesk::notice);
    QTest::keyClick(m_workspace.get(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!notices.wait(1000)); // no answer, for no request went out
    QCOMPARE(statusOf(secondId), TicketStatus::Cancelled);
}

void tst_CounterWorkspace::aTransferIsConfirmedWithItsTarget()
{
    QString number;
    const auto serveOne = [this, &number] {
        number = issue(u"1"_s).value(u"number"_s).toString();
        QTest::keyClick(m_workspace.get(), Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(currentNumber(), number, 10000);
        QTest::keyClick(m_workspace.get(), Qt::Key_F7);
        QTRY_VERIFY_WITH_TIMEOUT(m_workspace->button(TicketAction::Transfer)->isEnabled(), 10000);
    };
    // To a counter, chosen in the dialog.
    serveOne();
    TestSupport::onNextModal([](QWidget *modal) {
        auto *dialog = qobject_cast<QDialog *>(modal);
        QVERIFY(dialog);
        dialog->findChild<QRadioButton *>(u"toCounter"_s)->setChecked(true);
        auto *counters = dialog->findChild<QComboBox *>(u"counters"_s);
        counters->setCurrentIndex(counters->findText(u"Schalter 3"_s));
        QCOMPARE(counters->currentText(), u"Schalter 3"_s);
        dialog->accept();
    });
    QTest::keyClick(m_workspace.get(), Qt::Key_T, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(currentNumber(), u"–"_s, 10000);
    backToTheWorkspace();
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->noticeText().contains(number), 10000);
    QVERIFY2(m_workspace->noticeText().contains(u"Schalter 3"_s),
             qPrintable(m_workspace->noticeText()));

    // To a service.
    serveOne();
    TestSupport::onNextModal([](QWidget *modal) {
        auto *dialog = qobject_cast<QDialog *>(modal);
        QVERIFY(dialog);
        auto *services = dialog->findChild<QComboBox *>(u"services"_s);
        services->setCurrentIndex(services->findText(u"Reisepass beantragen"_s));
        QCOMPARE(services->currentText(), u"Reisepass beantragen"_s);
        dialog->accept();
    });
    QTest::keyClick(m_workspace.get(), Qt::Key_T, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(currentNumber(), u"–"_s, 10000);
    backToTheWorkspace();
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->noticeText().contains(number), 10000);
    QVERIFY2(m_workspace->noticeText().contains(u"Reisepass beantragen"_s),
             qPrintable(m_workspace->noticeText()));
}

void tst_CounterWorkspace::priorityIsExplainedWhereItIsSeen()
{
    m_workspace->setReceptionVisible(true);
    auto *spin = m_workspace->findChild<QSpinBox *>();
    QVERIFY(spin);
    // Beside the box, readable without hovering, and to a screen reader.
    auto *help = m_workspace->findChild<QLabel *>(u"priorityHelp"_s);
    QVERIFY(help);
    QTRY_VERIFY(help->isVisible());
    QVERIFY(help->text().contains(u"called first"_s));
    QCOMPARE(spin->accessibleDescription(), help->text());
    bool named = false;
    for (const QLabel *label : m_workspace->findChildren<QLabel *>())
        named |= label->buddy() == spin && label->text().contains(u"Priority"_s);
    QVERIFY(named);
    // The queue's ★ says what it means below the list.
    auto *legend = m_workspace->findChild<QLabel *>(u"queueLegend"_s);
    QVERIFY(legend && legend->isVisible());
    QVERIFY(legend->text().contains(u"★"_s));
}

void tst_CounterWorkspace::frontDeskGoesOnOfflineFromItsReserve()
{
    // Opening the front desk while online fetches the day's reserve numbers.
    m_workspace->setReceptionVisible(true);
    QTRY_COMPARE_WITH_TIMEOUT(m_desk->reserveNumbers().remaining(), 50, 10000);
    const NumberBlock block = *m_desk->reserveNumbers().block();
    m_server.reset();
    QTRY_COMPARE_WITH_TIMEOUT(m_clerk->sync->connection(), SyncEngine::Connection::Reconnecting,
                              10000);
    auto *banner = m_workspace->findChild<QLabel *>(u"banner"_s);
    QTRY_VERIFY(banner->text().contains(u"reserve numbers (50 left)"_s));
    auto *issueButton = m_workspace->findChild<QPushButton *>(u"issueButton"_s);
    QVERIFY(issueButton->isEnabled());
    QVERIFY(enabledActions().isEmpty()); // calling still needs the server

    QSignalSpy issued(m_workspace.get(), &CounterWorkspace::ticketIssued);
    QTest::keyClick(m_workspace.get(), Qt::Key_N, Qt::ControlModifier);
    QTRY_COMPARE(issued.size(), 1);
    const Ticket ticket = issued.at(0).at(0).value<Ticket>();
    QCOMPARE(ticket.number, block.numberAt(1));
    const QString pdf = issued.at(0).at(1).toString();
    QVERIFY2(QFile::exists(pdf), qPrintable(pdf)); // printed as usual (here: a PDF)
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {pdf, u"-"_s});
    QVERIFY(pdftotext.waitForFinished(30000));
    QVERIFY(QString::fromUtf8(pdftotext.readAllStandardOutput()).contains(ticket.number));
    QVERIFY(m_workspace->noticeText().contains(ticket.number));
    QVERIFY(m_workspace->noticeText().contains(u"Issued without connection"_s));
    QVERIFY(banner->text().contains(u"(49 left)"_s));
    QCOMPARE(m_clerk->store->pendingCount(), 1);
}

QTEST_MAIN(tst_CounterWorkspace)
#include "tst_counterworkspace.moc"
