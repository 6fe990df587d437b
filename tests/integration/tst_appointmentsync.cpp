// The workstation's appointments against a real tresen-server process: the
// feed fills the cache; changes made while the server is gone wait in the
// outbox and arrive exactly once when it is back; a client killed with
// SIGKILL while sending loses nothing and doubles nothing; a replayed write
// is answered, not applied again; two workstations editing one appointment
// give one 409 and a clear message; a check-in brings the ticket number.

#include "core/appointments/appointmentbook.h"
#include "core/domain/isotime.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>

#include <csignal>

using namespace Qt::StringLiterals;
using TestSupport::HttpClient;
using TestSupport::SyncedClient;

namespace {
quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

qint64 at(QDate day, int hour, int minute)
{
    return QDateTime(day, QTime(hour, minute)).toMSecsSinceEpoch();
}
} // namespace

class tst_AppointmentSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void feedFillsTheCache();
    void offlineChangesArriveExactlyOnce();
    void replayedWriteIsNotAppliedTwice();
    void killedWhileSendingLosesNothing();
    void twoWorkstationsOneConflict();
    void slotTakenMeanwhileIsRolledBack();
    void checkInBringsTheTicketNumber();
    void aRestoredServerGetsNoWriteUnchecked();

private:
    bool startServer();
    void stopServer();
    QJsonArray appointmentsOn(QDate day, const QString &search = {});
    std::unique_ptr<SyncedClient> connectClient(const QString &login, const QString &cacheName);

    QTemporaryDir m_dir;
    quint16 m_port = 0;
    QProcess m_server;
    std::unique_ptr<HttpClient> m_http;
    QByteArray m_token;
};

bool tst_AppointmentSync::startServer()
{
    m_server.setProgram(QString::fromUtf8(TRESEN_SERVER_BINARY));
    m_server.setArguments({u"serve"_s, u"--listen"_s, u"127.0.0.1:%1"_s.arg(m_port),
                           u"--database"_s, u"sqlite:"_s + m_dir.filePath(u"server.db"_s),
                           u"--demo"_s, u"--quiet"_s});
    m_server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_server.start();
    if (!m_server.waitForStarted(10000))
        return false;
    HttpClient probe(QUrl(u"http://127.0.0.1:%1"_s.arg(m_port)));
    return QTest::qWaitFor([&] { return probe.get(u"/api/v1/health"_s).status == 200; }, 15000);
}

void tst_AppointmentSync::stopServer()
{
    m_server.terminate();
    QVERIFY(m_server.waitForFinished(10000));
}

void tst_AppointmentSync::initTestCase()
{
    m_port = freePort();
    QVERIFY(startServer());
    m_http = std::make_unique<HttpClient>(QUrl(u"http://127.0.0.1:%1"_s.arg(m_port)));
    m_token = m_http->login(u"weber"_s, u"demo"_s);
    QVERIFY(!m_token.isEmpty());
}

void tst_AppointmentSync::init()
{
    // The server process is shared (each test books in a week of its own and
    // connects its own workstations); a test that stopped it and failed
    // before it was back must not take the next test with it.
    if (m_server.state() == QProcess::NotRunning)
        QVERIFY(startServer());
}

void tst_AppointmentSync::cleanupTestCase()
{
    if (m_server.state() != QProcess::NotRunning)
        stopServer();
}

QJsonArray tst_AppointmentSync::appointmentsOn(QDate day, const QString &search)
{
    const auto result = m_http->get(
        u"/api/v1/appointments?officeId=1&from=%1&q=%2"_s.arg(day.toString(Qt::ISODate), search),
        m_token);
    return result.json.toArray();
}

std::unique_ptr<SyncedClient> tst_AppointmentSync::connectClient(const QString &login,
                                                                 const QString &cacheName)
{
    QString error;
    auto client = SyncedClient::connect(QUrl(u"http://127.0.0.1:%1"_s.arg(m_port)), login,
                                        u"demo"_s, m_dir.filePath(cacheName), &error);
    if (!client)
        qWarning("connect: %s", qPrintable(error));
    else
        client->sync->outbox().setRetryInterval(100);
    return client;
}

