// Booking codes and the appointment value type.

#include "core/domain/appointment.h"

#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_Appointment : public QObject
{
    Q_OBJECT

private slots:
    void codesAreShortUnambiguousAndDistinct();
    void normalise_data();
    void normalise();
    void jsonRoundTrip();
    void statusNames();
};

void tst_Appointment::codesAreShortUnambiguousAndDistinct()
{
    QSet<QString> seen;
    QHash<QChar, int> symbolCount;
    constexpr int kCodes = 20000;
    for (int i = 0; i < kCodes; ++i) {
        const QString code = BookingCode::generate();
        QCOMPARE(code.size(), 9);
        QCOMPARE(code.at(4), u'-');
        QCOMPARE(BookingCode::normalise(code), std::optional(code));
        for (const QChar c : code) {
            QVERIFY2(!QStringView(u"0O1I").contains(c), qPrintable(code));
            symbolCount[c] += 1;
        }
        seen.insert(code);
    }
    // 40 bits: 20,000 codes collide with a chance of about 2e-4.
    QCOMPARE(seen.size(), kCodes);
    // Every symbol of the alphabet is used, about equally (8/32 of 160,000 each = 5,000).
    QCOMPARE(symbolCount.size(), BookingCode::kAlphabet.size() + 1);
    for (const QChar c : BookingCode::kAlphabet) {
        QVERIFY2(symbolCount.value(c) > 4000 && symbolCount.value(c) < 6000,
                 qPrintable(u"%1: %2"_s.arg(c).arg(symbolCount.value(c))));
    }
}

void tst_Appointment::normalise_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty: not a code
    QTest::newRow("canonical") << u"K7M2-9QXP"_s << u"K7M2-9QXP"_s;
    QTest::newRow("lower case") << u"k7m2-9qxp"_s << u"K7M2-9QXP"_s;
    QTest::newRow("spaces") << u"  k7m2 9qxp "_s << u"K7M2-9QXP"_s;
    QTest::newRow("no dash") << u"K7M29QXP"_s << u"K7M2-9QXP"_s;
    QTest::newRow("zero") << u"K7M2-0QXP"_s << QString();
    QTest::newRow("letter O") << u"K7M2-OQXP"_s << QString();
    QTest::newRow("one") << u"K7M2-1QXP"_s << QString();
    QTest::newRow("letter I") << u"K7M2-IQXP"_s << QString();
    QTest::newRow("too short") << u"K7M2-9QX"_s << QString();
    QTest::newRow("too long") << u"K7M2-9QXPA"_s << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("umlaut") << u"K7M2-9QXÄ"_s << QString();
}

void tst_Appointment::normalise()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const auto result = BookingCode::normalise(input);
    QCOMPARE(result.value_or(QString()), expected);
}

void tst_Appointment::jsonRoundTrip()
{
    Appointment a;
    a.id = u"42"_s;
    a.officeId = u"1"_s;
    a.serviceId = u"3"_s;
    a.startsAt = QDateTime(QDate(2030, 1, 7), QTime(9, 30)).toMSecsSinceEpoch();
    a.durationMinutes = 10;
    a.bookingCode = u"K7M2-9QXP"_s;
    a.status = AppointmentStatus::CheckedIn;
    a.source = AppointmentSource::Phone;
    a.name = u"Jürgen Ölmann"_s;
    a.phone = u"0170 1"_s;
    a.ticketId = u"7"_s;
    a.version = 3;
    const QJsonObject json = a.toJson();
    QCOMPARE(json.value(u"status"_s).toString(), u"checked_in"_s);
    QCOMPARE(json.value(u"startsAt"_s).toString().left(16), u"2030-01-07T09:30"_s);
    QCOMPARE(json.value(u"endsAt"_s).toString().left(16), u"2030-01-07T09:40"_s);
    const auto back = Appointment::fromJson(json);
    QVERIFY(back);
    QCOMPARE(back->toJson(), json);
    QCOMPARE(Appointment::fromJson({{u"id"_s, u"1"_s}}).error(), u"startsAt is missing"_s);
    QJsonObject badStatus = json;
    badStatus.insert(u"status"_s, u"vielleicht"_s);
    QCOMPARE(Appointment::fromJson(badStatus).error(), u"status is not one of the known names"_s);
    QJsonObject badTime = json;
    badTime.insert(u"startsAt"_s, u"morgen"_s);
    QCOMPARE(Appointment::fromJson(badTime).error(), u"startsAt is not an ISO 8601 time"_s);
    QJsonObject noId = json;
    noId.insert(u"id"_s, u""_s);
    QCOMPARE(Appointment::fromJson(noId).error(), u"id is not an id"_s);
}

void tst_Appointment::statusNames()
{
    for (const auto status :
         {AppointmentStatus::Booked, AppointmentStatus::CheckedIn, AppointmentStatus::Done,
          AppointmentStatus::NoShow, AppointmentStatus::Cancelled})
        QCOMPARE(appointmentStatusFromName(appointmentStatusName(status)), std::optional(status));
    QCOMPARE(appointmentStatusName(AppointmentStatus::NoShow), u"no_show"_s);
    QVERIFY(!appointmentStatusFromName(u"gebucht"_s));
}

QTEST_GUILESS_MAIN(tst_Appointment)
#include "tst_appointment.moc"
