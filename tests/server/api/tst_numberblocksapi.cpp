// The front desk's number blocks over real HTTP, on SQLite and PostgreSQL: a
// workstation gets its own block per day (the same again when it asks again),
// the server takes a ticket numbered from a block only from its owner, once,
// on its day, and a replayed ticket joins the line at the time it was issued.

#include "core/domain/isotime.h"
#include "core/domain/numberblock.h"
#include "server/instance/backend.h"
#include "server/instance/serverinstance.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;
using TestSupport::HttpClient;
using TestSupport::HttpResult;

namespace {
// Demo data: office 1 Bürgeramt (services 1..7 = A..G), office 2 Standesamt.
const QString kPersonalausweis = u"1"_s; // A
const QString kReisepass = u"2"_s;       // B
constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;
} // namespace

class tst_NumberBlocksApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void blockNumbersNeverLookLikeOnlineNumbers_data();
    void blockNumbersNeverLookLikeOnlineNumbers();
    void eachWorkstationGetsItsOwnBlockOnce();
    void askingAgainAnswersTheSameBlock();
    void onlyClerksOfTheOfficeGetBlocks();
    void badRequestsAreRefused_data();
    void badRequestsAreRefused();
    void ticketsFromTheBlockAreTakenOnceFromTheOwner();
    void numbersOutsideTheBlockAreRefused();
    void replayedTicketsJoinTheLineInOrderOfIssue();
    void allocationIsAudited();
    void aSlowClockQueuesNoEarlierThanTheBlock();
    void oneLoginHoldsBlocksOnThreeDevicesAtMost();
    void ticketsFromTheBlockAreAudited();

private:
    HttpResult allocate(const QByteArray &token, const QJsonObject &body,
                        const QString &officeId = u"1"_s);
    // As a front desk does when it opens: at 07:00 of the test's day.
    std::optional<NumberBlock> allocateInTheMorning(const QByteArray &token,
                                                    const QString &deviceId);
    HttpResult issueNumbered(const QString &number, qint64 issuedAt, const QByteArray &token,
                             const QString &serviceId = kPersonalausweis);
    qint64 now() const { return m_server->backend().clock(); }

    QTemporaryDir m_dir;
    std::unique_ptr<ServerInstance> m_server;
    std::unique_ptr<HttpClient> m_http;
    QByteArray m_mueller;
    QByteArray m_yilmaz;
    QByteArray m_registrar;
    QByteArray m_kiosk;
    qint64 m_dayOffset = 0;
};

void tst_NumberBlocksApi::initTestCase()
{
    DatabaseUrl url;
    TRESEN_FRESH_DATABASE(url, u"tst_numberblocksapi"_s, m_dir);
    QString error;
    m_server = TestSupport::startDemoServer(url, &error);
    QVERIFY2(m_server, qPrintable(error));
    m_http = std::make_unique<HttpClient>(QUrl(m_server->baseUrl()));
    m_mueller = m_http->login(u"mueller"_s, u"demo"_s);
    m_yilmaz = m_http->login(u"yilmaz"_s, u"demo"_s);
    m_registrar = m_http->login(u"schmidt"_s, u"demo"_s);
    m_kiosk = m_http->login(u"kiosk"_s, u"demo"_s);
    QVERIFY(!m_mueller.isEmpty() && !m_yilmaz.isEmpty() && !m_registrar.isEmpty() &&
            !m_kiosk.isEmpty());
}

void tst_NumberBlocksApi::init()
{
    // Each test works on days of its own (at 10:00): no blocks, an empty
    // queue; a test may go on to the next day.
    m_dayOffset += 3;
    const qint64 base =
        QDateTime(QDate::currentDate().addDays(m_dayOffset), QTime(10, 0)).toMSecsSinceEpoch();
    m_server->backend().clock = [base] { return base; };
}

void tst_NumberBlocksApi::cleanupTestCase()
{
    m_http.reset();
    m_server.reset();
}