void tst_AppointmentSync::feedFillsTheCache()
{
    auto ws = connectClient(u"mueller"_s, u"feed.db"_s);
    QVERIFY(ws);
    AppointmentBook book(ws->client.get(), ws->store.get(), ws->sync.get());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto cached = book.between(now - 24 * 3600 * 1000LL, now + 14 * 24 * 3600 * 1000LL);
    // The demo books a third of the slots of five working days.
    QVERIFY2(cached.size() > 100, qPrintable(QString::number(cached.size())));
    for (const Appointment &a : cached) {
        QVERIFY(!a.isLocalOnly());
        QVERIFY(BookingCode::normalise(a.bookingCode));
    }
    // What the server pushes live lands too.
    const QDate monday = TestSupport::mondayWeeksAhead(2);
    const auto created = m_http->send(
        "POST", u"/api/v1/appointments"_s,
        QJsonDocument(
            QJsonObject{{u"serviceId"_s, u"1"_s},
                        {u"startsAt"_s,
                         QDateTime::fromMSecsSinceEpoch(at(monday, 9, 0))
                             .toOffsetFromUtc(
                                 QDateTime::fromMSecsSinceEpoch(at(monday, 9, 0)).offsetFromUtc())
                             .toString(Qt::ISODate)},
                        {u"name"_s, u"Live Gebucht"_s}})
            .toJson(),
        m_token);
    QCOMPARE(created.status, 201);
    QTRY_VERIFY(book.find(created.json.toObject().value(u"id"_s).toString()).has_value());
}

void tst_AppointmentSync::offlineChangesArriveExactlyOnce()
{
    auto ws = connectClient(u"mueller"_s, u"offline.db"_s);
    QVERIFY(ws);
    AppointmentBook book(ws->client.get(), ws->store.get(), ws->sync.get());
    QSignalSpy refused(&book, &AppointmentBook::refused);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<Appointment> upcoming;
    for (const Appointment &a : book.between(now + 3600 * 1000, now + 14 * 24 * 3600 * 1000LL)) {
        if (a.status == AppointmentStatus::Booked)
            upcoming.append(a);
    }
    QVERIFY(upcoming.size() >= 2);
    const Appointment toCancel = upcoming.at(0);
    const Appointment toRename = upcoming.at(1);

    stopServer();
    QTRY_VERIFY(ws->sync->connection() != SyncEngine::Connection::Online);

    const QDate monday = TestSupport::mondayWeeksAhead(3);
    for (int i = 0; i < 3; ++i) {
        AppointmentRequest request;
        request.serviceId = u"3"_s;
        request.startsAt = at(monday, 8, 10 * i);
        request.name = u"Offline Bürgerin %1"_s.arg(i);
        request.source = AppointmentSource::Phone;
        const Result<void> booked = book.book(request);
        QVERIFY2(booked, qPrintable(booked.error()));
    }
    const Result<void> cancelQueued = book.cancel(toCancel);
    QVERIFY2(cancelQueued, qPrintable(cancelQueued.error()));
    AppointmentRequest contact;
    contact.name = u"Umbenannt Offline"_s;
    contact.phone = u"0170 555"_s;
    const Result<void> renameQueued = book.changeContact(toRename, contact);
    QVERIFY2(renameQueued, qPrintable(renameQueued.error()));

    // Shown at once, and counted as waiting.
    QCOMPARE(book.pendingCount(), 5);
    QCOMPARE(book.pendingSummaries().size(), 5);
    QCOMPARE(book.find(toCancel.id)->status, AppointmentStatus::Cancelled);
    QCOMPARE(book.between(at(monday, 0, 0), at(monday.addDays(1), 0, 0)).size(), 3);
    // Failed attempts to reach the server meanwhile change nothing.
    QSignalSpy retries(ws->sync.get(), &SyncEngine::reconnectCountdown);
    QTRY_VERIFY_WITH_TIMEOUT(retries.size() >= 2, 20000);
    QCOMPARE(book.pendingCount(), 5);

    QVERIFY(startServer());
    QTRY_COMPARE_WITH_TIMEOUT(book.pendingCount(), 0, 20000);
    for (const auto &arguments : refused)
        qWarning("refused: %s: %s", qPrintable(arguments.at(0).toString()),
                 qPrintable(arguments.at(1).toString()));
    QCOMPARE(refused.count(), 0);

    const QJsonArray created = appointmentsOn(monday, u"Offline"_s);
    QCOMPARE(created.size(), 3); // each exactly once
    for (const QJsonValue &value : created)
        QCOMPARE(value.toObject().value(u"source"_s).toString(), u"phone"_s);
    const auto cancelled = m_http->get(u"/api/v1/appointments/"_s + toCancel.id, m_token);
    QCOMPARE(cancelled.json.toObject().value(u"status"_s).toString(), u"cancelled"_s);
    const auto renamed = m_http->get(u"/api/v1/appointments/"_s + toRename.id, m_token);
    QCOMPARE(renamed.json.toObject().value(u"name"_s).toString(), u"Umbenannt Offline"_s);
    // The local copies now carry the server's ids and booking codes.
    const auto local = book.between(at(monday, 0, 0), at(monday.addDays(1), 0, 0));
    QCOMPARE(local.size(), 3);
    for (const Appointment &a : local) {
        QVERIFY(!a.isLocalOnly());
        QVERIFY(BookingCode::normalise(a.bookingCode));
    }
}

