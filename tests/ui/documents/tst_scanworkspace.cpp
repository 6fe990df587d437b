// The Scannen workspace on files the test makes: pages and their codes read
// off the UI thread, a file that cannot be read named, a scanned GiroCode
// handed to the payment lookup, a booking code to the check-in, and a stack
// split at its separator sheet and sent to a real server.

#include "core/documents/codereader.h"
#include "core/documents/documentinbox.h"
#include "core/documents/documentpages.h"
#include "core/documents/documentupload.h"
#include "core/documents/scannerbackend.h"
#include "core/domain/isotime.h"
#include "testdocuments.h"
#include "testsupport.h"
#include "ui/documents/scanworkspace.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace TestDocuments;

namespace {
// How the workstation finds the case of a booking code: in its cache.
ScanWorkspace::CaseLookup cacheLookup(TestSupport::SyncedClient &client)
{
    return [&client](const QString &caseType, const QString &code) {
        return cachedCaseId(*client.store, caseType, code);
    };
}
} // namespace

class tst_ScanWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void readsABatch();
    void appointmentConfirmationOffersCheckIn();
    void stackIsSplitAndSentToItsCase();
    void papersOfAWeddingGoToItsBooking();
    void scansFromTheSaneTestDevice();
    void protectedPdfAsksForThePassword();
    void scanFolderIsOfferedAndEmptied();
};