HttpResult tst_NumberBlocksApi::allocate(const QByteArray &token, const QJsonObject &body,
                                         const QString &officeId)
{
    return m_http->send("POST", u"/api/v1/offices/%1/number-blocks"_s.arg(officeId),
                        QJsonDocument(body).toJson(), token);
}

std::optional<NumberBlock> tst_NumberBlocksApi::allocateInTheMorning(const QByteArray &token,
                                                                     const QString &deviceId)
{
    const qint64 later = now();
    m_server->backend().clock = [morning = later - 3 * 60 * 60 * 1000] { return morning; };
    const HttpResult result = allocate(token, {{u"deviceId"_s, deviceId}});
    m_server->backend().clock = [later] { return later; };
    const auto block = NumberBlock::fromJson(result.json.toObject());
    if (result.status != 201 || !block)
        return std::nullopt;
    return *block;
}

HttpResult tst_NumberBlocksApi::issueNumbered(const QString &number, qint64 issuedAt,
                                              const QByteArray &token, const QString &serviceId)
{
    const QJsonObject body{{u"serviceId"_s, serviceId},
                           {u"number"_s, number},
                           {u"issuedAt"_s, isoTimeFromMSecs(issuedAt)}};
    return m_http->send("POST", u"/api/v1/tickets"_s, QJsonDocument(body).toJson(), token);
}

void tst_NumberBlocksApi::blockNumbersNeverLookLikeOnlineNumbers_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<int>("ordinal");
    QTest::addColumn<int>("sequence");
    QTest::addRow("block") << u"Z1-007"_s << 1 << 7;
    QTest::addRow("later block") << u"Z12-050"_s << 12 << 50;
    QTest::addRow("online Z prefix") << u"Z001"_s << 0 << 0;
    QTest::addRow("online two letters") << u"ZB004"_s << 0 << 0;
    QTest::addRow("sequence zero") << u"Z1-000"_s << 0 << 0;
    QTest::addRow("ordinal zero") << u"Z0-001"_s << 0 << 0;
    QTest::addRow("short sequence") << u"Z1-7"_s << 0 << 0;
    // One number, one spelling: otherwise one slip could become several tickets.
    QTest::addRow("padded sequence") << u"Z1-0007"_s << 0 << 0;
    QTest::addRow("padded more") << u"Z1-000007"_s << 0 << 0;
    QTest::addRow("line break after") << u"Z1-007\n"_s << 0 << 0;
    QTest::addRow("space after") << u"Z1-007 "_s << 0 << 0;
    QTest::addRow("empty") << QString() << 0 << 0;
}

void tst_NumberBlocksApi::blockNumbersNeverLookLikeOnlineNumbers()
{
    QFETCH(QString, number);
    QFETCH(int, ordinal);
    QFETCH(int, sequence);
    const auto parsed = BlockNumber::parse(number);
    QCOMPARE(parsed.has_value(), ordinal > 0);
    if (parsed) {
        QCOMPARE(parsed->ordinal, ordinal);
        QCOMPARE(parsed->sequence, sequence);
        NumberBlock block;
        block.ordinal = ordinal;
        block.size = 50;
        QCOMPARE(block.numberAt(sequence), number);
    }
    // An online number is a service prefix (one or two capital letters) and digits.
    static const QRegularExpression online(u"^[A-Z]{1,2}[0-9]{3,}$"_s);
    if (parsed)
        QVERIFY(!online.match(number).hasMatch());
}