void tst_AppointmentSync::replayedWriteIsNotAppliedTwice()
{
    auto ws = connectClient(u"mueller"_s, u"replay.db"_s);
    QVERIFY(ws);
    AppointmentBook book(ws->client.get(), ws->store.get(), ws->sync.get());
    const QDate monday = TestSupport::mondayWeeksAhead(4);
    // The write is queued while offline ...
    ws->sync->outbox().pause();
    AppointmentRequest request;
    request.serviceId = u"1"_s;
    request.startsAt = at(monday, 10, 0);
    request.name = u"Einmal Nur"_s;
    QVERIFY(book.book(request));
    const OutboxEntry entry = ws->store->pendingWrites().first();
    // ... then reaches the server, but the answer is lost (as if the
    // workstation died right after sending): the server has it once.
    std::optional<ApiResponse> first;
    ws->client->send(
        entry.method, entry.path, entry.body, this, [&first](const ApiResponse &r) { first = r; },
        entry.idempotencyKey);
    QTRY_VERIFY(first.has_value());
    QCOMPARE(first->status, 201);
    QCOMPARE(ws->store->pendingCount(), 1);

    // The outbox sends it again with the same key: answered, not applied again.
    QSignalSpy written(&ws->sync->outbox(), &OutboxSender::written);
    ws->sync->outbox().resume();
    QTRY_COMPARE(written.count(), 1);
    QCOMPARE(written.at(0).at(1).value<QJsonValue>().toObject().value(u"bookingCode"_s),
             first->body.toObject().value(u"bookingCode"_s));
    QCOMPARE(appointmentsOn(monday, u"Einmal Nur"_s).size(), 1);
}

void tst_AppointmentSync::killedWhileSendingLosesNothing()
{
    const QDate monday = TestSupport::mondayWeeksAhead(5);
    const QString cache = m_dir.filePath(u"probe.db"_s);
    const QString url = u"http://127.0.0.1:%1"_s.arg(m_port);
    constexpr int kBookings = 20;

    QProcess probe;
    probe.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    probe.start(QString::fromUtf8(TRESEN_OUTBOX_PROBE),
                {url, cache, u"--book"_s, QString::number(kBookings), u"--day"_s,
                 monday.toString(Qt::ISODate), u"--prefix"_s, u"Absturz"_s});
    QVERIFY(probe.waitForStarted());
    // Kill it as soon as the server has some of the bookings, mid-stream.
    QVERIFY(
        QTest::qWaitFor([&] { return appointmentsOn(monday, u"Absturz"_s).size() >= 3; }, 30000));
    ::kill(pid_t(probe.processId()), SIGKILL);
    QVERIFY(probe.waitForFinished(10000));
    QCOMPARE(probe.exitStatus(), QProcess::CrashExit);
    const int before = int(appointmentsOn(monday, u"Absturz"_s).size());
    QVERIFY2(before < kBookings, "the probe finished before it was killed");

    probe.start(QString::fromUtf8(TRESEN_OUTBOX_PROBE), {url, cache, u"--send-only"_s});
    QVERIFY(probe.waitForFinished(60000));
    QCOMPARE(probe.exitCode(), 0);
    QVERIFY(probe.readAllStandardOutput().contains("sent"));

    const QJsonArray all = appointmentsOn(monday, u"Absturz"_s);
    QSet<QString> names;
    for (const QJsonValue &value : all)
        names.insert(value.toObject().value(u"name"_s).toString());
    QCOMPARE(all.size(), kBookings);   // nothing doubled ...
    QCOMPARE(names.size(), kBookings); // ... and nothing lost
}