void tst_ScanWorkspace::readsABatch()
{
    // Amounts as a German clerk's locale writes money, as in Zahlungen.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto restoreLocale = qScopeGuard([before] { QLocale::setDefault(before); });
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
    // Each page's thumbnail as it was made while the page was read.
    auto *thumbnails = workspace.findChild<QListWidget *>(u"thumbnails"_s);
    QHash<QString, qint64> iconMade;
    connect(thumbnails->model(), &QAbstractItemModel::rowsInserted, this,
            [thumbnails, &iconMade](const QModelIndex &, int first, int last) {
                for (int row = first; row <= last; ++row) {
                    const QListWidgetItem *item = thumbnails->item(row);
                    if (!iconMade.contains(item->text()))
                        iconMade.insert(item->text(), item->icon().cacheKey());
                }
            });
    workspace.importFiles({pdf, png, broken});
    QVERIFY(workspace.isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!workspace.isBusy(), 60000);
    QCOMPARE(workspace.pageCount(), 3);
    QVERIFY2(workspace.messageText().contains(u"3 code(s) found"_s),
             qPrintable(workspace.messageText()));
    QVERIFY(workspace.messageText().contains(u"kaputt.pdf"_s));
    // The thumbnails are in the stack's order now, and still the ones made
    // while reading: sorted, not scaled again.
    QStringList order;
    for (int row = 0; row < thumbnails->count(); ++row) {
        order.append(thumbnails->item(row)->text());
        QCOMPARE(thumbnails->item(row)->icon().cacheKey(), iconMade.value(order.last()));
    }
    QCOMPARE(order, (QStringList{u"stapel.pdf, p. 1"_s, u"stapel.pdf, p. 2"_s,
                                 u"knoellchen.png, p. 1"_s}));

    // Find the GiroCode page and hand its code on.
    int giroPage = -1;
    for (int i = 0; i < workspace.pageCount(); ++i) {
        workspace.selectPage(i);
        if (workspace.codeTexts().value(0).startsWith(u"Payment code"_s))
            giroPage = i;
    }
    QVERIFY(giroPage >= 0);
    workspace.selectPage(giroPage);
    QCOMPARE(workspace.codeTexts(),
             QStringList{u"Payment code: Stadtkasse Müllerheim, 12,30\u00a0€"_s});
    QCOMPARE(thumbnails->currentRow(), giroPage);
    // The page fills the view's width, also after the window is made smaller.
    auto *scroll = workspace.findChild<QScrollArea *>(u"pageScroll"_s);
    auto *view = workspace.findChild<QLabel *>(u"pageView"_s);
    const auto fits = [&] {
        const int width = view->pixmap().width();
        return width <= scroll->viewport()->width() && width >= scroll->viewport()->width() - 10;
    };
    QTRY_VERIFY(fits());
    workspace.resize(1000, 800);
    QTRY_VERIFY(fits());
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

void tst_ScanWorkspace::stackIsSplitAndSentToItsCase()
{
    QTemporaryDir dir;
    QString error;
    auto server = TestSupport::startDemoServer(dir, &error);
    QVERIFY2(server, qPrintable(error));
    TestSupport::HttpClient http(QUrl(server->baseUrl()));
    const QByteArray token = http.login(u"yilmaz"_s, u"demo"_s);
    const QDate monday = TestSupport::mondayWeeksAhead(2);
    const auto booked = http.send(
        "POST", u"/api/v1/appointments"_s,
        QJsonDocument(
            QJsonObject{{u"serviceId"_s, u"1"_s},
                        {u"startsAt"_s,
                         isoTimeFromMSecs(QDateTime(monday, QTime(10, 0)).toMSecsSinceEpoch())},
                        {u"name"_s, u"Stapel Anhang"_s}})
            .toJson(),
        token);
    QCOMPARE(booked.status, 201);
    const QString bookingCode = booked.json.toObject().value(u"bookingCode"_s).toString();
    const QString appointmentId = booked.json.toObject().value(u"id"_s).toString();
    auto clerk = TestSupport::SyncedClient::connect(QUrl(server->baseUrl()), u"mueller"_s,
                                                    u"demo"_s, dir.filePath(u"cache.db"_s), &error);
    QVERIFY2(clerk, qPrintable(error));
    QTRY_VERIFY(clerk->store->entityWhere(u"appointment"_s, u"bookingCode"_s, bookingCode));

    // A stack: the confirmation and a form, a separator sheet, a fine notice.
    const QString pdf = dir.filePath(u"stapel.pdf"_s);
    QVERIFY(writePdf(
        pdf, {page({code(ZXing::BarcodeFormat::QRCode, bookingCode.toStdWString(), 260, 260)}),
              page({}), page({code(ZXing::BarcodeFormat::Code128, L"TRENNBLATT", 500, 120)}),
              page({code(ZXing::BarcodeFormat::QRCode, kFineNoticeUrl, 260, 260)})}));
    ScanWorkspace workspace;
    DocumentUpload upload(clerk->client.get());
    workspace.setDocumentUpload(&upload, cacheLookup(*clerk));
    workspace.resize(1200, 800);
    workspace.show();
    workspace.importFiles({pdf});
    QTRY_VERIFY_WITH_TIMEOUT(!workspace.isBusy(), 60000);
    const QList<ScannedDocument> documents = workspace.documents();
    QCOMPARE(documents.size(), 2);
    QCOMPARE(documents.at(0).pages.size(), 2);
    QCOMPARE(documents.at(0).suggestions.first().caseId, bookingCode);
    QCOMPARE(documents.at(1).suggestions.first().caseType, u"payment"_s);
    auto *list = workspace.findChild<QListWidget *>(u"documents"_s);
    QCOMPARE(list->count(), 2);
    QVERIFY(list->item(0)->text().contains(u"pp. 1–2"_s));
    QVERIFY(list->item(0)->text().contains(bookingCode));

    // Sent by its booking code: the server files it with the appointment.
    workspace.attachDocument(0, u"appointment"_s, bookingCode);
    QTRY_VERIFY_WITH_TIMEOUT(workspace.messageText().contains(u"Attached"_s), 20000);
    QVERIFY(list->item(0)->text().contains(u"sent"_s));
    const auto stored =
        http.get(u"/api/v1/documents?caseType=appointment&caseId=%1"_s.arg(appointmentId), token);
    QCOMPARE(stored.json.toArray().size(), 1);
    const QJsonObject document = stored.json.toArray().first().toObject();
    QCOMPARE(document.value(u"pages"_s).toInt(), 2);
    QCOMPARE(document.value(u"codes"_s).toArray().size(), 1);
    QCOMPARE(document.value(u"fileName"_s).toString(), u"stapel-S1-2.pdf"_s);
    // The stored file is the two pages, and the code reads back from it.
    const DocumentPages read = loadDocumentPages(
        QDir(dir.filePath(u"documents"_s)).filePath(document.value(u"storagePath"_s).toString()));
    QCOMPARE(read.pages.size(), 2);
    QCOMPARE(readCodes(read.pages.first()).first().text, bookingCode);

    // An unknown booking code is said, not sent.
    workspace.attachDocument(1, u"appointment"_s, u"ZZZZ-ZZZZ"_s);
    QVERIFY(workspace.messageText().contains(u"ZZZZ-ZZZZ"_s));
}

void tst_ScanWorkspace::papersOfAWeddingGoToItsBooking()
{
    QTemporaryDir dir;
    QString error;
    auto server = TestSupport::startDemoServer(dir, &error);
    QVERIFY2(server, qPrintable(error));
    TestSupport::HttpClient http(QUrl(server->baseUrl()));
    const QByteArray token = http.login(u"schmidt"_s, u"demo"_s);
    const QDate tuesday = TestSupport::mondayWeeksAhead(10).addDays(1);
    const auto offered =
        http.get(u"/api/v1/wedding/slots?from=%1"_s.arg(tuesday.toString(Qt::ISODate)), token);
    QVERIFY(!offered.json.toArray().isEmpty());
    const auto reserved =
        http.send("POST",
                  u"/api/v1/wedding/slots/%1/reservations"_s.arg(
                      offered.json.toArray().first().toObject().value(u"id"_s).toString()),
                  R"({"partner1":"Rosa Papier","partner2":"Timo Papier"})", token);
    QCOMPARE(reserved.status, 201);
    const QString bookingCode = reserved.json.toObject().value(u"bookingCode"_s).toString();
    const QString bookingId = reserved.json.toObject().value(u"id"_s).toString();
    auto registrar = TestSupport::SyncedClient::connect(
        QUrl(server->baseUrl()), u"schmidt"_s, u"demo"_s, dir.filePath(u"cache.db"_s), &error);
    QVERIFY2(registrar, qPrintable(error));
    QTRY_VERIFY(registrar->store->entityWhere(u"wedding_booking"_s, u"bookingCode"_s, bookingCode));

    // The couple's reservation (with its code) on top of a birth certificate.
    const QString pdf = dir.filePath(u"eheanmeldung.pdf"_s);
    QVERIFY(writePdf(
        pdf, {page({code(ZXing::BarcodeFormat::QRCode, bookingCode.toStdWString(), 260, 260)}),
              page({})}));
    ScanWorkspace workspace;
    DocumentUpload upload(registrar->client.get());
    workspace.setDocumentUpload(&upload, cacheLookup(*registrar));
    workspace.resize(1200, 800);
    workspace.show();
    workspace.importFiles({pdf});
    QTRY_VERIFY_WITH_TIMEOUT(!workspace.isBusy(), 60000);
    const QList<ScannedDocument> documents = workspace.documents();
    QCOMPARE(documents.size(), 1);
    QCOMPARE(documents.first().suggestions.size(), 1);
    QCOMPARE(documents.first().suggestions.first().caseType, u"wedding"_s);
    QCOMPARE(documents.first().suggestions.first().caseId, bookingCode);

    // The code is the wedding's: it opens the booking; there is nothing to check in.
    workspace.selectPage(0);
    QCOMPARE(workspace.codeTexts(), QStringList{u"Wedding reservation %1"_s.arg(bookingCode)});
    auto *codes = workspace.findChild<QListWidget *>(u"codes"_s);
    auto *openWedding = workspace.findChild<QPushButton *>(u"openWedding"_s);
    codes->setCurrentRow(0);
    QVERIFY(!workspace.findChild<QPushButton *>(u"checkInAppointment"_s)->isEnabled());
    QVERIFY(openWedding->isVisible());
    QSignalSpy requested(&workspace, &ScanWorkspace::weddingRequested);
    openWedding->click();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), bookingId);

    workspace.attachDocument(0, u"wedding"_s, bookingCode);
    QTRY_VERIFY_WITH_TIMEOUT(workspace.messageText().contains(u"Attached"_s), 20000);
    QVERIFY(workspace.messageText().contains(u"wedding"_s));
    const auto stored =
        http.get(u"/api/v1/documents?caseType=wedding&caseId=%1"_s.arg(bookingId), token);
    QCOMPARE(stored.json.toArray().size(), 1);
    QCOMPARE(stored.json.toArray().first().toObject().value(u"pages"_s).toInt(), 2);
}

