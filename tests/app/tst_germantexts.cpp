// German as the workstation installs it (installTranslations), end to end: a
// refused file's message is German throughout (our words and the reason Qt
// gives), and every key shown to a clerk names Return/Enter as a German
// keyboard does ("Strg+Eingabe"), while English keeps "Enter".

#include "core/documents/documentpages.h"
#include "translator.h"
#include "ui/common/keyedbutton.h"
#include "ui/common/keytext.h"
#include "ui/common/money.h"

#include <QFile>
#include <QLocale>
#include <QPushButton>
#include <QTemporaryDir>
#include <QWidget>

using namespace Qt::StringLiterals;

class tst_GermanTexts : public QObject
{
    Q_OBJECT

private slots:
    // In this order: English first, then the German translations are installed.
    void englishKeepsEnter();
    void aRefusedFileIsGermanThroughout();
    void keysReadAsOnAGermanKeyboard();
    void amountsAreWrittenAsInGermany();
};

void tst_GermanTexts::englishKeepsEnter()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCOMPARE(keyText(QKeySequence(Qt::CTRL | Qt::Key_Return)), u"Ctrl+Enter"_s);
    QCOMPARE(keyText(QKeySequence(Qt::Key_Enter)), u"Enter"_s);
    QCOMPARE(keyText(QKeySequence(Qt::CTRL | Qt::Key_N)), u"Ctrl+N"_s);
    QCOMPARE(enterKeyName(), u"Enter"_s);
    QCOMPARE(formatEuros(3700), u"€37.00"_s);
}

void tst_GermanTexts::aRefusedFileIsGermanThroughout()
{
    installTranslations(u"de"_s);
    QCOMPARE(QLocale().language(), QLocale::German);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"notiz.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Bitte Personalausweis mitbringen.\n");
    file.close();
    const auto opened = DocumentReader::open(file.fileName(), {});
    QVERIFY(!opened);
    const QString message = opened.reason().message;
    QVERIFY2(message.startsWith(u"Die Datei ist kein lesbares Bild und kein PDF"_s),
             qPrintable(message));
    // The reason in brackets is Qt's, from Qt's catalogue: German too.
    QVERIFY2(!message.contains(u"Unsupported"_s) && !message.contains(u"format"_s),
             qPrintable(message));
    QVERIFY2(message.contains(u"nicht unterstützt"_s), qPrintable(message));
}

void tst_GermanTexts::keysReadAsOnAGermanKeyboard()
{
    QCOMPARE(keyText(QKeySequence(Qt::CTRL | Qt::Key_Return)), u"Strg+Eingabe"_s);
    QCOMPARE(keyText(QKeySequence(Qt::CTRL | Qt::Key_Enter)), u"Strg+Eingabe"_s);
    QCOMPARE(keyText(QKeySequence(Qt::Key_Return)), u"Eingabe"_s);
    QCOMPARE(keyText(QKeySequence(Qt::CTRL | Qt::Key_N)), u"Strg+N"_s);
    QCOMPARE(keyText(QKeySequence(Qt::Key_F2)), u"F2"_s);
    // Buttons and their tooltips say the same.
    QWidget workspace;
    QPushButton *big =
        actionButton(u"Einchecken"_s, QKeySequence(Qt::CTRL | Qt::Key_Return), &workspace);
    QCOMPARE(big->text(), u"Einchecken (Strg+Eingabe)"_s);
    QPushButton *small =
        compactButton(u"Aufrufen"_s, QKeySequence(Qt::SHIFT | Qt::Key_Return), &workspace);
    QCOMPARE(small->toolTip(), u"Umschalt+Eingabe"_s);
    QCOMPARE(small->property("keyText").toString(), u"Umschalt+Eingabe"_s);
}

void tst_GermanTexts::amountsAreWrittenAsInGermany()
{
    // One format in every workspace (Scannen, Zahlungen, Standesamt); the
    // space before the sign does not break.
    QCOMPARE(formatEuros(3700), u"37,00\u00a0€"_s);
    QCOMPARE(formatEuros(123456), u"1.234,56\u00a0€"_s);
    QCOMPARE(formatEuros(5), u"0,05\u00a0€"_s);
}

QTEST_MAIN(tst_GermanTexts)
#include "tst_germantexts.moc"
