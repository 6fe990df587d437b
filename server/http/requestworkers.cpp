#include "server/http/requestworkers.h"

#include "core/domain/change.h"
#include "server/http/requestdispatcher.h"
#include "server/storage/databasethread.h"

RequestWorkers::~RequestWorkers()
{
    stop();
}

bool RequestWorkers::start(int count, const Factory &factory, QString *error)
{
    for (int i = 0; i < count; ++i) {
        auto worker = std::make_unique<Worker>();
        worker->thread =
            std::make_unique<DatabaseThread>(QStringLiteral("request worker %1").arg(i + 1));
        QString reason;
        worker->thread->runAndWait(
            [&worker, &factory, &reason] { worker->context = factory(&reason); });
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
        worker->thread->runAndWait([&worker] { worker->context.reset(); });
        worker->thread.reset();
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
        worker->thread->context(),
        [worker, work = std::move(work), context, done = std::move(done)] {
            try {
                work(worker->context->dispatcher());
            } catch (const std::exception &error) {
                // `done` then finds what `work` left (nothing resolved).
                qWarning("Work on a request worker failed: %s", error.what());
            }
            --worker->inHand;
            // `context` outlives stop(), which waits for this; what is
            // posted to it is dropped if it is deleted before it runs.
            QMetaObject::invokeMethod(context, done, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}