void tst_ScanWorkspace::scansFromTheSaneTestDevice()
{
    QTemporaryDir config;
    QFile dll(config.filePath(u"dll.conf"_s));
    QVERIFY(dll.open(QIODevice::WriteOnly));
    dll.write("test\n");
    dll.close();
    qputenv("SANE_CONFIG_DIR", config.path().toLocal8Bit());
    const QList<ScannerBackend *> backends =
        ScannerPlugins::load({QFileInfo(QString::fromUtf8(TRESEN_SANE_PLUGIN)).absolutePath()});
    QCOMPARE(backends.size(), 1);

    ScanWorkspace workspace;
    auto *scanButton = workspace.findChild<QPushButton *>(u"scanButton"_s);
    QVERIFY(scanButton->isHidden()); // no scanners, no button
    workspace.setScannerBackends(backends);
    workspace.resize(1200, 800);
    workspace.show();
    QVERIFY(scanButton->isVisible());
    ScanSettings settings;
    settings.dpi = 100;
    settings.feeder = true;
    QSignalSpy finished(&workspace, &ScanWorkspace::batchFinished);
    workspace.scanFrom(backends.first(), u"test:0"_s, settings);
    QVERIFY(workspace.isBusy());
    QVERIFY(finished.wait(60000));
    QCOMPARE(workspace.pageCount(), 10); // the test feeder's ten sheets
    QVERIFY2(workspace.messageText().contains(u"10 page(s)"_s),
             qPrintable(workspace.messageText()));
    QCOMPARE(workspace.documents().size(), 1); // no separator: one document

    // A device that is not there: said, nothing else happens.
    workspace.scanFrom(backends.first(), u"test:42"_s, {});
    QVERIFY(finished.wait(60000));
    QVERIFY(workspace.messageText().contains(u"test:42"_s));
    QCOMPARE(workspace.pageCount(), 0);
}

