// The SANE scanner plugin, loaded the way the workstation loads it, against
// SANE's own `test` device (no hardware here): devices, a flatbed page at the
// chosen resolution and mode, a feeder that runs empty, cancelling, and a
// device that is not there. The pages go through the code reader like any.

#include "core/documents/codereader.h"
#include "core/documents/scannerbackend.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_SanePlugin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsTheTestDevices();
    void scansAFlatbedPage();
    void feederRunsUntilEmpty();
    void cancelStopsTheFeeder();
    void missingDeviceIsAClearError();

private:
    QTemporaryDir m_config;
    ScannerBackend *m_sane = nullptr;
};

void tst_SanePlugin::initTestCase()
{
    // SANE reads dll.conf from SANE_CONFIG_DIR: only the test backend.
    QFile dll(m_config.filePath(u"dll.conf"_s));
    QVERIFY(dll.open(QIODevice::WriteOnly));
    dll.write("test\n");
    dll.close();
    qputenv("SANE_CONFIG_DIR", m_config.path().toLocal8Bit());
    const QList<ScannerBackend *> backends =
        ScannerPlugins::load({QFileInfo(QString::fromUtf8(TRESEN_SANE_PLUGIN)).absolutePath()});
    QCOMPARE(backends.size(), 1);
    m_sane = backends.first();
    QCOMPARE(m_sane->backendName(), u"SANE"_s);
}

void tst_SanePlugin::listsTheTestDevices()
{
    const Result<QList<ScannerDevice>> devices = m_sane->devices();
    QVERIFY2(devices, qPrintable(devices.error()));
    QStringList names;
    for (const ScannerDevice &device : *devices)
        names.append(device.name);
    QVERIFY2(names.contains(u"test:0"_s), qPrintable(names.join(u", "_s)));
    QVERIFY(devices->first().label.contains(u"frontend-tester"_s));
}

void tst_SanePlugin::scansAFlatbedPage()
{
    for (const bool colour : {false, true}) {
        ScanSettings settings;
        settings.dpi = 150;
        settings.colour = colour;
        QList<QImage> pages;
        const Result<void> scanned =
            m_sane->scan(u"test:0"_s, settings, [&pages](const QImage &page) {
                pages.append(page);
                return true;
            });
        QVERIFY2(scanned, qPrintable(scanned.error()));
        QCOMPARE(pages.size(), 1);
        // The test device's default area is 80 mm x 100 mm.
        QVERIFY(qAbs(pages.first().width() - qRound(80 / 25.4 * 150)) <= 2);
        QVERIFY(qAbs(pages.first().height() - qRound(100 / 25.4 * 150)) <= 2);
        QCOMPARE(pages.first().format(),
                 colour ? QImage::Format_RGB888 : QImage::Format_Grayscale8);
        QVERIFY(readCodes(pages.first()).isEmpty()); // a plain test picture: no code, no crash
    }
}

void tst_SanePlugin::feederRunsUntilEmpty()
{
    ScanSettings settings;
    settings.dpi = 75;
    settings.feeder = true;
    int pages = 0;
    const Result<void> scanned = m_sane->scan(u"test:0"_s, settings, [&pages](const QImage &page) {
        pages += page.isNull() ? 0 : 1;
        return true;
    });
    QVERIFY2(scanned, qPrintable(scanned.error()));
    QCOMPARE(pages, 10); // the test device's feeder holds ten sheets
    settings.maxPages = 4;
    pages = 0;
    QVERIFY(
        m_sane->scan(u"test:0"_s, settings, [&pages](const QImage &) { return ++pages, true; }));
    QCOMPARE(pages, 4);
}

void tst_SanePlugin::cancelStopsTheFeeder()
{
    ScanSettings settings;
    settings.dpi = 75;
    settings.feeder = true;
    int pages = 0;
    QVERIFY(m_sane->scan(u"test:0"_s, settings, [&pages](const QImage &) { return ++pages < 3; }));
    QCOMPARE(pages, 3);
}

void tst_SanePlugin::missingDeviceIsAClearError()
{
    const Result<void> scanned =
        m_sane->scan(u"test:99"_s, {}, [](const QImage &) { return true; });
    QVERIFY(!scanned);
    QVERIFY2(scanned.error().contains(u"test:99"_s), qPrintable(scanned.error()));
}

QTEST_GUILESS_MAIN(tst_SanePlugin)
#include "tst_saneplugin.moc"
