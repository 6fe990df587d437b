// The event sockets' hub on real WebSockets over loopback: a held user's
// sockets get nothing until the check of their sessions is done, then what
// was kept, in order; the check closes the sockets whose session ended or
// whose recipient changed and leaves the sockets it did not look at.

#include "server/http/eventhub.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const Recipient kClerk{Role::Clerk, {1}};
const Recipient kAdmin{Role::Admin, {}};

Change counterChange(qint64 revision, const QString &name)
{
    Change change;
    change.revision = revision;
    change.entity = u"counter"_s;
    change.id = u"4"_s;
    change.event = u"counter.updated"_s;
    change.data = {{u"id"_s, u"4"_s}, {u"officeId"_s, u"1"_s}, {u"name"_s, name}};
    return change;
}
} // namespace

class tst_EventHub : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aHeldUserGetsTheKeptChangesInOrderOnRelease();
    void aSocketHeldTwiceWaitsForBothChecks();
    void theCheckClosesEndedAndChangedSessionsOnly();

private:
    // A client socket whose server side is in the hub as `userId`.
    struct Client
    {
        std::unique_ptr<QWebSocket> socket;
        std::unique_ptr<QSignalSpy> messages;
        std::unique_ptr<QSignalSpy> disconnected;
        QStringList names() const;
    };
    Client connectClient(const Recipient &recipient, qint64 userId, const QByteArray &token);

    NeedToKnow m_needToKnow{[](qint64) { return u"buergeramt"_s; }};
    std::unique_ptr<QWebSocketServer> m_server;
    std::unique_ptr<EventHub> m_hub;
};

QStringList tst_EventHub::Client::names() const
{
    QStringList result;
    for (const QList<QVariant> &message : *messages) {
        const QJsonObject change =
            QJsonDocument::fromJson(message.at(0).toString().toUtf8()).object();
        result.append(change[u"data"_s][u"name"_s].toString());
    }
    return result;
}

void tst_EventHub::init()
{
    m_server =
        std::make_unique<QWebSocketServer>(u"tst_eventhub"_s, QWebSocketServer::NonSecureMode);
    QVERIFY(m_server->listen(QHostAddress::LocalHost));
    m_hub = std::make_unique<EventHub>(m_needToKnow);
}

void tst_EventHub::cleanup()
{
    m_hub.reset();
    m_server.reset();
}

tst_EventHub::Client tst_EventHub::connectClient(const Recipient &recipient, qint64 userId,
                                                 const QByteArray &token)
{
    Client client;
    client.socket = std::make_unique<QWebSocket>();
    client.messages =
        std::make_unique<QSignalSpy>(client.socket.get(), &QWebSocket::textMessageReceived);
    client.disconnected =
        std::make_unique<QSignalSpy>(client.socket.get(), &QWebSocket::disconnected);
    QSignalSpy accepted(m_server.get(), &QWebSocketServer::newConnection);
    QSignalSpy connected(client.socket.get(), &QWebSocket::connected);
    client.socket->open(QUrl(u"ws://127.0.0.1:%1/"_s.arg(m_server->serverPort())));
    if (!accepted.wait(10000) || !(connected.size() > 0 || connected.wait(10000)))
        return client;
    m_hub->add(m_server->nextPendingConnection(), recipient, userId, token, 0);
    return client;
}

void tst_EventHub::aHeldUserGetsTheKeptChangesInOrderOnRelease()
{
    Client held = connectClient(kClerk, 7, "token-7");
    Client other = connectClient(kClerk, 8, "token-8");
    QCOMPARE(m_hub->connectionCount(), 2);

    const quint64 hold = m_hub->hold(7);
    m_hub->publish(counterChange(1, u"eins"_s));
    m_hub->publish(counterChange(2, u"zwei"_s));
    // The other user's socket gets them; by then the held one has nothing.
    QTRY_COMPARE_WITH_TIMEOUT(other.names(), QStringList({u"eins"_s, u"zwei"_s}), 10000);
    QCOMPARE(held.messages->size(), 0);

    m_hub->release(hold);
    m_hub->publish(counterChange(3, u"drei"_s));
    QTRY_COMPARE_WITH_TIMEOUT(held.names(), QStringList({u"eins"_s, u"zwei"_s, u"drei"_s}), 10000);
    // Each message names the revision before it, kept or not.
    const QJsonObject third =
        QJsonDocument::fromJson(held.messages->at(2).at(0).toString().toUtf8()).object();
    QCOMPARE(third[u"after"_s].toInteger(), 2);
}

void tst_EventHub::aSocketHeldTwiceWaitsForBothChecks()
{
    Client held = connectClient(kClerk, 7, "token-7");
    const quint64 first = m_hub->hold(7);
    const quint64 second = m_hub->hold(7);
    // A socket the user opens after a hold began is not held by it.
    Client later = connectClient(kClerk, 7, "token-7b");
    m_hub->publish(counterChange(1, u"eins"_s));
    QTRY_COMPARE_WITH_TIMEOUT(later.names(), QStringList({u"eins"_s}), 10000);

    m_hub->release(first);
    m_hub->publish(counterChange(2, u"zwei"_s));
    QTRY_COMPARE_WITH_TIMEOUT(later.names(), QStringList({u"eins"_s, u"zwei"_s}), 10000);
    QCOMPARE(held.messages->size(), 0);

    m_hub->release(second);
    QTRY_COMPARE_WITH_TIMEOUT(held.names(), QStringList({u"eins"_s, u"zwei"_s}), 10000);
}

void tst_EventHub::theCheckClosesEndedAndChangedSessionsOnly()
{
    Client ended = connectClient(kClerk, 7, "ended");
    Client changed = connectClient(kClerk, 8, "changed");
    Client same = connectClient(kClerk, 9, "same");
    Client unchecked = connectClient(kClerk, 10, "unchecked");
    QCOMPARE(m_hub->tokens(), QList<QByteArray>({"ended", "changed", "same", "unchecked"}));
    QCOMPARE(m_hub->tokens(8), QList<QByteArray>({"changed"}));

    m_hub->recheckSessions({{"ended", std::nullopt}, {"changed", kAdmin}, {"same", kClerk}});
    QTRY_COMPARE_WITH_TIMEOUT(ended.disconnected->size(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(changed.disconnected->size(), 1, 10000);
    QCOMPARE(ended.socket->closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    QCOMPARE(m_hub->connectionCount(), 2);

    m_hub->publish(counterChange(1, u"eins"_s));
    QTRY_COMPARE_WITH_TIMEOUT(same.names(), QStringList({u"eins"_s}), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(unchecked.names(), QStringList({u"eins"_s}), 10000);
    QCOMPARE(same.disconnected->size(), 0);
}

QTEST_GUILESS_MAIN(tst_EventHub)
#include "tst_eventhub.moc"
