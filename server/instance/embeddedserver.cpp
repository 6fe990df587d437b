#include "server/instance/embeddedserver.h"

#include "server/instance/serverinstance.h"
#include "server/storage/threadcleanup.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {
ServerConfig demoConfig(const QString &databasePath)
{
    ServerConfig config;
    config.database.kind = DatabaseUrl::Kind::Sqlite;
    config.database.path = databasePath;
    config.address = QHostAddress::LocalHost;
    config.port = 0;
    config.demo = true;
    config.demoOwnsDatabase = true;
    config.demoHistory = true; // the Statistik workspace shows eight weeks at once
    return config;
}
} // namespace

EmbeddedServer::EmbeddedServer(const QString &databasePath, QObject *parent)
    : EmbeddedServer(demoConfig(databasePath), parent)
{}

EmbeddedServer::EmbeddedServer(const ServerConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
{
    m_thread.setObjectName(u"embedded-server"_s);
    releaseCryptoStateWhenFinished(m_thread);
}

EmbeddedServer::~EmbeddedServer()
{
    if (m_thread.isRunning()) {
        // The instance must die on its own thread (its sockets and SQL connection live there).
        QMetaObject::invokeMethod(
            m_instance, [instance = m_instance] { delete instance; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
}

void EmbeddedServer::start()
{
    if (m_thread.isRunning())
        return;
    if (m_config.database.kind == DatabaseUrl::Kind::Sqlite)
        QDir().mkpath(QFileInfo(m_config.database.path).absolutePath());
    m_instance = new ServerInstance(m_config);
    m_instance->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(m_instance, [this, instance = m_instance] {
        QString error;
        if (instance->start(&error)) {
            const QUrl url(instance->baseUrl());
            QMetaObject::invokeMethod(this, [this, url] {
                m_url = url;
                emit started(url);
            });
        } else {
            QMetaObject::invokeMethod(this, [this, error] { emit failed(error); });
        }
    });
}
