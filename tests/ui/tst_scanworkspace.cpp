// The Scannen workspace on files the test makes: pages and their codes read
// off the UI thread, a file that cannot be read named, and a scanned GiroCode
// handed to the payment lookup.

#include "testdocuments.h"
#include "ui/scanworkspace.h"

#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestDocuments;

class tst_ScanWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void readsABatch();
    void appointmentConfirmationOffersCheckIn();
};

void tst_ScanWorkspace::readsABatch()
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"stapel.pdf"_s);
    QVERIFY(
        writePdf(pdf, {page({code(ZXing::BarcodeFormat::QRCode, kGiroCode, 300, 300)}), page({})}));
    const QString png = dir.filePath(u"knoellchen.png"_s);
    QVERIFY(page({code(ZXing::BarcodeFormat::QRCode, kFineNoticeUrl, 260, 260),
                  code(ZXing::BarcodeFormat::Code128, L"TRENNBLATT", 500, 120)})
                .save(png));
    const QString broken = dir.filePath(u"kaputt.pdf"_s);
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4\nnot really");
    file.close();

    ScanWorkspace workspace;
    workspace.resize(1200, 800);
    workspace.show();
    workspace.importFiles({pdf, png, broken});
    QVERIFY(workspace.isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!workspace.isBusy(), 60000);
    QCOMPARE(workspace.pageCount(), 3);
    QVERIFY2(workspace.messageText().contains(u"3 code(s) found"_s),
             qPrintable(workspace.messageText()));
    QVERIFY(workspace.messageText().contains(u"kaputt.pdf"_s));

    // Find the GiroCode page (files finish in any order) and hand its code on.
    auto *thumbnails = workspace.findChild<QListWidget *>(u"thumbnails"_s);
    int giroPage = -1;
    for (int i = 0; i < workspace.pageCount(); ++i) {
        workspace.selectPage(i);
        if (workspace.codeTexts().value(0).startsWith(u"Payment code"_s))
            giroPage = i;
    }
    QVERIFY(giroPage >= 0);
    workspace.selectPage(giroPage);
    QCOMPARE(workspace.codeTexts(),
             QStringList{u"Payment code: Stadtkasse Müllerheim, 12.30 EUR"_s});
    QCOMPARE(thumbnails->currentRow(), giroPage);
    auto *codes = workspace.findChild<QListWidget *>(u"codes"_s);
    auto *lookUp = workspace.findChild<QPushButton *>(u"lookUpPayment"_s);
    QVERIFY(!lookUp->isEnabled());
    codes->setCurrentRow(0);
    QVERIFY(lookUp->isEnabled());
    QSignalSpy requested(&workspace, &ScanWorkspace::paymentLookupRequested);
    lookUp->click();
    QCOMPARE(requested.size(), 1);
    QVERIFY(requested.at(0).at(0).toString().startsWith(u"BCD\n002\n2"_s));

    // The page without a code says so; a separator sheet is no payment.
    for (int i = 0; i < workspace.pageCount(); ++i) {
        workspace.selectPage(i);
        const QStringList texts = workspace.codeTexts();
        if (texts.contains(u"Separator sheet"_s)) {
            codes->setCurrentRow(int(texts.indexOf(u"Separator sheet"_s)));
            QVERIFY(!lookUp->isEnabled());
        }
    }
}

void tst_ScanWorkspace::appointmentConfirmationOffersCheckIn()
{
    QTemporaryDir dir;
    const QString png = dir.filePath(u"bestaetigung.png"_s);
    QVERIFY(page({code(ZXing::BarcodeFormat::QRCode, L"K7M2-9QXP", 240, 240)}).save(png));
    ScanWorkspace workspace;
    workspace.resize(1200, 800);
    workspace.show();
    workspace.importFiles({png});
    QTRY_VERIFY_WITH_TIMEOUT(!workspace.isBusy(), 60000);
    workspace.selectPage(0);
    QCOMPARE(workspace.codeTexts(), QStringList{u"Appointment confirmation K7M2-9QXP"_s});
    auto *codes = workspace.findChild<QListWidget *>(u"codes"_s);
    auto *checkIn = workspace.findChild<QPushButton *>(u"checkInAppointment"_s);
    auto *lookUp = workspace.findChild<QPushButton *>(u"lookUpPayment"_s);
    codes->setCurrentRow(0);
    QVERIFY(checkIn->isEnabled());
    QVERIFY(!lookUp->isEnabled());
    QSignalSpy requested(&workspace, &ScanWorkspace::checkInRequested);
    checkIn->click();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), u"K7M2-9QXP"_s);
}

QTEST_MAIN(tst_ScanWorkspace)
#include "tst_scanworkspace.moc"
