#include "server/storage/threadcleanup.h"

#include <QThread>

#include <openssl/crypto.h>

void releaseCryptoStateWhenFinished(QThread &thread)
{
    // QThread::finished is emitted on the finishing thread itself.
    QObject::connect(
        &thread, &QThread::finished, &thread, [] { OPENSSL_thread_stop(); }, Qt::DirectConnection);
}
