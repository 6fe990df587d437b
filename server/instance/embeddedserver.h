#pragma once

#include "server/instance/serverinstance.h"

#include <QObject>
#include <QThread>
#include <QUrl>

#include <memory>

// The city backend in-process, for a workstation with no server configured:
// SQLite with demo data, on a random loopback port, on its own thread so the
// UI never waits on it. The workstation talks to it over HTTP like to any server.
class EmbeddedServer : public QObject
{
    Q_OBJECT

public:
    // The workstation's demo backend: SQLite at `databasePath`, demo data, loopback.
    explicit EmbeddedServer(const QString &databasePath, QObject *parent = nullptr);
    // Any configuration, on its own thread (tests run several servers this way).
    explicit EmbeddedServer(const ServerConfig &config, QObject *parent = nullptr);
    ~EmbeddedServer() override;

    // Asynchronous: emits started() or failed().
    void start();
    bool isRunning() const { return m_url.isValid(); }
    QUrl url() const { return m_url; }

signals:
    void started(const QUrl &url);
    void failed(const QString &reason);

private:
    ServerConfig m_config;
    QThread m_thread;
    ServerInstance *m_instance = nullptr; // lives on m_thread
    QUrl m_url;
};
