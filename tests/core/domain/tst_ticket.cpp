// The ticket value type: the API's JSON form, read back, and what it refuses.

#include "core/domain/isotime.h"
#include "core/domain/ticket.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(TicketStatus)
Q_DECLARE_METATYPE(TicketSource)

namespace {
// Whole seconds: JSON carries no milliseconds.
qint64 at(const QString &localTime)
{
    return QDateTime::fromString(localTime, Qt::ISODate).toMSecsSinceEpoch();
}

// A ticket that has been everywhere: called twice, served, transferred.
Ticket fullTicket()
{
    Ticket t;
    t.id = 4711;
    t.officeId = 1;
    t.serviceId = 3;
    t.number = u"B017"_s;
    t.serviceDay = u"2026-11-25"_s;
    t.source = TicketSource::Appointment;
    t.priority = 2;
    t.status = TicketStatus::Serving;
    t.notes = u"Rollstuhl"_s;
    t.issuedAt = at(u"2026-11-25T08:01:02"_s);
    t.queueAt = at(u"2026-11-25T08:30:00"_s);
    t.dueAt = at(u"2026-11-25T08:45:00"_s);
    t.firstCalledAt = at(u"2026-11-25T08:50:00"_s);
    t.lastCalledAt = at(u"2026-11-25T08:52:30"_s);
    t.startedAt = at(u"2026-11-25T08:53:00"_s);
    t.finishedAt = at(u"2026-11-25T09:05:00"_s);
    t.callCount = 2;
    t.counterId = 12;
    t.targetCounterId = 14;
    return t;
}

// What the API has always sent for a ticket that has just been issued.
QJsonObject freshTicketJson()
{
    return {
        {u"id"_s, u"7"_s},
        {u"number"_s, u"A001"_s},
        {u"status"_s, u"waiting"_s},
        {u"officeId"_s, u"1"_s},
        {u"serviceId"_s, u"2"_s},
        {u"serviceDay"_s, u"2026-11-25"_s},
        {u"source"_s, u"walk_in"_s},
        {u"priority"_s, 0},
        {u"notes"_s, QString()},
        {u"issuedAt"_s, isoTimeFromMSecs(at(u"2026-11-25T08:00:00"_s))},
        {u"queuedAt"_s, isoTimeFromMSecs(at(u"2026-11-25T08:00:00"_s))},
        {u"dueAt"_s, QJsonValue()},
        {u"firstCalledAt"_s, QJsonValue()},
        {u"calledAt"_s, QJsonValue()},
        {u"startedAt"_s, QJsonValue()},
        {u"finishedAt"_s, QJsonValue()},
        {u"callCount"_s, 0},
        {u"counterId"_s, QJsonValue()},
        {u"targetCounterId"_s, QJsonValue()},
    };
}
} // namespace

class tst_Ticket : public QObject
{
    Q_OBJECT

private slots:
    void jsonShape();
    void freshTicketHasNulls();
    void roundTrip();
    void everyStatus_data();
    void everyStatus();
    void everySource_data();
    void everySource();
    void otherMembersAreIgnored();
    void malformed_data();
    void malformed();
};

void tst_Ticket::jsonShape()
{
    const Ticket t = fullTicket();
    const QJsonObject json = t.toJson();
    const QJsonObject expected{
        {u"id"_s, u"4711"_s},
        {u"number"_s, u"B017"_s},
        {u"status"_s, u"serving"_s},
        {u"officeId"_s, u"1"_s},
        {u"serviceId"_s, u"3"_s},
        {u"serviceDay"_s, u"2026-11-25"_s},
        {u"source"_s, u"appointment"_s},
        {u"priority"_s, 2},
        {u"notes"_s, u"Rollstuhl"_s},
        {u"issuedAt"_s, isoTimeFromMSecs(t.issuedAt)},
        {u"queuedAt"_s, isoTimeFromMSecs(t.queueAt)},
        {u"dueAt"_s, isoTimeFromMSecs(t.dueAt)},
        {u"firstCalledAt"_s, isoTimeFromMSecs(t.firstCalledAt)},
        {u"calledAt"_s, isoTimeFromMSecs(t.lastCalledAt)},
        {u"startedAt"_s, isoTimeFromMSecs(t.startedAt)},
        {u"finishedAt"_s, isoTimeFromMSecs(t.finishedAt)},
        {u"callCount"_s, 2},
        {u"counterId"_s, u"12"_s},
        {u"targetCounterId"_s, u"14"_s},
    };
    QCOMPARE(json, expected);
    // Who acted last stays on the server.
    Ticket withClerk = t;
    withClerk.clerkLogin = u"mueller"_s;
    QCOMPARE(withClerk.toJson(), expected);
}

void tst_Ticket::freshTicketHasNulls()
{
    Ticket t;
    t.id = 7;
    t.officeId = 1;
    t.serviceId = 2;
    t.number = u"A001"_s;
    t.serviceDay = u"2026-11-25"_s;
    t.issuedAt = t.queueAt = at(u"2026-11-25T08:00:00"_s);
    QCOMPARE(t.toJson(), freshTicketJson());
    const auto read = Ticket::fromJson(freshTicketJson());
    QVERIFY2(read, qPrintable(read.error()));
    QCOMPARE(*read, t);
}

void tst_Ticket::roundTrip()
{
    const Ticket t = fullTicket();
    const auto read = Ticket::fromJson(t.toJson());
    QVERIFY2(read, qPrintable(read.error()));
    QCOMPARE(*read, t);
    QCOMPARE(read->toJson(), t.toJson());
}

