#include "server/http/requestworkers.h"

#include "core/domain/change.h"
#include "server/http/requestdispatcher.h"
#include "server/storage/threadcleanup.h"

#include <QThread>

RequestWorkers::~RequestWorkers()
{
    stop();
}

bool RequestWorkers::start(int count, const Factory &factory, QString *error)
{
    for (int i = 0; i < count; ++i) {
        auto worker = std::make_unique<Worker>();
        worker->thread = new QThread;
        worker->thread->setObjectName(QStringLiteral("request worker %1").arg(i + 1));
        releaseCryptoStateWhenFinished(*worker->thread);
        worker->receiver = new QObject;
        worker->receiver->moveToThread(worker->thread);
        worker->thread->start();
        QString reason;
        QMetaObject::invokeMethod(
            worker->receiver, [&worker, &factory, &reason] { worker->context = factory(&reason); },
            Qt::BlockingQueuedConnection);
        const bool started = bool(worker->context);
        m_workers.push_back(std::move(worker));
        if (!started) {
            *error = reason;
            stop();
            return false;
        }
    }
    return true;
}

void RequestWorkers::stop()
{
    for (const auto &worker : m_workers) {
        // What was posted before runs first; the state goes on its own thread.
        QMetaObject::invokeMethod(
            worker->receiver, [&worker] { worker->context.reset(); }, Qt::BlockingQueuedConnection);
        worker->thread->quit();
        worker->thread->wait();
        delete worker->receiver;
        delete worker->thread;
    }
    m_workers.clear();
}

int RequestWorkers::inHand() const
{
    int total = 0;
    for (const auto &worker : m_workers)
        total += worker->inHand.load();
    return total;
}

void RequestWorkers::dispatch(int route, const RequestData &request, const QStringList &args,
                              QObject *context, Done done)
{
    // Written on the worker, read on `context`'s thread after the posted
    // event that runs `done`.
    auto answer = std::make_shared<std::pair<HttpReply, QList<Change>>>();
    run(
        [route, request, args, answer](RequestDispatcher &dispatcher) {
            answer->first = dispatcher.dispatch(route, request, args, &answer->second);
        },
        context, [answer, done = std::move(done)] { done(answer->first, answer->second); });
}

void RequestWorkers::run(Work work, QObject *context, std::function<void()> done)
{
    Worker *worker =
        std::min_element(m_workers.cbegin(), m_workers.cend(), [](const auto &a, const auto &b) {
            return a->inHand.load() < b->inHand.load();
        })->get();
    ++worker->inHand;
    QMetaObject::invokeMethod(
        worker->receiver,
        [worker, work = std::move(work), context, done = std::move(done)] {
            work(worker->context->dispatcher());
            --worker->inHand;
            // `context` outlives stop(), which waits for this; what is
            // posted to it is dropped if it is deleted before it runs.
            QMetaObject::invokeMethod(context, done, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}
