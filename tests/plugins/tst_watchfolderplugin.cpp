// The watched-folder inbox, loaded as the workstation loads it, on a real
// folder: a scanner that writes slowly, temporary names, files that are not
// documents, marking read, name clashes, a folder that goes away.

#include "core/documents/documentinbox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
bool write(const QString &path, const QByteArray &bytes,
           QIODevice::OpenMode mode = QIODevice::WriteOnly)
{
    QFile file(path);
    return file.open(mode) && file.write(bytes) == bytes.size();
}
} // namespace

class tst_WatchFolderPlugin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void offersCompleteDocumentsOnce();
    void slowWriterIsOfferedWhenDone();
    void markReadMovesAsideWithoutOverwriting();
    void refusesWhatIsNotAFolder();
    void reportsAFolderThatGoesAway();

private:
    DocumentInbox *m_inbox = nullptr;
};

void tst_WatchFolderPlugin::initTestCase()
{
    const QList<DocumentInbox *> inboxes = InboxPlugins::load(
        {QFileInfo(QString::fromUtf8(TRESEN_WATCHFOLDER_PLUGIN)).absolutePath()});
    QCOMPARE(inboxes.size(), 1);
    m_inbox = inboxes.first();
    QCOMPARE(m_inbox->inboxName(), u"folder"_s);
}

void tst_WatchFolderPlugin::offersCompleteDocumentsOnce()
{
    QTemporaryDir dir;
    QVERIFY(write(dir.filePath(u"already-there.pdf"_s), "%PDF-1.4 old"));
    Result<std::unique_ptr<InboxWatcher>> watched = m_inbox->watch(dir.path());
    QVERIFY2(watched, qPrintable(watched.error()));
    std::unique_ptr<InboxWatcher> watcher = std::move(watched).value();
    int changes = 0;
    watcher->setListener([&changes] { ++changes; }, [](const QString &) {});

    QVERIFY(write(dir.filePath(u"scan-0001.pdf"_s), "%PDF-1.4 new"));
    QVERIFY(write(dir.filePath(u".scan-0002.pdf"_s), "%PDF hidden, being written"));
    QVERIFY(write(dir.filePath(u"scan-0003.pdf.part"_s), "%PDF partial"));
    QVERIFY(write(dir.filePath(u"notes.txt"_s), "not a document"));
    QVERIFY(write(dir.filePath(u"empty.pdf"_s), ""));
    QTRY_COMPARE(watcher->waiting().size(), 2);
    QStringList names;
    for (const QString &path : watcher->waiting())
        names.append(QFileInfo(path).fileName());
    names.sort();
    QCOMPARE(names, (QStringList{u"already-there.pdf"_s, u"scan-0001.pdf"_s}));
    QVERIFY(changes >= 1);

    // Offered once: more looks add nothing.
    const int before = changes;
    QTest::qWait(2500);
    QCOMPARE(watcher->waiting().size(), 2);
    QCOMPARE(changes, before);

    // Removed by someone else: no longer offered.
    QVERIFY(QFile::remove(dir.filePath(u"already-there.pdf"_s)));
    QTRY_COMPARE(watcher->waiting().size(), 1);
}

void tst_WatchFolderPlugin::slowWriterIsOfferedWhenDone()
{
    QTemporaryDir dir;
    Result<std::unique_ptr<InboxWatcher>> watched = m_inbox->watch(dir.path());
    QVERIFY2(watched, qPrintable(watched.error()));
    std::unique_ptr<InboxWatcher> watcher = std::move(watched).value();
    const QString path = dir.filePath(u"slow.pdf"_s);
    QVERIFY(write(path, "%PDF-1.4 page 1"));
    // A network scanner appending a page every 600 ms: still growing, not offered.
    for (int page = 2; page <= 5; ++page) {
        QTest::qWait(600);
        QVERIFY(watcher->waiting().isEmpty());
        QVERIFY(write(path, " page " + QByteArray::number(page), QIODevice::Append));
    }
    QTRY_COMPARE(watcher->waiting(), QStringList{QFileInfo(path).absoluteFilePath()});
}

void tst_WatchFolderPlugin::markReadMovesAsideWithoutOverwriting()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(u"eingelesen"_s));
    QVERIFY(write(dir.filePath(u"eingelesen/scan.pdf"_s), "yesterday's"));
    QVERIFY(write(dir.filePath(u"scan.pdf"_s), "today's"));
    Result<std::unique_ptr<InboxWatcher>> watched = m_inbox->watch(dir.path());
    QVERIFY2(watched, qPrintable(watched.error()));
    std::unique_ptr<InboxWatcher> watcher = std::move(watched).value();
    QTRY_COMPARE(watcher->waiting().size(), 1);
    const Result<void> marked = watcher->markRead(watcher->waiting().first());
    QVERIFY2(marked, qPrintable(marked.error()));
    QVERIFY(watcher->waiting().isEmpty());
    QVERIFY(!QFile::exists(dir.filePath(u"scan.pdf"_s)));
    QFile old(dir.filePath(u"eingelesen/scan.pdf"_s)),
        moved(dir.filePath(u"eingelesen/scan-2.pdf"_s));
    QVERIFY(old.open(QIODevice::ReadOnly) && moved.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), "yesterday's");
    QCOMPARE(moved.readAll(), "today's");
    // Not offered again from the subfolder, and a vanished file cannot be marked.
    QTest::qWait(1500);
    QVERIFY(watcher->waiting().isEmpty());
    const Result<void> vanished = watcher->markRead(dir.filePath(u"scan.pdf"_s));
    QVERIFY(!vanished);
    QVERIFY(!vanished.error().isEmpty());
}

void tst_WatchFolderPlugin::refusesWhatIsNotAFolder()
{
    QTemporaryDir dir;
    const auto missing = m_inbox->watch(dir.filePath(u"missing"_s));
    QVERIFY(!missing);
    QVERIFY(missing.error().contains(u"missing"_s));
    QVERIFY(write(dir.filePath(u"file.pdf"_s), "x"));
    const auto file = m_inbox->watch(dir.filePath(u"file.pdf"_s));
    QVERIFY(!file);
    QVERIFY(!file.error().isEmpty());
}

void tst_WatchFolderPlugin::reportsAFolderThatGoesAway()
{
    QTemporaryDir parent;
    const QString folder = parent.filePath(u"share"_s);
    QVERIFY(QDir().mkpath(folder));
    Result<std::unique_ptr<InboxWatcher>> watched = m_inbox->watch(folder);
    QVERIFY2(watched, qPrintable(watched.error()));
    std::unique_ptr<InboxWatcher> watcher = std::move(watched).value();
    QStringList problems;
    watcher->setListener([] {}, [&problems](const QString &problem) { problems.append(problem); });
    QVERIFY(QDir(folder).removeRecursively());
    QTRY_COMPARE(problems.size(), 1);
    QVERIFY(problems.first().contains(folder));
    // Back again (the share is mounted again): the all-clear, and arrivals.
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(write(QDir(folder).filePath(u"after.pdf"_s), "%PDF"));
    QTRY_COMPARE(problems.size(), 2);
    QVERIFY(problems.last().isEmpty());
    QTRY_COMPARE(watcher->waiting().size(), 1);
}

QTEST_GUILESS_MAIN(tst_WatchFolderPlugin)
#include "tst_watchfolderplugin.moc"
