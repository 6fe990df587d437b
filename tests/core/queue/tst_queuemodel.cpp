// The queue list's model over the local cache, checked by the model tester
// while the cache fills it, the tickets move on, the day turns (it empties)
// and the new day's first tickets fill it again. Only the item model
// interface is read: what a view sees.

#include "core/domain/change.h"
#include "core/queue/queuemodel.h"
#include "core/sync/localstore.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QDate kDay(2027, 3, 1);

QString at(QDate day, int hour, int minute)
{
    return QDateTime(day, QTime(hour, minute)).toOffsetFromUtc(0).toString(Qt::ISODate);
}

QJsonObject ticket(const QString &id, const QString &number, const QString &status, QDate day,
                   int hour, int minute)
{
    return {{u"id"_s, id},
            {u"number"_s, number},
            {u"officeId"_s, u"1"_s},
            {u"serviceId"_s, u"1"_s},
            {u"serviceDay"_s, day.toString(Qt::ISODate)},
            {u"status"_s, status},
            {u"source"_s, u"walk_in"_s},
            {u"priority"_s, 0},
            {u"issuedAt"_s, at(day, hour, minute)},
            {u"queuedAt"_s, at(day, hour, minute)}};
}
} // namespace

class tst_QueueModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void followsTheCacheThroughTheDay();

private:
    // Writes the entities into the cache as the changes feed would.
    bool put(const QString &entity, const QList<QJsonObject> &entities);
    QStringList numbers() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<QueueModel> m_model;
    qint64 m_revision = 0;
};

void tst_QueueModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<LocalStore>(m_dir->filePath(u"cache.db"_s), u"cache"_s);
    QString error;
    QVERIFY2(m_store->open(&error), qPrintable(error));
    m_revision = 0;
    m_model = std::make_unique<QueueModel>(m_store.get());
}

void tst_QueueModel::cleanup()
{
    m_model.reset();
    m_store.reset();
    m_dir.reset();
}

bool tst_QueueModel::put(const QString &entity, const QList<QJsonObject> &entities)
{
    QList<Change> changes;
    for (const QJsonObject &data : entities) {
        Change change;
        change.revision = ++m_revision;
        change.entity = entity;
        change.id = data.value(u"id"_s).toString();
        change.data = data;
        changes.append(change);
    }
    QString error;
    if (!m_store->apply(changes, m_revision, &error)) {
        qWarning("apply: %s", qPrintable(error));
        return false;
    }
    return true;
}

QStringList tst_QueueModel::numbers() const
{
    QStringList shown;
    for (int row = 0; row < m_model->rowCount(); ++row)
        shown.append(m_model->index(row, QueueModel::NumberColumn).data().toString());
    return shown;
}

void tst_QueueModel::followsTheCacheThroughTheDay()
{
    QAbstractItemModelTester tester(m_model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setNow(QDateTime(kDay, QTime(9, 0)));
    m_model->setOfficeId(u"1"_s);
    QCOMPARE(m_model->rowCount(), 0); // nothing cached yet

    // Filled: today's waiting and called tickets of the office, in line order.
    QJsonObject urgent = ticket(u"3"_s, u"A003"_s, u"waiting"_s, kDay, 8, 55);
    urgent.insert(u"priority"_s, 1);
    QJsonObject elsewhere = ticket(u"5"_s, u"U001"_s, u"waiting"_s, kDay, 8, 0);
    elsewhere.insert(u"officeId"_s, u"2"_s);
    QVERIFY(put(u"service"_s, {{{u"id"_s, u"1"_s}, {u"name"_s, u"Personalausweis"_s}}}));
    QVERIFY(put(u"ticket"_s, {ticket(u"1"_s, u"A001"_s, u"called"_s, kDay, 8, 30),
                              ticket(u"2"_s, u"A002"_s, u"waiting"_s, kDay, 8, 40), urgent,
                              ticket(u"4"_s, u"A000"_s, u"done"_s, kDay, 8, 10), elsewhere,
                              ticket(u"6"_s, u"A099"_s, u"waiting"_s, kDay.addDays(-1), 15, 0)}));
    m_model->reload();
    QCOMPARE(numbers(), (QStringList{u"A003 ★"_s, u"A001"_s, u"A002"_s}));
    QCOMPARE(m_model->index(2, QueueModel::ServiceColumn).data().toString(), u"Personalausweis"_s);
    QCOMPARE(m_model->index(2, QueueModel::WaitingColumn).data().toString(), u"20 min"_s);

    // Refreshed in place: the estimates arrive, the clock ticks.
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setEstimates({{u"2"_s, 7}});
    QCOMPARE(m_model->index(2, QueueModel::EstimateColumn).data().toString(), u"≈ 7 min"_s);
    m_model->setNow(QDateTime(kDay, QTime(9, 10)));
    QCOMPARE(m_model->index(2, QueueModel::WaitingColumn).data().toString(), u"30 min"_s);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(m_model->rowCount(), 3);

    // Reloaded: the called visitor is done, the urgent one is called.
    urgent.insert(u"status"_s, u"called"_s);
    QVERIFY(put(u"ticket"_s, {ticket(u"1"_s, u"A001"_s, u"done"_s, kDay, 8, 30), urgent}));
    m_model->reload();
    QCOMPARE(numbers(), (QStringList{u"A003 ★"_s, u"A002"_s}));

    // A new day: yesterday's tickets are gone from the list.
    m_model->setNow(QDateTime(kDay.addDays(1), QTime(7, 30)));
    QCOMPARE(m_model->rowCount(), 0);

    // The new day's first ticket fills it again.
    QVERIFY(put(u"ticket"_s, {ticket(u"7"_s, u"A001"_s, u"waiting"_s, kDay.addDays(1), 7, 45)}));
    m_model->reload();
    QCOMPARE(numbers(), QStringList{u"A001"_s});
}

QTEST_MAIN(tst_QueueModel)
#include "tst_queuemodel.moc"