void tst_NumberBlocksApi::eachWorkstationGetsItsOwnBlockOnce()
{
    const HttpResult first = allocate(m_mueller, {{u"deviceId"_s, u"desk-1"_s}});
    QCOMPARE(first.status, 201);
    const auto block = NumberBlock::fromJson(first.json.toObject());
    QVERIFY2(block, qPrintable(block.error()));
    QCOMPARE(block->officeId, qint64(1));
    QCOMPARE(block->serviceDay, QDateTime::fromMSecsSinceEpoch(now()).date().toString(Qt::ISODate));
    QCOMPARE(block->size, 50);
    QCOMPARE(block->part, 1);
    QCOMPARE(first.json[u"first"_s].toString(), block->numberAt(1));
    QCOMPARE(first.json[u"last"_s].toString(), block->numberAt(50));

    // Another device, another clerk on the same device id, a second part:
    // each its own block, with a number range no other has.
    const HttpResult otherDevice = allocate(m_mueller, {{u"deviceId"_s, u"desk-2"_s}});
    const HttpResult otherClerk = allocate(m_yilmaz, {{u"deviceId"_s, u"desk-1"_s}});
    const HttpResult secondPart =
        allocate(m_mueller, {{u"deviceId"_s, u"desk-1"_s}, {u"part"_s, 2}});
    QSet<int> ordinals{block->ordinal};
    for (const HttpResult &result : {otherDevice, otherClerk, secondPart}) {
        QCOMPARE(result.status, 201);
        ordinals.insert(result.json[u"ordinal"_s].toInt());
    }
    QCOMPARE(ordinals.size(), 4);
    QCOMPARE(secondPart.json[u"part"_s].toInt(), 2);

    // The next day starts over.
    m_server->backend().clock = [day = now() + kDayMs] { return day; };
    const HttpResult tomorrow = allocate(m_mueller, {{u"deviceId"_s, u"desk-1"_s}});
    QCOMPARE(tomorrow.status, 201);
    QVERIFY(tomorrow.json[u"id"_s].toString() != first.json[u"id"_s].toString());
    QCOMPARE(tomorrow.json[u"ordinal"_s].toInt(), 1);
}

void tst_NumberBlocksApi::askingAgainAnswersTheSameBlock()
{
    const HttpResult first = allocate(m_mueller, {{u"deviceId"_s, u"desk-1"_s}});
    QCOMPARE(first.status, 201);
    const HttpResult again = allocate(m_mueller, {{u"deviceId"_s, u"desk-1"_s}, {u"part"_s, 1}});
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json.toObject(), first.json.toObject());
    // Another workstation asking meanwhile does not move it.
    QCOMPARE(allocate(m_yilmaz, {{u"deviceId"_s, u"desk-9"_s}}).status, 201);
    QCOMPARE(allocate(m_mueller, {{u"deviceId"_s, u"desk-1"_s}}).json.toObject(),
             first.json.toObject());
}

void tst_NumberBlocksApi::onlyClerksOfTheOfficeGetBlocks()
{
    QCOMPARE(allocate(m_registrar, {{u"deviceId"_s, u"desk-1"_s}}).status, 403);
    QCOMPARE(allocate(m_kiosk, {{u"deviceId"_s, u"desk-1"_s}}).status, 403);
    QCOMPARE(allocate({}, {{u"deviceId"_s, u"desk-1"_s}}).status, 401);
    QCOMPARE(allocate(m_mueller, {{u"deviceId"_s, u"desk-1"_s}}, u"999"_s).status, 404);
}

void tst_NumberBlocksApi::badRequestsAreRefused_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addRow("no device") << QJsonObject{};
    QTest::addRow("empty device") << QJsonObject{{u"deviceId"_s, u" "_s}};
    QTest::addRow("device not text") << QJsonObject{{u"deviceId"_s, 7}};
    QTest::addRow("device too long") << QJsonObject{{u"deviceId"_s, QString(101, u'x')}};
    QTest::addRow("part zero") << QJsonObject{{u"deviceId"_s, u"d"_s}, {u"part"_s, 0}};
    QTest::addRow("part fraction") << QJsonObject{{u"deviceId"_s, u"d"_s}, {u"part"_s, 1.5}};
    QTest::addRow("part too high") << QJsonObject{{u"deviceId"_s, u"d"_s}, {u"part"_s, 21}};
}

