#pragma once

#include <QString>

#include <functional>

class QObject;
class QThread;

// A thread for work over a database connection of its own. What runs there
// (made, used and destroyed there, as a Qt SQL connection must be) never
// holds up another thread, however long its statements or reconnects take.
class DatabaseThread
{
public:
    explicit DatabaseThread(const QString &name);
    // Runs what was posted, then ends the thread: whatever lives on it must
    // have been destroyed there before (runAndWait).
    ~DatabaseThread();
    DatabaseThread(const DatabaseThread &) = delete;
    DatabaseThread &operator=(const DatabaseThread &) = delete;

    // Runs `work` on the thread, after what was posted before, and waits for it.
    void runAndWait(const std::function<void()> &work);
    // Lives on the thread: what is posted to it (QMetaObject::invokeMethod)
    // runs there, in order.
    QObject *context() const { return m_receiver; }

private:
    QThread *m_thread = nullptr;
    QObject *m_receiver = nullptr;
};