void tst_ScanWorkspace::protectedPdfAsksForThePassword()
{
    QTemporaryDir dir;
    const QString open = dir.filePath(u"offen.pdf"_s);
    QVERIFY(writePdf(
        open, {page({code(ZXing::BarcodeFormat::QRCode, L"K7M2-9QXP", 240, 240)}), page({})}));
    const QString locked = dir.filePath(u"geschuetzt.pdf"_s);
    QProcess qpdf;
    qpdf.start(u"qpdf"_s,
               {u"--encrypt"_s, u"Geheim-1"_s, u"Besitzer-1"_s, u"256"_s, u"--"_s, open, locked});
    QVERIFY(qpdf.waitForFinished(60000));
    QCOMPARE(qpdf.exitCode(), 0);
    const QString image = dir.filePath(u"bild.png"_s);
    QVERIFY(page({}).save(image));

    ScanWorkspace workspace;
    workspace.resize(1200, 800);
    workspace.show();
    QSignalSpy finished(&workspace, &ScanWorkspace::batchFinished);
    // First a wrong password, then the right one; the other file's page stays.
    QStringList asked;
    // Polled, not waited for: each dialog runs its own loop on top of ours,
    // and the second one opens before control comes back here.
    QStringList answers{u"falsch"_s, u"Geheim-1"_s};
    auto *timer = new QTimer(&workspace);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, &asked, &answers] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog || answers.isEmpty())
            return;
        asked.append(dialog->labelText());
        dialog->setTextValue(answers.takeFirst());
        dialog->accept();
        if (answers.isEmpty())
            timer->stop();
    });
    timer->start(20);
    workspace.importFiles({image, locked});
    QVERIFY(finished.wait(60000));
    QCOMPARE(asked.size(), 2);
    QVERIFY(asked.first().contains(u"geschuetzt.pdf"_s));
    QVERIFY(asked.last().contains(u"not right"_s));
    QCOMPARE(workspace.pageCount(), 3); // the image and both pages of the unlocked PDF
    QCOMPARE(workspace.documents().size(), 2);
}

void tst_ScanWorkspace::scanFolderIsOfferedAndEmptied()
{
    // The real folder plugin on a real folder: a network scanner's PDF and a
    // file that only claims to be one.
    const QList<DocumentInbox *> inboxes = InboxPlugins::load(
        {QFileInfo(QString::fromUtf8(TRESEN_WATCHFOLDER_PLUGIN)).absolutePath()});
    QCOMPARE(inboxes.size(), 1);
    QTemporaryDir dir;
    Result<std::unique_ptr<InboxWatcher>> watched = inboxes.first()->watch(dir.path());
    QVERIFY2(watched, qPrintable(watched.error()));
    std::unique_ptr<InboxWatcher> inbox = std::move(watched).value();

    ScanWorkspace workspace;
    workspace.resize(1200, 800);
    workspace.show();
    workspace.setInbox(inbox.get());
    auto *button = workspace.findChild<QPushButton *>(u"inboxButton"_s);
    QVERIFY(button->isVisible());
    QVERIFY(!button->isEnabled()); // nothing there yet
    QVERIFY(writePdf(dir.filePath(u"scan-0001.pdf"_s),
                     {page({code(ZXing::BarcodeFormat::QRCode, kFineNoticeUrl, 260, 260)})}));
    QFile broken(dir.filePath(u"scan-0002.pdf"_s));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("%PDF-1.4\ncut off by the network");
    broken.close();
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 10000);
    QTRY_VERIFY(button->text().contains(u"2 new"_s));

    // The clerk's own batch is not replaced unasked: reading is a key press.
    QTest::keyClick(&workspace, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!workspace.isBusy(), 60000);
    QCOMPARE(workspace.pageCount(), 1);
    QVERIFY(workspace.messageText().contains(u"scan-0002.pdf"_s));
    // Read: moved aside. Not readable: still waiting, offered again.
    QVERIFY(QFile::exists(dir.filePath(u"eingelesen/scan-0001.pdf"_s)));
    QVERIFY(!QFile::exists(dir.filePath(u"scan-0001.pdf"_s)));
    QVERIFY(QFile::exists(dir.filePath(u"scan-0002.pdf"_s)));
    QTRY_VERIFY(button->text().contains(u"1 new"_s));
    QVERIFY(button->isEnabled());
}

QTEST_MAIN(tst_ScanWorkspace)
#include "tst_scanworkspace.moc"
