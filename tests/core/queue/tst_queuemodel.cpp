// The queue list from the local cache: which tickets, in which order, what
// the columns say, and how it follows the cache through a day (filled,
// refreshed in place, emptied when the day turns, filled again). The model
// tester watches the model in every test.

#include "core/domain/ticket.h"
#include "core/queue/queuemodel.h"
#include "core/sync/localstore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QDate kToday(2026, 11, 25);

qint64 todayAt(int hour, int minute)
{
    return QDateTime(kToday, QTime(hour, minute)).toMSecsSinceEpoch();
}

Ticket waiting(qint64 id, const QString &number, int hour, int minute)
{
    Ticket t;
    t.id = id;
    t.officeId = 1;
    t.serviceId = 2;
    t.number = number;
    t.serviceDay = kToday.toString(Qt::ISODate);
    t.issuedAt = t.queueAt = todayAt(hour, minute);
    return t;
}

Change upsert(qint64 revision, const Ticket &ticket)
{
    return TestSupport::upsertChange(revision, u"ticket"_s, ticket.toJson());
}
} // namespace

class tst_QueueModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void inTheOrderCountersTakeThem();
    void columns();
    void malformedTicketsAreLeftOut();
    void theListFollowsTheForecast();
    void followsTheCacheThroughTheDay();

private:
    QStringList numbers() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<QueueModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_revision = 0;
};

void tst_QueueModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<LocalStore>(m_dir->filePath(u"cache.db"_s), u"queuemodel"_s);
    const auto opened = m_store->open();
    QVERIFY2(opened, qPrintable(opened.error()));
    const auto applied = m_store->apply(
        {TestSupport::upsertChange(1, u"service"_s,
                                   {{u"id"_s, u"2"_s}, {u"name"_s, u"Personalausweis"_s}}),
         TestSupport::upsertChange(1, u"counter"_s,
                                   {{u"id"_s, u"3"_s}, {u"name"_s, u"Schalter 3"_s}}),
         TestSupport::upsertChange(1, u"counter"_s,
                                   {{u"id"_s, u"5"_s}, {u"name"_s, u"Schalter 5"_s}})},
        1);
    QVERIFY2(applied, qPrintable(applied.error()));
    m_revision = 1;
    m_model = std::make_unique<QueueModel>(m_store.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setNow(QDateTime(kToday, QTime(10, 0)));
    m_model->setOfficeId(u"1"_s);
}

void tst_QueueModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_store.reset();
    m_dir.reset();
}

QStringList tst_QueueModel::numbers() const
{
    QStringList list;
    for (int row = 0; row < m_model->rowCount(); ++row)
        list.append(m_model->ticketAt(row).number);
    return list;
}

void tst_QueueModel::inTheOrderCountersTakeThem()
{
    Ticket early = waiting(1, u"A001"_s, 8, 0);
    Ticket later = waiting(2, u"A002"_s, 8, 30);
    Ticket urgent = waiting(3, u"A003"_s, 9, 0);
    urgent.priority = 3;
    Ticket due = waiting(4, u"A004"_s, 9, 30);
    due.source = TicketSource::Appointment;
    due.dueAt = todayAt(9, 45); // its time has come
    Ticket notYetDue = waiting(5, u"A005"_s, 7, 0);
    notYetDue.source = TicketSource::Appointment;
    notYetDue.dueAt = todayAt(11, 0); // waits like a walk-in until then
    Ticket called = waiting(6, u"A006"_s, 7, 30);
    called.status = TicketStatus::Called;
    called.counterId = 3;
    Ticket sameTime = waiting(7, u"A007"_s, 8, 30); // after A002: the lower id first

    // Not in the list: served, another office, yesterday's.
    Ticket served = waiting(8, u"A008"_s, 7, 0);
    served.status = TicketStatus::Serving;
    Ticket otherOffice = waiting(9, u"C001"_s, 7, 0);
    otherOffice.officeId = 2;
    Ticket yesterday = waiting(10, u"A099"_s, 7, 0);
    yesterday.serviceDay = kToday.addDays(-1).toString(Qt::ISODate);

    QList<Change> changes;
    for (const Ticket &t :
         {sameTime, early, later, urgent, due, notYetDue, called, served, otherOffice, yesterday})
        changes.append(upsert(++m_revision, t));
    const auto applied = m_store->apply(changes, m_revision);
    QVERIFY2(applied, qPrintable(applied.error()));
    m_model->reload();

    QCOMPARE(numbers(), (QStringList{u"A004"_s, u"A003"_s, u"A005"_s, u"A006"_s, u"A001"_s,
                                     u"A002"_s, u"A007"_s}));
    QCOMPARE(m_model->waitingCount(), 6);
    QCOMPARE(m_model->ticketAt(0), due);
}

