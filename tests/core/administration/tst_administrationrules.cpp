// The checks the Verwaltung workspace makes before anything is sent: each
// field kind's rule, the API's JSON shape of an edit, and an office's opening
// hours ("08:00-12:00,13:00-16:00") with their closure days.

#include "core/administration/administeredkinds.h"
#include "core/administration/officehours.h"
#include "core/administration/recordfield.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_AdministrationRules : public QObject
{
    Q_OBJECT

private slots:
    void servicePrefix_data();
    void servicePrefix();
    void numbersStayInTheirRange();
    void weekdaysAreSentAsNumbers();
    void aLoginIsSetOnlyWhenCreated();
    void rolesAreOfferedInWords();
    void dayRanges_data();
    void dayRanges();
    void openingHoursRoundTrip();
    void badOpeningHoursJsonIsRefused();

private:
    static RecordField field(const QList<RecordField> &fields, const QString &key);
};

RecordField tst_AdministrationRules::field(const QList<RecordField> &fields, const QString &key)
{
    for (const RecordField &one : fields) {
        if (one.key == key)
            return one;
    }
    return {};
}

void tst_AdministrationRules::servicePrefix_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("sent");
    QTest::addRow("one letter") << u"A"_s << true << u"A"_s;
    QTest::addRow("lower case is raised") << u"pa"_s << true << u"PA"_s;
    QTest::addRow("blanks around") << u" kfz "_s << true << u"KFZ"_s;
    QTest::addRow("four letters") << u"ABCD"_s << false << QString();
    QTest::addRow("a digit") << u"A1"_s << false << QString();
    QTest::addRow("umlaut") << u"Ä"_s << false << QString();
    QTest::addRow("empty") << u""_s << false << QString();
}

void tst_AdministrationRules::servicePrefix()
{
    QFETCH(QString, typed);
    QFETCH(bool, valid);
    QFETCH(QString, sent);
    const RecordField prefix = field(AdministeredKinds::serviceFields(), u"prefix"_s);
    QCOMPARE(prefix.check(typed).isEmpty(), valid);
    if (valid)
        QCOMPARE(prefix.toJson(typed).toString(), sent);
    else
        QVERIFY(prefix.check(typed).contains(prefix.title));
}

void tst_AdministrationRules::numbersStayInTheirRange()
{
    const RecordField minutes = field(AdministeredKinds::serviceFields(), u"typicalMinutes"_s);
    QVERIFY(minutes.check(1).isEmpty());
    QVERIFY(minutes.check(480).isEmpty());
    QVERIFY(!minutes.check(0).isEmpty());
    QVERIFY(!minutes.check(481).isEmpty());
    QVERIFY(!minutes.check(u"zehn"_s).isEmpty());
    QCOMPARE(minutes.toJson(u"25"_s), QJsonValue(25));
    QCOMPARE(minutes.display(QJsonValue(25)), u"25 min"_s);
}

void tst_AdministrationRules::weekdaysAreSentAsNumbers()
{
    const RecordField days = field(AdministeredKinds::weddingRoomFields(), u"weekdays"_s);
    QCOMPARE(days.kind, RecordField::Kind::Choices);
    QCOMPARE(days.toJson(QStringList{u"5"_s, u"6"_s}), QJsonValue(QJsonArray{5, 6}));
    QCOMPARE(days.toEditValue(QJsonArray{5, 6}), QVariant(QStringList{u"5"_s, u"6"_s}));
    QCOMPARE(days.display(QJsonArray{5, 6}), u"Fr, Sa"_s);
    QVERIFY(!days.check(QStringList{}).isEmpty()); // a room on no day
    QVERIFY(!days.check(QStringList{u"8"_s}).isEmpty());
}

void tst_AdministrationRules::aLoginIsSetOnlyWhenCreated()
{
    const RecordField login = field(AdministeredKinds::accountFields(), u"login"_s);
    QVERIFY(login.onCreateOnly);
    QVERIFY(login.check(u"m.mueller"_s).isEmpty());
    QVERIFY(!login.check(u"m müller"_s).isEmpty());
    const RecordField offices = field(AdministeredKinds::accountFields(), u"officeIds"_s);
    QVERIFY(offices.check(QStringList{}).isEmpty()); // none: every office
}

