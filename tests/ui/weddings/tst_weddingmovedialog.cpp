// "Verlegen": the free slots of the coming weeks in one list, narrowed by
// room, weekday and days; the couple's names are shown as typed, "&" included.

#include "ui/weddings/weddingmovedialog.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// What a label shows: with a buddy, "&x" is a mnemonic (underlined, the "&" not shown).
QString shownText(const QLabel *label)
{
    if (!label->buddy() || label->textFormat() == Qt::RichText)
        return label->text();
    QString shown;
    const QString text = label->text();
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size())
            ++i;
        shown.append(text.at(i));
    }
    return shown;
}
} // namespace

class tst_WeddingMoveDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void theCouplesNamesShowTheirAmpersand();
    void roomWeekdayAndDaysNarrowTheList();
    void nothingMatchingSaysSoAndCannotBeChosen();

private:
    WeddingSlot slotAt(QDate day, int hour, const QString &roomId, const QString &roomName);

    WeddingBooking m_booking;
    QList<WeddingSlot> m_free;
    QDate m_monday;
};

WeddingSlot tst_WeddingMoveDialog::slotAt(QDate day, int hour, const QString &roomId,
                                          const QString &roomName)
{
    WeddingSlot slot;
    slot.id = u"%1-%2-%3"_s.arg(roomId, day.toString(Qt::ISODate)).arg(hour);
    slot.roomId = roomId;
    slot.roomName = roomName;
    slot.startsAt = QDateTime(day, QTime(hour, 0)).toMSecsSinceEpoch();
    slot.durationMinutes = 30;
    return slot;
}

void tst_WeddingMoveDialog::init()
{
    m_booking = {};
    m_booking.id = u"7"_s;
    m_booking.partner1 = u"Ada Acker"_s;
    m_booking.partner2 = u"Bea Berg & Söhne"_s;
    m_booking.roomName = u"Trausaal"_s;
    m_monday = QDate(2030, 1, 7);
    m_booking.startsAt = QDateTime(m_monday, QTime(10, 0)).toMSecsSinceEpoch();
    // Three weeks: the Trausaal on Tuesday and Friday, the garden on Saturday.
    m_free.clear();
    for (int week = 0; week < 3; ++week) {
        const QDate monday = m_monday.addDays(7 * week);
        for (int hour : {10, 11}) {
            m_free.append(slotAt(monday.addDays(1), hour, u"1"_s, u"Trausaal"_s));
            m_free.append(slotAt(monday.addDays(4), hour, u"1"_s, u"Trausaal"_s));
        }
        m_free.append(slotAt(monday.addDays(5), 14, u"2"_s, u"Rathausgarten"_s));
    }
    std::sort(m_free.begin(), m_free.end(),
              [](const WeddingSlot &a, const WeddingSlot &b) { return a.startsAt < b.startsAt; });
}

void tst_WeddingMoveDialog::theCouplesNamesShowTheirAmpersand()
{
    WeddingMoveDialog dialog(m_booking, m_free);
    QString shown;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        shown += shownText(label) + u'\n';
    QVERIFY2(shown.contains(u"Ada Acker & Bea Berg & Söhne"_s), qPrintable(shown));
    // Nowhere else does a name stand where "&" would be a mnemonic.
    for (const QAbstractButton *button : dialog.findChildren<QAbstractButton *>())
        QVERIFY(!button->text().contains(u"Acker"_s));
    for (const QGroupBox *box : dialog.findChildren<QGroupBox *>())
        QVERIFY(!box->title().contains(u"Acker"_s));
}

void tst_WeddingMoveDialog::roomWeekdayAndDaysNarrowTheList()
{
    WeddingMoveDialog dialog(m_booking, m_free);
    auto *list = dialog.findChild<QListWidget *>(u"slotList"_s);
    auto *room = dialog.findChild<QComboBox *>(u"roomFilter"_s);
    auto *weekday = dialog.findChild<QComboBox *>(u"weekdayFilter"_s);
    auto *from = dialog.findChild<QDateEdit *>(u"fromFilter"_s);
    auto *to = dialog.findChild<QDateEdit *>(u"toFilter"_s);
    QCOMPARE(list->count(), m_free.size());
    QCOMPARE(dialog.listedSlots().size(), m_free.size());
    QCOMPARE(room->count(), 3); // all rooms, Trausaal, Rathausgarten

    room->setCurrentIndex(room->findData(u"2"_s));
    QCOMPARE(list->count(), 3);
    for (const WeddingSlot &slot : dialog.listedSlots())
        QCOMPARE(slot.roomName, u"Rathausgarten"_s);
    QVERIFY(list->item(0)->text().contains(u"Rathausgarten"_s));

    room->setCurrentIndex(room->findData(u"1"_s));
    weekday->setCurrentIndex(weekday->findData(5)); // Friday
    QCOMPARE(list->count(), 6);
    for (const WeddingSlot &slot : dialog.listedSlots()) {
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(slot.startsAt).date().dayOfWeek(), 5);
        QCOMPARE(slot.roomId, u"1"_s);
    }

    // The second week only.
    from->setDate(m_monday.addDays(7));
    to->setDate(m_monday.addDays(13));
    QCOMPARE(list->count(), 2);
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(dialog.listedSlots().at(0).startsAt).date(),
             m_monday.addDays(11));

    // The chosen one is what the list shows where the registrar clicked.
    list->setCurrentRow(1);
    QVERIFY(dialog.chosenSlot());
    QCOMPARE(dialog.chosenSlot()->id, dialog.listedSlots().at(1).id);
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(dialog.chosenSlot()->startsAt).time(), QTime(11, 0));
}

void tst_WeddingMoveDialog::nothingMatchingSaysSoAndCannotBeChosen()
{
    WeddingMoveDialog dialog(m_booking, m_free);
    auto *weekday = dialog.findChild<QComboBox *>(u"weekdayFilter"_s);
    weekday->setCurrentIndex(weekday->findData(7)); // no Sunday weddings
    QCOMPARE(dialog.findChild<QListWidget *>(u"slotList"_s)->count(), 0);
    QVERIFY(!dialog.chosenSlot());
    QVERIFY(dialog.findChild<QLabel *>(u"slotCount"_s)->text().contains(u"No free slot"_s));
    QAbstractButton *ok = nullptr;
    for (QAbstractButton *button : dialog.findChildren<QAbstractButton *>()) {
        if (button->text().contains(u"Move here"_s))
            ok = button;
    }
    QVERIFY(ok);
    QVERIFY(!ok->isEnabled());
}

QTEST_MAIN(tst_WeddingMoveDialog)
#include "tst_weddingmovedialog.moc"