void tst_AppointmentSync::twoWorkstationsOneConflict()
{
    auto a = connectClient(u"mueller"_s, u"conflict-a.db"_s);
    auto b = connectClient(u"yilmaz"_s, u"conflict-b.db"_s);
    QVERIFY(a && b);
    AppointmentBook bookA(a->client.get(), a->store.get(), a->sync.get());
    AppointmentBook bookB(b->client.get(), b->store.get(), b->sync.get());
    QSignalSpy refusedA(&bookA, &AppointmentBook::refused);
    QSignalSpy refusedB(&bookB, &AppointmentBook::refused);

    const QDate monday = TestSupport::mondayWeeksAhead(6);
    AppointmentRequest request;
    request.serviceId = u"1"_s;
    request.startsAt = at(monday, 11, 0);
    request.name = u"Streit Fall"_s;
    QSignalSpy booked(&bookA, &AppointmentBook::booked);
    QVERIFY(bookA.book(request));
    QTRY_COMPARE(booked.count(), 1);
    const QString id = booked.at(0).at(0).value<Appointment>().id;
    QTRY_VERIFY(bookB.find(id).has_value());
    const Appointment seenByA = *bookA.find(id);
    const Appointment seenByB = *bookB.find(id);
    QCOMPARE(seenByA.version, seenByB.version);

    // Both clerks change it from the same version; A is first.
    QVERIFY(bookA.rebook(seenByA, seenByA.serviceId, at(monday, 11, 15)));
    QTRY_COMPARE(bookA.pendingCount(), 0);
    AppointmentRequest contact;
    contact.name = u"Streit Fall"_s;
    contact.phone = u"0800 123"_s;
    QVERIFY(bookB.changeContact(seenByB, contact));
    QTRY_COMPARE(refusedB.count(), 1);
    QCOMPARE(refusedA.count(), 0);
    QVERIFY(refusedB.at(0).at(0).toString().contains(u"Streit Fall"_s));
    QCOMPARE(refusedB.at(0).at(1).toString(),
             AppointmentBook::refusalText(409, u"version-conflict"_s, {}));
    QCOMPARE(bookB.pendingCount(), 0);
    // B's cache shows what the server has: A's time, no phone.
    QTRY_COMPARE(bookB.find(id)->startsAt, at(monday, 11, 15));
    QCOMPARE(bookB.find(id)->phone, QString());
    const auto server = m_http->get(u"/api/v1/appointments/"_s + id, m_token).json.toObject();
    QCOMPARE(server.value(u"phone"_s).toString(), QString());
}

