// The events socket's reconnects against a real WebSocket server on
// loopback: a socket the server closes right after the handshake (no valid
// session, the database unreachable) is tried again ever less often; one the
// server took (a change came) starts the backoff over.

#include "core/sync/eventstream.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include <algorithm>

using namespace Qt::StringLiterals;

class tst_EventStream : public QObject
{
    Q_OBJECT

private slots:
    void socketsClosedAtOnceBackOff();
    void aChangeStartsTheBackoffOver();
};

namespace {
// Accepts each socket, sends it `greeting` if given, then closes it as the
// server does a socket without a valid session.
class RefusingServer : public QObject
{
public:
    explicit RefusingServer(const QString &greeting = {})
        : m_server(u"tst_eventstream"_s, QWebSocketServer::NonSecureMode)
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QWebSocketServer::newConnection, this, [this, greeting] {
            QWebSocket *socket = m_server.nextPendingConnection();
            connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
            if (!greeting.isEmpty())
                socket->sendTextMessage(greeting);
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, u"unauthorized"_s);
        });
    }
    QNetworkRequest request() const
    {
        return QNetworkRequest(QUrl(u"ws://127.0.0.1:%1/"_s.arg(m_server.serverPort())));
    }

private:
    QWebSocketServer m_server;
};

// The waits the stream announces, each as it begins, until `count` were.
QList<int> waits(EventStream &stream, int count)
{
    QList<int> seen;
    const QMetaObject::Connection taken =
        QObject::connect(&stream, &EventStream::stateChanged, [&](EventStream::State state) {
            if (state == EventStream::State::WaitingToReconnect)
                seen.append(stream.secondsUntilReconnect());
        });
    const QDeadlineTimer deadline(20000);
    while (seen.size() < count && !deadline.hasExpired())
        QTest::qWait(50);
    QObject::disconnect(taken);
    return seen.mid(0, count);
}
} // namespace

void tst_EventStream::socketsClosedAtOnceBackOff()
{
    RefusingServer server;
    EventStream stream;
    stream.setBackoff(1, 30);
    stream.open(server.request());
    // 1, 2, 4 s (a busy machine may read one a second longer: 2, 2, 4 under
    // ASan). Before, each handshake started the backoff over: 1, 1, 1.
    const QList<int> seen = waits(stream, 3);
    QCOMPARE(seen.size(), 3);
    QVERIFY2(seen.at(2) >= 4 && seen.at(2) > seen.at(0), qPrintable(QDebug::toString(seen)));
    stream.close();
}

void tst_EventStream::aChangeStartsTheBackoffOver()
{
    const QString change = uR"({"revision":5,"after":4,"entity":"counter","id":"1","op":"upsert",)"
                           uR"("event":"counter.updated","data":{"id":"1","name":"Schalter 1"}})"_s;
    RefusingServer server(change);
    EventStream stream;
    stream.setBackoff(1, 30);
    QSignalSpy changes(&stream, &EventStream::changeReceived);
    stream.open(server.request());
    // 1, 1, 1 s (a busy machine may round one up); without the start over
    // 1, 2, 4.
    const QList<int> seen = waits(stream, 3);
    QCOMPARE(seen.size(), 3);
    QVERIFY2(*std::max_element(seen.cbegin(), seen.cend()) <= 2,
             qPrintable(QDebug::toString(seen)));
    QVERIFY(changes.size() >= 3);
    stream.close();
}

QTEST_GUILESS_MAIN(tst_EventStream)
#include "tst_eventstream.moc"