void tst_NumberBlocksApi::badRequestsAreRefused()
{
    QFETCH(QJsonObject, body);
    QCOMPARE(allocate(m_mueller, body).status, 400);
}

void tst_NumberBlocksApi::ticketsFromTheBlockAreTakenOnceFromTheOwner()
{
    const auto block = allocateInTheMorning(m_mueller, u"desk-1"_s);
    QVERIFY(block);
    const qint64 issuedAt = now() - 20 * 60 * 1000;
    const HttpResult taken = issueNumbered(block->numberAt(1), issuedAt, m_mueller);
    QCOMPARE(taken.status, 201);
    QCOMPARE(taken.json[u"number"_s].toString(), block->numberAt(1));
    QCOMPARE(msecsFromIsoTime(taken.json[u"issuedAt"_s].toString()), issuedAt / 1000 * 1000);
    QCOMPARE(msecsFromIsoTime(taken.json[u"queuedAt"_s].toString()), issuedAt / 1000 * 1000);
    QCOMPARE(taken.json[u"status"_s].toString(), u"waiting"_s);

    // Sent again (a new request, not a replay of the same key): refused.
    const HttpResult twice = issueNumbered(block->numberAt(1), issuedAt, m_mueller);
    QCOMPARE(twice.status, 409);
    QCOMPARE(twice.json[u"code"_s].toString(), u"number-taken"_s);
    // Nor spelt another way.
    for (const QString &alias : {u"Z%1-0001"_s.arg(block->ordinal), block->numberAt(1) + u'\n'}) {
        const HttpResult again = issueNumbered(alias, issuedAt, m_mueller);
        QCOMPARE(again.status, 400);
    }
    // Another clerk cannot use it.
    const HttpResult foreign = issueNumbered(block->numberAt(2), issuedAt, m_yilmaz);
    QCOMPARE(foreign.status, 409);
    QCOMPARE(foreign.json[u"code"_s].toString(), u"number-not-in-block"_s);
    // Nor a kiosk.
    QCOMPARE(issueNumbered(block->numberAt(3), issuedAt, m_kiosk).status, 403);

    // Online numbering goes on as before, untouched by the blocks.
    const HttpResult online = m_http->send(
        "POST", u"/api/v1/tickets"_s,
        QJsonDocument(QJsonObject{{u"serviceId"_s, kPersonalausweis}}).toJson(), m_mueller);
    QCOMPARE(online.status, 201);
    QCOMPARE(online.json[u"number"_s].toString(), u"A001"_s);
}

void tst_NumberBlocksApi::numbersOutsideTheBlockAreRefused()
{
    const auto mine =
        NumberBlock::fromJson(allocate(m_mueller, {{u"deviceId"_s, u"desk-1"_s}}).json.toObject());
    const auto theirs =
        NumberBlock::fromJson(allocate(m_yilmaz, {{u"deviceId"_s, u"desk-2"_s}}).json.toObject());
    QVERIFY(mine && theirs);
    const qint64 issuedAt = now() - 60 * 1000;
    const auto refusedWith = [&](const QString &number, const QString &code) {
        const HttpResult result = issueNumbered(number, issuedAt, m_mueller);
        if (result.status != 409 || result.json[u"code"_s].toString() != code)
            qWarning("%s: %d %s", qPrintable(number), result.status, result.body.constData());
        return result.status == 409 && result.json[u"code"_s].toString() == code;
    };
    QVERIFY(refusedWith(theirs->numberAt(1), u"number-not-in-block"_s));
    QVERIFY(refusedWith(mine->numberAt(mine->size + 1), u"number-not-in-block"_s));
    QVERIFY(refusedWith(u"Z%1-001"_s.arg(theirs->ordinal + 5), u"number-not-in-block"_s));
    // Yesterday's ticket does not join today's queue.
    const HttpResult yesterday = issueNumbered(mine->numberAt(1), now() - kDayMs, m_mueller);
    QCOMPARE(yesterday.status, 409);
    QCOMPARE(yesterday.json[u"code"_s].toString(), u"issued-another-day"_s);
    // Not a block number, or no time.
    QCOMPARE(issueNumbered(u"A001"_s, issuedAt, m_mueller).status, 400);
    QCOMPARE(m_http
                 ->send("POST", u"/api/v1/tickets"_s,
                        QJsonDocument(QJsonObject{{u"serviceId"_s, kPersonalausweis},
                                                  {u"number"_s, mine->numberAt(1)}})
                            .toJson(),
                        m_mueller)
                 .status,
             400);
    // Yesterday's block is not today's: its numbers are refused as well.
    m_server->backend().clock = [day = now() + kDayMs] { return day; };
    const HttpResult nextDay = issueNumbered(mine->numberAt(2), now() - 60 * 1000, m_mueller);
    QCOMPARE(nextDay.status, 409);
    QCOMPARE(nextDay.json[u"code"_s].toString(), u"number-not-in-block"_s);
}

