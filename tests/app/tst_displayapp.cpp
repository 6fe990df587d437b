// tresen-display keeps nothing of the feed on disk: after it ran and showed
// calls, no file of its home holds a ticket, and the cache file earlier
// versions kept is gone.

#include "displayapp.h"
#include "testsupport.h"
#include "ui/queue/calldisplaywindow.h"

#include <QApplication>
#include <QDirIterator>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

class tst_DisplayApp : public QObject
{
    Q_OBJECT

private slots:
    void leavesNoFeedOnDisk();
};

void tst_DisplayApp::leavesNoFeedOnDisk()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    for (const char *variable : {"XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"})
        qputenv(variable, QFile::encodeName(home.filePath(QString::fromLatin1(variable))));
    QCoreApplication::setOrganizationName(u"Tresen"_s);
    QCoreApplication::setApplicationName(u"tresen-display"_s);
    // The cache file of an earlier version, with a ticket in it.
    const QString earlier = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                            u"/cache/display.db"_s;
    QVERIFY(QDir().mkpath(QFileInfo(earlier).absolutePath()));
    for (const QString &file : {earlier, earlier + u"-wal"_s}) {
        QFile old(file);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("{\"number\":\"Z999\"}");
    }

    QTemporaryDir serverDir;
    QString error;
    const auto server = TestSupport::startDemoServer(serverDir, &error);
    QVERIFY2(server, qPrintable(error));
    TestSupport::HttpClient http{QUrl(server->baseUrl())};
    const QByteArray clerk = http.login(u"mueller"_s, u"demo"_s);
    QStringList numbers;
    {
        DisplayApp::Options options;
        options.server = QUrl(server->baseUrl());
        options.login = u"anzeige"_s;
        options.password = u"demo"_s;
        options.officeId = u"1"_s;
        options.windowed = true;
        options.gong = false;
        DisplayApp display(options);
        display.start();
        CallDisplayWindow *window = nullptr;
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *shown = qobject_cast<CallDisplayWindow *>(widget))
                window = shown;
        }
        QVERIFY(window);
        // Two tickets: one waits, one is called and shown.
        for (int i = 0; i < 2; ++i)
            numbers.append(http.send("POST", u"/api/v1/tickets"_s, R"({"serviceId":"1"})", clerk)
                               .json.toObject()
                               .value(u"number"_s)
                               .toString());
        QVERIFY(!numbers.contains(QString()));
        QCOMPARE(http.send("POST", u"/api/v1/counters/3/call-next"_s, "{}", clerk).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(window->newestCallText().contains(numbers.first()), 10000);
    }
    QVERIFY(!QFileInfo::exists(earlier));
    QVERIFY(!QFileInfo::exists(earlier + u"-wal"_s));
    QDirIterator files(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QVERIFY2(!path.endsWith(u".db"_s), qPrintable(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        for (const QString &number : std::as_const(numbers))
            QVERIFY2(!content.contains(number.toUtf8()), qPrintable(path));
    }
}

QTEST_MAIN(tst_DisplayApp)
#include "tst_displayapp.moc"