void tst_AppointmentSync::slotTakenMeanwhileIsRolledBack()
{
    auto ws = connectClient(u"mueller"_s, u"slot-taken.db"_s);
    QVERIFY(ws);
    AppointmentBook book(ws->client.get(), ws->store.get(), ws->sync.get());
    QSignalSpy refused(&book, &AppointmentBook::refused);
    const QDate monday = TestSupport::mondayWeeksAhead(7);
    // The workstation is cut off (the sender held back) while it books 09:00 ...
    ws->sync->outbox().pause();
    AppointmentRequest request;
    request.serviceId = u"1"_s;
    request.startsAt = at(monday, 9, 0);
    request.name = u"Zu Spät"_s;
    QVERIFY(book.book(request));
    QCOMPARE(book.between(at(monday, 0, 0), at(monday.addDays(1), 0, 0)).size(), 1);
    // ... and meanwhile the online portal fills the slot's five places.
    for (int i = 0; i < 5; ++i) {
        const auto taken = m_http->send(
            "POST", u"/api/v1/appointments"_s,
            QJsonDocument(QJsonObject{{u"serviceId"_s, u"1"_s},
                                      {u"startsAt"_s, isoTimeFromMSecs(at(monday, 9, 0))},
                                      {u"name"_s, u"Online %1"_s.arg(i)},
                                      {u"source"_s, u"online"_s}})
                .toJson(),
            m_token);
        QCOMPARE(taken.status, 201);
    }
    ws->sync->outbox().resume();
    QTRY_COMPARE(refused.count(), 1);
    QVERIFY(refused.at(0).at(0).toString().contains(u"Zu Spät"_s));
    QCOMPARE(refused.at(0).at(1).toString(), AppointmentBook::refusalText(409, u"slot-full"_s, {}));
    QCOMPARE(book.pendingCount(), 0);
    // The local booking is gone; the five online ones arrive through the feed.
    QTRY_COMPARE(book.between(at(monday, 0, 0), at(monday.addDays(1), 0, 0)).size(), 5);
    for (const Appointment &a : book.between(at(monday, 0, 0), at(monday.addDays(1), 0, 0)))
        QVERIFY(a.name.startsWith(u"Online"_s));
}