void tst_NumberBlocksApi::replayedTicketsJoinTheLineInOrderOfIssue()
{
    const auto block = allocateInTheMorning(m_mueller, u"desk-1"_s);
    QVERIFY(block);
    const qint64 start = now();
    // While the front desk was offline (09:40, 09:45, 09:50), another desk
    // issued online at 09:42 and 10:00.
    const auto issueOnlineAt = [this](qint64 at) {
        m_server->backend().clock = [at] { return at; };
        return m_http
            ->send("POST", u"/api/v1/tickets"_s,
                   QJsonDocument(QJsonObject{{u"serviceId"_s, kReisepass}}).toJson(), m_yilmaz)
            .json[u"number"_s]
            .toString();
    };
    const QString early = issueOnlineAt(start - 18 * 60 * 1000);
    const QString late = issueOnlineAt(start);
    // The connection is back at 10:05: the outbox sends them in order of issue.
    m_server->backend().clock = [start] { return start + 5 * 60 * 1000; };
    for (int i = 0; i < 3; ++i)
        QCOMPARE(issueNumbered(block->numberAt(i + 1), start - (20 - 5 * i) * 60 * 1000, m_mueller,
                               kReisepass)
                     .status,
                 201);
    // A clock running ahead puts nobody before those already waiting: the
    // ticket joins when it arrives.
    const HttpResult ahead =
        issueNumbered(block->numberAt(4), start + 60 * 60 * 1000, m_mueller, kReisepass);
    QCOMPARE(ahead.status, 201);
    QCOMPARE(msecsFromIsoTime(ahead.json[u"queuedAt"_s].toString()),
             (start + 5 * 60 * 1000) / 1000 * 1000);

    QStringList order;
    const QJsonObject queue = m_http->get(u"/api/v1/queue?officeId=1"_s, m_mueller).json.toObject();
    for (const QJsonValue &ticket : queue[u"tickets"_s].toArray())
        order.append(ticket[u"number"_s].toString());
    QCOMPARE(order, (QStringList{block->numberAt(1), early, block->numberAt(2), block->numberAt(3),
                                 late, block->numberAt(4)}));
}

void tst_NumberBlocksApi::allocationIsAudited()
{
    const HttpResult first = allocate(m_mueller, {{u"deviceId"_s, u"desk-audit"_s}});
    QCOMPARE(first.status, 201);
    QCOMPARE(allocate(m_mueller, {{u"deviceId"_s, u"desk-audit"_s}}).status, 200);
    AuditFilter filter;
    filter.action = u"number_block.allocate"_s;
    filter.limit = 0;
    int entries = 0;
    for (const StoredAuditEntry &entry : m_server->backend().auditLog.find(filter)) {
        if (entry.subject != first.json[u"id"_s].toString())
            continue;
        ++entries;
        QCOMPARE(entry.login, u"mueller"_s);
        QVERIFY(entry.detail.contains(first.json[u"first"_s].toString()));
        QVERIFY(!entry.detail.contains(u"desk-audit"_s)); // the device id stays with its owner
    }
    QCOMPARE(entries, 1); // asking again is no new allocation
}