void tst_QueueModel::columns()
{
    Ticket walkIn = waiting(1, u"A001"_s, 9, 15);
    Ticket kiosk = waiting(2, u"A002"_s, 9, 20);
    kiosk.source = TicketSource::Kiosk;
    kiosk.priority = 1;
    Ticket called = waiting(3, u"A003"_s, 9, 25);
    called.status = TicketStatus::Called;
    called.source = TicketSource::Appointment;
    called.counterId = 3;
    Ticket sentOn = waiting(4, u"A004"_s, 9, 50);
    sentOn.targetCounterId = 5;
    const auto applied =
        m_store->apply({upsert(++m_revision, walkIn), upsert(++m_revision, kiosk),
                        upsert(++m_revision, called), upsert(++m_revision, sentOn)},
                       m_revision);
    QVERIFY2(applied, qPrintable(applied.error()));
    m_model->setEstimates({{1, 12}, {2, 4}});
    m_model->reload();
    QCOMPARE(numbers(), (QStringList{u"A002"_s, u"A001"_s, u"A003"_s, u"A004"_s}));

    const auto cell = [this](int row, int column, int role = Qt::DisplayRole) {
        return m_model->index(row, column).data(role);
    };
    QCOMPARE(cell(0, QueueModel::NumberColumn).toString(), u"A002 ★"_s);
    QCOMPARE(cell(0, QueueModel::ServiceColumn).toString(), u"Personalausweis"_s);
    QCOMPARE(cell(0, QueueModel::StateColumn).toString(), u"waiting"_s);
    QCOMPARE(cell(0, QueueModel::SourceColumn).toString(), u"kiosk"_s);
    QCOMPARE(cell(0, QueueModel::WaitingColumn).toString(), u"40 min"_s);
    QCOMPARE(cell(0, QueueModel::EstimateColumn).toString(), u"≈ 4 min"_s);
    QCOMPARE(cell(0, 0, QueueModel::TicketIdRole).toString(), u"2"_s);
    QCOMPARE(cell(0, 0, QueueModel::ServiceIdRole).toString(), u"2"_s);
    QCOMPARE(cell(0, 0, QueueModel::StatusRole).toString(), u"waiting"_s);

    QCOMPARE(cell(1, QueueModel::NumberColumn).toString(), u"A001"_s);
    QCOMPARE(cell(1, QueueModel::SourceColumn).toString(), u"walk-in"_s);
    QCOMPARE(cell(1, QueueModel::WaitingColumn).toString(), u"45 min"_s);
    QCOMPARE(cell(1, QueueModel::EstimateColumn).toString(), u"≈ 12 min"_s);

    // Called: to which counter; where it came from stays its source.
    QCOMPARE(cell(2, QueueModel::StateColumn).toString(), u"called · Schalter 3"_s);
    QCOMPARE(cell(2, QueueModel::SourceColumn).toString(), u"appointment"_s);
    QCOMPARE(cell(2, QueueModel::EstimateColumn).toString(), QString());
    QCOMPARE(cell(2, 0, QueueModel::StatusRole).toString(), u"called"_s);

    // Transferred to one counter: it says which.
    QCOMPARE(cell(3, QueueModel::StateColumn).toString(), u"→ Schalter 5"_s);
    QCOMPARE(cell(3, 0, QueueModel::StatusRole).toString(), u"waiting"_s);
}

void tst_QueueModel::theListFollowsTheForecast()
{
    // Four in line at 9:00, 9:05, 9:10, 9:15 and one called; the server
    // expects to call them in 5, 15, 10 and 20 minutes (its dispatcher may
    // take a short visit first).
    Ticket called = waiting(5, u"A005"_s, 8, 50);
    called.status = TicketStatus::Called;
    const auto applied = m_store->apply({upsert(++m_revision, waiting(1, u"A001"_s, 9, 0)),
                                         upsert(++m_revision, waiting(2, u"A002"_s, 9, 5)),
                                         upsert(++m_revision, called),
                                         upsert(++m_revision, waiting(3, u"A003"_s, 9, 10)),
                                         upsert(++m_revision, waiting(4, u"A004"_s, 9, 15))},
                                        m_revision);
    QVERIFY2(applied, qPrintable(applied.error()));
    m_model->reload();
    // Without estimates: in line order.
    QCOMPARE(numbers(), (QStringList{u"A005"_s, u"A001"_s, u"A002"_s, u"A003"_s, u"A004"_s}));
    const QPersistentModelIndex selected = m_model->index(2, 0); // A002
    m_model->setEstimates({{1, 5}, {2, 15}, {3, 10}, {4, 20}});
    const auto shown = [this] {
        QStringList texts;
        for (int row = 0; row < m_model->rowCount(); ++row)
            texts.append(m_model->index(row, QueueModel::EstimateColumn).data().toString());
        return texts;
    };
    QCOMPARE(numbers(), (QStringList{u"A005"_s, u"A001"_s, u"A003"_s, u"A002"_s, u"A004"_s}));
    QCOMPARE(shown(),
             (QStringList{QString(), u"≈ 5 min"_s, u"≈ 10 min"_s, u"≈ 15 min"_s, u"≈ 20 min"_s}));
    // A selection stays with its ticket.
    QCOMPARE(selected.row(), 3);

    // The list changes under the estimates (A002 called meanwhile): a called
    // one keeps its place in line, without an estimate.
    Ticket calledNow = waiting(2, u"A002"_s, 9, 5);
    calledNow.status = TicketStatus::Called;
    QVERIFY(m_store->apply({upsert(++m_revision, calledNow)}, m_revision));
    m_model->reload();
    QCOMPARE(numbers(), (QStringList{u"A005"_s, u"A001"_s, u"A002"_s, u"A003"_s, u"A004"_s}));
    QCOMPARE(shown(),
             (QStringList{QString(), u"≈ 5 min"_s, QString(), u"≈ 10 min"_s, u"≈ 20 min"_s}));
}

