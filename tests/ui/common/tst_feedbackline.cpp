// A workspace's message line: a new message replaces the old one, a success
// fades, a problem stays until replaced, and a screen reader hears the text.

#include "ui/common/feedbackline.h"

#include <QAccessible>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class tst_FeedbackLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aNewMessageReplacesTheOld();
    void aSuccessFades();
    void aProblemStays();
    void aNewMessageStopsTheFade();
    void aScreenReaderReadsTheMessage();

private:
    QWidget *m_window = nullptr;
    FeedbackLine *m_line = nullptr;
};

void tst_FeedbackLine::initTestCase()
{
    Theme::apply();
    FeedbackLine::setDefaultFadeAfter(150ms);
}

void tst_FeedbackLine::init()
{
    m_window = new QWidget;
    m_line = new FeedbackLine(m_window);
    m_window->resize(400, 80);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void tst_FeedbackLine::cleanup()
{
    delete m_window;
    m_window = nullptr;
    m_line = nullptr;
}

void tst_FeedbackLine::aNewMessageReplacesTheOld()
{
    QVERIFY(m_line->isHidden()); // nothing to say yet
    m_line->showSuccess(u"Ticket A005 ausgegeben."_s);
    QVERIFY(m_line->isVisible());
    QCOMPARE(m_line->property("bar").toString(), u"success"_s);
    m_line->showProblem(u"A005 wurde nicht storniert."_s);
    // One line, one message, one colour.
    QCOMPARE(m_line->text(), u"A005 wurde nicht storniert."_s);
    QCOMPARE(m_line->tone(), Theme::Tone::Problem);
    QCOMPARE(m_line->property("bar").toString(), u"problem"_s);
    m_line->showMessage({}, Theme::Tone::Success);
    QVERIFY(m_line->text().isEmpty());
    QVERIFY(m_line->isHidden());
}

void tst_FeedbackLine::aSuccessFades()
{
    m_line->showSuccess(u"Gespeichert."_s);
    QVERIFY(m_line->isFading());
    QTRY_VERIFY(m_line->text().isEmpty());
    QVERIFY(m_line->isHidden());
    QCOMPARE(m_line->tone(), Theme::Tone::Neutral);
}

void tst_FeedbackLine::aProblemStays()
{
    m_line->showProblem(u"Nicht gesendet."_s);
    QVERIFY(!m_line->isFading());
    // A success shown at the same time has long faded: the problem is still there.
    FeedbackLine witness(m_window);
    witness.showSuccess(u"Gespeichert."_s);
    QTRY_VERIFY(witness.text().isEmpty());
    QCOMPARE(m_line->text(), u"Nicht gesendet."_s);
    QVERIFY(m_line->isVisible());
}

void tst_FeedbackLine::aNewMessageStopsTheFade()
{
    m_line->setFadeAfter(0ms);
    m_line->showInfo(u"Wird geladen …"_s);
    QTRY_VERIFY(m_line->isFading());
    m_line->showProblem(u"Keine Verbindung."_s);
    QVERIFY(!m_line->isFading());
    FeedbackLine witness(m_window);
    witness.showSuccess(u"Gespeichert."_s);
    QTRY_VERIFY(witness.text().isEmpty());
    QCOMPARE(m_line->text(), u"Keine Verbindung."_s);
}

void tst_FeedbackLine::aScreenReaderReadsTheMessage()
{
    m_line->showProblem(u"Nicht gesendet."_s);
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(m_line);
    QVERIFY(accessible);
    QCOMPARE(accessible->text(QAccessible::Name), u"Nicht gesendet."_s);
    QVERIFY(!accessible->state().invisible);
}

QTEST_MAIN(tst_FeedbackLine)
#include "tst_feedbackline.moc"
