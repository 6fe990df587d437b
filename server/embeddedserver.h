#pragma once

#include <QObject>
#include <QThread>
#include <QUrl>

#include <memory>

class ServerInstance;

// The city backend in-process, for a workstation with no server configured:
// SQLite with demo data, on a random loopback port, on its own thread so the
// UI never waits on it. The workstation talks to it over HTTP like to any server.
class EmbeddedServer : public QObject
{
    Q_OBJECT

public:
    explicit EmbeddedServer(const QString &databasePath, QObject *parent = nullptr);
    ~EmbeddedServer() override;

    // Asynchronous: emits started() or failed().
    void start();
    bool isRunning() const { return m_url.isValid(); }
    QUrl url() const { return m_url; }

signals:
    void started(const QUrl &url);
    void failed(const QString &reason);

private:
    QString m_databasePath;
    QThread m_thread;
    ServerInstance *m_instance = nullptr; // lives on m_thread
    QUrl m_url;
};
