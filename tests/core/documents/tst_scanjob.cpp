// Reading a batch off the UI thread: a long PDF's pages are shared out among
// several tasks (each its own Poppler document), every page arrives exactly
// once with its own codes, progress counts pages, a protected PDF asks for
// its password (and opens with the right one), cancelling stops.

#include "core/documents/documentpages.h"
#include "core/documents/scanjob.h"
#include "testdocuments.h"

#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestDocuments;

class tst_ScanJob : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyPageOnceWithItsCodes();
    void protectedPdfNeedsItsPassword();
    void cancelStops();

private:
    QTemporaryDir m_dir;
    QString m_long;
    static constexpr int kPages = 12;
};

void tst_ScanJob::initTestCase()
{
    QList<QImage> pages;
    for (int i = 1; i <= kPages; ++i)
        pages.append(page(
            {code(ZXing::BarcodeFormat::QRCode, u"SEITE-%1"_s.arg(i).toStdWString(), 220, 220)}));
    m_long = m_dir.filePath(u"lang.pdf"_s);
    QVERIFY(writePdf(m_long, pages));
}

void tst_ScanJob::everyPageOnceWithItsCodes()
{
    ScanJob job;
    QSignalSpy pages(&job, &ScanJob::pageRead);
    QSignalSpy progress(&job, &ScanJob::progress);
    QSignalSpy finished(&job, &ScanJob::finished);
    job.start({m_long});
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(pages.size(), kPages);
    QSet<int> numbers;
    for (const QList<QVariant> &arguments : pages) {
        const auto page = arguments.first().value<ScanJob::Page>();
        numbers.insert(page.number);
        QCOMPARE(page.codes.size(), 1);
        QCOMPARE(page.codes.first().text, u"SEITE-%1"_s.arg(page.number)); // the right page
    }
    QCOMPARE(numbers.size(), kPages);
    // Progress is per page: the last says all pages of all known pages.
    QCOMPARE(progress.last().at(0).toInt(), kPages);
    QCOMPARE(progress.last().at(1).toInt(), kPages);
    QVERIFY(progress.size() >= kPages);
}

void tst_ScanJob::protectedPdfNeedsItsPassword()
{
    const QString locked = m_dir.filePath(u"geschuetzt.pdf"_s);
    QProcess qpdf;
    qpdf.start(u"qpdf"_s,
               {u"--encrypt"_s, u"Geheim-1"_s, u"Besitzer-1"_s, u"256"_s, u"--"_s, m_long, locked});
    QVERIFY(qpdf.waitForFinished(60000));
    QCOMPARE(qpdf.exitCode(), 0);

    ScanJob job;
    QSignalSpy needed(&job, &ScanJob::passwordNeeded);
    QSignalSpy pages(&job, &ScanJob::pageRead);
    QSignalSpy finished(&job, &ScanJob::finished);
    job.start({locked});
    QVERIFY(finished.wait(60000));
    QCOMPARE(needed.size(), 1);
    QCOMPARE(pages.size(), 0);
    job.start({locked}, {{locked, u"falsch"_s}});
    QVERIFY(finished.wait(60000));
    QCOMPARE(needed.size(), 2);
    QVERIFY(needed.last().at(1).toString().contains(u"not right"_s));
    job.start({locked}, {{locked, u"Geheim-1"_s}});
    QVERIFY(finished.wait(60000));
    QCOMPARE(pages.size(), kPages);
    QVERIFY(loadDocumentPages(locked).passwordNeeded);
}

void tst_ScanJob::cancelStops()
{
    ScanJob job;
    QSignalSpy pages(&job, &ScanJob::pageRead);
    QSignalSpy finished(&job, &ScanJob::finished);
    job.start({m_long});
    QVERIFY(QTest::qWaitFor([&pages] { return !pages.isEmpty(); }, 60000));
    job.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), true);
    const qsizetype seen = pages.size();
    QTest::qWait(500); // pages in hand when cancelled are not delivered
    QCOMPARE(pages.size(), seen);
    QVERIFY(seen < kPages);
}

QTEST_MAIN(tst_ScanJob)
#include "tst_scanjob.moc"
