// The scenario format of tresen-sim: a good file is read member by member,
// and every bad one is refused with a reason that names what is wrong.

#include "core/simulation/scenario.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

namespace {
const char *const kGood = R"({
  "name": "Bürgeramt Mitte, Dienstag",
  "opening": {"from": "08:00", "to": "16:00"},
  "services": [
    {"id": "anmeldung", "name": "Wohnsitzanmeldung", "minutes": {"mean": 9, "sd": 4},
     "walkInsPerHour": [4, 6, 8, 10, 10, 8, 6, 4], "appointmentsPerHour": 3},
    {"id": "ausweis", "name": "Personalausweis", "minutes": {"mean": 14, "sd": 5},
     "walkInsPerHour": [2, 3, 4, 5, 5, 4, 3, 2], "appointmentsPerHour": 3}
  ],
  "counters": [{"id": "1", "services": ["anmeldung", "ausweis"]}, {"id": "2", "services": ["ausweis"]}],
  "noShowRate": 0.12,
  "appointmentArrivalMinutes": {"mean": -6, "sd": 5},
  "serviceLevelTargetMinutes": 20
})";

// The good scenario with one member replaced (a path "services/0/minutes").
QByteArray changed(const QString &path, const QJsonValue &value)
{
    QJsonObject root = QJsonDocument::fromJson(kGood).object();
    const QStringList keys = path.split(u'/');
    std::function<QJsonValue(QJsonValue, qsizetype)> set = [&](QJsonValue node, qsizetype depth) {
        if (depth == keys.size())
            return value;
        bool isIndex = false;
        const int index = keys.at(depth).toInt(&isIndex);
        if (isIndex) {
            QJsonArray array = node.toArray();
            array[index] = set(array.at(index), depth + 1);
            return QJsonValue(array);
        }
        QJsonObject object = node.toObject();
        if (value.isUndefined() && depth + 1 == keys.size())
            object.remove(keys.at(depth));
        else
            object[keys.at(depth)] = set(object.value(keys.at(depth)), depth + 1);
        return QJsonValue(object);
    };
    root = set(root, 0).toObject();
    return QJsonDocument(root).toJson();
}
} // namespace

class tst_Scenario : public QObject
{
    Q_OBJECT

private slots:
    void readsTheIssuesExample();
    void refuses_data();
    void refuses();
    void writesWhatItReads();
};

void tst_Scenario::readsTheIssuesExample()
{
    const Result<Scenario> scenario = Scenario::fromJson(kGood);
    QVERIFY2(scenario.ok(), qPrintable(scenario ? QString() : scenario.reason().message));
    QCOMPARE(scenario->name, u"Bürgeramt Mitte, Dienstag"_s);
    QCOMPARE(scenario->opensMinute, 8 * 60);
    QCOMPARE(scenario->closesMinute, 16 * 60);
    QCOMPARE(scenario->openingHours(), 8);
    QCOMPARE(scenario->services.size(), 2);
    QCOMPARE(scenario->services.at(1).name, u"Personalausweis"_s);
    QCOMPARE(scenario->services.at(1).meanMinutes, 14.0);
    QCOMPARE(scenario->services.at(1).sdMinutes, 5.0);
    QCOMPARE(scenario->services.at(0).walkInsPerHour, (QList<double>{4, 6, 8, 10, 10, 8, 6, 4}));
    QCOMPARE(scenario->services.at(0).appointmentsPerHour, 3);
    QCOMPARE(scenario->counters.size(), 2);
    QCOMPARE(scenario->counters.at(1).services, QStringList{u"ausweis"_s});
    QCOMPARE(scenario->noShowRate, 0.12);
    QCOMPARE(scenario->appointmentArrivalMeanMinutes, -6.0);
    QCOMPARE(scenario->appointmentArrivalSdMinutes, 5.0);
    QCOMPARE(scenario->serviceLevelTargetMinutes, 20);
    QCOMPARE(scenario->serviceIndex(u"ausweis"_s), 1);
    QCOMPARE(scenario->serviceIndex(u"pass"_s), -1);

    // The target is optional: 20 minutes.
    const auto withoutTarget = Scenario::fromJson(
        changed(u"serviceLevelTargetMinutes"_s, QJsonValue(QJsonValue::Undefined)));
    QVERIFY(withoutTarget.ok());
    QCOMPARE(withoutTarget->serviceLevelTargetMinutes, 20);
}