void tst_AppointmentSync::checkInBringsTheTicketNumber()
{
    auto ws = connectClient(u"mueller"_s, u"checkin.db"_s);
    QVERIFY(ws);
    AppointmentBook book(ws->client.get(), ws->store.get(), ws->sync.get());
    // A booking for later today, made at the desk just now: the office opens
    // all day today (set the way an administrator does), so there is a slot.
    static const char *const days[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    QProcess hours;
    hours.start(
        QString::fromUtf8(TRESEN_SERVER_BINARY),
        {u"hours"_s, u"--database"_s, u"sqlite:"_s + m_dir.filePath(u"server.db"_s), u"--office"_s,
         u"1"_s,
         u"%1=00:00-24:00"_s.arg(QLatin1StringView(days[QDate::currentDate().dayOfWeek() - 1]))});
    QVERIFY(hours.waitForFinished(30000));
    QCOMPARE(hours.exitCode(), 0);
    QVERIFY(hours.readAllStandardOutput().contains("00:00-24:00"));
    const auto offered = m_http->get(u"/api/v1/appointments/slots?serviceId=6&from=%1"_s.arg(
                                         QDate::currentDate().toString(Qt::ISODate)),
                                     m_token);
    QJsonObject freeSlot;
    for (const QJsonValue &value : offered.json.toArray()) {
        if (value.toObject().value(u"free"_s).toInt() > 0) {
            freeSlot = value.toObject();
            break;
        }
    }
    if (freeSlot.isEmpty())
        QSKIP("It is the last minutes of the day; check-in is tested on the server.");
    const auto created =
        m_http->send("POST", u"/api/v1/appointments"_s,
                     QJsonDocument(QJsonObject{{u"serviceId"_s, u"6"_s},
                                               {u"startsAt"_s, freeSlot.value(u"startsAt"_s)},
                                               {u"name"_s, u"Heute Da"_s}})
                         .toJson(),
                     m_token);
    QCOMPARE(created.status, 201);
    const QString code = created.json.toObject().value(u"bookingCode"_s).toString();
    QTRY_VERIFY(book.findByCode(code).has_value());

    QSignalSpy checkedIn(&book, &AppointmentBook::checkedIn);
    const Result<void> notACode = book.checkIn(u"nicht-ein-code"_s);
    QVERIFY(!notACode);
    QVERIFY(notACode.error().contains(u"nicht-ein-code"_s));
    const Result<void> checkIn = book.checkIn(code.toLower());
    QVERIFY2(checkIn, qPrintable(checkIn.error()));
    QCOMPARE(book.findByCode(code)->status, AppointmentStatus::CheckedIn); // at once
    QTRY_COMPARE(checkedIn.count(), 1);
    QVERIFY(checkedIn.at(0).at(1).toString().startsWith(u'F')); // Meldebescheinigung
    // A second scan of the same paper is caught before it is sent.
    const Result<void> again = book.checkIn(code);
    QVERIFY(!again);
    QVERIFY(again.error().contains(u"already"_s) || again.error().contains(u"bereits"_s));
}

void tst_AppointmentSync::aRestoredServerGetsNoWriteUnchecked()
{
    auto ws = connectClient(u"mueller"_s, u"restore.db"_s);
    QVERIFY(ws);
    AppointmentBook book(ws->client.get(), ws->store.get(), ws->sync.get());
    const QString database = u"sqlite:"_s + m_dir.filePath(u"server.db"_s);
    const QString backup = m_dir.filePath(u"server.backup"_s);
    const auto tresenServer = [](const QStringList &arguments) {
        QProcess tool;
        tool.setProcessChannelMode(QProcess::ForwardedChannels);
        tool.start(QString::fromUtf8(TRESEN_SERVER_BINARY), arguments);
        return tool.waitForFinished(60000) && tool.exitCode() == 0;
    };
    // Backed up while the server runs.
    QVERIFY(tresenServer({u"backup"_s, u"--database"_s, database, backup}));

    // A booking the server takes after the backup, and one still unsent.
    const QDate monday = TestSupport::mondayWeeksAhead(9);
    AppointmentRequest sent;
    sent.serviceId = u"1"_s;
    sent.startsAt = at(monday, 9, 0);
    sent.name = u"Nach Sicherung"_s;
    QVERIFY(book.book(sent));
    QTRY_COMPARE_WITH_TIMEOUT(book.pendingCount(), 0, 20000);
    QCOMPARE(appointmentsOn(monday, u"Nach Sicherung"_s).size(), 1);
    // The server goes away; a booking made meanwhile waits in the outbox
    // (tried every 100 ms, were the outbox not stopped while it is away).
    stopServer();
    QTRY_VERIFY(ws->sync->connection() != SyncEngine::Connection::Online);
    AppointmentRequest unsent;
    unsent.serviceId = u"1"_s;
    unsent.startsAt = at(monday, 9, 30);
    unsent.name = u"Noch Ungesendet"_s;
    QVERIFY(book.book(unsent));
    QCOMPARE(book.pendingCount(), 1);

    // It comes back restored from the backup.
    QVERIFY(tresenServer({u"restore"_s, u"--database"_s, database, backup}));
    QSignalSpy held(&ws->sync->outbox(), &OutboxSender::heldChanged);
    QVERIFY(startServer());

    // The workstation starts its cache over, and the unsent booking waits
    // for the clerk.
    QTRY_VERIFY_WITH_TIMEOUT(!held.isEmpty(), 30000);
    QCOMPARE(held.first().at(0).toBool(), true);
    QVERIFY(ws->sync->outbox().isHeld());
    const QList<OutboxEntry> waiting = ws->sync->outbox().heldWrites();
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.first().idempotencyKey, ws->store->pendingWrites().first().idempotencyKey);
    QVERIFY(appointmentsOn(monday, u"Nach Sicherung"_s).isEmpty()); // the backup's state
    QTest::qWait(500); // time the outbox would need to send it, were it not held
    QCOMPARE(book.pendingCount(), 1);
    QVERIFY(appointmentsOn(monday, u"Noch Ungesendet"_s).isEmpty());

    // The clerk sends it: it arrives once.
    ws->sync->outbox().sendHeld();
    QVERIFY(!ws->sync->outbox().isHeld());
    QTRY_COMPARE_WITH_TIMEOUT(book.pendingCount(), 0, 20000);
    QCOMPARE(appointmentsOn(monday, u"Noch Ungesendet"_s).size(), 1);
}

QTEST_GUILESS_MAIN(tst_AppointmentSync)
#include "tst_appointmentsync.moc"
