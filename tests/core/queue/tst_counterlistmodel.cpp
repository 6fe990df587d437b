// The counters a clerk may call at, from the local cache: retired counters
// (`active` false) are not offered; counters from servers that do not know
// retiring (no `active`) are.

#include "core/queue/counterlistmodel.h"
#include "core/sync/localstore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QJsonObject counter(const QString &id, const QString &name, std::optional<bool> active)
{
    QJsonObject json{{u"id"_s, id}, {u"officeId"_s, u"1"_s}, {u"name"_s, name}};
    if (active)
        json.insert(u"active"_s, *active);
    return json;
}
} // namespace

class tst_CounterListModel : public QObject
{
    Q_OBJECT

private slots:
    void retiredCountersAreNotOffered();
};

void tst_CounterListModel::retiredCountersAreNotOffered()
{
    QTemporaryDir dir;
    LocalStore store(dir.filePath(u"cache.db"_s), u"counterlist"_s);
    const auto opened = store.open();
    QVERIFY2(opened, qPrintable(opened.error()));
    const auto applied = store.apply(
        {TestSupport::upsertChange(1, u"office"_s, {{u"id"_s, u"1"_s}, {u"name"_s, u"Mitte"_s}}),
         TestSupport::upsertChange(2, u"counter"_s, counter(u"1"_s, u"Platz 1"_s, true)),
         TestSupport::upsertChange(3, u"counter"_s, counter(u"2"_s, u"Platz 2"_s, false)),
         TestSupport::upsertChange(4, u"counter"_s, counter(u"3"_s, u"Platz 3"_s, std::nullopt))},
        4);
    QVERIFY2(applied, qPrintable(applied.error()));

    CounterListModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOfCounter(u"1"_s), 0);
    QCOMPARE(model.rowOfCounter(u"2"_s), -1);
    QCOMPARE(model.rowOfCounter(u"3"_s), 1);

    // Platz 1 is retired; Platz 2 comes back.
    const auto changed = store.apply(
        {TestSupport::upsertChange(5, u"counter"_s, counter(u"1"_s, u"Platz 1"_s, false)),
         TestSupport::upsertChange(6, u"counter"_s, counter(u"2"_s, u"Platz 2"_s, true))},
        6);
    QVERIFY2(changed, qPrintable(changed.error()));
    model.reload();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOfCounter(u"1"_s), -1);
    QCOMPARE(model.rowOfCounter(u"2"_s), 0);
    QCOMPARE(model.data(model.index(0), Qt::DisplayRole).toString(), u"Mitte · Platz 2"_s);
}

QTEST_MAIN(tst_CounterListModel)
#include "tst_counterlistmodel.moc"
