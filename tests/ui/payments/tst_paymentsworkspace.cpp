// The Zahlungen workspace against a real server with the simulated provider:
// typed references, a scanned GiroCode, unknown references, recent lookups,
// the confirmation, and a server that is gone (never "not paid").

#include "core/payments/paymentcheck.h"
#include "testsupport.h"
#include "ui/payments/paymentsworkspace.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollBar>

using namespace Qt::StringLiterals;

class tst_PaymentsWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void typedReference();
    void scannedGiroCode();
    void handheldScannerTypesAGiroCode();
    void unknownReference();
    void serverGone();
    void amountsMatchTheState_data();
    void amountsMatchTheState();
    void everyLookupStaysWholeAndScrolls();

private:
    // Each test its own server and workspace: the recent lookups and a
    // stopped server are not the next test's.
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerInstance> m_server;
    std::unique_ptr<BackendClient> m_client;
    std::unique_ptr<PaymentCheck> m_check;
    std::unique_ptr<PaymentsWorkspace> m_workspace;
};

void tst_PaymentsWorkspace::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_server = TestSupport::startDemoServer(*m_dir, &error);
    QVERIFY2(m_server, qPrintable(error));
    m_client = std::make_unique<BackendClient>();
    m_client->setBaseUrl(QUrl(m_server->baseUrl()));
    bool loggedIn = false;
    m_client->login(u"mueller"_s, u"demo"_s, this,
                    [&loggedIn](const ApiResponse &r, const SessionInfo &) { loggedIn = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(loggedIn, 10000);
    m_check = std::make_unique<PaymentCheck>(m_client.get());
    m_workspace = std::make_unique<PaymentsWorkspace>(m_check.get());
    m_workspace->resize(1000, 600);
    m_workspace->show();
    QVERIFY(QTest::qWaitForWindowActive(m_workspace.get()));
}

void tst_PaymentsWorkspace::cleanup()
{
    m_workspace.reset();
    m_check.reset();
    m_client.reset();
    m_server.reset();
    m_dir.reset();
}

void tst_PaymentsWorkspace::typedReference()
{
    auto *input = m_workspace->findChild<QLineEdit *>(u"referenceInput"_s);
    input->setFocus();
    QTest::keyClicks(input, u"5.0001.000003.7"_s);
    QTest::keyClick(input, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_workspace->statusText(), u"Partially paid"_s, 10000);
    QVERIFY(m_workspace->resultText().contains(u"Wunschkennzeichen"_s));
    QVERIFY(m_workspace->resultText().contains(u"Still open"_s));
    QCOMPARE(m_workspace->recentLookups(), QStringList{u"5.0001.000003.7"_s});
    QVERIFY(m_workspace->confirmationText().contains(u"5.0001.000003.7"_s));
    QVERIFY(input->hasSelectedText()); // the next scan replaces it

    QTest::keyClicks(input, u"5.0001.000001.1"_s);
    QTest::keyClick(input, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_workspace->statusText(), u"Paid"_s, 10000);
    QCOMPARE(m_workspace->recentLookups(),
             (QStringList{u"5.0001.000001.1"_s, u"5.0001.000003.7"_s}));
}

void tst_PaymentsWorkspace::scannedGiroCode()
{
    m_workspace->lookUp(u"BCD\n002\n1\nSCT\nCOBADEFFXXX\nStadtkasse Musterstadt\n"
                        "DE89370400440532013000\nEUR30\n\n\nKassenzeichen 5.0001.000002.9\n"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_workspace->statusText(), u"Open – not paid"_s, 10000);
    const QString giro = m_workspace->findChild<QLabel *>(u"giroCode"_s)->text();
    QVERIFY2(giro.contains(u"DE89 3704 0044 0532 0130 00"_s), qPrintable(giro));
    QVERIFY(giro.contains(u"Stadtkasse Musterstadt"_s));
    QCOMPARE(formatIban(u"BE72000000001616"_s), u"BE72 0000 0000 1616"_s);
}

void tst_PaymentsWorkspace::handheldScannerTypesAGiroCode()
{
    // A keyboard-wedge scanner: every line of the code, then Enter.
    auto *input = m_workspace->findChild<QLineEdit *>(u"referenceInput"_s);
    input->clear();
    const QStringList lines{u"BCD"_s,
                            u"002"_s,
                            u"1"_s,
                            u"SCT"_s,
                            QString(),
                            u"Stadtkasse"_s,
                            u"DE89370400440532013000"_s,
                            u"EUR55"_s,
                            QString(),
                            QString(),
                            u"Kassenzeichen 5.0001.000005.3"_s};
    for (const QString &line : lines) {
        QTest::keyClicks(input, line);
        QTest::keyClick(input, Qt::Key_Return);
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_workspace->statusText(), u"Payment failed – not paid"_s, 10000);
    QCOMPARE(input->text(), u"5.0001.000005.3"_s);
    QVERIFY(m_workspace->findChild<QLabel *>(u"giroCode"_s)->text().contains(u"Stadtkasse"_s));
}

void tst_PaymentsWorkspace::unknownReference()
{
    m_workspace->lookUp(u"5.0001.999999.9"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->statusText().contains(u"No payment is known"_s), 10000);
    m_workspace->lookUp(u"Bitte zahlen!"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->statusText().startsWith(u"No Kassenzeichen"_s), 10000);
}

void tst_PaymentsWorkspace::serverGone()
{
    m_server.reset();
    m_workspace->lookUp(u"5.0001.000002.9"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->statusText().contains(u"cannot be reached"_s), 20000);
    QVERIFY(!m_workspace->statusText().contains(u"Open"_s));
    QVERIFY(m_workspace->resultText().isEmpty());
}

void tst_PaymentsWorkspace::amountsMatchTheState_data()
{
    // The card never says two things at once: what it must and must not show.
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("shown");
    QTest::addColumn<QStringList>("notShown");
    const QString paid = u"<b>Paid:</b>"_s;
    const QString due = u"<b>Due:</b>"_s;
    QTest::newRow("paid") << u"5.0001.000001.1"_s << u"Paid"_s
                          << QStringList{due, paid, u"<b>Paid on:</b>"_s, u"37.00"_s}
                          << QStringList{u"Still open"_s, u"Refunded"_s};
    QTest::newRow("open") << u"5.0001.000002.9"_s << u"Open – not paid"_s
                          << QStringList{due, u"30.00"_s} << QStringList{paid, u"Paid on"_s};
    QTest::newRow("partially paid")
        << u"5.0001.000003.7"_s << u"Partially paid"_s
        << QStringList{due, paid, u"<b>Still open:</b>"_s, u"64.00"_s, u"<b>Last paid on:</b>"_s}
        << QStringList{u"<b>Paid on:</b>"_s};
    QTest::newRow("pending") << u"5.0001.000004.5"_s << u"Payment in progress"_s
                             << QStringList{due, u"60.00"_s} << QStringList{paid, u"Paid on"_s};
    QTest::newRow("failed") << u"5.0001.000005.3"_s << u"Payment failed – not paid"_s
                            << QStringList{due, u"55.00"_s} << QStringList{paid, u"Paid on"_s};
    // Refunded: what was paid, when, and what went back; never "paid 0.00" with a date.
    QTest::newRow("refunded") << u"5.0001.000006.1"_s << u"Refunded"_s
                              << QStringList{paid, u"13.00"_s, u"<b>Refunded:</b>"_s,
                                             QLocale().toString(QDate(2026, 11, 2),
                                                                QLocale::ShortFormat)}
                              << QStringList{u"0.00"_s, due};
    // Cancelled: nothing due, so no "Due: 25.00" beside it.
    QTest::newRow("cancelled") << u"5.0001.000007.9"_s << u"Cancelled – nothing due"_s
                               << QStringList{u"<b>Original amount:</b>"_s, u"25.00"_s,
                                              u"nothing is due"_s}
                               << QStringList{due, paid};
}

void tst_PaymentsWorkspace::amountsMatchTheState()
{
    QFETCH(QString, reference);
    QFETCH(QString, status);
    QFETCH(QStringList, shown);
    QFETCH(QStringList, notShown);
    m_workspace->lookUp(reference);
    QTRY_COMPARE_WITH_TIMEOUT(m_workspace->statusText(), status, 10000);
    const QString card = m_workspace->resultText();
    for (const QString &text : shown)
        QVERIFY2(card.contains(text), qPrintable(text + u" not in "_s + card));
    for (const QString &text : notShown)
        QVERIFY2(!card.contains(text), qPrintable(text + u" in "_s + card));
    // The confirmation handed to the citizen says the same.
    const QString confirmation = m_workspace->confirmationText();
    QVERIFY(confirmation.contains(status));
    if (notShown.contains(u"<b>Due:</b>"_s))
        QVERIFY2(!confirmation.contains(u"Due:"_s), qPrintable(confirmation));
}

void tst_PaymentsWorkspace::everyLookupStaysWholeAndScrolls()
{
    const QStringList references{u"5.0001.000001.1"_s, u"5.0001.000002.9"_s, u"5.0001.000003.7"_s,
                                 u"5.0001.000004.5"_s, u"5.0001.000005.3"_s, u"5.0001.000006.1"_s,
                                 u"5.0001.000007.9"_s, u"5.0002.000001.4"_s, u"5.0002.000002.2"_s};
    for (const QString &reference : references) {
        m_workspace->lookUp(reference);
        QTRY_COMPARE_WITH_TIMEOUT(m_workspace->recentLookups().value(0), reference, 10000);
    }
    auto *list = m_workspace->findChild<QListWidget *>(u"recentLookups"_s);
    QCOMPARE(list->count(), int(references.size())); // all of them, newest first
    QCOMPARE(m_workspace->recentLookups().last(), references.first());
    // Shorter than its entries (a small screen): it scrolls.
    list->setMaximumHeight(3 * list->sizeHintForRow(0));
    QTRY_VERIFY(list->verticalScrollBar()->maximum() > 0);
    QCOMPARE(list->horizontalScrollBar()->maximum(), 0);
    // Each entry whole: its rectangle holds its wrapped text.
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem *item = list->item(row);
        list->scrollToItem(item);
        const QRect rect = list->visualItemRect(item);
        QVERIFY(list->viewport()->rect().contains(rect.center()));
        QVERIFY(rect.right() <= list->viewport()->rect().right() + 1);
        const QRect needed = list->fontMetrics().boundingRect(QRect(0, 0, rect.width() - 8, 10000),
                                                              Qt::TextWordWrap, item->text());
        QVERIFY2(needed.height() <= rect.height(), qPrintable(item->text()));
    }
}

QTEST_MAIN(tst_PaymentsWorkspace)
#include "tst_paymentsworkspace.moc"