void tst_Scenario::writesWhatItReads()
{
    const Result<Scenario> read =
        Scenario::fromJson(changed(u"counters/1/hours"_s, QJsonArray{0, 0, 1, 1, 1, 1, 0, 0}));
    QVERIFY2(read.ok(), qPrintable(read ? QString() : read.reason().message));
    QCOMPARE(read->counters.at(1).hours,
             (QList<bool>{false, false, true, true, true, true, false, false}));
    QVERIFY(!read->counters.at(1).staffedIn(0));
    QVERIFY(read->counters.at(1).staffedIn(3));
    QVERIFY(read->counters.at(0).staffedIn(7)); // without "hours": always
    const QByteArray written = read->toJson();
    const Result<Scenario> again = Scenario::fromJson(written);
    QVERIFY2(again.ok(), qPrintable(again ? QString() : again.reason().message));
    QCOMPARE(again->toJson(), written);
    QCOMPARE(again->name, read->name);
    QCOMPARE(again->opensMinute, read->opensMinute);
    QCOMPARE(again->closesMinute, read->closesMinute);
    QCOMPARE(again->services.at(0).walkInsPerHour, read->services.at(0).walkInsPerHour);
    QCOMPARE(again->services.at(1).meanMinutes, read->services.at(1).meanMinutes);
    QCOMPARE(again->counters.at(1).hours, read->counters.at(1).hours);
    QCOMPARE(again->counters.at(0).hours, QList<bool>());
    QCOMPARE(again->noShowRate, read->noShowRate);
    QCOMPARE(again->appointmentArrivalMeanMinutes, read->appointmentArrivalMeanMinutes);
}

void tst_Scenario::refuses_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason"); // a part of the message

    QTest::addRow("not JSON") << QByteArray("{\"opening\": ") << u"not valid JSON"_s;
    QTest::addRow("not an object") << QByteArray("[1, 2]") << u"JSON object"_s;
    QTest::addRow("opening without a time")
        << changed(u"opening/from"_s, u"8 Uhr"_s) << u"\"opening\""_s;
    QTest::addRow("closing before opening") << changed(u"opening/to"_s, u"07:00"_s) << u"after"_s;
    QTest::addRow("no services") << changed(u"services"_s, QJsonArray())
                                 << u"at least one service"_s;
    QTest::addRow("a service without id")
        << changed(u"services/1/id"_s, u""_s) << u"needs an \"id\""_s;
    QTest::addRow("a service twice")
        << changed(u"services/1/id"_s, u"anmeldung"_s) << u"used twice"_s;
    QTest::addRow("no processing time")
        << changed(u"services/0/minutes/mean"_s, 0) << u"\"mean\" above 0"_s;
    QTest::addRow("negative spread")
        << changed(u"services/0/minutes/sd"_s, -1) << u"\"sd\" of 0 or more"_s;
    QTest::addRow("wrong number of hours")
        << changed(u"services/0/walkInsPerHour"_s, QJsonArray{4, 6, 8})
        << u"has 3 rates, but the office is open for 8 hours"_s;
    QTest::addRow("negative rate")
        << changed(u"services/0/walkInsPerHour"_s, QJsonArray{4, 6, 8, -1, 10, 8, 6, 4})
        << u"0 or more"_s;
    QTest::addRow("a rate that is no number")
        << changed(u"services/0/walkInsPerHour"_s, QJsonArray{4, 6, 8, u"viele"_s, 10, 8, 6, 4})
        << u"0 or more"_s;
    QTest::addRow("half an appointment")
        << changed(u"services/0/appointmentsPerHour"_s, 2.5) << u"whole number"_s;
    QTest::addRow("negative appointments")
        << changed(u"services/0/appointmentsPerHour"_s, -3) << u"whole number"_s;
    QTest::addRow("no counters") << changed(u"counters"_s, QJsonArray())
                                 << u"at least one counter"_s;
    QTest::addRow("a counter of an unknown service")
        << changed(u"counters/1/services"_s, QJsonArray{u"pass"_s}) << u"\"pass\""_s;
    QTest::addRow("a counter that serves nothing")
        << changed(u"counters/1/services"_s, QJsonArray()) << u"serves no service"_s;
    QTest::addRow("a counter twice") << changed(u"counters/1/id"_s, u"1"_s) << u"used twice"_s;
    QTest::addRow("staffed hours that do not fit")
        << changed(u"counters/1/hours"_s, QJsonArray{1, 1, 0})
        << u"\"hours\" has 3 entries, but the office is open for 8 hours"_s;
    QTest::addRow("half staffed") << changed(u"counters/1/hours"_s,
                                             QJsonArray{1, 1, 0.5, 1, 1, 1, 1, 1})
                                  << u"1 (staffed) or 0"_s;
    QTest::addRow("no-show rate over 1") << changed(u"noShowRate"_s, 1.5) << u"\"noShowRate\""_s;
    QTest::addRow("negative no-show rate") << changed(u"noShowRate"_s, -0.1) << u"\"noShowRate\""_s;
    QTest::addRow("arrival mean as text")
        << changed(u"appointmentArrivalMinutes/mean"_s, u"früh"_s) << u"must be a number"_s;
    QTest::addRow("negative arrival spread")
        << changed(u"appointmentArrivalMinutes/sd"_s, -5) << u"\"sd\" must be 0 or more"_s;
    QTest::addRow("target of no minutes")
        << changed(u"serviceLevelTargetMinutes"_s, 0) << u"at least 1"_s;
}

void tst_Scenario::refuses()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    const Result<Scenario> scenario = Scenario::fromJson(json);
    QVERIFY(!scenario.ok());
    QVERIFY2(scenario.reason().message.contains(reason), qPrintable(scenario.reason().message));
}

QTEST_GUILESS_MAIN(tst_Scenario)
#include "tst_scenario.moc"
