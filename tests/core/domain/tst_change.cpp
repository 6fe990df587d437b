// A change's JSON form, as the changes feed and the events socket carry it.

#include "core/domain/change.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_Change : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void deleteCarriesNoData();
    void rejects_data();
    void rejects();
};

void tst_Change::roundTrip()
{
    Change change;
    change.revision = 42;
    change.entity = u"counter"_s;
    change.id = u"3"_s;
    change.event = u"counter.updated"_s;
    change.data = {{u"id"_s, u"3"_s}, {u"name"_s, u"Schalter 3"_s}};
    const auto back = Change::fromJson(change.toJson());
    QVERIFY(back);
    QCOMPARE(back->revision, 42);
    QCOMPARE(back->entity, change.entity);
    QCOMPARE(back->id, change.id);
    QCOMPARE(back->op, Change::Op::Upsert);
    QCOMPARE(back->event, change.event);
    QCOMPARE(back->data, change.data);
}

void tst_Change::deleteCarriesNoData()
{
    Change change;
    change.revision = 7;
    change.entity = u"ticket"_s;
    change.id = u"9"_s;
    change.op = Change::Op::Delete;
    change.data = {{u"ignored"_s, true}};
    const QJsonObject json = change.toJson();
    QCOMPARE(json.value(u"op"_s).toString(), u"delete"_s);
    QVERIFY(json.value(u"data"_s).isNull());
    const auto back = Change::fromJson(json);
    QVERIFY(back);
    QCOMPARE(back->op, Change::Op::Delete);
    QVERIFY(back->data.isEmpty());
}

void tst_Change::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    const QString badRevision = u"revision is not a whole number above 0"_s;
    QTest::addRow("empty") << QByteArray("{}") << badRevision;
    QTest::addRow("no revision") << QByteArray(R"({"entity":"x","id":"1","op":"delete"})")
                                 << badRevision;
    QTest::addRow("revision zero")
        << QByteArray(R"({"revision":0,"entity":"x","id":"1","op":"delete"})") << badRevision;
    QTest::addRow("revision as text")
        << QByteArray(R"({"revision":"5","entity":"x","id":"1","op":"delete"})") << badRevision;
    QTest::addRow("no entity") << QByteArray(R"({"revision":5,"id":"1","op":"delete"})")
                               << u"entity is missing"_s;
    QTest::addRow("unknown op")
        << QByteArray(R"({"revision":5,"entity":"x","id":"1","op":"merge","data":{}})")
        << u"op is neither \"upsert\" nor \"delete\""_s;
    QTest::addRow("upsert without data")
        << QByteArray(R"({"revision":5,"entity":"x","id":"1","op":"upsert"})")
        << u"data of an upsert is not an object"_s;
    QTest::addRow("upsert with array data")
        << QByteArray(R"({"revision":5,"entity":"x","id":"1","op":"upsert","data":[]})")
        << u"data of an upsert is not an object"_s;
}

void tst_Change::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    QCOMPARE(Change::fromJson(QJsonDocument::fromJson(json).object()).error(), reason);
}

QTEST_APPLESS_MAIN(tst_Change)
#include "tst_change.moc"