void tst_QueueModel::malformedTicketsAreLeftOut()
{
    QJsonObject noStatus = waiting(2, u"A002"_s, 9, 0).toJson();
    noStatus.remove(u"status"_s);
    QJsonObject badTime = waiting(3, u"A003"_s, 9, 0).toJson();
    badTime.insert(u"queuedAt"_s, u"later"_s);
    const auto applied =
        m_store->apply({upsert(++m_revision, waiting(1, u"A001"_s, 9, 0)),
                        TestSupport::upsertChange(++m_revision, u"ticket"_s, noStatus),
                        TestSupport::upsertChange(++m_revision, u"ticket"_s, badTime)},
                       m_revision);
    QVERIFY2(applied, qPrintable(applied.error()));
    QTest::ignoreMessage(QtWarningMsg, "Queue list: ticket 2 passed over: status is missing");
    QTest::ignoreMessage(QtWarningMsg,
                         "Queue list: ticket 3 passed over: queuedAt is not an ISO 8601 time");
    m_model->reload();
    QCOMPARE(numbers(), QStringList{u"A001"_s});
}

void tst_QueueModel::followsTheCacheThroughTheDay()
{
    const auto put = [this](const QList<Ticket> &tickets) {
        QList<Change> changes;
        for (const Ticket &t : tickets)
            changes.append(upsert(++m_revision, t));
        const auto applied = m_store->apply(changes, m_revision);
        QVERIFY2(applied, qPrintable(applied.error()));
    };
    QCOMPARE(m_model->rowCount(), 0); // nothing cached yet

    // Filled.
    Ticket called = waiting(1, u"A001"_s, 9, 30);
    called.status = TicketStatus::Called;
    Ticket urgent = waiting(3, u"A003"_s, 9, 55);
    urgent.priority = 1;
    put({called, waiting(2, u"A002"_s, 9, 40), urgent});
    m_model->reload();
    QCOMPARE(numbers(), (QStringList{u"A003"_s, u"A001"_s, u"A002"_s}));

    // Refreshed in place: the estimates arrive, the clock ticks.
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setEstimates({{2, 7}});
    QCOMPARE(m_model->index(2, QueueModel::EstimateColumn).data().toString(), u"≈ 7 min"_s);
    m_model->setNow(QDateTime(kToday, QTime(10, 10)));
    QCOMPARE(m_model->index(2, QueueModel::WaitingColumn).data().toString(), u"30 min"_s);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(m_model->rowCount(), 3);

    // Reloaded: the called visitor is done, the urgent one is called.
    called.status = TicketStatus::Done;
    urgent.status = TicketStatus::Called;
    put({called, urgent});
    m_model->reload();
    QCOMPARE(numbers(), (QStringList{u"A003"_s, u"A002"_s}));

    // A new day: yesterday's tickets leave the list.
    const QDate tomorrow = kToday.addDays(1);
    m_model->setNow(QDateTime(tomorrow, QTime(7, 30)));
    QCOMPARE(m_model->rowCount(), 0);

    // The new day's first ticket fills it again.
    Ticket first = waiting(7, u"A001"_s, 7, 45);
    first.serviceDay = tomorrow.toString(Qt::ISODate);
    first.issuedAt = first.queueAt = QDateTime(tomorrow, QTime(7, 45)).toMSecsSinceEpoch();
    put({first});
    m_model->reload();
    QCOMPARE(numbers(), QStringList{u"A001"_s});
}

QTEST_MAIN(tst_QueueModel)
#include "tst_queuemodel.moc"