void tst_NumberBlocksApi::aSlowClockQueuesNoEarlierThanTheBlock()
{
    // Handed out at 10:00; the workstation's clock says 08:00 for its first slip.
    const HttpResult allocated = allocate(m_mueller, {{u"deviceId"_s, u"desk-slow"_s}});
    QCOMPARE(allocated.status, 201);
    const auto block = NumberBlock::fromJson(allocated.json.toObject());
    QVERIFY(block);
    const qint64 handedOut = now();
    const HttpResult online = m_http->send(
        "POST", u"/api/v1/tickets"_s,
        QJsonDocument(QJsonObject{{u"serviceId"_s, kPersonalausweis}}).toJson(), m_yilmaz);
    QCOMPARE(online.status, 201);
    m_server->backend().clock = [later = handedOut + 10 * 60 * 1000] { return later; };
    const HttpResult slow =
        issueNumbered(block->numberAt(1), handedOut - 2 * 60 * 60 * 1000, m_mueller);
    QCOMPARE(slow.status, 201);
    QCOMPARE(msecsFromIsoTime(slow.json[u"queuedAt"_s].toString()), handedOut / 1000 * 1000);
    // So it waits behind the ticket that was there before the block existed.
    QStringList order;
    const QJsonObject queue = m_http->get(u"/api/v1/queue?officeId=1"_s, m_mueller).json.toObject();
    for (const QJsonValue &ticket : queue[u"tickets"_s].toArray())
        order.append(ticket[u"number"_s].toString());
    QCOMPARE(order, (QStringList{online.json[u"number"_s].toString(), block->numberAt(1)}));
}

void tst_NumberBlocksApi::oneLoginHoldsBlocksOnThreeDevicesAtMost()
{
    for (const QString &device : {u"desk-a"_s, u"desk-b"_s, u"desk-c"_s})
        QCOMPARE(allocate(m_mueller, {{u"deviceId"_s, device}}).status, 201);
    const HttpResult fourth = allocate(m_mueller, {{u"deviceId"_s, u"desk-d"_s}});
    QCOMPARE(fourth.status, 409);
    QCOMPARE(fourth.json[u"code"_s].toString(), u"too-many-devices"_s);
    // The three go on getting their blocks and further parts; other logins are not counted.
    QCOMPARE(allocate(m_mueller, {{u"deviceId"_s, u"desk-b"_s}}).status, 200);
    QCOMPARE(allocate(m_mueller, {{u"deviceId"_s, u"desk-c"_s}, {u"part"_s, 2}}).status, 201);
    QCOMPARE(allocate(m_yilmaz, {{u"deviceId"_s, u"desk-d"_s}}).status, 201);
}

void tst_NumberBlocksApi::ticketsFromTheBlockAreAudited()
{
    const auto block = allocateInTheMorning(m_mueller, u"desk-audited"_s);
    QVERIFY(block);
    const HttpResult taken = issueNumbered(block->numberAt(1), now() - 60 * 1000, m_mueller);
    QCOMPARE(taken.status, 201);
    AuditFilter filter;
    filter.action = u"ticket.issue_from_block"_s;
    filter.limit = 0;
    QList<StoredAuditEntry> entries;
    for (const StoredAuditEntry &entry : m_server->backend().auditLog.find(filter)) {
        if (entry.subject == taken.json[u"id"_s].toString())
            entries.append(entry);
    }
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().login, u"mueller"_s);
    QVERIFY(entries.first().detail.contains(block->numberAt(1)));
}

QTEST_GUILESS_MAIN(tst_NumberBlocksApi)
#include "tst_numberblocksapi.moc"