void tst_Ticket::everyStatus_data()
{
    QTest::addColumn<TicketStatus>("status");
    QTest::addColumn<QString>("name");
    QTest::newRow("waiting") << TicketStatus::Waiting << u"waiting"_s;
    QTest::newRow("called") << TicketStatus::Called << u"called"_s;
    QTest::newRow("serving") << TicketStatus::Serving << u"serving"_s;
    QTest::newRow("done") << TicketStatus::Done << u"done"_s;
    QTest::newRow("no_show") << TicketStatus::NoShow << u"no_show"_s;
    QTest::newRow("cancelled") << TicketStatus::Cancelled << u"cancelled"_s;
}

void tst_Ticket::everyStatus()
{
    QFETCH(TicketStatus, status);
    QFETCH(QString, name);
    Ticket t = fullTicket();
    t.status = status;
    const QJsonObject json = t.toJson();
    QCOMPARE(json.value(u"status"_s).toString(), name);
    const auto read = Ticket::fromJson(json);
    QVERIFY(read);
    QCOMPARE(read->status, status);
}

void tst_Ticket::everySource_data()
{
    QTest::addColumn<TicketSource>("source");
    QTest::addColumn<QString>("name");
    QTest::newRow("walk_in") << TicketSource::WalkIn << u"walk_in"_s;
    QTest::newRow("appointment") << TicketSource::Appointment << u"appointment"_s;
    QTest::newRow("kiosk") << TicketSource::Kiosk << u"kiosk"_s;
}

void tst_Ticket::everySource()
{
    QFETCH(TicketSource, source);
    QFETCH(QString, name);
    Ticket t = fullTicket();
    t.source = source;
    const QJsonObject json = t.toJson();
    QCOMPARE(json.value(u"source"_s).toString(), name);
    const auto read = Ticket::fromJson(json);
    QVERIFY(read);
    QCOMPARE(read->source, source);
}

void tst_Ticket::otherMembersAreIgnored()
{
    // The issue and check-in answers carry more than the ticket.
    QJsonObject json = fullTicket().toJson();
    json.insert(u"estimatedWaitMinutes"_s, 12);
    json.insert(u"appointmentId"_s, u"5"_s);
    const auto read = Ticket::fromJson(json);
    QVERIFY2(read, qPrintable(read.error()));
    QCOMPARE(*read, fullTicket());

    // Optional members may be absent as well as null.
    QJsonObject sparse = freshTicketJson();
    for (const QString &key : {u"priority"_s, u"notes"_s, u"dueAt"_s, u"calledAt"_s, u"callCount"_s,
                               u"counterId"_s, u"targetCounterId"_s})
        sparse.remove(key);
    const auto sparseRead = Ticket::fromJson(sparse);
    QVERIFY2(sparseRead, qPrintable(sparseRead.error()));
    QCOMPARE(*sparseRead, *Ticket::fromJson(freshTicketJson()));
}

void tst_Ticket::malformed_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("member"); // the one the reason names

    const QJsonObject good = fullTicket().toJson();
    const auto without = [&good](const QString &key) {
        QJsonObject json = good;
        json.remove(key);
        return json;
    };
    const auto with = [&good](const QString &key, const QJsonValue &value) {
        QJsonObject json = good;
        json.insert(key, value);
        return json;
    };

    QTest::newRow("empty object") << QJsonObject() << u"id"_s;
    for (const QString &key : {u"id"_s, u"number"_s, u"status"_s, u"officeId"_s, u"serviceId"_s,
                               u"serviceDay"_s, u"source"_s, u"issuedAt"_s, u"queuedAt"_s})
        QTest::addRow("%s missing", qPrintable(key)) << without(key) << key;
    QTest::newRow("id null") << with(u"id"_s, QJsonValue()) << u"id"_s;
    QTest::newRow("id a number") << with(u"id"_s, 4711) << u"id"_s;
    QTest::newRow("id not digits") << with(u"id"_s, u"abc"_s) << u"id"_s;
    QTest::newRow("id zero") << with(u"id"_s, u"0"_s) << u"id"_s;
    QTest::newRow("id negative") << with(u"id"_s, u"-3"_s) << u"id"_s;
    QTest::newRow("number empty") << with(u"number"_s, QString()) << u"number"_s;
    QTest::newRow("number not text") << with(u"number"_s, 17) << u"number"_s;
    QTest::newRow("status unknown") << with(u"status"_s, u"parked"_s) << u"status"_s;
    QTest::newRow("status in capitals") << with(u"status"_s, u"WAITING"_s) << u"status"_s;
    QTest::newRow("source unknown") << with(u"source"_s, u"phone"_s) << u"source"_s;
    QTest::newRow("serviceDay not a date") << with(u"serviceDay"_s, u"today"_s) << u"serviceDay"_s;
    QTest::newRow("issuedAt not a time") << with(u"issuedAt"_s, u"soon"_s) << u"issuedAt"_s;
    QTest::newRow("calledAt a number") << with(u"calledAt"_s, 1764057600) << u"calledAt"_s;
    QTest::newRow("priority text") << with(u"priority"_s, u"high"_s) << u"priority"_s;
    QTest::newRow("priority fraction") << with(u"priority"_s, 1.5) << u"priority"_s;
    QTest::newRow("callCount negative") << with(u"callCount"_s, -1) << u"callCount"_s;
    QTest::newRow("notes not text") << with(u"notes"_s, true) << u"notes"_s;
    QTest::newRow("counterId a number") << with(u"counterId"_s, 12) << u"counterId"_s;
    QTest::newRow("targetCounterId empty")
        << with(u"targetCounterId"_s, QString()) << u"targetCounterId"_s;
}

void tst_Ticket::malformed()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, member);
    const auto read = Ticket::fromJson(json);
    QVERIFY(!read);
    QVERIFY2(read.error().startsWith(member + u' '), qPrintable(read.error()));
}

QTEST_GUILESS_MAIN(tst_Ticket)
#include "tst_ticket.moc"