void tst_AdministrationRules::rolesAreOfferedInWords()
{
    const RecordField roles = field(AdministeredKinds::accountFields(), u"roles"_s);
    QCOMPARE(roles.choices.size(), 6);
    QCOMPARE(roles.display(QJsonArray{u"clerk"_s, u"admin"_s}), u"clerk, administrator"_s);
    QVERIFY(!roles.check(QStringList{}).isEmpty());
    QVERIFY(!roles.check(QStringList{u"root"_s}).isEmpty());
}

void tst_AdministrationRules::dayRanges_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("stored");
    QTest::addRow("closed") << u""_s << true << u""_s;
    QTest::addRow("one range") << u"08:00-12:00"_s << true << u"08:00-12:00"_s;
    QTest::addRow("two ranges, blanks, short hour")
        << u" 8:00 - 12:00 , 13:00-16:30"_s << true << u"08:00-12:00,13:00-16:30"_s;
    QTest::addRow("ends before it starts") << u"12:00-08:00"_s << false << QString();
    QTest::addRow("overlap") << u"08:00-12:00,11:00-14:00"_s << false << QString();
    QTest::addRow("out of order") << u"13:00-16:00,08:00-12:00"_s << false << QString();
    QTest::addRow("no such hour") << u"25:00-26:00"_s << false << QString();
    QTest::addRow("words") << u"vormittags"_s << false << QString();
}

void tst_AdministrationRules::dayRanges()
{
    QFETCH(QString, typed);
    QFETCH(bool, valid);
    QFETCH(QString, stored);
    QCOMPARE(OfficeHours::checkDay(typed).isEmpty(), valid);
    if (valid)
        QCOMPARE(OfficeHours::normalizedDay(typed), stored);
}

void tst_AdministrationRules::openingHoursRoundTrip()
{
    const QJsonObject json{
        {u"mon"_s, u"08:00-12:00,13:00-16:00"_s},
        {u"tue"_s, u"08:00-12:00"_s},
        {u"sat"_s, u""_s},
        {u"closed"_s, QJsonArray{u"2026-12-31"_s, u"2026-12-24"_s, u"2026-12-24"_s}},
        {u"version"_s, 4}};
    const auto hours = OfficeHours::fromJson(json);
    QVERIFY(hours);
    QCOMPARE(hours->days.at(0), u"08:00-12:00,13:00-16:00"_s);
    QCOMPARE(hours->days.at(2), QString()); // not given: closed
    QCOMPARE(hours->closed, (QList<QDate>{QDate(2026, 12, 24), QDate(2026, 12, 31)}));
    QCOMPARE(hours->version, std::optional<int>(4));
    const QJsonObject back = hours->toJson();
    QCOMPARE(back.value(u"mon"_s).toString(), u"08:00-12:00,13:00-16:00"_s);
    QCOMPARE(back.value(u"sun"_s).toString(), QString());
    QCOMPARE(back.value(u"closed"_s).toArray(), (QJsonArray{u"2026-12-24"_s, u"2026-12-31"_s}));
    QCOMPARE(back.value(u"version"_s).toInt(), 4);
}

void tst_AdministrationRules::badOpeningHoursJsonIsRefused()
{
    QVERIFY(!OfficeHours::fromJson({{u"mon"_s, 8}, {u"closed"_s, QJsonArray{}}}));
    // An error's body is no week: never "closed every day".
    QVERIFY(!OfficeHours::fromJson({{u"title"_s, u"Forbidden"_s}, {u"status"_s, 403}}));
    QVERIFY(!OfficeHours::fromJson({{u"closed"_s, QJsonArray{u"24.12.2026"_s}}}));
}

QTEST_APPLESS_MAIN(tst_AdministrationRules)
#include "tst_administrationrules.moc"
