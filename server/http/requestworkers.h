#pragma once

#include "server/http/httpreply.h"
#include "server/http/requestdata.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

class DatabaseThread;
class RequestDispatcher;
struct Change;

// Threads that run requests, each with a RequestDispatcher and the database
// connection behind it of its own (a Qt SQL connection belongs to the thread
// that opened it). A slow statement, a reconnect or a password hash then
// holds up one request, not the server: the thread that accepts connections
// only reads requests and writes answers.
class RequestWorkers
{
public:
    // A worker's state, made and destroyed on the worker's own thread: its
    // connection, its repositories, and a dispatcher with the same routes as
    // the server's, in the same order.
    class Context
    {
    public:
        virtual ~Context() = default;
        virtual RequestDispatcher &dispatcher() = 0;
    };
    // Null (and `error` set) when the worker cannot start.
    using Factory = std::function<std::unique_ptr<Context>(QString *error)>;
    // The answer and the changes its transaction committed.
    using Done = std::function<void(const HttpReply &, const QList<Change> &)>;

    RequestWorkers() = default;
    ~RequestWorkers();
    RequestWorkers(const RequestWorkers &) = delete;
    RequestWorkers &operator=(const RequestWorkers &) = delete;

    // Starts `count` workers; false (none running) when one cannot start.
    bool start(int count, const Factory &factory, QString *error);
    // Lets the requests in hand finish, then ends the workers. Their answers
    // are posted to `context` (see dispatch), which must still exist then;
    // deleting it afterwards drops them.
    void stop();
    int count() const { return int(m_workers.size()); }
    // Requests handed to the workers whose answer has not been posted yet.
    int inHand() const;

    // Runs route `route` on the worker with the fewest requests in hand;
    // `done` runs on `context`'s thread. `context` must outlive stop().
    void dispatch(int route, const RequestData &request, const QStringList &args, QObject *context,
                  Done done);
    // Runs `work` with the dispatcher of the worker with the fewest requests
    // in hand (what is not a route but takes the database: authenticating
    // an event socket, checking sessions again); then `done` on `context`'s
    // thread. `context` must outlive stop().
    using Work = std::function<void(RequestDispatcher &)>;
    void run(Work work, QObject *context, std::function<void()> done);

private:
    struct Worker
    {
        std::unique_ptr<DatabaseThread> thread;
        std::unique_ptr<Context> context; // made and destroyed on `thread`
        std::atomic<int> inHand = 0;
    };

    std::vector<std::unique_ptr<Worker>> m_workers;
};
