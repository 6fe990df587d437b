// Many clerks booking the same slot at once, through two servers (each on its
// own thread and database connection) sharing one database: the slot never
// takes more visitors than it has places, and every refusal is a clean 409.
// The same for registrars reserving wedding slots: one couple per slot.

#include "core/domain/isotime.h"
#include "server/instance/embeddedserver.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSignalSpy>
#include <QThread>

using namespace Qt::StringLiterals;
using TestSupport::HttpClient;

namespace {
// What the threads got back, counted under a lock: anything but a 201 or a
// 409 with the `refusal` code is a problem.
struct Outcomes
{
    QMutex mutex;
    QHash<int, int> statuses;
    QStringList problems;

    void count(const TestSupport::HttpResult &result, const QString &refusal)
    {
        const QMutexLocker lock(&mutex);
        statuses[result.status] += 1;
        const bool refused =
            result.status == 409 && result.json.toObject().value(u"code"_s).toString() == refusal;
        if (result.status != 201 && !refused)
            problems.append(u"%1 %2"_s.arg(result.status).arg(QString::fromUtf8(result.body)));
    }
};
} // namespace

class tst_BookingConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aSlotNeverTakesMoreThanItsCapacity();
    void aWeddingSlotTakesOneCouple();

private:
    std::unique_ptr<EmbeddedServer> startServer();

    QTemporaryDir m_dir;
    ServerConfig m_config;
    std::unique_ptr<EmbeddedServer> m_first;
    std::unique_ptr<EmbeddedServer> m_second;
};

std::unique_ptr<EmbeddedServer> tst_BookingConcurrency::startServer()
{
    auto server = std::make_unique<EmbeddedServer>(m_config);
    QSignalSpy started(server.get(), &EmbeddedServer::started);
    server->start();
    return started.wait(30000) ? std::move(server) : nullptr;
}

void tst_BookingConcurrency::initTestCase()
{
    TRESEN_FRESH_DATABASE(m_config.database, u"tst_bookingconcurrency"_s, m_dir);
    m_config.demo = true;
    m_first = startServer();
    QVERIFY(m_first);
    m_second = startServer();
    QVERIFY(m_second);
}

void tst_BookingConcurrency::cleanupTestCase()
{
    m_second.reset();
    m_first.reset();
}

void tst_BookingConcurrency::aSlotNeverTakesMoreThanItsCapacity()
{
    HttpClient setup(m_first->url());
    const QByteArray token = setup.login(u"mueller"_s, u"demo"_s);
    QVERIFY(!token.isEmpty());

    // Personalausweis (service 1) has five counters: five places per slot.
    // Three slots on a Monday a few weeks ahead, 8 clerks each trying 3 times.
    const QDate monday = TestSupport::mondayWeeksAhead(3);
    const QList<qint64> starts{
        QDateTime(monday, QTime(9, 0)).toMSecsSinceEpoch(),
        QDateTime(monday, QTime(9, 15)).toMSecsSinceEpoch(),
        QDateTime(monday, QTime(9, 30)).toMSecsSinceEpoch(),
    };

    Outcomes outcomes;
    QVERIFY(TestSupport::runConcurrently(8, [&](int clerk) {
        const QUrl url = clerk % 2 == 0 ? m_first->url() : m_second->url();
        HttpClient http(url);
        for (int attempt = 0; attempt < 3; ++attempt) {
            for (const qint64 start : starts) {
                const QJsonObject body{{u"serviceId"_s, u"1"_s},
                                       {u"startsAt"_s, isoTimeFromMSecs(start)},
                                       {u"name"_s, u"Person %1/%2"_s.arg(clerk).arg(attempt)}};
                const auto result = http.send("POST", u"/api/v1/appointments"_s,
                                              QJsonDocument(body).toJson(), token);
                outcomes.count(result, u"slot-full"_s);
            }
        }
    }));
    QVERIFY2(outcomes.problems.isEmpty(), qPrintable(outcomes.problems.join(u'\n')));
    QCOMPARE(outcomes.statuses.value(201), 15);         // 3 slots x 5 places, all filled ...
    QCOMPARE(outcomes.statuses.value(409), 8 * 9 - 15); // ... and never one more

    const auto offered = setup.get(
        u"/api/v1/appointments/slots?serviceId=1&from=%1"_s.arg(monday.toString(Qt::ISODate)),
        token);
    int full = 0;
    for (const QJsonValue &value : offered.json.toArray()) {
        const QJsonObject slot = value.toObject();
        QVERIFY(slot.value(u"taken"_s).toInt() <= slot.value(u"capacity"_s).toInt());
        full += slot.value(u"free"_s).toInt() == 0 ? 1 : 0;
    }
    QCOMPARE(full, 3);
}

void tst_BookingConcurrency::aWeddingSlotTakesOneCouple()
{
    HttpClient setup(m_first->url());
    const QByteArray token = setup.login(u"schmidt"_s, u"demo"_s);
    QVERIFY(!token.isEmpty());
    // The Rathaus room's Tuesday slots a few weeks ahead: 6 registrars at two
    // servers each try every one of them for a couple of their own.
    const QDate tuesday = TestSupport::mondayWeeksAhead(10).addDays(1);
    const auto listed =
        setup.get(u"/api/v1/wedding/slots?from=%1"_s.arg(tuesday.toString(Qt::ISODate)), token);
    QCOMPARE(listed.status, 200);
    QStringList slotIds;
    for (const QJsonValue &value : listed.json.toArray())
        slotIds.append(value.toObject().value(u"id"_s).toString());
    QCOMPARE(slotIds.size(), 5);

    Outcomes outcomes;
    QVERIFY(TestSupport::runConcurrently(6, [&](int registrar) {
        const QUrl url = registrar % 2 == 0 ? m_first->url() : m_second->url();
        HttpClient http(url);
        for (const QString &slotId : slotIds) {
            const QJsonObject body{{u"partner1"_s, u"Partner A%1"_s.arg(registrar)},
                                   {u"partner2"_s, u"Partner B%1"_s.arg(registrar)}};
            const auto result =
                http.send("POST", u"/api/v1/wedding/slots/%1/reservations"_s.arg(slotId),
                          QJsonDocument(body).toJson(), token);
            outcomes.count(result, u"slot-taken"_s);
        }
    }));
    QVERIFY2(outcomes.problems.isEmpty(), qPrintable(outcomes.problems.join(u'\n')));
    QCOMPARE(outcomes.statuses.value(201), 5);         // every slot taken once ...
    QCOMPARE(outcomes.statuses.value(409), 6 * 5 - 5); // ... and never twice
    const auto after =
        setup.get(u"/api/v1/wedding/slots?from=%1"_s.arg(tuesday.toString(Qt::ISODate)), token);
    for (const QJsonValue &value : after.json.toArray())
        QCOMPARE(value.toObject().value(u"status"_s).toString(), u"held"_s);
}

QTEST_GUILESS_MAIN(tst_BookingConcurrency)
#include "tst_bookingconcurrency.moc"
