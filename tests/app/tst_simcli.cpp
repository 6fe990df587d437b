// tresen-sim as cities' scripts call it: the JSON of the contract, the
// side-by-side table, and exit code 2 with a reason for what it cannot use.

#include "server/instance/serverinstance.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run runSim(const QStringList &arguments)
{
    QProcess sim;
    sim.setProcessEnvironment([] {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"LANGUAGE"_s, u"en"_s);
        environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        return environment;
    }());
    sim.start(QStringLiteral(TRESEN_SIM_BINARY), arguments);
    if (!sim.waitForFinished(60000))
        return {};
    return {sim.exitCode(), sim.readAllStandardOutput(),
            QString::fromUtf8(sim.readAllStandardError())};
}

const QString kScenario =
    QStringLiteral(QT_TESTCASE_SOURCEDIR) + u"/../bench/scenarios/typical-day.json"_s;
} // namespace

class tst_SimCli : public QObject
{
    Q_OBJECT

private slots:
    void printsOneJsonObject();
    void comparesThePolicies();
    void refuses_data();
    void refuses();
    void playsAnOfficesPastDays();
    void advisesStaffing();
};

void tst_SimCli::printsOneJsonObject()
{
    const Run run = runSim({u"--scenario"_s, kScenario, u"--policy"_s, u"zms"_s, u"--days"_s,
                            u"3"_s, u"--seed"_s, u"5"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonObject result = QJsonDocument::fromJson(run.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QStringList members{u"policy"_s,
                              u"days"_s,
                              u"visitors"_s,
                              u"served"_s,
                              u"noShows"_s,
                              u"meanWaitMinutes"_s,
                              u"medianWaitMinutes"_s,
                              u"p90WaitMinutes"_s,
                              u"p95WaitMinutes"_s,
                              u"maxWaitMinutes"_s,
                              u"serviceLevel"_s,
                              u"appointmentLatenessP90Minutes"_s,
                              u"estimateMedianAbsErrorMinutes"_s,
                              u"utilisation"_s};
    for (const QString &member : members)
        QVERIFY2(result.contains(member), qPrintable(member));
    QCOMPARE(result.value(u"policy"_s).toString(), u"zms"_s);
    QCOMPARE(result.value(u"days"_s).toInt(), 3);
    QVERIFY(result.value(u"served"_s).toInt() > 0);
    // The same seed, the same days.
    QCOMPARE(runSim({u"--scenario"_s, kScenario, u"--policy"_s, u"zms"_s, u"--days"_s, u"3"_s,
                     u"--seed"_s, u"5"_s, u"--json"_s})
                 .out,
             run.out);
}

void tst_SimCli::comparesThePolicies()
{
    const Run run = runSim({u"--scenario"_s, kScenario, u"--compare"_s, u"--days"_s, u"2"_s});
    QCOMPARE(run.exitCode, 0);
    const QString table = QString::fromUtf8(run.out);
    QVERIFY2(table.contains(u"fifo"_s) && table.contains(u"zms"_s) && table.contains(u"tresen"_s),
             qPrintable(table));
    QVERIFY2(table.contains(u"mean wait (min)"_s), qPrintable(table));
}

void tst_SimCli::refuses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    QTest::addRow("no scenario") << QStringList{u"--policy"_s, u"fifo"_s} << u"--scenario"_s;
    QTest::addRow("a file that is not there")
        << QStringList{u"--scenario"_s, u"/nonexistent/day.json"_s} << u"Cannot read"_s;
    QTest::addRow("an unknown policy")
        << QStringList{u"--scenario"_s, kScenario, u"--policy"_s, u"lifo"_s} << u"lifo"_s;
    QTest::addRow("no days") << QStringList{u"--scenario"_s, kScenario, u"--days"_s, u"0"_s}
                             << u"--days"_s;
    QTest::addRow("an unknown option") << QStringList{u"--fast"_s} << u"fast"_s;
}

void tst_SimCli::refuses()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    const Run run = runSim(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(reason), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void tst_SimCli::playsAnOfficesPastDays()
{
    // The demo's eight weeks of history, in a database of its own.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"city.db"_s);
    {
        ServerConfig config;
        config.database.kind = DatabaseUrl::Kind::Sqlite;
        config.database.path = path;
        config.demo = true;
        config.demoHistory = true;
        config.documentFolder = dir.filePath(u"documents"_s);
        ServerInstance server(config);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
    }
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QString monthAgo = QDate::currentDate().addDays(-28).toString(Qt::ISODate);
    const QString written = dir.filePath(u"mondays.json"_s);
    const Run run =
        runSim({u"--from-database"_s, u"sqlite:"_s + path, u"--office"_s, u"1"_s, u"--from"_s,
                monthAgo, u"--to"_s, today, u"--weekday"_s, u"1"_s, u"--policy"_s, u"fifo"_s,
                u"--days"_s, u"2"_s, u"--json"_s, u"--write-scenario"_s, written});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject result = QJsonDocument::fromJson(run.out).object();
    QVERIFY2(result[u"visitors"_s].toInt() > 0, run.out.constData());
    // The scenario it played, in the format of docs/simulation.md: it plays again.
    QFile file(written);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject scenario = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(scenario[u"name"_s].toString(), u"Bürgeramt Mitte"_s);
    double walkIns = 0;
    for (const QJsonValue &service : scenario[u"services"_s].toArray()) {
        for (const QJsonValue &rate : service[u"walkInsPerHour"_s].toArray())
            walkIns += rate.toDouble();
    }
    QVERIFY(walkIns > 0);
    const Run again = runSim(
        {u"--scenario"_s, written, u"--policy"_s, u"fifo"_s, u"--days"_s, u"2"_s, u"--json"_s});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(again.out).object(), result);

    // What it cannot use.
    const Run noOffice = runSim({u"--from-database"_s, u"sqlite:"_s + path, u"--office"_s, u"999"_s,
                                 u"--from"_s, monthAgo, u"--to"_s, today});
    QCOMPARE(noOffice.exitCode, 2);
    QVERIFY2(noOffice.err.contains(u"no office 999"_s), qPrintable(noOffice.err));
    const Run backwards = runSim({u"--from-database"_s, u"sqlite:"_s + path, u"--office"_s, u"1"_s,
                                  u"--from"_s, today, u"--to"_s, monthAgo});
    QCOMPARE(backwards.exitCode, 2);
    const Run both = runSim({u"--from-database"_s, u"sqlite:"_s + path, u"--scenario"_s, written});
    QCOMPARE(both.exitCode, 2);
    // A file that is not there is not made, and a password is never shown.
    const QString missing = dir.filePath(u"typo/city.db"_s);
    const Run typo = runSim({u"--from-database"_s, u"sqlite:"_s + missing, u"--office"_s, u"1"_s,
                             u"--from"_s, monthAgo, u"--to"_s, today});
    QCOMPARE(typo.exitCode, 2);
    QVERIFY(!QFileInfo::exists(missing));
    const Run unreachable =
        runSim({u"--from-database"_s, u"postgresql://tresen:Geheim123@127.0.0.1:1/city"_s,
                u"--office"_s, u"1"_s, u"--from"_s, monthAgo, u"--to"_s, today});
    QCOMPARE(unreachable.exitCode, 2);
    QVERIFY2(!unreachable.err.contains(u"Geheim123"_s), qPrintable(unreachable.err));
}

void tst_SimCli::advisesStaffing()
{
    // The typical day opens 08:00 to 16:00: one line per hour after the heading.
    const Run run =
        runSim({u"--scenario"_s, kScenario, u"--advise-staffing"_s, u"0.8"_s, u"--days"_s, u"5"_s});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 9, run.out.constData());
    QVERIFY(lines.at(0).contains(u"80 %"_s));
    QVERIFY(lines.at(1).startsWith(u"08:00"_s));
    QVERIFY(lines.at(8).startsWith(u"15:00"_s));
    const Run bad = runSim({u"--scenario"_s, kScenario, u"--advise-staffing"_s, u"80"_s});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains(u"--advise-staffing"_s));
}

QTEST_GUILESS_MAIN(tst_SimCli)
#include "tst_simcli.moc"
