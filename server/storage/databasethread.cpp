#include "server/storage/databasethread.h"

#include "server/storage/threadcleanup.h"

#include <QThread>

DatabaseThread::DatabaseThread(const QString &name)
    : m_thread(new QThread)
    , m_receiver(new QObject)
{
    m_thread->setObjectName(name);
    releaseCryptoStateWhenFinished(*m_thread);
    m_receiver->moveToThread(m_thread);
    m_thread->start();
}

DatabaseThread::~DatabaseThread()
{
    runAndWait([] {}); // what was posted before runs first
    m_thread->quit();
    m_thread->wait();
    delete m_receiver;
    delete m_thread;
}

void DatabaseThread::runAndWait(const std::function<void()> &work)
{
    QMetaObject::invokeMethod(m_receiver, work, Qt::BlockingQueuedConnection);
}
